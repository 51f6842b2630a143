from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.gcpause import pause as _pause_gc
from ..._runtime.gcpause import resume as _resume_gc
from ..types import UNSET, Unset

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "drive_id",
        "limit",
        "marker",
        "fields",
    }
)
_MISMATCH = (TypeError, ValueError, KeyError, AttributeError)
_new = object.__new__


@_attrs_define
class ScanFileRequest:
    """The request parameters."""

    drive_id: str
    """ The drive ID. """
    limit: int | Unset = UNSET
    """ The maximum number of results to return. Valid values: 1 to 100. The number of returned results must be less
    than or equal to the specified number. """
    marker: str | Unset = UNSET
    """ The pagination token that is used in the next request to retrieve a new page of results. You do not need to
    specify this parameter for the first request. You must specify the token that is obtained from the previous
    query as the value of marker. """
    fields: str | Unset = UNSET
    """ The file properties to return. Set it to `*` to return all file properties, or to a comma-separated list of
    properties. If it is not specified, the following properties are returned: file_id, drive_id, parent_file_id,
    type, created_at, updated_at, file_extension, size, starred, status, category and permissions. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, and documented fields whose value had an unexpected shape."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict, with the vendor's wire names."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["drive_id"] = self.drive_id
        if not isinstance(self.limit, Unset):
            field_dict["limit"] = self.limit
        if not isinstance(self.marker, Unset):
            field_dict["marker"] = self.marker
        if not isinstance(self.fields, Unset):
            field_dict["fields"] = self.fields
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
    src_dict: Mapping[str, Any], cls: type[ScanFileRequest] = ScanFileRequest
) -> ScanFileRequest:
    """``ScanFileRequest.from_dict`` without the GC pause: the parsers of nested models call each other directly."""
    obj = _new(cls)
    additional: dict[str, Any] = (
        {}
        if _WIRE_NAMES.issuperset(src_dict)
        else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
    )
    obj.additional_properties = additional
    obj.drive_id = src_dict["drive_id"]
    obj.limit = src_dict.get("limit", UNSET)
    obj.marker = src_dict.get("marker", UNSET)
    obj.fields = src_dict.get("fields", UNSET)
    return obj
