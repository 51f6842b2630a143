from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.gcpause import pause as _pause_gc
from ..._runtime.gcpause import resume as _resume_gc
from ..models.access_denied_detail import AccessDeniedDetail
from ..models.access_denied_detail import _from_dict as _parse_access_denied_detail
from ..types import UNSET, Unset

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "RequestId",
        "HostId",
        "Code",
        "Message",
        "Recommend",
        "AccessDeniedDetail",
    }
)
_MISMATCH = (TypeError, ValueError, KeyError, AttributeError)
_new = object.__new__


@_attrs_define
class AlibabaError:
    """The error body that the service returns with a 4xx or 5xx status."""

    request_id: str | Unset = UNSET
    """ The ID of the request. """
    host_id: str | Unset = UNSET
    """ The endpoint that handled the request. """
    code: str | Unset = UNSET
    """ The error code. """
    message: str | Unset = UNSET
    """ The error message. """
    recommend: str | Unset = UNSET
    """ The URL of the diagnosis for the error. """
    access_denied_detail: AccessDeniedDetail | Unset = UNSET
    """ The details of a failed permission check. Returned with some authorization errors. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, and documented fields whose value had an unexpected shape."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict, with the vendor's wire names."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.request_id, Unset):
            field_dict["RequestId"] = self.request_id
        if not isinstance(self.host_id, Unset):
            field_dict["HostId"] = self.host_id
        if not isinstance(self.code, Unset):
            field_dict["Code"] = self.code
        if not isinstance(self.message, Unset):
            field_dict["Message"] = self.message
        if not isinstance(self.recommend, Unset):
            field_dict["Recommend"] = self.recommend
        if not isinstance(self.access_denied_detail, Unset):
            field_dict["AccessDeniedDetail"] = self.access_denied_detail.to_dict()
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
    src_dict: Mapping[str, Any], cls: type[AlibabaError] = AlibabaError
) -> AlibabaError:
    """``AlibabaError.from_dict`` without the GC pause: the parsers of nested models call each other directly."""
    obj = _new(cls)
    additional: dict[str, Any] = (
        {}
        if _WIRE_NAMES.issuperset(src_dict)
        else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
    )
    obj.additional_properties = additional
    obj.request_id = src_dict.get("RequestId", UNSET)
    obj.host_id = src_dict.get("HostId", UNSET)
    obj.code = src_dict.get("Code", UNSET)
    obj.message = src_dict.get("Message", UNSET)
    obj.recommend = src_dict.get("Recommend", UNSET)
    value = src_dict.get("AccessDeniedDetail", UNSET)
    if value is not UNSET:
        try:
            value = _parse_access_denied_detail(value)
        except _MISMATCH:
            additional["AccessDeniedDetail"] = value
            value = UNSET
    obj.access_denied_detail = value
    return obj
