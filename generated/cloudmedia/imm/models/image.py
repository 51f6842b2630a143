from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cropping_suggestion import CroppingSuggestion
from ..models.image_score import ImageScore
from ..models.ocr_contents import OCRContents
from ..types import UNSET, Unset

_WIRE_NAMES = frozenset(
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
        """Parse a decoded JSON object (raises AttributeError or TypeError if it is not an object)."""
        get = src_dict.get
        obj = object.__new__(cls)
        mismatched: dict[str, Any] | None = None
        obj.image_width = get("ImageWidth", UNSET)
        obj.image_height = get("ImageHeight", UNSET)
        obj.exif = get("EXIF", UNSET)
        value = get("ImageScore", UNSET)
        if value is UNSET:
            obj.image_score = UNSET
        else:
            try:
                obj.image_score = ImageScore.from_dict(value)
            except _MISMATCH:
                obj.image_score = UNSET
                mismatched = mismatched or {}
                mismatched["ImageScore"] = value
        value = get("CroppingSuggestions", UNSET)
        if value is UNSET:
            obj.cropping_suggestions = UNSET
        else:
            try:
                obj.cropping_suggestions = [
                    CroppingSuggestion.from_dict(item) for item in value
                ]
            except _MISMATCH:
                obj.cropping_suggestions = UNSET
                mismatched = mismatched or {}
                mismatched["CroppingSuggestions"] = value
        value = get("OCRContents", UNSET)
        if value is UNSET:
            obj.ocr_contents = UNSET
        else:
            try:
                obj.ocr_contents = [OCRContents.from_dict(item) for item in value]
            except _MISMATCH:
                obj.ocr_contents = UNSET
                mismatched = mismatched or {}
                mismatched["OCRContents"] = value
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
