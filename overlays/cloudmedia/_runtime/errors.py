"""The cloudmedia exception hierarchy, and the mapping from vendor HTTP responses to it.

::

    CloudMediaError
    ├── ParamValidationError (also a ValueError)  a request parameter breaks the spec; raised before any I/O
    ├── CredentialsError                          no usable credentials were found
    ├── TransportError                            no HTTP response (wraps httpx errors); .request_sent
    │   ├── ConnectError                          the connection was never established (request_sent False)
    │   ├── RequestTimeoutError                   connect / read / write / pool timeout
    │   │   └── DeadlineExceededError             the whole call (every attempt and wait) ran out of time
    │   └── ConnectTimeoutError                   both of the above
    ├── ServiceError                              the service answered with an error
    │   ├── ClientError                           4xx, and error documents inside HTTP 2xx
    │   ├── ServerError                           5xx
    │   └── ThrottlingError                       Throttling* codes, HTTP 429 or an x-acs-retry-after header
    ├── InvalidResponseError                      a body that is not JSON, is truncated or does not fit the model
    ├── PaginationError                           a paginator cannot make progress
    └── WaiterError                               a waiter stopped without reaching its success state
        ├── WaiterFailedError                     the polled resource reached a failure state
        └── WaiterTimeoutError                    attempts or maximum wait exhausted; carries the last state

Every exception is picklable (attributes included) and carries no credentials: URLs are passed through
:func:`~.logs.redact_url`, and session tokens a service echoes back are masked in messages and bodies.

:func:`error_from_response` turns one HTTP response into ``None`` (success) or the typed error;
:func:`success_json` decodes a successful body or raises that error. How a vendor shapes its errors is its wire
family's business (:mod:`.families`: ``classify``); this module holds the hierarchy and the helpers the families
share (JSON decoding, retry-after headers, the status -> class rule, the Alibaba error-inside-2xx rule).
"""

from __future__ import annotations

import email.utils
import math
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .jsondecode import loads
from .logs import redact_text, redact_url

if TYPE_CHECKING:
    from .families import WireFamily
    from .model import OperationModel

__all__ = [
    "ClientError",
    "CloudMediaError",
    "ConnectError",
    "ConnectTimeoutError",
    "CredentialsError",
    "DeadlineExceededError",
    "InvalidResponseError",
    "PaginationError",
    "ParamValidationError",
    "RequestTimeoutError",
    "ServerError",
    "ServiceError",
    "ThrottlingError",
    "TransportError",
    "WaiterError",
    "WaiterFailedError",
    "WaiterTimeoutError",
    "body_excerpt",
    "error_from_response",
    "parse_retry_after",
    "success_json",
]

#: Longest body excerpt kept by :class:`InvalidResponseError`.
EXCERPT_LIMIT = 200


def _redact_optional(text: str | None) -> str | None:
    return redact_text(text) if text else text


def _redact_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    """Response headers with lower-case names, their values passed through :func:`~.logs.redact_text`."""
    return {k.lower(): redact_text(v) if isinstance(v, str) else v for k, v in (headers or {}).items()}


def _redact_value(value: Any) -> Any:
    """A decoded JSON value with every string passed through :func:`~.logs.redact_text`."""
    if isinstance(value, str):
        return redact_text(value)
    if isinstance(value, dict):
        return {k: _redact_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_redact_value(v) for v in value]
    return value


def _restore(cls: type[BaseException], args: tuple[Any, ...], state: dict[str, Any]) -> BaseException:
    obj = cls.__new__(cls)
    obj.args = args
    obj.__dict__.update(state)
    return obj


class CloudMediaError(Exception):
    """Base class of every error raised by cloudmedia."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Subclasses take keyword arguments, which the default Exception pickling cannot replay.
        return (_restore, (type(self), self.args, dict(self.__dict__)))


# --------------------------------------------------------------------------------------------------- validation


class ParamValidationError(CloudMediaError, ValueError):
    """A request parameter does not satisfy the operation's spec. Raised before any I/O.

    ``parameter`` is the Python name, ``wire_name`` the vendor's; for an array item or an object property
    both carry the path (``uris[3]`` / ``URIs[3]``). ``rule`` is the JSON-schema keyword that failed
    (``required``, ``type``, ``maxItems``…) and ``value`` the offending value (None for ``required``).
    """

    operation: str
    parameter: str
    wire_name: str
    rule: str
    value: Any

    def __init__(self, operation: str, parameter: str, wire_name: str, rule: str, value: Any, detail: str) -> None:
        self.operation = operation
        self.parameter = parameter
        self.wire_name = wire_name
        self.rule = rule
        self.value = value
        self.detail = detail
        shown = f"'{parameter}'" if parameter == wire_name else f"'{parameter}' ({wire_name})"
        super().__init__(f"{operation}: parameter {shown} {detail}")


# -------------------------------------------------------------------------------------------------- credentials


class CredentialsError(CloudMediaError):
    """No usable credentials. ``looked_in`` names every place searched (variable names, file paths; never values)."""

    def __init__(self, message: str, *, looked_in: tuple[str, ...] = (), missing: tuple[str, ...] = ()) -> None:
        self.looked_in = tuple(looked_in)
        self.missing = tuple(missing)
        super().__init__(message)


# ---------------------------------------------------------------------------------------------------- transport


class TransportError(CloudMediaError):
    """The request got no HTTP response.

    ``request_sent`` is False only when the request provably never reached the server (the connection was
    never established, or no pooled connection became free), which makes retrying a non-idempotent
    operation safe. ``cause`` is the class name of the underlying httpx error.
    """

    def __init__(
        self,
        message: str,
        *,
        request_sent: bool = True,
        method: str | None = None,
        url: str | None = None,
        cause: str | None = None,
    ) -> None:
        self.request_sent = request_sent
        self.method = method
        self.url = redact_url(url) if url is not None else None
        self.cause = cause
        super().__init__(redact_text(message))

    @classmethod
    def from_httpx(cls, exc: BaseException, *, method: str | None = None, url: Any = None) -> TransportError:
        """Wrap an ``httpx`` exception in the matching subclass (raise it ``from exc``).

        The httpx exception itself is not kept: it holds the request, whose headers carry credentials.
        """
        import httpx

        if method is None or url is None:
            try:
                request = exc.request  # type: ignore[attr-defined]
            except (AttributeError, RuntimeError):
                request = None
            if request is not None:
                method = method or request.method
                url = url if url is not None else request.url
        klass: type[TransportError]
        if isinstance(exc, httpx.ConnectTimeout):
            klass, sent = ConnectTimeoutError, False
        elif isinstance(exc, httpx.PoolTimeout):
            # Waiting for a free pooled connection: nothing was written.
            klass, sent = RequestTimeoutError, False
        elif isinstance(exc, httpx.TimeoutException):
            klass, sent = RequestTimeoutError, True
        elif isinstance(exc, (httpx.ConnectError, httpx.ProxyError)):
            klass, sent = ConnectError, False
        elif isinstance(exc, (httpx.UnsupportedProtocol, httpx.LocalProtocolError, httpx.InvalidURL)):
            # Rejected locally before anything went out.
            klass, sent = TransportError, False
        else:
            klass, sent = TransportError, True
        detail = str(exc) or type(exc).__name__
        where = f" ({method} {redact_url(url)})" if method and url is not None else ""
        return klass(
            f"{type(exc).__name__}: {detail}{where}",
            request_sent=sent,
            method=method,
            url=str(url) if url is not None else None,
            cause=type(exc).__name__,
        )


class ConnectError(TransportError):
    """The connection could not be established; the request never reached the server."""

    def __init__(self, message: str, *, request_sent: bool = False, **kwargs: Any) -> None:
        super().__init__(message, request_sent=request_sent, **kwargs)


class RequestTimeoutError(TransportError):
    """A connect, read, write or pool timeout."""


class ConnectTimeoutError(ConnectError, RequestTimeoutError):
    """Connecting timed out; the request never reached the server."""


class DeadlineExceededError(RequestTimeoutError):
    """The call's deadline passed: connecting, sending, every read, every retry and the waits between them, together,
    took longer than the ``deadline`` the client or the call was given. Never retried.

    ``deadline`` is that budget in seconds; ``attempts`` the number of attempts started.
    """

    def __init__(
        self,
        message: str,
        *,
        deadline: float | None = None,
        attempts: int = 0,
        request_sent: bool = True,
        **kwargs: Any,
    ) -> None:
        self.deadline = deadline
        self.attempts = attempts
        super().__init__(message, request_sent=request_sent, **kwargs)


# ------------------------------------------------------------------------------------------------------ service


class ServiceError(CloudMediaError):
    """The service answered with an error.

    ``str()`` is ``"<Code>: <Message> (HTTP 400, request id X)"``. ``code_n`` is Volcengine's numeric code,
    ``access_denied_detail`` Alibaba's ``AccessDeniedDetail``; ``raw_body`` is the response body and
    ``headers`` the response headers (lower-case names). ``retry_after`` is the delay in seconds the
    service asked for, if any.
    """

    def __init__(
        self,
        code: str | None,
        message: str | None,
        request_id: str | None = None,
        http_status: int = 0,
        host_id: str | None = None,
        recommend: str | None = None,
        raw_body: bytes = b"",
        headers: Mapping[str, str] | None = None,
        *,
        code_n: int | None = None,
        access_denied_detail: Any = None,
        retry_after: float | None = None,
        vendor: str | None = None,
        product: str | None = None,
    ) -> None:
        self.code = _redact_optional(code)
        self.message = _redact_optional(message)
        self.request_id = _redact_optional(request_id)
        self.http_status = http_status
        self.host_id = _redact_optional(host_id)
        self.recommend = _redact_optional(recommend)
        self.raw_body = _redact_body(raw_body)
        self.headers = _redact_headers(headers)
        self.code_n = code_n
        self.access_denied_detail = _redact_value(access_denied_detail)
        self.retry_after = retry_after
        self.vendor = vendor
        self.product = product
        super().__init__(self._format())

    def _format(self) -> str:
        head = f"{self.code}: {self.message}" if self.code else (self.message or "Unknown error")
        tail = [f"HTTP {self.http_status}"]
        if self.code_n is not None:
            tail.append(f"CodeN {self.code_n}")
        if self.request_id:
            tail.append(f"request id {self.request_id}")
        return f"{head} ({', '.join(tail)})"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(code={self.code!r}, http_status={self.http_status!r}, "
            f"request_id={self.request_id!r}, message={self.message!r})"
        )


class ClientError(ServiceError):
    """A 4xx error (or a Volcengine error carried by HTTP 200): fix the request before retrying."""


class ServerError(ServiceError):
    """A 5xx error."""


class ThrottlingError(ServiceError):
    """The service is rate limiting: a ``Throttling*`` code, HTTP 429 or an ``x-acs-retry-after`` header.

    ``retry_after`` is in **seconds** (Alibaba's ``x-acs-retry-after`` header is in milliseconds and is
    converted).
    """


class InvalidResponseError(CloudMediaError):
    """A response that cannot be understood: not JSON, truncated, not an object, or not what the model expects.

    ``body_excerpt`` holds at most 200 characters of the body.
    """

    def __init__(
        self,
        http_status: int,
        request_id: str | None,
        body_excerpt: str,
        reason: str,
        *,
        headers: Mapping[str, str] | None = None,
        retry_after: float | None = None,
    ) -> None:
        self.http_status = http_status
        self.request_id = _redact_optional(request_id)
        self.body_excerpt = redact_text(body_excerpt)[:EXCERPT_LIMIT]
        self.reason = redact_text(reason)
        self.headers = _redact_headers(headers)
        self.retry_after = retry_after
        where = f"HTTP {http_status}" + (f", request id {request_id}" if request_id else "")
        super().__init__(f"{reason} ({where}); body: {self.body_excerpt!r}")


class PaginationError(CloudMediaError):
    """A paginator cannot make progress (for example the service returned the same token again)."""

    def __init__(self, message: str, *, operation: str | None = None) -> None:
        self.operation = operation
        super().__init__(message)


# ------------------------------------------------------------------------------------------------------ waiters


class WaiterError(CloudMediaError):
    """A waiter stopped without reaching its success state.

    ``waiter`` is the client method (``wait_for_file_detection``), ``operation`` the polled operationId,
    ``state_path`` where the state is read (``Result.Finish``), ``last_state`` the state the last poll
    returned (None when the response did not carry it), ``last_response`` that poll's parsed response,
    ``attempts`` the number of polls and ``elapsed`` the seconds spent.
    """

    def __init__(
        self,
        message: str,
        *,
        waiter: str,
        operation: str,
        state_path: str,
        last_state: Any,
        last_response: Any,
        attempts: int,
        elapsed: float,
    ) -> None:
        self.waiter = waiter
        self.operation = operation
        self.state_path = state_path
        self.last_state = last_state
        self.last_response = last_response
        self.attempts = attempts
        self.elapsed = elapsed
        super().__init__(message)


class WaiterFailedError(WaiterError):
    """The polled resource reached one of the waiter's failure states (an NTA detection with ``Finish`` -1)."""


class WaiterTimeoutError(WaiterError):
    """The waiter used up its attempts or its maximum wait; ``last_state`` is where the resource still was."""


# ------------------------------------------------------------------------------------------- response mapping


def body_excerpt(body: bytes | str, limit: int = EXCERPT_LIMIT) -> str:
    """The first ``limit`` characters of a body, decoded leniently, with tokens masked."""
    text = body.decode("utf-8", errors="replace") if isinstance(body, (bytes, bytearray)) else str(body)
    text = redact_text(text)
    if len(text) > limit:
        text = text[: limit - 3] + "..."
    return text


def _redact_body(body: bytes) -> bytes:
    if not body:
        return b""
    raw = bytes(body)
    text = raw.decode("utf-8", errors="surrogateescape")
    redacted = redact_text(text)
    return raw if redacted == text else redacted.encode("utf-8", errors="surrogateescape")


def parse_retry_after(value: str | None, *, milliseconds: bool = False, now: float | None = None) -> float | None:
    """Parse a retry-after header into seconds: a number, or (HTTP ``Retry-After``) a date. None if unusable."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        if milliseconds:
            return None
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when is None:
            return None
        return max(0.0, when.timestamp() - (time.time() if now is None else now))
    if not math.isfinite(number) or number < 0:
        return None
    return number / 1000.0 if milliseconds else number


def lower_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    if not headers:
        return {}
    return {str(k).lower(): v for k, v in headers.items()}


def decode_json(body: bytes) -> tuple[Any, str | None]:
    """(value, None) or (None, reason)."""
    if not body or not body.strip():
        return None, "empty response body"
    try:
        return loads(body), None
    except RecursionError:
        return None, "response body is nested too deeply"
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
        return None, f"response body is not valid JSON ({type(exc).__name__})"


def str_or_none(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, str) else str(value)


def _is_throttling_code(code: str | None) -> bool:
    return bool(code) and code.startswith("Throttling")  # type: ignore[union-attr]


def error_class(status: int, code: str | None, throttled: bool) -> type[ServiceError]:
    if throttled or status == 429 or _is_throttling_code(code):
        return ThrottlingError
    if 500 <= status <= 599:
        return ServerError
    if 400 <= status <= 499:
        return ClientError
    if 200 <= status <= 299:
        return ClientError  # Volcengine: an Error inside HTTP 200
    return ServiceError


def retry_after_of(headers: Mapping[str, str]) -> tuple[float | None, bool]:
    """(seconds, throttled): x-acs-retry-after (ms, positive int) marks throttling; Retry-After is seconds."""
    acs = headers.get("x-acs-retry-after")
    if acs is not None:
        try:
            ms = int(acs.strip())
        except ValueError:
            ms = 0
        if ms > 0:
            return ms / 1000.0, True
    return parse_retry_after(headers.get("retry-after")), False


def parse_xml_error(body: bytes) -> dict[str, str] | None:
    head = body.lstrip()[:64]
    if not head.startswith((b"<?xml", b"<Error")):
        return None
    import xml.etree.ElementTree as ET

    try:
        root = ET.fromstring(body)
    except ET.ParseError:
        return None
    if root.tag != "Error":
        return None
    return {child.tag: (child.text or "") for child in root}


def invalid_response(
    status: int,
    request_id: str | None,
    body: bytes,
    reason: str,
    headers: Mapping[str, str],
) -> InvalidResponseError:
    retry_after, _ = retry_after_of(headers)
    return InvalidResponseError(
        status, request_id, body_excerpt(body), reason, headers=headers, retry_after=retry_after
    )


#: Fields an Alibaba error document and a success body may share.
_SHARED_FIELDS = frozenset({"RequestId", "requestId", "Success", "success"})


def alibaba_error_in_success(data: dict[str, Any], operation: OperationModel | None) -> bool:
    """Whether a 2xx Alibaba body is an error document (``{"Code", "Message", "RequestId"}``) and not a success.

    A body with a non-empty string ``Code`` (or ``code``) and a ``Message`` (or ``message``) is an error document.
    When the operation's success schema itself declares that code field (ICE's ``SearchMediaByFace`` has ``Code``
    and ``Success``), it is an error only if it says ``Success: false``, or if it carries an undeclared message and
    none of the success fields besides the code and the request id. A body with a ``Code`` and no message is
    never an error.
    """
    for code_key, message_key in (("Code", "Message"), ("code", "message")):
        code = data.get(code_key)
        if not (isinstance(code, str) and code and message_key in data):
            continue
        declared = operation.response_fields if operation is not None else ()
        if code_key not in declared:
            return True
        success = data.get("Success", data.get("success"))
        if success is False or (isinstance(success, str) and success.lower() == "false"):
            return True
        if message_key in declared:
            return False
        return not any(key in data for key in declared if key != code_key and key not in _SHARED_FIELDS)
    return False


def _family(family: WireFamily | str) -> WireFamily:
    if isinstance(family, str):
        from .families import family_for_style

        try:
            return family_for_style(family)
        except KeyError as exc:
            raise ValueError(exc.args[0]) from None
    return family


def error_from_response(
    family: WireFamily | str,
    product: str,
    status: int,
    headers: Mapping[str, str],
    body: bytes,
    operation: OperationModel | None = None,
) -> CloudMediaError | None:
    """The typed error a response stands for, or None when it is a success.

    ``family`` is a :class:`~.families.WireFamily` or its style (``rpc``, ``roa``, ``volcengine``); ``operation``,
    when known, tells which fields its success body declares. A 2xx body is decoded too, so a non-JSON success or
    an error document inside a 2xx (Alibaba ``Code``/``Message``, Volcengine ``ResponseMetadata.Error``) is
    reported.
    """
    return _family(family).classify(product, status, lower_headers(headers), bytes(body or b""), operation)[1]


def success_json(
    family: WireFamily | str,
    product: str,
    status: int,
    headers: Mapping[str, str],
    body: bytes,
    operation: OperationModel | None = None,
) -> dict[str, Any]:
    """Decode a successful JSON body (the whole object; for Volcengine including ``ResponseMetadata``).

    Raises the error :func:`error_from_response` would return. An empty PDS success (204) decodes to ``{}``.
    """
    data, error = _family(family).classify(product, status, lower_headers(headers), bytes(body or b""), operation)
    if error is not None:
        raise error
    assert data is not None
    return data
