"""The Intelligent Media Management client (API version 2020-09-30)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime.client import AlibabaRpcClient, RawResponseView
from . import _service
from .types import UNSET, Response, Unset

# Endpoint modules (and through them the response models) are imported on the first call of their operation:
# importing the client imports no model.
if TYPE_CHECKING:
    from .models.batch_get_file_meta_response import BatchGetFileMetaResponse


class ImmClient(AlibabaRpcClient):
    """Client for Intelligent Media Management (API version 2020-09-30).

    Use it as a context manager (``with`` / ``async with``) or call :meth:`close` / :meth:`aclose`; one
    connection pool is shared by every call of the client. Each operation has a synchronous method and
    an ``*_async`` twin; :attr:`with_raw_response` returns the HTTP layer too.
    See the base class for the constructor's arguments.
    """

    _service = _service.SERVICE

    def batch_get_file_meta(
        self,
        *,
        project_name: str,
        dataset_name: str,
        uris: list[str],
        with_fields: list[str] | Unset = UNSET,
    ) -> BatchGetFileMetaResponse:
        """Queries metadata of multiple objects or files in the specified dataset. See :func:`.api.default.batch_get_file_meta.sync`."""
        from .api.default import batch_get_file_meta as _batch_get_file_meta

        return _batch_get_file_meta.sync(
            client=self,
            project_name=project_name,
            dataset_name=dataset_name,
            uris=uris,
            with_fields=with_fields,
        )

    async def batch_get_file_meta_async(
        self,
        *,
        project_name: str,
        dataset_name: str,
        uris: list[str],
        with_fields: list[str] | Unset = UNSET,
    ) -> BatchGetFileMetaResponse:
        """Queries metadata of multiple objects or files in the specified dataset. See :func:`.api.default.batch_get_file_meta.asyncio`."""
        from .api.default import batch_get_file_meta as _batch_get_file_meta

        return await _batch_get_file_meta.asyncio(
            client=self,
            project_name=project_name,
            dataset_name=dataset_name,
            uris=uris,
            with_fields=with_fields,
        )

    @cached_property
    def with_raw_response(self) -> ImmClientWithRawResponse:
        """The same operations, returning :class:`~.types.Response` (status, headers, raw body, parsed model)."""
        return ImmClientWithRawResponse(self)


class ImmClientWithRawResponse(RawResponseView):
    """Operations of :class:`ImmClient` that return the HTTP layer with the parsed model."""

    _client: ImmClient

    def batch_get_file_meta(
        self,
        *,
        project_name: str,
        dataset_name: str,
        uris: list[str],
        with_fields: list[str] | Unset = UNSET,
    ) -> Response[BatchGetFileMetaResponse]:
        """Queries metadata of multiple objects or files in the specified dataset."""
        from .api.default import batch_get_file_meta as _batch_get_file_meta

        return _batch_get_file_meta.sync_detailed(
            client=self._client,
            project_name=project_name,
            dataset_name=dataset_name,
            uris=uris,
            with_fields=with_fields,
        )

    async def batch_get_file_meta_async(
        self,
        *,
        project_name: str,
        dataset_name: str,
        uris: list[str],
        with_fields: list[str] | Unset = UNSET,
    ) -> Response[BatchGetFileMetaResponse]:
        """Queries metadata of multiple objects or files in the specified dataset."""
        from .api.default import batch_get_file_meta as _batch_get_file_meta

        return await _batch_get_file_meta.asyncio_detailed(
            client=self._client,
            project_name=project_name,
            dataset_name=dataset_name,
            uris=uris,
            with_fields=with_fields,
        )


__all__ = ["ImmClient", "ImmClientWithRawResponse"]
