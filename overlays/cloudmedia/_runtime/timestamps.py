"""Response timestamps: vendor text -> timezone-aware ``datetime``, and back to the vendor's exact text.

A response field the spec marks ``format: date-time`` is read with :func:`parse_timestamp`:

- RFC 3339 / ISO 8601 with a UTC offset or ``Z``, any number of fractional digits (IMM sends nanoseconds:
  ``2021-06-29T14:50:13.011643661+08:00``; digits beyond microseconds are truncated), ``T``/``t`` or a space between
  date and time, ``Z``/``z``, basic or extended format (``datetime.fromisoformat``);
- RFC 1123 / HTTP dates (``Tue, 29 Jun 2021 14:50:13 GMT``; ``email.utils``).

Anything else (an empty string, a documentation placeholder, a value without a UTC offset, which would have to be
guessed) is kept as the string it came as: reading a response never fails on a timestamp, and no ``datetime`` is
ever naive. Together the two standard-library parsers take every format these vendors document, so no third-party
date parser is needed.

:func:`wire_timestamp` writes a field back for ``to_dict``: the vendor's original text when the value is still the
one parsed from it (so ``from_dict(x).to_dict() == x`` holds to the nanosecond), else ``datetime.isoformat()``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from functools import lru_cache
from typing import Any

__all__ = ["parse_timestamp", "wire_timestamp"]

_fromisoformat = datetime.fromisoformat


@lru_cache(maxsize=4096)
def parse_timestamp(text: str) -> datetime | str:
    """``text`` as a timezone-aware ``datetime``, or ``text`` itself when it is not a timestamp with a UTC offset.

    Cached: a page repeats the same few timestamps, and ``datetime`` values are immutable.
    """
    try:
        value = _fromisoformat(text)
    except ValueError:
        try:
            value = _fromisoformat(text.upper())  # RFC 3339 allows a lower-case "t" and "z"
        except ValueError:
            from email.utils import parsedate_to_datetime  # rare: imported when first needed

            try:
                value = parsedate_to_datetime(text)
            except (TypeError, ValueError, IndexError):
                return text
    if value.tzinfo is None:
        return text
    return value


def wire_timestamp(value: Any, src: Mapping[str, Any] | None, wire: str) -> Any:
    """The JSON value of a timestamp field: the text it was parsed from while the value is unchanged."""
    if isinstance(value, datetime):
        if src is not None:
            text = src.get(wire)
            if text.__class__ is str:
                parsed = parse_timestamp(text)
                if parsed.__class__ is datetime and parsed == value and parsed.utcoffset() == value.utcoffset():
                    return text
        return value.isoformat()
    return value
