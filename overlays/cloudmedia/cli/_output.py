"""Rendering: JSON, JSON lines, tables, and the request a dry run would send."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import httpx

from .._runtime.logs import redact_headers, redact_url

__all__ = ["as_data", "json_document", "json_line", "request_record", "request_text", "table", "text_lines"]

#: The widest cell of a row, and the line width a table fills when the terminal's is unknown.
MAX_WIDTH = 40
DEFAULT_LINE_WIDTH = 120


def as_data(value: Any) -> Any:
    """A generated model (or a list item) as JSON-ready data, with the vendor's wire names."""
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def json_document(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False)


def json_line(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


# ---------------------------------------------------------------------------------------------------- tables


def _is_scalar(value: Any) -> bool:
    return value is None or isinstance(value, (str, int, float, bool))


def _cell(value: Any, width: int = MAX_WIDTH) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, (dict, list)):
        text = json_line(value)
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _grid(header: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    body = [list(r) for r in rows]
    widths = [max([len(h), *(len(r[i]) for r in body)]) for i, h in enumerate(header)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    return [line(header), line(["-" * w for w in widths]), *(line(r) for r in body)]


def _columns(rows: Sequence[Mapping[str, Any]]) -> tuple[list[str], list[str]]:
    """The keys with a scalar, non-empty value in some row, in order of appearance; and the other keys (lists,
    objects, or empty everywhere)."""
    scalar: list[str] = []
    other: list[str] = []
    for row in rows:
        for key, value in row.items():
            if key in scalar:
                continue
            if _is_scalar(value) and value not in (None, ""):
                scalar.append(key)
                if key in other:
                    other.remove(key)
            elif key not in other:
                other.append(key)
    return scalar, other


def _fitting(header: Sequence[str], cells: Sequence[Sequence[str]], width: int) -> int:
    """How many leading columns fit in ``width`` characters (at least one)."""
    used = 0
    for index, name in enumerate(header):
        column = max([len(name), *(len(row[index]) for row in cells)])
        used += column + (2 if index else 0)
        if used > width and index:
            return index
    return len(header)


def rows_table(rows: Sequence[Any], width: int = DEFAULT_LINE_WIDTH, path: str = "") -> list[str]:
    """One line per item: the scalar columns that fit in ``width``, then a line naming the fields not shown."""
    if not rows:
        return ["(no items)"]
    if not all(isinstance(r, Mapping) for r in rows):
        return _grid(["value"], ([_cell(r)] for r in rows))
    columns, nested = _columns(rows)
    if not columns:
        return [f"({len(rows)} items without scalar fields: {', '.join(nested)}; use --output json or --query)"]
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    shown = _fitting(columns, cells, width)
    lines = _grid(columns[:shown], (row[:shown] for row in cells))
    left_out = columns[shown:] + nested
    if left_out:
        pick = ", ".join(f"{name}: {name}" for name in (columns[0], left_out[0]))
        lines.append(
            f"({len(left_out)} of {len(columns) + len(nested)} fields not shown: {', '.join(left_out)}; "
            f"choose with --query, e.g. --query '{path}[].{{{pick}}}', or use --output json)"
        )
    return lines


def _flatten(data: Mapping[str, Any], prefix: str = "") -> Iterable[tuple[str, str]]:
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            yield from _flatten(value, f"{name}.")
        elif isinstance(value, list):
            if all(_is_scalar(v) for v in value):
                yield name, _cell(", ".join(_cell(v) for v in value), 80)
            else:
                yield name, f"[{len(value)} items]"
        else:
            yield name, _cell(value, 80)


def key_values(data: Mapping[str, Any]) -> list[str]:
    pairs = list(_flatten(data))
    if not pairs:
        return ["(empty)"]
    width = max(len(k) for k, _ in pairs)
    return [f"{k.ljust(width)}  {v}".rstrip() for k, v in pairs]


def _find_rows(data: Mapping[str, Any]) -> tuple[str, ...] | None:
    """The path of the first list of objects, at the top level or one object down."""
    for key, value in data.items():
        if isinstance(value, list) and value and all(isinstance(v, Mapping) for v in value):
            return (key,)
    for key, value in data.items():
        if isinstance(value, Mapping):
            inner = _find_rows(value)
            if inner is not None and len(inner) == 1:
                return (key, *inner)
    return None


def table(data: Any, rows_key: str | None = None, width: int = DEFAULT_LINE_WIDTH) -> str:
    """A readable rendering of a response: its list of items as rows (``rows_key``, else the first list of
    objects found), followed by the other fields as ``key  value`` lines; or, without a list, key/value."""
    if not isinstance(data, Mapping):
        return "\n".join(rows_table(data, width) if isinstance(data, list) else [_cell(data)])
    path = (rows_key,) if rows_key is not None and isinstance(data.get(rows_key), list) else _find_rows(data)
    if path is None:
        return "\n".join(key_values(data))
    rest: dict[str, Any] = dict(data)
    holder = rest
    for key in path[:-1]:
        holder[key] = dict(holder[key])
        holder = holder[key]
    rows = holder.pop(path[-1])
    lines = rows_table(rows, width, ".".join(path))
    others = list(_flatten(rest))
    if others:
        lines += ["", *key_values(rest)]
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------------- text


def _text_value(value: Any) -> str:
    if value is None:
        return "None"
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, (dict, list)):
        return json_line(value)
    return " ".join(str(value).split("\t"))


def text_lines(data: Any, name: str | None = None) -> list[str]:
    """Tab-separated lines for shell pipelines, as ``aws --output text`` writes them: a list of scalars is one
    line; an object's scalar fields are one line (in the response's order) and each nested list or object
    follows, its lines headed by its field name in capitals; a list of objects is one line per object."""
    head = [name.upper()] if name else []
    if isinstance(data, Mapping):
        scalars = [_text_value(v) for v in data.values() if _is_scalar(v)]
        lines = ["\t".join(head + scalars)] if scalars else []
        for key, value in data.items():
            if not _is_scalar(value):
                lines += text_lines(value, key)
        return lines
    if isinstance(data, list):
        if all(_is_scalar(v) for v in data):
            return ["\t".join(head + [_text_value(v) for v in data])] if data else []
        lines = []
        for item in data:
            lines += text_lines(item, name) if not _is_scalar(item) else ["\t".join(head + [_text_value(item)])]
        return lines
    return ["\t".join(head + [_text_value(data)])]


# ---------------------------------------------------------------------------------------------------- dry run


def request_record(request: httpx.Request) -> dict[str, Any]:
    """The signed request as data, tokens masked (signatures and access key ids are kept: they reveal no
    secret and are what one compares when a signature does not match). The body is shown as sent."""
    return {
        "method": request.method,
        "url": redact_url(str(request.url)),
        "headers": redact_headers(request.headers.raw),
        "body": request.content.decode("utf-8", errors="replace"),
    }


def request_text(record: Mapping[str, Any]) -> str:
    """The same as an HTTP message: request line (with the full URL), headers, blank line, body."""
    lines = [f"{record['method']} {record['url']}"]
    lines += [f"{name}: {value}" for name, value in record["headers"].items()]
    lines += ["", record["body"]]
    return "\n".join(lines)
