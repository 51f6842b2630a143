"""Write the drift of a page into the spec of its operation, in place.

Every change docdiff reports is applied to the round-trip YAML document: only the nodes the page
contradicts are touched. Descriptions are patched word by word where the spec's own wording still contains
the snapshot's (``up to 100`` -> ``up to 200`` keeps the sentence the spec added), and replaced by the page's
text otherwise. Parameters and fields the spec carries from the official SDK models, limits the page does not
state, ``x-cloudmedia`` and comments stay as written.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from specdev.docdiff.diff import Change, compare
from specdev.docdiff.readers import Page
from specdev.docdiff.spec import SpecOperation
from specdev.docdiff.tree import Path, render_path

from .families import family_of, status_description
from .model import Components, PageModel, clean_text
from .sdk import volcengine_required
from .yamlio import merge, node, plain, scalar

__all__ = ["UpdateError", "patch_description", "update_operation"]


class UpdateError(ValueError):
    """A change the page shows cannot be written into the spec."""


def _parse_subject(subject: str) -> Path:
    """``Files[].Boundary.X`` -> ``("Files", "[]", "Boundary", "X")``."""
    out: list[str] = []
    for part in subject.split("."):
        name = part.split("[]")[0]
        if name:
            out.append(name)
        out.extend(["[]"] * part.count("[]"))
    return tuple(out)


def patch_description(spec_text: str, old_page: str, new_page: str) -> tuple[str, bool]:
    """The spec's description with the page's edit applied (True), or the page's text (False) when the
    spec's wording does not contain the words that changed."""
    old_words, new_words = old_page.split(), new_page.split()
    out = spec_text
    matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    for tag, i1, i2, j1, j2 in reversed(matcher.get_opcodes()):
        if tag == "equal":
            continue
        for ctx in range(1, 6):
            before = old_words[max(0, i1 - ctx) : i1]
            after = old_words[i2 : i2 + ctx]
            old_seg = " ".join([*before, *old_words[i1:i2], *after])
            new_seg = " ".join([*before, *new_words[j1:j2], *after])
            pattern = r"\s+".join(re.escape(w) for w in old_seg.split())
            hits = list(re.finditer(pattern, out))
            if len(hits) == 1:
                out = out[: hits[0].start()] + new_seg + out[hits[0].end() :]
                break
        else:
            return clean_text(new_page), False
    return " ".join(out.split()), True


def _render(path: Path) -> str:
    return render_path(path)


def _refs_in(value: Any) -> list[str]:
    return re.findall(r"#/components/schemas/([A-Za-z0-9_.\-]+)", repr(value))


class _Doc:
    """Navigation in the round-trip document: ``$ref`` followed to the node that is edited."""

    def __init__(self, doc: CommentedMap, op: SpecOperation) -> None:
        self.doc = doc
        self.key, self.method = op.key, op.method
        self.style = op.style or "rpc"

    @property
    def op(self) -> CommentedMap:
        op: CommentedMap = self.doc["paths"][self.key][self.method]
        return op

    def deref(self, n: Any) -> Any:
        seen = 0
        while isinstance(n, dict) and isinstance(n.get("$ref"), str) and n["$ref"].startswith("#/") and seen < 20:
            target: Any = self.doc
            for part in n["$ref"][2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            n = target
            seen += 1
        return n

    def params(self) -> list[tuple[Any, int, Any]]:
        """(list, index, resolved parameter) for every parameter of the operation."""
        out = []
        seq = self.op.get("parameters")
        if isinstance(seq, list):
            for i, p in enumerate(seq):
                out.append((seq, i, self.deref(p)))
        return out

    def param(self, name: str) -> CommentedMap | None:
        return next((p for _, _, p in self.params() if p.get("name") == name), None)

    def body_schema(self) -> Any:
        body = self.deref(self.op.get("requestBody"))
        if not isinstance(body, dict):
            return None
        media = (body.get("content") or {}).get("application/json") or {}
        schema = self.deref(media.get("schema"))
        return schema if isinstance(schema, dict) else None

    def walk(self, schema: Any, rest: Path) -> Any:
        n = self.deref(schema)
        for seg in rest:
            if seg == "[]":
                n = self.deref(n.get("items"))
            else:
                n = self.deref((n.get("properties") or {}).get(seg))
            if not isinstance(n, dict):
                return None
        return n

    def request_schema(self, path: Path) -> Any:
        """The schema node of a request parameter path (RPC query parameters and JSON body members)."""
        p = self.param(path[0])
        if p is not None:
            return self.walk(p.get("schema"), path[1:])
        body = self.body_schema()
        if body is None:
            return None
        return self.walk(body, path)

    def parent_of(self, path: Path) -> Any:
        """The object schema holding the last segment of a request path (None: a top-level query parameter)."""
        if len(path) == 1:
            return None if self.param(path[0]) is not None or self.style == "rpc" else self.body_schema()
        return self.request_schema(path[:-1])

    def response_root(self) -> Any:
        resp = self.deref((self.op.get("responses") or {}).get("200"))
        media = ((resp or {}).get("content") or {}).get("application/json") or {}
        return media.get("schema")

    def response_node(self, path: Path) -> Any:
        return self.walk(self.response_root(), path)


def _set(mapping: CommentedMap, key: str, value: Any, after: tuple[str, ...] = ()) -> None:
    """Set ``key``, inserting it after the last of ``after`` present when it is new."""
    if key in mapping:
        mapping[key] = value
        return
    keys = list(mapping.keys())
    pos = max((keys.index(a) + 1 for a in after if a in keys), default=len(keys))
    mapping.insert(pos, key, value)


_LIMIT_AFTER = ("type", "const", "format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
                "minLength", "maxLength", "minItems", "maxItems", "enum")  # fmt: skip


class _Updater:
    def __init__(self, page: Page, doc: CommentedMap, op: SpecOperation, snapshot: Page | None) -> None:
        self.page = page
        self.snapshot = snapshot
        self.op = op
        self.nav = _Doc(doc, op)
        self.model = PageModel(page, op.style or "rpc")
        if op.style == "volcengine":
            product = str(((op.doc.get("info") or {}).get("x-cloudmedia") or {}).get("product") or "")
            self.model.fill_required(volcengine_required(product, op.operation_id), "the official SDK's request model")
        self.actions: list[str] = []
        self.check: list[str] = []

    # ---------------------------------------------------------------------------------------- request

    def _entry(self, path: Path) -> Any:
        e = self.model.request.get(path)
        if e is None:
            raise UpdateError(f"the page has no parameter {_render(path)}")
        return e

    def param_added(self, path: Path) -> None:
        e = self._entry(path)
        page_order = [p for p in self.model.request if len(p) == len(path) and p[:-1] == path[:-1]]
        before = [p[-1] for p in page_order[: page_order.index(path)]]
        if len(path) == 1 and self.nav.style == "rpc":
            seq = self.nav.op.setdefault("parameters", CommentedSeq())
            param = {
                "name": path[0],
                "in": "query",
                "required": bool(e.required),
                "description": self.model.param_description(path),
                "schema": self.model.param_schema(path, with_doc=False),
                "example": self.model.param_example(path),
            }
            names = [self.nav.deref(p).get("name") for p in seq]
            pos = max((names.index(b) + 1 for b in before if b in names), default=len(seq))
            if pos == 0:
                pos = len([n for n in names if n in ("Action", "Version")])
            seq.insert(pos, node(param, indent=10))
        else:
            parent = self.nav.parent_of(path)
            if parent is None:
                raise UpdateError(f"no place for the new parameter {_render(path)} in the spec")
            props = parent.setdefault("properties", CommentedMap())
            keys = list(props.keys())
            pos = max((keys.index(b) + 1 for b in before if b in keys), default=len(keys))
            props.insert(pos, path[-1], node(self.model.param_schema(path, with_doc=True), indent=8))
            if e.required:
                self._required(parent, path[-1], True)
        kind = "required" if e.required else "optional"
        lim = ", ".join(f"{k} {v}" for k, v in e.limits.items())
        self.actions.append(f"+ parameter {_render(path)} ({e.json_type}, {kind}{', ' + lim if lim else ''})")

    def _required(self, parent: CommentedMap, name: str, required: bool) -> None:
        req = parent.get("required")
        if required:
            if req is None:
                req = CommentedSeq()
                req.fa.set_flow_style()
                _set(parent, "required", req, after=("type", "description", "title"))
            if name not in req:
                req.append(name)
        elif req is not None and name in req:
            req.remove(name)
            if not req:
                del parent["required"]

    def param_removed(self, path: Path) -> None:
        if len(path) == 1 and self.nav.param(path[0]) is not None:
            for seq, i, p in self.nav.params():
                if p.get("name") == path[0]:
                    del seq[i]
                    break
        else:
            parent = self.nav.parent_of(path)
            if parent is None or path[-1] not in (parent.get("properties") or {}):
                raise UpdateError(f"the spec has no parameter {_render(path)} to remove")
            del parent["properties"][path[-1]]
            self._required(parent, path[-1], False)
        self.actions.append(f"- parameter {_render(path)}")
        self._unpaginate(path[0], "parameter")

    def _unpaginate(self, name: str, what: str) -> None:
        """A paginator naming a parameter or field the page no longer has cannot page: it goes."""
        meta = self.nav.op.get("x-cloudmedia") or {}
        paginator = meta.get("paginator")
        if isinstance(paginator, dict) and name in [str(v) for k, v in paginator.items() if k != "kind"]:
            del meta["paginator"]
            self.actions.append(f"- paginator ({paginator.get('kind')}): the page no longer has the {what} {name}")
            self.check.append(f"{self.op.operation_id}: paginator removed; the page no longer has the {what} {name}")

    def _fit_example(self, path: Path) -> Any:
        """The page's example of a parameter, or one that fits its type when the page's does not."""
        e = self._entry(path)
        value = self.model.param_example(path)
        t = e.json_type
        fits: Callable[[Any], bool] = {
            "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
            "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
            "boolean": lambda v: isinstance(v, bool),
            "string": lambda v: isinstance(v, str),
            "array": lambda v: isinstance(v, list),
            "object": lambda v: isinstance(v, dict),
        }.get(t or "", lambda v: True)
        if value is None or fits(value):
            return value
        lim = e.limits
        made = lim.get(
            "default", lim.get("minimum", {"integer": 1, "number": 1.0, "boolean": True}.get(t or "", "example"))
        )
        self.check.append(
            f"{self.op.operation_id}: parameter {_render(path)}: the page's example {value!r} is not a {t}; "
            f"the spec's example is {made!r}"
        )
        return made

    def _fit_item_examples(self, item_path: Path) -> None:
        """An array parameter's example after its items changed type: the page's, or one that fits."""
        holder_path = item_path[:-1]
        p = self.nav.param(holder_path[0]) if len(holder_path) == 1 else None
        holder = p if p is not None else self.nav.request_schema(holder_path)
        if holder is None or "example" not in holder:
            return
        e = self._entry(item_path)
        current = plain(holder["example"])
        t = e.json_type or "string"
        ok = isinstance(current, list) and all(
            {
                "integer": isinstance(v, int) and not isinstance(v, bool),
                "number": isinstance(v, int | float),
                "string": isinstance(v, str),
                "boolean": isinstance(v, bool),
            }.get(t, True)
            for v in current
        )
        if not ok:
            made = [{"integer": 1, "number": 1.0, "boolean": True}.get(t, "example")]
            holder["example"] = node(made, indent=10)
            self.check.append(
                f"{self.op.operation_id}: parameter {_render(holder_path)}: its items are now {t}; the example "
                f"{current!r} does not fit, the spec's example is {made!r}"
            )

    def _body_example(self, name: str, value: Any) -> None:
        """Keep the request body's example in step with a parameter when the page shows no request example."""
        if self.page.request_examples or self.nav.style == "rpc":
            return
        body = self.nav.deref(self.nav.op.get("requestBody"))
        media = ((body or {}).get("content") or {}).get("application/json") or {}
        doc = (media.get("examples") or {}).get("doc")
        doc = self.nav.deref(doc) if isinstance(doc, dict) else None
        if isinstance(doc, dict) and isinstance(doc.get("value"), dict) and name in doc["value"]:
            doc["value"][name] = node(value, 20, fold=False)

    def _request_example_type(self, path: Path) -> str | None:
        from .model import example_types

        return example_types(self.page.request_examples)[0].get(path)

    def param_retyped(self, path: Path) -> None:
        e = self._entry(path)
        if path[-1] == "[]":
            parent = self.nav.request_schema(path[:-1])
            if parent is None:
                raise UpdateError(f"the spec has no parameter {_render(path[:-1])}")
            parent["items"] = node(self.model.param_schema(path, with_doc=True) | {}, indent=12)
            parent["items"].pop("example", None)
            self._fit_item_examples(path)
        elif len(path) == 1 and self.nav.param(path[0]) is not None:
            p = self.nav.param(path[0])
            assert p is not None
            p["schema"] = node(self.model.param_schema(path, with_doc=False), indent=12)
            p["example"] = node(self._fit_example(path), indent=10)
        else:
            parent = self.nav.parent_of(path)
            if parent is None:
                raise UpdateError(f"the spec has no parameter {_render(path)}")
            schema = self.model.param_schema(path, with_doc=True)
            shown = self._request_example_type(path)
            if shown and shown != schema["type"] and isinstance(schema["type"], str):
                schema["type"] = [schema["type"], shown]
                self.check.append(
                    f"{self.op.operation_id}: parameter {_render(path)}: the table says {schema['type'][0]}, the "
                    f"page's request example sends a {shown}; both are accepted"
                )
                schema["example"] = self.model.param_example(path)
            else:
                schema["example"] = self._fit_example(path)
            parent["properties"][path[-1]] = node(schema, indent=10)
            if len(path) == 1:
                self._body_example(path[0], schema["example"])
        self.actions.append(f"~ parameter {_render(path)}: type {e.json_type}")

    def param_required(self, path: Path, required: bool) -> None:
        p = self.nav.param(path[0]) if len(path) == 1 else None
        if p is not None:
            p["required"] = required
        else:
            parent = self.nav.parent_of(path)
            if parent is None:
                raise UpdateError(f"the spec has no parameter {_render(path)}")
            self._required(parent, path[-1], required)
        self.actions.append(f"~ parameter {_render(path)}: {'required' if required else 'optional'}")

    def limit(self, path: Path, key: str, value: Any) -> None:
        schema = self.nav.request_schema(path)
        if schema is None:
            raise UpdateError(f"the spec has no parameter {_render(path)}")
        if value is None:
            schema.pop(key, None)
            self.actions.append(f"~ parameter {_render(path)}: {key} removed")
            return
        new = node(value, flow=isinstance(value, list))
        _set(schema, key, new, after=_LIMIT_AFTER[: _LIMIT_AFTER.index(key)] if key in _LIMIT_AFTER else _LIMIT_AFTER)
        if key == "enum" and "example" in schema and schema["example"] not in value:
            schema["example"] = value[0]
        self.actions.append(f"~ parameter {_render(path)}: {key} {value!r}")

    def param_example(self, path: Path) -> None:
        value = self._fit_example(path) if path[-1] != "[]" else None
        p = self.nav.param(path[0]) if len(path) == 1 else None
        if path[-1] == "[]":
            parent_path = path[:-1]
            p = self.nav.param(parent_path[0]) if len(parent_path) == 1 else None
            value = self.model.param_example(parent_path)
            if p is not None:
                p["example"] = node(value, indent=10)
            else:
                schema = self.nav.request_schema(parent_path)
                if schema is not None:
                    schema["example"] = node(value, indent=10)
        elif p is not None:
            p["example"] = node(value, indent=10)
        else:
            schema = self.nav.request_schema(path)
            if schema is None:
                raise UpdateError(f"the spec has no parameter {_render(path)}")
            schema["example"] = node(value, indent=10)
            if len(path) == 1:
                self._body_example(path[0], value)
        self.actions.append(f"~ parameter {_render(path)}: example {value!r}")

    def param_description(self, path: Path, old: str, new: str) -> None:
        p = self.nav.param(path[0]) if len(path) == 1 else None
        holder = p if p is not None else self.nav.request_schema(path)
        if holder is None:
            raise UpdateError(f"the spec has no parameter {_render(path)}")
        self._describe(holder, old, new, f"parameter {_render(path)}", indent=10)

    def _describe(self, holder: CommentedMap, old: str, new: str, what: str, indent: int) -> None:
        current = str(holder.get("description") or "")
        text, patched = patch_description(current, old, new) if current else (clean_text(new), False)
        _set(holder, "description", scalar(text, indent), after=("name", "in", "required", "type", "title"))
        self.actions.append(f"~ {what}: description {'edited' if patched else 'taken from the page'}")

    # --------------------------------------------------------------------------------------- response

    def _components(self) -> Components:
        schemas = self.nav.doc.setdefault("components", CommentedMap()).setdefault("schemas", CommentedMap())
        return Components(existing=plain(schemas))

    def _flush(self, comps: Components, *roots: Any) -> None:
        schemas = self.nav.doc["components"]["schemas"]
        reachable = set(_refs_in([roots, list(comps.reused.values())]))
        grew = True
        while grew:
            grew = False
            for name in list(reachable):
                if name in comps.new:
                    more = set(_refs_in(comps.new[name])) - reachable
                    if more:
                        reachable |= more
                        grew = True
        comps.new = {k: v for k, v in comps.new.items() if k in reachable}
        for name, extra in comps.reused.items():
            props = schemas[name].setdefault("properties", CommentedMap())
            for k, v in extra.items():
                props[k] = node(v, indent=8)
        fam = family_of(self.nav.style)
        anchor = next((i for i, k in enumerate(schemas) if k in fam.error_components), None)
        for name, schema in comps.new.items():
            if anchor is not None:
                schemas.insert(anchor, name, node(schema, indent=6))
                anchor += 1
            else:
                schemas[name] = node(schema, indent=6)

    def _component_name(self, path: Path) -> str:
        """The component that holds the field at ``path`` (for naming new nested schemas)."""
        n: Any = self.nav.response_root()
        name = self.op.operation_id
        for seg in path[:-1]:
            if isinstance(n, dict) and isinstance(n.get("$ref"), str):
                name = n["$ref"].rsplit("/", 1)[-1]
            n = self.nav.deref(n)
            n = n.get("items") if seg == "[]" else (n.get("properties") or {}).get(seg)
        if isinstance(n, dict) and isinstance(n.get("$ref"), str):
            name = n["$ref"].rsplit("/", 1)[-1]
        return name

    def field_added(self, path: Path) -> None:
        if path not in self.model.nodes:
            raise UpdateError(f"the page has no response field {_render(path)}")
        parent = self.nav.response_node(path[:-1])
        if not isinstance(parent, dict):
            raise UpdateError(f"the spec has no response object at {'.'.join(path[:-1]) or '(root)'}")
        comps = self._components()
        prop = self.model._property(path, self._component_name(path), comps)
        props = parent.setdefault("properties", CommentedMap())
        siblings = [p[-1] for p in self.model.children(path[:-1])]
        keys = list(props.keys())
        before = siblings[: siblings.index(path[-1])] if path[-1] in siblings else []
        pos = max((keys.index(b) + 1 for b in before if b in keys), default=len(keys))
        props.insert(pos, path[-1], node(prop, indent=10))
        self._flush(comps, prop)
        self.actions.append(f"+ response field {_render(path)} ({self.model.nodes[path].type})")

    def field_removed(self, path: Path) -> None:
        parent = self.nav.response_node(path[:-1])
        if not isinstance(parent, dict) or path[-1] not in (parent.get("properties") or {}):
            raise UpdateError(f"the spec has no response field {_render(path)} to remove")
        del parent["properties"][path[-1]]
        self.actions.append(f"- response field {_render(path)}")
        if len(path) == len(self.page.response_root) + 1:
            self._unpaginate(path[-1], "response field")
        self._prune()

    def field_retyped(self, path: Path) -> None:
        parent = self.nav.response_node(path[:-1])
        if not isinstance(parent, dict) or path[-1] not in (parent.get("properties") or {}):
            raise UpdateError(f"the spec has no response field {_render(path)}")
        comps = self._components()
        old = parent["properties"][path[-1]]
        prop = self.model._property(path, self._component_name(path), comps)
        if (
            isinstance(old, dict)
            and "description" in old
            and "description" in prop
            and not self.model.nodes[path].description
        ):
            prop["description"] = str(old["description"])
        seen = self.model.example_type(path)
        if seen and isinstance(prop.get("type"), str) and seen != prop["type"] and seen not in ("object", "array"):
            prop["type"] = [prop["type"], seen]
            prop.pop("example", None)
            self.check.append(
                f"{self.op.operation_id}: response field {_render(path)}: the table says {prop['type'][0]}, the "
                f"example shows a {seen}; both are accepted"
            )
        parent["properties"][path[-1]] = node(prop, indent=10)
        self._flush(comps, prop)
        self.actions.append(f"~ response field {_render(path)}: type {self.model.nodes[path].type}")
        self._prune()

    def field_description(self, path: Path, old: str, new: str) -> None:
        holder = self._field_holder(path)
        self._describe(holder, old, new, f"response field {_render(path)}", indent=10)

    def _field_holder(self, path: Path) -> Any:
        parent = self.nav.response_node(path[:-1]) if path[-1] != "[]" else None
        if path[-1] == "[]":
            holder = self.nav.response_node(path)
        else:
            holder = (parent.get("properties") or {}).get(path[-1]) if isinstance(parent, dict) else None
            if isinstance(holder, dict) and "$ref" in holder:
                holder = self.nav.deref(holder)
        if not isinstance(holder, dict):
            raise UpdateError(f"the spec has no response field {_render(path)}")
        return holder

    def field_values(self, path: Path) -> None:
        holder = self._field_holder(path)
        entry = next((n for p, n in self.model.nodes.items() if p == path), None)
        if entry is None or not entry.description:
            raise UpdateError(f"the page does not describe {_render(path)}")
        old_page = ""
        if self.snapshot is not None:
            snap_model = PageModel(self.snapshot, self.nav.style)
            snap_node = snap_model.nodes.get(path)
            old_page = snap_node.description if snap_node is not None else ""
        current = str(holder.get("description") or "")
        if old_page and old_page != entry.description:
            text = patch_description(current, old_page, entry.description)[0]
        else:
            text = entry.description
        holder["description"] = scalar(text, 10)
        self.actions.append(f"~ response field {_render(path)}: allowed values from the page")

    def _prune(self) -> None:
        """Drop component schemas no longer referenced from anywhere."""
        doc = self.nav.doc
        schemas = (doc.get("components") or {}).get("schemas") or {}
        while True:
            text = repr(plain({k: v for k, v in doc.items() if k != "components"})) + repr(
                plain({s: dict(v) for s, v in doc["components"].items() if s != "schemas"})
            )
            refs = set(re.findall(r"#/components/schemas/([A-Za-z0-9_.\-]+)", text))
            for name, schema in schemas.items():
                if name in refs:
                    refs |= set(re.findall(r"#/components/schemas/([A-Za-z0-9_.\-]+)", repr(plain(schema))))
            # transitive closure
            changed = True
            while changed:
                changed = False
                for name in list(refs):
                    if name in schemas:
                        more = set(re.findall(r"#/components/schemas/([A-Za-z0-9_.\-]+)", repr(plain(schemas[name]))))
                        if not more <= refs:
                            refs |= more
                            changed = True
            unused = [n for n in schemas if n not in refs]
            if not unused:
                return
            for n in unused:
                del schemas[n]
                self.actions.append(f"- component {n} (no longer used)")

    # ----------------------------------------------------------------------------------------- errors

    def _errors(self) -> Any:
        meta = self.nav.op.setdefault("x-cloudmedia", CommentedMap())
        if "errors" not in meta:
            meta["errors"] = CommentedSeq()
        return meta["errors"]

    def _ensure_status(self, status: int | None, code: str) -> None:
        if status is None:
            return
        responses = self.nav.op["responses"]
        if str(status) in responses or status in responses:
            return
        fam = family_of(self.nav.style)
        response: dict[str, Any] = {"description": f"{code}. {status_description(status)}"}
        if fam.request_id_header:
            response["headers"] = {fam.request_id_header: {"$ref": "#/components/headers/RequestId"}}
        response["content"] = {"application/json": {"schema": {"$ref": f"#/components/schemas/{fam.error_schema}"}}}
        keys = [int(k) for k in responses if str(k).isdigit()]
        pos = sum(1 for k in keys if k < status)
        responses.insert(pos, node(str(status)), node(response, indent=10))
        schemas = self.nav.doc.setdefault("components", CommentedMap()).setdefault("schemas", CommentedMap())
        for name, schema in fam.error_components.items():
            if name not in schemas:
                schemas[name] = node(schema, indent=6)

    def error_added(self, code: str) -> None:
        err = next(e for e in self.page.errors or [] if e.code == code)
        entry = node(
            {"status": err.status, "code": err.code, "message": err.message.split(" example:")[0].strip()}, flow=True
        )
        errors = self._errors()
        page_codes = [e.code for e in self.page.errors or []]
        have = [str(e.get("code")) for e in errors]
        before = page_codes[: page_codes.index(code)]
        pos = max((have.index(b) + 1 for b in before if b in have), default=0 if before == [] else len(errors))
        errors.insert(pos, entry)
        self._ensure_status(err.status, code)
        self.actions.append(f"+ error {code} ({err.status})")

    def error_removed(self, code: str) -> None:
        errors = self._errors()
        for i, e in enumerate(errors):
            if str(e.get("code")) == code:
                del errors[i]
                break
        if not errors:
            del self.nav.op["x-cloudmedia"]["errors"]
        self.actions.append(f"- error {code}")

    def error_changed(self, code: str, status: int) -> None:
        for e in self._errors():
            if str(e.get("code")) == code:
                e["status"] = status
        self._ensure_status(status, code)
        self.actions.append(f"~ error {code}: status {status}")

    # --------------------------------------------------------------------------------------- examples

    def example(self, subject: str) -> None:
        which, _, _index = subject.partition("#")
        values = self.page.request_examples if which == "request" else self.page.response_examples
        if which == "request":
            body = self.nav.deref(self.nav.op.get("requestBody"))
            media = body["content"]["application/json"] if isinstance(body, dict) else None
        else:
            resp = self.nav.deref(self.nav.op["responses"]["200"])
            media = resp["content"]["application/json"]
        if media is None:
            raise UpdateError(f"the spec has no {which} body to hold the page's example")
        examples = media.setdefault("examples", CommentedMap())
        for i, value in enumerate(values):
            name = "doc" if i == 0 else f"doc{i + 1}"
            current = examples.get(name)
            if isinstance(current, dict) and "$ref" in current:
                current = self.nav.deref(current)
            if isinstance(current, dict):
                current["value"] = merge(current.get("value"), value, 20)
            else:
                examples[name] = node({"value": value}, indent=16, fold=False)
        self.actions.append(f"~ {which} example: the page's")

    # ------------------------------------------------------------------------------------- operation

    def path_changed(self, new_path: str, new_method: str | None) -> None:
        paths = self.nav.doc["paths"]
        old_key, method = self.nav.key, self.nav.method
        item = paths[old_key]
        op = item.pop(method)
        new_method = (new_method or method).lower()
        if not item:
            pos = list(paths.keys()).index(old_key)
            del paths[old_key]
        else:
            pos = list(paths.keys()).index(old_key) + 1
        if new_path in paths:
            paths[new_path][new_method] = op
        else:
            paths.insert(pos, new_path, CommentedMap([(new_method, op)]))
        self.nav.key, self.nav.method = new_path, new_method
        self.actions.append(f"~ operation moved: {method.upper()} {old_key} -> {new_method.upper()} {new_path}")

    # ------------------------------------------------------------------------------------------- apply

    def apply(self, changes: list[Change]) -> None:
        order = {"operation-changed": 0, "example-changed": 9}
        for c in sorted(changes, key=lambda c: order.get(c.kind, 5)):
            self.apply_one(c)

    def apply_one(self, c: Change) -> None:
        k, d = c.kind, c.detail
        path = _parse_subject(c.subject) if k not in ("example-changed", "operation-changed") else ()
        if k == "operation-changed":
            if c.subject in ("path", "method"):
                if c.subject == "path" or self.page.path:
                    self.path_changed(self.page.path or self.nav.key, self.page.method)
                return
            raise UpdateError(f"the page documents another {c.subject} ({d['page']}, the spec {d['spec']})")
        if k == "parameter-added":
            self.param_added(path)
        elif k == "parameter-removed":
            self.param_removed(path)
        elif k == "parameter-retyped":
            self.param_retyped(path)
        elif k in ("parameter-now-required", "parameter-no-longer-required"):
            self.param_required(path, k == "parameter-now-required")
        elif k == "limit-changed":
            self.limit(path, d["limit"], d["page"])
        elif k == "parameter-example-changed":
            self.param_example(path)
        elif k == "parameter-description-changed":
            self.param_description(path, d["snapshot"], d["page"])
        elif k == "response-field-added":
            self.field_added(path)
        elif k == "response-field-removed":
            self.field_removed(path)
        elif k == "response-field-retyped":
            self.field_retyped(path)
        elif k == "response-field-description-changed":
            self.field_description(path, d["snapshot"], d["page"])
        elif k == "response-field-values-changed":
            self.field_values(path)
        elif k == "error-added":
            self.error_added(c.subject)
        elif k == "error-removed":
            self.error_removed(c.subject)
        elif k == "error-changed":
            self.error_changed(c.subject, int(d["status"]["page"]))
        elif k == "example-changed":
            self.example(c.subject)
        else:
            raise UpdateError(f"docsync cannot apply a {k} change ({c.subject})")


def update_operation(
    page: Page, doc: CommentedMap, op: SpecOperation, snapshot: Page | None
) -> tuple[list[str], list[str]]:
    """Apply every drift of ``page`` against ``op`` to ``doc``; return what was done and what to check."""
    report = compare(page, op, snapshot)
    updater = _Updater(page, doc, op, snapshot)
    # Descriptions of parameters that change type or limits are edited too; a parameter added with its
    # description needs no description change.
    updater.apply(report.changes)
    if snapshot is None:
        updater.check.append(
            f"{op.operation_id}: no snapshot of the page the spec was written from: removed fields and changed "
            "descriptions cannot be told from spec-only ones"
        )
    if not report.changes:
        updater.actions.append("no drift")
    updater.check.extend(c for c in updater.model.check if "made up" in c)
    return updater.actions, updater.check
