"""The spec side: find the operation a page documents and flatten its parameters and response schema."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path as FsPath
from typing import Any

from specdev.loader import SpecLoadError, find_specs, load_spec

from .readers import Page
from .tree import Path

__all__ = [
    "LIMIT_KEYS",
    "SchemaWalker",
    "SpecError",
    "SpecOperation",
    "SpecParam",
    "all_snapshots",
    "find_operation",
    "operations",
    "snapshot_for",
    "snapshot_path",
    "snapshots_dir",
]

LIMIT_KEYS = (
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "enum",
    "default",
)
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


class SpecError(ValueError):
    """No spec, or no operation in it, matches the page."""


@dataclass
class SpecParam:
    path: Path
    type: str | None
    required: bool | None
    limits: dict[str, Any]
    example: Any = None
    has_example: bool = False
    item: bool = False


@dataclass
class SpecOperation:
    file: FsPath
    doc: dict[str, Any]
    key: str  # the path key
    method: str
    op: dict[str, Any]
    x: dict[str, Any] = field(default_factory=dict)

    @property
    def action(self) -> str | None:
        return self.x.get("action") or self.op.get("operationId")

    @property
    def operation_id(self) -> str:
        return str(self.op.get("operationId") or self.action)

    @property
    def style(self) -> str | None:
        return self.x.get("style")

    @property
    def version(self) -> str | None:
        v = (self.doc.get("info") or {}).get("version")
        return str(v) if v is not None else None

    @property
    def errors(self) -> list[dict[str, Any]]:
        return list(self.x.get("errors") or [])

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.key}"

    # ------------------------------------------------------------------------------------------ schemas

    def resolve(self, node: Any, _seen: frozenset[str] = frozenset()) -> dict[str, Any]:
        """Follow local ``$ref``s and merge ``allOf`` (properties and required lists)."""
        if not isinstance(node, dict):
            return {}
        ref = node.get("$ref")
        if isinstance(ref, str):
            if ref in _seen or not ref.startswith("#/"):
                return {}
            target: Any = self.doc
            for part in ref[2:].split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                target = target.get(part) if isinstance(target, dict) else None
            base = self.resolve(target, _seen | {ref})
            extra = {k: v for k, v in node.items() if k != "$ref"}
            node = {**base, **extra}
        if "allOf" in node:
            merged: dict[str, Any] = {k: v for k, v in node.items() if k != "allOf"}
            props: dict[str, Any] = dict(merged.get("properties") or {})
            required: list[str] = list(merged.get("required") or [])
            for part in node["allOf"]:
                sub = self.resolve(part, _seen)
                props.update(sub.get("properties") or {})
                required.extend(sub.get("required") or [])
                for k, v in sub.items():
                    if k not in ("properties", "required"):
                        merged.setdefault(k, v)
            if props:
                merged["properties"] = props
            if required:
                merged["required"] = required
            node = merged
        return dict(node)

    def _parameters(self) -> list[dict[str, Any]]:
        params = list((self.doc["paths"][self.key] or {}).get("parameters") or []) + list(
            self.op.get("parameters") or []
        )
        return [self.resolve(p) for p in params]

    def protocol_params(self) -> dict[str, Any]:
        """``Action`` / ``Version`` query parameters with their ``const`` value."""
        out = {}
        for p in self._parameters():
            schema = self.resolve(p.get("schema") or {})
            if p.get("name") in ("Action", "Version") and "const" in schema:
                out[str(p["name"])] = schema["const"]
        return out

    def request_params(self) -> dict[Path, SpecParam]:
        """Every request parameter (query, path, header, JSON body members), nested ones and array items.

        ``Action`` / ``Version`` parameters carrying ``const`` are the protocol's, not the operation's.
        """
        out: dict[Path, SpecParam] = {}
        for p in self._parameters():
            schema = self.resolve(p.get("schema") or {})
            if p.get("in") == "cookie":
                continue
            if p.get("name") in ("Action", "Version") and "const" in schema:
                continue
            example = p.get("example", schema.get("example"))
            self._add_param(
                out,
                (str(p.get("name")),),
                schema,
                bool(p.get("required")),
                example,
                "example" in p or "example" in schema,
            )
        body = self.resolve(self.op.get("requestBody") or {})
        schema = self.resolve(_json_schema(body.get("content")))
        required = set(schema.get("required") or [])
        for name, sub in (schema.get("properties") or {}).items():
            sub = self.resolve(sub)
            self._add_param(out, (name,), sub, name in required, sub.get("example"), "example" in sub)
        return out

    def _add_param(
        self,
        out: dict[Path, SpecParam],
        path: Path,
        schema: dict[str, Any],
        required: bool | None,
        example: Any,
        has_example: bool,
        item: bool = False,
        depth: int = 0,
    ) -> None:
        out[path] = SpecParam(path, schema_type(schema), required, limits_of(schema), example, has_example, item)
        if depth > 8:
            return
        if schema_type(schema) == "array" and isinstance(schema.get("items"), dict):
            items = self.resolve(schema["items"])
            self._add_param(out, (*path, "[]"), items, None, items.get("example"), "example" in items, True, depth + 1)
        inner_required = set(schema.get("required") or [])
        for name, sub in (schema.get("properties") or {}).items():
            sub = self.resolve(sub)
            self._add_param(
                out, (*path, name), sub, name in inner_required, sub.get("example"), "example" in sub, depth=depth + 1
            )

    def response_schema(self) -> dict[str, Any] | None:
        resp = self.resolve((self.op.get("responses") or {}).get("200") or {})
        schema = _json_schema(resp.get("content"))
        return self.resolve(schema) if schema else None

    def request_examples(self) -> list[Any]:
        body = self.resolve(self.op.get("requestBody") or {})
        return _examples(body.get("content"))

    def response_examples(self) -> list[Any]:
        resp = self.resolve((self.op.get("responses") or {}).get("200") or {})
        return _examples(resp.get("content"))


def _media(content: Any) -> dict[str, Any]:
    if not isinstance(content, dict) or not content:
        return {}
    for mt in ("application/json", "application/json; charset=utf-8"):
        if mt in content:
            return content[mt] or {}
    return next(iter(content.values())) or {}


def _json_schema(content: Any) -> dict[str, Any]:
    return _media(content).get("schema") or {}


def _examples(content: Any) -> list[Any]:
    media = _media(content)
    out = [ex.get("value") for ex in (media.get("examples") or {}).values() if isinstance(ex, dict) and "value" in ex]
    if "example" in media:
        out.append(media["example"])
    return out


def schema_type(schema: dict[str, Any]) -> str | None:
    t = schema.get("type")
    if isinstance(t, list):
        t = next((x for x in t if x != "null"), None)
    if t:
        return str(t)
    if "properties" in schema or "additionalProperties" in schema:
        return "object"
    if "items" in schema:
        return "array"
    if "const" in schema:
        c = schema["const"]
        return {bool: "boolean", int: "integer", float: "number", str: "string"}.get(type(c))
    return None


def limits_of(schema: dict[str, Any]) -> dict[str, Any]:
    lim = {k: schema[k] for k in LIMIT_KEYS if k in schema}
    if "const" in schema:
        lim["enum"] = [schema["const"]]
        if lim.get("default") == schema["const"]:
            del lim["default"]
    return lim


class SchemaWalker:
    """Look page field paths up in a response schema; ``*`` is a map value, free-form objects take anything."""

    def __init__(self, op: SpecOperation, root: dict[str, Any] | None) -> None:
        self.op = op
        self.root = root or {}

    def _free(self, node: dict[str, Any]) -> bool:
        return (
            schema_type(node) in (None, "object")
            and not node.get("properties")
            and node.get("additionalProperties") in (None, True)
            and "items" not in node
        )

    def lookup(self, path: Path) -> tuple[Path, dict[str, Any]] | None:
        """(canonical path, schema) of ``path``, or None when the schema has no such field."""
        node = self.op.resolve(self.root)
        canon: list[str] = []
        for i, seg in enumerate(path):
            if self._free(node):
                return (*canon, *path[i:]), {}
            if seg == "[]":
                if schema_type(node) != "array":
                    return None
                node = self.op.resolve(node.get("items") or {})
                canon.append("[]")
                continue
            props = node.get("properties") or {}
            if seg in props:
                node = self.op.resolve(props[seg])
                canon.append(seg)
                continue
            extra = node.get("additionalProperties")
            if isinstance(extra, dict):
                node = self.op.resolve(extra)
                canon.append("*")
                continue
            return None
        return tuple(canon), node

    def type_at(self, path: Path) -> str | None:
        found = self.lookup(path)
        return schema_type(found[1]) if found else None

    def all_paths(self, max_depth: int = 12) -> list[Path]:
        out: list[Path] = []

        def walk(node: Any, path: Path, refs: frozenset[str]) -> None:
            if len(path) > max_depth or not isinstance(node, dict):
                return
            ref = node.get("$ref")
            if isinstance(ref, str):
                if ref in refs:
                    return
                refs = refs | {ref}
            node = self.op.resolve(node)
            for name, sub in (node.get("properties") or {}).items():
                out.append((*path, name))
                walk(sub, (*path, name), refs)
            extra = node.get("additionalProperties")
            if isinstance(extra, dict):
                out.append((*path, "*"))
                walk(extra, (*path, "*"), refs)
            if schema_type(node) == "array" and isinstance(node.get("items"), dict):
                out.append((*path, "[]"))
                walk(node["items"], (*path, "[]"), refs)

        walk(self.root, (), frozenset())
        return out


def operations(spec_file: FsPath) -> list[SpecOperation]:
    doc = load_spec(spec_file)
    out = []
    for key, item in (doc.get("paths") or {}).items():
        for method, op in (item or {}).items():
            if method in _METHODS and isinstance(op, dict):
                out.append(SpecOperation(FsPath(spec_file), doc, key, method, op, dict(op.get("x-cloudmedia") or {})))
    return out


def _matches(page: Page, op: SpecOperation) -> bool:
    if page.action and op.action == page.action:
        return True
    return bool(page.path and page.method and op.key == page.path and op.method.upper() == page.method.upper())


def _closest_by_parameters(page: Page, ops: list[SpecOperation]) -> SpecOperation | None:
    """The one operation of a spec whose request parameters best match the page's request table (ties: None).

    Ranked by the parameters both name, then by the fewest named by only one of them: a page whose action or
    path changed is still compared with the operation it documents when the spec has several operations.
    """
    names = {row.name for row in page.request_rows if row.name}
    scores = []
    for i, op in enumerate(ops):
        params = {path[0] for path in op.request_params()}
        scores.append(((len(names & params), -len(names ^ params)), i))
    scores.sort(reverse=True)
    if not scores or scores[0][0][0] == 0 or (len(scores) > 1 and scores[1][0] == scores[0][0]):
        return None
    return ops[scores[0][1]]


def find_operation(page: Page, spec: FsPath | None = None, root: FsPath | None = None) -> SpecOperation:
    """The operation the page documents: in ``spec`` if given, else in any ``specs/**/*.yaml``."""
    if spec is not None:
        try:
            ops = operations(spec)
        except SpecLoadError as exc:
            raise SpecError(str(exc)) from exc
        hits = [op for op in ops if _matches(page, op)]
        if hits:
            return hits[0]
        if len(ops) == 1:
            return ops[0]  # compared anyway; the identity difference is reported
        closest = _closest_by_parameters(page, ops)
        if closest is not None:
            return closest  # compared anyway; the identity difference is reported
        raise SpecError(f"{spec} has no operation {_identity(page)}")
    hits = []
    needles = [n for n in (page.action, page.path) if n]
    for file in find_specs(root):
        try:
            if not any(n in file.read_text(encoding="utf-8") for n in needles):
                continue  # cannot declare the operation: skip the YAML parse
        except (OSError, UnicodeDecodeError):
            continue
        try:
            hits.extend(op for op in operations(file) if _matches(page, op))
        except SpecLoadError:
            continue
    if not hits:
        raise SpecError(f"no spec under specs/ declares {_identity(page)}; pass --spec")
    if len(hits) > 1 and page.version:
        same = [op for op in hits if op.version == page.version]
        hits = same or hits
    return hits[0]


def _identity(page: Page) -> str:
    if page.action:
        return f"action {page.action}"
    return f"{page.method} {page.path}"


def snapshots_dir(spec_file: FsPath) -> FsPath:
    """``specs/snapshots/<stem>/`` for ``specs/<vendor>/<stem>.yaml``: the saved pages of that spec's operations."""
    spec_file = spec_file.resolve()
    for parent in spec_file.parents:
        if parent.name == "specs":
            return parent / "snapshots" / spec_file.stem
    return spec_file.parent.parent / "snapshots" / spec_file.stem


def snapshot_path(spec_file: FsPath, operation_id: str) -> FsPath:
    """Where the page of one operation is kept: ``specs/snapshots/<spec stem>/<OperationId>.txt``."""
    return snapshots_dir(spec_file) / f"{operation_id}.txt"


def snapshot_for(spec_file: FsPath, operation_id: str) -> FsPath | None:
    """The saved page of ``operation_id`` (``snapshot_path``), or None when there is none."""
    candidate = snapshot_path(spec_file, operation_id)
    return candidate if candidate.is_file() else None


def all_snapshots(root: FsPath) -> list[FsPath]:
    """Every saved page under ``<root>/specs/snapshots/``, sorted."""
    return sorted((root / "specs" / "snapshots").glob("*/*.txt"))
