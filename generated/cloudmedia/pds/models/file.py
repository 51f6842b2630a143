from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.gcpause import pause as _pause_gc
from ..._runtime.gcpause import resume as _resume_gc
from ..models.dir_size_info import DirSizeInfo
from ..models.dir_size_info import _from_dict as _parse_dir_size_info
from ..models.file_ex_fields_info import FileExFieldsInfo
from ..models.file_ex_fields_info import _from_dict as _parse_file_ex_fields_info
from ..models.file_streams_info import FileStreamsInfo
from ..models.file_streams_info import _from_dict as _parse_file_streams_info
from ..models.file_thumbnail_urls import FileThumbnailUrls
from ..models.file_thumbnail_urls import _from_dict as _parse_file_thumbnail_urls
from ..models.file_user_tags import FileUserTags
from ..models.file_user_tags import _from_dict as _parse_file_user_tags
from ..models.image_media_metadata import ImageMediaMetadata
from ..models.image_media_metadata import _from_dict as _parse_image_media_metadata
from ..models.investigation_info import InvestigationInfo
from ..models.investigation_info import _from_dict as _parse_investigation_info
from ..models.semantic_result import SemanticResult
from ..models.semantic_result import _from_dict as _parse_semantic_result
from ..models.video_media_metadata import VideoMediaMetadata
from ..models.video_media_metadata import _from_dict as _parse_video_media_metadata
from ..types import UNSET, Unset

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "domain_id",
        "drive_id",
        "file_id",
        "name",
        "type",
        "content_type",
        "created_at",
        "updated_at",
        "description",
        "trashed_at",
        "file_extension",
        "mime_type",
        "mime_extension",
        "hidden",
        "size",
        "starred",
        "status",
        "user_meta",
        "labels",
        "upload_id",
        "parent_file_id",
        "crc64_hash",
        "content_hash",
        "content_hash_name",
        "download_url",
        "thumbnail",
        "category",
        "local_created_at",
        "local_modified_at",
        "revision_id",
        "investigation_info",
        "thumbnail_urls",
        "image_media_metadata",
        "ex_fields_info",
        "content_uri",
        "streams_info",
        "user_tags",
        "revision_version",
        "video_media_metadata",
        "punish_flag",
        "id_path",
        "name_path",
        "creator_type",
        "creator_id",
        "creator_name",
        "last_modifier_type",
        "last_modifier_id",
        "last_modifier_name",
        "dir_size_info",
        "trashed",
        "action_list",
        "location",
        "semantic_result",
        "sync_flag",
        "sync_device_flag",
        "origin_parent_file_id",
        "url",
        "custom_field_1",
        "custom_field_2",
        "auto_delete_left_sec",
    }
)
_MISMATCH = (TypeError, ValueError, KeyError, AttributeError)
_new = object.__new__


@_attrs_define
class File:
    """The information about a file or folder."""

    domain_id: str | Unset = UNSET
    """ The domain ID. """
    drive_id: str | Unset = UNSET
    """ The drive ID. """
    file_id: str | Unset = UNSET
    """ The file ID. """
    name: str | Unset = UNSET
    """ The file name. """
    type_: str | Unset = UNSET
    """ The file type. Valid values: file and folder. """
    content_type: str | Unset = UNSET
    """ The type of the content. """
    created_at: str | Unset = UNSET
    """ The time when the file was created. """
    updated_at: str | Unset = UNSET
    """ The time when the file was modified. """
    description: str | Unset = UNSET
    """ The description of the file. """
    trashed_at: str | Unset = UNSET
    """ The time when the file was moved to the recycle bin. """
    file_extension: str | Unset = UNSET
    """ The file name extension. """
    mime_type: str | Unset = UNSET
    """ The MIME type of the file. """
    mime_extension: str | Unset = UNSET
    """ The file name extension that corresponds to the MIME type of the file. """
    hidden: bool | Unset = UNSET
    """ Indicates whether the file is hidden. """
    size: int | Unset = UNSET
    """ The size of the file, in bytes. For a folder, the size of all descendant files and folders; a folder size is
    returned only by ListFile and GetFile when the fields parameter includes dir_size. """
    starred: bool | Unset = UNSET
    """ Indicates whether the file is added to favorites. """
    status: str | Unset = UNSET
    """ The status of the file. Only files and folders in the available state can be accessed; files in the
    uploading state are not returned by list operations. """
    user_meta: str | Unset = UNSET
    """ The custom metadata of the file. """
    labels: list[str] | Unset = UNSET
    """ The labels of the file. """
    upload_id: str | Unset = UNSET
    """ The upload ID. """
    parent_file_id: str | Unset = UNSET
    """ The ID of the parent folder. """
    crc64_hash: str | Unset = UNSET
    """ The CRC-64 checksum of the file content. """
    content_hash: str | Unset = UNSET
    """ The hash value of the file content. """
    content_hash_name: str | Unset = UNSET
    """ The name of the hash algorithm of content_hash. Valid value: sha1. """
    download_url: str | Unset = UNSET
    """ The download URL. By default the URL is valid for 15 minutes; call GetFile to obtain a new one after it
    expires. """
    thumbnail: str | Unset = UNSET
    """ The URL of the thumbnail. Deprecated; use thumbnail_urls instead. """
    category: str | Unset = UNSET
    """ The category of the file, derived from its extension and MIME type, for example doc, image, audio or video.
    """
    local_created_at: str | Unset = UNSET
    """ The time when the local file was created, that is, the local time on the device from which the file was
    uploaded. """
    local_modified_at: str | Unset = UNSET
    """ The time when the local file was last modified, that is, the local time on the device from which the file
    was uploaded. """
    revision_id: str | Unset = UNSET
    """ The version ID. A new version ID is generated when a file with the ID of an existing file is uploaded. """
    investigation_info: InvestigationInfo | Unset = UNSET
    """ The content review information of the file. """
    thumbnail_urls: FileThumbnailUrls | Unset = UNSET
    """ The thumbnail URLs, keyed by the names given in the thumbnail_processes request parameter. """
    image_media_metadata: ImageMediaMetadata | Unset = UNSET
    """ The image metadata. Returned only if the value-added image processing feature is enabled. """
    ex_fields_info: FileExFieldsInfo | Unset = UNSET
    """ The extended fields of the file, as key-value pairs. """
    content_uri: str | Unset = UNSET
    """ The URI of the file content. """
    streams_info: FileStreamsInfo | Unset = UNSET
    """ The streams of the file, keyed by stream name. """
    user_tags: FileUserTags | Unset = UNSET
    """ The custom tags of the file, as key-value pairs. """
    revision_version: int | Unset = UNSET
    """ The version number of the file. """
    video_media_metadata: VideoMediaMetadata | Unset = UNSET
    """ The audio and video metadata. """
    punish_flag: int | Unset = UNSET
    """ The penalty flag that content review has set on the file. """
    id_path: str | Unset = UNSET
    """ The path of the file, made of file IDs. """
    name_path: str | Unset = UNSET
    """ The path of the file, made of file names. """
    creator_type: str | Unset = UNSET
    """ The type of the creator of the file. """
    creator_id: str | Unset = UNSET
    """ The ID of the creator of the file. """
    creator_name: str | Unset = UNSET
    """ The name of the creator of the file. """
    last_modifier_type: str | Unset = UNSET
    """ The type of the user who last modified the file. """
    last_modifier_id: str | Unset = UNSET
    """ The ID of the user who last modified the file. """
    last_modifier_name: str | Unset = UNSET
    """ The name of the user who last modified the file. """
    dir_size_info: DirSizeInfo | Unset = UNSET
    """ The size information of a folder. Returned only by ListFile and GetFile when the fields parameter includes
    dir_size. """
    trashed: bool | Unset = UNSET
    """ Indicates whether the file is in the recycle bin. """
    action_list: list[str] | Unset = UNSET
    """ The permissions, that is, the actions that the caller can perform on the file. """
    location: str | Unset = UNSET
    """ The location of the file. """
    semantic_result: SemanticResult | Unset = UNSET
    """ The semantic search result for the file. """
    sync_flag: bool | Unset = UNSET
    """ Indicates whether the file is synchronized. """
    sync_device_flag: bool | Unset = UNSET
    """ Indicates whether the file is synchronized from a device. """
    origin_parent_file_id: str | Unset = UNSET
    """ The ID of the original parent folder of the file. """
    url: str | Unset = UNSET
    """ The URL of the file. """
    custom_field_1: str | Unset = UNSET
    """ Custom field 1. """
    custom_field_2: str | Unset = UNSET
    """ Custom field 2. """
    auto_delete_left_sec: int | Unset = UNSET
    """ The time, in seconds, left before the file is automatically deleted from the recycle bin. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, and documented fields whose value had an unexpected shape."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict, with the vendor's wire names."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.domain_id, Unset):
            field_dict["domain_id"] = self.domain_id
        if not isinstance(self.drive_id, Unset):
            field_dict["drive_id"] = self.drive_id
        if not isinstance(self.file_id, Unset):
            field_dict["file_id"] = self.file_id
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.content_type, Unset):
            field_dict["content_type"] = self.content_type
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = self.created_at
        if not isinstance(self.updated_at, Unset):
            field_dict["updated_at"] = self.updated_at
        if not isinstance(self.description, Unset):
            field_dict["description"] = self.description
        if not isinstance(self.trashed_at, Unset):
            field_dict["trashed_at"] = self.trashed_at
        if not isinstance(self.file_extension, Unset):
            field_dict["file_extension"] = self.file_extension
        if not isinstance(self.mime_type, Unset):
            field_dict["mime_type"] = self.mime_type
        if not isinstance(self.mime_extension, Unset):
            field_dict["mime_extension"] = self.mime_extension
        if not isinstance(self.hidden, Unset):
            field_dict["hidden"] = self.hidden
        if not isinstance(self.size, Unset):
            field_dict["size"] = self.size
        if not isinstance(self.starred, Unset):
            field_dict["starred"] = self.starred
        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status
        if not isinstance(self.user_meta, Unset):
            field_dict["user_meta"] = self.user_meta
        if not isinstance(self.labels, Unset):
            field_dict["labels"] = self.labels
        if not isinstance(self.upload_id, Unset):
            field_dict["upload_id"] = self.upload_id
        if not isinstance(self.parent_file_id, Unset):
            field_dict["parent_file_id"] = self.parent_file_id
        if not isinstance(self.crc64_hash, Unset):
            field_dict["crc64_hash"] = self.crc64_hash
        if not isinstance(self.content_hash, Unset):
            field_dict["content_hash"] = self.content_hash
        if not isinstance(self.content_hash_name, Unset):
            field_dict["content_hash_name"] = self.content_hash_name
        if not isinstance(self.download_url, Unset):
            field_dict["download_url"] = self.download_url
        if not isinstance(self.thumbnail, Unset):
            field_dict["thumbnail"] = self.thumbnail
        if not isinstance(self.category, Unset):
            field_dict["category"] = self.category
        if not isinstance(self.local_created_at, Unset):
            field_dict["local_created_at"] = self.local_created_at
        if not isinstance(self.local_modified_at, Unset):
            field_dict["local_modified_at"] = self.local_modified_at
        if not isinstance(self.revision_id, Unset):
            field_dict["revision_id"] = self.revision_id
        if not isinstance(self.investigation_info, Unset):
            field_dict["investigation_info"] = self.investigation_info.to_dict()
        if not isinstance(self.thumbnail_urls, Unset):
            field_dict["thumbnail_urls"] = self.thumbnail_urls.to_dict()
        if not isinstance(self.image_media_metadata, Unset):
            field_dict["image_media_metadata"] = self.image_media_metadata.to_dict()
        if not isinstance(self.ex_fields_info, Unset):
            field_dict["ex_fields_info"] = self.ex_fields_info.to_dict()
        if not isinstance(self.content_uri, Unset):
            field_dict["content_uri"] = self.content_uri
        if not isinstance(self.streams_info, Unset):
            field_dict["streams_info"] = self.streams_info.to_dict()
        if not isinstance(self.user_tags, Unset):
            field_dict["user_tags"] = self.user_tags.to_dict()
        if not isinstance(self.revision_version, Unset):
            field_dict["revision_version"] = self.revision_version
        if not isinstance(self.video_media_metadata, Unset):
            field_dict["video_media_metadata"] = self.video_media_metadata.to_dict()
        if not isinstance(self.punish_flag, Unset):
            field_dict["punish_flag"] = self.punish_flag
        if not isinstance(self.id_path, Unset):
            field_dict["id_path"] = self.id_path
        if not isinstance(self.name_path, Unset):
            field_dict["name_path"] = self.name_path
        if not isinstance(self.creator_type, Unset):
            field_dict["creator_type"] = self.creator_type
        if not isinstance(self.creator_id, Unset):
            field_dict["creator_id"] = self.creator_id
        if not isinstance(self.creator_name, Unset):
            field_dict["creator_name"] = self.creator_name
        if not isinstance(self.last_modifier_type, Unset):
            field_dict["last_modifier_type"] = self.last_modifier_type
        if not isinstance(self.last_modifier_id, Unset):
            field_dict["last_modifier_id"] = self.last_modifier_id
        if not isinstance(self.last_modifier_name, Unset):
            field_dict["last_modifier_name"] = self.last_modifier_name
        if not isinstance(self.dir_size_info, Unset):
            field_dict["dir_size_info"] = self.dir_size_info.to_dict()
        if not isinstance(self.trashed, Unset):
            field_dict["trashed"] = self.trashed
        if not isinstance(self.action_list, Unset):
            field_dict["action_list"] = self.action_list
        if not isinstance(self.location, Unset):
            field_dict["location"] = self.location
        if not isinstance(self.semantic_result, Unset):
            field_dict["semantic_result"] = self.semantic_result.to_dict()
        if not isinstance(self.sync_flag, Unset):
            field_dict["sync_flag"] = self.sync_flag
        if not isinstance(self.sync_device_flag, Unset):
            field_dict["sync_device_flag"] = self.sync_device_flag
        if not isinstance(self.origin_parent_file_id, Unset):
            field_dict["origin_parent_file_id"] = self.origin_parent_file_id
        if not isinstance(self.url, Unset):
            field_dict["url"] = self.url
        if not isinstance(self.custom_field_1, Unset):
            field_dict["custom_field_1"] = self.custom_field_1
        if not isinstance(self.custom_field_2, Unset):
            field_dict["custom_field_2"] = self.custom_field_2
        if not isinstance(self.auto_delete_left_sec, Unset):
            field_dict["auto_delete_left_sec"] = self.auto_delete_left_sec
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
    obj.domain_id = src_dict.get("domain_id", UNSET)
    obj.drive_id = src_dict.get("drive_id", UNSET)
    obj.file_id = src_dict.get("file_id", UNSET)
    obj.name = src_dict.get("name", UNSET)
    obj.type_ = src_dict.get("type", UNSET)
    obj.content_type = src_dict.get("content_type", UNSET)
    obj.created_at = src_dict.get("created_at", UNSET)
    obj.updated_at = src_dict.get("updated_at", UNSET)
    obj.description = src_dict.get("description", UNSET)
    obj.trashed_at = src_dict.get("trashed_at", UNSET)
    obj.file_extension = src_dict.get("file_extension", UNSET)
    obj.mime_type = src_dict.get("mime_type", UNSET)
    obj.mime_extension = src_dict.get("mime_extension", UNSET)
    obj.hidden = src_dict.get("hidden", UNSET)
    obj.size = src_dict.get("size", UNSET)
    obj.starred = src_dict.get("starred", UNSET)
    obj.status = src_dict.get("status", UNSET)
    obj.user_meta = src_dict.get("user_meta", UNSET)
    obj.labels = src_dict.get("labels", UNSET)
    obj.upload_id = src_dict.get("upload_id", UNSET)
    obj.parent_file_id = src_dict.get("parent_file_id", UNSET)
    obj.crc64_hash = src_dict.get("crc64_hash", UNSET)
    obj.content_hash = src_dict.get("content_hash", UNSET)
    obj.content_hash_name = src_dict.get("content_hash_name", UNSET)
    obj.download_url = src_dict.get("download_url", UNSET)
    obj.thumbnail = src_dict.get("thumbnail", UNSET)
    obj.category = src_dict.get("category", UNSET)
    obj.local_created_at = src_dict.get("local_created_at", UNSET)
    obj.local_modified_at = src_dict.get("local_modified_at", UNSET)
    obj.revision_id = src_dict.get("revision_id", UNSET)
    value = src_dict.get("investigation_info", UNSET)
    if value is not UNSET:
        try:
            value = _parse_investigation_info(value)
        except _MISMATCH:
            additional["investigation_info"] = value
            value = UNSET
    obj.investigation_info = value
    value = src_dict.get("thumbnail_urls", UNSET)
    if value is not UNSET:
        try:
            value = _parse_file_thumbnail_urls(value)
        except _MISMATCH:
            additional["thumbnail_urls"] = value
            value = UNSET
    obj.thumbnail_urls = value
    value = src_dict.get("image_media_metadata", UNSET)
    if value is not UNSET:
        try:
            value = _parse_image_media_metadata(value)
        except _MISMATCH:
            additional["image_media_metadata"] = value
            value = UNSET
    obj.image_media_metadata = value
    value = src_dict.get("ex_fields_info", UNSET)
    if value is not UNSET:
        try:
            value = _parse_file_ex_fields_info(value)
        except _MISMATCH:
            additional["ex_fields_info"] = value
            value = UNSET
    obj.ex_fields_info = value
    obj.content_uri = src_dict.get("content_uri", UNSET)
    value = src_dict.get("streams_info", UNSET)
    if value is not UNSET:
        try:
            value = _parse_file_streams_info(value)
        except _MISMATCH:
            additional["streams_info"] = value
            value = UNSET
    obj.streams_info = value
    value = src_dict.get("user_tags", UNSET)
    if value is not UNSET:
        try:
            value = _parse_file_user_tags(value)
        except _MISMATCH:
            additional["user_tags"] = value
            value = UNSET
    obj.user_tags = value
    obj.revision_version = src_dict.get("revision_version", UNSET)
    value = src_dict.get("video_media_metadata", UNSET)
    if value is not UNSET:
        try:
            value = _parse_video_media_metadata(value)
        except _MISMATCH:
            additional["video_media_metadata"] = value
            value = UNSET
    obj.video_media_metadata = value
    obj.punish_flag = src_dict.get("punish_flag", UNSET)
    obj.id_path = src_dict.get("id_path", UNSET)
    obj.name_path = src_dict.get("name_path", UNSET)
    obj.creator_type = src_dict.get("creator_type", UNSET)
    obj.creator_id = src_dict.get("creator_id", UNSET)
    obj.creator_name = src_dict.get("creator_name", UNSET)
    obj.last_modifier_type = src_dict.get("last_modifier_type", UNSET)
    obj.last_modifier_id = src_dict.get("last_modifier_id", UNSET)
    obj.last_modifier_name = src_dict.get("last_modifier_name", UNSET)
    value = src_dict.get("dir_size_info", UNSET)
    if value is not UNSET:
        try:
            value = _parse_dir_size_info(value)
        except _MISMATCH:
            additional["dir_size_info"] = value
            value = UNSET
    obj.dir_size_info = value
    obj.trashed = src_dict.get("trashed", UNSET)
    obj.action_list = src_dict.get("action_list", UNSET)
    obj.location = src_dict.get("location", UNSET)
    value = src_dict.get("semantic_result", UNSET)
    if value is not UNSET:
        try:
            value = _parse_semantic_result(value)
        except _MISMATCH:
            additional["semantic_result"] = value
            value = UNSET
    obj.semantic_result = value
    obj.sync_flag = src_dict.get("sync_flag", UNSET)
    obj.sync_device_flag = src_dict.get("sync_device_flag", UNSET)
    obj.origin_parent_file_id = src_dict.get("origin_parent_file_id", UNSET)
    obj.url = src_dict.get("url", UNSET)
    obj.custom_field_1 = src_dict.get("custom_field_1", UNSET)
    obj.custom_field_2 = src_dict.get("custom_field_2", UNSET)
    obj.auto_delete_left_sec = src_dict.get("auto_delete_left_sec", UNSET)
    return obj
