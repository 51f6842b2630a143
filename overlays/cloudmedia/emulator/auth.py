"""Server-side verification of every signing scheme the wire families accept.

Each wire family (:mod:`cloudmedia._runtime.families`) verifies its own schemes (``WireFamily.verify``); this module
holds what they share: the received request, the verified principal, the clock and its allowed skew, the nonce cache
and the parsing helpers. The canonical forms come from the shared signing modules (:mod:`cloudmedia._runtime.signing`),
the same pure functions the clients sign with: only the official-SDK oracle tests (``tests/runtime/signing``) would
catch an encoding bug the two sides share. Each verifier recomputes the signature over what the request declares it
signed (ACS3 and Volcengine: the ``SignedHeaders`` list it carries), after checking that the list covers everything
that decides the request's meaning:

================== ================================================================================================
scheme             checked, in order (the first failure answers)
================== ================================================================================================
``acs3``           Authorization shape; SignedHeaders cover ``host``, ``content-type`` (if sent) and every
                   ``x-acs-*`` header; AccessKey id known; ``x-acs-date`` within the allowed skew;
                   ``x-acs-content-sha256`` equals the body's hash; signature; STS token; nonce not seen before
``rpc-hmac-sha1``  protocol parameters present (``SignatureMethod=HMAC-SHA1``, ``SignatureVersion=1.0``);
                   AccessKey id known; ``Timestamp`` within the skew; signature over the method and every query
                   (and form-body) parameter; ``SecurityToken``; ``SignatureNonce`` not seen before
``pds-hmac-sha1``  ``acs AK:signature``; ``date`` within the skew; AccessKey id known; signature (the body is not
                   part of this scheme); ``x-acs-security-token``; ``x-acs-signature-nonce`` not seen before
``bearer``         the token is known and not expired; ``x-acs-bearer-token``, when sent, is the same token
``volc-hmac-sha256`` Authorization shape; scope ``<date>/<region>/<service>/request`` with the routed service and
                   the X-Date's day; SignedHeaders cover ``host``, ``x-date`` and, when sent,
                   ``x-content-sha256`` and ``x-security-token``; X-Date within the skew; AccessKey id known;
                   ``X-Content-Sha256`` equals the body's hash; signature (over the body's real hash); session token
================== ================================================================================================

Nonces are remembered per AccessKey id for twice the allowed skew; a request whose timestamp is older than the skew
is refused anyway, so a replay is caught either way. Volcengine's scheme has no nonce.
"""

from __future__ import annotations

import hmac
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

from .._runtime.families import WireFamily, family_for_style
from .._runtime.signing._encoding import parse_query
from .credentials import CredentialSet

__all__ = [
    "NonceCache",
    "Principal",
    "Verifier",
    "WireRequest",
    "equal",
    "parse_basic",
    "parse_http_date",
    "parse_iso",
    "token_malformed",
]

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z")
_BASIC = re.compile(r"\d{8}T\d{6}Z")


@dataclass(frozen=True)
class WireRequest:
    """A request as received: the raw path, the query both raw and decoded, the header lines and the body."""

    method: str
    path: str
    raw_query: str
    headers: tuple[tuple[str, str], ...]
    body: bytes

    @property
    def query(self) -> list[tuple[str, str]]:
        return parse_query(self.raw_query)

    def header(self, name: str) -> str | None:
        """The first value of a header (case-insensitive), or None."""
        lowered = name.lower()
        for k, v in self.headers:
            if k.lower() == lowered:
                return v
        return None

    def query_value(self, name: str) -> str | None:
        for k, v in self.query:
            if k == name:
                return v
        return None


@dataclass(frozen=True)
class Principal:
    """Who a verified request came from."""

    scheme: str
    """``acs3``, ``rpc-hmac-sha1``, ``pds-hmac-sha1``, ``bearer`` or ``volc-hmac-sha256``."""
    access_key_id: str | None = None
    sts: bool = False
    region: str | None = None
    """Volcengine: the region of the credential scope."""


class NonceCache:
    """Nonces seen recently, per AccessKey id; bounded in size and time."""

    def __init__(self, ttl: timedelta, max_entries: int = 1_000_000) -> None:
        self._ttl = ttl
        self._max = max_entries
        self._seen: OrderedDict[tuple[str, str], datetime] = OrderedDict()
        self._lock = threading.Lock()

    def use(self, access_key_id: str, nonce: str, now: datetime) -> bool:
        """Record ``nonce``; False if it was already used within the time-to-live."""
        key = (access_key_id, nonce)
        with self._lock:
            while self._seen:
                oldest_key, expires = next(iter(self._seen.items()))
                if expires > now and len(self._seen) < self._max:
                    break
                del self._seen[oldest_key]
            previous = self._seen.get(key)
            if previous is not None and previous > now:
                return False
            self._seen[key] = now + self._ttl
            self._seen.move_to_end(key)
            return True

    def clear(self) -> None:
        with self._lock:
            self._seen.clear()

    def __len__(self) -> int:
        return len(self._seen)


def parse_iso(value: str) -> datetime | None:
    if not _ISO.fullmatch(value):
        return None
    try:
        return datetime.strptime(value[:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=UTC)
    except ValueError:
        return None


def parse_basic(value: str) -> datetime | None:
    if not _BASIC.fullmatch(value):
        return None
    try:
        return datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    except ValueError:
        return None


def parse_http_date(value: str) -> datetime | None:
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def equal(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


def token_malformed(token: str) -> bool:
    return not token or token != token.strip() or any(ord(c) < 0x21 or ord(c) == 0x7F for c in token)


class Verifier:
    """Checks requests against a :class:`CredentialSet` at the time given by ``clock``."""

    def __init__(
        self,
        credentials: CredentialSet,
        clock: Callable[[], datetime],
        max_skew: timedelta = timedelta(minutes=15),
    ) -> None:
        self.credentials = credentials
        self.clock = clock
        self.max_skew = max_skew
        self.nonces = NonceCache(2 * max_skew)

    def now(self) -> datetime:
        moment = self.clock()
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment

    def within_skew(self, moment: datetime, now: datetime) -> bool:
        """Whether a request's timestamp is within the allowed clock skew of ``now``."""
        return abs(now - moment) <= self.max_skew

    def verify(self, req: WireRequest, family: str | WireFamily, product: str | None = None) -> Principal:
        """Verify ``req`` with the signature rules of its wire ``family`` (a style name or the family).

        ``product`` is the routed service (Volcengine checks that the credential scope names it). Raises the
        :class:`~.errors.EmulatedError` the vendor answers with.
        """
        if isinstance(family, str):
            family = family_for_style(family)
        return family.verify(self, req, product)
