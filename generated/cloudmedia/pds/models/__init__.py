"""Contains all the data models used in inputs/outputs.

A model's module is imported on the first access of its name here (PEP 562), so importing this package imports
no model; importing a model module directly imports only the models it nests.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .dir_size_info import DirSizeInfo
    from .face_thumbnail import FaceThumbnail
    from .file import File
    from .file_ex_fields_info import FileExFieldsInfo
    from .file_streams_info import FileStreamsInfo
    from .file_thumbnail_urls import FileThumbnailUrls
    from .file_user_tags import FileUserTags
    from .image_media_metadata import ImageMediaMetadata
    from .image_quality import ImageQuality
    from .image_tag import ImageTag
    from .investigation_info import InvestigationInfo
    from .investigation_info_block_frame import InvestigationInfoBlockFrame
    from .investigation_info_video_detail import InvestigationInfoVideoDetail
    from .pds_error import PdsError
    from .scan_file_request import ScanFileRequest
    from .scan_file_response import ScanFileResponse
    from .semantic_document_content import SemanticDocumentContent
    from .semantic_element_content import SemanticElementContent
    from .semantic_key_frame import SemanticKeyFrame
    from .semantic_result import SemanticResult
    from .semantic_scene_content import SemanticSceneContent
    from .stream_info import StreamInfo
    from .video_media_audio_stream import VideoMediaAudioStream
    from .video_media_metadata import VideoMediaMetadata
    from .video_media_video_stream import VideoMediaVideoStream

_MODULES: dict[str, str] = {
    "DirSizeInfo": ".dir_size_info",
    "FaceThumbnail": ".face_thumbnail",
    "File": ".file",
    "FileExFieldsInfo": ".file_ex_fields_info",
    "FileStreamsInfo": ".file_streams_info",
    "FileThumbnailUrls": ".file_thumbnail_urls",
    "FileUserTags": ".file_user_tags",
    "ImageMediaMetadata": ".image_media_metadata",
    "ImageQuality": ".image_quality",
    "ImageTag": ".image_tag",
    "InvestigationInfo": ".investigation_info",
    "InvestigationInfoBlockFrame": ".investigation_info_block_frame",
    "InvestigationInfoVideoDetail": ".investigation_info_video_detail",
    "PdsError": ".pds_error",
    "ScanFileRequest": ".scan_file_request",
    "ScanFileResponse": ".scan_file_response",
    "SemanticDocumentContent": ".semantic_document_content",
    "SemanticElementContent": ".semantic_element_content",
    "SemanticKeyFrame": ".semantic_key_frame",
    "SemanticResult": ".semantic_result",
    "SemanticSceneContent": ".semantic_scene_content",
    "StreamInfo": ".stream_info",
    "VideoMediaAudioStream": ".video_media_audio_stream",
    "VideoMediaMetadata": ".video_media_metadata",
    "VideoMediaVideoStream": ".video_media_video_stream",
}

__all__ = (
    "DirSizeInfo",
    "FaceThumbnail",
    "File",
    "FileExFieldsInfo",
    "FileStreamsInfo",
    "FileThumbnailUrls",
    "FileUserTags",
    "ImageMediaMetadata",
    "ImageQuality",
    "ImageTag",
    "InvestigationInfo",
    "InvestigationInfoBlockFrame",
    "InvestigationInfoVideoDetail",
    "PdsError",
    "ScanFileRequest",
    "ScanFileResponse",
    "SemanticDocumentContent",
    "SemanticElementContent",
    "SemanticKeyFrame",
    "SemanticResult",
    "SemanticSceneContent",
    "StreamInfo",
    "VideoMediaAudioStream",
    "VideoMediaMetadata",
    "VideoMediaVideoStream",
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
