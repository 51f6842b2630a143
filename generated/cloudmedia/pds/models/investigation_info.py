from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.gcpause import pause as _pause_gc
from ..._runtime.gcpause import resume as _resume_gc
from ..models.investigation_info_video_detail import InvestigationInfoVideoDetail
from ..models.investigation_info_video_detail import (
    _from_dict as _parse_investigation_info_video_detail,
)
from ..types import UNSET, Unset

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "status",
        "suggestion",
        "video_detail",
    }
)
_MISMATCH = (TypeError, ValueError, KeyError, AttributeError)
_new = object.__new__


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
    src_dict: Mapping[str, Any], cls: type[InvestigationInfo] = InvestigationInfo
) -> InvestigationInfo:
    """``InvestigationInfo.from_dict`` without the GC pause: the parsers of nested models call each other directly."""
    obj = _new(cls)
    additional: dict[str, Any] = (
        {}
        if _WIRE_NAMES.issuperset(src_dict)
        else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
    )
    obj.additional_properties = additional
    obj.status = src_dict.get("status", UNSET)
    obj.suggestion = src_dict.get("suggestion", UNSET)
    value = src_dict.get("video_detail", UNSET)
    if value is not UNSET:
        try:
            value = _parse_investigation_info_video_detail(value)
        except _MISMATCH:
            additional["video_detail"] = value
            value = UNSET
    obj.video_detail = value
    return obj
