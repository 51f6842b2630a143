"""Contains all the data models used in inputs/outputs.

A model's module is imported on the first access of its name here (PEP 562), so importing this package imports
no model; importing a model module directly imports only the models it nests.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_denied_detail import AccessDeniedDetail
    from .address import Address
    from .alibaba_error import AlibabaError
    from .audio_stream import AudioStream
    from .batch_get_file_meta_response import BatchGetFileMetaResponse
    from .boundary import Boundary
    from .clip import Clip
    from .cropping_suggestion import CroppingSuggestion
    from .element import Element
    from .element_content import ElementContent
    from .element_relation import ElementRelation
    from .figure import Figure
    from .file import File
    from .file_custom_labels import FileCustomLabels
    from .file_oss_tagging import FileOSSTagging
    from .file_oss_user_meta import FileOSSUserMeta
    from .head_pose import HeadPose
    from .image import Image
    from .image_insight import ImageInsight
    from .image_insight_multilingual_content import ImageInsightMultilingualContent
    from .image_score import ImageScore
    from .insights import Insights
    from .label import Label
    from .multilingual_content_entry import MultilingualContentEntry
    from .ocr_contents import OCRContents
    from .point_int64 import PointInt64
    from .scene_element import SceneElement
    from .subtitle_stream import SubtitleStream
    from .video_insight import VideoInsight
    from .video_insight_multilingual_content import VideoInsightMultilingualContent
    from .video_stream import VideoStream

_MODULES: dict[str, str] = {
    "AccessDeniedDetail": ".access_denied_detail",
    "Address": ".address",
    "AlibabaError": ".alibaba_error",
    "AudioStream": ".audio_stream",
    "BatchGetFileMetaResponse": ".batch_get_file_meta_response",
    "Boundary": ".boundary",
    "Clip": ".clip",
    "CroppingSuggestion": ".cropping_suggestion",
    "Element": ".element",
    "ElementContent": ".element_content",
    "ElementRelation": ".element_relation",
    "Figure": ".figure",
    "File": ".file",
    "FileCustomLabels": ".file_custom_labels",
    "FileOSSTagging": ".file_oss_tagging",
    "FileOSSUserMeta": ".file_oss_user_meta",
    "HeadPose": ".head_pose",
    "Image": ".image",
    "ImageInsight": ".image_insight",
    "ImageInsightMultilingualContent": ".image_insight_multilingual_content",
    "ImageScore": ".image_score",
    "Insights": ".insights",
    "Label": ".label",
    "MultilingualContentEntry": ".multilingual_content_entry",
    "OCRContents": ".ocr_contents",
    "PointInt64": ".point_int64",
    "SceneElement": ".scene_element",
    "SubtitleStream": ".subtitle_stream",
    "VideoInsight": ".video_insight",
    "VideoInsightMultilingualContent": ".video_insight_multilingual_content",
    "VideoStream": ".video_stream",
}

__all__ = (
    "AccessDeniedDetail",
    "Address",
    "AlibabaError",
    "AudioStream",
    "BatchGetFileMetaResponse",
    "Boundary",
    "Clip",
    "CroppingSuggestion",
    "Element",
    "ElementContent",
    "ElementRelation",
    "Figure",
    "File",
    "FileCustomLabels",
    "FileOSSTagging",
    "FileOSSUserMeta",
    "HeadPose",
    "Image",
    "ImageInsight",
    "ImageInsightMultilingualContent",
    "ImageScore",
    "Insights",
    "Label",
    "MultilingualContentEntry",
    "OCRContents",
    "PointInt64",
    "SceneElement",
    "SubtitleStream",
    "VideoInsight",
    "VideoInsightMultilingualContent",
    "VideoStream",
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
