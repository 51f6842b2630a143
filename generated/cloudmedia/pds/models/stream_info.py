from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.gcpause import pause as _pause_gc
from ..._runtime.gcpause import resume as _resume_gc
from ..types import UNSET, Unset

_WIRE_NAMES: frozenset[str] = frozenset(
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
_new = object.__new__


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


def _from_dict(
    src_dict: Mapping[str, Any], cls: type[StreamInfo] = StreamInfo
) -> StreamInfo:
    """``StreamInfo.from_dict`` without the GC pause: the parsers of nested models call each other directly."""
    obj = _new(cls)
    additional: dict[str, Any] = (
        {}
        if _WIRE_NAMES.issuperset(src_dict)
        else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
    )
    obj.additional_properties = additional
    obj.crc64_hash = src_dict.get("crc64_hash", UNSET)
    obj.size = src_dict.get("size", UNSET)
    obj.content_hash = src_dict.get("content_hash", UNSET)
    obj.content_hash_name = src_dict.get("content_hash_name", UNSET)
    obj.download_url = src_dict.get("download_url", UNSET)
    obj.url = src_dict.get("url", UNSET)
    obj.thumbnail = src_dict.get("thumbnail", UNSET)
    return obj
