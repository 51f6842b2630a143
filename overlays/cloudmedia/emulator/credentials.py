"""The credentials an emulator accepts.

A :class:`CredentialSet` holds Alibaba Cloud AccessKey pairs (IMM, VOD, ICE and PDS AccessKey signatures), Volcengine
AccessKey pairs (NTA) and PDS bearer access tokens, each optionally with an expiry. An Alibaba or Volcengine pair that
carries a security/session token is an STS credential: requests signed with its AccessKey id must present exactly that
token. The values are the runtime's own credential types (:mod:`cloudmedia._runtime.credentials_types`), so a test can
hand the same object to a client.

:meth:`CredentialSet.default` is a fixed, public set of test credentials (listed in ``cloudmedia-emulator --help``),
used when an emulator is started without credentials.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from .._runtime.credentials_types import AccessToken, AlibabaCredentials, VolcengineCredentials

__all__ = ["DEFAULT_CREDENTIALS", "CredentialSet"]


@dataclass(frozen=True)
class _Entry:
    credentials: AlibabaCredentials | VolcengineCredentials | AccessToken
    expires_at: datetime | None


class CredentialSet:
    """Alibaba and Volcengine AccessKey pairs and PDS access tokens, looked up by AccessKey id / token.

    ``expires_at`` (aware datetime) on an STS credential or an access token makes it expire at that instant of the
    emulator's clock; AccessKey pairs without a token never expire.
    """

    def __init__(
        self,
        alibaba: Iterable[AlibabaCredentials] = (),
        volcengine: Iterable[VolcengineCredentials] = (),
        access_tokens: Iterable[AccessToken | str] = (),
    ) -> None:
        self._alibaba: dict[str, _Entry] = {}
        self._volcengine: dict[str, _Entry] = {}
        self._tokens: dict[str, _Entry] = {}
        for a in alibaba:
            self.add_alibaba(a)
        for v in volcengine:
            self.add_volcengine(v)
        for t in access_tokens:
            self.add_access_token(t)

    # ------------------------------------------------------------------------------------------ building

    @classmethod
    def of(cls, items: Iterable[AlibabaCredentials | VolcengineCredentials | AccessToken]) -> CredentialSet:
        """A set from a mixed iterable of credential objects."""
        out = cls()
        for item in items:
            out.add(item)
        return out

    @classmethod
    def default(cls) -> CredentialSet:
        """The public test credentials (see :data:`DEFAULT_CREDENTIALS`)."""
        d = DEFAULT_CREDENTIALS
        return cls(
            alibaba=[d.alibaba_key, d.alibaba_sts],
            volcengine=[d.volcengine_key, d.volcengine_sts],
            access_tokens=[d.access_token],
        )

    def add(
        self, item: AlibabaCredentials | VolcengineCredentials | AccessToken, *, expires_at: datetime | None = None
    ) -> None:
        if isinstance(item, AlibabaCredentials):
            self.add_alibaba(item, expires_at=expires_at)
        elif isinstance(item, VolcengineCredentials):
            self.add_volcengine(item, expires_at=expires_at)
        elif isinstance(item, AccessToken):
            self.add_access_token(item, expires_at=expires_at)
        else:
            raise TypeError(f"not a credential: {type(item).__name__}")

    def add_alibaba(self, credentials: AlibabaCredentials, *, expires_at: datetime | None = None) -> None:
        self._alibaba[credentials.access_key_id] = _Entry(credentials, expires_at)

    def add_volcengine(self, credentials: VolcengineCredentials, *, expires_at: datetime | None = None) -> None:
        self._volcengine[credentials.access_key_id] = _Entry(credentials, expires_at)

    def add_access_token(self, token: AccessToken | str, *, expires_at: datetime | None = None) -> None:
        value = token if isinstance(token, AccessToken) else AccessToken(token)
        self._tokens[value.token] = _Entry(value, expires_at)

    def remove(self, key: str) -> None:
        """Forget the AccessKey id or access token ``key`` (a revoked credential)."""
        for table in (self._alibaba, self._volcengine, self._tokens):
            table.pop(key, None)

    # ----------------------------------------------------------------------------------------- looking up

    def alibaba(self, access_key_id: str) -> tuple[AlibabaCredentials, datetime | None] | None:
        entry = self._alibaba.get(access_key_id)
        if entry is None:
            return None
        assert isinstance(entry.credentials, AlibabaCredentials)
        return entry.credentials, entry.expires_at

    def volcengine(self, access_key_id: str) -> tuple[VolcengineCredentials, datetime | None] | None:
        entry = self._volcengine.get(access_key_id)
        if entry is None:
            return None
        assert isinstance(entry.credentials, VolcengineCredentials)
        return entry.credentials, entry.expires_at

    def access_token(self, token: str) -> tuple[AccessToken, datetime | None] | None:
        entry = self._tokens.get(token)
        if entry is None:
            return None
        assert isinstance(entry.credentials, AccessToken)
        return entry.credentials, entry.expires_at

    # ------------------------------------------------------------------------------------- convenience views

    @property
    def alibaba_keys(self) -> list[AlibabaCredentials]:
        return [e.credentials for e in self._alibaba.values() if isinstance(e.credentials, AlibabaCredentials)]

    @property
    def volcengine_keys(self) -> list[VolcengineCredentials]:
        return [e.credentials for e in self._volcengine.values() if isinstance(e.credentials, VolcengineCredentials)]

    @property
    def access_tokens(self) -> list[AccessToken]:
        return [e.credentials for e in self._tokens.values() if isinstance(e.credentials, AccessToken)]

    @property
    def alibaba_key(self) -> AlibabaCredentials | None:
        """The first Alibaba AccessKey pair without a token."""
        return next((c for c in self.alibaba_keys if not c.is_sts), None)

    @property
    def alibaba_sts(self) -> AlibabaCredentials | None:
        """The first Alibaba STS credential."""
        return next((c for c in self.alibaba_keys if c.is_sts), None)

    @property
    def volcengine_key(self) -> VolcengineCredentials | None:
        return next((c for c in self.volcengine_keys if not c.is_sts), None)

    @property
    def volcengine_sts(self) -> VolcengineCredentials | None:
        return next((c for c in self.volcengine_keys if c.is_sts), None)

    @property
    def access_token_value(self) -> str | None:
        """The first PDS access token, as a string."""
        tokens = self.access_tokens
        return tokens[0].token if tokens else None

    def __len__(self) -> int:
        return len(self._alibaba) + len(self._volcengine) + len(self._tokens)

    def __repr__(self) -> str:  # AccessKey ids only: never a secret or a token
        return (
            f"CredentialSet(alibaba={list(self._alibaba)!r}, volcengine={list(self._volcengine)!r}, "
            f"access_tokens={len(self._tokens)})"
        )


@dataclass(frozen=True)
class _Defaults:
    alibaba_key: AlibabaCredentials
    alibaba_sts: AlibabaCredentials
    volcengine_key: VolcengineCredentials
    volcengine_sts: VolcengineCredentials
    access_token: AccessToken


#: Public test credentials, accepted by an emulator started without credentials. Not secret: never use them
#: anywhere but against the emulator.
DEFAULT_CREDENTIALS = _Defaults(
    alibaba_key=AlibabaCredentials("LTAI5tEmulatorAccessKey0", "EmulatorAccessKeySecret/with+special=chars"),
    alibaba_sts=AlibabaCredentials(
        "STS.EmulatorTemporaryAccessKey",
        "EmulatorStsSecret0000000000000000000000",
        "CAIS+EmulatorSecurityToken/For+Tests==",
    ),
    volcengine_key=VolcengineCredentials(
        "AKLTZW11bGF0b3ItYWNjZXNzLWtleS0w", "RW11bGF0b3JTZWNyZXRBY2Nlc3NLZXlGb3JUZXN0cw=="
    ),
    volcengine_sts=VolcengineCredentials(
        "AKTPZW11bGF0b3Itc3RzLWtleS0w",
        "RW11bGF0b3JTdHNTZWNyZXRLZXlGb3JUZXN0cw==",
        "nChEmulator.SessionToken+For/Tests==.x~y",
    ),
    access_token=AccessToken("eyJhbGciOiJub25lIn0.eyJzdWIiOiJlbXVsYXRvciJ9.emulator-access-token"),
)
