from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_WIRE_NAMES = frozenset(
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
        """Parse a decoded JSON object (raises AttributeError or TypeError if it is not an object)."""
        get = src_dict.get
        obj = object.__new__(cls)
        mismatched: dict[str, Any] | None = None
        obj.confidence = get("confidence", UNSET)
        obj.parent_name = get("parent_name", UNSET)
        obj.name = get("name", UNSET)
        obj.tag_level = get("tag_level", UNSET)
        obj.source = get("source", UNSET)
        obj.centric_score = get("centric_score", UNSET)
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
