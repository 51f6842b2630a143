"""Contains all the data models used in inputs/outputs"""

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
