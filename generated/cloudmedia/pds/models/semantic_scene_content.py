from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.gcpause import pause as _pause_gc
from ..._runtime.gcpause import resume as _resume_gc
from ..models.semantic_key_frame import SemanticKeyFrame
from ..models.semantic_key_frame import _from_dict as _parse_semantic_key_frame
from ..types import UNSET, Unset

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "time_range",
        "key_frames",
        "thumbnail_url",
    }
)
_MISMATCH = (TypeError, ValueError, KeyError, AttributeError)
_new = object.__new__


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
    src_dict: Mapping[str, Any], cls: type[SemanticSceneContent] = SemanticSceneContent
) -> SemanticSceneContent:
    """``SemanticSceneContent.from_dict`` without the GC pause: the parsers of nested models call each other directly."""
    obj = _new(cls)
    additional: dict[str, Any] = (
        {}
        if _WIRE_NAMES.issuperset(src_dict)
        else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
    )
    obj.additional_properties = additional
    obj.time_range = src_dict.get("time_range", UNSET)
    value = src_dict.get("key_frames", UNSET)
    if value is not UNSET:
        try:
            if value.__class__ is not list:
                raise TypeError("not a JSON array")
            value = [_parse_semantic_key_frame(item) for item in value]
        except _MISMATCH:
            additional["key_frames"] = value
            value = UNSET
    obj.key_frames = value
    obj.thumbnail_url = src_dict.get("thumbnail_url", UNSET)
    return obj
