"""ACS3-HMAC-SHA256: Alibaba Cloud's V3 request signature (IMM, VOD, ICE).

::

    CanonicalRequest = METHOD \\n path \\n CanonicalQuery \\n CanonicalHeaders \\n SignedHeaders \\n hex(sha256(body))
    CanonicalHeaders = for each signed header, by lower-case name: name ":" trim(value) "\\n"
    StringToSign     = "ACS3-HMAC-SHA256" \\n hex(sha256(CanonicalRequest))
    Signature        = hex(HMAC-SHA256(key = the AccessKey secret, StringToSign))
    Authorization: ACS3-HMAC-SHA256 Credential=<AK>,SignedHeaders=<a;b;c>,Signature=<hex>

The canonical query is computed over the **decoded** query values, RFC 3986 encoded (space is ``%20``) and sorted,
while the query on the wire stays form-encoded (space is ``+``); the path is the path as sent.

**Which headers are signed.** The official SDK signs every header it has set when it signs (``accept`` and
``user-agent`` included). This signer signs the minimal set the ACS3 specification requires: ``host``, every
``x-acs-*`` header and ``content-type`` when present. The server recomputes the signature over the ``SignedHeaders``
list the request carries, so both are valid; the minimal set is chosen because headers outside it (``user-agent``,
``accept``, ``accept-encoding``, ``content-length``, ``connection``) are the ones HTTP stacks, proxies and retries add
or rewrite after signing, and a signature over them breaks when they change. Every header that decides what the
request *means* (host, action, version, date, nonce, body hash, STS token, content type) is covered.

The pure functions (:func:`canonical_query`, :func:`canonical_request`, :func:`string_to_sign`, :func:`signature`,
:func:`authorization`, :func:`parse_authorization`) let a server verify a request with the same code.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable, Sequence
from typing import Any

import httpx

from ..credentials_types import AlibabaCredentials
from ._base import Signer
from ._encoding import (
    HeaderMultimap,
    header_multimap,
    iso8601,
    query_pairs,
    raw_path,
    rfc3986,
    sha256_hex,
)

__all__ = [
    "ALGORITHM",
    "AcsV3Signer",
    "authorization",
    "canonical_headers",
    "canonical_query",
    "canonical_request",
    "must_sign",
    "parse_authorization",
    "signature",
    "signed_header_names",
    "string_to_sign",
]

ALGORITHM = "ACS3-HMAC-SHA256"

#: Headers this signer sets; removed first when a request is signed again (retry, refreshed credentials).
_SIGNER_HEADERS = (
    "authorization",
    "x-acs-date",
    "x-acs-signature-nonce",
    "x-acs-content-sha256",
    "x-acs-security-token",
    "x-acs-accesskey-id",
)
_SIGNER_RAW = frozenset(n.encode("ascii") for n in _SIGNER_HEADERS)


def canonical_query(
    query_pairs: Iterable[tuple[str, str]], encoded_pairs: Sequence[tuple[str, str]] | None = None
) -> str:
    """``key=value`` pairs of the decoded query, RFC 3986 encoded, sorted by the decoded pairs, joined with ``&``.

    ``encoded_pairs``, when given, are the RFC 3986 encodings of ``query_pairs``, pair for pair (the wire builder
    has them), so nothing is encoded again.
    """
    if encoded_pairs is None:
        return "&".join([f"{rfc3986(k)}={rfc3986(v)}" for k, v in sorted(query_pairs)])
    return "&".join([f"{k}={v}" for _, (k, v) in sorted(zip(query_pairs, encoded_pairs, strict=True))])


def canonical_headers(headers: Any, signed_header_names: Iterable[str]) -> tuple[str, str]:
    """Return ``(CanonicalHeaders, SignedHeaders)``.

    ``headers`` is httpx.Headers, a mapping or ``(name, value)`` pairs; names are matched case-insensitively.
    Values are stripped; a repeated header contributes its values sorted and joined with ``,`` (as the SDK does).
    Raises :class:`ValueError` when a signed header is absent.
    """
    multimap = header_multimap(headers)
    names = sorted({n.lower() for n in signed_header_names})
    lines = []
    for name in names:
        values = multimap.get(name)
        if values is None:
            raise ValueError(f"signed header {name!r} is not present")
        value = values[0].strip() if len(values) == 1 else ",".join(sorted([v.strip() for v in values]))
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
    """The ACS3 canonical request (see the module docstring). ``query_pairs`` are decoded values (``encoded_pairs``:
    see :func:`canonical_query`)."""
    canon_headers, signed = canonical_headers(headers, signed_header_names)
    query = canonical_query(query_pairs, encoded_pairs)
    return f"{method.upper()}\n{path or '/'}\n{query}\n{canon_headers}\n{signed}\n{payload_hash}"


def string_to_sign(canonical_request: str) -> str:
    return f"{ALGORITHM}\n{sha256_hex(canonical_request.encode('utf-8'))}"


def signature(secret: str, string_to_sign: str) -> str:
    """Lower-case hex HMAC-SHA256 of the string to sign, keyed with the raw secret."""
    return hmac.new(secret.encode("utf-8"), string_to_sign.encode("utf-8"), hashlib.sha256).hexdigest()


def authorization(access_key_id: str, signed_headers: str | Iterable[str], signature: str) -> str:
    if not isinstance(signed_headers, str):
        signed_headers = ";".join(sorted({n.lower() for n in signed_headers}))
    return f"{ALGORITHM} Credential={access_key_id},SignedHeaders={signed_headers},Signature={signature}"


def parse_authorization(value: str) -> tuple[str, list[str], str]:
    """Split an ACS3 ``Authorization`` value into ``(access_key_id, signed_header_names, signature)``.

    Raises :class:`ValueError` when it is not an ACS3-HMAC-SHA256 authorization.
    """
    algorithm, _, rest = value.strip().partition(" ")
    if algorithm != ALGORITHM:
        raise ValueError(f"not an {ALGORITHM} authorization")
    fields: dict[str, str] = {}
    for part in rest.split(","):
        key, sep, val = part.strip().partition("=")
        if not sep:
            raise ValueError(f"malformed {ALGORITHM} authorization")
        fields[key] = val
    try:
        return fields["Credential"], [n for n in fields["SignedHeaders"].split(";") if n], fields["Signature"]
    except KeyError as missing:
        raise ValueError(f"{ALGORITHM} authorization lacks {missing.args[0]}") from None


def must_sign(name: str) -> bool:
    """Whether the (lower-case) header ``name`` belongs to the minimal signed set: ``host``, ``content-type`` and
    every ``x-acs-*`` header. The signer signs exactly these; a verifier requires them to be signed."""
    return name == "host" or name == "content-type" or name.startswith("x-acs-")


def signed_header_names(headers: Any) -> list[str]:
    """The minimal signed set present in ``headers`` (see :func:`must_sign`)."""
    return sorted({n for n in header_multimap(headers) if must_sign(n)})


class AcsV3Signer(Signer[AlibabaCredentials]):
    """Signs an httpx request with ACS3-HMAC-SHA256, in place.

    The request must carry ``x-acs-action`` and ``x-acs-version`` (the wire builder sets them). The signer adds
    ``x-acs-date``, ``x-acs-signature-nonce``, ``x-acs-content-sha256`` (of the exact body bytes), for STS
    credentials ``x-acs-accesskey-id`` and ``x-acs-security-token``, then ``Authorization``. It runs on the final
    request for every attempt, so a retried request gets a new date, nonce and signature.

    ``credentials`` is an :class:`AlibabaCredentials` or a zero-argument callable returning one (called at every
    signing). ``clock`` returns the current time (aware UTC); ``nonce`` returns a fresh nonce.
    """

    credentials_type = AlibabaCredentials

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
        signed = HeaderMultimap()
        has_host = False
        for key, value in headers.raw:
            lower = key.lower()
            if lower in _SIGNER_RAW:
                continue
            raw.append((key, value))
            name = lower.decode(encoding)
            if must_sign(name):
                text = value.decode(encoding)
                if name in signed:
                    signed[name].append(text)
                else:
                    signed[name] = [text]
                if name == "host":
                    has_host = True
        if "x-acs-action" not in signed or "x-acs-version" not in signed:
            raise ValueError("ACS3 signing needs the x-acs-action and x-acs-version headers")
        added: list[tuple[str, str]] = []
        if not has_host:
            host = request.url.netloc.decode("ascii")
            added.append(("host", host))
            signed["host"] = [host]
        payload_hash = sha256_hex(request.content)
        added.append(("x-acs-date", iso8601(self._clock())))
        added.append(("x-acs-signature-nonce", self._nonce()))
        added.append(("x-acs-content-sha256", payload_hash))
        if creds.security_token:
            added.append(("x-acs-accesskey-id", creds.access_key_id))
            added.append(("x-acs-security-token", creds.security_token))
        for name, text in added[1 if not has_host else 0 :]:
            signed[name] = [text]
        pairs, encoded = query_pairs(request)
        creq = canonical_request(request.method, raw_path(request), pairs, signed, signed, payload_hash, encoded)
        signed_names = ";".join(sorted(signed))
        sig = signature(creds.access_key_secret, string_to_sign(creq))
        added.append(("authorization", authorization(creds.access_key_id, signed_names, sig)))
        # as httpx.Headers.__setitem__ encodes them (``headers.encoding`` is determined above, once for all)
        raw.extend([(k.encode(encoding), v.encode(encoding)) for k, v in added])
        request.headers = httpx.Headers(raw, encoding=encoding)
        return request
