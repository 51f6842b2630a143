"""From a page to spec fragments: request parameters and named response component schemas.

Shared by drafting (a new operation) and updating (a field or parameter the page added or changed).
Everything follows ``specs/CONVENTION.md``: strict request schemas with the limits the page states, lenient
response schemas (no ``required``, no ``enum``; allowed values stay in the description), every response
object a named component with a ``title``, every parameter and property described, every request parameter
with an example.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from specdev.docdiff.readers import Page
from specdev.docdiff.spec import LIMIT_KEYS
from specdev.docdiff.text import coerce_value
from specdev.docdiff.tree import Entry, Path, build_entries, json_paths, json_type, render_path

__all__ = ["PageModel", "camel", "clean_text", "singular"]

# Limits in the order the hand-written specs write them.
_LIMIT_ORDER = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength",
                "minItems", "maxItems", "enum", "default")  # fmt: skip
assert set(_LIMIT_ORDER) == set(LIMIT_KEYS)
PROTOCOL = ("Action", "Version")


def clean_text(text: str) -> str:
    """A page description as one paragraph: bullet lists become ``a, b``, whitespace collapses."""
    lines = [ln.strip() for ln in text.replace("\r", "").split("\n")]
    out: list[str] = []
    bullets: list[str] = []

    def flush() -> None:
        if bullets:
            joined = ", ".join(b.rstrip(".;；。") for b in bullets)
            if out and out[-1].endswith((":", "：")):
                out[-1] = out[-1] + " " + joined + "."
            else:
                out.append(joined + ".")
            bullets.clear()

    for ln in lines:
        if not ln:
            continue
        if ln[:1] in "•·" or re.match(r"^[-*]\s", ln):
            bullets.append(ln.lstrip("•·-* ").strip())
            continue
        flush()
        out.append(ln)
    flush()
    text = " ".join(out)
    text = re.sub(r"\*{2,}", "", text)
    return re.sub(r"\s+", " ", text).strip()


def camel(name: str) -> str:
    """``image_media_metadata`` -> ``ImageMediaMetadata``; ``MediaInfo`` stays."""
    parts = [p for p in re.split(r"[_\-\s.]+", name) if p]
    return "".join(p[:1].upper() + p[1:] for p in parts) or "Item"


def singular(name: str) -> str:
    n = camel(name)
    for suffix in ("List", "Array", "Set"):
        if n.endswith(suffix) and len(n) > len(suffix):
            return n[: -len(suffix)]
    if n.endswith("ies") and len(n) > 4:
        return n[:-3] + "y"
    if n.endswith(("sses", "shes", "ches", "xes")):
        return n[:-2]
    if n.endswith("s") and not n.endswith("ss") and len(n) > 2:
        return n[:-1]
    return n + "Item"


def example_types(values: list[Any]) -> tuple[dict[Path, str], dict[Path, list[str]]]:
    """Field paths of JSON examples with one JSON type each (integer and number seen together: number),
    and the keys seen under each object path."""
    seen: dict[Path, set[str]] = {}
    keys: dict[Path, list[str]] = {}

    def walk(v: Any, path: Path) -> None:
        if isinstance(v, dict):
            ks = keys.setdefault(path, [])
            for k, child in v.items():
                if k not in ks:
                    ks.append(str(k))
                seen.setdefault((*path, str(k)), set()).add(json_type(child))
                walk(child, (*path, str(k)))
        elif isinstance(v, list):
            for child in v:
                seen.setdefault((*path, "[]"), set()).add(json_type(child))
                walk(child, (*path, "[]"))

    for value in values:
        walk(value, ())
    out: dict[Path, str] = {}
    for p, ts in seen.items():
        ts = ts - {"null"}
        if ts == {"integer", "number"}:
            out[p] = "number"
        elif ts:
            out[p] = min(ts) if len(ts) > 1 else next(iter(ts))
        else:
            out[p] = "string"
    return out, keys


@dataclass
class Node:
    """A response field as the page shows it (table row and/or JSON example)."""

    path: Path
    type: str
    description: str = ""
    example: str = ""
    item_name: str | None = None  # ``File``: the name the page gives an array's item type
    in_table: bool = False
    map_of: str | None = None  # an object whose keys are data: the value type


@dataclass
class Components:
    """Named response schemas being drafted: name -> schema, plus which existing ones are reused."""

    existing: dict[str, Any]
    new: dict[str, dict[str, Any]] = field(default_factory=dict)
    reused: dict[str, dict[str, Any]] = field(default_factory=dict)  # existing name -> properties to add

    def _props(self, name: str) -> dict[str, Any] | None:
        if name in self.new:
            return dict(self.new[name].get("properties") or {})
        if name in self.existing and isinstance(self.existing[name], dict):
            return dict(self.existing[name].get("properties") or {})
        return None

    def _type(self, prop: Any) -> str | None:
        if not isinstance(prop, dict):
            return None
        if "$ref" in prop:
            return "object"
        t = prop.get("type")
        return str(t) if isinstance(t, str) else None

    def compatible(self, name: str, props: dict[str, Any]) -> bool:
        have = self._props(name)
        if have is None:
            return True
        return all(
            self._type(have[k]) == self._type(v) or (self._type(have[k]), self._type(v)) == ("number", "integer")
            for k, v in props.items()
            if k in have
        )

    def place(self, wanted: str, parent: str, schema: dict[str, Any]) -> str:
        """Register ``schema`` under ``wanted`` (or a prefixed name when that one is a different thing)."""
        props = schema.get("properties") or {}
        for name in (wanted, parent + wanted, parent + wanted + "Item"):
            if not self.compatible(name, props):
                continue
            if name in self.new:
                have = self.new[name].setdefault("properties", {})
                for k, v in props.items():
                    have.setdefault(k, v)
            elif name in self.existing:
                have = self._props(name) or {}
                for k, v in props.items():
                    if k not in have:
                        self.reused.setdefault(name, {}).setdefault(k, v)
            else:
                self.new[name] = {"title": name, **{k: v for k, v in schema.items() if k != "title"}}
            return name
        raise ValueError(f"no free component name for {wanted}")


class PageModel:
    """The request parameters and response fields of one page, as spec fragments."""

    def __init__(self, page: Page, style: str) -> None:
        self.page = page
        self.style = style
        self.check: list[str] = []  # things a person should look at
        self._request()
        self._response()

    # ------------------------------------------------------------------------------------------ request

    def _request(self) -> None:
        example_paths: set[Path] = set()
        for ex in self.page.request_examples:
            example_paths |= set(json_paths(ex))
        entries, warnings = build_entries(self.page.request_rows, (), lambda p: p in example_paths, request=True)
        self.check.extend(f"request table: {w}" for w in warnings)
        self.request: dict[Path, Entry] = {}
        for e in entries:
            if len(e.path) == 1 and e.path[0] in PROTOCOL:
                continue
            if e.path and e.path[0] in PROTOCOL:
                continue
            self.request[e.path] = e

    def fill_required(self, known: dict[str, bool] | None, source: str) -> None:
        """Required flags the page leaves unstated (Volcengine's icon column), from ``known``."""
        unstated = [e for e in self.top_params() if e.required is None]
        if not unstated:
            return
        for e in unstated:
            if known is not None and e.path[0] in known:
                e.required = known[e.path[0]]
                self.check.append(f"parameter {e.path[0]}: required: {str(e.required).lower()} (from {source})")
            else:
                self.check.append(
                    f"parameter {e.path[0]}: the page does not say whether it is required; optional assumed"
                )

    def top_params(self) -> list[Entry]:
        return [e for p, e in self.request.items() if len(p) == 1]

    def _children(self, table: dict[Path, Any], path: Path) -> list[Path]:
        return [p for p in table if len(p) == len(path) + 1 and p[: len(path)] == path]

    def param_schema(self, path: Path, *, with_doc: bool) -> dict[str, Any]:
        """The JSON schema of a request parameter (``with_doc``: description and example inside, as body
        properties have them; RPC query parameters carry both on the parameter)."""
        e = self.request[path]
        t = e.json_type
        if t is None:
            self.check.append(f"parameter {render_path(path)}: type {e.doc_type!r} not understood; string assumed")
            t = "string"
        s: dict[str, Any] = {"type": t}
        limits = dict(e.limits)
        for key in _LIMIT_ORDER:
            if key in limits and not (t == "array" and key == "enum"):
                s[key] = limits[key]
        if t == "array":
            item_path = (*path, "[]")
            if item_path in self.request:
                s["items"] = self.param_schema(item_path, with_doc=True)
                s["items"].pop("example", None)
            else:
                item_type = e.type.items if e.type is not None and e.type.items else "string"
                s["items"] = {"type": item_type, "description": f"An item of {path[-1]}."}
        if t == "object":
            props = {}
            required = []
            for child in self._children(self.request, path):
                if child[-1] == "[]":
                    continue
                props[child[-1]] = self.param_schema(child, with_doc=True)
                if self.request[child].required:
                    required.append(child[-1])
            if required:
                s["required"] = required
            if props:
                s["properties"] = props
        if with_doc:
            s["description"] = self.param_description(path)
            example = self.param_example(path)
            if example is not None:
                s["example"] = example
        return s

    def param_description(self, path: Path) -> str:
        e = self.request[path]
        text = clean_text(e.description)
        if not text:
            self.check.append(f"parameter {render_path(path)}: the page gives no description")
            text = f"The {path[-1] if path[-1] != '[]' else 'item'}."
        return text

    def param_example(self, path: Path) -> Any:
        e = self.request[path]
        t = e.json_type or "string"
        raw = e.example.strip()
        if t == "array":
            item = self.request.get((*path, "[]"))
            if raw.startswith("["):
                try:
                    return json.loads(raw)
                except ValueError:
                    pass
            if item is not None and item.example.strip():
                return [coerce_value(item.example, item.json_type)]
            if raw:
                return [raw]
        elif t == "object":
            if raw.startswith("{"):
                try:
                    return json.loads(raw)
                except ValueError:
                    pass
            return None
        elif raw:
            return coerce_value(raw, t)
        for ex in self.page.request_examples:
            if isinstance(ex, dict) and len(path) == 1 and path[0] in ex:
                return ex[path[0]]
        if len(path) == 1 or path[-1] != "[]":
            self.check.append(f"parameter {render_path(path)}: the page gives no example; one was made up")
        lim = e.limits
        if "default" in lim:
            return lim["default"]
        if "enum" in lim:
            return lim["enum"][0]
        return {"integer": lim.get("minimum", 1), "number": 1.0, "boolean": True, "array": []}.get(t, "example")

    def request_example(self) -> dict[str, Any] | None:
        """The request body of the page's JSON example, or one built from the parameter examples."""
        if self.page.request_examples and isinstance(self.page.request_examples[0], dict):
            return dict(self.page.request_examples[0])
        out = {}
        for e in self.top_params():
            ex = self.param_example(e.path)
            if ex is not None:
                out[e.path[0]] = ex
        return out or None

    # ----------------------------------------------------------------------------------------- response

    def _response(self) -> None:
        page = self.page
        types, keys = example_types(page.response_examples)
        self._example_types = types
        entries, warnings = build_entries(page.response_rows, page.response_root, lambda p: p in types, request=False)
        self.check.extend(f"response table: {w}" for w in warnings)
        nodes: dict[Path, Node] = {}
        for e in entries:
            t = e.json_type or types.get(e.path) or "string"
            node = Node(e.path, t, clean_text(e.description), e.example.strip(), in_table=True)
            if e.item and e.schema_name and e.schema_name[:1].isupper():
                node.item_name = e.schema_name
            if e.doc_type.lower().startswith("map"):
                node.map_of = "string"
            nodes[e.path] = node
        for p, t in types.items():
            if page.layout == "volcengine" and p[:1] == ("ResponseMetadata",):
                continue
            if p in nodes:
                continue
            if len(p) >= 2 and nodes.get(p[:-1]) is not None and nodes[p[:-1]].map_of:
                continue
            nodes[p] = Node(p, t)
        # Objects whose keys are data (``{"key": ""}``): maps, not fields.
        for p, ks in keys.items():
            if ks == ["key"] and p in nodes and nodes[p].type == "object":
                nodes[p].map_of = types.get((*p, "key"), "string")
                nodes.pop((*p, "key"), None)
        for p in list(nodes):
            if p[:-1] and any(p[:i] in nodes and nodes[p[:i]].map_of for i in range(1, len(p))):
                nodes.pop(p, None)
        # An array whose items appear only in the example: its item node.
        for p, node in list(nodes.items()):
            if node.type == "array" and (*p, "[]") not in nodes:
                nodes[(*p, "[]")] = Node((*p, "[]"), types.get((*p, "[]"), "string"))
        self.nodes = nodes
        undescribed = [p for p, n in nodes.items() if not n.in_table and p[-1] != "[]" and p != page.response_root]
        if undescribed:
            self.check.append(
                f"{len(undescribed)} response field(s) appear only in the page's JSON example and have no "
                f"description (e.g. {render_path(undescribed[0])})"
            )

    def example_type(self, path: Path) -> str | None:
        """The JSON type the page's examples show at ``path``."""
        return self._example_types.get(path)

    def children(self, path: Path) -> list[Path]:
        return self._children(self.nodes, path)

    def response_components(self, action: str, components: Components) -> str:
        """Register the response schemas; return the name of the root component."""
        root: Path = self.page.response_root
        if self.style == "volcengine":
            result = self._object(root, f"{action}Result", action, components, "The result of the operation.")
            return components.place(
                f"{action}Response",
                action,
                {
                    "type": "object",
                    "description": "The response.",
                    "properties": {
                        "ResponseMetadata": {"$ref": "#/components/schemas/ResponseMetadata"},
                        "Result": {"$ref": f"#/components/schemas/{result}"},
                    },
                },
            )
        return self._object(root, f"{action}Response", action, components, self._root_description())

    def _root_description(self) -> str:
        rows = self.page.response_rows
        if rows and not rows[0].name and rows[0].description:
            return clean_text(rows[0].description)
        return "The response parameters."

    def _object(self, path: Path, name: str, parent: str, components: Components, description: str) -> str:
        props: dict[str, Any] = {}
        for child in self.children(path):
            props[child[-1]] = self._property(child, name, components)
        schema = {"type": "object", "description": description or f"The {name}.", "properties": props}
        return components.place(name, parent, schema)

    def _describe(self, node: Node) -> str:
        if node.description:
            return node.description
        return "Shown in the example of the documentation page; not described there."

    def _property(self, path: Path, parent: str, components: Components) -> dict[str, Any]:
        node = self.nodes[path]
        field_name = path[-1]
        if node.map_of:
            return {
                "type": "object",
                "description": self._describe(node),
                "additionalProperties": {"type": node.map_of},
            }
        if node.type == "object":
            ref = self._object(path, camel(field_name), parent, components, self._describe(node))
            return {"$ref": f"#/components/schemas/{ref}"}
        if node.type == "array":
            item_path = (*path, "[]")
            item = self.nodes.get(item_path)
            s: dict[str, Any] = {"type": "array", "description": self._describe(node)}
            if item is not None and item.type == "object" and not item.map_of:
                name = item.item_name or singular(field_name)
                ref = self._object(item_path, name, parent, components, item.description or f"An item of {field_name}.")
                s["items"] = {"$ref": f"#/components/schemas/{ref}"}
            elif item is not None and item.type == "array":
                s["items"] = self._property(item_path, parent, components)
            else:
                s["items"] = {
                    "type": item.type if item is not None else "string",
                    "description": (
                        item.description if item is not None and item.description else f"An item of {field_name}."
                    ),
                }
            return s
        out: dict[str, Any] = {"type": node.type, "description": self._describe(node)}
        if node.example:
            out["example"] = coerce_value(node.example, node.type)
        return out
