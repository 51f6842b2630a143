"""Turn a page's table rows into field paths.

Paths are tuples of names; ``"[]"`` stands for the items of an array and ``"*"`` (spec side only) for the
values of a map. Rendered as ``Files[].Boundary.Polygon[].X``.

The text of a page does not show indentation, so the nesting of a row is inferred:

- the row right after an array row is the array's item row when it has no name (``object``, ``string``,
  a schema name such as ``File``) or when it is an object row (``MediaInfo object`` after
  ``MediaInfoList array<object>``); its name, if any, is the item schema's name, not a field;
- an object row, and an array's object items, open a container; the rows that follow are placed in the
  deepest open container where the page's own JSON example (or, failing that, the spec) has a field of that
  name, else in the deepest open container;
- a leading unnamed ``object`` row is the response itself; on request tables a top-level ``body object``
  row is the JSON request body (ROA), whose members are the top-level parameters.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from .readers import Row
from .text import DocType, is_identifier, parse_limits, parse_type, required_value

__all__ = ["Entry", "Path", "build_entries", "json_paths", "render_path"]

Path = tuple[str, ...]


def render_path(path: Iterable[str]) -> str:
    out = ""
    for seg in path:
        if seg == "[]":
            out += "[]"
        else:
            out += ("." if out else "") + seg
    return out


@dataclass
class Entry:
    path: Path
    doc_type: str
    type: DocType | None
    required: bool | None = None
    description: str = ""
    example: str = ""
    item: bool = False  # the item row of an array
    schema_name: str | None = None  # ``File`` / ``MediaInfo``: the name a page gives an item type
    limits: dict[str, Any] = field(default_factory=dict)

    @property
    def json_type(self) -> str | None:
        return self.type.json if self.type is not None else None


def _doc_type(word: str) -> DocType | None:
    dt = parse_type(word)
    if dt is None and is_identifier(word) and word[:1].isupper():
        return DocType(word, "object")  # a named schema: ``File``
    return dt


def build_entries(
    rows: list[Row], root: Path, known: Callable[[Path], bool], *, request: bool
) -> tuple[list[Entry], list[str]]:
    """Entries with paths for the rows of one table, and warnings about rows that could not be placed."""
    entries: list[Entry] = []
    warnings: list[str] = []
    stack: list[Path] = [root]
    pending: Entry | None = None  # the last array row, waiting for its item row
    for index, row in enumerate(rows):
        dt = _doc_type(row.doc_type)
        jt = dt.json if dt is not None else None
        limits = parse_limits(row.description, jt) if request else {}
        if pending is not None and (
            not row.name or (jt == "object" and pending.type is not None and pending.type.items in (None, "object"))
        ):
            item = Entry(
                path=(*pending.path, "[]"),
                doc_type=row.doc_type,
                type=dt,
                description=row.description,
                example=row.example,
                item=True,
                schema_name=row.name or (row.doc_type if parse_type(row.doc_type) is None else None),
                limits=limits,
            )
            if "enum" in pending.limits and "enum" not in item.limits:  # "Valid values" on the array row
                item.limits["enum"] = pending.limits.pop("enum")
            entries.append(item)
            pending = item if jt == "array" else None
            if jt == "object":
                stack.append(item.path)
            continue
        pending = None
        if not row.name:
            if index == 0 and jt == "object":
                continue  # the response (or request) itself
            warnings.append(f"unnamed {row.doc_type or 'untyped'} row {index + 1} does not follow an array")
            continue
        if request and row.name == "body" and jt == "object" and len(stack) == 1 and not known((*root, "body")):
            continue  # ROA: the JSON body, documented as a parameter named "body"
        parent = next((c for c in reversed(stack) if known((*c, row.name))), stack[-1])
        while stack[-1] != parent:
            stack.pop()
        entry = Entry(
            path=(*parent, row.name),
            doc_type=row.doc_type,
            type=dt,
            required=required_value(row.required),
            description=row.description,
            example=row.example,
            limits=limits,
        )
        entries.append(entry)
        if jt == "array":
            pending = entry
        elif jt == "object":
            stack.append(entry.path)
    return entries, warnings


def json_paths(value: Any, prefix: Path = ()) -> dict[Path, str]:
    """Every field path of a JSON value, with the JSON type seen there (``[]`` merges array elements)."""
    out: dict[Path, str] = {}
    if isinstance(value, dict):
        for key, child in value.items():
            path = (*prefix, str(key))
            out.setdefault(path, json_type(child))
            for p, t in json_paths(child, path).items():
                out.setdefault(p, t)
    elif isinstance(value, list):
        path = (*prefix, "[]")
        for child in value:
            out.setdefault(path, json_type(child))
            for p, t in json_paths(child, path).items():
                out.setdefault(p, t)
    return out


def json_type(value: Any) -> str:
    """The JSON Schema type name of a decoded JSON value."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return "null"
