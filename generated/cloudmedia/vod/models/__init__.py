"""Contains all the data models used in inputs/outputs.

A model's module is imported on the first access of its name here (PEP 562), so importing this package imports
no model; importing a model module directly imports only the models it nests.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_denied_detail import AccessDeniedDetail
    from .ai_image_info import AIImageInfo
    from .alibaba_error import AlibabaError
    from .list_ai_image_info_response import ListAIImageInfoResponse

_MODULES: dict[str, str] = {
    "AccessDeniedDetail": ".access_denied_detail",
    "AIImageInfo": ".ai_image_info",
    "AlibabaError": ".alibaba_error",
    "ListAIImageInfoResponse": ".list_ai_image_info_response",
}

__all__ = (
    "AccessDeniedDetail",
    "AIImageInfo",
    "AlibabaError",
    "ListAIImageInfoResponse",
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
