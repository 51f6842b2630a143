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
        "AuthAction",
        "AuthPrincipalDisplayName",
        "AuthPrincipalOwnerId",
        "AuthPrincipalType",
        "EncodedDiagnosticMessage",
        "NoPermissionType",
        "PolicyType",
    }
)
_MISMATCH = (TypeError, ValueError, KeyError, AttributeError)
_new = object.__new__


@_attrs_define
class AccessDeniedDetail:
    """Why Resource Access Management (RAM) denied a request."""

    auth_action: str | Unset = UNSET
    """ The RAM action that was denied, for example `imm:BatchGetFileMeta`. """
    auth_principal_display_name: str | Unset = UNSET
    """ The display name of the principal that made the request. """
    auth_principal_owner_id: str | Unset = UNSET
    """ The ID of the Alibaba Cloud account that owns the principal. """
    auth_principal_type: str | Unset = UNSET
    """ The type of the principal, for example `SubUser`. """
    encoded_diagnostic_message: str | Unset = UNSET
    """ The encoded diagnostic message. """
    no_permission_type: str | Unset = UNSET
    """ The type of the denial, for example `ImplicitDeny` or `ExplicitDeny`. """
    policy_type: str | Unset = UNSET
    """ The type of the policy that caused the denial, for example `AccountLevelIdentityBasedPolicy`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, and documented fields whose value had an unexpected shape."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict, with the vendor's wire names."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.auth_action, Unset):
            field_dict["AuthAction"] = self.auth_action
        if not isinstance(self.auth_principal_display_name, Unset):
            field_dict["AuthPrincipalDisplayName"] = self.auth_principal_display_name
        if not isinstance(self.auth_principal_owner_id, Unset):
            field_dict["AuthPrincipalOwnerId"] = self.auth_principal_owner_id
        if not isinstance(self.auth_principal_type, Unset):
            field_dict["AuthPrincipalType"] = self.auth_principal_type
        if not isinstance(self.encoded_diagnostic_message, Unset):
            field_dict["EncodedDiagnosticMessage"] = self.encoded_diagnostic_message
        if not isinstance(self.no_permission_type, Unset):
            field_dict["NoPermissionType"] = self.no_permission_type
        if not isinstance(self.policy_type, Unset):
            field_dict["PolicyType"] = self.policy_type
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
    src_dict: Mapping[str, Any], cls: type[AccessDeniedDetail] = AccessDeniedDetail
) -> AccessDeniedDetail:
    """``AccessDeniedDetail.from_dict`` without the GC pause: the parsers of nested models call each other directly."""
    obj = _new(cls)
    additional: dict[str, Any] = (
        {}
        if _WIRE_NAMES.issuperset(src_dict)
        else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
    )
    obj.additional_properties = additional
    obj.auth_action = src_dict.get("AuthAction", UNSET)
    obj.auth_principal_display_name = src_dict.get("AuthPrincipalDisplayName", UNSET)
    obj.auth_principal_owner_id = src_dict.get("AuthPrincipalOwnerId", UNSET)
    obj.auth_principal_type = src_dict.get("AuthPrincipalType", UNSET)
    obj.encoded_diagnostic_message = src_dict.get("EncodedDiagnosticMessage", UNSET)
    obj.no_permission_type = src_dict.get("NoPermissionType", UNSET)
    obj.policy_type = src_dict.get("PolicyType", UNSET)
    return obj
