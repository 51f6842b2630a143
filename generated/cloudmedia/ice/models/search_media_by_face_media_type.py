from typing import Literal

SearchMediaByFaceMediaType = Literal["image", "video"]

SEARCH_MEDIA_BY_FACE_MEDIA_TYPE_VALUES: set[SearchMediaByFaceMediaType] = {
    "image",
    "video",
}


def check_search_media_by_face_media_type(value: str) -> SearchMediaByFaceMediaType:
    if value in SEARCH_MEDIA_BY_FACE_MEDIA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_MEDIA_BY_FACE_MEDIA_TYPE_VALUES!r}"
    )
