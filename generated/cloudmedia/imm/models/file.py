from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.gcpause import pause as _pause_gc
from ..._runtime.gcpause import resume as _resume_gc
from ..models.address import Address
from ..models.address import _from_dict as _parse_address
from ..models.audio_stream import AudioStream
from ..models.audio_stream import _from_dict as _parse_audio_stream
from ..models.cropping_suggestion import CroppingSuggestion
from ..models.cropping_suggestion import _from_dict as _parse_cropping_suggestion
from ..models.element import Element
from ..models.element import _from_dict as _parse_element
from ..models.figure import Figure
from ..models.figure import _from_dict as _parse_figure
from ..models.file_custom_labels import FileCustomLabels
from ..models.file_custom_labels import _from_dict as _parse_file_custom_labels
from ..models.file_oss_tagging import FileOSSTagging
from ..models.file_oss_tagging import _from_dict as _parse_file_oss_tagging
from ..models.file_oss_user_meta import FileOSSUserMeta
from ..models.file_oss_user_meta import _from_dict as _parse_file_oss_user_meta
from ..models.image import Image
from ..models.image import _from_dict as _parse_image
from ..models.image_score import ImageScore
from ..models.image_score import _from_dict as _parse_image_score
from ..models.insights import Insights
from ..models.insights import _from_dict as _parse_insights
from ..models.label import Label
from ..models.label import _from_dict as _parse_label
from ..models.ocr_contents import OCRContents
from ..models.ocr_contents import _from_dict as _parse_ocr_contents
from ..models.scene_element import SceneElement
from ..models.scene_element import _from_dict as _parse_scene_element
from ..models.subtitle_stream import SubtitleStream
from ..models.subtitle_stream import _from_dict as _parse_subtitle_stream
from ..models.video_stream import VideoStream
from ..models.video_stream import _from_dict as _parse_video_stream
from ..types import UNSET, Unset

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "OwnerId",
        "ProjectName",
        "DatasetName",
        "ObjectType",
        "ObjectId",
        "UpdateTime",
        "CreateTime",
        "URI",
        "OSSURI",
        "Filename",
        "MediaType",
        "ContentType",
        "Size",
        "FileHash",
        "FileModifiedTime",
        "FileCreateTime",
        "FileAccessTime",
        "ProduceTime",
        "LatLong",
        "Timezone",
        "Addresses",
        "TravelClusterId",
        "Orientation",
        "Figures",
        "FigureCount",
        "Labels",
        "Title",
        "ImageWidth",
        "ImageHeight",
        "EXIF",
        "ImageScore",
        "CroppingSuggestions",
        "OCRContents",
        "VideoWidth",
        "VideoHeight",
        "VideoStreams",
        "Subtitles",
        "AudioStreams",
        "Artist",
        "AlbumArtist",
        "AudioCovers",
        "Composer",
        "Performer",
        "Language",
        "Album",
        "PageCount",
        "ETag",
        "CacheControl",
        "ContentDisposition",
        "ContentEncoding",
        "ContentLanguage",
        "AccessControlAllowOrigin",
        "AccessControlRequestMethod",
        "ServerSideEncryptionCustomerAlgorithm",
        "ServerSideEncryption",
        "ServerSideDataEncryption",
        "ServerSideEncryptionKeyId",
        "OSSStorageClass",
        "OSSCRC64",
        "ObjectACL",
        "ContentMd5",
        "OSSUserMeta",
        "OSSTaggingCount",
        "OSSTagging",
        "OSSExpiration",
        "OSSVersionId",
        "OSSDeleteMarker",
        "OSSObjectType",
        "CustomId",
        "CustomLabels",
        "StreamCount",
        "ProgramCount",
        "FormatName",
        "FormatLongName",
        "StartTime",
        "Bitrate",
        "Duration",
        "SemanticTypes",
        "Elements",
        "SceneElements",
        "OCRTexts",
        "Reason",
        "ObjectStatus",
        "Insights",
    }
)
_MISMATCH = (TypeError, ValueError, KeyError, AttributeError)
_new = object.__new__


@_attrs_define
class File:
    """The metadata of an object or file in a dataset. The fields returned vary with the object and with the workflow
    template used to index its metadata."""

    owner_id: str | Unset = UNSET
    """ The ID of the Alibaba Cloud account. """
    project_name: str | Unset = UNSET
    """ The name of the project. """
    dataset_name: str | Unset = UNSET
    """ The name of the dataset. """
    object_type: str | Unset = UNSET
    """ The type of the object. The value is always `file`. """
    object_id: str | Unset = UNSET
    """ The unique ID of the object. """
    update_time: str | Unset = UNSET
    """ The time when the metadata was last updated, in the RFC 3339 format with nanoseconds. """
    create_time: str | Unset = UNSET
    """ The time when the metadata was created, in the RFC 3339 format with nanoseconds. """
    uri: str | Unset = UNSET
    """ The URI of the file: `oss://${Bucket}/${Object}` for an OSS object, or
    `pds://domains/${domain}/drives/${drive}/files/${file}/revisions/${revision}` for a PDS file. """
    oss_uri: str | Unset = UNSET
    """ The OSS URI of the file. Returned only if `URI` is a PDS address. """
    filename: str | Unset = UNSET
    """ The name of the file. For an OSS object, this is the object key. """
    media_type: str | Unset = UNSET
    """ The media type of the file, for example `image`, `video`, `audio` or `document`. """
    content_type: str | Unset = UNSET
    """ The content type (MIME type) of the file. """
    size: int | Unset = UNSET
    """ The size of the file, in bytes. """
    file_hash: str | Unset = UNSET
    """ The hash of the file. """
    file_modified_time: str | Unset = UNSET
    """ The time when the file was last modified, in the RFC 3339 format with nanoseconds. """
    file_create_time: str | Unset = UNSET
    """ The time when the file was created, in the RFC 3339 format with nanoseconds. """
    file_access_time: str | Unset = UNSET
    """ The time when the file was last accessed, in the RFC 3339 format with nanoseconds. """
    produce_time: str | Unset = UNSET
    """ The time when the photo was taken. """
    lat_long: str | Unset = UNSET
    """ The GPS latitude and longitude, as `latitude,longitude`. """
    timezone: str | Unset = UNSET
    """ The time zone. Not supported. """
    addresses: list[Address] | Unset = UNSET
    """ The address information. """
    travel_cluster_id: str | Unset = UNSET
    """ A reserved parameter. Not supported. """
    orientation: int | Unset = UNSET
    """ The rotation value of the image, read from its EXIF data. Returned only if the EXIF data has it. """
    figures: list[Figure] | Unset = UNSET
    """ The figures detected by the AI model. """
    figure_count: int | Unset = UNSET
    """ The number of figures. """
    labels: list[Label] | Unset = UNSET
    """ The labels detected for the file by the AI model. """
    title: str | Unset = UNSET
    """ The title of the file. """
    image_width: int | Unset = UNSET
    """ The width of the image, in pixels. """
    image_height: int | Unset = UNSET
    """ The height of the image, in pixels. """
    exif: str | Unset = UNSET
    """ The original EXIF information of the image, as a serialized JSON object. """
    image_score: ImageScore | Unset = UNSET
    """ The image score information, detected by the AI model. """
    cropping_suggestions: list[CroppingSuggestion] | Unset = UNSET
    """ The cropping suggestions for the image. Not supported. """
    ocr_contents: list[OCRContents] | Unset = UNSET
    """ The OCR results. Not supported. """
    video_width: int | Unset = UNSET
    """ The width of the video, in pixels. """
    video_height: int | Unset = UNSET
    """ The height of the video, in pixels. """
    video_streams: list[VideoStream] | Unset = UNSET
    """ The video streams. """
    subtitles: list[SubtitleStream] | Unset = UNSET
    """ The subtitle streams. """
    audio_streams: list[AudioStream] | Unset = UNSET
    """ The audio streams. """
    artist: str | Unset = UNSET
    """ The artist. """
    album_artist: str | Unset = UNSET
    """ The album artist. """
    audio_covers: list[Image] | Unset = UNSET
    """ The cover images of the audio. """
    composer: str | Unset = UNSET
    """ The composer. """
    performer: str | Unset = UNSET
    """ The performer. """
    language: str | Unset = UNSET
    """ The language of the content, as a BCP 47 tag. """
    album: str | Unset = UNSET
    """ The album. """
    page_count: int | Unset = UNSET
    """ The number of pages of the document. Not supported. """
    etag: str | Unset = UNSET
    """ The ETag of the object, generated when the object is created; it identifies the object content. """
    cache_control: str | Unset = UNSET
    """ The web cache behavior of the object when it is downloaded. Returned only if the Cache-Control header is set
    on the OSS object. """
    content_disposition: str | Unset = UNSET
    """ The name of the object when it is downloaded. Returned only if the Content-Disposition header is set on the
    OSS object. """
    content_encoding: str | Unset = UNSET
    """ The content encoding of the object when it is downloaded. Returned only if the Content-Encoding header is
    set on the OSS object. """
    content_language: str | Unset = UNSET
    """ The language of the object content. Returned only if the Content-Language header is set on the OSS object.
    """
    access_control_allow_origin: str | Unset = UNSET
    """ The origins allowed for cross-origin requests. """
    access_control_request_method: str | Unset = UNSET
    """ The methods allowed for cross-origin requests. """
    server_side_encryption_customer_algorithm: str | Unset = UNSET
    """ The algorithm of server-side encryption with customer-provided keys. """
    server_side_encryption: str | Unset = UNSET
    """ The server-side encryption method. Returned only if server-side encryption is enabled for the bucket. """
    server_side_data_encryption: str | Unset = UNSET
    """ The encryption algorithm of the object data. Returned only if server-side encryption is enabled for the
    bucket. """
    server_side_encryption_key_id: str | Unset = UNSET
    """ The ID of the customer master key (CMK) managed by KMS. Returned only if server-side encryption is enabled
    for the bucket. """
    oss_storage_class: str | Unset = UNSET
    """ The storage class of the OSS object. """
    oss_crc64: str | Unset = UNSET
    """ The CRC-64 value of the OSS object. """
    object_acl: str | Unset = UNSET
    """ The access control list (ACL) of the OSS object. """
    content_md5: str | Unset = UNSET
    """ The Base64-encoded MD5 hash of the object content. """
    oss_user_meta: FileOSSUserMeta | Unset = UNSET
    """ The user-defined metadata of the OSS object. Returned only if user-defined metadata is set on the object.
    """
    oss_tagging_count: int | Unset = UNSET
    """ The number of tags of the OSS object. Returned only if the object has tags. """
    oss_tagging: FileOSSTagging | Unset = UNSET
    """ The tags of the OSS object. """
    oss_expiration: str | Unset = UNSET
    """ The expiration time of the OSS object. Returned only if the Expires header is set on the object. """
    oss_version_id: str | Unset = UNSET
    """ The version ID of the OSS object. Returned only if versioning is enabled for the bucket. """
    oss_delete_marker: str | Unset = UNSET
    """ The delete marker of the OSS object. """
    oss_object_type: str | Unset = UNSET
    """ The type of the OSS object, commonly `Normal`. """
    custom_id: str | Unset = UNSET
    """ The custom ID of the file, used to associate it with an ID in a business system; stored as a metadata
    attribute when the file is indexed. """
    custom_labels: FileCustomLabels | Unset = UNSET
    """ The custom key-value labels of the file, for business data and query filtering. """
    stream_count: int | Unset = UNSET
    """ The number of media streams in the media container. """
    program_count: int | Unset = UNSET
    """ The number of programs in the media container. """
    format_name: str | Unset = UNSET
    """ The short name of the media container format. """
    format_long_name: str | Unset = UNSET
    """ The full name of the media container format. """
    start_time: float | Unset = UNSET
    """ The start time of the first frame, in seconds. """
    bitrate: int | Unset = UNSET
    """ The bitrate, in bit/s. """
    duration: float | Unset = UNSET
    """ The total duration of the media, in seconds. """
    semantic_types: list[str] | Unset = UNSET
    """ Why the file was returned by a semantic search (SemanticQuery). """
    elements: list[Element] | Unset = UNSET
    """ The document fragments that match the search content of a semantic search (SemanticQuery). """
    scene_elements: list[SceneElement] | Unset = UNSET
    """ The scene elements extracted from the video by the AI model. """
    ocr_texts: str | Unset = UNSET
    """ The text detected in the image. """
    reason: str | Unset = UNSET
    """ The reason why the file failed to be indexed. """
    object_status: str | Unset = UNSET
    """ The index status of the file, for example `Indexed`. """
    insights: Insights | Unset = UNSET
    """ The summary and description of a file. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, and documented fields whose value had an unexpected shape."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict, with the vendor's wire names."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.owner_id, Unset):
            field_dict["OwnerId"] = self.owner_id
        if not isinstance(self.project_name, Unset):
            field_dict["ProjectName"] = self.project_name
        if not isinstance(self.dataset_name, Unset):
            field_dict["DatasetName"] = self.dataset_name
        if not isinstance(self.object_type, Unset):
            field_dict["ObjectType"] = self.object_type
        if not isinstance(self.object_id, Unset):
            field_dict["ObjectId"] = self.object_id
        if not isinstance(self.update_time, Unset):
            field_dict["UpdateTime"] = self.update_time
        if not isinstance(self.create_time, Unset):
            field_dict["CreateTime"] = self.create_time
        if not isinstance(self.uri, Unset):
            field_dict["URI"] = self.uri
        if not isinstance(self.oss_uri, Unset):
            field_dict["OSSURI"] = self.oss_uri
        if not isinstance(self.filename, Unset):
            field_dict["Filename"] = self.filename
        if not isinstance(self.media_type, Unset):
            field_dict["MediaType"] = self.media_type
        if not isinstance(self.content_type, Unset):
            field_dict["ContentType"] = self.content_type
        if not isinstance(self.size, Unset):
            field_dict["Size"] = self.size
        if not isinstance(self.file_hash, Unset):
            field_dict["FileHash"] = self.file_hash
        if not isinstance(self.file_modified_time, Unset):
            field_dict["FileModifiedTime"] = self.file_modified_time
        if not isinstance(self.file_create_time, Unset):
            field_dict["FileCreateTime"] = self.file_create_time
        if not isinstance(self.file_access_time, Unset):
            field_dict["FileAccessTime"] = self.file_access_time
        if not isinstance(self.produce_time, Unset):
            field_dict["ProduceTime"] = self.produce_time
        if not isinstance(self.lat_long, Unset):
            field_dict["LatLong"] = self.lat_long
        if not isinstance(self.timezone, Unset):
            field_dict["Timezone"] = self.timezone
        if not isinstance(self.addresses, Unset):
            field_dict["Addresses"] = [item.to_dict() for item in self.addresses]
        if not isinstance(self.travel_cluster_id, Unset):
            field_dict["TravelClusterId"] = self.travel_cluster_id
        if not isinstance(self.orientation, Unset):
            field_dict["Orientation"] = self.orientation
        if not isinstance(self.figures, Unset):
            field_dict["Figures"] = [item.to_dict() for item in self.figures]
        if not isinstance(self.figure_count, Unset):
            field_dict["FigureCount"] = self.figure_count
        if not isinstance(self.labels, Unset):
            field_dict["Labels"] = [item.to_dict() for item in self.labels]
        if not isinstance(self.title, Unset):
            field_dict["Title"] = self.title
        if not isinstance(self.image_width, Unset):
            field_dict["ImageWidth"] = self.image_width
        if not isinstance(self.image_height, Unset):
            field_dict["ImageHeight"] = self.image_height
        if not isinstance(self.exif, Unset):
            field_dict["EXIF"] = self.exif
        if not isinstance(self.image_score, Unset):
            field_dict["ImageScore"] = self.image_score.to_dict()
        if not isinstance(self.cropping_suggestions, Unset):
            field_dict["CroppingSuggestions"] = [
                item.to_dict() for item in self.cropping_suggestions
            ]
        if not isinstance(self.ocr_contents, Unset):
            field_dict["OCRContents"] = [item.to_dict() for item in self.ocr_contents]
        if not isinstance(self.video_width, Unset):
            field_dict["VideoWidth"] = self.video_width
        if not isinstance(self.video_height, Unset):
            field_dict["VideoHeight"] = self.video_height
        if not isinstance(self.video_streams, Unset):
            field_dict["VideoStreams"] = [item.to_dict() for item in self.video_streams]
        if not isinstance(self.subtitles, Unset):
            field_dict["Subtitles"] = [item.to_dict() for item in self.subtitles]
        if not isinstance(self.audio_streams, Unset):
            field_dict["AudioStreams"] = [item.to_dict() for item in self.audio_streams]
        if not isinstance(self.artist, Unset):
            field_dict["Artist"] = self.artist
        if not isinstance(self.album_artist, Unset):
            field_dict["AlbumArtist"] = self.album_artist
        if not isinstance(self.audio_covers, Unset):
            field_dict["AudioCovers"] = [item.to_dict() for item in self.audio_covers]
        if not isinstance(self.composer, Unset):
            field_dict["Composer"] = self.composer
        if not isinstance(self.performer, Unset):
            field_dict["Performer"] = self.performer
        if not isinstance(self.language, Unset):
            field_dict["Language"] = self.language
        if not isinstance(self.album, Unset):
            field_dict["Album"] = self.album
        if not isinstance(self.page_count, Unset):
            field_dict["PageCount"] = self.page_count
        if not isinstance(self.etag, Unset):
            field_dict["ETag"] = self.etag
        if not isinstance(self.cache_control, Unset):
            field_dict["CacheControl"] = self.cache_control
        if not isinstance(self.content_disposition, Unset):
            field_dict["ContentDisposition"] = self.content_disposition
        if not isinstance(self.content_encoding, Unset):
            field_dict["ContentEncoding"] = self.content_encoding
        if not isinstance(self.content_language, Unset):
            field_dict["ContentLanguage"] = self.content_language
        if not isinstance(self.access_control_allow_origin, Unset):
            field_dict["AccessControlAllowOrigin"] = self.access_control_allow_origin
        if not isinstance(self.access_control_request_method, Unset):
            field_dict["AccessControlRequestMethod"] = (
                self.access_control_request_method
            )
        if not isinstance(self.server_side_encryption_customer_algorithm, Unset):
            field_dict["ServerSideEncryptionCustomerAlgorithm"] = (
                self.server_side_encryption_customer_algorithm
            )
        if not isinstance(self.server_side_encryption, Unset):
            field_dict["ServerSideEncryption"] = self.server_side_encryption
        if not isinstance(self.server_side_data_encryption, Unset):
            field_dict["ServerSideDataEncryption"] = self.server_side_data_encryption
        if not isinstance(self.server_side_encryption_key_id, Unset):
            field_dict["ServerSideEncryptionKeyId"] = self.server_side_encryption_key_id
        if not isinstance(self.oss_storage_class, Unset):
            field_dict["OSSStorageClass"] = self.oss_storage_class
        if not isinstance(self.oss_crc64, Unset):
            field_dict["OSSCRC64"] = self.oss_crc64
        if not isinstance(self.object_acl, Unset):
            field_dict["ObjectACL"] = self.object_acl
        if not isinstance(self.content_md5, Unset):
            field_dict["ContentMd5"] = self.content_md5
        if not isinstance(self.oss_user_meta, Unset):
            field_dict["OSSUserMeta"] = self.oss_user_meta.to_dict()
        if not isinstance(self.oss_tagging_count, Unset):
            field_dict["OSSTaggingCount"] = self.oss_tagging_count
        if not isinstance(self.oss_tagging, Unset):
            field_dict["OSSTagging"] = self.oss_tagging.to_dict()
        if not isinstance(self.oss_expiration, Unset):
            field_dict["OSSExpiration"] = self.oss_expiration
        if not isinstance(self.oss_version_id, Unset):
            field_dict["OSSVersionId"] = self.oss_version_id
        if not isinstance(self.oss_delete_marker, Unset):
            field_dict["OSSDeleteMarker"] = self.oss_delete_marker
        if not isinstance(self.oss_object_type, Unset):
            field_dict["OSSObjectType"] = self.oss_object_type
        if not isinstance(self.custom_id, Unset):
            field_dict["CustomId"] = self.custom_id
        if not isinstance(self.custom_labels, Unset):
            field_dict["CustomLabels"] = self.custom_labels.to_dict()
        if not isinstance(self.stream_count, Unset):
            field_dict["StreamCount"] = self.stream_count
        if not isinstance(self.program_count, Unset):
            field_dict["ProgramCount"] = self.program_count
        if not isinstance(self.format_name, Unset):
            field_dict["FormatName"] = self.format_name
        if not isinstance(self.format_long_name, Unset):
            field_dict["FormatLongName"] = self.format_long_name
        if not isinstance(self.start_time, Unset):
            field_dict["StartTime"] = self.start_time
        if not isinstance(self.bitrate, Unset):
            field_dict["Bitrate"] = self.bitrate
        if not isinstance(self.duration, Unset):
            field_dict["Duration"] = self.duration
        if not isinstance(self.semantic_types, Unset):
            field_dict["SemanticTypes"] = self.semantic_types
        if not isinstance(self.elements, Unset):
            field_dict["Elements"] = [item.to_dict() for item in self.elements]
        if not isinstance(self.scene_elements, Unset):
            field_dict["SceneElements"] = [
                item.to_dict() for item in self.scene_elements
            ]
        if not isinstance(self.ocr_texts, Unset):
            field_dict["OCRTexts"] = self.ocr_texts
        if not isinstance(self.reason, Unset):
            field_dict["Reason"] = self.reason
        if not isinstance(self.object_status, Unset):
            field_dict["ObjectStatus"] = self.object_status
        if not isinstance(self.insights, Unset):
            field_dict["Insights"] = self.insights.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object (raises AttributeError or TypeError if it is not an object).

        The garbage collector is paused while the tree of objects is built (see ``cloudmedia._runtime.gcpause``).
        """
        _pause_gc()
        try:
            return _from_dict(src_dict, cls)  # type: ignore[return-value]
        finally:
            _resume_gc()

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _from_dict(src_dict: Mapping[str, Any], cls: type[File] = File) -> File:
    """``File.from_dict`` without the GC pause: the parsers of nested models call each other directly."""
    obj = _new(cls)
    additional: dict[str, Any] = (
        {}
        if _WIRE_NAMES.issuperset(src_dict)
        else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
    )
    obj.additional_properties = additional
    obj.owner_id = src_dict.get("OwnerId", UNSET)
    obj.project_name = src_dict.get("ProjectName", UNSET)
    obj.dataset_name = src_dict.get("DatasetName", UNSET)
    obj.object_type = src_dict.get("ObjectType", UNSET)
    obj.object_id = src_dict.get("ObjectId", UNSET)
    obj.update_time = src_dict.get("UpdateTime", UNSET)
    obj.create_time = src_dict.get("CreateTime", UNSET)
    obj.uri = src_dict.get("URI", UNSET)
    obj.oss_uri = src_dict.get("OSSURI", UNSET)
    obj.filename = src_dict.get("Filename", UNSET)
    obj.media_type = src_dict.get("MediaType", UNSET)
    obj.content_type = src_dict.get("ContentType", UNSET)
    obj.size = src_dict.get("Size", UNSET)
    obj.file_hash = src_dict.get("FileHash", UNSET)
    obj.file_modified_time = src_dict.get("FileModifiedTime", UNSET)
    obj.file_create_time = src_dict.get("FileCreateTime", UNSET)
    obj.file_access_time = src_dict.get("FileAccessTime", UNSET)
    obj.produce_time = src_dict.get("ProduceTime", UNSET)
    obj.lat_long = src_dict.get("LatLong", UNSET)
    obj.timezone = src_dict.get("Timezone", UNSET)
    value = src_dict.get("Addresses", UNSET)
    if value is not UNSET:
        try:
            if value.__class__ is not list:
                raise TypeError("not a JSON array")
            value = [_parse_address(item) for item in value]
        except _MISMATCH:
            additional["Addresses"] = value
            value = UNSET
    obj.addresses = value
    obj.travel_cluster_id = src_dict.get("TravelClusterId", UNSET)
    obj.orientation = src_dict.get("Orientation", UNSET)
    value = src_dict.get("Figures", UNSET)
    if value is not UNSET:
        try:
            if value.__class__ is not list:
                raise TypeError("not a JSON array")
            value = [_parse_figure(item) for item in value]
        except _MISMATCH:
            additional["Figures"] = value
            value = UNSET
    obj.figures = value
    obj.figure_count = src_dict.get("FigureCount", UNSET)
    value = src_dict.get("Labels", UNSET)
    if value is not UNSET:
        try:
            if value.__class__ is not list:
                raise TypeError("not a JSON array")
            value = [_parse_label(item) for item in value]
        except _MISMATCH:
            additional["Labels"] = value
            value = UNSET
    obj.labels = value
    obj.title = src_dict.get("Title", UNSET)
    obj.image_width = src_dict.get("ImageWidth", UNSET)
    obj.image_height = src_dict.get("ImageHeight", UNSET)
    obj.exif = src_dict.get("EXIF", UNSET)
    value = src_dict.get("ImageScore", UNSET)
    if value is not UNSET:
        try:
            value = _parse_image_score(value)
        except _MISMATCH:
            additional["ImageScore"] = value
            value = UNSET
    obj.image_score = value
    value = src_dict.get("CroppingSuggestions", UNSET)
    if value is not UNSET:
        try:
            if value.__class__ is not list:
                raise TypeError("not a JSON array")
            value = [_parse_cropping_suggestion(item) for item in value]
        except _MISMATCH:
            additional["CroppingSuggestions"] = value
            value = UNSET
    obj.cropping_suggestions = value
    value = src_dict.get("OCRContents", UNSET)
    if value is not UNSET:
        try:
            if value.__class__ is not list:
                raise TypeError("not a JSON array")
            value = [_parse_ocr_contents(item) for item in value]
        except _MISMATCH:
            additional["OCRContents"] = value
            value = UNSET
    obj.ocr_contents = value
    obj.video_width = src_dict.get("VideoWidth", UNSET)
    obj.video_height = src_dict.get("VideoHeight", UNSET)
    value = src_dict.get("VideoStreams", UNSET)
    if value is not UNSET:
        try:
            if value.__class__ is not list:
                raise TypeError("not a JSON array")
            value = [_parse_video_stream(item) for item in value]
        except _MISMATCH:
            additional["VideoStreams"] = value
            value = UNSET
    obj.video_streams = value
    value = src_dict.get("Subtitles", UNSET)
    if value is not UNSET:
        try:
            if value.__class__ is not list:
                raise TypeError("not a JSON array")
            value = [_parse_subtitle_stream(item) for item in value]
        except _MISMATCH:
            additional["Subtitles"] = value
            value = UNSET
    obj.subtitles = value
    value = src_dict.get("AudioStreams", UNSET)
    if value is not UNSET:
        try:
            if value.__class__ is not list:
                raise TypeError("not a JSON array")
            value = [_parse_audio_stream(item) for item in value]
        except _MISMATCH:
            additional["AudioStreams"] = value
            value = UNSET
    obj.audio_streams = value
    obj.artist = src_dict.get("Artist", UNSET)
    obj.album_artist = src_dict.get("AlbumArtist", UNSET)
    value = src_dict.get("AudioCovers", UNSET)
    if value is not UNSET:
        try:
            if value.__class__ is not list:
                raise TypeError("not a JSON array")
            value = [_parse_image(item) for item in value]
        except _MISMATCH:
            additional["AudioCovers"] = value
            value = UNSET
    obj.audio_covers = value
    obj.composer = src_dict.get("Composer", UNSET)
    obj.performer = src_dict.get("Performer", UNSET)
    obj.language = src_dict.get("Language", UNSET)
    obj.album = src_dict.get("Album", UNSET)
    obj.page_count = src_dict.get("PageCount", UNSET)
    obj.etag = src_dict.get("ETag", UNSET)
    obj.cache_control = src_dict.get("CacheControl", UNSET)
    obj.content_disposition = src_dict.get("ContentDisposition", UNSET)
    obj.content_encoding = src_dict.get("ContentEncoding", UNSET)
    obj.content_language = src_dict.get("ContentLanguage", UNSET)
    obj.access_control_allow_origin = src_dict.get("AccessControlAllowOrigin", UNSET)
    obj.access_control_request_method = src_dict.get(
        "AccessControlRequestMethod", UNSET
    )
    obj.server_side_encryption_customer_algorithm = src_dict.get(
        "ServerSideEncryptionCustomerAlgorithm", UNSET
    )
    obj.server_side_encryption = src_dict.get("ServerSideEncryption", UNSET)
    obj.server_side_data_encryption = src_dict.get("ServerSideDataEncryption", UNSET)
    obj.server_side_encryption_key_id = src_dict.get("ServerSideEncryptionKeyId", UNSET)
    obj.oss_storage_class = src_dict.get("OSSStorageClass", UNSET)
    obj.oss_crc64 = src_dict.get("OSSCRC64", UNSET)
    obj.object_acl = src_dict.get("ObjectACL", UNSET)
    obj.content_md5 = src_dict.get("ContentMd5", UNSET)
    value = src_dict.get("OSSUserMeta", UNSET)
    if value is not UNSET:
        try:
            value = _parse_file_oss_user_meta(value)
        except _MISMATCH:
            additional["OSSUserMeta"] = value
            value = UNSET
    obj.oss_user_meta = value
    obj.oss_tagging_count = src_dict.get("OSSTaggingCount", UNSET)
    value = src_dict.get("OSSTagging", UNSET)
    if value is not UNSET:
        try:
            value = _parse_file_oss_tagging(value)
        except _MISMATCH:
            additional["OSSTagging"] = value
            value = UNSET
    obj.oss_tagging = value
    obj.oss_expiration = src_dict.get("OSSExpiration", UNSET)
    obj.oss_version_id = src_dict.get("OSSVersionId", UNSET)
    obj.oss_delete_marker = src_dict.get("OSSDeleteMarker", UNSET)
    obj.oss_object_type = src_dict.get("OSSObjectType", UNSET)
    obj.custom_id = src_dict.get("CustomId", UNSET)
    value = src_dict.get("CustomLabels", UNSET)
    if value is not UNSET:
        try:
            value = _parse_file_custom_labels(value)
        except _MISMATCH:
            additional["CustomLabels"] = value
            value = UNSET
    obj.custom_labels = value
    obj.stream_count = src_dict.get("StreamCount", UNSET)
    obj.program_count = src_dict.get("ProgramCount", UNSET)
    obj.format_name = src_dict.get("FormatName", UNSET)
    obj.format_long_name = src_dict.get("FormatLongName", UNSET)
    obj.start_time = src_dict.get("StartTime", UNSET)
    obj.bitrate = src_dict.get("Bitrate", UNSET)
    obj.duration = src_dict.get("Duration", UNSET)
    obj.semantic_types = src_dict.get("SemanticTypes", UNSET)
    value = src_dict.get("Elements", UNSET)
    if value is not UNSET:
        try:
            if value.__class__ is not list:
                raise TypeError("not a JSON array")
            value = [_parse_element(item) for item in value]
        except _MISMATCH:
            additional["Elements"] = value
            value = UNSET
    obj.elements = value
    value = src_dict.get("SceneElements", UNSET)
    if value is not UNSET:
        try:
            if value.__class__ is not list:
                raise TypeError("not a JSON array")
            value = [_parse_scene_element(item) for item in value]
        except _MISMATCH:
            additional["SceneElements"] = value
            value = UNSET
    obj.scene_elements = value
    obj.ocr_texts = src_dict.get("OCRTexts", UNSET)
    obj.reason = src_dict.get("Reason", UNSET)
    obj.object_status = src_dict.get("ObjectStatus", UNSET)
    value = src_dict.get("Insights", UNSET)
    if value is not UNSET:
        try:
            value = _parse_insights(value)
        except _MISMATCH:
            additional["Insights"] = value
            value = UNSET
    obj.insights = value
    return obj
