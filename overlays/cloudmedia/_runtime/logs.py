"""Logging for cloudmedia, and the redaction helpers every log line and error message goes through.

All records go to the ``cloudmedia`` logger (a :class:`logging.NullHandler` is attached, so nothing is
printed unless the application configures logging). Request lines are logged at DEBUG.

Redaction rules:

* **Headers** (:func:`redact_headers`): the values of ``x-acs-security-token``, ``x-acs-bearer-token``,
  ``X-Security-Token`` and ``Proxy-Authorization`` become ``***``. ``Authorization`` keeps only its
  non-secret parts: the scheme / algorithm, the ``Credential`` (access-key id and scope),
  ``SignedHeaders`` and ``Signature`` of the ACS3 / ACS4 / Volcengine HMAC forms, and the
  ``acs <AccessKeyId>:<signature>`` form of PDS. A signature is derived from the secret but does not reveal
  it, and it is what one needs to debug a signing mismatch. Tokens (``Bearer …``) and unknown schemes are
  masked.
* **URLs** (:func:`redact_url`): the values of token query parameters (``SecurityToken``, ``BearerToken``,
  ``AccessToken``, ``X-Security-Token``…) and any password in the user-info part are masked; ``Signature``
  and ``AccessKeyId`` are kept.
* **Free text** (:func:`redact_text`): session tokens a service echoes back (for example inside a
  ``SignatureDoesNotMatch`` message quoting the string-to-sign) are masked. Used for error messages.

Access-key secrets never reach this module: they are only ever used as HMAC keys.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit, urlunsplit

__all__ = [
    "MASK",
    "log_request",
    "logger",
    "redact_headers",
    "redact_text",
    "redact_url",
]

logger = logging.getLogger("cloudmedia")
logger.addHandler(logging.NullHandler())

MASK = "***"

#: Headers whose whole value is secret (lower-case).
_SECRET_HEADERS = frozenset(
    {
        "x-acs-security-token",
        "x-acs-bearer-token",
        "x-security-token",
        "proxy-authorization",
    }
)

#: Query parameters whose value is secret (lower-case). ``Signature`` and ``AccessKeyId`` are not secret.
_SECRET_QUERY = frozenset(
    {
        "securitytoken",
        "bearertoken",
        "accesstoken",
        "access_token",
        "refresh_token",
        "x-security-token",
        "x-acs-security-token",
        "x-acs-bearer-token",
        "x-tos-security-token",
        "x-amz-security-token",
    }
)

#: ``Authorization`` parameters that may be shown (lower-case).
_PUBLIC_AUTH_PARAMS = frozenset({"credential", "signedheaders", "signature"})

#: HMAC schemes whose ``k=v`` parameters are parsed and filtered.
_HMAC_SCHEME = re.compile(r"^(?:ACS\d-HMAC-SHA\d+|HMAC-SHA\d+|AWS4-HMAC-SHA256)$", re.IGNORECASE)

# Tokens echoed in free text: `SecurityToken=...`, `SecurityToken%3D...` (inside a percent-encoded
# string-to-sign), `"SecurityToken": "..."`, `x-acs-security-token:...`. The value runs to the next
# separator (`&`, `%26`, `%2526`, quote, whitespace, comma, `;`).
_TEXT_TOKEN = re.compile(
    r"""(?P<key>(?:SecurityToken|BearerToken|AccessToken|X-Security-Token|x-acs-security-token|x-acs-bearer-token)"""
    r"""(?:"?\s*[:=]\s*"?|%3D|%253D))"""
    r"""(?P<value>.+?)(?=%26|%2526|&|["'\s,;<]|$)""",
    re.IGNORECASE,
)


def _redact_authorization(value: str) -> str:
    scheme, sep, rest = value.strip().partition(" ")
    if not sep:
        return MASK
    if scheme.lower() == "acs":
        # PDS: `acs <AccessKeyId>:<base64 signature>`; neither part is secret.
        return value
    if _HMAC_SCHEME.match(scheme):
        parts = []
        for item in re.split(r",\s*", rest.strip()):
            key, eq, val = item.partition("=")
            if eq and key.strip().lower() in _PUBLIC_AUTH_PARAMS:
                parts.append(f"{key.strip()}={val}")
            else:
                parts.append(f"{key.strip()}={MASK}" if eq else MASK)
        joiner = ", " if ", " in rest else ","
        return f"{scheme} {joiner.join(parts)}"
    # Bearer, Basic and anything unknown: the scheme is kept, the credentials are not.
    return f"{scheme} {MASK}"


def redact_headers(headers: Mapping[str, str] | Iterable[tuple[str, str]] | Any) -> dict[str, str]:
    """Return a copy of ``headers`` (a mapping, ``httpx.Headers`` or ``(name, value)`` pairs) with secrets masked.

    Header names keep their original case.
    """
    items = headers.items() if hasattr(headers, "items") else headers
    out: dict[str, str] = {}
    for name, value in items:
        if isinstance(name, bytes):
            name = name.decode("latin-1")
        if isinstance(value, bytes):
            value = value.decode("latin-1")
        lower = name.lower()
        if lower == "authorization":
            out[name] = _redact_authorization(value)
        elif lower in _SECRET_HEADERS:
            out[name] = MASK
        else:
            out[name] = value
    return out


def redact_url(url: Any) -> str:
    """Return ``url`` (a string or ``httpx.URL``) with token query parameters and passwords masked.

    Everything else, including ``Signature`` and ``AccessKeyId``, is left byte for byte as it was.
    """
    text = str(url)
    try:
        parts = urlsplit(text)
    except ValueError:
        return redact_text(text)
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, _, hostport = netloc.rpartition("@")
        user, colon, _password = userinfo.partition(":")
        netloc = f"{user}:{MASK}@{hostport}" if colon else netloc
    query = parts.query
    if query:
        pieces = []
        for piece in query.split("&"):
            key, eq, _val = piece.partition("=")
            if eq and _unquote_key(key).lower() in _SECRET_QUERY:
                pieces.append(f"{key}={MASK}")
            else:
                pieces.append(piece)
        query = "&".join(pieces)
    if netloc == parts.netloc and query == parts.query:
        return text
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def _unquote_key(key: str) -> str:
    if "%" in key or "+" in key:
        from urllib.parse import unquote_plus

        return unquote_plus(key)
    return key


def redact_text(text: str) -> str:
    """Mask session / bearer tokens that appear in free text (error messages, response excerpts)."""
    if "oken" not in text and "OKEN" not in text:
        return text
    return _TEXT_TOKEN.sub(lambda m: m.group("key") + MASK, text)


def log_request(
    method: str,
    url: Any,
    status: int | str | None,
    elapsed_ms: float,
    attempt: int,
    *,
    error: str | None = None,
) -> None:
    """Log one HTTP exchange at DEBUG: ``POST https://host/?… -> 200 in 12.3 ms (attempt 1)``.

    ``status`` is the HTTP status, or (no response received) None or the name of the transport error;
    ``error`` may describe what went wrong.
    """
    if not logger.isEnabledFor(logging.DEBUG):
        return
    if isinstance(status, int):
        outcome = str(status)
    else:
        outcome = f"no response ({redact_text(' '.join(x for x in (status, error) if x) or 'error')})"
    logger.debug("%s %s -> %s in %.1f ms (attempt %d)", method, redact_url(url), outcome, elapsed_ms, attempt)
