"""Strict, bounded parsing of JSON request bodies.

A request body is untrusted: :func:`parse_json` refuses, with a message of its own (never Python's), what a
service's JSON gateway refuses and what would cost the emulator more than the request is worth:

* nesting deeper than :data:`MAX_DEPTH` (the C decoder stops at the interpreter's recursion limit, so a body
  of 100 000 ``[`` fails fast; what it accepts is then walked, without recursion, for the depth);
* an integer of more than :data:`MAX_INTEGER_DIGITS` digits (Python's own limit is 4 300 digits and its error
  message names ``sys.set_int_max_str_digits``), a number that is not finite, and the non-JSON constants
  ``NaN``, ``Infinity`` and ``-Infinity``;
* anything that is not one JSON document encoded in UTF-8 (reported with its line and column).
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["MAX_DEPTH", "MAX_INTEGER_DIGITS", "BadJson", "parse_json"]

#: Deepest nesting of arrays and objects accepted.
MAX_DEPTH = 64
#: Most digits an integer may have (a signed 64-bit integer has at most 19).
MAX_INTEGER_DIGITS = 20


class BadJson(ValueError):
    """The body is not acceptable JSON; ``str()`` is a message for the client."""


def _too_deep(document: Any) -> bool:
    stack: list[tuple[Any, int]] = [(document, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            children: Any = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        if depth > MAX_DEPTH:
            return True
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return False


def _integer(text: str) -> int:
    digits = len(text) - (text[0] in "+-")
    if digits > MAX_INTEGER_DIGITS:
        raise BadJson(f"The body has an integer of {digits} digits; at most {MAX_INTEGER_DIGITS} are allowed.")
    return int(text)


def _number(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise BadJson("The body has a number out of range.")
    return value


def _constant(name: str) -> Any:
    raise BadJson(f"The body has {name}, which is not JSON.")


def parse_json(raw: bytes) -> Any:
    """The JSON document in ``raw``, or :class:`BadJson`."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadJson(f"The body is not UTF-8 (byte {exc.start}).") from None
    try:
        document = json.loads(text, parse_int=_integer, parse_float=_number, parse_constant=_constant)
    except json.JSONDecodeError as exc:
        raise BadJson(f"The body is not valid JSON (line {exc.lineno}, column {exc.colno}).") from None
    except RecursionError:
        document = None
        deep = True
    else:
        deep = _too_deep(document)
    if deep:
        raise BadJson(f"The body is nested more than {MAX_DEPTH} levels deep.")
    return document
