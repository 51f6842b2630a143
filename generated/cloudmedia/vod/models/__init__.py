"""Contains all the data models used in inputs/outputs"""

from .access_denied_detail import AccessDeniedDetail
from .ai_image_info import AIImageInfo
from .alibaba_error import AlibabaError
from .list_ai_image_info_response import ListAIImageInfoResponse

__all__ = (
    "AccessDeniedDetail",
    "AIImageInfo",
    "AlibabaError",
    "ListAIImageInfoResponse",
)
