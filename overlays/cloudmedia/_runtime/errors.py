"""The cloudmedia exception hierarchy, and the mapping from vendor HTTP responses to it.

::

    CloudMediaError
    ├── ParamValidationError (also a ValueError)  a request parameter breaks the spec; raised before any I/O
    ├── CredentialsError                          no usable credentials were found
    ├── TransportError                            no HTTP response (wraps httpx errors); .request_sent
    │   ├── ConnectError                          the connection was never established (request_sent False)
    │   ├── RequestTimeoutError                   connect / read / write / pool timeout
    │   └── ConnectTimeoutError                   both of the above
    ├── ServiceError                              the service answered with an error
    │   ├── ClientError                           4xx, and Volcengine errors inside HTTP 200
    │   ├── ServerError                           5xx
    │   └── ThrottlingError                       Throttling* codes, HTTP 429 or an x-acs-retry-after header
    ├── InvalidResponseError                      a body that is not JSON, is truncated or does not fit the model
    └── PaginationError                           a paginator cannot make progress

Every exception is picklable (attributes included) and carries no credentials: URLs are passed through
:func:`~.logs.redact_url`, and session tokens a service echoes back are masked in messages and bodies.

:func:`error_from_response` turns one HTTP response into ``None`` (success) or the typed error;
:func:`success_json` decodes a successful body or raises that error.

Vendor shapes:

* **Alibaba RPC** (IMM, VOD, ICE): ``{"RequestId", "HostId", "Code", "Message", "Recommend",
  "AccessDeniedDetail"}``; ``Code``/``code``, ``Message``/``message`` and ``RequestId``/``requestId`` are all
  accepted, and an XML ``<Error>`` document is read too. Throttling is signalled by an ``x-acs-retry-after``
  header (milliseconds), a ``Throttling*`` code or HTTP 429.
* **PDS** (ROA): ``{"code", "message"}``; the request id comes only from the ``x-ca-request-id`` header.
* **Volcengine**: ``{"ResponseMetadata": {"RequestId", "Error": {"Code", "CodeN", "Message"}}, "Result"}``.
  An ``Error`` inside HTTP 200 is an error (:class:`ClientError`); a 200 without ``ResponseMetadata`` is an
  :class:`InvalidResponseError`.
"""

from __future__ import annotations

import email.utils
import math
import time
from collections.abc import Mapping
from typing import Any

from .jsondecode import loads
from .logs import redact_text, redact_url

__all__ = [
    "ClientError",
    "CloudMediaError",
    "ConnectError",
    "ConnectTimeoutError",
    "CredentialsError",
    "InvalidResponseError",
    "PaginationError",
    "ParamValidationError",
    "RequestTimeoutError",
    "ServerError",
    "ServiceError",
    "ThrottlingError",
    "TransportError",
    "body_excerpt",
    "error_from_response",
    "parse_retry_after",
    "success_json",
]

#: Longest body excerpt kept by :class:`InvalidResponseError`.
EXCERPT_LIMIT = 200


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
        self.code = code
        self.message = redact_text(message) if message else message
        self.request_id = request_id
        self.http_status = http_status
        self.host_id = host_id
        self.recommend = recommend
        self.raw_body = _redact_body(raw_body)
        self.headers = {k.lower(): v for k, v in (headers or {}).items()}
        self.code_n = code_n
        self.access_denied_detail = access_denied_detail
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
        self.request_id = request_id
        self.body_excerpt = redact_text(body_excerpt)[:EXCERPT_LIMIT]
        self.reason = reason
        self.headers = {k.lower(): v for k, v in (headers or {}).items()}
        self.retry_after = retry_after
        where = f"HTTP {http_status}" + (f", request id {request_id}" if request_id else "")
        super().__init__(f"{reason} ({where}); body: {self.body_excerpt!r}")


class PaginationError(CloudMediaError):
    """A paginator cannot make progress (for example the service returned the same token again)."""

    def __init__(self, message: str, *, operation: str | None = None) -> None:
        self.operation = operation
        super().__init__(message)


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
    if b"oken" not in raw and b"OKEN" not in raw:
        return raw
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


def _lower_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    if not headers:
        return {}
    return {str(k).lower(): v for k, v in headers.items()}


def _decode_json(body: bytes) -> tuple[Any, str | None]:
    """(value, None) or (None, reason)."""
    if not body or not body.strip():
        return None, "empty response body"
    try:
        return loads(body), None
    except RecursionError:
        return None, "response body is nested too deeply"
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
        return None, f"response body is not valid JSON ({type(exc).__name__})"


def _str_or_none(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, str) else str(value)


def _is_throttling_code(code: str | None) -> bool:
    return bool(code) and code.startswith("Throttling")  # type: ignore[union-attr]


def _service_error_class(status: int, code: str | None, throttled: bool) -> type[ServiceError]:
    if throttled or status == 429 or _is_throttling_code(code):
        return ThrottlingError
    if 500 <= status <= 599:
        return ServerError
    if 400 <= status <= 499:
        return ClientError
    if 200 <= status <= 299:
        return ClientError  # Volcengine: an Error inside HTTP 200
    return ServiceError


def _retry_after(headers: Mapping[str, str]) -> tuple[float | None, bool]:
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


def _parse_xml_error(body: bytes) -> dict[str, str] | None:
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


def _invalid(
    status: int,
    request_id: str | None,
    body: bytes,
    reason: str,
    headers: Mapping[str, str],
) -> InvalidResponseError:
    retry_after, _ = _retry_after(headers)
    return InvalidResponseError(
        status, request_id, body_excerpt(body), reason, headers=headers, retry_after=retry_after
    )


def _classify(
    vendor: str, product: str, status: int, headers: Mapping[str, str] | None, body: bytes
) -> tuple[dict[str, Any] | None, CloudMediaError | None]:
    vendor = vendor.lower()
    product = (product or "").lower()
    hdrs = _lower_headers(headers)
    body = bytes(body or b"")
    ok = 200 <= status <= 299
    if vendor == "alibaba":
        if product == "pds":
            return _classify_pds(status, hdrs, body, ok)
        return _classify_alibaba_rpc(product, status, hdrs, body, ok)
    if vendor == "volcengine":
        return _classify_volcengine(product, status, hdrs, body, ok)
    raise ValueError(f"unknown vendor {vendor!r}")


def _classify_alibaba_rpc(
    product: str, status: int, hdrs: dict[str, str], body: bytes, ok: bool
) -> tuple[dict[str, Any] | None, CloudMediaError | None]:
    header_rid = hdrs.get("x-acs-request-id")
    data, reason = _decode_json(body)
    if ok:
        if reason is not None:
            return None, _invalid(status, header_rid, body, reason, hdrs)
        if not isinstance(data, dict):
            return None, _invalid(status, header_rid, body, "response body is not a JSON object", hdrs)
        return data, None
    if reason is not None:
        xml = _parse_xml_error(body)
        if xml is None:
            return None, _invalid(status, header_rid, body, reason, hdrs)
        data = xml
    if not isinstance(data, dict):
        return None, _invalid(status, header_rid, body, "error body is not a JSON object", hdrs)
    code = _str_or_none(data.get("Code", data.get("code")))
    message = _str_or_none(data.get("Message", data.get("message")))
    if code is None and message is None:
        return None, _invalid(status, header_rid, body, "error body has no Code or Message", hdrs)
    request_id = _str_or_none(data.get("RequestId", data.get("requestId"))) or header_rid
    retry_after, throttled = _retry_after(hdrs)
    klass = _service_error_class(status, code, throttled)
    return None, klass(
        code,
        message,
        request_id,
        status,
        _str_or_none(data.get("HostId")),
        _str_or_none(data.get("Recommend")),
        body,
        hdrs,
        access_denied_detail=data.get("AccessDeniedDetail"),
        retry_after=retry_after,
        vendor="alibaba",
        product=product or None,
    )


def _classify_pds(
    status: int, hdrs: dict[str, str], body: bytes, ok: bool
) -> tuple[dict[str, Any] | None, CloudMediaError | None]:
    request_id = hdrs.get("x-ca-request-id")  # PDS: only the header, never the body
    if ok and (status == 204 or not body.strip()):
        return {}, None
    data, reason = _decode_json(body)
    if reason is not None:
        return None, _invalid(status, request_id, body, reason, hdrs)
    if not isinstance(data, dict):
        kind = "response" if ok else "error"
        return None, _invalid(status, request_id, body, f"{kind} body is not a JSON object", hdrs)
    if ok:
        return data, None
    code = _str_or_none(data.get("code", data.get("Code")))
    message = _str_or_none(data.get("message", data.get("Message")))
    if code is None and message is None:
        return None, _invalid(status, request_id, body, "error body has no code or message", hdrs)
    retry_after, throttled = _retry_after(hdrs)
    klass = _service_error_class(status, code, throttled)
    return None, klass(
        code,
        message,
        request_id,
        status,
        None,
        None,
        body,
        hdrs,
        retry_after=retry_after,
        vendor="alibaba",
        product="pds",
    )


def _classify_volcengine(
    product: str, status: int, hdrs: dict[str, str], body: bytes, ok: bool
) -> tuple[dict[str, Any] | None, CloudMediaError | None]:
    data, reason = _decode_json(body)
    if reason is not None:
        return None, _invalid(status, None, body, reason, hdrs)
    if not isinstance(data, dict):
        return None, _invalid(status, None, body, "response body is not a JSON object", hdrs)
    meta = data.get("ResponseMetadata")
    if not isinstance(meta, dict):
        why = "response has no ResponseMetadata" if ok else "error response has no ResponseMetadata"
        return None, _invalid(status, None, body, why, hdrs)
    request_id = _str_or_none(meta.get("RequestId"))
    error = meta.get("Error")
    if isinstance(error, dict) and (error.get("Code") or error.get("Message") or error.get("CodeN")):
        code = _str_or_none(error.get("Code"))
        message = _str_or_none(error.get("Message"))
        code_n_raw = error.get("CodeN")
        try:
            code_n = int(code_n_raw) if code_n_raw is not None and not isinstance(code_n_raw, bool) else None
        except (TypeError, ValueError):
            code_n = None
        retry_after, throttled = _retry_after(hdrs)
        klass = _service_error_class(status, code, throttled)
        return None, klass(
            code,
            message,
            request_id,
            status,
            None,
            None,
            body,
            hdrs,
            code_n=code_n,
            retry_after=retry_after,
            vendor="volcengine",
            product=product or None,
        )
    if not ok:
        return None, _invalid(status, request_id, body, "error response has no ResponseMetadata.Error", hdrs)
    return data, None


def error_from_response(
    vendor: str, product: str, status: int, headers: Mapping[str, str], body: bytes
) -> CloudMediaError | None:
    """The typed error a response stands for, or None when it is a success.

    ``vendor`` is ``alibaba`` or ``volcengine``; ``product`` selects the PDS rules when it is ``pds``.
    A 2xx body is decoded too, so a non-JSON success (or a Volcengine 200 carrying an ``Error`` or lacking
    ``ResponseMetadata``) is reported.
    """
    return _classify(vendor, product, status, headers, body)[1]


def success_json(vendor: str, product: str, status: int, headers: Mapping[str, str], body: bytes) -> dict[str, Any]:
    """Decode a successful JSON body (the whole object; for Volcengine including ``ResponseMetadata``).

    Raises the error :func:`error_from_response` would return. An empty PDS success (204) decodes to ``{}``.
    """
    data, error = _classify(vendor, product, status, headers, body)
    if error is not None:
        raise error
    assert data is not None
    return data
