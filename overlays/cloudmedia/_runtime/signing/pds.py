"""PDS request authentication: the ``acs`` AccessKey signature and bearer access tokens.

**AccessKey signature** (what the official PDS gateway plugin sends; the ROA string-to-sign)::

    StringToSign  = METHOD \\n accept \\n content-md5 \\n content-type \\n date \\n
                    CanonicalizedHeaders CanonicalizedResource
    CanonicalizedHeaders  = every x-acs-* header, by lower-case name: name ":" trim(value) "\\n"
    CanonicalizedResource = path ["?" sorted "k=v" (or "k" alone for an empty value) joined "&", raw decoded values]
    Authorization: acs <AK>:base64(HMAC-SHA1(key = the raw secret, no "&", StringToSign))

The signer adds ``date`` (RFC 1123, GMT), ``x-acs-signature-nonce``, ``x-acs-signature-method: HMAC-SHA1``,
``x-acs-signature-version: 1.0`` and, for STS credentials, ``x-acs-security-token`` (signed as an ``x-acs-*``
header).

**The body is not signed**: no ``Content-MD5`` is sent and the string-to-sign covers only the method, the
``accept``/``content-type``/``date`` headers, the ``x-acs-*`` headers, the path and the query. Anyone able to alter
a request in transit could change its JSON body without invalidating the signature; HTTPS is what protects it.

**Bearer tokens**: :class:`BearerTokenAuth` sends ``Authorization: Bearer <token>`` and ``x-acs-bearer-token``,
nothing signed. Like the official client it still sends ``date``, ``x-acs-signature-nonce``,
``x-acs-signature-method`` and ``x-acs-signature-version``.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable
from typing import Any

import httpx

from ..credentials_types import AccessToken, AlibabaCredentials
from ._base import C, Signer
from ._encoding import (
    HeaderMultimap,
    header_multimap,
    hmac_sha1,
    query_pairs,
    raw_path,
    rfc1123,
)

__all__ = [
    "BearerTokenAuth",
    "PdsAcsSigner",
    "authorization",
    "canonicalized_headers",
    "canonicalized_resource",
    "parse_authorization",
    "signature",
    "string_to_sign",
]

_SIGNER_HEADERS = (
    "authorization",
    "date",
    "x-acs-signature-nonce",
    "x-acs-signature-method",
    "x-acs-signature-version",
    "x-acs-security-token",
    "x-acs-bearer-token",
)
_SIGNER_RAW = frozenset(n.encode("ascii") for n in _SIGNER_HEADERS)


def _single(multimap: dict[str, list[str]], name: str) -> str:
    values = multimap.get(name)
    return ",".join(values) if values else ""


def canonicalized_headers(headers: Any) -> str:
    """Every ``x-acs-*`` header, by lower-case name, as ``name:trim(value)\\n``."""
    multimap = header_multimap(headers)
    return "".join(
        [f"{name}:{_single(multimap, name).strip()}\n" for name in sorted(multimap) if name.startswith("x-acs-")]
    )


def canonicalized_resource(path: str, query_pairs: Iterable[tuple[str, str]]) -> str:
    """The path, then ``?`` and the sorted query with raw (decoded) values; an empty value gives ``k`` alone."""
    pairs = sorted(query_pairs)
    if not pairs:
        return path
    return path + "?" + "&".join(k if v == "" else f"{k}={v}" for k, v in pairs)


def string_to_sign(method: str, path: str, query_pairs: Iterable[tuple[str, str]], headers: Any) -> str:
    """The ROA string-to-sign. ``headers`` is httpx.Headers, a mapping, ``(name, value)`` pairs or a
    :class:`~._encoding.HeaderMultimap`."""
    multimap = header_multimap(headers)
    return (
        f"{method.upper()}\n{_single(multimap, 'accept')}\n{_single(multimap, 'content-md5')}\n"
        f"{_single(multimap, 'content-type')}\n{_single(multimap, 'date')}\n"
        f"{canonicalized_headers(multimap)}{canonicalized_resource(path, query_pairs)}"
    )


def signature(secret: str, string_to_sign: str) -> str:
    """base64 HMAC-SHA1 keyed with the raw secret (no ``&``)."""
    return base64.b64encode(hmac_sha1(secret.encode("utf-8"), string_to_sign)).decode("ascii")


def authorization(access_key_id: str, signature: str) -> str:
    return f"acs {access_key_id}:{signature}"


def parse_authorization(value: str) -> tuple[str, str]:
    """Split ``acs <AK>:<signature>`` into ``(access_key_id, signature)``; :class:`ValueError` otherwise."""
    scheme, _, rest = value.strip().partition(" ")
    ak, sep, sig = rest.rpartition(":")
    if scheme != "acs" or not sep or not ak or not sig:
        raise ValueError("not an 'acs <AccessKeyId>:<Signature>' authorization")
    return ak, sig


class _PdsAuthBase(Signer[C]):
    def _common_headers(
        self, request: httpx.Request, multimap: HeaderMultimap | None = None
    ) -> tuple[str, list[tuple[bytes, bytes]], list[tuple[str, str]]]:
        """The request's headers without the signer's ones, and the common headers to add.

        Returns ``(encoding, raw headers kept, headers to add)``; fills ``multimap`` (lower-case name -> values,
        of the headers kept and added) when given.
        """
        headers = request.headers
        encoding = headers.encoding
        raw: list[tuple[bytes, bytes]] = []
        for key, value in headers.raw:
            lower = key.lower()
            if lower in _SIGNER_RAW:
                continue
            raw.append((key, value))
            if multimap is not None:
                name = lower.decode(encoding)
                text = value.decode(encoding)
                if name in multimap:
                    multimap[name].append(text)
                else:
                    multimap[name] = [text]
        added = [
            ("date", rfc1123(self._clock())),
            ("x-acs-signature-nonce", self._nonce()),
            ("x-acs-signature-method", "HMAC-SHA1"),
            ("x-acs-signature-version", "1.0"),
        ]
        return encoding, raw, added

    @staticmethod
    def _commit(
        request: httpx.Request, encoding: str, raw: list[tuple[bytes, bytes]], added: list[tuple[str, str]]
    ) -> None:
        """Set the request's headers once: the kept ones, then the added ones, as setting them one by one would."""
        raw.extend([(k.encode(encoding), v.encode(encoding)) for k, v in added])
        request.headers = httpx.Headers(raw, encoding=encoding)


class PdsAcsSigner(_PdsAuthBase[AlibabaCredentials]):
    """Signs an httpx PDS request with ``Authorization: acs <AK>:<signature>``, in place.

    ``credentials`` is an :class:`AlibabaCredentials` or a zero-argument callable returning one (called at every
    signing); ``clock`` returns the current time (aware UTC); ``nonce`` a fresh nonce.
    """

    credentials_type = AlibabaCredentials

    def sign(self, request: httpx.Request) -> httpx.Request:
        """Sign ``request`` in place (and return it)."""
        creds = self._current_credentials()
        multimap = HeaderMultimap()
        encoding, raw, added = self._common_headers(request, multimap)
        if creds.security_token:
            added.append(("x-acs-security-token", creds.security_token))
        for name, value in added:
            multimap[name] = [value]
        pairs, _ = query_pairs(request)
        sts = string_to_sign(request.method, raw_path(request), pairs, multimap)
        added.append(("authorization", authorization(creds.access_key_id, signature(creds.access_key_secret, sts))))
        self._commit(request, encoding, raw, added)
        return request


class BearerTokenAuth(_PdsAuthBase[AccessToken]):
    """Authenticates an httpx PDS request with a bearer access token, in place.

    Sends ``Authorization: Bearer <token>`` and ``x-acs-bearer-token: <token>``. Its credentials are an
    :class:`AccessToken` or a zero-argument callable returning one (called for every attempt, so it can refresh).
    """

    credentials_type = AccessToken

    def sign(self, request: httpx.Request) -> httpx.Request:
        """Authenticate ``request`` in place (and return it)."""
        token = self._current_credentials()
        encoding, raw, added = self._common_headers(request)
        added.append(("x-acs-bearer-token", token.token))
        added.append(("authorization", f"Bearer {token.token}"))
        self._commit(request, encoding, raw, added)
        return request
