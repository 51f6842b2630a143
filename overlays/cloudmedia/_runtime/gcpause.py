"""Pause the cyclic garbage collector while a response is decoded and parsed.

Decoding a 100-item page and building its models allocates tens of thousands of container objects that all stay
reachable until the page is returned. Every 700 allocations CPython runs a young-generation collection that walks
them, promotes the survivors, and every few pages the survivors trigger a full collection of the whole heap: on a
large page that work costs as much as the parsing itself and finds nothing to free (model trees hold no cycles).
``json.loads`` and ``from_dict`` therefore run with the collector paused; it is resumed (if it was enabled) as soon
as the outermost pause ends, so objects that do become garbage are collected as before, one collection later.

Pauses nest and are counted across threads: the collector is re-enabled when the last one ends, and only if it
was enabled when the first one began (a program that disabled it keeps it disabled). A program that calls
``gc.enable()`` / ``gc.disable()`` itself while a parse is running in another thread may see its call undone when
that parse ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["pause", "paused", "resume"]

_lock = threading.Lock()
_depth = 0
_reenable = False
_isenabled = gc.isenabled
_disable = gc.disable
_enable = gc.enable


def pause() -> None:
    """Begin a pause (every call must be matched by one :func:`resume`)."""
    global _depth, _reenable
    with _lock:
        if not _depth:
            _reenable = _isenabled()
            if _reenable:
                _disable()
        _depth += 1


def resume() -> None:
    """End a pause; the outermost one re-enables the collector if it was enabled."""
    global _depth
    with _lock:
        _depth -= 1
        if not _depth and _reenable:
            _enable()


@contextmanager
def paused() -> Iterator[None]:
    """``with paused(): ...``: :func:`pause` and :func:`resume` around a block."""
    pause()
    try:
        yield
    finally:
        resume()
