"""Contains all the data models used in inputs/outputs"""

from .access_denied_detail import AccessDeniedDetail
from .alibaba_error import AlibabaError
from .media_info import MediaInfo
from .search_media_by_face_media_type import SearchMediaByFaceMediaType
from .search_media_by_face_response import SearchMediaByFaceResponse

__all__ = (
    "AccessDeniedDetail",
    "AlibabaError",
    "MediaInfo",
    "SearchMediaByFaceMediaType",
    "SearchMediaByFaceResponse",
)
