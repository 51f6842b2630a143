from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.gcpause import pause as _pause_gc
from ..._runtime.gcpause import resume as _resume_gc
from ..models.response_error import ResponseError
from ..models.response_error import _from_dict as _parse_response_error
from ..types import UNSET, Unset

_WIRE_NAMES: frozenset[str] = frozenset(
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
_new = object.__new__


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
    src_dict: Mapping[str, Any], cls: type[ResponseMetadata] = ResponseMetadata
) -> ResponseMetadata:
    """``ResponseMetadata.from_dict`` without the GC pause: the parsers of nested models call each other directly."""
    obj = _new(cls)
    additional: dict[str, Any] = (
        {}
        if _WIRE_NAMES.issuperset(src_dict)
        else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
    )
    obj.additional_properties = additional
    obj.request_id = src_dict.get("RequestId", UNSET)
    obj.action = src_dict.get("Action", UNSET)
    obj.version = src_dict.get("Version", UNSET)
    obj.service = src_dict.get("Service", UNSET)
    obj.region = src_dict.get("Region", UNSET)
    value = src_dict.get("Error", UNSET)
    if value is not UNSET:
        try:
            value = _parse_response_error(value)
        except _MISMATCH:
            additional["Error"] = value
            value = UNSET
    obj.error = value
    return obj
