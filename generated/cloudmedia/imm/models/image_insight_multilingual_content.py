from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.multilingual_content_entry import MultilingualContentEntry

_WIRE_NAMES = frozenset({})
_MISMATCH = (TypeError, ValueError, KeyError, AttributeError)


@_attrs_define
class ImageInsightMultilingualContent:
    """The caption and description in other languages, keyed by language."""

    additional_properties: dict[str, MultilingualContentEntry] = _attrs_field(
        init=False, factory=dict
    )
    """Fields the spec does not name, and documented fields whose value had an unexpected shape."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict, with the vendor's wire names."""
        field_dict: dict[str, Any] = {
            k: v.to_dict() if hasattr(v, "to_dict") else v
            for k, v in self.additional_properties.items()
        }
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object (raises AttributeError or TypeError if it is not an object)."""
        get = src_dict.get
        obj = object.__new__(cls)
        mismatched: dict[str, Any] | None = None
        unknown = (
            () if src_dict.keys() <= _WIRE_NAMES else src_dict.keys() - _WIRE_NAMES
        )
        additional: dict[str, Any] = {}
        for key in unknown:
            raw = src_dict[key]
            try:
                additional[key] = MultilingualContentEntry.from_dict(raw)
            except _MISMATCH:
                additional[key] = raw
        if mismatched:
            additional.update(mismatched)
        obj.additional_properties = additional
        return obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> MultilingualContentEntry:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: MultilingualContentEntry) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
