from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_image_info import AIImageInfo
from ..types import UNSET, Unset

_WIRE_NAMES = frozenset(
    {
        "RequestId",
        "AIImageInfoList",
    }
)
_MISMATCH = (TypeError, ValueError, KeyError, AttributeError)


@_attrs_define
class ListAIImageInfoResponse:
    """The returned data."""

    request_id: str | Unset = UNSET
    """ The ID of the request. """
    ai_image_info_list: list[AIImageInfo] | Unset = UNSET
    """ The image files that are uploaded for AI processing. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, and documented fields whose value had an unexpected shape."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict, with the vendor's wire names."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.request_id, Unset):
            field_dict["RequestId"] = self.request_id
        if not isinstance(self.ai_image_info_list, Unset):
            field_dict["AIImageInfoList"] = [
                item.to_dict() for item in self.ai_image_info_list
            ]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object (raises AttributeError or TypeError if it is not an object)."""
        get = src_dict.get
        obj = object.__new__(cls)
        mismatched: dict[str, Any] | None = None
        obj.request_id = get("RequestId", UNSET)
        value = get("AIImageInfoList", UNSET)
        if value is UNSET:
            obj.ai_image_info_list = UNSET
        else:
            try:
                obj.ai_image_info_list = [AIImageInfo.from_dict(item) for item in value]
            except _MISMATCH:
                obj.ai_image_info_list = UNSET
                mismatched = mismatched or {}
                mismatched["AIImageInfoList"] = value
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
