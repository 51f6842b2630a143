"""Volcengine's HMAC-SHA256 request signature (the V4-style scheme of the OpenAPI gateway).

::

    CanonicalRequest = METHOD \\n path \\n CanonicalQuery \\n CanonicalHeaders \\n SignedHeaders \\n hex(sha256(body))
    CanonicalHeaders = for each signed header, by lower-case name: name ":" value "\\n"   (values raw, not trimmed)
    StringToSign     = "HMAC-SHA256" \\n XDate \\n XDate[:8] "/" region "/" service "/request" \\n hex(sha256(CR))
    kDate = HMAC(SK utf-8, XDate[:8]); kRegion = HMAC(kDate, region); kService = HMAC(kRegion, service);
    kSigning = HMAC(kService, "request");  Signature = hex(HMAC(kSigning, StringToSign))
    Authorization: HMAC-SHA256 Credential=<AK>/<scope>, SignedHeaders=<a;b>, Signature=<hex>

The secret key is used as its UTF-8 text (it looks like base64 but is not decoded). The canonical query encodes
keys and values of the **decoded** query with RFC 3986 (space is ``%20``, ``~`` kept) and sorts the pairs by
encoded key, then encoded value; the wire query may use ``+``. In the canonical ``host`` a port of 80 or 443 is
dropped (the wire keeps it); any other port stays.

The signer signs ``content-type`` (when present), ``host``, ``x-content-sha256``, ``x-date`` and, with a session
token, ``x-security-token``: every header that decides what the request means, and none that an HTTP stack adds or
rewrites (``user-agent``, ``accept``, ``content-length``).
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any

import httpx

from ..credentials_types import VolcengineCredentials
from ._base import Signer
from ._encoding import (
    HeaderMultimap,
    basic_iso8601,
    header_multimap,
    hmac_sha256,
    query_pairs,
    raw_path,
    rfc3986,
    sha256_hex,
)

__all__ = [
    "ALGORITHM",
    "VolcengineV4Signer",
    "authorization",
    "canonical_headers",
    "canonical_host",
    "canonical_query",
    "canonical_request",
    "credential_scope",
    "parse_authorization",
    "signature",
    "signing_key",
    "string_to_sign",
]

ALGORITHM = "HMAC-SHA256"

_SIGNER_HEADERS = ("authorization", "x-date", "x-content-sha256", "x-security-token")
_SIGNER_RAW = frozenset(n.encode("ascii") for n in _SIGNER_HEADERS)


def canonical_host(host: str) -> str:
    """The host as signed: a ``:80`` or ``:443`` port is dropped, any other port kept."""
    name, sep, port = host.rpartition(":")
    if sep and port in ("80", "443"):
        return name
    return host


def canonical_query(
    query_pairs: Iterable[tuple[str, str]], encoded_pairs: Sequence[tuple[str, str]] | None = None
) -> str:
    """RFC 3986-encoded ``k=v`` pairs of the decoded query, sorted by encoded key then value, joined ``&``.

    ``encoded_pairs``, when given, are those encodings already (the wire builder has them), pair for pair.
    """
    if encoded_pairs is None:
        encoded_pairs = [(rfc3986(k), rfc3986(v)) for k, v in query_pairs]
    return "&".join([f"{k}={v}" for k, v in sorted(encoded_pairs)])


def canonical_headers(headers: Any, signed_header_names: Iterable[str]) -> tuple[str, str]:
    """Return ``(CanonicalHeaders, SignedHeaders)``; values are used raw, ``host`` via :func:`canonical_host`.

    Raises :class:`ValueError` when a signed header is absent.
    """
    multimap = header_multimap(headers)
    names = sorted({n.lower() for n in signed_header_names})
    lines = []
    for name in names:
        values = multimap.get(name)
        if values is None:
            raise ValueError(f"signed header {name!r} is not present")
        value = ",".join(values)
        if name == "host":
            value = canonical_host(value)
        lines.append(f"{name}:{value}\n")
    return "".join(lines), ";".join(names)


def canonical_request(
    method: str,
    path: str,
    query_pairs: Iterable[tuple[str, str]],
    headers: Any,
    signed_header_names: Iterable[str],
    payload_hash: str,
    encoded_pairs: Sequence[tuple[str, str]] | None = None,
) -> str:
    """The canonical request (see the module docstring); ``encoded_pairs``: see :func:`canonical_query`."""
    canon_headers, signed = canonical_headers(headers, signed_header_names)
    query = canonical_query(query_pairs, encoded_pairs)
    return f"{method.upper()}\n{path or '/'}\n{query}\n{canon_headers}\n{signed}\n{payload_hash}"


def credential_scope(x_date: str, region: str, service: str) -> str:
    return f"{x_date[:8]}/{region}/{service}/request"


def string_to_sign(x_date: str, region: str, service: str, canonical_request: str) -> str:
    return (
        f"{ALGORITHM}\n{x_date}\n{credential_scope(x_date, region, service)}\n"
        f"{sha256_hex(canonical_request.encode('utf-8'))}"
    )


def signing_key(secret_access_key: str, date: str, region: str, service: str) -> bytes:
    """The derived key; ``date`` is ``YYYYMMDD`` (an X-Date is accepted and truncated)."""
    k_date = hmac_sha256(secret_access_key.encode("utf-8"), date[:8])
    k_region = hmac_sha256(k_date, region)
    k_service = hmac_sha256(k_region, service)
    return hmac_sha256(k_service, "request")


def signature(signing_key: bytes, string_to_sign: str) -> str:
    return hmac.new(signing_key, string_to_sign.encode("utf-8"), hashlib.sha256).hexdigest()


def authorization(access_key_id: str, scope: str, signed_headers: str | Iterable[str], signature: str) -> str:
    if not isinstance(signed_headers, str):
        signed_headers = ";".join(sorted({n.lower() for n in signed_headers}))
    return f"{ALGORITHM} Credential={access_key_id}/{scope}, SignedHeaders={signed_headers}, Signature={signature}"


def parse_authorization(value: str) -> tuple[str, str, list[str], str]:
    """Split an Authorization value into ``(access_key_id, scope, signed_header_names, signature)``.

    Raises :class:`ValueError` when it is not a Volcengine HMAC-SHA256 authorization.
    """
    algorithm, _, rest = value.strip().partition(" ")
    if algorithm != ALGORITHM:
        raise ValueError(f"not a Volcengine {ALGORITHM} authorization")
    fields: dict[str, str] = {}
    for part in rest.split(","):
        key, sep, val = part.strip().partition("=")
        if not sep:
            raise ValueError("malformed Volcengine authorization")
        fields[key] = val
    try:
        credential, signed, sig = fields["Credential"], fields["SignedHeaders"], fields["Signature"]
    except KeyError as missing:
        raise ValueError(f"Volcengine authorization lacks {missing.args[0]}") from None
    ak, sep, scope = credential.partition("/")
    if not sep:
        raise ValueError("malformed Volcengine credential")
    return ak, scope, [n for n in signed.split(";") if n], sig


class _SigningKeyCache:
    """A derived signing key and what it was derived from; no ``__dict__`` and a blank repr, so never shown."""

    __slots__ = ("_secret", "day", "key", "region", "service")

    def __init__(self, secret: str, day: str, region: str, service: str, key: bytes) -> None:
        self._secret = secret
        self.day = day
        self.region = region
        self.service = service
        self.key = key

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"

    def matches(self, secret: str, day: str, region: str, service: str) -> bool:
        return self.day == day and self._secret == secret and self.region == region and self.service == service


class VolcengineV4Signer(Signer[VolcengineCredentials]):
    """Signs an httpx request for a Volcengine OpenAPI service, in place.

    Adds ``X-Date``, ``X-Content-Sha256`` (of the exact body bytes), ``X-Security-Token`` when the credentials
    carry a session token, then ``Authorization``. ``credentials`` is a :class:`VolcengineCredentials` or a
    zero-argument callable returning one (called at every signing); ``region`` and ``service`` form the credential
    scope (``cn-beijing``, ``nta``); ``clock`` returns the current time (aware UTC).
    """

    credentials_type = VolcengineCredentials

    def __init__(
        self,
        credentials: VolcengineCredentials | Callable[[], VolcengineCredentials],
        *,
        region: str,
        service: str,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        if not region or not isinstance(region, str):
            raise ValueError("a Volcengine region is required (it is part of the signature scope), e.g. 'cn-beijing'")
        if not service or not isinstance(service, str):
            raise ValueError("a Volcengine service name is required (it is part of the signature scope), e.g. 'nta'")
        super().__init__(credentials, clock=clock)
        self.region = region
        self.service = service
        self._keys: _SigningKeyCache | None = None
        """The signing key of the last signing: it changes once a day."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}(region={self.region!r}, service={self.service!r})"

    def sign(self, request: httpx.Request) -> httpx.Request:
        """Sign ``request`` in place (and return it).

        The headers are read once and written once (a new :class:`httpx.Headers` with the signer's headers
        appended, in the order, names and encoding that setting them one by one gives); the canonical request is
        :func:`canonical_request`'s, fed the query encodings the wire builder computed when it built the request.
        """
        creds = self._current_credentials()
        headers = request.headers
        encoding = headers.encoding
        raw: list[tuple[bytes, bytes]] = []
        host_values: list[str] = []
        type_values: list[str] = []
        for key, value in headers.raw:
            lower = key.lower()
            if lower in _SIGNER_RAW:
                continue
            raw.append((key, value))
            if lower == b"host":
                host_values.append(value.decode(encoding))
            elif lower == b"content-type":
                type_values.append(value.decode(encoding))
        added: list[tuple[str, str]] = []
        if not host_values:
            host_values.append(request.url.netloc.decode("ascii"))
            added.append(("Host", host_values[0]))
        x_date = basic_iso8601(self._clock())
        payload_hash = sha256_hex(request.content)
        added.append(("X-Date", x_date))
        added.append(("X-Content-Sha256", payload_hash))
        signed = HeaderMultimap(host=host_values, **{"x-content-sha256": [payload_hash], "x-date": [x_date]})
        if type_values:
            signed["content-type"] = type_values
        if creds.session_token:
            added.append(("X-Security-Token", creds.session_token))
            signed["x-security-token"] = [creds.session_token]
        signed_names = ";".join(sorted(signed))
        pairs, encoded = query_pairs(request)
        creq = canonical_request(request.method, raw_path(request), pairs, signed, signed, payload_hash, encoded)
        region, service = self.region, self.service
        sts = string_to_sign(x_date, region, service, creq)
        keys = self._keys
        day = x_date[:8]
        secret = creds.secret_access_key
        if keys is not None and keys.matches(secret, day, region, service):
            key = keys.key
        else:
            key = signing_key(secret, day, region, service)
            self._keys = _SigningKeyCache(secret, day, region, service, key)
        sig = signature(key, sts)
        scope = credential_scope(x_date, region, service)
        added.append(("Authorization", authorization(creds.access_key_id, scope, signed_names, sig)))
        # as httpx.Headers.__setitem__ encodes them (``headers.encoding`` is determined above, once for all)
        raw.extend([(k.encode(encoding), v.encode(encoding)) for k, v in added])
        request.headers = httpx.Headers(raw, encoding=encoding)
        return request
