"""Whole-call deadlines: one time budget for connecting, sending, every read, every retry and every wait.

A per-operation ``timeout`` bounds each socket operation, so a server that sends one byte a second keeps a call
alive for as long as it likes. A :class:`Deadline` bounds the call:

* **sync**: the connection pools' network backend is wrapped (:func:`install`) so that every connect, TLS
  handshake, write and read of a call made under a deadline (:func:`applied`) waits at most for what is left of
  it; once nothing is left the operation fails with an httpcore timeout, which the client reports as
  :class:`~.errors.DeadlineExceededError`. Outside a deadline the wrapper passes every call through unchanged.
* **async**: each attempt runs inside ``asyncio.timeout`` for what is left, which cancels whatever I/O is pending.

Between attempts the client never starts an attempt, or sleeps before one, past the deadline.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import httpcore
import httpx

__all__ = ["Deadline", "applied", "install"]


class Deadline:
    """A point on the monotonic clock ``budget`` seconds after its creation. ``hit``: it shortened the latest
    network operation (so a timeout of that operation is the deadline's)."""

    __slots__ = ("at", "budget", "hit")

    def __init__(self, budget: float) -> None:
        self.budget = float(budget)
        self.at = time.monotonic() + self.budget
        self.hit = False

    def remaining(self) -> float:
        return self.at - time.monotonic()

    def expired(self) -> bool:
        return self.remaining() <= 0.0

    def clamp(self, timeout: float | None, exc: type[Exception]) -> float:
        """``timeout`` shortened to what is left; raises ``exc`` when nothing is."""
        remaining = self.remaining()
        if remaining <= 0.0:
            self.hit = True
            raise exc("the call's deadline passed")
        if timeout is None or remaining < timeout:
            self.hit = True
            return remaining
        self.hit = False
        return timeout

    def timeouts(self, timeouts: dict[str, float | None]) -> dict[str, float | None]:
        """A request's timeout extension with every value shortened to what is left (at least a millisecond)."""
        remaining = max(self.remaining(), 0.001)
        return {k: remaining if v is None or v > remaining else v for k, v in timeouts.items()}


_CURRENT: ContextVar[Deadline | None] = ContextVar("cloudmedia_deadline", default=None)


@contextmanager
def applied(deadline: Deadline | None) -> Iterator[None]:
    """Make ``deadline`` govern the network operations of this thread (or task) inside the block."""
    token = _CURRENT.set(deadline)
    try:
        yield
    finally:
        _CURRENT.reset(token)


def _clamp(timeout: float | None, exc: type[Exception]) -> float | None:
    deadline = _CURRENT.get()
    return timeout if deadline is None else deadline.clamp(timeout, exc)


class _Stream(httpcore.NetworkStream):
    """A network stream whose every operation waits at most until the current deadline."""

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _clamp(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _clamp(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _Stream(self._stream.start_tls(ssl_context, server_hostname, _clamp(timeout, httpcore.ConnectTimeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    """A network backend whose connections obey the current deadline."""

    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._backend.connect_tcp(
            host, port, _clamp(timeout, httpcore.ConnectTimeout), local_address, socket_options
        )
        return _Stream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        return _Stream(
            self._backend.connect_unix_socket(path, _clamp(timeout, httpcore.ConnectTimeout), socket_options)
        )

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def install(client: httpx.Client) -> bool:
    """Wrap the network backend of every httpcore pool behind ``client`` (idempotent).

    Returns False when a transport is not httpx's own (a custom or mock transport): its I/O cannot be bounded
    and only the attempts and waits are.
    """
    mounts: dict[Any, Any] = getattr(client, "_mounts", {})
    transports = [getattr(client, "_transport", None), *(t for t in mounts.values() if t is not None)]
    complete = True
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if backend is None:
            complete = False
        elif not isinstance(backend, _Backend):
            pool._network_backend = _Backend(backend)  # type: ignore[union-attr]
    return complete
