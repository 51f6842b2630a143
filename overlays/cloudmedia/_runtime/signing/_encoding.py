"""Encoding, hashing and time formats shared by the signers and the wire builder, plus the few pieces every
signer has in common (credential resolution, default clock and nonce).

Two encodings are in play and must never be confused:

* the **wire** encoding of a query string is HTML-form encoding (``urllib.parse.quote_plus``: space becomes
  ``+``, ``~`` is kept, everything else outside ``A-Z a-z 0-9 - _ . ~`` becomes upper-case ``%XX`` of its UTF-8
  bytes). It is what the official SDKs put on the wire;
* the **canonical** (signing) encoding is RFC 3986 (``urllib.parse.quote(s, safe='~')``: space becomes ``%20``),
  applied to the *decoded* values. Signing the wire string, or a ``+``, breaks every value containing a space.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import re
import secrets
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, TypeVar
from urllib.parse import quote, quote_plus, unquote_plus

import httpx

from ..logs import remember_secrets

_T = TypeVar("_T")

__all__ = [
    "EMPTY_SHA256",
    "SIGNING_QUERY",
    "HeaderMultimap",
    "SigningQuery",
    "basic_iso8601",
    "check_provider",
    "default_clock",
    "default_nonce",
    "form_encode",
    "form_query",
    "header_multimap",
    "hmac_sha1",
    "hmac_sha256",
    "iso8601",
    "make_url",
    "parse_query",
    "query_pairs",
    "raw_path",
    "resolve_credentials",
    "rfc1123",
    "rfc3986",
    "sha256_hex",
    "signing_query",
    "utc",
]

#: SHA-256 of the empty string, hex.
EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def rfc3986(s: str) -> str:
    """RFC 3986 percent-encoding of a decoded string: only ``A-Z a-z 0-9 - _ . ~`` stay literal."""
    return quote(s, safe="~")


def form_encode(s: str) -> str:
    """HTML-form encoding (``quote_plus``), as ``urllib.parse.urlencode`` does: space becomes ``+``."""
    return quote_plus(s, safe="")


def form_query(pairs: Iterable[tuple[str, str]]) -> str:
    """Join decoded ``(key, value)`` pairs into a form-encoded query string, keeping their order."""
    return "&".join(f"{quote_plus(k, safe='')}={quote_plus(v, safe='')}" for k, v in pairs)


def parse_query(raw: bytes | str) -> list[tuple[str, str]]:
    """Decode a raw (form-encoded) query string into ``(key, value)`` pairs, in wire order.

    ``+`` decodes to a space and ``%XX`` to its byte (UTF-8); a key without ``=`` has the value ``""``;
    empty segments are skipped. This is what a server sees, so it is what the signatures cover.
    """
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8")
    if not raw:
        return []
    out = []
    for part in raw.split("&"):
        if not part:
            continue
        k, sep, v = part.partition("=")
        out.append((unquote_plus(k), unquote_plus(v) if sep else ""))
    return out


#: ``request.extensions`` key of the :class:`SigningQuery` the wire builder attaches to the requests it builds.
SIGNING_QUERY = "cloudmedia.signing_query"


class SigningQuery:
    """The query of a request as the wire builder made it, so that the signers need not parse the URL again.

    ``pairs`` are the decoded ``(key, value)`` pairs in wire order and ``encoded`` their RFC 3986 encodings
    (:func:`rfc3986` of key and value), pair for pair. Each scheme's pure ``canonical_query`` takes both, so the
    canonical form is computed by that one function whether a request is signed or verified. Valid only for ``url``.
    """

    __slots__ = ("encoded", "pairs", "url")

    def __init__(self, url: httpx.URL, pairs: list[tuple[str, str]], encoded: list[tuple[str, str]]) -> None:
        self.url = url
        self.pairs = pairs
        self.encoded = encoded


def signing_query(request: httpx.Request) -> SigningQuery | None:
    """The request's :class:`SigningQuery`, if the wire builder attached one and the URL is still the one it built."""
    sq = request.extensions.get(SIGNING_QUERY)
    if isinstance(sq, SigningQuery) and sq.url is request.url:
        return sq
    return None


def query_pairs(request: httpx.Request) -> tuple[list[tuple[str, str]], list[tuple[str, str]] | None]:
    """The decoded query pairs of ``request`` and, when the wire builder supplied them, their RFC 3986 encodings."""
    sq = signing_query(request)
    if sq is not None:
        return sq.pairs, sq.encoded
    return parse_query(request.url.query), None


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def hmac_sha256(key: bytes, msg: str) -> bytes:
    return hmac.new(key, msg.encode("utf-8"), hashlib.sha256).digest()


def hmac_sha1(key: bytes, msg: str) -> bytes:
    return hmac.new(key, msg.encode("utf-8"), hashlib.sha1).digest()


def utc(moment: datetime) -> datetime:
    """The moment in UTC; a naive datetime is taken to be UTC already."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def iso8601(moment: datetime) -> str:
    """``2024-06-01T12:00:00Z`` (UTC, seconds): ``x-acs-date`` and the RPC ``Timestamp``."""
    return utc(moment).strftime("%Y-%m-%dT%H:%M:%SZ")


def rfc1123(moment: datetime) -> str:
    """``Sat, 01 Jun 2024 12:00:00 GMT``, always in English whatever the locale: the PDS ``date`` header."""
    m = utc(moment)
    return (
        f"{_WEEKDAYS[m.weekday()]}, {m.day:02d} {_MONTHS[m.month - 1]} {m.year:04d} "
        f"{m.hour:02d}:{m.minute:02d}:{m.second:02d} GMT"
    )


def basic_iso8601(moment: datetime) -> str:
    """``20241022T063953Z`` (UTC, seconds): Volcengine's ``X-Date``."""
    return utc(moment).strftime("%Y%m%dT%H%M%SZ")


def default_clock() -> datetime:
    """The real clock, aware UTC."""
    return datetime.now(UTC)


def default_nonce() -> str:
    """32 random hex digits."""
    return secrets.token_hex(16)


def resolve_credentials(source: Any, expected: type[_T], signer: str) -> _T:
    """Return the credentials object ``source`` is, or returns when called (a zero-argument provider).

    Called at every signing, so a provider can refresh expiring credentials.
    """
    if not callable(source):
        creds = source
    else:
        creds = source()
        remember_secrets(creds)  # a provider's fresh values are masked too (cheap when already known)
    if not isinstance(creds, expected):
        raise TypeError(f"{signer} needs {expected.__name__}, got {type(creds).__name__}")
    return creds


def check_provider(source: Any, expected: type | tuple[type, ...], signer: str) -> None:
    """Constructor-time check: ``source`` is a credentials object of the right kind or a callable."""
    if not callable(source) and not isinstance(source, expected):
        names = " or ".join(t.__name__ for t in (expected if isinstance(expected, tuple) else (expected,)))
        raise TypeError(
            f"{signer} needs {names} or a zero-argument callable returning one, got {type(source).__name__}"
        )


class HeaderMultimap(dict[str, list[str]]):
    """Lower-case header name -> its values in order: what :func:`header_multimap` returns and passes through."""


def header_multimap(headers: Any) -> HeaderMultimap:
    """Lower-case name -> values, from httpx.Headers, a mapping, ``(name, value)`` pairs or a :class:`HeaderMultimap`
    (returned as is)."""
    if isinstance(headers, HeaderMultimap):
        return headers
    if hasattr(headers, "multi_items"):
        items = headers.multi_items()
    elif isinstance(headers, Mapping):
        items = headers.items()
    else:
        items = headers
    out = HeaderMultimap()
    for name, value in items:
        out.setdefault(name.lower(), []).append(value)
    return out


def raw_path(request: Any) -> str:
    """The path of an httpx request exactly as sent (still percent-encoded), ``/`` when empty."""
    raw = request.url.raw_path
    q = raw.find(b"?")
    return (raw if q < 0 else raw[:q]).decode("ascii") or "/"


# --------------------------------------------------------------------------------------------------------------
# Building httpx.URL objects cheaply.
#
# httpx parses and re-validates every URL string character by character in Python, which dominates the cost of
# building an RPC request (every parameter is in the query). The URLs built here are already in httpx's canonical
# form (lower-case scheme and host, percent-encoded ASCII path and query), so when that is verifiably the case the
# parsed representation is constructed directly; anything else goes through httpx's own parser. A self-check at
# import compares both ways and disables the shortcut if this httpx version represents URLs differently.

_ParseResult: Any
try:  # httpx >= 0.23: the parsed representation behind httpx.URL
    from httpx._urlparse import ParseResult as _ParseResult
except ImportError:  # pragma: no cover - depends on the httpx version
    _ParseResult = None

_URL_LIMIT = 65536
_DEFAULT_PORTS = {"http": 80, "https": 443}
_FAST_HOST = re.compile(r"[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?")
_IPV4_STYLE = re.compile(r"[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+")
_FAST_PATH = re.compile(r"/(?:[A-Za-z0-9\-._~/]|%[0-9A-F]{2})*")
_FAST_QUERY = re.compile(r"(?:[A-Za-z0-9\-._~&=+]|%[0-9A-F]{2})*")


def _fast_url(scheme: str, netloc: str, path: str, query: str | None) -> httpx.URL | None:
    if _ParseResult is None or scheme not in _DEFAULT_PORTS:
        return None
    host, _, port_text = netloc.partition(":")
    if not _FAST_HOST.fullmatch(host) or "/." in path or not _FAST_PATH.fullmatch(path):
        return None
    if query is not None and (
        len(query) + len(netloc) + len(path) + 10 > _URL_LIMIT or not _FAST_QUERY.fullmatch(query)
    ):
        return None
    if _IPV4_STYLE.fullmatch(host):
        try:
            ipaddress.IPv4Address(host)
        except ValueError:
            return None
    port: int | None = None
    if port_text:
        if not port_text.isdigit():
            return None
        port = int(port_text)
        if port == _DEFAULT_PORTS[scheme]:
            port = None
    url = httpx.URL.__new__(httpx.URL)
    url._uri_reference = _ParseResult(scheme, "", host, port, path, query, None)
    return url


def make_url(scheme: str, netloc: str, path: str, query: str | None) -> httpx.URL:
    """``scheme://netloc{path}[?query]`` as an httpx.URL; ``query`` must already be percent-encoded."""
    if _FAST_URLS:
        url = _fast_url(scheme, netloc.lower(), path, query)
        if url is not None:
            return url
    return httpx.URL(f"{scheme}://{netloc}{path}" if query is None else f"{scheme}://{netloc}{path}?{query}")


def _self_check() -> bool:
    samples = [
        ("https", "imm.cn-hangzhou.aliyuncs.com", "/", "A=b+c&D=%E4%B8%AD~%2A&E="),
        ("http", "127.0.0.1:8080", "/v2/file/scan", None),
        ("https", "Open.VolcengineAPI.com:443", "/", "Action=X&Version=2024-07-30"),
        ("http", "localhost:80", "/a%2Fb/c", ""),
    ]
    try:
        for scheme, netloc, path, query in samples:
            fast = _fast_url(scheme, netloc.lower(), path, query)
            text = f"{scheme}://{netloc}{path}" if query is None else f"{scheme}://{netloc}{path}?{query}"
            slow = httpx.URL(text)
            if (
                fast is None
                or any(
                    getattr(fast, a) != getattr(slow, a)
                    for a in ("scheme", "host", "port", "netloc", "raw_path", "query")
                )
                or str(fast) != str(slow)
                or httpx.URL(fast) != slow
            ):
                return False
    except Exception:  # noqa: BLE001  # pragma: no cover - any surprise disables the shortcut
        return False
    return True


_FAST_URLS = _self_check()
