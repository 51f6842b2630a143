from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.gcpause import pause as _pause_gc
from ..._runtime.gcpause import resume as _resume_gc
from ..models.cropping_suggestion import CroppingSuggestion
from ..models.cropping_suggestion import _from_dict as _parse_cropping_suggestion
from ..models.image_score import ImageScore
from ..models.image_score import _from_dict as _parse_image_score
from ..models.ocr_contents import OCRContents
from ..models.ocr_contents import _from_dict as _parse_ocr_contents
from ..types import UNSET, Unset

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "ImageWidth",
        "ImageHeight",
        "EXIF",
        "ImageScore",
        "CroppingSuggestions",
        "OCRContents",
    }
)
_MISMATCH = (TypeError, ValueError, KeyError, AttributeError)
_new = object.__new__


@_attrs_define
class Image:
    """An image, such as a cover image of an audio file."""

    image_width: int | Unset = UNSET
    """ The width of the image, in pixels. """
    image_height: int | Unset = UNSET
    """ The height of the image, in pixels. """
    exif: str | Unset = UNSET
    """ The original EXIF information of the image, as a serialized JSON object. """
    image_score: ImageScore | Unset = UNSET
    """ The image score information, detected by the AI model. """
    cropping_suggestions: list[CroppingSuggestion] | Unset = UNSET
    """ The cropping suggestions for the image. Reserved; not available. """
    ocr_contents: list[OCRContents] | Unset = UNSET
    """ The OCR results. Reserved; not available. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, and documented fields whose value had an unexpected shape."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict, with the vendor's wire names."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.image_width, Unset):
            field_dict["ImageWidth"] = self.image_width
        if not isinstance(self.image_height, Unset):
            field_dict["ImageHeight"] = self.image_height
        if not isinstance(self.exif, Unset):
            field_dict["EXIF"] = self.exif
        if not isinstance(self.image_score, Unset):
            field_dict["ImageScore"] = self.image_score.to_dict()
        if not isinstance(self.cropping_suggestions, Unset):
            field_dict["CroppingSuggestions"] = [
                item.to_dict() for item in self.cropping_suggestions
            ]
        if not isinstance(self.ocr_contents, Unset):
            field_dict["OCRContents"] = [item.to_dict() for item in self.ocr_contents]
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


def _from_dict(src_dict: Mapping[str, Any], cls: type[Image] = Image) -> Image:
    """``Image.from_dict`` without the GC pause: the parsers of nested models call each other directly."""
    obj = _new(cls)
    additional: dict[str, Any] = (
        {}
        if _WIRE_NAMES.issuperset(src_dict)
        else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
    )
    obj.additional_properties = additional
    obj.image_width = src_dict.get("ImageWidth", UNSET)
    obj.image_height = src_dict.get("ImageHeight", UNSET)
    obj.exif = src_dict.get("EXIF", UNSET)
    value = src_dict.get("ImageScore", UNSET)
    if value is not UNSET:
        try:
            value = _parse_image_score(value)
        except _MISMATCH:
            additional["ImageScore"] = value
            value = UNSET
    obj.image_score = value
    value = src_dict.get("CroppingSuggestions", UNSET)
    if value is not UNSET:
        try:
            if value.__class__ is not list:
                raise TypeError("not a JSON array")
            value = [_parse_cropping_suggestion(item) for item in value]
        except _MISMATCH:
            additional["CroppingSuggestions"] = value
            value = UNSET
    obj.cropping_suggestions = value
    value = src_dict.get("OCRContents", UNSET)
    if value is not UNSET:
        try:
            if value.__class__ is not list:
                raise TypeError("not a JSON array")
            value = [_parse_ocr_contents(item) for item in value]
        except _MISMATCH:
            additional["OCRContents"] = value
            value = UNSET
    obj.ocr_contents = value
    return obj
