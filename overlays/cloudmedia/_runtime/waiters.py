"""Waiters: poll an operation until what it reports reaches a final state, sync or async, as boto3 waiters do.

A waiter is data (:class:`~.model.WaiterModel`, rendered from the spec's ``info.x-cloudmedia.waiters``); the
generated clients expose it as ``wait_for_<name>(argument, ...)`` and ``wait_for_<name>_async``. Each poll
is one ordinary call of the polled operation: validated before any I/O, signed afresh and retried by the
client's :class:`~cloudmedia.RetryPolicy` (throttling, 5xx, connection errors); an error that survives the
retry policy propagates unchanged, as in boto3. Between polls the waiter sleeps ``delay`` seconds (with the
client's ``sleep`` / ``async_sleep``).

The state is read from the poll response's JSON body at the waiter's path: dotted member names with an
optional index, ``[N]`` (one item) or ``[*]`` (every item): ``Result.Finish``, ``AIImageJobList[*].Status``.
With ``[*]`` the waiter succeeds when there is at least one item and every item is in a success state, and
fails as soon as one item is in a failure state. A state the response does not carry (yet) means: keep
polling. Values match when equal or when their text is equal (``2`` and ``"2"``).

Outcomes: the parsed response of the poll that reached a success state is returned; a failure state raises
:class:`~.errors.WaiterFailedError`; ``max_attempts`` polls or ``max_wait`` seconds without a final state
raise :class:`~.errors.WaiterTimeoutError`. Both carry the last state and the last parsed response.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import ParamValidationError, WaiterError, WaiterFailedError, WaiterTimeoutError
from .logs import logger

if TYPE_CHECKING:
    from .client import BaseClient
    from .model import WaiterModel
    from .types import Response

T = TypeVar("T")
E = TypeVar("E", bound=WaiterError)

__all__ = ["MISSING", "find_path", "wait", "wait_async"]


class _Missing:
    """The value of a path a document does not carry."""

    def __repr__(self) -> str:
        return "MISSING"

    def __bool__(self) -> bool:
        return False


MISSING: Any = _Missing()

_SEGMENT = re.compile(r"(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?:\[(?P<index>\d+|\*)\])?")


def _segments(path: str) -> list[tuple[str, str | None]]:
    out = []
    for part in path.split("."):
        match = _SEGMENT.fullmatch(part)
        if match is None:
            raise ValueError(f"invalid path {path!r}: segment {part!r} is not name, name[N] or name[*]")
        out.append((match["name"], match["index"]))
    return out


def find_path(data: Any, path: str) -> Any:
    """The value at ``path`` in a decoded JSON document, or :data:`MISSING`.

    ``Result.Finish`` -> ``data["Result"]["Finish"]``; ``List[0].Status`` -> the first item's status;
    ``List[*].Status`` -> the list of every item's status (items without it are left out).
    """
    values: list[Any] = [data]
    spread = False
    for name, index in _segments(path):
        found: list[Any] = []
        for value in values:
            if not isinstance(value, dict) or name not in value:
                continue
            member = value[name]
            if index is None:
                found.append(member)
            elif not isinstance(member, list):
                continue
            elif index == "*":
                found.extend(member)
                spread = True
            elif int(index) < len(member):
                found.append(member[int(index)])
        values = found
    if spread:
        return values
    return values[0] if values else MISSING


def _matches(value: Any, expected: Sequence[Any]) -> bool:
    if value is MISSING or value is None or isinstance(value, (dict, list)):
        return False
    return any(value == e or (not isinstance(value, bool) and str(value) == str(e)) for e in expected)


class _Waiting:
    """The state of one waiter run across its polls (the sync and async loops only poll and sleep)."""

    __slots__ = ("attempts", "delay", "max_attempts", "max_wait", "started", "waiter")

    def __init__(
        self, waiter: WaiterModel, delay: float | None, max_attempts: int | None, max_wait: float | None
    ) -> None:
        method = waiter.method
        delay = waiter.delay if delay is None else delay
        max_attempts = waiter.max_attempts if max_attempts is None else max_attempts
        max_wait = waiter.max_wait if max_wait is None else max_wait
        if isinstance(delay, bool) or not isinstance(delay, (int, float)) or not delay >= 0:
            raise ParamValidationError(
                method, "delay", "delay", "minimum", delay, f"must be a number >= 0; got {delay!r}"
            )
        if isinstance(max_attempts, bool) or not isinstance(max_attempts, int) or max_attempts < 1:
            raise ParamValidationError(
                method,
                "max_attempts",
                "max_attempts",
                "minimum",
                max_attempts,
                f"must be an integer >= 1; got {max_attempts!r}",
            )
        if max_wait is not None and (
            isinstance(max_wait, bool) or not isinstance(max_wait, (int, float)) or not max_wait > 0
        ):
            raise ParamValidationError(
                method, "max_wait", "max_wait", "exclusiveMinimum", max_wait, f"must be a number > 0; got {max_wait!r}"
            )
        self.waiter = waiter
        self.delay = float(delay)
        self.max_attempts = max_attempts
        self.max_wait = None if max_wait is None else float(max_wait)
        self.attempts = 0
        self.started = time.monotonic()

    def outcome(self, response: Response[Any]) -> tuple[bool, float]:
        """After one poll: (True, 0) when done; (False, seconds to sleep) to poll again; raises on failure/timeout."""
        self.attempts += 1
        waiter = self.waiter
        try:
            data = json.loads(response.content) if response.content else None
        except ValueError:
            data = None
        state = find_path(data, waiter.state)
        shown = state if state is not MISSING else None
        logger.debug("%s: %s poll %d: %s = %r", waiter.method, waiter.operation, self.attempts, waiter.state, shown)
        if isinstance(state, list):
            failed = any(_matches(v, waiter.failure) for v in state)
            succeeded = bool(state) and all(_matches(v, waiter.success) for v in state)
        else:
            failed = _matches(state, waiter.failure)
            succeeded = _matches(state, waiter.success)
        elapsed = time.monotonic() - self.started
        if failed:
            raise self._error(
                WaiterFailedError,
                f"{waiter.operation} reached a failure state: {waiter.state} = {shown!r} "
                f"(failure: {_listing(waiter.failure)}) after {self.attempts} attempt(s)",
                shown,
                response,
                elapsed,
            )
        if succeeded:
            return True, 0.0
        if self.attempts >= self.max_attempts:
            raise self._timeout(f"after {self.attempts} attempt(s) ({elapsed:.1f} s)", shown, response, elapsed)
        sleep = self.delay
        if self.max_wait is not None:
            remaining = self.max_wait - elapsed
            if remaining <= 0:
                raise self._timeout(
                    f"within max_wait={self.max_wait:g} s ({self.attempts} attempt(s))", shown, response, elapsed
                )
            sleep = min(sleep, remaining)
        return False, sleep

    def _timeout(self, when: str, state: Any, response: Response[Any], elapsed: float) -> WaiterTimeoutError:
        waiter = self.waiter
        return self._error(
            WaiterTimeoutError,
            f"{waiter.operation} did not reach {waiter.state} in {_listing(waiter.success)} {when}; "
            f"last {waiter.state} = {state!r}",
            state,
            response,
            elapsed,
        )

    def _error(self, cls: type[E], message: str, state: Any, response: Response[Any], elapsed: float) -> E:
        waiter = self.waiter
        return cls(
            f"{waiter.method}: {message}",
            waiter=waiter.method,
            operation=waiter.operation,
            state_path=waiter.state,
            last_state=state,
            last_response=response.parsed,
            attempts=self.attempts,
            elapsed=elapsed,
        )


def _listing(values: Sequence[Any]) -> str:
    return "[" + ", ".join(repr(v) for v in values) + "]"


def wait(
    client: BaseClient,
    waiter: WaiterModel,
    poll: Callable[[], Response[T]],
    *,
    delay: float | None = None,
    max_attempts: int | None = None,
    max_wait: float | None = None,
) -> T:
    """Call ``poll`` until the waiter's state is final; return the parsed response that reached success."""
    waiting = _Waiting(waiter, delay, max_attempts, max_wait)
    while True:
        response = poll()
        done, sleep = waiting.outcome(response)
        if done:
            return response.parsed
        client._sleep(sleep)


async def wait_async(
    client: BaseClient,
    waiter: WaiterModel,
    poll: Callable[[], Awaitable[Response[T]]],
    *,
    delay: float | None = None,
    max_attempts: int | None = None,
    max_wait: float | None = None,
) -> T:
    """The async twin of :func:`wait`."""
    waiting = _Waiting(waiter, delay, max_attempts, max_wait)
    while True:
        response = await poll()
        done, sleep = waiting.outcome(response)
        if done:
            return response.parsed
        if client._async_sleep is not None:
            await client._async_sleep(sleep)
        else:
            import asyncio

            await asyncio.sleep(sleep)
