"""Rendering: JSON, JSON lines, tables, and the request a dry run would send."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import httpx

from .._runtime.logs import redact_headers, redact_url

__all__ = ["as_data", "json_document", "json_line", "request_record", "request_text", "table"]

#: Columns shown for the rows of a list, and the widest cell.
MAX_COLUMNS = 6
MAX_WIDTH = 40


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


def _columns(rows: Sequence[Mapping[str, Any]]) -> list[str]:
    """Up to :data:`MAX_COLUMNS` keys with a scalar, non-empty value in some row, in order of appearance."""
    seen: list[str] = []
    for row in rows:
        for key, value in row.items():
            if key not in seen and _is_scalar(value) and value not in (None, ""):
                seen.append(key)
    return seen[:MAX_COLUMNS]


def rows_table(rows: Sequence[Any]) -> list[str]:
    """One line per item: a handful of scalar columns."""
    if not rows:
        return ["(no items)"]
    if not all(isinstance(r, Mapping) for r in rows):
        return _grid(["value"], ([_cell(r)] for r in rows))
    columns = _columns(rows)
    if not columns:
        return [f"({len(rows)} items without scalar fields; use --output json)"]
    return _grid(columns, ([_cell(r.get(c)) for c in columns] for r in rows))


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


def table(data: Any, rows_key: str | None = None) -> str:
    """A readable rendering of a response: its list of items as rows (``rows_key``, else the first list of
    objects found), followed by the other fields as ``key  value`` lines; or, without a list, key/value."""
    if not isinstance(data, Mapping):
        return "\n".join(rows_table(data) if isinstance(data, list) else [_cell(data)])
    path = (rows_key,) if rows_key is not None and isinstance(data.get(rows_key), list) else _find_rows(data)
    if path is None:
        return "\n".join(key_values(data))
    rest: dict[str, Any] = dict(data)
    holder = rest
    for key in path[:-1]:
        holder[key] = dict(holder[key])
        holder = holder[key]
    rows = holder.pop(path[-1])
    lines = rows_table(rows)
    others = list(_flatten(rest))
    if others:
        lines += ["", *key_values(rest)]
    return "\n".join(lines)


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
