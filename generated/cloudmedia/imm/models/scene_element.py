from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.gcpause import pause as _pause_gc
from ..._runtime.gcpause import resume as _resume_gc
from ..models.label import Label
from ..models.label import _from_dict as _parse_label
from ..types import UNSET, Unset

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "TimeRange",
        "FrameTimes",
        "VideoStreamIndex",
        "Labels",
    }
)
_MISMATCH = (TypeError, ValueError, KeyError, AttributeError)
_new = object.__new__


@_attrs_define
class SceneElement:
    """A scene element extracted from a video by the AI model."""

    time_range: list[int] | Unset = UNSET
    """ The time range of the scene, in milliseconds, as two values (start and end). """
    frame_times: list[int] | Unset = UNSET
    """ The timestamps, in milliseconds, of the frames of the scene that match the search content. """
    video_stream_index: int | Unset = UNSET
    """ The index of the video stream the scene belongs to (the `Index` of a `VideoStream`). """
    labels: list[Label] | Unset = UNSET
    """ The labels of the scene. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, and documented fields whose value had an unexpected shape."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict, with the vendor's wire names."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.time_range, Unset):
            field_dict["TimeRange"] = self.time_range
        if not isinstance(self.frame_times, Unset):
            field_dict["FrameTimes"] = self.frame_times
        if not isinstance(self.video_stream_index, Unset):
            field_dict["VideoStreamIndex"] = self.video_stream_index
        if not isinstance(self.labels, Unset):
            field_dict["Labels"] = [item.to_dict() for item in self.labels]
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
    src_dict: Mapping[str, Any], cls: type[SceneElement] = SceneElement
) -> SceneElement:
    """``SceneElement.from_dict`` without the GC pause: the parsers of nested models call each other directly."""
    obj = _new(cls)
    additional: dict[str, Any] = (
        {}
        if _WIRE_NAMES.issuperset(src_dict)
        else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
    )
    obj.additional_properties = additional
    obj.time_range = src_dict.get("TimeRange", UNSET)
    obj.frame_times = src_dict.get("FrameTimes", UNSET)
    obj.video_stream_index = src_dict.get("VideoStreamIndex", UNSET)
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
    return obj
