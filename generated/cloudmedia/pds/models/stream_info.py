from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_WIRE_NAMES = frozenset(
    {
        "crc64_hash",
        "size",
        "content_hash",
        "content_hash_name",
        "download_url",
        "url",
        "thumbnail",
    }
)
_MISMATCH = (TypeError, ValueError, KeyError, AttributeError)


@_attrs_define
class StreamInfo:
    """A stream of a file."""

    crc64_hash: str | Unset = UNSET
    """ The CRC-64 checksum of the stream content. """
    size: int | Unset = UNSET
    """ The size of the stream, in bytes. """
    content_hash: str | Unset = UNSET
    """ The hash value of the stream content. """
    content_hash_name: str | Unset = UNSET
    """ The name of the hash algorithm of content_hash. Valid value: sha1. """
    download_url: str | Unset = UNSET
    """ The download URL of the stream. """
    url: str | Unset = UNSET
    """ The URL of the stream. """
    thumbnail: str | Unset = UNSET
    """ The URL of the thumbnail of the stream. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, and documented fields whose value had an unexpected shape."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict, with the vendor's wire names."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.crc64_hash, Unset):
            field_dict["crc64_hash"] = self.crc64_hash
        if not isinstance(self.size, Unset):
            field_dict["size"] = self.size
        if not isinstance(self.content_hash, Unset):
            field_dict["content_hash"] = self.content_hash
        if not isinstance(self.content_hash_name, Unset):
            field_dict["content_hash_name"] = self.content_hash_name
        if not isinstance(self.download_url, Unset):
            field_dict["download_url"] = self.download_url
        if not isinstance(self.url, Unset):
            field_dict["url"] = self.url
        if not isinstance(self.thumbnail, Unset):
            field_dict["thumbnail"] = self.thumbnail
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object (raises AttributeError or TypeError if it is not an object)."""
        get = src_dict.get
        obj = object.__new__(cls)
        mismatched: dict[str, Any] | None = None
        obj.crc64_hash = get("crc64_hash", UNSET)
        obj.size = get("size", UNSET)
        obj.content_hash = get("content_hash", UNSET)
        obj.content_hash_name = get("content_hash_name", UNSET)
        obj.download_url = get("download_url", UNSET)
        obj.url = get("url", UNSET)
        obj.thumbnail = get("thumbnail", UNSET)
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
