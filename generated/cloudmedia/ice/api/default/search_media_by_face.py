"""Queries the information about media assets that are related to a specific face."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import _service
from ...models.search_media_by_face_media_type import (
    SearchMediaByFaceMediaType,
)
from ...models.search_media_by_face_response import SearchMediaByFaceResponse
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import IceClient

OPERATION = _service.SERVICE.operations["SearchMediaByFace"]


def _get_kwargs(
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
) -> dict[str, Any]:
    query: dict[str, Any] = {}
    if page_no is not UNSET and page_no is not None:
        query["PageNo"] = page_no
    if page_size is not UNSET and page_size is not None:
        query["PageSize"] = page_size
    if entity_id is not UNSET and entity_id is not None:
        query["EntityId"] = entity_id
    query["PersonImageUrl"] = person_image_url
    query["FaceSearchToken"] = face_search_token
    if search_lib_name is not UNSET and search_lib_name is not None:
        query["SearchLibName"] = search_lib_name
    if media_type is not UNSET and media_type is not None:
        query["MediaType"] = media_type
    if custom_filters is not UNSET and custom_filters is not None:
        query["CustomFilters"] = custom_filters
    if namespace is not UNSET and namespace is not None:
        query["Namespace"] = namespace
    if utc_create is not UNSET and utc_create is not None:
        query["UtcCreate"] = utc_create
    return {"query": query, "body": None}


def _parse_response(data: Any) -> SearchMediaByFaceResponse:
    return SearchMediaByFaceResponse.from_dict(data)


def sync_detailed(
    *,
    client: IceClient,
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
    """Queries the information about media assets that are related to a specific face.

    Queries the information about media assets that are related to a specific face. If you have
    questions about how to use the media asset search feature in Intelligent Media Services (IMS),
    contact technical support in the DingTalk group (ID 30415005038).

    Args:
        page_no (int | Unset): The page number. Default value: 1.
        page_size (int | Unset): The number of entries per page. Default value: 10. Maximum value: 50.
        entity_id (str | Unset): The ID of the entity.
        person_image_url (str): The URL of the face image.
        face_search_token (str): The token that is used to identify the query. You can use this
            parameter in the SearchMediaClipByFace operation to specify the same query conditions.
        search_lib_name (str | Unset): The name of the search library.
        media_type (SearchMediaByFaceMediaType | Unset): The type of the media asset. Valid values:
            image and video.
        custom_filters (str | Unset): Known to the official SDK but not documented on the operation's
            page. Custom filters, as a JSON string. The supported fields are intField1 (integer) and
            strField1 and strField2 (strings). Each field takes one matching mode; filters on different
            fields are combined with a logical AND. Exact match, for example
            {"intField1":12,"strField1":"abc"}; multi-value match, for example
            {"intField1":[12,13],"strField1":["abc","cd"]}; range match, for example
            {"intField1":{"gte":12,"lte":13}}.
        namespace (str | Unset): Known to the official SDK but not documented on the operation's page.
            The namespace.
        utc_create (str | Unset): Known to the official SDK but not documented on the operation's page.
            The creation time range, as a JSON string of UNIX timestamps in milliseconds: gte is greater
            than or equal to, lte is less than or equal to.

    Raises:
        ParamValidationError: A parameter breaks a documented rule (nothing is sent).
        ServiceError: The service answered with an error (ClientError, ServerError, ThrottlingError).
        InvalidResponseError: The response body is not the JSON the operation documents.
        TransportError: The request could not be sent or its response not received.

    Returns:
        Response[SearchMediaByFaceResponse]

    """

    return client._invoke(
        OPERATION,
        _get_kwargs(
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
        ),
        _parse_response,
    )


def sync(
    *,
    client: IceClient,
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
    """Queries the information about media assets that are related to a specific face.

    Queries the information about media assets that are related to a specific face. If you have
    questions about how to use the media asset search feature in Intelligent Media Services (IMS),
    contact technical support in the DingTalk group (ID 30415005038).

    Args:
        page_no (int | Unset): The page number. Default value: 1.
        page_size (int | Unset): The number of entries per page. Default value: 10. Maximum value: 50.
        entity_id (str | Unset): The ID of the entity.
        person_image_url (str): The URL of the face image.
        face_search_token (str): The token that is used to identify the query. You can use this
            parameter in the SearchMediaClipByFace operation to specify the same query conditions.
        search_lib_name (str | Unset): The name of the search library.
        media_type (SearchMediaByFaceMediaType | Unset): The type of the media asset. Valid values:
            image and video.
        custom_filters (str | Unset): Known to the official SDK but not documented on the operation's
            page. Custom filters, as a JSON string. The supported fields are intField1 (integer) and
            strField1 and strField2 (strings). Each field takes one matching mode; filters on different
            fields are combined with a logical AND. Exact match, for example
            {"intField1":12,"strField1":"abc"}; multi-value match, for example
            {"intField1":[12,13],"strField1":["abc","cd"]}; range match, for example
            {"intField1":{"gte":12,"lte":13}}.
        namespace (str | Unset): Known to the official SDK but not documented on the operation's page.
            The namespace.
        utc_create (str | Unset): Known to the official SDK but not documented on the operation's page.
            The creation time range, as a JSON string of UNIX timestamps in milliseconds: gte is greater
            than or equal to, lte is less than or equal to.

    Raises:
        ParamValidationError: A parameter breaks a documented rule (nothing is sent).
        ServiceError: The service answered with an error (ClientError, ServerError, ThrottlingError).
        InvalidResponseError: The response body is not the JSON the operation documents.
        TransportError: The request could not be sent or its response not received.

    Returns:
        SearchMediaByFaceResponse

    """

    return sync_detailed(
        client=client,
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
    ).parsed


async def asyncio_detailed(
    *,
    client: IceClient,
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
    """Queries the information about media assets that are related to a specific face.

    Queries the information about media assets that are related to a specific face. If you have
    questions about how to use the media asset search feature in Intelligent Media Services (IMS),
    contact technical support in the DingTalk group (ID 30415005038).

    Args:
        page_no (int | Unset): The page number. Default value: 1.
        page_size (int | Unset): The number of entries per page. Default value: 10. Maximum value: 50.
        entity_id (str | Unset): The ID of the entity.
        person_image_url (str): The URL of the face image.
        face_search_token (str): The token that is used to identify the query. You can use this
            parameter in the SearchMediaClipByFace operation to specify the same query conditions.
        search_lib_name (str | Unset): The name of the search library.
        media_type (SearchMediaByFaceMediaType | Unset): The type of the media asset. Valid values:
            image and video.
        custom_filters (str | Unset): Known to the official SDK but not documented on the operation's
            page. Custom filters, as a JSON string. The supported fields are intField1 (integer) and
            strField1 and strField2 (strings). Each field takes one matching mode; filters on different
            fields are combined with a logical AND. Exact match, for example
            {"intField1":12,"strField1":"abc"}; multi-value match, for example
            {"intField1":[12,13],"strField1":["abc","cd"]}; range match, for example
            {"intField1":{"gte":12,"lte":13}}.
        namespace (str | Unset): Known to the official SDK but not documented on the operation's page.
            The namespace.
        utc_create (str | Unset): Known to the official SDK but not documented on the operation's page.
            The creation time range, as a JSON string of UNIX timestamps in milliseconds: gte is greater
            than or equal to, lte is less than or equal to.

    Raises:
        ParamValidationError: A parameter breaks a documented rule (nothing is sent).
        ServiceError: The service answered with an error (ClientError, ServerError, ThrottlingError).
        InvalidResponseError: The response body is not the JSON the operation documents.
        TransportError: The request could not be sent or its response not received.

    Returns:
        Response[SearchMediaByFaceResponse]

    """

    return await client._invoke_async(
        OPERATION,
        _get_kwargs(
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
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: IceClient,
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
    """Queries the information about media assets that are related to a specific face.

    Queries the information about media assets that are related to a specific face. If you have
    questions about how to use the media asset search feature in Intelligent Media Services (IMS),
    contact technical support in the DingTalk group (ID 30415005038).

    Args:
        page_no (int | Unset): The page number. Default value: 1.
        page_size (int | Unset): The number of entries per page. Default value: 10. Maximum value: 50.
        entity_id (str | Unset): The ID of the entity.
        person_image_url (str): The URL of the face image.
        face_search_token (str): The token that is used to identify the query. You can use this
            parameter in the SearchMediaClipByFace operation to specify the same query conditions.
        search_lib_name (str | Unset): The name of the search library.
        media_type (SearchMediaByFaceMediaType | Unset): The type of the media asset. Valid values:
            image and video.
        custom_filters (str | Unset): Known to the official SDK but not documented on the operation's
            page. Custom filters, as a JSON string. The supported fields are intField1 (integer) and
            strField1 and strField2 (strings). Each field takes one matching mode; filters on different
            fields are combined with a logical AND. Exact match, for example
            {"intField1":12,"strField1":"abc"}; multi-value match, for example
            {"intField1":[12,13],"strField1":["abc","cd"]}; range match, for example
            {"intField1":{"gte":12,"lte":13}}.
        namespace (str | Unset): Known to the official SDK but not documented on the operation's page.
            The namespace.
        utc_create (str | Unset): Known to the official SDK but not documented on the operation's page.
            The creation time range, as a JSON string of UNIX timestamps in milliseconds: gte is greater
            than or equal to, lte is less than or equal to.

    Raises:
        ParamValidationError: A parameter breaks a documented rule (nothing is sent).
        ServiceError: The service answered with an error (ClientError, ServerError, ThrottlingError).
        InvalidResponseError: The response body is not the JSON the operation documents.
        TransportError: The request could not be sent or its response not received.

    Returns:
        SearchMediaByFaceResponse

    """

    return (
        await asyncio_detailed(
            client=client,
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
    ).parsed
