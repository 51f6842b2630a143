"""Contains all the data models used in inputs/outputs"""

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
