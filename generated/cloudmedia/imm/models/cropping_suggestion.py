from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.boundary import Boundary
from ..types import UNSET, Unset

_WIRE_NAMES = frozenset(
    {
        "AspectRatio",
        "Confidence",
        "Boundary",
    }
)
_MISMATCH = (TypeError, ValueError, KeyError, AttributeError)


@_attrs_define
class CroppingSuggestion:
    """A cropping suggestion for an image."""

    aspect_ratio: str | Unset = UNSET
    """ The aspect ratio of the crop, for example `2:3`. """
    confidence: float | Unset = UNSET
    """ The confidence of the suggestion, from 0 (lowest) to 1 (highest). """
    boundary: Boundary | Unset = UNSET
    """ The boundary of a detected region: either a rectangle (`Width`, `Height`, `Left`, `Top`) or a polygon
    (`Polygon`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, and documented fields whose value had an unexpected shape."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict, with the vendor's wire names."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.aspect_ratio, Unset):
            field_dict["AspectRatio"] = self.aspect_ratio
        if not isinstance(self.confidence, Unset):
            field_dict["Confidence"] = self.confidence
        if not isinstance(self.boundary, Unset):
            field_dict["Boundary"] = self.boundary.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object (raises AttributeError or TypeError if it is not an object)."""
        get = src_dict.get
        obj = object.__new__(cls)
        mismatched: dict[str, Any] | None = None
        obj.aspect_ratio = get("AspectRatio", UNSET)
        obj.confidence = get("Confidence", UNSET)
        value = get("Boundary", UNSET)
        if value is UNSET:
            obj.boundary = UNSET
        else:
            try:
                obj.boundary = Boundary.from_dict(value)
            except _MISMATCH:
                obj.boundary = UNSET
                mismatched = mismatched or {}
                mismatched["Boundary"] = value
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
