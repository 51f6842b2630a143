from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.gcpause import pause as _pause_gc
from ..._runtime.gcpause import resume as _resume_gc
from ..models.clip import Clip
from ..models.clip import _from_dict as _parse_clip
from ..types import UNSET, Unset

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "Language",
        "LabelName",
        "LabelLevel",
        "LabelConfidence",
        "ParentLabelName",
        "CentricScore",
        "LabelAlias",
        "Clips",
    }
)
_MISMATCH = (TypeError, ValueError, KeyError, AttributeError)
_new = object.__new__


@_attrs_define
class Label:
    """A label detected by the AI model."""

    language: str | Unset = UNSET
    """ The language of the label, as a BCP 47 tag. """
    label_name: str | Unset = UNSET
    """ The name of the label. """
    label_level: int | Unset = UNSET
    """ The level of the label: 1, 2 or 3 (first-, second- or third-level label). """
    label_confidence: float | Unset = UNSET
    """ The confidence of the label, from 0 (lowest) to 1 (highest). """
    parent_label_name: str | Unset = UNSET
    """ The name of the parent label. """
    centric_score: float | Unset = UNSET
    """ How likely the label is the main subject of the image, from 0 to 1. """
    label_alias: str | Unset = UNSET
    """ The alias of the label. """
    clips: list[Clip] | Unset = UNSET
    """ The event clips of the label. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, and documented fields whose value had an unexpected shape."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict, with the vendor's wire names."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.language, Unset):
            field_dict["Language"] = self.language
        if not isinstance(self.label_name, Unset):
            field_dict["LabelName"] = self.label_name
        if not isinstance(self.label_level, Unset):
            field_dict["LabelLevel"] = self.label_level
        if not isinstance(self.label_confidence, Unset):
            field_dict["LabelConfidence"] = self.label_confidence
        if not isinstance(self.parent_label_name, Unset):
            field_dict["ParentLabelName"] = self.parent_label_name
        if not isinstance(self.centric_score, Unset):
            field_dict["CentricScore"] = self.centric_score
        if not isinstance(self.label_alias, Unset):
            field_dict["LabelAlias"] = self.label_alias
        if not isinstance(self.clips, Unset):
            field_dict["Clips"] = [item.to_dict() for item in self.clips]
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


def _from_dict(src_dict: Mapping[str, Any], cls: type[Label] = Label) -> Label:
    """``Label.from_dict`` without the GC pause: the parsers of nested models call each other directly."""
    obj = _new(cls)
    additional: dict[str, Any] = (
        {}
        if _WIRE_NAMES.issuperset(src_dict)
        else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
    )
    obj.additional_properties = additional
    obj.language = src_dict.get("Language", UNSET)
    obj.label_name = src_dict.get("LabelName", UNSET)
    obj.label_level = src_dict.get("LabelLevel", UNSET)
    obj.label_confidence = src_dict.get("LabelConfidence", UNSET)
    obj.parent_label_name = src_dict.get("ParentLabelName", UNSET)
    obj.centric_score = src_dict.get("CentricScore", UNSET)
    obj.label_alias = src_dict.get("LabelAlias", UNSET)
    value = src_dict.get("Clips", UNSET)
    if value is not UNSET:
        try:
            if value.__class__ is not list:
                raise TypeError("not a JSON array")
            value = [_parse_clip(item) for item in value]
        except _MISMATCH:
            additional["Clips"] = value
            value = UNSET
    obj.clips = value
    return obj
