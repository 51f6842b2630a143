"""Scans files."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import _service
from ...models.scan_file_response import ScanFileResponse
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import PdsClient

OPERATION = _service.SERVICE.operations["ScanFile"]


def _get_kwargs(
    *,
    drive_id: str,
    limit: int | Unset = UNSET,
    marker: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:
    query: dict[str, Any] = {}
    body: dict[str, Any] = {}
    body["drive_id"] = drive_id
    if limit is not UNSET and limit is not None:
        body["limit"] = limit
    if marker is not UNSET and marker is not None:
        body["marker"] = marker
    if fields is not UNSET and fields is not None:
        body["fields"] = fields
    return {"query": query, "body": body}


def _parse_response(data: Any) -> ScanFileResponse:
    return ScanFileResponse.from_dict(data)


def sync_detailed(
    *,
    client: PdsClient,
    drive_id: str,
    limit: int | Unset = UNSET,
    marker: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[ScanFileResponse]:
    """Scans files.

    Scans the files in a drive, one page at a time.

    Args:
        drive_id (str): The drive ID.
        limit (int | Unset): The maximum number of results to return. Valid values: 1 to 100. The number
            of returned results must be less than or equal to the specified number.
        marker (str | Unset): The pagination token that is used in the next request to retrieve a new
            page of results. You do not need to specify this parameter for the first request. You must
            specify the token that is obtained from the previous query as the value of marker.
        fields (str | Unset): The file properties to return. Set it to `*` to return all file
            properties, or to a comma-separated list of properties. If it is not specified, the following
            properties are returned: file_id, drive_id, parent_file_id, type, created_at, updated_at,
            file_extension, size, starred, status, category and permissions.

    Raises:
        ParamValidationError: A parameter breaks a documented rule (nothing is sent).
        ServiceError: The service answered with an error (ClientError, ServerError, ThrottlingError).
        InvalidResponseError: The response body is not the JSON the operation documents.
        TransportError: The request could not be sent or its response not received.

    Returns:
        Response[ScanFileResponse]

    """

    return client._invoke(
        OPERATION,
        _get_kwargs(
            drive_id=drive_id,
            limit=limit,
            marker=marker,
            fields=fields,
        ),
        _parse_response,
    )


def sync(
    *,
    client: PdsClient,
    drive_id: str,
    limit: int | Unset = UNSET,
    marker: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> ScanFileResponse:
    """Scans files.

    Scans the files in a drive, one page at a time.

    Args:
        drive_id (str): The drive ID.
        limit (int | Unset): The maximum number of results to return. Valid values: 1 to 100. The number
            of returned results must be less than or equal to the specified number.
        marker (str | Unset): The pagination token that is used in the next request to retrieve a new
            page of results. You do not need to specify this parameter for the first request. You must
            specify the token that is obtained from the previous query as the value of marker.
        fields (str | Unset): The file properties to return. Set it to `*` to return all file
            properties, or to a comma-separated list of properties. If it is not specified, the following
            properties are returned: file_id, drive_id, parent_file_id, type, created_at, updated_at,
            file_extension, size, starred, status, category and permissions.

    Raises:
        ParamValidationError: A parameter breaks a documented rule (nothing is sent).
        ServiceError: The service answered with an error (ClientError, ServerError, ThrottlingError).
        InvalidResponseError: The response body is not the JSON the operation documents.
        TransportError: The request could not be sent or its response not received.

    Returns:
        ScanFileResponse

    """

    return sync_detailed(
        client=client,
        drive_id=drive_id,
        limit=limit,
        marker=marker,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: PdsClient,
    drive_id: str,
    limit: int | Unset = UNSET,
    marker: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[ScanFileResponse]:
    """Scans files.

    Scans the files in a drive, one page at a time.

    Args:
        drive_id (str): The drive ID.
        limit (int | Unset): The maximum number of results to return. Valid values: 1 to 100. The number
            of returned results must be less than or equal to the specified number.
        marker (str | Unset): The pagination token that is used in the next request to retrieve a new
            page of results. You do not need to specify this parameter for the first request. You must
            specify the token that is obtained from the previous query as the value of marker.
        fields (str | Unset): The file properties to return. Set it to `*` to return all file
            properties, or to a comma-separated list of properties. If it is not specified, the following
            properties are returned: file_id, drive_id, parent_file_id, type, created_at, updated_at,
            file_extension, size, starred, status, category and permissions.

    Raises:
        ParamValidationError: A parameter breaks a documented rule (nothing is sent).
        ServiceError: The service answered with an error (ClientError, ServerError, ThrottlingError).
        InvalidResponseError: The response body is not the JSON the operation documents.
        TransportError: The request could not be sent or its response not received.

    Returns:
        Response[ScanFileResponse]

    """

    return await client._invoke_async(
        OPERATION,
        _get_kwargs(
            drive_id=drive_id,
            limit=limit,
            marker=marker,
            fields=fields,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: PdsClient,
    drive_id: str,
    limit: int | Unset = UNSET,
    marker: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> ScanFileResponse:
    """Scans files.

    Scans the files in a drive, one page at a time.

    Args:
        drive_id (str): The drive ID.
        limit (int | Unset): The maximum number of results to return. Valid values: 1 to 100. The number
            of returned results must be less than or equal to the specified number.
        marker (str | Unset): The pagination token that is used in the next request to retrieve a new
            page of results. You do not need to specify this parameter for the first request. You must
            specify the token that is obtained from the previous query as the value of marker.
        fields (str | Unset): The file properties to return. Set it to `*` to return all file
            properties, or to a comma-separated list of properties. If it is not specified, the following
            properties are returned: file_id, drive_id, parent_file_id, type, created_at, updated_at,
            file_extension, size, starred, status, category and permissions.

    Raises:
        ParamValidationError: A parameter breaks a documented rule (nothing is sent).
        ServiceError: The service answered with an error (ClientError, ServerError, ThrottlingError).
        InvalidResponseError: The response body is not the JSON the operation documents.
        TransportError: The request could not be sent or its response not received.

    Returns:
        ScanFileResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            drive_id=drive_id,
            limit=limit,
            marker=marker,
            fields=fields,
        )
    ).parsed
