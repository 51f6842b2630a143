from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.gcpause import pause as _pause_gc
from ..._runtime.gcpause import resume as _resume_gc
from ..models.point_int64 import PointInt64
from ..models.point_int64 import _from_dict as _parse_point_int64
from ..types import UNSET, Unset

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "Width",
        "Height",
        "Left",
        "Top",
        "Polygon",
    }
)
_MISMATCH = (TypeError, ValueError, KeyError, AttributeError)
_new = object.__new__


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


def _from_dict(src_dict: Mapping[str, Any], cls: type[Boundary] = Boundary) -> Boundary:
    """``Boundary.from_dict`` without the GC pause: the parsers of nested models call each other directly."""
    obj = _new(cls)
    additional: dict[str, Any] = (
        {}
        if _WIRE_NAMES.issuperset(src_dict)
        else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
    )
    obj.additional_properties = additional
    obj.width = src_dict.get("Width", UNSET)
    obj.height = src_dict.get("Height", UNSET)
    obj.left = src_dict.get("Left", UNSET)
    obj.top = src_dict.get("Top", UNSET)
    value = src_dict.get("Polygon", UNSET)
    if value is not UNSET:
        try:
            if value.__class__ is not list:
                raise TypeError("not a JSON array")
            value = [_parse_point_int64(item) for item in value]
        except _MISMATCH:
            additional["Polygon"] = value
            value = UNSET
    obj.polygon = value
    return obj
