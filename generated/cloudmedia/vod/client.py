"""The ApsaraVideo VOD client (API version 2017-03-21)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime.client import AlibabaRpcClient, RawResponseView
from . import _service
from .types import Response

# Endpoint modules (and through them the response models) are imported on the first call of their operation:
# importing the client imports no model.
if TYPE_CHECKING:
    from .models.list_ai_image_info_response import ListAIImageInfoResponse


class VodClient(AlibabaRpcClient):
    """Client for ApsaraVideo VOD (API version 2017-03-21).

    Use it as a context manager (``with`` / ``async with``) or call :meth:`close` / :meth:`aclose`; one
    connection pool is shared by every call of the client. Each operation has a synchronous method and
    an ``*_async`` twin; :attr:`with_raw_response` returns the HTTP layer too.
    See the base class for the constructor's arguments.
    """

    _service = _service.SERVICE

    def list_ai_image_info(
        self,
        *,
        video_id: str,
    ) -> ListAIImageInfoResponse:
        """Queries the AI processing results about the images of a specified video. See :func:`.api.default.list_ai_image_info.sync`."""
        from .api.default import list_ai_image_info as _list_ai_image_info

        return _list_ai_image_info.sync(
            client=self,
            video_id=video_id,
        )

    async def list_ai_image_info_async(
        self,
        *,
        video_id: str,
    ) -> ListAIImageInfoResponse:
        """Queries the AI processing results about the images of a specified video. See :func:`.api.default.list_ai_image_info.asyncio`."""
        from .api.default import list_ai_image_info as _list_ai_image_info

        return await _list_ai_image_info.asyncio(
            client=self,
            video_id=video_id,
        )

    @cached_property
    def with_raw_response(self) -> VodClientWithRawResponse:
        """The same operations, returning :class:`~.types.Response` (status, headers, raw body, parsed model)."""
        return VodClientWithRawResponse(self)


class VodClientWithRawResponse(RawResponseView):
    """Operations of :class:`VodClient` that return the HTTP layer with the parsed model."""

    _client: VodClient

    def list_ai_image_info(
        self,
        *,
        video_id: str,
    ) -> Response[ListAIImageInfoResponse]:
        """Queries the AI processing results about the images of a specified video."""
        from .api.default import list_ai_image_info as _list_ai_image_info

        return _list_ai_image_info.sync_detailed(
            client=self._client,
            video_id=video_id,
        )

    async def list_ai_image_info_async(
        self,
        *,
        video_id: str,
    ) -> Response[ListAIImageInfoResponse]:
        """Queries the AI processing results about the images of a specified video."""
        from .api.default import list_ai_image_info as _list_ai_image_info

        return await _list_ai_image_info.asyncio_detailed(
            client=self._client,
            video_id=video_id,
        )


__all__ = ["VodClient", "VodClientWithRawResponse"]
