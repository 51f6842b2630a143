from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_WIRE_NAMES = frozenset(
    {
        "duration",
        "bitrate",
        "code_name",
        "frame_count",
    }
)
_MISMATCH = (TypeError, ValueError, KeyError, AttributeError)


@_attrs_define
class VideoMediaVideoStream:
    """A video stream."""

    duration: str | Unset = UNSET
    """ The duration of the video stream. Unit: seconds. """
    bitrate: str | Unset = UNSET
    """ The bitrate of the video stream. Unit: bit/s. """
    code_name: str | Unset = UNSET
    """ The video codec. """
    frame_count: str | Unset = UNSET
    """ The number of video frames. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, and documented fields whose value had an unexpected shape."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict, with the vendor's wire names."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.duration, Unset):
            field_dict["duration"] = self.duration
        if not isinstance(self.bitrate, Unset):
            field_dict["bitrate"] = self.bitrate
        if not isinstance(self.code_name, Unset):
            field_dict["code_name"] = self.code_name
        if not isinstance(self.frame_count, Unset):
            field_dict["frame_count"] = self.frame_count
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object (raises AttributeError or TypeError if it is not an object)."""
        get = src_dict.get
        obj = object.__new__(cls)
        mismatched: dict[str, Any] | None = None
        obj.duration = get("duration", UNSET)
        obj.bitrate = get("bitrate", UNSET)
        obj.code_name = get("code_name", UNSET)
        obj.frame_count = get("frame_count", UNSET)
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
