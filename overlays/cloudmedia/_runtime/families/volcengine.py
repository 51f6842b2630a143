"""The Volcengine OpenAPI wire family (style ``volcengine``): NTA.

* **Request**: ``POST /?Action=X&Version=Y`` (in that order); the body ``json.dumps(body)`` with Python's defaults
  (``", "``/``": "`` separators, ``ensure_ascii=True``), byte-identical to the official SDK, its fields in the order
  of their Python names; ``Content-Type: application/json``, ``Accept: application/json``, ``User-Agent``.
* **Signing**: ``volc-hmac-sha256`` (the V4-style HMAC-SHA256 of the OpenAPI gateway).
* **Errors**: ``{"ResponseMetadata": {"RequestId", "Error": {"Code", "CodeN", "Message"}}, "Result"}``; an ``Error``
  inside HTTP 200 is an error (:class:`~..errors.ClientError`), a 200 without ``ResponseMetadata`` an
  :class:`~..errors.InvalidResponseError`. Request id: ``X-Tt-Logid``, else ``ResponseMetadata.RequestId``.
* **Emulator**: verifies the signature and its credential scope; errors with ``CodeN`` where Volcengine has one.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar

import httpx

from ..client import BaseClient, resolve_endpoint
from ..credentials import resolve_volcengine
from ..credentials_types import VolcengineCredentials
from ..errors import decode_json, error_class, invalid_response, retry_after_of, str_or_none
from ..retry import RetryPolicy
from ..settings import client_region
from ._base import Classification, WireFamily

if TYPE_CHECKING:
    from ...emulator.auth import Principal, Verifier, WireRequest
    from ...emulator.errors import EmulatedError, ErrorContext
    from ..errors import ParamValidationError
    from ..model import OperationModel, ParamModel, ServiceModel

__all__ = ["FAMILY", "VolcengineClient", "VolcengineFamily"]

_JSON = "application/json"


class VolcengineFamily(WireFamily):
    style: ClassVar[str] = "volcengine"
    vendor: ClassVar[str] = "volcengine"
    title: ClassVar[str] = "Volcengine OpenAPI"
    signing: ClassVar[tuple[str, ...]] = ("volc-hmac-sha256",)
    request_id_headers: ClassVar[tuple[str, ...]] = ("x-tt-logid",)
    always_body: ClassVar[bool] = True
    credential_options: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("access_key_id", "AccessKey id", True),
        ("secret_access_key", "secret access key", True),
        ("session_token", "STS session token", True),
    )
    region_in_signature: ClassVar[bool] = True

    # ------------------------------------------------------------------------------------- request builder

    def method_and_path(self, op: OperationModel) -> tuple[str, str]:
        return (op.method.upper() or "POST"), "/"

    def protocol_query(self, service: ServiceModel, op: OperationModel) -> tuple[tuple[str, str], ...]:
        return (("Action", op.action or op.name), ("Version", service.version))

    def static_headers(self, service: ServiceModel, op: OperationModel) -> tuple[tuple[str, str], ...]:
        return (("Content-Type", _JSON), ("Accept", _JSON))

    def body_order(self, params: list[ParamModel]) -> tuple[str, ...]:
        # the SDK models serialise their fields in the order of their (alphabetical) Python attribute names
        return tuple(p.wire for p in sorted(params, key=lambda p: (p.python or p.wire, p.wire)))

    def encode_body(
        self, body: dict[str, Any], *, send_body: bool, user_agent: str
    ) -> tuple[bytes, list[tuple[str, str]]]:
        return json.dumps(body).encode("ascii"), [("User-Agent", user_agent)]

    # ------------------------------------------------------------------------------------------- signing

    def signer_classes(self) -> Mapping[str, type[httpx.Auth]]:
        from ..signing.volcengine import VolcengineV4Signer

        return {"volc-hmac-sha256": VolcengineV4Signer}

    # ------------------------------------------------------------------------------------ error classifier

    def classify(
        self,
        product: str,
        status: int,
        headers: Mapping[str, str],
        body: bytes,
        operation: OperationModel | None = None,
    ) -> Classification:
        ok = 200 <= status <= 299
        data, reason = decode_json(body)
        if reason is not None:
            return None, invalid_response(status, None, body, reason, headers)
        if not isinstance(data, dict):
            return None, invalid_response(status, None, body, "response body is not a JSON object", headers)
        meta = data.get("ResponseMetadata")
        if not isinstance(meta, dict):
            why = "response has no ResponseMetadata" if ok else "error response has no ResponseMetadata"
            return None, invalid_response(status, None, body, why, headers)
        request_id = str_or_none(meta.get("RequestId"))
        error = meta.get("Error")
        if isinstance(error, dict) and (error.get("Code") or error.get("Message") or error.get("CodeN")):
            code = str_or_none(error.get("Code"))
            message = str_or_none(error.get("Message"))
            code_n_raw = error.get("CodeN")
            try:
                code_n = int(code_n_raw) if code_n_raw is not None and not isinstance(code_n_raw, bool) else None
            except (TypeError, ValueError):
                code_n = None
            retry_after, throttled = retry_after_of(headers)
            klass = error_class(status, code, throttled)
            return None, klass(
                code,
                message,
                request_id,
                status,
                None,
                None,
                body,
                headers,
                code_n=code_n,
                retry_after=retry_after,
                vendor=self.vendor,
                product=product or None,
            )
        if not ok:
            return None, invalid_response(
                status, request_id, body, "error response has no ResponseMetadata.Error", headers
            )
        return data, None

    def body_request_id(self, data: dict[str, Any]) -> str | None:
        value = data.get("RequestId")
        if value is None:
            metadata = data.get("ResponseMetadata")
            if isinstance(metadata, dict):
                value = metadata.get("RequestId")
        return value if isinstance(value, str) else None

    # --------------------------------------------------------------------------------------- client base

    def client_base(self) -> type[Any]:
        return VolcengineClient

    # -------------------------------------------------------------------------------------- emulator side

    def verify(self, verifier: Verifier, request: WireRequest, product: str | None) -> Principal:
        """HMAC-SHA256 for the routed service ``product`` (the credential scope's service must be it)."""
        if not product:
            raise ValueError("Volcengine verification needs the routed service")
        return _verify(verifier, request, product)

    def error_response(self, err: EmulatedError, ctx: ErrorContext) -> tuple[list[tuple[str, str]], dict[str, Any]]:
        error: dict[str, Any] = {}
        if err.code_n is not None:
            error["CodeN"] = err.code_n
        error["Code"] = err.code
        error["Message"] = err.message
        body = {
            "ResponseMetadata": {
                "RequestId": ctx.request_id,
                "Action": ctx.action,
                "Version": ctx.version,
                "Service": ctx.product,
                "Region": ctx.region,
                "Error": error,
            }
        }
        return [("Content-Type", "application/json; charset=utf-8"), ("X-Tt-Logid", ctx.request_id)], body

    injected_errors: ClassVar[Mapping[int, tuple[str, str, int | None]]] = {
        429: ("FlowLimitExceeded", "Request Has Been Throttled.", None),
        500: ("InternalError", "The request has failed due to an unknown error.", None),
        502: ("BadGateway", "The gateway received an invalid response from the upstream server.", None),
        503: ("ServiceUnavailable", "The request has failed due to a temporary failure of the server.", None),
        504: ("InternalServiceTimeout", "Internal Service is timeout. Pls Contact With Admin.", 100016),
    }

    def param_error(self, err: ParamValidationError) -> EmulatedError:
        from ...emulator import errors as E

        if err.rule == "required":
            return E.volc_op_missing(err.wire_name)
        return E.volc_op_invalid(err.wire_name, err.detail)

    def body_error(self, detail: str) -> EmulatedError:
        from ...emulator import errors as E

        return E.volc_op_invalid("body", detail)


FAMILY = VolcengineFamily()


# ------------------------------------------------------------------------------------------------ client base


class VolcengineClient(BaseClient):
    """Base of the Volcengine clients.

    Credentials, first found wins: the ``credentials`` / ``access_key_id`` + ``secret_access_key``
    (+ ``session_token``) arguments, then ``VOLCENGINE_ACCESS_KEY`` / ``VOLCENGINE_SECRET_KEY`` /
    ``VOLCENGINE_SESSION_TOKEN``, then the legacy ``VOLC_ACCESSKEY`` / ``VOLC_SECRETKEY``.
    ``region`` (else ``VOLCENGINE_REGION``, else the Volcengine CLI profile's ``region``, else the service's
    default) only enters the signature's scope (the endpoint is ``open.volcengineapi.com``).
    """

    _family = FAMILY

    def __init__(
        self,
        *,
        region: str | None = None,
        access_key_id: str | None = None,
        secret_access_key: str | None = None,
        session_token: str | None = None,
        credentials: VolcengineCredentials | Callable[[], VolcengineCredentials] | None = None,
        endpoint_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
        retry: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
        clock: Callable[[], datetime] | None = None,
        sleep: Callable[[float], None] | None = None,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        from ..signing.volcengine import VolcengineV4Signer

        service = self._service
        if credentials is None:
            credentials = resolve_volcengine(access_key_id, secret_access_key, session_token)
        region = client_region(service, region)
        if not region:
            raise ValueError("region is required (it is part of the Volcengine signature scope)")
        scheme, host = resolve_endpoint(service, endpoint_url=endpoint_url, region=region, network="public")
        self.region = region
        super().__init__(
            host=host,
            scheme=scheme,
            auth=VolcengineV4Signer(credentials, region=region, service=service.product, clock=clock),
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


def _verify(verifier: Verifier, req: WireRequest, service: str) -> Principal:
    from ...emulator import errors as E
    from ...emulator.auth import Principal, equal, parse_basic
    from ..signing import volcengine
    from ..signing._encoding import header_multimap

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
    moment = parse_basic(x_date)
    if moment is None:
        raise E.volc_invalid_timestamp(f"X-Date {x_date!r} is not YYYYMMDD'T'HHMMSS'Z'.")
    if scope_date != x_date[:8]:
        raise E.volc_invalid_credential(f"The scope date {scope_date!r} is not the X-Date's day.")
    now = verifier.now()
    if not verifier.within_skew(moment, now):
        raise E.volc_invalid_timestamp(f"X-Date {x_date} differs from the server time by more than 15 minutes.")
    found = verifier.credentials.volcengine(access_key_id)
    if found is None:
        raise E.volc_invalid_access_key(access_key_id)
    creds, expires_at = found
    body_hash = hashlib.sha256(req.body).hexdigest()
    declared = req.header("x-content-sha256")
    if declared is not None and declared != body_hash:
        raise E.volc_signature_mismatch("The X-Content-Sha256 header does not match the body.")
    creq = volcengine.canonical_request(req.method, req.path, req.query, present, signed, body_hash)
    sts = volcengine.string_to_sign(x_date, region, service, creq)
    key = volcengine.signing_key(creds.secret_access_key, x_date, region, service)
    if not equal(volcengine.signature(key, sts), signature.strip()):
        raise E.volc_signature_mismatch()
    presented = req.header("x-security-token")
    if creds.session_token:
        if not presented:
            raise E.volc_invalid_secret_token("the request has no X-Security-Token for a temporary access key")
        if not equal(presented, creds.session_token):
            raise E.volc_invalid_secret_token("the session token does not belong to the access key")
        if expires_at is not None and now >= expires_at:
            raise E.volc_invalid_secret_token("the session token is expired")
    elif presented is not None:
        raise E.volc_invalid_secret_token("a session token was sent with a permanent access key")
    return Principal("volc-hmac-sha256", access_key_id, creds.is_sts, region)
