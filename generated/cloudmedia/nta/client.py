"""The Volcengine NTA client (API version 2024-07-30)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime.client import RawResponseView, VolcengineClient
from . import _service
from .types import Response

# Endpoint modules (and through them the response models) are imported on the first call of their operation:
# importing the client imports no model.
if TYPE_CHECKING:
    from .models.create_file_detection_response import CreateFileDetectionResponse


class NtaClient(VolcengineClient):
    """Client for Volcengine NTA (API version 2024-07-30).

    Use it as a context manager (``with`` / ``async with``) or call :meth:`close` / :meth:`aclose`; one
    connection pool is shared by every call of the client. Each operation has a synchronous method and
    an ``*_async`` twin; :attr:`with_raw_response` returns the HTTP layer too.
    See the base class for the constructor's arguments.
    """

    _service = _service.SERVICE

    def create_file_detection(
        self,
        *,
        sign_url: str,
    ) -> CreateFileDetectionResponse:
        """Creates a file detection task. See :func:`.api.default.create_file_detection.sync`."""
        from .api.default import create_file_detection as _create_file_detection

        return _create_file_detection.sync(
            client=self,
            sign_url=sign_url,
        )

    async def create_file_detection_async(
        self,
        *,
        sign_url: str,
    ) -> CreateFileDetectionResponse:
        """Creates a file detection task. See :func:`.api.default.create_file_detection.asyncio`."""
        from .api.default import create_file_detection as _create_file_detection

        return await _create_file_detection.asyncio(
            client=self,
            sign_url=sign_url,
        )

    @cached_property
    def with_raw_response(self) -> NtaClientWithRawResponse:
        """The same operations, returning :class:`~.types.Response` (status, headers, raw body, parsed model)."""
        return NtaClientWithRawResponse(self)


class NtaClientWithRawResponse(RawResponseView):
    """Operations of :class:`NtaClient` that return the HTTP layer with the parsed model."""

    _client: NtaClient

    def create_file_detection(
        self,
        *,
        sign_url: str,
    ) -> Response[CreateFileDetectionResponse]:
        """Creates a file detection task."""
        from .api.default import create_file_detection as _create_file_detection

        return _create_file_detection.sync_detailed(
            client=self._client,
            sign_url=sign_url,
        )

    async def create_file_detection_async(
        self,
        *,
        sign_url: str,
    ) -> Response[CreateFileDetectionResponse]:
        """Creates a file detection task."""
        from .api.default import create_file_detection as _create_file_detection

        return await _create_file_detection.asyncio_detailed(
            client=self._client,
            sign_url=sign_url,
        )


__all__ = ["NtaClient", "NtaClientWithRawResponse"]
