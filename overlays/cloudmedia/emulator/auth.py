"""Server-side verification of every signing scheme the five operations accept.

The canonical forms come from the shared signing modules (:mod:`cloudmedia._runtime.signing`), the same pure functions
the clients sign with; this module only decides *what* to feed them from a received request and which vendor error a
failure is. Each verifier recomputes the signature over what the request declares it signed (ACS3 and Volcengine:
the ``SignedHeaders`` list it carries), after checking that the list covers everything that decides the request's
meaning:

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

import hashlib
import hmac
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

from .._runtime.signing import acs3, pds, rpc_v1, volcengine
from .._runtime.signing._encoding import header_multimap, parse_query
from . import errors as E
from .credentials import CredentialSet

__all__ = ["NonceCache", "Principal", "Verifier", "WireRequest"]

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


def _parse_iso(value: str) -> datetime | None:
    if not _ISO.fullmatch(value):
        return None
    try:
        return datetime.strptime(value[:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=UTC)
    except ValueError:
        return None


def _parse_basic(value: str) -> datetime | None:
    if not _BASIC.fullmatch(value):
        return None
    try:
        return datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    except ValueError:
        return None


def _parse_http_date(value: str) -> datetime | None:
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def _equal(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


def _token_malformed(token: str) -> bool:
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

    def _within_skew(self, moment: datetime, now: datetime) -> bool:
        return abs(now - moment) <= self.max_skew

    # ------------------------------------------------------------------------------------- Alibaba RPC

    def alibaba_rpc(self, req: WireRequest) -> Principal:
        """IMM, VOD, ICE: ACS3-HMAC-SHA256 (``Authorization``) or the legacy ``Signature`` query parameter."""
        if req.query_value("Signature") is not None:
            return self._rpc_v1(req)
        authorization = req.header("authorization")
        if authorization is None:
            if req.header("x-acs-bearer-token") is not None or req.query_value("SignatureType") == "BEARERTOKEN":
                raise E.incomplete_signature("This product does not accept bearer tokens; sign with an AccessKey.")
            raise E.incomplete_signature("The request carries neither an Authorization header nor a Signature.")
        return self._acs3(req, authorization)

    def _acs3(self, req: WireRequest, authorization: str) -> Principal:
        algorithm = authorization.strip().partition(" ")[0]
        if algorithm != acs3.ALGORITHM:
            raise E.incomplete_signature(f"Unsupported signature algorithm {algorithm!r}; use {acs3.ALGORITHM}.")
        try:
            access_key_id, signed, signature = acs3.parse_authorization(authorization)
        except ValueError as exc:
            raise E.incomplete_signature(str(exc)) from None
        present = header_multimap(req.headers)
        signed_set = {n.lower() for n in signed}
        must = {n for n in present if n == "host" or n == "content-type" or n.startswith("x-acs-")}
        unsigned = sorted(must - signed_set)
        if unsigned:
            raise E.incomplete_signature(f"SignedHeaders must include {', '.join(unsigned)}.")
        missing = sorted(signed_set - set(present))
        if missing:
            raise E.incomplete_signature(f"Signed header {', '.join(missing)} is not present.")
        for name in ("x-acs-action", "x-acs-version"):
            if name not in present:
                raise E.incomplete_signature(f"The {name} header is required.")
        found = self.credentials.alibaba(access_key_id)
        if found is None:
            raise E.access_key_not_found()
        creds, expires_at = found
        now = self.now()
        date = req.header("x-acs-date")
        if date is None:
            raise E.missing_timestamp("x-acs-date")
        moment = _parse_iso(date)
        if moment is None:
            raise E.timestamp_format("x-acs-date", date)
        if not self._within_skew(moment, now):
            raise E.timestamp_expired(date)
        nonce = req.header("x-acs-signature-nonce")
        if not nonce:
            raise E.missing_nonce("x-acs-signature-nonce")
        body_hash = hashlib.sha256(req.body).hexdigest()
        declared = req.header("x-acs-content-sha256")
        if declared is not None and declared.strip() != body_hash:
            raise E.signature_does_not_match(detail="The x-acs-content-sha256 header does not match the body.")
        creq = acs3.canonical_request(req.method, req.path, req.query, req.headers, signed, body_hash)
        sts = acs3.string_to_sign(creq)
        if not _equal(acs3.signature(creds.access_key_secret, sts), signature.strip()):
            raise E.signature_does_not_match(sts)
        ak_header = req.header("x-acs-accesskey-id")
        if ak_header is not None and ak_header.strip() != access_key_id:
            raise E.incomplete_signature("The x-acs-accesskey-id header does not match the Credential.")
        self._alibaba_token(creds, expires_at, req.header("x-acs-security-token"), now)
        if not self.nonces.use(access_key_id, nonce.strip(), now):
            raise E.nonce_used()
        return Principal("acs3", access_key_id, creds.is_sts)

    def _rpc_v1(self, req: WireRequest) -> Principal:
        pairs = req.query
        content_type = req.header("content-type") or ""
        if content_type.startswith("application/x-www-form-urlencoded") and req.body:
            pairs = pairs + parse_query(req.body)
        values: dict[str, str] = {}
        for k, v in pairs:
            values.setdefault(k, v)
        for name in ("AccessKeyId", "SignatureMethod", "SignatureVersion"):
            if not values.get(name):
                raise E.incomplete_signature(f"The {name} parameter is required.")
        if values["SignatureMethod"] != "HMAC-SHA1":
            raise E.incomplete_signature(f"SignatureMethod {values['SignatureMethod']!r} is not supported.")
        if values["SignatureVersion"] != "1.0":
            raise E.incomplete_signature(f"SignatureVersion {values['SignatureVersion']!r} is not supported.")
        if values.get("SignatureType") == "BEARERTOKEN":
            raise E.incomplete_signature("This product does not accept bearer tokens; sign with an AccessKey.")
        access_key_id = values["AccessKeyId"]
        found = self.credentials.alibaba(access_key_id)
        if found is None:
            raise E.access_key_not_found()
        creds, expires_at = found
        now = self.now()
        timestamp = values.get("Timestamp")
        if not timestamp:
            raise E.missing_timestamp("Timestamp")
        moment = _parse_iso(timestamp)
        if moment is None:
            raise E.timestamp_format("Timestamp", timestamp)
        if not self._within_skew(moment, now):
            raise E.timestamp_expired(timestamp)
        nonce = values.get("SignatureNonce")
        if not nonce:
            raise E.missing_nonce("SignatureNonce")
        sts = rpc_v1.string_to_sign(req.method, pairs)
        if not _equal(rpc_v1.signature(creds.access_key_secret, sts), values["Signature"]):
            raise E.signature_does_not_match(sts)
        self._alibaba_token(creds, expires_at, values.get("SecurityToken"), now)
        if not self.nonces.use(access_key_id, nonce, now):
            raise E.nonce_used()
        return Principal("rpc-hmac-sha1", access_key_id, creds.is_sts)

    def _alibaba_token(self, creds: object, expires_at: datetime | None, presented: str | None, now: datetime) -> None:
        token = getattr(creds, "security_token", None)
        if token:
            if presented is None or presented == "":
                raise E.missing_security_token()
            if _token_malformed(presented):
                raise E.security_token_malformed()
            if not _equal(presented, token):
                raise E.security_token_mismatch()
            if expires_at is not None and now >= expires_at:
                raise E.security_token_expired()
        elif presented is not None:
            raise E.security_token_malformed() if _token_malformed(presented) else E.security_token_mismatch()

    # ---------------------------------------------------------------------------------------------- PDS

    def pds(self, req: WireRequest) -> Principal:
        """PDS: ``Authorization: acs AK:signature`` or ``Authorization: Bearer <access token>``."""
        authorization = req.header("authorization")
        if authorization is None or not authorization.strip():
            raise E.access_token_invalid("The Authorization header is missing.")
        scheme, _, rest = authorization.strip().partition(" ")
        if scheme.lower() == "bearer":
            return self._bearer(req, rest.strip())
        if scheme != "acs":
            raise E.access_token_invalid(f"Unsupported authorization scheme {scheme!r}.")
        try:
            access_key_id, signature = pds.parse_authorization(authorization)
        except ValueError as exc:
            raise E.pds_auth(E.incomplete_signature(str(exc))) from None
        now = self.now()
        date = req.header("date")
        if date is None:
            raise E.pds_auth(E.missing_timestamp("Date"))
        moment = _parse_http_date(date)
        if moment is None:
            raise E.pds_auth(E.timestamp_format("Date", date))
        if not self._within_skew(moment, now):
            raise E.pds_auth(E.timestamp_expired(date))
        found = self.credentials.alibaba(access_key_id)
        if found is None:
            raise E.pds_auth(E.access_key_not_found())
        creds, expires_at = found
        sts = pds.string_to_sign(req.method, req.path, req.query, req.headers)
        if not _equal(pds.signature(creds.access_key_secret, sts), signature):
            raise E.pds_auth(E.signature_does_not_match(sts))
        try:
            self._alibaba_token(creds, expires_at, req.header("x-acs-security-token"), now)
        except E.EmulatedError as err:
            raise E.pds_auth(err) from None
        nonce = req.header("x-acs-signature-nonce")
        if nonce is not None and not self.nonces.use(access_key_id, nonce.strip(), now):
            raise E.pds_auth(E.nonce_used())
        return Principal("pds-hmac-sha1", access_key_id, creds.is_sts)

    def _bearer(self, req: WireRequest, token: str) -> Principal:
        if not token:
            raise E.access_token_invalid("The access token is empty.")
        found = self.credentials.access_token(token)
        if found is None:
            raise E.access_token_invalid("ErrValidation: the access token is not recognised.")
        _, expires_at = found
        if expires_at is not None and self.now() >= expires_at:
            raise E.access_token_invalid("ErrValidation: the access token is expired.")
        extra = req.header("x-acs-bearer-token")
        if extra is not None and not _equal(extra.strip(), token):
            raise E.access_token_invalid("The x-acs-bearer-token header does not match the Authorization header.")
        return Principal("bearer")

    # --------------------------------------------------------------------------------------- Volcengine

    def volcengine(self, req: WireRequest, service: str) -> Principal:
        """Volcengine HMAC-SHA256 for ``service`` (the credential scope's service must be it)."""
        authorization = req.header("authorization")
        if authorization is None or not authorization.strip():
            raise E.volc_missing_auth()
        try:
            access_key_id, scope, signed, signature = volcengine.parse_authorization(authorization)
        except ValueError as exc:
            raise E.volc_invalid_authorization(str(exc)) from None
        parts = scope.split("/")
        if len(parts) != 4 or parts[3] != "request" or not parts[1]:
            raise E.volc_invalid_credential(f"The scope {scope!r} is not <date>/<region>/<service>/request.")
        scope_date, region, scope_service = parts[0], parts[1], parts[2]
        if scope_service != service:
            raise E.volc_invalid_credential(f"The scope names service {scope_service!r}; this is {service!r}.")
        present = header_multimap(req.headers)
        signed_set = {n.lower() for n in signed}
        must = {"host", "x-date"} | ({"x-content-sha256", "x-security-token"} & set(present))
        unsigned = sorted(must - signed_set)
        if unsigned:
            raise E.volc_invalid_authorization(f"SignedHeaders must include {', '.join(unsigned)}.")
        missing = sorted(signed_set - set(present))
        if missing:
            raise E.volc_invalid_authorization(f"Signed header {', '.join(missing)} is not present.")
        x_date = req.header("x-date")
        if x_date is None:
            raise E.volc_missing_info("X-Date")
        moment = _parse_basic(x_date)
        if moment is None:
            raise E.volc_invalid_timestamp(f"X-Date {x_date!r} is not YYYYMMDD'T'HHMMSS'Z'.")
        if scope_date != x_date[:8]:
            raise E.volc_invalid_credential(f"The scope date {scope_date!r} is not the X-Date's day.")
        now = self.now()
        if not self._within_skew(moment, now):
            raise E.volc_invalid_timestamp(f"X-Date {x_date} differs from the server time by more than 15 minutes.")
        found = self.credentials.volcengine(access_key_id)
        if found is None:
            raise E.volc_invalid_access_key(access_key_id)
        creds, expires_at = found
        body_hash = hashlib.sha256(req.body).hexdigest()
        declared = req.header("x-content-sha256")
        if declared is not None and declared != body_hash:
            raise E.volc_signature_mismatch("The X-Content-Sha256 header does not match the body.")
        creq = volcengine.canonical_request(req.method, req.path, req.query, req.headers, signed, body_hash)
        sts = volcengine.string_to_sign(x_date, region, service, creq)
        key = volcengine.signing_key(creds.secret_access_key, x_date, region, service)
        if not _equal(volcengine.signature(key, sts), signature.strip()):
            raise E.volc_signature_mismatch()
        presented = req.header("x-security-token")
        if creds.session_token:
            if not presented:
                raise E.volc_invalid_secret_token("the request has no X-Security-Token for a temporary access key")
            if not _equal(presented, creds.session_token):
                raise E.volc_invalid_secret_token("the session token does not belong to the access key")
            if expires_at is not None and now >= expires_at:
                raise E.volc_invalid_secret_token("the session token is expired")
        elif presented is not None:
            raise E.volc_invalid_secret_token("a session token was sent with a permanent access key")
        return Principal("volc-hmac-sha256", access_key_id, creds.is_sts, region)
