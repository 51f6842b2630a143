"""Decoding response bodies: msgspec for large bodies, ``json.loads`` for small ones and for what msgspec refuses.

msgspec's JSON decoder takes about half the CPU of ``json.loads`` on a 100-item page (the largest single cost of such
a call) and decodes integers of any size exactly, as ``json.loads`` does (orjson turns integers beyond 64 bits into
floats). It refuses a few things ``json.loads`` accepts (``NaN``/``Infinity``, numbers that overflow a float, lone
surrogates, byte-order marks): those bodies, and invalid ones, are decoded again with ``json.loads``, so every body
decodes to what ``json.loads`` gives and an invalid body raises what ``json.loads`` raises (``JSONDecodeError``,
``UnicodeDecodeError``, ``RecursionError``).

Bodies under :data:`LARGE` bytes go straight to ``json.loads``: the difference there is microseconds, and msgspec is
imported only when the first large body arrives (importing it costs more than a small call), so neither importing the
package nor a first small call pays for it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

__all__ = ["LARGE", "loads"]

#: Bodies of at least this many bytes are decoded with msgspec.
LARGE = 32 * 1024

_json_loads = json.loads
_fast: tuple[Callable[[bytes], Any], type[Exception]] | None = None


def _load_fast() -> tuple[Callable[[bytes], Any], type[Exception]]:
    global _fast
    import msgspec.json

    _fast = (msgspec.json.decode, msgspec.MsgspecError)
    return _fast


def loads(body: bytes) -> Any:
    """The decoded JSON value of ``body`` (UTF-8)."""
    if len(body) < LARGE:
        return _json_loads(body)
    decode, refused = _fast or _load_fast()
    try:
        return decode(body)
    except refused:
        return _json_loads(body)
