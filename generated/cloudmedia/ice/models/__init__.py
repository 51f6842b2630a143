"""Contains all the data models used in inputs/outputs.

A model's module is imported on the first access of its name here (PEP 562), so importing this package imports
no model; importing a model module directly imports only the models it nests.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_denied_detail import AccessDeniedDetail
    from .alibaba_error import AlibabaError
    from .media_info import MediaInfo
    from .search_media_by_face_media_type import SearchMediaByFaceMediaType
    from .search_media_by_face_response import SearchMediaByFaceResponse

_MODULES: dict[str, str] = {
    "AccessDeniedDetail": ".access_denied_detail",
    "AlibabaError": ".alibaba_error",
    "MediaInfo": ".media_info",
    "SearchMediaByFaceMediaType": ".search_media_by_face_media_type",
    "SearchMediaByFaceResponse": ".search_media_by_face_response",
}

__all__ = (
    "AccessDeniedDetail",
    "AlibabaError",
    "MediaInfo",
    "SearchMediaByFaceMediaType",
    "SearchMediaByFaceResponse",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
