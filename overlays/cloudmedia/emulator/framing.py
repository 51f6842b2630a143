"""HTTP framing rules: how a request's body is delimited, how long a client may take to send it, and the errors for
requests that break them, rendered in the vendor's error shape of the route (never a 500, never Python's text).

* **Body length**: ``Content-Length`` (every copy of the header must agree, and be digits) or
  ``Transfer-Encoding: chunked`` (the only coding accepted) - never both, as RFC 9112 section 6.3 requires of a
  server that must not be fooled about where a request ends. A body longer than the emulator's ``max_body`` is
  refused with 413 without being read.
* **Time**: from the first byte of a request, the client has ``request_timeout`` seconds to send its request line,
  headers and body (:class:`DeadlineReader`); a client trickling a byte at a time is answered 408 and
  disconnected. Between requests, an idle keep-alive connection is closed after ``idle_timeout``.
* **Content type**: a JSON body must be declared ``application/json``.
"""

from __future__ import annotations

import io
import socket
import time
from collections.abc import Callable

from .errors import EmulatedError

__all__ = [
    "DeadlineReader",
    "SlowClient",
    "bad_request",
    "body_framing",
    "http_error",
    "payload_too_large",
    "request_timeout",
    "unsupported_media_type",
]


class SlowClient(Exception):
    """The client did not send its whole request in time."""


def bad_request(detail: str) -> EmulatedError:
    return EmulatedError(400, "BadRequest", f"The request is malformed: {detail}")


def payload_too_large(limit: int) -> EmulatedError:
    return EmulatedError(413, "RequestEntityTooLarge", f"The request body is larger than {limit} bytes.")


def request_timeout(seconds: float) -> EmulatedError:
    return EmulatedError(
        408, "RequestTimeout", f"The client did not send the whole request within {seconds:g} seconds."
    )


def unsupported_media_type(content_type: str | None) -> EmulatedError:
    shown = repr(content_type) if content_type else "none"
    return EmulatedError(
        415, "UnsupportedMediaType", f"The body must be sent as Content-Type application/json; got {shown}."
    )


#: What http.server itself refuses (request line, header block), by status.
_HTTP_ERRORS = {
    400: ("BadRequest", "The request is malformed."),
    408: ("RequestTimeout", "The request was not received in time."),
    413: ("RequestEntityTooLarge", "The request is too large."),
    414: ("RequestURITooLong", "The request line is too long."),
    431: ("RequestHeaderFieldsTooLarge", "The request has too many headers or a header line is too long."),
    501: ("BadRequest", "The request method is not supported."),
    505: ("BadRequest", "The HTTP version is not supported."),
}


def http_error(status: int, detail: str | None = None) -> EmulatedError:
    """The error for a request http.server refused while parsing it (always a 4xx)."""
    code, message = _HTTP_ERRORS.get(status, ("BadRequest", "The request is malformed."))
    if detail:
        message = f"{message} {detail}"
    return EmulatedError(status if 400 <= status < 500 else 400, code, message)


def body_framing(headers: list[tuple[str, str]], max_body: int) -> int | None:
    """The body's length from the header lines, or None for a chunked body; raises an :class:`EmulatedError`."""
    lengths = [v.strip() for k, v in headers if k.lower() == "content-length"]
    encodings = [v.strip().lower() for k, v in headers if k.lower() == "transfer-encoding"]
    if encodings:
        if lengths:
            raise bad_request("Content-Length and Transfer-Encoding must not both be sent.")
        if encodings != ["chunked"]:
            raise bad_request(f"Transfer-Encoding {', '.join(encodings)!r} is not supported; only chunked is.")
        return None
    if not lengths:
        return 0
    if len(set(lengths)) > 1:
        raise bad_request(f"conflicting Content-Length headers ({', '.join(lengths)}).")
    value = lengths[0]
    if not value.isdigit() or not value.isascii() or len(value) > 18:
        raise bad_request(f"Content-Length {value[:40]!r} is not a length.")
    length = int(value)
    if length > max_body:
        raise payload_too_large(max_body)
    return length


class DeadlineReader(io.RawIOBase):
    """The connection's reading side, with a deadline for the request being received.

    ``deadline()`` returns the monotonic time by which the current request must be complete, or None between
    requests (the socket then waits ``idle_timeout``). ``idle(True)`` is called when the connection starts waiting
    for a next request, ``idle(False)`` when bytes arrive; ``started()`` when a request's first bytes arrive.
    """

    def __init__(
        self,
        sock: socket.socket,
        deadline: Callable[[], float | None],
        started: Callable[[], None],
        idle: Callable[[bool], None],
        idle_timeout: float,
    ) -> None:
        super().__init__()
        self._sock = sock
        self._deadline = deadline
        self._started = started
        self._on_idle = idle
        self._idle = idle_timeout

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        deadline = self._deadline()
        if deadline is None:
            self._sock.settimeout(self._idle)
            self._on_idle(True)
        else:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise SlowClient
            self._sock.settimeout(remaining)
        try:
            n = self._sock.recv_into(buffer)
        except TimeoutError:
            if deadline is not None:
                raise SlowClient from None
            raise
        finally:
            if deadline is None:
                self._on_idle(False)
        if n and deadline is None:
            self._started()
        return n
