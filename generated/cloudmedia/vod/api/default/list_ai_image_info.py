"""Queries the AI processing results about the images of a specified video."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import _service
from ...models.list_ai_image_info_response import ListAIImageInfoResponse
from ...types import Response

if TYPE_CHECKING:
    from ...client import VodClient

OPERATION = _service.SERVICE.operations["ListAIImageInfo"]


def _get_kwargs(
    *,
    video_id: str,
) -> dict[str, Any]:
    query: dict[str, Any] = {}
    query["VideoId"] = video_id
    return {"query": query, "body": None}


def _parse_response(data: Any) -> ListAIImageInfoResponse:
    return ListAIImageInfoResponse.from_dict(data)


def sync_detailed(
    *,
    client: VodClient,
    video_id: str,
) -> Response[ListAIImageInfoResponse]:
    """Queries the AI processing results about the images of a specified video.

    Regions that support this operation: China (Beijing) and China (Shanghai). You can call this
    operation to query AI processing results about images of a specified video. Images of different
    videos cannot be queried in one request.

    Args:
        video_id (str): The ID of the video. You can obtain the ID in one of the following ways: log on
            to the ApsaraVideo VOD console and choose Media Files > Audio/Video in the left-side navigation
            pane to view the ID of a file uploaded by using the console; take the value of VideoId from the
            response to the CreateUploadVideo operation that you call to upload media files; or take the
            value of VideoId from the response to the SearchMedia operation after you upload media files.

    Raises:
        ParamValidationError: A parameter breaks a documented rule (nothing is sent).
        ServiceError: The service answered with an error (ClientError, ServerError, ThrottlingError).
        InvalidResponseError: The response body is not the JSON the operation documents.
        TransportError: The request could not be sent or its response not received.

    Returns:
        Response[ListAIImageInfoResponse]

    """

    return client._invoke(
        OPERATION,
        _get_kwargs(
            video_id=video_id,
        ),
        _parse_response,
    )


def sync(
    *,
    client: VodClient,
    video_id: str,
) -> ListAIImageInfoResponse:
    """Queries the AI processing results about the images of a specified video.

    Regions that support this operation: China (Beijing) and China (Shanghai). You can call this
    operation to query AI processing results about images of a specified video. Images of different
    videos cannot be queried in one request.

    Args:
        video_id (str): The ID of the video. You can obtain the ID in one of the following ways: log on
            to the ApsaraVideo VOD console and choose Media Files > Audio/Video in the left-side navigation
            pane to view the ID of a file uploaded by using the console; take the value of VideoId from the
            response to the CreateUploadVideo operation that you call to upload media files; or take the
            value of VideoId from the response to the SearchMedia operation after you upload media files.

    Raises:
        ParamValidationError: A parameter breaks a documented rule (nothing is sent).
        ServiceError: The service answered with an error (ClientError, ServerError, ThrottlingError).
        InvalidResponseError: The response body is not the JSON the operation documents.
        TransportError: The request could not be sent or its response not received.

    Returns:
        ListAIImageInfoResponse

    """

    return sync_detailed(
        client=client,
        video_id=video_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: VodClient,
    video_id: str,
) -> Response[ListAIImageInfoResponse]:
    """Queries the AI processing results about the images of a specified video.

    Regions that support this operation: China (Beijing) and China (Shanghai). You can call this
    operation to query AI processing results about images of a specified video. Images of different
    videos cannot be queried in one request.

    Args:
        video_id (str): The ID of the video. You can obtain the ID in one of the following ways: log on
            to the ApsaraVideo VOD console and choose Media Files > Audio/Video in the left-side navigation
            pane to view the ID of a file uploaded by using the console; take the value of VideoId from the
            response to the CreateUploadVideo operation that you call to upload media files; or take the
            value of VideoId from the response to the SearchMedia operation after you upload media files.

    Raises:
        ParamValidationError: A parameter breaks a documented rule (nothing is sent).
        ServiceError: The service answered with an error (ClientError, ServerError, ThrottlingError).
        InvalidResponseError: The response body is not the JSON the operation documents.
        TransportError: The request could not be sent or its response not received.

    Returns:
        Response[ListAIImageInfoResponse]

    """

    return await client._invoke_async(
        OPERATION,
        _get_kwargs(
            video_id=video_id,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: VodClient,
    video_id: str,
) -> ListAIImageInfoResponse:
    """Queries the AI processing results about the images of a specified video.

    Regions that support this operation: China (Beijing) and China (Shanghai). You can call this
    operation to query AI processing results about images of a specified video. Images of different
    videos cannot be queried in one request.

    Args:
        video_id (str): The ID of the video. You can obtain the ID in one of the following ways: log on
            to the ApsaraVideo VOD console and choose Media Files > Audio/Video in the left-side navigation
            pane to view the ID of a file uploaded by using the console; take the value of VideoId from the
            response to the CreateUploadVideo operation that you call to upload media files; or take the
            value of VideoId from the response to the SearchMedia operation after you upload media files.

    Raises:
        ParamValidationError: A parameter breaks a documented rule (nothing is sent).
        ServiceError: The service answered with an error (ClientError, ServerError, ThrottlingError).
        InvalidResponseError: The response body is not the JSON the operation documents.
        TransportError: The request could not be sent or its response not received.

    Returns:
        ListAIImageInfoResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            video_id=video_id,
        )
    ).parsed
