from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.semantic_key_frame import SemanticKeyFrame
from ..types import UNSET, Unset

_WIRE_NAMES = frozenset(
    {
        "time_range",
        "key_frames",
        "thumbnail_url",
    }
)
_MISMATCH = (TypeError, ValueError, KeyError, AttributeError)


@_attrs_define
class SemanticSceneContent:
    """A matched scene of a video."""

    time_range: list[int] | Unset = UNSET
    """ The time range of the scene. """
    key_frames: list[SemanticKeyFrame] | Unset = UNSET
    """ The key frames of the scene. """
    thumbnail_url: str | Unset = UNSET
    """ The URL of the thumbnail of the scene. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, and documented fields whose value had an unexpected shape."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict, with the vendor's wire names."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.time_range, Unset):
            field_dict["time_range"] = self.time_range
        if not isinstance(self.key_frames, Unset):
            field_dict["key_frames"] = [item.to_dict() for item in self.key_frames]
        if not isinstance(self.thumbnail_url, Unset):
            field_dict["thumbnail_url"] = self.thumbnail_url
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object (raises AttributeError or TypeError if it is not an object)."""
        get = src_dict.get
        obj = object.__new__(cls)
        mismatched: dict[str, Any] | None = None
        obj.time_range = get("time_range", UNSET)
        value = get("key_frames", UNSET)
        if value is UNSET:
            obj.key_frames = UNSET
        else:
            try:
                obj.key_frames = [SemanticKeyFrame.from_dict(item) for item in value]
            except _MISMATCH:
                obj.key_frames = UNSET
                mismatched = mismatched or {}
                mismatched["key_frames"] = value
        obj.thumbnail_url = get("thumbnail_url", UNSET)
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
