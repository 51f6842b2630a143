"""Contains all the data models used in inputs/outputs.

A model's module is imported on the first access of its name here (PEP 562), so importing this package imports
no model; importing a model module directly imports only the models it nests.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .create_file_detection_request import CreateFileDetectionRequest
    from .create_file_detection_response import CreateFileDetectionResponse
    from .create_file_detection_result import CreateFileDetectionResult
    from .response_error import ResponseError
    from .response_metadata import ResponseMetadata
    from .volcengine_error_response import VolcengineErrorResponse

_MODULES: dict[str, str] = {
    "CreateFileDetectionRequest": ".create_file_detection_request",
    "CreateFileDetectionResponse": ".create_file_detection_response",
    "CreateFileDetectionResult": ".create_file_detection_result",
    "ResponseError": ".response_error",
    "ResponseMetadata": ".response_metadata",
    "VolcengineErrorResponse": ".volcengine_error_response",
}

__all__ = (
    "CreateFileDetectionRequest",
    "CreateFileDetectionResponse",
    "CreateFileDetectionResult",
    "ResponseError",
    "ResponseMetadata",
    "VolcengineErrorResponse",
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
