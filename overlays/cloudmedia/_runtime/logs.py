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
* **By value**: every client registers the secrets it holds (:func:`remember_secrets`: AccessKey secrets, STS
  security and session tokens, bearer access tokens; signers register the values a credentials provider returns)
  and every function above masks those values wherever they appear, whatever the shape of the echo: alone, as a
  ``key=value``, percent-encoded once or twice (either hex case), form-encoded, JSON-escaped. AccessKey ids are
  not secret (as in botocore) and are kept. A value shorter than :data:`MIN_SECRET_LENGTH` is not registered.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote, quote_plus, urlsplit, urlunsplit

__all__ = [
    "MASK",
    "MIN_SECRET_LENGTH",
    "RedactingFilter",
    "forget_secrets",
    "install_log_filters",
    "log_request",
    "logger",
    "mask_secrets",
    "redact_headers",
    "redact_text",
    "redact_url",
    "remember_secrets",
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


# --------------------------------------------------------------------------------------------- secrets by value

#: Shortest value :func:`remember_secrets` registers (a shorter one would mask ordinary words).
MIN_SECRET_LENGTH = 8
#: At most this many values are remembered (the oldest are forgotten first).
_MAX_SECRETS = 256
#: Attributes of the credential types that hold secrets (AccessKey ids are not secret).
_SECRET_ATTRIBUTES = ("access_key_secret", "security_token", "secret_access_key", "session_token", "token")

_secrets_lock = threading.Lock()
_secret_values: dict[str, None] = {}  # insertion-ordered set
_secret_pattern: re.Pattern[str] | None = None


def _forms(value: str) -> set[str]:
    """The shapes in which a service or a proxy may echo ``value``."""
    once = quote(value, safe="")
    forms = {
        value,
        once,
        quote(value, safe="~"),
        quote_plus(value, safe=""),
        quote(once, safe=""),  # percent-encoded twice (a string-to-sign quoted in a query)
        value.replace("/", "\\/"),  # JSON with escaped solidus
    }
    return {f for f in forms if f}


def remember_secrets(*sources: object) -> None:
    """Register secret values to mask: strings, or credential objects (their secret and token attributes).

    ``None``, callables (credential providers: their values are registered when a signer resolves them) and
    values shorter than :data:`MIN_SECRET_LENGTH` are skipped.
    """
    global _secret_pattern
    values: list[str] = []
    for source in sources:
        if source is None or callable(source):
            continue
        if isinstance(source, str):
            values.append(source)
            continue
        for name in _SECRET_ATTRIBUTES:
            value = getattr(source, name, None)
            if isinstance(value, str):
                values.append(value)
    fresh = [v for v in values if len(v) >= MIN_SECRET_LENGTH and v not in _secret_values]
    if not fresh:
        return
    with _secrets_lock:
        for value in fresh:
            _secret_values[value] = None
        while len(_secret_values) > _MAX_SECRETS:
            del _secret_values[next(iter(_secret_values))]
        forms = sorted({f for v in _secret_values for f in _forms(v)}, key=len, reverse=True)
        _secret_pattern = re.compile("|".join(re.escape(f) for f in forms), re.IGNORECASE)


def forget_secrets() -> None:
    """Forget every registered secret value (tests use it to start clean)."""
    global _secret_pattern
    with _secrets_lock:
        _secret_values.clear()
        _secret_pattern = None


def mask_secrets(text: str) -> str:
    """``text`` with every registered secret value (in any of its encoded forms) replaced by :data:`MASK`."""
    pattern = _secret_pattern
    if pattern is None or not text:
        return text
    return pattern.sub(MASK, text)


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
            out[name] = mask_secrets(_redact_authorization(value))
        elif lower in _SECRET_HEADERS:
            out[name] = MASK
        else:
            out[name] = mask_secrets(value)
    return out


def redact_url(url: Any) -> str:
    """Return ``url`` (a string or ``httpx.URL``) with token query parameters and passwords masked.

    Everything else, including ``Signature`` and ``AccessKeyId``, is left byte for byte as it was.
    """
    text = mask_secrets(str(url))
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
    """Mask secrets in free text (error messages, response excerpts): every registered value, and whatever
    follows a token key (``SecurityToken=``, ``"BearerToken": "``...)."""
    text = mask_secrets(text)
    if "oken" not in text and "OKEN" not in text:
        return text
    return _TEXT_TOKEN.sub(lambda m: m.group("key") + MASK, text)


def _is_url(value: object) -> bool:
    kind = type(value)
    return kind.__name__ == "URL" and kind.__module__.startswith("httpx")


class RedactingFilter(logging.Filter):
    """Masks secrets in the records of the HTTP stack's loggers (``httpx``, ``httpcore.*``) and of ``cloudmedia``.

    URL arguments (httpx's ``HTTP Request: POST <url>`` line) go through :func:`redact_url`; any other record whose
    message shows a registered secret value (httpcore's DEBUG traces print the response headers, which may echo
    one) is replaced by its masked text.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and args:
            record.args = tuple(redact_url(a) if _is_url(a) else a for a in args)
        if _secret_pattern is not None:
            message = record.getMessage()
            masked = mask_secrets(message)
            if masked != message:
                record.msg = masked
                record.args = None
        return True


#: The loggers :func:`install_log_filters` guards (a filter applies to its own logger's records only).
FILTERED_LOGGERS = (
    "cloudmedia",
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)


def install_log_filters() -> None:
    """Attach one :class:`RedactingFilter` to each of :data:`FILTERED_LOGGERS` (idempotent)."""
    for name in FILTERED_LOGGERS:
        target = logging.getLogger(name)
        if not any(isinstance(f, RedactingFilter) for f in target.filters):
            target.addFilter(RedactingFilter())


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
