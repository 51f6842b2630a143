from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.gcpause import pause as _pause_gc
from ..._runtime.gcpause import resume as _resume_gc
from ..models.ai_image_info import AIImageInfo
from ..models.ai_image_info import _from_dict as _parse_ai_image_info
from ..types import UNSET, Unset

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "RequestId",
        "AIImageInfoList",
    }
)
_MISMATCH = (TypeError, ValueError, KeyError, AttributeError)
_new = object.__new__


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
    src_dict: Mapping[str, Any],
    cls: type[ListAIImageInfoResponse] = ListAIImageInfoResponse,
) -> ListAIImageInfoResponse:
    """``ListAIImageInfoResponse.from_dict`` without the GC pause: the parsers of nested models call each other directly."""
    obj = _new(cls)
    additional: dict[str, Any] = (
        {}
        if _WIRE_NAMES.issuperset(src_dict)
        else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
    )
    obj.additional_properties = additional
    obj.request_id = src_dict.get("RequestId", UNSET)
    value = src_dict.get("AIImageInfoList", UNSET)
    if value is not UNSET:
        try:
            if value.__class__ is not list:
                raise TypeError("not a JSON array")
            value = [_parse_ai_image_info(item) for item in value]
        except _MISMATCH:
            additional["AIImageInfoList"] = value
            value = UNSET
    obj.ai_image_info_list = value
    return obj
