"""When to retry a failed request, and how long to wait first.

**What is retried.** A request is retried only when repeating it cannot do harm:

* **Idempotent operations** (``x-cloudmedia.idempotent: true``; reads such as ``BatchGetFileMeta``,
  ``ScanFile``, ``ListAIImageInfo``, ``SearchMediaByFace``) are retried on throttling
  (:class:`~.errors.ThrottlingError`), on a status in ``retry_on_status`` (429, 500, 502, 503, 504 by
  default; this covers the HTML 502/503 pages of gateways, which arrive as
  :class:`~.errors.InvalidResponseError`) and on every :class:`~.errors.TransportError` (connection
  failures, timeouts, dropped connections).
* **Non-idempotent operations** (``idempotent: false``, e.g. Volcengine ``CreateFileDetection``) are
  retried only when the request provably never reached the server (:class:`~.errors.ConnectError`, or any
  transport error with ``request_sent`` False), or when the service itself said it did not process it
  and asked us to come back: throttling, HTTP 429 or HTTP 503. A read timeout, a dropped connection or a
  500 may mean the operation ran, so it is **not** repeated: the error reaches the caller, who knows
  whether a duplicate is acceptable. (Volcengine's own SDK retries this POST on every 5xx and transport
  error; Alibaba's SDKs do not retry at all unless configured. We deliberately sit between the two.)
* Client errors (4xx other than 429), invalid 2xx bodies, validation and credential errors are never
  retried.

**How long to wait.** Exponential backoff with *full jitter*: before retry number ``n`` (after the
``n``-th failed attempt) the delay is ``random() * min(max_delay, base_delay * 2 ** (n - 1))``, which
spreads competing clients out better than equal or decorrelated jitter. A delay the server asked for
(``ThrottlingError.retry_after``, from Alibaba's ``x-acs-retry-after`` header in milliseconds, or an HTTP
``Retry-After`` header in seconds or as a date) wins over the computed one, capped at ``max_delay``.

Each retry must be signed afresh (new nonce and date); that is the transport's job.
"""

from __future__ import annotations

import random as _random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .errors import (
    CloudMediaError,
    ConnectError,
    InvalidResponseError,
    ServiceError,
    ThrottlingError,
    TransportError,
    parse_retry_after,
)

__all__ = ["DEFAULT_RETRY_ON_STATUS", "RetryPolicy", "is_retryable", "server_retry_after"]

DEFAULT_RETRY_ON_STATUS: tuple[int, ...] = (429, 500, 502, 503, 504)

#: Statuses with which a service says it did not process the request: safe to repeat even when the
#: operation is not idempotent.
_NOT_PROCESSED_STATUS = frozenset({429, 503})


def _status(error: BaseException) -> int | None:
    if isinstance(error, (ServiceError, InvalidResponseError)):
        return error.http_status
    return None


def is_retryable(
    error: BaseException,
    *,
    idempotent: bool,
    retry_on_status: tuple[int, ...] | frozenset[int] = DEFAULT_RETRY_ON_STATUS,
) -> bool:
    """Whether ``error`` may be retried for an operation that is (or is not) idempotent. See the module docs."""
    if isinstance(error, ThrottlingError):
        return True
    if isinstance(error, TransportError):
        if idempotent:
            return True
        return isinstance(error, ConnectError) or not error.request_sent
    status = _status(error)
    if status is None:
        return False
    if isinstance(error, InvalidResponseError) and 200 <= status <= 299:
        return False  # a malformed success is not transient
    if idempotent:
        return status in retry_on_status
    return status in _NOT_PROCESSED_STATUS


def server_retry_after(error: BaseException) -> float | None:
    """The delay in seconds the service asked for: ``error.retry_after``, else a ``Retry-After`` header."""
    value = getattr(error, "retry_after", None)
    if value is not None:
        return float(value)
    headers: Mapping[str, str] | None = getattr(error, "headers", None)
    if headers:
        return parse_retry_after(headers.get("retry-after"))
    return None


@dataclass(frozen=True)
class RetryPolicy:
    """How many attempts to make and how long to wait between them.

    ``max_attempts`` counts the first attempt (``3`` = one try and up to two retries). ``random`` returns a
    float in ``[0, 1)`` and can be replaced for deterministic tests.
    """

    max_attempts: int = 3
    base_delay: float = 0.1
    max_delay: float = 20.0
    retry_on_status: tuple[int, ...] = DEFAULT_RETRY_ON_STATUS
    random: Callable[[], float] = field(default=_random.random, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.max_attempts, int) or isinstance(self.max_attempts, bool) or self.max_attempts < 1:
            raise ValueError(f"max_attempts must be an integer >= 1; got {self.max_attempts!r}")
        if self.base_delay < 0 or self.max_delay < 0:
            raise ValueError("base_delay and max_delay must be >= 0")
        object.__setattr__(self, "retry_on_status", tuple(self.retry_on_status))

    @classmethod
    def none(cls) -> RetryPolicy:
        """A single attempt, never retried."""
        return cls(max_attempts=1)

    def is_retryable(self, error: BaseException, *, idempotent: bool) -> bool:
        """:func:`is_retryable` with this policy's ``retry_on_status``."""
        return is_retryable(error, idempotent=idempotent, retry_on_status=self.retry_on_status)

    def backoff(self, attempt: int) -> float:
        """The jittered delay after failed attempt number ``attempt`` (1-based), ignoring the server."""
        ceiling = min(self.max_delay, self.base_delay * float(2 ** min(max(attempt, 1) - 1, 62)))
        return float(self.random()) * ceiling

    def delay_for(
        self, attempt: int, error: BaseException | CloudMediaError | Any, *, idempotent: bool = True
    ) -> float | None:
        """Seconds to wait before the next attempt, or None to give up and raise ``error``.

        ``attempt`` is the number of the attempt that just failed (1 for the first). None when the error is
        not retryable (see :func:`is_retryable`) or ``attempt`` already reached ``max_attempts``.
        Pass the operation's ``idempotent`` flag: the default (True) applies the rules of idempotent
        operations, so a caller that sends a non-idempotent operation must say so.
        """
        if attempt >= self.max_attempts:
            return None
        if not self.is_retryable(error, idempotent=idempotent):
            return None
        asked = server_retry_after(error)
        if asked is not None:
            return min(max(asked, 0.0), self.max_delay)
        return self.backoff(attempt)
