"""Alibaba Cloud's legacy RPC signature (HMAC-SHA1, ``SignatureVersion=1.0``; "V2" in the vendor docs).

Every protocol parameter travels in the query, in the official SDK's order::

    Action, Format=json, Version, Timestamp, SignatureNonce, <operation parameters, alphabetical>,
    [SecurityToken], SignatureMethod=HMAC-SHA1, SignatureVersion=1.0, AccessKeyId, Signature

and the signature is::

    CanonicalizedQuery = sorted "rfc3986(k)=rfc3986(v)" over the decoded parameters (all but Signature), joined "&"
    StringToSign       = METHOD "&" "%2F" "&" rfc3986(CanonicalizedQuery)
    Signature          = base64(HMAC-SHA1(key = secret + "&", StringToSign))

The HTTP method is signed. Only the query is signed (plus the parameters of a form-encoded body, if any):
no header and no JSON body is covered. The wire query is form-encoded (space is ``+``), so the ``Signature``
value is sent percent-encoded (``+`` → ``%2B``, ``/`` → ``%2F``, ``=`` → ``%3D``).
"""

from __future__ import annotations

import base64
from collections.abc import Iterable

import httpx

from ..credentials_types import AlibabaCredentials
from ._base import Signer
from ._encoding import (
    form_query,
    hmac_sha1,
    iso8601,
    make_url,
    parse_query,
    query_pairs,
    raw_path,
    rfc3986,
)

__all__ = [
    "PROTOCOL_PARAMETERS",
    "AcsRpcV1Signer",
    "canonicalized_query",
    "signature",
    "signed_query_pairs",
    "string_to_sign",
]

#: Query parameters owned by the protocol; an operation parameter never uses these names.
PROTOCOL_PARAMETERS = frozenset(
    {
        "Action",
        "Format",
        "Version",
        "Timestamp",
        "SignatureNonce",
        "SecurityToken",
        "SignatureMethod",
        "SignatureVersion",
        "AccessKeyId",
        "Signature",
    }
)


def canonicalized_query(pairs: Iterable[tuple[str, str]]) -> str:
    """Sorted ``rfc3986(k)=rfc3986(v)`` over the decoded parameters, joined with ``&``.

    A ``Signature`` pair, if present, is left out, so a server can pass the whole received query.
    """
    return "&".join(f"{rfc3986(k)}={rfc3986(v)}" for k, v in sorted(pairs) if k != "Signature")


def string_to_sign(method: str, pairs: Iterable[tuple[str, str]]) -> str:
    return f"{method.upper()}&%2F&{rfc3986(canonicalized_query(pairs))}"


def signature(secret: str, string_to_sign: str) -> str:
    """base64 HMAC-SHA1 keyed with ``secret + "&"``."""
    return base64.b64encode(hmac_sha1((secret + "&").encode("utf-8"), string_to_sign)).decode("ascii")


def signed_query_pairs(
    method: str,
    action: str,
    version: str,
    params: Iterable[tuple[str, str]],
    credentials: AlibabaCredentials,
    *,
    timestamp: str,
    nonce: str,
    body_params: Iterable[tuple[str, str]] = (),
) -> list[tuple[str, str]]:
    """The complete wire query, in the SDK's order, ending with ``Signature``.

    ``params`` are the operation's decoded parameters (sorted here); ``body_params`` are the decoded parameters
    of a form-encoded body, which are signed but not put in the query.
    """
    pairs = [
        ("Action", action),
        ("Format", "json"),
        ("Version", version),
        ("Timestamp", timestamp),
        ("SignatureNonce", nonce),
    ]
    pairs.extend(sorted(params, key=lambda kv: kv[0]))
    if credentials.security_token:
        pairs.append(("SecurityToken", credentials.security_token))
    pairs.append(("SignatureMethod", "HMAC-SHA1"))
    pairs.append(("SignatureVersion", "1.0"))
    pairs.append(("AccessKeyId", credentials.access_key_id))
    sts = string_to_sign(method, [*pairs, *body_params])
    pairs.append(("Signature", signature(credentials.access_key_secret, sts)))
    return pairs


class AcsRpcV1Signer(Signer[AlibabaCredentials]):
    """Signs an httpx RPC request with the legacy HMAC-SHA1 query signature, in place.

    Action and version come from the request's ``x-acs-action`` / ``x-acs-version`` headers (which stay on the
    request, as the SDK sends them too); the query is rewritten to the SDK's exact order with the protocol
    parameters and ``Signature``. Signing again (retry, refreshed credentials) replaces all protocol parameters.

    ``credentials`` is an :class:`AlibabaCredentials` or a zero-argument callable returning one; ``clock`` returns
    the current time (aware UTC); ``nonce`` a fresh nonce.
    """

    credentials_type = AlibabaCredentials

    def sign(self, request: httpx.Request) -> httpx.Request:
        """Sign ``request`` in place (and return it)."""
        creds = self._current_credentials()
        headers = request.headers
        action = headers.get("x-acs-action")
        version = headers.get("x-acs-version")
        if not action or not version:
            raise ValueError("RPC signing needs the x-acs-action and x-acs-version headers")
        headers.pop("authorization", None)
        decoded, _ = query_pairs(request)  # the decoded query as the wire builder made it, when still current
        params = [(k, v) for k, v in decoded if k not in PROTOCOL_PARAMETERS]
        body_params: list[tuple[str, str]] = []
        content_type = headers.get("content-type", "")
        if content_type.startswith("application/x-www-form-urlencoded") and request.content:
            body_params = parse_query(request.content)
        pairs = signed_query_pairs(
            request.method,
            action,
            version,
            params,
            creds,
            timestamp=iso8601(self._clock()),
            nonce=self._nonce(),
            body_params=body_params,
        )
        url = request.url
        request.url = make_url(url.scheme, url.netloc.decode("ascii"), raw_path(request), form_query(pairs))
        return request
