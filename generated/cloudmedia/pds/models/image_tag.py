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
        "confidence",
        "parent_name",
        "name",
        "tag_level",
        "source",
        "centric_score",
    }
)
_MISMATCH = (TypeError, ValueError, KeyError, AttributeError)
_new = object.__new__


@_attrs_define
class ImageTag:
    """A tag of an image."""

    confidence: float | Unset = UNSET
    """ The confidence level of the tag. Valid values: 0 (lowest) to 1 (highest). """
    parent_name: str | Unset = UNSET
    """ The name of the parent tag. """
    name: str | Unset = UNSET
    """ The name of the tag. """
    tag_level: int | Unset = UNSET
    """ The level of the tag. The value is greater than or equal to 1. """
    source: str | Unset = UNSET
    """ The source of the tag. """
    centric_score: float | Unset = UNSET
    """ The centric score of the tag, which indicates whether the tag is the subject of the image. Valid values: 0
    (lowest proportion) to 1 (highest proportion). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, and documented fields whose value had an unexpected shape."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict, with the vendor's wire names."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.confidence, Unset):
            field_dict["confidence"] = self.confidence
        if not isinstance(self.parent_name, Unset):
            field_dict["parent_name"] = self.parent_name
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.tag_level, Unset):
            field_dict["tag_level"] = self.tag_level
        if not isinstance(self.source, Unset):
            field_dict["source"] = self.source
        if not isinstance(self.centric_score, Unset):
            field_dict["centric_score"] = self.centric_score
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


def _from_dict(src_dict: Mapping[str, Any], cls: type[ImageTag] = ImageTag) -> ImageTag:
    """``ImageTag.from_dict`` without the GC pause: the parsers of nested models call each other directly."""
    obj = _new(cls)
    additional: dict[str, Any] = (
        {}
        if _WIRE_NAMES.issuperset(src_dict)
        else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
    )
    obj.additional_properties = additional
    obj.confidence = src_dict.get("confidence", UNSET)
    obj.parent_name = src_dict.get("parent_name", UNSET)
    obj.name = src_dict.get("name", UNSET)
    obj.tag_level = src_dict.get("tag_level", UNSET)
    obj.source = src_dict.get("source", UNSET)
    obj.centric_score = src_dict.get("centric_score", UNSET)
    return obj
