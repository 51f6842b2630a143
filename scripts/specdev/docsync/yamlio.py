"""Round-trip YAML: specs are edited in place, keeping comments, key order and quoting (ruamel.yaml).

New values are converted with ``node``: long text becomes a folded block (``>-``) wrapped like the
hand-written specs, strings that PyYAML 1.1 would read as something else (``yes``, ``2:3``, ``""``) are
double-quoted, short mappings listed in ``FLOW`` keep the one-line style of the specs.
"""

from __future__ import annotations

import io
from typing import Any

import yaml  # type: ignore[import-untyped,unused-ignore]
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, FoldedScalarString

__all__ = ["dump", "load", "merge", "node", "plain", "scalar"]

WRAP = 108  # the hand-written specs wrap folded text at about this column


def _yaml() -> YAML:
    y = YAML()
    y.preserve_quotes = True
    y.width = 4096
    y.indent(mapping=2, sequence=4, offset=2)
    return y


def load(text: str) -> CommentedMap:
    data = _yaml().load(text)
    if not isinstance(data, CommentedMap):
        raise TypeError("a spec is a YAML mapping")
    return data


def dump(doc: CommentedMap) -> str:
    out = io.StringIO()
    _yaml().dump(doc, out)
    return out.getvalue()


def _reads_back(text: str) -> bool:
    try:
        return bool(yaml.safe_load(text) == text)
    except yaml.YAMLError:
        return False


def scalar(value: str, indent: int, fold: bool = True) -> Any:
    if fold and "\n" not in value and len(value) + indent > WRAP and " " in value and value == value.strip():
        folded = FoldedScalarString(value)
        width = max(40, WRAP - indent)
        positions, line_start, last_space = [], 0, -1
        for i, ch in enumerate(value):
            if ch == " " and value[i - 1 : i] != " " and value[i + 1 : i + 2] not in (" ", ""):
                if i - line_start > width and last_space > line_start:
                    positions.append(last_space)
                    line_start = last_space + 1
                last_space = i
        if len(value) - line_start > width and last_space > line_start:
            positions.append(last_space)
        folded.fold_pos = positions
        return folded
    if not _reads_back(value) or value != value.strip():
        return DoubleQuotedScalarString(value)
    return value


_PROSE = ("description", "summary")


def node(value: Any, indent: int = 0, flow: bool = False, fold: bool = True) -> Any:
    """A plain Python value as ruamel nodes (``indent``: the column the value's keys start at). Text longer
    than a line is folded only under ``description`` and ``summary`` keys (``fold=False``: never, as in
    examples)."""
    if isinstance(value, CommentedMap | CommentedSeq):
        return value
    if isinstance(value, dict):
        m = CommentedMap()
        for k, v in value.items():
            key = DoubleQuotedScalarString(k) if isinstance(k, str) and not _reads_back(k) else k
            if k in _PROSE and isinstance(v, str):
                m[key] = scalar(v, indent + 2, fold=fold)
            else:
                m[key] = node(v, indent + 2, fold=fold)
        if flow:
            m.fa.set_flow_style()
        return m
    if isinstance(value, list | tuple):
        s = CommentedSeq()
        for v in value:
            s.append(node(v, indent + 4, fold=fold))
        if flow:
            s.fa.set_flow_style()
        return s
    if isinstance(value, str):
        return scalar(value, indent, fold=False)
    return value


def merge(existing: Any, value: Any, indent: int = 0) -> Any:
    """``value`` written over ``existing`` keeping the nodes (and their quoting) that do not change."""
    if isinstance(existing, CommentedMap) and isinstance(value, dict):
        for key in [k for k in existing if k not in value]:
            del existing[key]
        for pos, (key, v) in enumerate(value.items()):
            if key in existing:
                existing[key] = merge(existing[key], v, indent + 2)
            else:
                existing.insert(pos, key, node(v, indent + 2, fold=False))
        return existing
    if isinstance(existing, CommentedSeq) and isinstance(value, list) and len(existing) == len(value):
        for i, v in enumerate(value):
            existing[i] = merge(existing[i], v, indent + 4)
        return existing
    if not isinstance(existing, dict | list) and not isinstance(value, dict | list) and _same(existing, value):
        return existing
    return node(value, indent, fold=False)


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, str) or isinstance(b, str):
        return isinstance(a, str) and isinstance(b, str) and str(a) == str(b)
    return type(a) is type(b) and a == b


def plain(value: Any) -> Any:
    """ruamel nodes as plain dicts, lists and scalars."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, str):
        return str(value)
    if isinstance(value, bool):
        return bool(value)
    return value
