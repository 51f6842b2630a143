from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_denied_detail import AccessDeniedDetail
from ..types import UNSET, Unset

_WIRE_NAMES = frozenset(
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


@_attrs_define
class AlibabaError:
    """The error response of an Alibaba Cloud RPC API (HTTP status 4xx or 5xx)."""

    request_id: str | Unset = UNSET
    """ The request ID. """
    host_id: str | Unset = UNSET
    """ The endpoint of the region the request was sent to. """
    code: str | Unset = UNSET
    """ The error code, which indicates the type of the error. """
    message: str | Unset = UNSET
    """ The error message, which describes the cause of the error. """
    recommend: str | Unset = UNSET
    """ The link to the diagnosis of the error. """
    access_denied_detail: AccessDeniedDetail | Unset = UNSET
    """ Why Resource Access Management (RAM) denied a request. """
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
        """Parse a decoded JSON object (raises AttributeError or TypeError if it is not an object)."""
        get = src_dict.get
        obj = object.__new__(cls)
        mismatched: dict[str, Any] | None = None
        obj.request_id = get("RequestId", UNSET)
        obj.host_id = get("HostId", UNSET)
        obj.code = get("Code", UNSET)
        obj.message = get("Message", UNSET)
        obj.recommend = get("Recommend", UNSET)
        value = get("AccessDeniedDetail", UNSET)
        if value is UNSET:
            obj.access_denied_detail = UNSET
        else:
            try:
                obj.access_denied_detail = AccessDeniedDetail.from_dict(value)
            except _MISMATCH:
                obj.access_denied_detail = UNSET
                mismatched = mismatched or {}
                mismatched["AccessDeniedDetail"] = value
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
