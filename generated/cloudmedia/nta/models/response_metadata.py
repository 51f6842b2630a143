from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_error import ResponseError
from ..types import UNSET, Unset

_WIRE_NAMES = frozenset(
    {
        "RequestId",
        "Action",
        "Version",
        "Service",
        "Region",
        "Error",
    }
)
_MISMATCH = (TypeError, ValueError, KeyError, AttributeError)


@_attrs_define
class ResponseMetadata:
    """The metadata of the response."""

    request_id: str | Unset = UNSET
    """ The ID of the request. """
    action: str | Unset = UNSET
    """ The operation that was called. """
    version: str | Unset = UNSET
    """ The API version reported by the service. It may differ from the version of the request; the documentation
    shows 2023-07-20 for a 2024-07-30 request. """
    service: str | Unset = UNSET
    """ The service name. """
    region: str | Unset = UNSET
    """ The region. """
    error: ResponseError | Unset = UNSET
    """ The error information. Present only when the request failed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, and documented fields whose value had an unexpected shape."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict, with the vendor's wire names."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.request_id, Unset):
            field_dict["RequestId"] = self.request_id
        if not isinstance(self.action, Unset):
            field_dict["Action"] = self.action
        if not isinstance(self.version, Unset):
            field_dict["Version"] = self.version
        if not isinstance(self.service, Unset):
            field_dict["Service"] = self.service
        if not isinstance(self.region, Unset):
            field_dict["Region"] = self.region
        if not isinstance(self.error, Unset):
            field_dict["Error"] = self.error.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object (raises AttributeError or TypeError if it is not an object)."""
        get = src_dict.get
        obj = object.__new__(cls)
        mismatched: dict[str, Any] | None = None
        obj.request_id = get("RequestId", UNSET)
        obj.action = get("Action", UNSET)
        obj.version = get("Version", UNSET)
        obj.service = get("Service", UNSET)
        obj.region = get("Region", UNSET)
        value = get("Error", UNSET)
        if value is UNSET:
            obj.error = UNSET
        else:
            try:
                obj.error = ResponseError.from_dict(value)
            except _MISMATCH:
                obj.error = UNSET
                mismatched = mismatched or {}
                mismatched["Error"] = value
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
