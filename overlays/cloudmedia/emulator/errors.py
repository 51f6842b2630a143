"""The errors the emulator answers with, and how each vendor shapes them on the wire.

Every refusal is an :class:`EmulatedError` (a code, a message, an HTTP status, and for Volcengine the numeric
``CodeN``) raised anywhere in request handling and rendered once, by the wire family the request was routed to
(``WireFamily.error_response``):

* **Alibaba RPC** (IMM, VOD, ICE): ``{"RequestId", "HostId", "Code", "Message", "Recommend"}``, with the
  ``x-acs-request-id`` header;
* **PDS**: ``{"code", "message"}``; the request id only in the ``x-ca-request-id`` header (PDS error bodies carry
  none);
* **Volcengine**: ``{"ResponseMetadata": {"RequestId", "Action", "Version", "Service", "Region", "Error":
  {"CodeN", "Code", "Message"}}}`` (``CodeN`` only where Volcengine documents one), with ``X-Tt-Logid``.

The constructors below are the error codes the emulator uses, per scheme; their statuses and messages follow the
vendors' public error-code tables (Alibaba Cloud POP common errors, the PDS "Error handling" table, Volcengine's
"公共错误码" page), which are what the official SDKs and :mod:`cloudmedia._runtime.errors` parse.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field

from .._runtime.families import family_for_style

__all__ = ["EmulatedError", "ErrorContext", "render_error"]

#: The wire families the router names (their styles, see :mod:`cloudmedia._runtime.families`).
ALIBABA_RPC = "rpc"
PDS = "roa"
VOLCENGINE = "volcengine"


@dataclass
class EmulatedError(Exception):
    """A refusal: rendered in the vendor's error shape of the route it happened on."""

    status: int
    code: str
    message: str
    code_n: int | None = None
    headers: Mapping[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.status} {self.code}: {self.message}"


@dataclass(frozen=True)
class ErrorContext:
    """What an error body echoes besides the error itself."""

    family: str
    request_id: str
    host: str = ""
    product: str = ""
    action: str = ""
    version: str = ""
    region: str = ""


def render_error(err: EmulatedError, ctx: ErrorContext) -> tuple[int, list[tuple[str, str]], bytes]:
    """``(status, headers, body)`` of ``err`` in the shape of the wire family ``ctx.family``."""
    headers, body = family_for_style(ctx.family).error_response(err, ctx)
    headers.extend(err.headers.items())
    return err.status, headers, json.dumps(body, ensure_ascii=False).encode("utf-8")


# ---------------------------------------------------------------------------------------------- Alibaba (POP)
#
# IMM, VOD and ICE answer authentication errors from the POP gateway. PDS uses the same codes for its AccessKey
# signature, but with status 401 (PDS documents 401 for every authentication failure); see ``pds_auth``.


def incomplete_signature(detail: str) -> EmulatedError:
    return EmulatedError(
        400, "IncompleteSignature", f"The request signature does not conform to Aliyun standards. {detail}"
    )


def signature_does_not_match(string_to_sign: str | None = None, detail: str = "") -> EmulatedError:
    message = "Specified signature does not match our calculation."
    if detail:
        message += f" {detail}"
    if string_to_sign is not None:
        message += f" server string to sign is:{string_to_sign}"
    return EmulatedError(400, "SignatureDoesNotMatch", message)


def access_key_not_found() -> EmulatedError:
    return EmulatedError(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.")


def timestamp_expired(value: str) -> EmulatedError:
    return EmulatedError(
        400,
        "InvalidTimeStamp.Expired",
        f"Specified time stamp or date value is expired. Request time {value!r} differs from the server time by "
        "more than 15 minutes.",
    )


def timestamp_format(name: str, value: str) -> EmulatedError:
    return EmulatedError(
        400, "InvalidTimeStamp.Format", f"Specified time stamp or date value is not well formatted: {name}={value!r}."
    )


def missing_timestamp(name: str) -> EmulatedError:
    return EmulatedError(400, "MissingTimestamp", f"{name} is mandatory for this action.")


def missing_nonce(name: str) -> EmulatedError:
    return EmulatedError(400, "MissingSignatureNonce", f"{name} is mandatory for this action.")


def nonce_used() -> EmulatedError:
    return EmulatedError(400, "SignatureNonceUsed", "Specified signature nonce was used already.")


def missing_security_token() -> EmulatedError:
    return EmulatedError(400, "MissingSecurityToken", "SecurityToken is mandatory for this action.")


def security_token_mismatch() -> EmulatedError:
    return EmulatedError(
        400, "InvalidSecurityToken.MismatchWithAccessKey", "Specified SecurityToken mismatch with the AccessKey."
    )


def security_token_expired() -> EmulatedError:
    return EmulatedError(400, "InvalidSecurityToken.Expired", "Specified SecurityToken is expired.")


def security_token_malformed() -> EmulatedError:
    return EmulatedError(400, "InvalidSecurityToken.Malformed", "Specified SecurityToken is malformed.")


def missing_parameter(name: str) -> EmulatedError:
    return EmulatedError(
        400,
        "MissingParameter",
        f'The input parameter "{name}" that is mandatory for processing this request is not supplied.',
    )


def invalid_parameter(name: str, detail: str = "") -> EmulatedError:
    message = f'The specified parameter "{name}" is not valid.'
    if detail:
        message += f" {detail}"
    return EmulatedError(400, "InvalidParameter", message)


def invalid_action(action: str) -> EmulatedError:
    return EmulatedError(
        404, "InvalidAction.NotFound", f"Specified api is not found, please check your url and method. ({action})"
    )


def invalid_version(version: str) -> EmulatedError:
    return EmulatedError(400, "InvalidVersion", f"Specified parameter Version is not valid. ({version})")


# ------------------------------------------------------------------------------------------------------ PDS


def pds_auth(err: EmulatedError) -> EmulatedError:
    """The PDS flavour of an Alibaba authentication error: status 401, same code and message."""
    return EmulatedError(401, err.code, err.message, headers=err.headers)


def access_token_invalid(reason: str) -> EmulatedError:
    return EmulatedError(401, "AccessTokenInvalid", f"AccessToken is invalid. {reason}")


def pds_missing(name: str) -> EmulatedError:
    return EmulatedError(400, "InvalidParameterMissing", f"The input parameter {name} is missing.")


def pds_out_of_range(name: str, detail: str) -> EmulatedError:
    return EmulatedError(
        400, "InvalidParameterOutOfRange", f"The input parameter {name} doesn't match the limitation. {detail}"
    )


def pds_invalid(name: str, detail: str = "") -> EmulatedError:
    message = f"The input parameter {name} is not valid."
    if detail:
        message += f" {detail}"
    return EmulatedError(400, "InvalidParameter", message)


def pds_bad_json(detail: str) -> EmulatedError:
    return EmulatedError(400, "InvalidRequestJSONFormat", f"The input parameter body is invalid Json format. {detail}")


def pds_not_found(resource: str, ident: str) -> EmulatedError:
    return EmulatedError(404, f"NotFound.{resource.capitalize()}", f"The resource {resource} cannot be found. {ident}")


# ----------------------------------------------------------------------------------------------- Volcengine
# Codes and CodeN values of Volcengine's common error-code table.


def volc_missing_parameter(name: str) -> EmulatedError:
    return EmulatedError(400, "MissingParameter", f"The request is missing {name} parameter.", code_n=100002)


def volc_missing_auth() -> EmulatedError:
    return EmulatedError(401, "MissingAuthenticationToken", "Request is missing Authentication Token.", code_n=100003)


def volc_missing_info(what: str) -> EmulatedError:
    return EmulatedError(400, "MissingRequestInfo", f"The request is missing {what} information.", code_n=100004)


def volc_invalid_timestamp(detail: str) -> EmulatedError:
    return EmulatedError(400, "InvalidTimestamp", f"The Signature of the request is expired. {detail}", code_n=100006)


def volc_invalid_action(action: str, version: str) -> EmulatedError:
    return EmulatedError(
        404, "InvalidActionOrVersion", f"Could not find operation {action} for version {version}.", code_n=100008
    )


def volc_invalid_access_key(access_key_id: str) -> EmulatedError:
    return EmulatedError(
        401, "InvalidAccessKey", f"The accesskey [{access_key_id}] included in the request is invalid.", code_n=100009
    )


def volc_signature_mismatch(detail: str = "") -> EmulatedError:
    message = (
        "The request signature we calculated does not match the signature you provided. Check your Secret Access "
        "Key and signing method. Consult the service documentation for details."
    )
    if detail:
        message += f" {detail}"
    return EmulatedError(401, "SignatureDoesNotMatch", message, code_n=100010)


def volc_invalid_authorization(detail: str) -> EmulatedError:
    return EmulatedError(
        400, "InvalidAuthorization", f"Invalid 'Authorization' header, Pls check authorization header. {detail}"
    )


def volc_invalid_credential(detail: str) -> EmulatedError:
    return EmulatedError(
        400,
        "InvalidCredential",
        f"Invalid credential in 'Authorization', Pls check credential in authorization header. {detail}",
    )


def volc_invalid_secret_token(reason: str) -> EmulatedError:
    return EmulatedError(401, "InvalidSecretToken", f"Invalid secret token, msg: {reason}.")


def volc_op_missing(name: str) -> EmulatedError:
    """The operation-level MissingParameter of the NTA error table."""
    return EmulatedError(400, "MissingParameter", f"The required parameter {name} is missing.")


def volc_op_invalid(name: str, detail: str = "") -> EmulatedError:
    message = f"The specified parameter {name} is invalid."
    if detail:
        message += f" {detail}"
    return EmulatedError(400, "InvalidParameter", message)


# --------------------------------------------------------------------------------------- injected (any family)


def injected(family: str, status: int, code: str | None, message: str | None) -> EmulatedError:
    """The error an injected status fault answers with (the family's usual code for the status by default)."""
    default_code, default_message, code_n = family_for_style(family).injected_errors.get(
        status, ("InjectedFault", f"Injected fault with HTTP status {status}.", None)
    )
    return EmulatedError(status, code or default_code, message or default_message, code_n=None if code else code_n)
