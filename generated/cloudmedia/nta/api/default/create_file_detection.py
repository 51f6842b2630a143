"""Creates a file detection task."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import _service
from ...models.create_file_detection_response import CreateFileDetectionResponse
from ...types import Response

if TYPE_CHECKING:
    from ...client import NtaClient

OPERATION = _service.SERVICE.operations["CreateFileDetection"]


def _get_kwargs(
    *,
    sign_url: str,
) -> dict[str, Any]:
    query: dict[str, Any] = {}
    body: dict[str, Any] = {}
    body["SignURL"] = sign_url
    return {"query": query, "body": body}


def _parse_response(data: Any) -> CreateFileDetectionResponse:
    return CreateFileDetectionResponse.from_dict(data)


def sync_detailed(
    *,
    client: NtaClient,
    sign_url: str,
) -> Response[CreateFileDetectionResponse]:
    """Creates a file detection task.

    Creates a file detection task. After the call, the file is scanned by the file detection engine.
    Only one file can be submitted per request.

    Args:
        sign_url (str): The presigned TOS URL of the file to be scanned. The URL can be generated in the
            file details on the TOS platform.

    Raises:
        ParamValidationError: A parameter breaks a documented rule (nothing is sent).
        ServiceError: The service answered with an error (ClientError, ServerError, ThrottlingError).
        InvalidResponseError: The response body is not the JSON the operation documents.
        TransportError: The request could not be sent or its response not received.

    Returns:
        Response[CreateFileDetectionResponse]

    """

    return client._invoke(
        OPERATION,
        _get_kwargs(
            sign_url=sign_url,
        ),
        _parse_response,
    )


def sync(
    *,
    client: NtaClient,
    sign_url: str,
) -> CreateFileDetectionResponse:
    """Creates a file detection task.

    Creates a file detection task. After the call, the file is scanned by the file detection engine.
    Only one file can be submitted per request.

    Args:
        sign_url (str): The presigned TOS URL of the file to be scanned. The URL can be generated in the
            file details on the TOS platform.

    Raises:
        ParamValidationError: A parameter breaks a documented rule (nothing is sent).
        ServiceError: The service answered with an error (ClientError, ServerError, ThrottlingError).
        InvalidResponseError: The response body is not the JSON the operation documents.
        TransportError: The request could not be sent or its response not received.

    Returns:
        CreateFileDetectionResponse

    """

    return sync_detailed(
        client=client,
        sign_url=sign_url,
    ).parsed


async def asyncio_detailed(
    *,
    client: NtaClient,
    sign_url: str,
) -> Response[CreateFileDetectionResponse]:
    """Creates a file detection task.

    Creates a file detection task. After the call, the file is scanned by the file detection engine.
    Only one file can be submitted per request.

    Args:
        sign_url (str): The presigned TOS URL of the file to be scanned. The URL can be generated in the
            file details on the TOS platform.

    Raises:
        ParamValidationError: A parameter breaks a documented rule (nothing is sent).
        ServiceError: The service answered with an error (ClientError, ServerError, ThrottlingError).
        InvalidResponseError: The response body is not the JSON the operation documents.
        TransportError: The request could not be sent or its response not received.

    Returns:
        Response[CreateFileDetectionResponse]

    """

    return await client._invoke_async(
        OPERATION,
        _get_kwargs(
            sign_url=sign_url,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: NtaClient,
    sign_url: str,
) -> CreateFileDetectionResponse:
    """Creates a file detection task.

    Creates a file detection task. After the call, the file is scanned by the file detection engine.
    Only one file can be submitted per request.

    Args:
        sign_url (str): The presigned TOS URL of the file to be scanned. The URL can be generated in the
            file details on the TOS platform.

    Raises:
        ParamValidationError: A parameter breaks a documented rule (nothing is sent).
        ServiceError: The service answered with an error (ClientError, ServerError, ThrottlingError).
        InvalidResponseError: The response body is not the JSON the operation documents.
        TransportError: The request could not be sent or its response not received.

    Returns:
        CreateFileDetectionResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            sign_url=sign_url,
        )
    ).parsed
