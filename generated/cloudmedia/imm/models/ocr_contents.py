from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.gcpause import pause as _pause_gc
from ..._runtime.gcpause import resume as _resume_gc
from ..models.boundary import Boundary
from ..models.boundary import _from_dict as _parse_boundary
from ..types import UNSET, Unset

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "Language",
        "Contents",
        "Confidence",
        "Boundary",
    }
)
_MISMATCH = (TypeError, ValueError, KeyError, AttributeError)
_new = object.__new__


@_attrs_define
class OCRContents:
    """A piece of text recognized by OCR."""

    language: str | Unset = UNSET
    """ The language of the text, as a BCP 47 tag. Not supported. """
    contents: str | Unset = UNSET
    """ The recognized text. """
    confidence: float | Unset = UNSET
    """ The confidence of the text, from 0 (lowest) to 1 (highest). """
    boundary: Boundary | Unset = UNSET
    """ The boundary of a detected region: either a rectangle (`Width`, `Height`, `Left`, `Top`) or a polygon
    (`Polygon`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, and documented fields whose value had an unexpected shape."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict, with the vendor's wire names."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.language, Unset):
            field_dict["Language"] = self.language
        if not isinstance(self.contents, Unset):
            field_dict["Contents"] = self.contents
        if not isinstance(self.confidence, Unset):
            field_dict["Confidence"] = self.confidence
        if not isinstance(self.boundary, Unset):
            field_dict["Boundary"] = self.boundary.to_dict()
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
    src_dict: Mapping[str, Any], cls: type[OCRContents] = OCRContents
) -> OCRContents:
    """``OCRContents.from_dict`` without the GC pause: the parsers of nested models call each other directly."""
    obj = _new(cls)
    additional: dict[str, Any] = (
        {}
        if _WIRE_NAMES.issuperset(src_dict)
        else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
    )
    obj.additional_properties = additional
    obj.language = src_dict.get("Language", UNSET)
    obj.contents = src_dict.get("Contents", UNSET)
    obj.confidence = src_dict.get("Confidence", UNSET)
    value = src_dict.get("Boundary", UNSET)
    if value is not UNSET:
        try:
            value = _parse_boundary(value)
        except _MISMATCH:
            additional["Boundary"] = value
            value = UNSET
    obj.boundary = value
    return obj
