from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.point_int64 import PointInt64
from ..types import UNSET, Unset

_WIRE_NAMES = frozenset(
    {
        "Width",
        "Height",
        "Left",
        "Top",
        "Polygon",
    }
)
_MISMATCH = (TypeError, ValueError, KeyError, AttributeError)


@_attrs_define
class Boundary:
    """The boundary of a detected region: either a rectangle (`Width`, `Height`, `Left`, `Top`) or a polygon
    (`Polygon`)."""

    width: int | Unset = UNSET
    """ The width of the rectangle, in pixels. """
    height: int | Unset = UNSET
    """ The height of the rectangle, in pixels. """
    left: int | Unset = UNSET
    """ The distance from the left edge of the image to the top-left vertex, in pixels. """
    top: int | Unset = UNSET
    """ The distance from the top edge of the image to the top-left vertex, in pixels. """
    polygon: list[PointInt64] | Unset = UNSET
    """ The vertices of the polygon. Used only when the boundary is a polygon rather than a rectangle. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, and documented fields whose value had an unexpected shape."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict, with the vendor's wire names."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.width, Unset):
            field_dict["Width"] = self.width
        if not isinstance(self.height, Unset):
            field_dict["Height"] = self.height
        if not isinstance(self.left, Unset):
            field_dict["Left"] = self.left
        if not isinstance(self.top, Unset):
            field_dict["Top"] = self.top
        if not isinstance(self.polygon, Unset):
            field_dict["Polygon"] = [item.to_dict() for item in self.polygon]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object (raises AttributeError or TypeError if it is not an object)."""
        get = src_dict.get
        obj = object.__new__(cls)
        mismatched: dict[str, Any] | None = None
        obj.width = get("Width", UNSET)
        obj.height = get("Height", UNSET)
        obj.left = get("Left", UNSET)
        obj.top = get("Top", UNSET)
        value = get("Polygon", UNSET)
        if value is UNSET:
            obj.polygon = UNSET
        else:
            try:
                obj.polygon = [PointInt64.from_dict(item) for item in value]
            except _MISMATCH:
                obj.polygon = UNSET
                mismatched = mismatched or {}
                mismatched["Polygon"] = value
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
