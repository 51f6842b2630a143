"""Fault injection, per route: latency, error statuses, connection resets, truncated and HTML bodies, throttling.

**Where faults apply.** A request is read completely, routed (its route is the product, e.g. ``imm``, and its
action, e.g. ``BatchGetFileMeta``) and its signature verified first; then the faults are consulted:

* ``delay`` waits that many seconds, then the request is handled normally (or by the fault's other effect);
* ``status`` answers with that HTTP status and the vendor's error body (``Throttling.User``, ``ServiceUnavailable``,
  … or the given ``code``/``message``), with ``Retry-After`` (seconds) and, on Alibaba routes,
  ``x-acs-retry-after`` (milliseconds) when ``retry_after`` is given;
* ``html`` answers with a gateway's HTML error page (status ``502`` unless ``status`` is given);
* ``reset`` closes the connection with a TCP reset and answers nothing;
* ``truncate`` lets the service answer, then sends only the first half of the body (with the full
  ``Content-Length``) and closes the connection.

A request whose signature is refused gets the refusal, never a fault (and is not counted by ``times``/``after``).
A verified request's nonce is spent before any fault applies: a ``status``, ``html`` or ``reset`` fault answers
*instead of* the service, and a client that retries by resending the same signed request is refused with
``SignatureNonceUsed`` - every retry must be signed afresh, as with the real services. A ``truncate`` fault happens
after the service has processed the request, as when a connection drops mid-response. A request that names no
known operation cannot be verified: the faults matching it apply directly.

**Which requests.** ``route`` is ``*`` (every request, even unroutable ones), a product (``pds``), an action
(``ScanFile``), ``product.action``, or several of these separated by ``,`` (case-insensitive). ``after=K`` lets the
first K matching requests through (throttling after K requests); ``times=N`` applies the fault to N requests, then
it is spent (default: forever). Faults are consulted in the order they were added; delays add up, and the first
fault with another effect decides the answer.

Command-line form (``--fault``, repeatable): ``ROUTE:EFFECT[,KEY=VALUE...]``, e.g. ``imm:status=503,times=2``,
``pds:status=429,retry_after=1,after=10``, ``*:delay=0.2``, ``nta:reset,times=1``, ``vod:html``, ``ice:truncate``.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

__all__ = ["Fault", "FaultSet", "parse_fault"]


@dataclass(eq=False)
class Fault:
    """One injected fault; ``seen`` counts matching requests, ``hits`` those it was applied to."""

    route: str = "*"
    status: int | None = None
    code: str | None = None
    message: str | None = None
    retry_after: float | None = None
    delay: float = 0.0
    reset: bool = False
    truncate: bool = False
    html: bool = False
    times: int | None = None
    after: int = 0
    seen: int = field(default=0, init=False)
    hits: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        effects = sum(bool(x) for x in (self.reset, self.truncate, self.html)) + (
            self.status is not None and not self.html
        )
        if effects > 1:
            raise ValueError("a fault has at most one of status, html, reset and truncate")
        if self.status is not None and not 100 <= self.status <= 599:
            raise ValueError(f"status must be an HTTP status code; got {self.status}")
        if self.html and self.status is None:
            self.status = 502
        if self.retry_after is not None and (self.status is None or self.retry_after < 0):
            raise ValueError("retry_after needs a status and must be >= 0")
        if self.delay < 0 or not math.isfinite(self.delay):
            raise ValueError("delay must be a finite number of seconds >= 0")
        if self.times is not None and self.times < 0:
            raise ValueError("times must be >= 0")
        if self.after < 0:
            raise ValueError("after must be >= 0")
        if not effects and not self.delay:
            raise ValueError("a fault needs an effect: status, html, reset, truncate or delay")
        self._names = frozenset(n.strip().lower() for n in self.route.split(",") if n.strip())

    @property
    def terminal(self) -> bool:
        """Whether it decides the answer (anything but a pure delay)."""
        return self.status is not None or self.reset or self.truncate or self.html

    @property
    def kind(self) -> str:
        if self.reset:
            return "reset"
        if self.truncate:
            return "truncate"
        if self.html:
            return "html"
        if self.status is not None:
            return f"status:{self.status}"
        return "delay"

    @property
    def active(self) -> bool:
        return self.times is None or self.hits < self.times

    def matches(self, product: str | None, action: str | None) -> bool:
        if "*" in self._names:
            return True
        p = (product or "").lower()
        a = (action or "").lower()
        return bool(self._names & {p, a, f"{p}.{a}"} - {"", "."})

    def __repr__(self) -> str:
        extras = [f"{k}={v!r}" for k in ("times", "after", "retry_after", "delay") if (v := getattr(self, k))]
        return f"Fault(route={self.route!r}, {self.kind}{', ' if extras else ''}{', '.join(extras)}, hits={self.hits})"


class FaultSet:
    """The faults of one emulator (``emu.faults``); safe to change while it serves."""

    def __init__(self, faults: Iterable[Fault] = ()) -> None:
        self._faults: list[Fault] = list(faults)
        self._lock = threading.Lock()

    def add(
        self,
        route: str = "*",
        *,
        status: int | None = None,
        code: str | None = None,
        message: str | None = None,
        retry_after: float | None = None,
        delay: float = 0.0,
        reset: bool = False,
        truncate: bool = False,
        html: bool = False,
        times: int | None = None,
        after: int = 0,
    ) -> Fault:
        """Add a fault (see the module docstring) and return it."""
        fault = Fault(
            route=route,
            status=status,
            code=code,
            message=message,
            retry_after=retry_after,
            delay=delay,
            reset=reset,
            truncate=truncate,
            html=html,
            times=times,
            after=after,
        )
        with self._lock:
            self._faults.append(fault)
        return fault

    def append(self, fault: Fault) -> Fault:
        """Add a :class:`Fault` built beforehand."""
        with self._lock:
            self._faults.append(fault)
        return fault

    def add_spec(self, spec: str) -> Fault:
        """Add a fault given in the command-line form."""
        fault = parse_fault(spec)
        with self._lock:
            self._faults.append(fault)
        return fault

    def remove(self, fault: Fault) -> None:
        with self._lock:
            if fault in self._faults:
                self._faults.remove(fault)

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def __iter__(self) -> Iterator[Fault]:
        with self._lock:
            return iter(list(self._faults))

    def __len__(self) -> int:
        return len(self._faults)

    def pick(self, product: str | None, action: str | None) -> tuple[float, Fault | None]:
        """Count the request against the matching faults: ``(total delay, the fault deciding the answer)``."""
        delay = 0.0
        chosen: Fault | None = None
        with self._lock:
            for fault in self._faults:
                if not fault.matches(product, action):
                    continue
                fault.seen += 1
                if fault.seen <= fault.after or not fault.active:
                    continue
                fault.hits += 1
                delay += fault.delay
                if fault.terminal:
                    chosen = fault
                    break
        return delay, chosen

    def __repr__(self) -> str:
        return f"FaultSet({list(self)!r})"


_FLAGS = {"reset", "truncate", "html"}
_INTS = {"status", "times", "after"}
_FLOATS = {"retry_after", "delay"}
_STRINGS = {"code", "message"}


def parse_fault(spec: str) -> Fault:
    """Parse ``ROUTE:EFFECT[,KEY=VALUE...]`` (the route may be left out: ``status=503`` means ``*:status=503``)."""
    text = spec.strip()
    route = "*"
    head, sep, rest = text.partition(":")
    if sep and "=" not in head:
        route, text = head.strip() or "*", rest
    kwargs: dict[str, object] = {}
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        key, eq, value = part.partition("=")
        key = key.strip().lower().replace("-", "_")
        if not eq:
            if key not in _FLAGS:
                raise ValueError(f"unknown fault flag {key!r} in {spec!r} (flags: reset, truncate, html)")
            kwargs[key] = True
        elif key in _INTS:
            kwargs[key] = int(value)
        elif key in _FLOATS:
            kwargs[key] = float(value)
        elif key in _STRINGS:
            kwargs[key] = value.strip()
        elif key in _FLAGS:
            kwargs[key] = value.strip().lower() in ("1", "true", "yes", "on")
        else:
            raise ValueError(f"unknown fault option {key!r} in {spec!r}")
    return Fault(route=route, **kwargs)  # type: ignore[arg-type]
