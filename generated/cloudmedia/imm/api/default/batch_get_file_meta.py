"""Queries metadata of multiple objects or files in the specified dataset."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import _service
from ...models.batch_get_file_meta_response import BatchGetFileMetaResponse
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import ImmClient

OPERATION = _service.SERVICE.operations["BatchGetFileMeta"]


def _get_kwargs(
    *,
    project_name: str,
    dataset_name: str,
    uris: list[str],
    with_fields: list[str] | Unset = UNSET,
) -> dict[str, Any]:
    query: dict[str, Any] = {}
    query["ProjectName"] = project_name
    query["DatasetName"] = dataset_name
    query["URIs"] = uris
    if with_fields is not UNSET and with_fields is not None:
        query["WithFields"] = with_fields
    return {"query": query, "body": None}


def _parse_response(data: Any) -> BatchGetFileMetaResponse:
    return BatchGetFileMetaResponse.from_dict(data)


def sync_detailed(
    *,
    client: ImmClient,
    project_name: str,
    dataset_name: str,
    uris: list[str],
    with_fields: list[str] | Unset = UNSET,
) -> Response[BatchGetFileMetaResponse]:
    """Queries metadata of multiple objects or files in the specified dataset.

    Queries metadata of multiple objects or files in the specified dataset. The file metadata must have
    been indexed into the dataset beforehand, either automatically by calling CreateBinding or manually
    by calling IndexFileMeta or BatchIndexFileMeta. The returned metadata may not include all attributes
    of an object: it varies with the object and with the workflow template used to index it.

    Args:
        project_name (str): The name of the project.
        dataset_name (str): The name of the dataset.
        uris (list[str]): The array of object URIs. You can specify up to 100 object URIs in an array.
            Sent as one compact JSON array.
        with_fields (list[str] | Unset): The fields to return. If you specify this parameter, only the
            specified metadata fields are returned; use it to control the size of the response. If you do
            not specify this parameter or leave it empty, all metadata fields are returned. Sent as one
            compact JSON array.

    Raises:
        ParamValidationError: A parameter breaks a documented rule (nothing is sent).
        ServiceError: The service answered with an error (ClientError, ServerError, ThrottlingError).
        InvalidResponseError: The response body is not the JSON the operation documents.
        TransportError: The request could not be sent or its response not received.

    Returns:
        Response[BatchGetFileMetaResponse]

    """

    return client._invoke(
        OPERATION,
        _get_kwargs(
            project_name=project_name,
            dataset_name=dataset_name,
            uris=uris,
            with_fields=with_fields,
        ),
        _parse_response,
    )


def sync(
    *,
    client: ImmClient,
    project_name: str,
    dataset_name: str,
    uris: list[str],
    with_fields: list[str] | Unset = UNSET,
) -> BatchGetFileMetaResponse:
    """Queries metadata of multiple objects or files in the specified dataset.

    Queries metadata of multiple objects or files in the specified dataset. The file metadata must have
    been indexed into the dataset beforehand, either automatically by calling CreateBinding or manually
    by calling IndexFileMeta or BatchIndexFileMeta. The returned metadata may not include all attributes
    of an object: it varies with the object and with the workflow template used to index it.

    Args:
        project_name (str): The name of the project.
        dataset_name (str): The name of the dataset.
        uris (list[str]): The array of object URIs. You can specify up to 100 object URIs in an array.
            Sent as one compact JSON array.
        with_fields (list[str] | Unset): The fields to return. If you specify this parameter, only the
            specified metadata fields are returned; use it to control the size of the response. If you do
            not specify this parameter or leave it empty, all metadata fields are returned. Sent as one
            compact JSON array.

    Raises:
        ParamValidationError: A parameter breaks a documented rule (nothing is sent).
        ServiceError: The service answered with an error (ClientError, ServerError, ThrottlingError).
        InvalidResponseError: The response body is not the JSON the operation documents.
        TransportError: The request could not be sent or its response not received.

    Returns:
        BatchGetFileMetaResponse

    """

    return sync_detailed(
        client=client,
        project_name=project_name,
        dataset_name=dataset_name,
        uris=uris,
        with_fields=with_fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: ImmClient,
    project_name: str,
    dataset_name: str,
    uris: list[str],
    with_fields: list[str] | Unset = UNSET,
) -> Response[BatchGetFileMetaResponse]:
    """Queries metadata of multiple objects or files in the specified dataset.

    Queries metadata of multiple objects or files in the specified dataset. The file metadata must have
    been indexed into the dataset beforehand, either automatically by calling CreateBinding or manually
    by calling IndexFileMeta or BatchIndexFileMeta. The returned metadata may not include all attributes
    of an object: it varies with the object and with the workflow template used to index it.

    Args:
        project_name (str): The name of the project.
        dataset_name (str): The name of the dataset.
        uris (list[str]): The array of object URIs. You can specify up to 100 object URIs in an array.
            Sent as one compact JSON array.
        with_fields (list[str] | Unset): The fields to return. If you specify this parameter, only the
            specified metadata fields are returned; use it to control the size of the response. If you do
            not specify this parameter or leave it empty, all metadata fields are returned. Sent as one
            compact JSON array.

    Raises:
        ParamValidationError: A parameter breaks a documented rule (nothing is sent).
        ServiceError: The service answered with an error (ClientError, ServerError, ThrottlingError).
        InvalidResponseError: The response body is not the JSON the operation documents.
        TransportError: The request could not be sent or its response not received.

    Returns:
        Response[BatchGetFileMetaResponse]

    """

    return await client._invoke_async(
        OPERATION,
        _get_kwargs(
            project_name=project_name,
            dataset_name=dataset_name,
            uris=uris,
            with_fields=with_fields,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: ImmClient,
    project_name: str,
    dataset_name: str,
    uris: list[str],
    with_fields: list[str] | Unset = UNSET,
) -> BatchGetFileMetaResponse:
    """Queries metadata of multiple objects or files in the specified dataset.

    Queries metadata of multiple objects or files in the specified dataset. The file metadata must have
    been indexed into the dataset beforehand, either automatically by calling CreateBinding or manually
    by calling IndexFileMeta or BatchIndexFileMeta. The returned metadata may not include all attributes
    of an object: it varies with the object and with the workflow template used to index it.

    Args:
        project_name (str): The name of the project.
        dataset_name (str): The name of the dataset.
        uris (list[str]): The array of object URIs. You can specify up to 100 object URIs in an array.
            Sent as one compact JSON array.
        with_fields (list[str] | Unset): The fields to return. If you specify this parameter, only the
            specified metadata fields are returned; use it to control the size of the response. If you do
            not specify this parameter or leave it empty, all metadata fields are returned. Sent as one
            compact JSON array.

    Raises:
        ParamValidationError: A parameter breaks a documented rule (nothing is sent).
        ServiceError: The service answered with an error (ClientError, ServerError, ThrottlingError).
        InvalidResponseError: The response body is not the JSON the operation documents.
        TransportError: The request could not be sent or its response not received.

    Returns:
        BatchGetFileMetaResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            project_name=project_name,
            dataset_name=dataset_name,
            uris=uris,
            with_fields=with_fields,
        )
    ).parsed
