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
        "Language",
        "AddressLine",
        "Country",
        "Province",
        "City",
        "District",
        "Township",
    }
)
_MISMATCH = (TypeError, ValueError, KeyError, AttributeError)
_new = object.__new__


@_attrs_define
class Address:
    """An address derived from the GPS coordinates of the file."""

    language: str | Unset = UNSET
    """ The language of the address, as a BCP 47 tag. """
    address_line: str | Unset = UNSET
    """ The full address. """
    country: str | Unset = UNSET
    """ The country or region. """
    province: str | Unset = UNSET
    """ The province. """
    city: str | Unset = UNSET
    """ The city. """
    district: str | Unset = UNSET
    """ The district. """
    township: str | Unset = UNSET
    """ The street. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, and documented fields whose value had an unexpected shape."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict, with the vendor's wire names."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.language, Unset):
            field_dict["Language"] = self.language
        if not isinstance(self.address_line, Unset):
            field_dict["AddressLine"] = self.address_line
        if not isinstance(self.country, Unset):
            field_dict["Country"] = self.country
        if not isinstance(self.province, Unset):
            field_dict["Province"] = self.province
        if not isinstance(self.city, Unset):
            field_dict["City"] = self.city
        if not isinstance(self.district, Unset):
            field_dict["District"] = self.district
        if not isinstance(self.township, Unset):
            field_dict["Township"] = self.township
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


def _from_dict(src_dict: Mapping[str, Any], cls: type[Address] = Address) -> Address:
    """``Address.from_dict`` without the GC pause: the parsers of nested models call each other directly."""
    obj = _new(cls)
    additional: dict[str, Any] = (
        {}
        if _WIRE_NAMES.issuperset(src_dict)
        else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
    )
    obj.additional_properties = additional
    obj.language = src_dict.get("Language", UNSET)
    obj.address_line = src_dict.get("AddressLine", UNSET)
    obj.country = src_dict.get("Country", UNSET)
    obj.province = src_dict.get("Province", UNSET)
    obj.city = src_dict.get("City", UNSET)
    obj.district = src_dict.get("District", UNSET)
    obj.township = src_dict.get("Township", UNSET)
    return obj
