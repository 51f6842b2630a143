"""Contains all the data models used in inputs/outputs"""

from .create_file_detection_request import CreateFileDetectionRequest
from .create_file_detection_response import CreateFileDetectionResponse
from .create_file_detection_result import CreateFileDetectionResult
from .response_error import ResponseError
from .response_metadata import ResponseMetadata
from .volcengine_error_response import VolcengineErrorResponse

__all__ = (
    "CreateFileDetectionRequest",
    "CreateFileDetectionResponse",
    "CreateFileDetectionResult",
    "ResponseError",
    "ResponseMetadata",
    "VolcengineErrorResponse",
)
