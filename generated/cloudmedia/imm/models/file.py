from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.address import Address
from ..models.audio_stream import AudioStream
from ..models.cropping_suggestion import CroppingSuggestion
from ..models.element import Element
from ..models.figure import Figure
from ..models.file_custom_labels import FileCustomLabels
from ..models.file_oss_tagging import FileOSSTagging
from ..models.file_oss_user_meta import FileOSSUserMeta
from ..models.image import Image
from ..models.image_score import ImageScore
from ..models.insights import Insights
from ..models.label import Label
from ..models.ocr_contents import OCRContents
from ..models.scene_element import SceneElement
from ..models.subtitle_stream import SubtitleStream
from ..models.video_stream import VideoStream
from ..types import UNSET, Unset

_WIRE_NAMES = frozenset(
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
        """Parse a decoded JSON object (raises AttributeError or TypeError if it is not an object)."""
        get = src_dict.get
        obj = object.__new__(cls)
        mismatched: dict[str, Any] | None = None
        obj.owner_id = get("OwnerId", UNSET)
        obj.project_name = get("ProjectName", UNSET)
        obj.dataset_name = get("DatasetName", UNSET)
        obj.object_type = get("ObjectType", UNSET)
        obj.object_id = get("ObjectId", UNSET)
        obj.update_time = get("UpdateTime", UNSET)
        obj.create_time = get("CreateTime", UNSET)
        obj.uri = get("URI", UNSET)
        obj.oss_uri = get("OSSURI", UNSET)
        obj.filename = get("Filename", UNSET)
        obj.media_type = get("MediaType", UNSET)
        obj.content_type = get("ContentType", UNSET)
        obj.size = get("Size", UNSET)
        obj.file_hash = get("FileHash", UNSET)
        obj.file_modified_time = get("FileModifiedTime", UNSET)
        obj.file_create_time = get("FileCreateTime", UNSET)
        obj.file_access_time = get("FileAccessTime", UNSET)
        obj.produce_time = get("ProduceTime", UNSET)
        obj.lat_long = get("LatLong", UNSET)
        obj.timezone = get("Timezone", UNSET)
        value = get("Addresses", UNSET)
        if value is UNSET:
            obj.addresses = UNSET
        else:
            try:
                obj.addresses = [Address.from_dict(item) for item in value]
            except _MISMATCH:
                obj.addresses = UNSET
                mismatched = mismatched or {}
                mismatched["Addresses"] = value
        obj.travel_cluster_id = get("TravelClusterId", UNSET)
        obj.orientation = get("Orientation", UNSET)
        value = get("Figures", UNSET)
        if value is UNSET:
            obj.figures = UNSET
        else:
            try:
                obj.figures = [Figure.from_dict(item) for item in value]
            except _MISMATCH:
                obj.figures = UNSET
                mismatched = mismatched or {}
                mismatched["Figures"] = value
        obj.figure_count = get("FigureCount", UNSET)
        value = get("Labels", UNSET)
        if value is UNSET:
            obj.labels = UNSET
        else:
            try:
                obj.labels = [Label.from_dict(item) for item in value]
            except _MISMATCH:
                obj.labels = UNSET
                mismatched = mismatched or {}
                mismatched["Labels"] = value
        obj.title = get("Title", UNSET)
        obj.image_width = get("ImageWidth", UNSET)
        obj.image_height = get("ImageHeight", UNSET)
        obj.exif = get("EXIF", UNSET)
        value = get("ImageScore", UNSET)
        if value is UNSET:
            obj.image_score = UNSET
        else:
            try:
                obj.image_score = ImageScore.from_dict(value)
            except _MISMATCH:
                obj.image_score = UNSET
                mismatched = mismatched or {}
                mismatched["ImageScore"] = value
        value = get("CroppingSuggestions", UNSET)
        if value is UNSET:
            obj.cropping_suggestions = UNSET
        else:
            try:
                obj.cropping_suggestions = [
                    CroppingSuggestion.from_dict(item) for item in value
                ]
            except _MISMATCH:
                obj.cropping_suggestions = UNSET
                mismatched = mismatched or {}
                mismatched["CroppingSuggestions"] = value
        value = get("OCRContents", UNSET)
        if value is UNSET:
            obj.ocr_contents = UNSET
        else:
            try:
                obj.ocr_contents = [OCRContents.from_dict(item) for item in value]
            except _MISMATCH:
                obj.ocr_contents = UNSET
                mismatched = mismatched or {}
                mismatched["OCRContents"] = value
        obj.video_width = get("VideoWidth", UNSET)
        obj.video_height = get("VideoHeight", UNSET)
        value = get("VideoStreams", UNSET)
        if value is UNSET:
            obj.video_streams = UNSET
        else:
            try:
                obj.video_streams = [VideoStream.from_dict(item) for item in value]
            except _MISMATCH:
                obj.video_streams = UNSET
                mismatched = mismatched or {}
                mismatched["VideoStreams"] = value
        value = get("Subtitles", UNSET)
        if value is UNSET:
            obj.subtitles = UNSET
        else:
            try:
                obj.subtitles = [SubtitleStream.from_dict(item) for item in value]
            except _MISMATCH:
                obj.subtitles = UNSET
                mismatched = mismatched or {}
                mismatched["Subtitles"] = value
        value = get("AudioStreams", UNSET)
        if value is UNSET:
            obj.audio_streams = UNSET
        else:
            try:
                obj.audio_streams = [AudioStream.from_dict(item) for item in value]
            except _MISMATCH:
                obj.audio_streams = UNSET
                mismatched = mismatched or {}
                mismatched["AudioStreams"] = value
        obj.artist = get("Artist", UNSET)
        obj.album_artist = get("AlbumArtist", UNSET)
        value = get("AudioCovers", UNSET)
        if value is UNSET:
            obj.audio_covers = UNSET
        else:
            try:
                obj.audio_covers = [Image.from_dict(item) for item in value]
            except _MISMATCH:
                obj.audio_covers = UNSET
                mismatched = mismatched or {}
                mismatched["AudioCovers"] = value
        obj.composer = get("Composer", UNSET)
        obj.performer = get("Performer", UNSET)
        obj.language = get("Language", UNSET)
        obj.album = get("Album", UNSET)
        obj.page_count = get("PageCount", UNSET)
        obj.etag = get("ETag", UNSET)
        obj.cache_control = get("CacheControl", UNSET)
        obj.content_disposition = get("ContentDisposition", UNSET)
        obj.content_encoding = get("ContentEncoding", UNSET)
        obj.content_language = get("ContentLanguage", UNSET)
        obj.access_control_allow_origin = get("AccessControlAllowOrigin", UNSET)
        obj.access_control_request_method = get("AccessControlRequestMethod", UNSET)
        obj.server_side_encryption_customer_algorithm = get(
            "ServerSideEncryptionCustomerAlgorithm", UNSET
        )
        obj.server_side_encryption = get("ServerSideEncryption", UNSET)
        obj.server_side_data_encryption = get("ServerSideDataEncryption", UNSET)
        obj.server_side_encryption_key_id = get("ServerSideEncryptionKeyId", UNSET)
        obj.oss_storage_class = get("OSSStorageClass", UNSET)
        obj.oss_crc64 = get("OSSCRC64", UNSET)
        obj.object_acl = get("ObjectACL", UNSET)
        obj.content_md5 = get("ContentMd5", UNSET)
        value = get("OSSUserMeta", UNSET)
        if value is UNSET:
            obj.oss_user_meta = UNSET
        else:
            try:
                obj.oss_user_meta = FileOSSUserMeta.from_dict(value)
            except _MISMATCH:
                obj.oss_user_meta = UNSET
                mismatched = mismatched or {}
                mismatched["OSSUserMeta"] = value
        obj.oss_tagging_count = get("OSSTaggingCount", UNSET)
        value = get("OSSTagging", UNSET)
        if value is UNSET:
            obj.oss_tagging = UNSET
        else:
            try:
                obj.oss_tagging = FileOSSTagging.from_dict(value)
            except _MISMATCH:
                obj.oss_tagging = UNSET
                mismatched = mismatched or {}
                mismatched["OSSTagging"] = value
        obj.oss_expiration = get("OSSExpiration", UNSET)
        obj.oss_version_id = get("OSSVersionId", UNSET)
        obj.oss_delete_marker = get("OSSDeleteMarker", UNSET)
        obj.oss_object_type = get("OSSObjectType", UNSET)
        obj.custom_id = get("CustomId", UNSET)
        value = get("CustomLabels", UNSET)
        if value is UNSET:
            obj.custom_labels = UNSET
        else:
            try:
                obj.custom_labels = FileCustomLabels.from_dict(value)
            except _MISMATCH:
                obj.custom_labels = UNSET
                mismatched = mismatched or {}
                mismatched["CustomLabels"] = value
        obj.stream_count = get("StreamCount", UNSET)
        obj.program_count = get("ProgramCount", UNSET)
        obj.format_name = get("FormatName", UNSET)
        obj.format_long_name = get("FormatLongName", UNSET)
        obj.start_time = get("StartTime", UNSET)
        obj.bitrate = get("Bitrate", UNSET)
        obj.duration = get("Duration", UNSET)
        obj.semantic_types = get("SemanticTypes", UNSET)
        value = get("Elements", UNSET)
        if value is UNSET:
            obj.elements = UNSET
        else:
            try:
                obj.elements = [Element.from_dict(item) for item in value]
            except _MISMATCH:
                obj.elements = UNSET
                mismatched = mismatched or {}
                mismatched["Elements"] = value
        value = get("SceneElements", UNSET)
        if value is UNSET:
            obj.scene_elements = UNSET
        else:
            try:
                obj.scene_elements = [SceneElement.from_dict(item) for item in value]
            except _MISMATCH:
                obj.scene_elements = UNSET
                mismatched = mismatched or {}
                mismatched["SceneElements"] = value
        obj.ocr_texts = get("OCRTexts", UNSET)
        obj.reason = get("Reason", UNSET)
        obj.object_status = get("ObjectStatus", UNSET)
        value = get("Insights", UNSET)
        if value is UNSET:
            obj.insights = UNSET
        else:
            try:
                obj.insights = Insights.from_dict(value)
            except _MISMATCH:
                obj.insights = UNSET
                mismatched = mismatched or {}
                mismatched["Insights"] = value
        unknown = (
            () if src_dict.keys() <= _WIRE_NAMES else src_dict.keys() - _WIRE_NAMES
        )
        additional = {key: src_dict[key] for key in unknown} if unknown else {}
        if mismatched:
            additional.update(mismatched)
        obj.additional_properties = additional
        return obj

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
