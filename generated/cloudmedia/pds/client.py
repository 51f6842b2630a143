"""The Photo and Drive Service client (API version 2022-03-01)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime.client import PdsBaseClient, RawResponseView
from . import _service
from .types import UNSET, Response, Unset

# Endpoint modules (and through them the response models) are imported on the first call of their operation:
# importing the client imports no model.
if TYPE_CHECKING:
    from .._runtime.pagination import Paginator
    from .models import File
    from .models.scan_file_response import ScanFileResponse


class PdsClient(PdsBaseClient):
    """Client for Photo and Drive Service (API version 2022-03-01).

    Use it as a context manager (``with`` / ``async with``) or call :meth:`close` / :meth:`aclose`; one
    connection pool is shared by every call of the client. Each operation has a synchronous method and
    an ``*_async`` twin; :attr:`with_raw_response` returns the HTTP layer too.
    See the base class for the constructor's arguments.
    """

    _service = _service.SERVICE

    def scan_file(
        self,
        *,
        drive_id: str,
        limit: int | Unset = UNSET,
        marker: str | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> ScanFileResponse:
        """Scans files. See :func:`.api.default.scan_file.sync`."""
        from .api.default import scan_file as _scan_file

        return _scan_file.sync(
            client=self,
            drive_id=drive_id,
            limit=limit,
            marker=marker,
            fields=fields,
        )

    async def scan_file_async(
        self,
        *,
        drive_id: str,
        limit: int | Unset = UNSET,
        marker: str | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> ScanFileResponse:
        """Scans files. See :func:`.api.default.scan_file.asyncio`."""
        from .api.default import scan_file as _scan_file

        return await _scan_file.asyncio(
            client=self,
            drive_id=drive_id,
            limit=limit,
            marker=marker,
            fields=fields,
        )

    def scan_file_pages(
        self,
        *,
        drive_id: str,
        limit: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        max_items: int | None = None,
    ) -> Paginator[ScanFileResponse, File]:
        """Every page of ScanFile: iterate it with ``for`` or ``async for``; ``.items()`` yields the items.

        Stops after ``max_items`` items when given. A repeated marker raises PaginationError.
        """
        from .._runtime.pagination import Paginator
        from .api.default import scan_file as _scan_file

        kwargs = _scan_file._get_kwargs(
            drive_id=drive_id,
            limit=limit,
            fields=fields,
        )
        return Paginator(
            self,
            _scan_file.OPERATION,
            kwargs,
            _scan_file._parse_response,
            max_items=max_items,
        )

    @cached_property
    def with_raw_response(self) -> PdsClientWithRawResponse:
        """The same operations, returning :class:`~.types.Response` (status, headers, raw body, parsed model)."""
        return PdsClientWithRawResponse(self)


class PdsClientWithRawResponse(RawResponseView):
    """Operations of :class:`PdsClient` that return the HTTP layer with the parsed model."""

    _client: PdsClient

    def scan_file(
        self,
        *,
        drive_id: str,
        limit: int | Unset = UNSET,
        marker: str | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> Response[ScanFileResponse]:
        """Scans files."""
        from .api.default import scan_file as _scan_file

        return _scan_file.sync_detailed(
            client=self._client,
            drive_id=drive_id,
            limit=limit,
            marker=marker,
            fields=fields,
        )

    async def scan_file_async(
        self,
        *,
        drive_id: str,
        limit: int | Unset = UNSET,
        marker: str | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> Response[ScanFileResponse]:
        """Scans files."""
        from .api.default import scan_file as _scan_file

        return await _scan_file.asyncio_detailed(
            client=self._client,
            drive_id=drive_id,
            limit=limit,
            marker=marker,
            fields=fields,
        )


__all__ = ["PdsClient", "PdsClientWithRawResponse"]
