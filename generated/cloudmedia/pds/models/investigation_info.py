from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.investigation_info_video_detail import InvestigationInfoVideoDetail
from ..types import UNSET, Unset

_WIRE_NAMES = frozenset(
    {
        "status",
        "suggestion",
        "video_detail",
    }
)
_MISMATCH = (TypeError, ValueError, KeyError, AttributeError)


@_attrs_define
class InvestigationInfo:
    """The content review information of the file."""

    status: int | Unset = UNSET
    """ The status of the review. Valid values: 0 (not reviewed), 1 (review not supported), 2 (review failed), 3
    (review in progress), 4 (review complete) and 5 (penalty applied). """
    suggestion: str | Unset = UNSET
    """ The suggestion of the review. Valid values: pass (the review is passed) and block (the review is not passed;
    limit the use of the file). """
    video_detail: InvestigationInfoVideoDetail | Unset = UNSET
    """ The review details of a video. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, and documented fields whose value had an unexpected shape."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict, with the vendor's wire names."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status
        if not isinstance(self.suggestion, Unset):
            field_dict["suggestion"] = self.suggestion
        if not isinstance(self.video_detail, Unset):
            field_dict["video_detail"] = self.video_detail.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object (raises AttributeError or TypeError if it is not an object)."""
        get = src_dict.get
        obj = object.__new__(cls)
        mismatched: dict[str, Any] | None = None
        obj.status = get("status", UNSET)
        obj.suggestion = get("suggestion", UNSET)
        value = get("video_detail", UNSET)
        if value is UNSET:
            obj.video_detail = UNSET
        else:
            try:
                obj.video_detail = InvestigationInfoVideoDetail.from_dict(value)
            except _MISMATCH:
                obj.video_detail = UNSET
                mismatched = mismatched or {}
                mismatched["video_detail"] = value
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
