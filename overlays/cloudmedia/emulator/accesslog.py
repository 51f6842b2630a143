"""The access log: one :class:`RequestRecord` per request, for tests to inspect (``emu.requests``).

Records never hold a secret: signatures, security/session tokens and bearer tokens are replaced by ``<redacted>`` in
the headers, the query and the parameters, and a ``SignURL`` (a presigned URL, whose query is a credential) keeps
only its scheme, host and path. Request bodies are not kept, only their size.
"""

from __future__ import annotations

import re
import threading
from collections import deque
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

__all__ = ["AccessLog", "RequestRecord", "redact_headers", "redact_params", "redact_query"]

REDACTED = "<redacted>"

_SECRET_HEADERS = frozenset({"x-acs-security-token", "x-security-token", "x-acs-bearer-token", "cookie"})
_SECRET_QUERY = frozenset({"Signature", "SecurityToken", "BearerToken", "X-Signature", "X-Security-Token"})
_SECRET_PARAM_WORDS = ("secret", "password", "signature")
_SECRET_PARAMS = frozenset(
    {
        "securitytoken",
        "security_token",
        "sessiontoken",
        "session_token",
        "bearertoken",
        "bearer_token",
        "accesstoken",
        "access_token",
        "refreshtoken",
        "refresh_token",
    }
)
_SIGNATURE = re.compile(r"(Signature=)[^,\s]*")
_ACS = re.compile(r"^(\s*acs\s+[^:]*:).*$", re.DOTALL)
_BEARER = re.compile(r"^(\s*Bearer\s+).*$", re.DOTALL | re.IGNORECASE)


def _redact_authorization(value: str) -> str:
    if _BEARER.match(value):
        return _BEARER.sub(r"\1" + REDACTED, value)
    if _ACS.match(value):
        return _ACS.sub(r"\1" + REDACTED, value)
    if "Signature=" in value:
        return _SIGNATURE.sub(r"\1" + REDACTED, value)
    return REDACTED


def redact_headers(headers: Any) -> tuple[tuple[str, str], ...]:
    out = []
    for name, value in headers:
        lowered = name.lower()
        if lowered == "authorization":
            value = _redact_authorization(value)
        elif lowered in _SECRET_HEADERS:
            value = REDACTED
        out.append((name, value))
    return tuple(out)


def redact_query(pairs: Any) -> tuple[tuple[str, str], ...]:
    return tuple((k, REDACTED if k in _SECRET_QUERY else v) for k, v in pairs)


def _strip_url_query(value: str) -> str:
    try:
        parts = urlsplit(value)
    except ValueError:
        return REDACTED
    if not parts.query:
        return value
    return urlunsplit((parts.scheme, parts.netloc, parts.path, REDACTED, ""))


def redact_params(params: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in params.items():
        lowered = key.lower()
        if lowered in _SECRET_PARAMS or any(word in lowered for word in _SECRET_PARAM_WORDS):
            out[key] = REDACTED
        elif lowered in ("signurl", "sign_url") and isinstance(value, str):
            out[key] = _strip_url_query(value)
        else:
            out[key] = value
    return out


@dataclass(frozen=True)
class RequestRecord:
    """One request and what the emulator did with it."""

    seq: int
    """1-based arrival number (counts requests the bounded log has already dropped)."""
    request_id: str
    time: datetime
    """The emulator's clock when the request arrived."""
    client: str
    connection: int
    """Serial number of the TCP connection (keep-alive requests share one)."""
    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    headers: tuple[tuple[str, str], ...]
    body_size: int
    route: str | None
    """The product the request was routed to (``pds``, ``imm``, ``vod``, ``ice``, ``nta``), or None."""
    action: str | None
    version: str | None
    scheme: str | None
    """The verified signing scheme, or None when the request was not (or could not be) verified."""
    access_key_id: str | None
    sts: bool
    params: Mapping[str, Any]
    status: int | None
    """The HTTP status answered; None for a connection reset."""
    error_code: str | None
    fault: str | None
    """The injected fault that decided the answer (``status:503``, ``reset``, ``truncate``, ``html``, ``delay``)."""
    duration_ms: float
    extra: Mapping[str, Any] = field(default_factory=dict)

    def header(self, name: str) -> str | None:
        lowered = name.lower()
        return next((v for k, v in self.headers if k.lower() == lowered), None)

    def format(self) -> str:
        """One log line."""
        who = (
            f" {self.scheme}:{self.access_key_id}"
            if self.scheme and self.access_key_id
            else (f" {self.scheme}" if self.scheme else "")
        )
        what = f"{self.route}.{self.action}" if self.route else "-"
        outcome = str(self.status) if self.status is not None else "reset"
        if self.error_code:
            outcome += f" {self.error_code}"
        if self.fault:
            outcome += f" [fault {self.fault}]"
        return (
            f"{self.time.strftime('%Y-%m-%dT%H:%M:%SZ')} {self.client} #{self.connection} {self.method} {self.path} "
            f"{what}{who} -> {outcome} {self.duration_ms:.1f}ms {self.request_id}"
        )


class AccessLog:
    """The last ``maxlen`` requests, oldest first; safe to read while the emulator serves."""

    def __init__(self, maxlen: int = 10_000) -> None:
        self._records: deque[RequestRecord] = deque(maxlen=maxlen)
        self._lock = threading.Lock()
        self._seq = 0

    def next_seq(self) -> int:
        with self._lock:
            self._seq += 1
            return self._seq

    def append(self, record: RequestRecord) -> None:
        with self._lock:
            self._records.append(record)

    def clear(self) -> None:
        with self._lock:
            self._records.clear()

    @property
    def total(self) -> int:
        """Requests received since the emulator started (including those the bounded log dropped)."""
        return self._seq

    def snapshot(self) -> list[RequestRecord]:
        with self._lock:
            return list(self._records)

    def __len__(self) -> int:
        return len(self._records)

    def __iter__(self) -> Iterator[RequestRecord]:
        return iter(self.snapshot())

    def __getitem__(self, index: int) -> RequestRecord:
        return self.snapshot()[index]

    @property
    def last(self) -> RequestRecord | None:
        with self._lock:
            return self._records[-1] if self._records else None

    def where(self, **conditions: Any) -> list[RequestRecord]:
        """Records whose attributes equal every condition: ``emu.requests.where(route="pds", status=200)``."""
        return [r for r in self.snapshot() if all(getattr(r, k) == v for k, v in conditions.items())]

    def __repr__(self) -> str:
        return f"AccessLog({len(self)} records, {self.total} requests)"
