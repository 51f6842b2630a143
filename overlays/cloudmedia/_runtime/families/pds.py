"""The Alibaba Cloud ROA wire family (style ``roa``): the Photo and Drive Service (PDS).

* **Request**: the operation's method and path; a compact JSON body with sorted keys, raw UTF-8,
  ``content-type: application/json; charset=utf-8``, plus ``x-acs-action``, ``x-acs-version``, ``user-agent`` and
  ``accept``.
* **Signing**: ``pds-hmac-sha1`` (``Authorization: acs <AK>:<signature>``) or ``bearer`` (an access token).
* **Errors**: ``{"code", "message"}``; the request id only from the ``x-ca-request-id`` header; an empty 2xx (204)
  is ``{}``; an error document inside a 2xx is an error (:func:`~..errors.alibaba_error_in_success`).
* **Emulator**: verifies both schemes (PDS answers every authentication failure with 401).
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar

import httpx

from ..client import BaseClient, resolve_endpoint
from ..credentials import PDS_ENV_ACCESS_TOKEN, resolve_alibaba, resolve_pds_token
from ..credentials_types import AccessToken, AlibabaCredentials
from ..errors import (
    CredentialsError,
    alibaba_error_in_success,
    decode_json,
    error_class,
    invalid_response,
    retry_after_of,
    str_or_none,
)
from ..retry import RetryPolicy
from ._base import Classification, WireFamily

if TYPE_CHECKING:
    from ...emulator.auth import Principal, Verifier, WireRequest
    from ...emulator.errors import EmulatedError, ErrorContext
    from ..errors import ParamValidationError
    from ..model import OperationModel, ServiceModel

__all__ = ["FAMILY", "PdsBaseClient", "PdsFamily"]

_ACCEPT_JSON = "application/json"
_CONTENT_TYPE = "application/json; charset=utf-8"
_RANGE_RULES = frozenset(
    {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "minItems", "maxItems"}
)


class PdsFamily(WireFamily):
    style: ClassVar[str] = "roa"
    vendor: ClassVar[str] = "alibaba"
    title: ClassVar[str] = "Alibaba Cloud ROA (PDS)"
    signing: ClassVar[tuple[str, ...]] = ("pds-hmac-sha1", "bearer")
    request_id_headers: ClassVar[tuple[str, ...]] = ("x-ca-request-id",)
    credential_options: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("access_key_id", "AccessKey id", True),
        ("access_key_secret", "AccessKey secret", True),
        ("security_token", "STS security token", True),
        ("profile", "credentials profile", False),
    )
    token_schemes: ClassVar[frozenset[str]] = frozenset({"bearer"})

    # ------------------------------------------------------------------------------------- request builder

    def static_headers(self, service: ServiceModel, op: OperationModel) -> tuple[tuple[str, str], ...]:
        return (("x-acs-action", op.action or op.name), ("x-acs-version", service.version))

    def encode_body(
        self, body: dict[str, Any], *, send_body: bool, user_agent: str
    ) -> tuple[bytes, list[tuple[str, str]]]:
        headers: list[tuple[str, str]] = []
        content = b""
        if send_body:
            content = json.dumps(body, separators=(",", ":"), ensure_ascii=False, sort_keys=True).encode("utf-8")
            headers.append(("content-type", _CONTENT_TYPE))
        headers.append(("user-agent", user_agent))
        headers.append(("accept", _ACCEPT_JSON))
        return content, headers

    # ------------------------------------------------------------------------------------------- signing

    def signer_classes(self) -> Mapping[str, type[httpx.Auth]]:
        from ..signing.pds import BearerTokenAuth, PdsAcsSigner

        return {"pds-hmac-sha1": PdsAcsSigner, "bearer": BearerTokenAuth}

    # ------------------------------------------------------------------------------------ error classifier

    def classify(
        self,
        product: str,
        status: int,
        headers: Mapping[str, str],
        body: bytes,
        operation: OperationModel | None = None,
    ) -> Classification:
        request_id = headers.get("x-ca-request-id")  # PDS: only the header, never the body
        ok = 200 <= status <= 299
        if ok and (status == 204 or not body.strip()):
            return {}, None
        data, reason = decode_json(body)
        if reason is not None:
            return None, invalid_response(status, request_id, body, reason, headers)
        if not isinstance(data, dict):
            kind = "response" if ok else "error"
            return None, invalid_response(status, request_id, body, f"{kind} body is not a JSON object", headers)
        if ok and not alibaba_error_in_success(data, operation):
            return data, None
        code = str_or_none(data.get("code", data.get("Code")))
        message = str_or_none(data.get("message", data.get("Message")))
        if code is None and message is None:
            return None, invalid_response(status, request_id, body, "error body has no code or message", headers)
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
            retry_after=retry_after,
            vendor=self.vendor,
            product=product or "pds",
        )

    # --------------------------------------------------------------------------------------- client base

    def client_base(self) -> type[Any]:
        return PdsBaseClient

    # -------------------------------------------------------------------------------------- emulator side

    def verify(self, verifier: Verifier, request: WireRequest, product: str | None) -> Principal:
        """``Authorization: acs AK:signature`` or ``Authorization: Bearer <access token>``."""
        from ...emulator import errors as E

        authorization = request.header("authorization")
        if authorization is None or not authorization.strip():
            raise E.access_token_invalid("The Authorization header is missing.")
        scheme, _, rest = authorization.strip().partition(" ")
        if scheme.lower() == "bearer":
            return _verify_bearer(verifier, request, rest.strip())
        if scheme != "acs":
            raise E.access_token_invalid(f"Unsupported authorization scheme {scheme!r}.")
        try:
            return _verify_acs(verifier, request, authorization)
        except E.EmulatedError as err:
            if err.status == 401:
                raise
            raise E.pds_auth(err) from None

    def error_response(self, err: EmulatedError, ctx: ErrorContext) -> tuple[list[tuple[str, str]], dict[str, Any]]:
        return (
            [("Content-Type", "application/json"), ("x-ca-request-id", ctx.request_id)],
            {"code": err.code, "message": err.message},
        )

    injected_errors: ClassVar[Mapping[int, tuple[str, str, int | None]]] = {
        429: ("TooManyRequests", "Too many requests. Please try again later.", None),
        500: ("InternalError", "Internal server error.", None),
        502: ("BadGateway", "Bad gateway.", None),
        503: ("ServiceUnavailable", "The service is unavailable. Please try again later.", None),
        504: ("GatewayTimeout", "Gateway timeout.", None),
    }

    def retry_after_headers(self, seconds: float) -> dict[str, str]:
        headers = super().retry_after_headers(seconds)
        headers["x-acs-retry-after"] = str(max(1, round(seconds * 1000)))
        return headers

    def param_error(self, err: ParamValidationError) -> EmulatedError:
        from ...emulator import errors as E

        if err.rule == "required":
            return E.pds_missing(err.wire_name)
        if err.rule in _RANGE_RULES:
            return E.pds_out_of_range(err.wire_name, err.detail)
        return E.pds_invalid(err.wire_name, err.detail)

    def body_error(self, detail: str) -> EmulatedError:
        from ...emulator import errors as E

        return E.pds_bad_json(detail)


FAMILY = PdsFamily()


# ------------------------------------------------------------------------------------------------ client base


class PdsBaseClient(BaseClient):
    """Base of the Photo and Drive Service client.

    ``domain_id`` picks the endpoint ``{domain_id}.api.aliyunpds.com`` (``network="vpc"``:
    ``{domain_id}.api-vpc.aliyunpds.com``). Authentication, chosen by what you pass: an
    ``access_token`` (user or app token, sent as ``Authorization: Bearer``; also read from
    ``CLOUDMEDIA_PDS_ACCESS_TOKEN``), otherwise an AccessKey pair found as for the other Alibaba
    clients, signed ``Authorization: acs <AccessKeyId>:<signature>``.
    """

    _family = FAMILY

    def __init__(
        self,
        *,
        domain_id: str | None = None,
        access_token: str | None = None,
        access_key_id: str | None = None,
        access_key_secret: str | None = None,
        security_token: str | None = None,
        credentials: AlibabaCredentials | Callable[[], AlibabaCredentials] | None = None,
        profile: str | None = None,
        endpoint_url: str | None = None,
        network: str = "public",
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
        from ..signing.pds import BearerTokenAuth, PdsAcsSigner

        service = self._service
        auth: httpx.Auth
        secrets: object
        token: AccessToken | None = None
        if credentials is None and access_key_id is None:
            token = resolve_pds_token(access_token)
        if token is not None:
            auth = BearerTokenAuth(token, clock=clock, nonce=nonce)
            secrets = token
        else:
            if credentials is None:
                credentials = _resolve_pds_access_key(access_key_id, access_key_secret, security_token, profile)
            auth = PdsAcsSigner(credentials, clock=clock, nonce=nonce)
            secrets = credentials
        scheme, host = resolve_endpoint(
            service, endpoint_url=endpoint_url, region=None, network=network, domain_id=domain_id
        )
        self.domain_id = domain_id
        super().__init__(
            host=host,
            scheme=scheme,
            auth=auth,
            secrets=secrets,
            timeout=timeout,
            deadline=deadline,
            retry=retry,
            http_client=http_client,
            async_http_client=async_http_client,
            sleep=sleep,
            async_sleep=async_sleep,
        )


def _resolve_pds_access_key(
    access_key_id: str | None, access_key_secret: str | None, security_token: str | None, profile: str | None
) -> AlibabaCredentials:
    """An AccessKey pair for PDS; when there is none, the error also names the access-token sources searched."""
    try:
        return resolve_alibaba(access_key_id, access_key_secret, security_token, profile=profile)
    except CredentialsError as exc:
        if access_key_id or len(exc.looked_in) <= 1:
            raise  # incomplete credentials somewhere: that message is the useful one
        token_places = (
            "the access_token argument (not given)",
            f"environment variable {PDS_ENV_ACCESS_TOKEN} (not set)",
        )
        looked_in = token_places + exc.looked_in
        raise CredentialsError(
            "No PDS credentials found (an access token or an Alibaba Cloud AccessKey pair). Looked in: "
            + "; ".join(looked_in)
            + f". Pass access_token, or access_key_id and access_key_secret, or set {PDS_ENV_ACCESS_TOKEN}.",
            looked_in=looked_in,
            missing=exc.missing,
        ) from None


# ----------------------------------------------------------------------------------------------- emulator side


def _verify_acs(verifier: Verifier, req: WireRequest, authorization: str) -> Principal:
    """The ``acs`` AccessKey signature; errors in the Alibaba codes (made 401 by the caller)."""
    from ...emulator import errors as E
    from ...emulator.auth import Principal, equal, parse_http_date
    from ..signing import pds
    from ..signing._encoding import header_multimap
    from .alibaba_rpc import check_security_token

    try:
        access_key_id, signature = pds.parse_authorization(authorization)
    except ValueError as exc:
        raise E.incomplete_signature(str(exc)) from None
    now = verifier.now()
    date = req.header("date")
    if date is None:
        raise E.missing_timestamp("Date")
    moment = parse_http_date(date)
    if moment is None:
        raise E.timestamp_format("Date", date)
    if not verifier.within_skew(moment, now):
        raise E.timestamp_expired(date)
    found = verifier.credentials.alibaba(access_key_id)
    if found is None:
        raise E.access_key_not_found()
    creds, expires_at = found
    sts = pds.string_to_sign(req.method, req.path, req.query, header_multimap(req.headers))
    if not equal(pds.signature(creds.access_key_secret, sts), signature):
        raise E.signature_does_not_match(sts)
    check_security_token(creds, expires_at, req.header("x-acs-security-token"), now)
    nonce = req.header("x-acs-signature-nonce")
    if nonce is not None and not verifier.nonces.use(access_key_id, nonce.strip(), now):
        raise E.nonce_used()
    return Principal("pds-hmac-sha1", access_key_id, creds.is_sts)


def _verify_bearer(verifier: Verifier, req: WireRequest, token: str) -> Principal:
    from ...emulator import errors as E
    from ...emulator.auth import Principal, equal

    if not token:
        raise E.access_token_invalid("The access token is empty.")
    found = verifier.credentials.access_token(token)
    if found is None:
        raise E.access_token_invalid("ErrValidation: the access token is not recognised.")
    _, expires_at = found
    if expires_at is not None and verifier.now() >= expires_at:
        raise E.access_token_invalid("ErrValidation: the access token is expired.")
    extra = req.header("x-acs-bearer-token")
    if extra is not None and not equal(extra.strip(), token):
        raise E.access_token_invalid("The x-acs-bearer-token header does not match the Authorization header.")
    return Principal("bearer")
