"""Credential value types.

Frozen, and safe to log: ``repr()``/``str()`` show the access key id and whether a session token is present,
never a secret or a token.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["AccessToken", "AlibabaCredentials", "VolcengineCredentials"]


def _require_text(owner: str, name: str, value: object) -> None:
    if not isinstance(value, str) or not value:
        raise ValueError(f"{owner}.{name} must be a non-empty string")


@dataclass(frozen=True, repr=False)
class AlibabaCredentials:
    """An Alibaba Cloud AccessKey pair, optionally with an STS security token."""

    access_key_id: str
    access_key_secret: str = field(repr=False)
    security_token: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        _require_text("AlibabaCredentials", "access_key_id", self.access_key_id)
        _require_text("AlibabaCredentials", "access_key_secret", self.access_key_secret)
        if self.security_token is not None and not isinstance(self.security_token, str):
            raise ValueError("AlibabaCredentials.security_token must be a string or None")

    @property
    def is_sts(self) -> bool:
        """Whether a (non-empty) STS security token is present."""
        return bool(self.security_token)

    def __repr__(self) -> str:
        return f"AlibabaCredentials(access_key_id={self.access_key_id!r}, security_token={'<set>' if self.is_sts else None})"

    __str__ = __repr__


@dataclass(frozen=True, repr=False)
class VolcengineCredentials:
    """A Volcengine AccessKey pair, optionally with an STS session token."""

    access_key_id: str
    secret_access_key: str = field(repr=False)
    session_token: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        _require_text("VolcengineCredentials", "access_key_id", self.access_key_id)
        _require_text("VolcengineCredentials", "secret_access_key", self.secret_access_key)
        if self.session_token is not None and not isinstance(self.session_token, str):
            raise ValueError("VolcengineCredentials.session_token must be a string or None")

    @property
    def is_sts(self) -> bool:
        """Whether a (non-empty) session token is present."""
        return bool(self.session_token)

    def __repr__(self) -> str:
        return (
            f"VolcengineCredentials(access_key_id={self.access_key_id!r}, "
            f"session_token={'<set>' if self.is_sts else None})"
        )

    __str__ = __repr__


@dataclass(frozen=True, repr=False)
class AccessToken:
    """A bearer access token (PDS OAuth/JWT access token)."""

    token: str = field(repr=False)

    def __post_init__(self) -> None:
        _require_text("AccessToken", "token", self.token)

    def __repr__(self) -> str:
        return "AccessToken(token=<redacted>)"

    __str__ = __repr__
