"""The Alibaba Cloud RPC wire family (style ``rpc``): IMM, VOD, ICE.

* **Request**: ``POST /``; every operation parameter in the query (alphabetical, arrays and objects as one compact
  JSON value), empty body, headers ``x-acs-action``, ``x-acs-version``, ``user-agent``, ``accept``.
* **Signing**: ``acs3`` (ACS3-HMAC-SHA256, the default) or ``rpc-hmac-sha1`` (the legacy ``Signature`` query
  parameter).
* **Errors**: ``{"RequestId", "HostId", "Code", "Message", "Recommend", "AccessDeniedDetail"}`` (``code``/
  ``message``/``requestId`` accepted too, and an XML ``<Error>`` document); throttling by an ``x-acs-retry-after``
  header (milliseconds), a ``Throttling*`` code or HTTP 429. The same document inside a 2xx is an error
  (:func:`~..errors.alibaba_error_in_success`). Request id: ``x-acs-request-id``, else the body's ``RequestId``.
* **Emulator**: verifies both schemes (see :meth:`AlibabaRpcFamily.verify`), answers errors in the shape above.
"""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar

import httpx

from ..client import BaseClient, resolve_endpoint
from ..credentials import resolve_alibaba
from ..credentials_types import AlibabaCredentials
from ..errors import alibaba_error_in_success as _error_in_success
from ..errors import (
    decode_json,
    error_class,
    invalid_response,
    parse_xml_error,
    retry_after_of,
    str_or_none,
)
from ..retry import RetryPolicy
from ..settings import client_region
from ._base import Classification, WireFamily

if TYPE_CHECKING:
    from ...emulator.auth import Principal, Verifier, WireRequest
    from ...emulator.errors import EmulatedError, ErrorContext
    from ..errors import ParamValidationError
    from ..model import OperationModel, ServiceModel

__all__ = ["FAMILY", "AlibabaRpcClient", "AlibabaRpcFamily", "check_security_token"]

_ACCEPT_JSON = "application/json"


class AlibabaRpcFamily(WireFamily):
    style: ClassVar[str] = "rpc"
    vendor: ClassVar[str] = "alibaba"
    title: ClassVar[str] = "Alibaba Cloud RPC"
    signing: ClassVar[tuple[str, ...]] = ("acs3", "rpc-hmac-sha1")
    request_id_headers: ClassVar[tuple[str, ...]] = ("x-acs-request-id",)
    body_parameters: ClassVar[bool] = False
    credential_options: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("access_key_id", "AccessKey id", True),
        ("access_key_secret", "AccessKey secret", True),
        ("security_token", "STS security token", True),
        ("profile", "credentials profile", False),
    )

    # ------------------------------------------------------------------------------------- request builder

    def method_and_path(self, op: OperationModel) -> tuple[str, str]:
        return "POST", "/"

    def static_headers(self, service: ServiceModel, op: OperationModel) -> tuple[tuple[str, str], ...]:
        return (("x-acs-action", op.action or op.name), ("x-acs-version", service.version))

    def encode_body(
        self, body: dict[str, Any], *, send_body: bool, user_agent: str
    ) -> tuple[bytes, list[tuple[str, str]]]:
        return b"", [("user-agent", user_agent), ("accept", _ACCEPT_JSON)]

    # ------------------------------------------------------------------------------------------- signing

    def signer_classes(self) -> Mapping[str, type[httpx.Auth]]:
        from ..signing.acs3 import AcsV3Signer
        from ..signing.rpc_v1 import AcsRpcV1Signer

        return {"acs3": AcsV3Signer, "rpc-hmac-sha1": AcsRpcV1Signer}

    # ------------------------------------------------------------------------------------ error classifier

    def classify(
        self,
        product: str,
        status: int,
        headers: Mapping[str, str],
        body: bytes,
        operation: OperationModel | None = None,
    ) -> Classification:
        header_rid = headers.get("x-acs-request-id")
        data, reason = decode_json(body)
        ok = 200 <= status <= 299
        if ok:
            if reason is not None:
                return None, invalid_response(status, header_rid, body, reason, headers)
            if not isinstance(data, dict):
                return None, invalid_response(status, header_rid, body, "response body is not a JSON object", headers)
            if not _error_in_success(data, operation):
                return data, None
        elif reason is not None:
            xml = parse_xml_error(body)
            if xml is None:
                return None, invalid_response(status, header_rid, body, reason, headers)
            data = xml
        if not isinstance(data, dict):
            return None, invalid_response(status, header_rid, body, "error body is not a JSON object", headers)
        code = str_or_none(data.get("Code", data.get("code")))
        message = str_or_none(data.get("Message", data.get("message")))
        if code is None and message is None:
            return None, invalid_response(status, header_rid, body, "error body has no Code or Message", headers)
        request_id = str_or_none(data.get("RequestId", data.get("requestId"))) or header_rid
        retry_after, throttled = retry_after_of(headers)
        klass = error_class(status, code, throttled)
        return None, klass(
            code,
            message,
            request_id,
            status,
            str_or_none(data.get("HostId")),
            str_or_none(data.get("Recommend")),
            body,
            headers,
            access_denied_detail=data.get("AccessDeniedDetail"),
            retry_after=retry_after,
            vendor=self.vendor,
            product=product or None,
        )

    # --------------------------------------------------------------------------------------- client base

    def client_base(self) -> type[Any]:
        return AlibabaRpcClient

    # -------------------------------------------------------------------------------------- emulator side

    def verify(self, verifier: Verifier, request: WireRequest, product: str | None) -> Principal:
        """ACS3-HMAC-SHA256 (``Authorization``) or the legacy ``Signature`` query parameter."""
        from ...emulator import errors as E

        if request.query_value("Signature") is not None:
            return _verify_rpc_v1(verifier, request)
        authorization = request.header("authorization")
        if authorization is None:
            if (
                request.header("x-acs-bearer-token") is not None
                or request.query_value("SignatureType") == "BEARERTOKEN"
            ):
                raise E.incomplete_signature("This product does not accept bearer tokens; sign with an AccessKey.")
            raise E.incomplete_signature("The request carries neither an Authorization header nor a Signature.")
        return _verify_acs3(verifier, request, authorization)

    def error_response(self, err: EmulatedError, ctx: ErrorContext) -> tuple[list[tuple[str, str]], dict[str, Any]]:
        body: dict[str, Any] = {
            "RequestId": ctx.request_id,
            "HostId": ctx.host,
            "Code": err.code,
            "Message": err.message,
            "Recommend": f"https://api.aliyun.com/troubleshoot?q={err.code}&product={ctx.product.upper()}"
            f"&requestId={ctx.request_id}",
        }
        headers = [("Content-Type", "application/json;charset=utf-8"), ("x-acs-request-id", ctx.request_id)]
        return headers, body

    injected_errors: ClassVar[Mapping[int, tuple[str, str, int | None]]] = {
        429: ("Throttling.User", "Request was denied due to user flow control.", None),
        500: (
            "InternalError",
            "The request processing has failed due to some unknown error, exception or failure.",
            None,
        ),
        502: ("BadGateway", "The gateway received an invalid response from the upstream server.", None),
        503: ("ServiceUnavailable", "The request has failed due to a temporary failure of the server.", None),
        504: ("GatewayTimeout", "The gateway timed out waiting for the upstream server.", None),
    }

    def retry_after_headers(self, seconds: float) -> dict[str, str]:
        headers = super().retry_after_headers(seconds)
        headers["x-acs-retry-after"] = str(max(1, round(seconds * 1000)))
        return headers

    def param_error(self, err: ParamValidationError) -> EmulatedError:
        from ...emulator import errors as E

        if err.rule == "required":
            return E.missing_parameter(err.wire_name)
        return E.invalid_parameter(err.wire_name, err.detail)

    def body_error(self, detail: str) -> EmulatedError:
        from ...emulator import errors as E

        return E.invalid_parameter("body", detail)


FAMILY = AlibabaRpcFamily()


# ------------------------------------------------------------------------------------------------ client base


class AlibabaRpcClient(BaseClient):
    """Base of the Alibaba Cloud RPC clients (IMM, VOD, ICE).

    Credentials, first found wins: the ``credentials`` / ``access_key_id`` + ``access_key_secret``
    (+ ``security_token``) arguments, then ``ALIBABA_CLOUD_ACCESS_KEY_ID`` /
    ``ALIBABA_CLOUD_ACCESS_KEY_SECRET`` / ``ALIBABA_CLOUD_SECURITY_TOKEN``, then the
    ``~/.alibabacloud/credentials`` ini file, then the Alibaba Cloud CLI's ``~/.aliyun/config.json``
    (``profile`` picks the profile in either file).

    ``region`` (else ``ALIBABA_CLOUD_REGION_ID``, else the profile's ``region_id``, else the service's default:
    :mod:`~cloudmedia._runtime.settings`) picks the endpoint exactly as the official SDK does (``network="vpc"`` for the VPC
    endpoint). ``signature_algorithm`` is ``"acs3"`` (ACS3-HMAC-SHA256, the default) or
    ``"rpc-hmac-sha1"`` (the legacy ``Signature`` query parameter).
    """

    _family = FAMILY

    def __init__(
        self,
        *,
        region: str | None = None,
        access_key_id: str | None = None,
        access_key_secret: str | None = None,
        security_token: str | None = None,
        credentials: AlibabaCredentials | Callable[[], AlibabaCredentials] | None = None,
        profile: str | None = None,
        endpoint_url: str | None = None,
        network: str = "public",
        signature_algorithm: str = "acs3",
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
        retry: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
        clock: Callable[[], datetime] | None = None,
        nonce: Callable[[], str] | None = None,
        sleep: Callable[[float], None] | None = None,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        service = self._service
        if credentials is None:
            credentials = resolve_alibaba(access_key_id, access_key_secret, security_token, profile=profile)
        signers = self._family.signer_classes()
        if signature_algorithm not in signers or signature_algorithm not in service.signing:
            raise ValueError(
                f"signature_algorithm must be one of {', '.join(s for s in service.signing if s in signers)}; "
                f"got {signature_algorithm!r}"
            )
        region = client_region(service, region, profile)
        scheme, host = resolve_endpoint(service, endpoint_url=endpoint_url, region=region, network=network)
        self.region = region
        super().__init__(
            host=host,
            scheme=scheme,
            auth=signers[signature_algorithm](credentials, clock=clock, nonce=nonce),  # type: ignore[call-arg]
            secrets=credentials,
            timeout=timeout,
            deadline=deadline,
            retry=retry,
            http_client=http_client,
            async_http_client=async_http_client,
            sleep=sleep,
            async_sleep=async_sleep,
        )


# ----------------------------------------------------------------------------------------------- emulator side


def check_security_token(
    creds: AlibabaCredentials, expires_at: datetime | None, presented: str | None, now: datetime
) -> None:
    """The STS token a request presents must be the credential's (and unexpired); a permanent key takes none."""
    from ...emulator import errors as E
    from ...emulator.auth import equal, token_malformed

    token = creds.security_token
    if token:
        if presented is None or presented == "":
            raise E.missing_security_token()
        if token_malformed(presented):
            raise E.security_token_malformed()
        if not equal(presented, token):
            raise E.security_token_mismatch()
        if expires_at is not None and now >= expires_at:
            raise E.security_token_expired()
    elif presented is not None:
        raise E.security_token_malformed() if token_malformed(presented) else E.security_token_mismatch()


def _verify_acs3(verifier: Verifier, req: WireRequest, authorization: str) -> Principal:
    from ...emulator import errors as E
    from ...emulator.auth import Principal, equal, parse_iso
    from ..signing import acs3
    from ..signing._encoding import header_multimap

    algorithm = authorization.strip().partition(" ")[0]
    if algorithm != acs3.ALGORITHM:
        raise E.incomplete_signature(f"Unsupported signature algorithm {algorithm!r}; use {acs3.ALGORITHM}.")
    try:
        access_key_id, signed, signature = acs3.parse_authorization(authorization)
    except ValueError as exc:
        raise E.incomplete_signature(str(exc)) from None
    present = header_multimap(req.headers)
    signed_set = {n.lower() for n in signed}
    must = {n for n in present if acs3.must_sign(n)}
    unsigned = sorted(must - signed_set)
    if unsigned:
        raise E.incomplete_signature(f"SignedHeaders must include {', '.join(unsigned)}.")
    missing = sorted(signed_set - set(present))
    if missing:
        raise E.incomplete_signature(f"Signed header {', '.join(missing)} is not present.")
    for name in ("x-acs-action", "x-acs-version"):
        if name not in present:
            raise E.incomplete_signature(f"The {name} header is required.")
    found = verifier.credentials.alibaba(access_key_id)
    if found is None:
        raise E.access_key_not_found()
    creds, expires_at = found
    now = verifier.now()
    date = req.header("x-acs-date")
    if date is None:
        raise E.missing_timestamp("x-acs-date")
    moment = parse_iso(date)
    if moment is None:
        raise E.timestamp_format("x-acs-date", date)
    if not verifier.within_skew(moment, now):
        raise E.timestamp_expired(date)
    nonce = req.header("x-acs-signature-nonce")
    if not nonce:
        raise E.missing_nonce("x-acs-signature-nonce")
    body_hash = hashlib.sha256(req.body).hexdigest()
    declared = req.header("x-acs-content-sha256")
    if declared is not None and declared.strip() != body_hash:
        raise E.signature_does_not_match(detail="The x-acs-content-sha256 header does not match the body.")
    creq = acs3.canonical_request(req.method, req.path, req.query, present, signed, body_hash)
    sts = acs3.string_to_sign(creq)
    if not equal(acs3.signature(creds.access_key_secret, sts), signature.strip()):
        raise E.signature_does_not_match(sts)
    ak_header = req.header("x-acs-accesskey-id")
    if ak_header is not None and ak_header.strip() != access_key_id:
        raise E.incomplete_signature("The x-acs-accesskey-id header does not match the Credential.")
    check_security_token(creds, expires_at, req.header("x-acs-security-token"), now)
    if not verifier.nonces.use(access_key_id, nonce.strip(), now):
        raise E.nonce_used()
    return Principal("acs3", access_key_id, creds.is_sts)


def _verify_rpc_v1(verifier: Verifier, req: WireRequest) -> Principal:
    from ...emulator import errors as E
    from ...emulator.auth import Principal, equal, parse_iso
    from ..signing import rpc_v1
    from ..signing._encoding import parse_query

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
    found = verifier.credentials.alibaba(access_key_id)
    if found is None:
        raise E.access_key_not_found()
    creds, expires_at = found
    now = verifier.now()
    timestamp = values.get("Timestamp")
    if not timestamp:
        raise E.missing_timestamp("Timestamp")
    moment = parse_iso(timestamp)
    if moment is None:
        raise E.timestamp_format("Timestamp", timestamp)
    if not verifier.within_skew(moment, now):
        raise E.timestamp_expired(timestamp)
    nonce = values.get("SignatureNonce")
    if not nonce:
        raise E.missing_nonce("SignatureNonce")
    sts = rpc_v1.string_to_sign(req.method, pairs)
    if not equal(rpc_v1.signature(creds.access_key_secret, sts), values["Signature"]):
        raise E.signature_does_not_match(sts)
    check_security_token(creds, expires_at, values.get("SecurityToken"), now)
    if not verifier.nonces.use(access_key_id, nonce, now):
        raise E.nonce_used()
    return Principal("rpc-hmac-sha1", access_key_id, creds.is_sts)
