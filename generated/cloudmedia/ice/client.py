"""The Intelligent Media Services client (API version 2020-11-09)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime.client import AlibabaRpcClient, RawResponseView
from . import _service
from .types import UNSET, Response, Unset

# Endpoint modules (and through them the response models) are imported on the first call of their operation:
# importing the client imports no model.
if TYPE_CHECKING:
    from .._runtime.pagination import Paginator
    from .models import MediaInfo
    from .models.search_media_by_face_media_type import (
        SearchMediaByFaceMediaType,
    )
    from .models.search_media_by_face_response import SearchMediaByFaceResponse


class IceClient(AlibabaRpcClient):
    """Client for Intelligent Media Services (API version 2020-11-09).

    Use it as a context manager (``with`` / ``async with``) or call :meth:`close` / :meth:`aclose`; one
    connection pool is shared by every call of the client. Each operation has a synchronous method and
    an ``*_async`` twin; :attr:`with_raw_response` returns the HTTP layer too.
    See the base class for the constructor's arguments.
    """

    _service = _service.SERVICE

    def search_media_by_face(
        self,
        *,
        person_image_url: str,
        face_search_token: str,
        page_no: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        entity_id: str | Unset = UNSET,
        search_lib_name: str | Unset = UNSET,
        media_type: SearchMediaByFaceMediaType | Unset = UNSET,
        custom_filters: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        utc_create: str | Unset = UNSET,
    ) -> SearchMediaByFaceResponse:
        """Queries the information about media assets that are related to a specific face. See :func:`.api.default.search_media_by_face.sync`."""
        from .api.default import search_media_by_face as _search_media_by_face

        return _search_media_by_face.sync(
            client=self,
            page_no=page_no,
            page_size=page_size,
            entity_id=entity_id,
            person_image_url=person_image_url,
            face_search_token=face_search_token,
            search_lib_name=search_lib_name,
            media_type=media_type,
            custom_filters=custom_filters,
            namespace=namespace,
            utc_create=utc_create,
        )

    async def search_media_by_face_async(
        self,
        *,
        person_image_url: str,
        face_search_token: str,
        page_no: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        entity_id: str | Unset = UNSET,
        search_lib_name: str | Unset = UNSET,
        media_type: SearchMediaByFaceMediaType | Unset = UNSET,
        custom_filters: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        utc_create: str | Unset = UNSET,
    ) -> SearchMediaByFaceResponse:
        """Queries the information about media assets that are related to a specific face. See :func:`.api.default.search_media_by_face.asyncio`."""
        from .api.default import search_media_by_face as _search_media_by_face

        return await _search_media_by_face.asyncio(
            client=self,
            page_no=page_no,
            page_size=page_size,
            entity_id=entity_id,
            person_image_url=person_image_url,
            face_search_token=face_search_token,
            search_lib_name=search_lib_name,
            media_type=media_type,
            custom_filters=custom_filters,
            namespace=namespace,
            utc_create=utc_create,
        )

    def search_media_by_face_pages(
        self,
        *,
        person_image_url: str,
        face_search_token: str,
        page_size: int | Unset = UNSET,
        entity_id: str | Unset = UNSET,
        search_lib_name: str | Unset = UNSET,
        media_type: SearchMediaByFaceMediaType | Unset = UNSET,
        custom_filters: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        utc_create: str | Unset = UNSET,
        max_items: int | None = None,
    ) -> Paginator[SearchMediaByFaceResponse, MediaInfo]:
        """Every page of SearchMediaByFace: iterate it with ``for`` or ``async for``; ``.items()`` yields the items.

        Stops after ``max_items`` items when given. A repeated page raises PaginationError.
        """
        from .._runtime.pagination import Paginator
        from .api.default import search_media_by_face as _search_media_by_face

        kwargs = _search_media_by_face._get_kwargs(
            page_size=page_size,
            entity_id=entity_id,
            person_image_url=person_image_url,
            face_search_token=face_search_token,
            search_lib_name=search_lib_name,
            media_type=media_type,
            custom_filters=custom_filters,
            namespace=namespace,
            utc_create=utc_create,
        )
        return Paginator(
            self,
            _search_media_by_face.OPERATION,
            kwargs,
            _search_media_by_face._parse_response,
            max_items=max_items,
        )

    @cached_property
    def with_raw_response(self) -> IceClientWithRawResponse:
        """The same operations, returning :class:`~.types.Response` (status, headers, raw body, parsed model)."""
        return IceClientWithRawResponse(self)


class IceClientWithRawResponse(RawResponseView):
    """Operations of :class:`IceClient` that return the HTTP layer with the parsed model."""

    _client: IceClient

    def search_media_by_face(
        self,
        *,
        person_image_url: str,
        face_search_token: str,
        page_no: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        entity_id: str | Unset = UNSET,
        search_lib_name: str | Unset = UNSET,
        media_type: SearchMediaByFaceMediaType | Unset = UNSET,
        custom_filters: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        utc_create: str | Unset = UNSET,
    ) -> Response[SearchMediaByFaceResponse]:
        """Queries the information about media assets that are related to a specific face."""
        from .api.default import search_media_by_face as _search_media_by_face

        return _search_media_by_face.sync_detailed(
            client=self._client,
            page_no=page_no,
            page_size=page_size,
            entity_id=entity_id,
            person_image_url=person_image_url,
            face_search_token=face_search_token,
            search_lib_name=search_lib_name,
            media_type=media_type,
            custom_filters=custom_filters,
            namespace=namespace,
            utc_create=utc_create,
        )

    async def search_media_by_face_async(
        self,
        *,
        person_image_url: str,
        face_search_token: str,
        page_no: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        entity_id: str | Unset = UNSET,
        search_lib_name: str | Unset = UNSET,
        media_type: SearchMediaByFaceMediaType | Unset = UNSET,
        custom_filters: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        utc_create: str | Unset = UNSET,
    ) -> Response[SearchMediaByFaceResponse]:
        """Queries the information about media assets that are related to a specific face."""
        from .api.default import search_media_by_face as _search_media_by_face

        return await _search_media_by_face.asyncio_detailed(
            client=self._client,
            page_no=page_no,
            page_size=page_size,
            entity_id=entity_id,
            person_image_url=person_image_url,
            face_search_token=face_search_token,
            search_lib_name=search_lib_name,
            media_type=media_type,
            custom_filters=custom_filters,
            namespace=namespace,
            utc_create=utc_create,
        )


__all__ = ["IceClient", "IceClientWithRawResponse"]
