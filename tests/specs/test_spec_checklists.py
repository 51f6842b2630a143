"""Every spec agrees with the documentation pages it was written from, derived from the pages themselves.

Each saved page ``specs/snapshots/<spec stem>/<OperationId>.txt`` is read with the documentation reader and
checked against its operation in ``specs/<vendor>/<spec stem>.yaml``: request parameters (type, required
flag, the limits the page states), every response field of the page's table and JSON example, the JSON
examples verbatim, the documented error codes. Nothing here restates a page: after ``scripts/docsync.py``
writes a changed page into the spec (and saves it as the snapshot), these checks follow without an edit.
The spec may know more than its page (fields and parameters from the official SDK models, limits the page
does not spell out); that is allowed, except that it may not require, default or restrict what the page
does not.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from specdev.docdiff.readers import Page, read_page
from specdev.docdiff.text import parse_limits
from specdev.docdiff.tree import Entry, build_entries, json_paths, render_path
from specdev.loader import find_specs, load_spec
from specdev.validate import validate_all

REPO_ROOT = Path(__file__).resolve().parents[2]
SPECS = REPO_ROOT / "specs"
SNAPSHOTS = SPECS / "snapshots"
METHODS = ("get", "put", "post", "delete", "patch", "head")


@dataclass(frozen=True)
class Saved:
    """A saved page and the operation it documents."""

    page_file: Path
    spec_file: Path
    operation_id: str

    @property
    def id(self) -> str:
        return f"{self.spec_file.stem}/{self.operation_id}"


def _spec_of(stem: str) -> Path:
    found = [p for p in find_specs() if p.stem == stem]
    assert len(found) == 1, f"specs/snapshots/{stem}/ names no spec (found {found})"
    return found[0]


SAVED = [Saved(p, _spec_of(p.parent.name), p.stem) for p in sorted(SNAPSHOTS.glob("*/*.txt"))]


class Spec:
    def __init__(self, path: Path, operation_id: str) -> None:
        self.path = path
        self.doc = load_spec(path)
        self.op = self.find_operation(operation_id)

    def find_operation(self, operation_id: str) -> dict[str, Any]:
        for item in self.doc.get("paths", {}).values():
            for method, operation in self.deref(item).items():
                if method in METHODS and operation.get("operationId") == operation_id:
                    return dict(operation)
        raise AssertionError(f"{self.path}: no operation with operationId {operation_id!r}")

    def deref(self, node: Any) -> Any:
        for _ in range(50):
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
                return node
            ref = node["$ref"]
            assert ref.startswith("#/"), f"{self.path}: non-local $ref {ref!r}"
            node = self.doc
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
        raise AssertionError(f"{self.path}: $ref loop")

    def properties(self, schema: Any) -> dict[str, Any]:
        schema = self.deref(schema)
        if not isinstance(schema, dict):
            return {}
        props = dict(schema.get("properties") or {})
        for key in ("allOf", "anyOf", "oneOf"):
            for sub in schema.get(key) or []:
                props.update(self.properties(sub))
        return props

    def json_schema(self, owner: Any) -> Any:
        return self.deref(self.deref(owner)["content"]["application/json"]["schema"])

    def request_parameters(self) -> dict[str, tuple[dict[str, Any], bool]]:
        """name -> (schema, required) of the query parameters and JSON body members, Action/Version aside."""
        out = {}
        for p in self.op.get("parameters", []):
            p = self.deref(p)
            schema = self.deref(p.get("schema", {}))
            if p["name"] in ("Action", "Version") and "const" in schema:
                continue
            out[p["name"]] = (schema, bool(p.get("required", False)))
        if "requestBody" in self.op:
            body = self.json_schema(self.op["requestBody"])
            required = set(body.get("required", []))
            for name, s in self.properties(body).items():
                out[name] = (self.deref(s), name in required)
        return out

    def resolve(self, schema: Any, path: tuple[str, ...]) -> str | None:
        """None when the field path exists in the schema (a map takes any key), else what is missing."""
        for i, seg in enumerate(path):
            schema = self.deref(schema)
            if seg == "[]":
                if "items" not in schema:
                    return render_path(path[: i + 1])
                schema = schema["items"]
                continue
            props = self.properties(schema)
            if seg in props:
                schema = props[seg]
                continue
            extra = schema.get("additionalProperties")
            if not props and extra is not False:
                schema = extra if isinstance(extra, dict) else {}
                if not isinstance(extra, dict):
                    return None  # a free-form object takes anything below it
                continue
            return render_path(path[: i + 1])
        return None

    def examples(self, owner: Any) -> list[Any]:
        media = self.deref(owner)["content"]["application/json"]
        return [self.deref(ex)["value"] for ex in (media.get("examples") or {}).values()]


def _entries(page: Page, request: bool) -> list[Entry]:
    if request:
        known = {p for ex in page.request_examples for p in json_paths(ex)}
        rows, root = page.request_rows, ()
    else:
        known = {p for ex in page.response_examples for p in json_paths(ex)}
        rows, root = page.response_rows, page.response_root
    return build_entries(rows, root, lambda p: p in known, request=request)[0]


@pytest.fixture(scope="module", params=SAVED, ids=lambda s: s.id)
def saved(request: pytest.FixtureRequest) -> Saved:
    return request.param


@pytest.fixture(scope="module")
def page(saved: Saved) -> Page:
    return read_page(saved.page_file.read_text(encoding="utf-8"), str(saved.page_file))


@pytest.fixture(scope="module")
def spec(saved: Saved) -> Spec:
    return Spec(saved.spec_file, saved.operation_id)


# --------------------------------------------------------------------------------------------------------------


def test_every_operation_has_its_saved_page() -> None:
    """One page per operation: ``specs/snapshots/<spec stem>/<OperationId>.txt`` (a missing one fails)."""
    assert SAVED, "no saved documentation pages under specs/snapshots/"
    missing = []
    for spec_file in find_specs():
        for item in load_spec(spec_file).get("paths", {}).values():
            for method, operation in item.items():
                if method in METHODS:
                    page = SNAPSHOTS / spec_file.stem / f"{operation['operationId']}.txt"
                    if not page.is_file():
                        missing.append(str(page.relative_to(REPO_ROOT)))
    assert not missing, f"operations without their documentation page: {missing}"


def test_all_specs_validate() -> None:
    problems = validate_all(find_specs())
    assert not problems, "\n".join(map(str, problems))


def test_the_page_names_its_operation(saved: Saved, page: Page, spec: Spec) -> None:
    meta = spec.op.get("x-cloudmedia") or {}
    if page.action:
        assert page.action == meta.get("action") == saved.operation_id
    if page.version:
        assert page.version == str(spec.doc["info"]["version"])
    if page.path:
        assert page.path in spec.doc["paths"] and page.method and page.method.lower() in spec.doc["paths"][page.path]


def test_request_parameters_match_the_page(saved: Saved, page: Page, spec: Spec) -> None:
    declared = spec.request_parameters()
    failures = []
    entries = {e.path: e for e in _entries(page, request=True)}
    for path, e in entries.items():
        if len(path) != 1 or path[0] in ("Action", "Version"):
            continue
        name = path[0]
        if name not in declared:
            failures.append(f"{name}: on the page, not declared")
            continue
        schema, required = declared[name]
        if e.json_type and schema.get("type") != e.json_type and e.json_type not in (schema.get("type") or []):
            failures.append(f"{name}: type {schema.get('type')!r}, the page says {e.doc_type!r}")
        if e.required is not None and required != e.required:
            failures.append(f"{name}: required={required}, the page says required={e.required}")
        for keyword, value in e.limits.items():
            if keyword == "enum" and schema.get("type") == "array":
                continue
            have = schema.get(keyword)
            if have != value and not (isinstance(have, list) and sorted(map(str, have)) == sorted(map(str, value))):
                failures.append(f"{name}: {keyword}={have!r}, the page says {value!r}")
        item = entries.get((name, "[]"))
        if item is not None and item.json_type:
            item_schema = spec.deref(schema.get("items", {}))
            if item_schema.get("type") != item.json_type:
                failures.append(f"{name}: items type {item_schema.get('type')!r}, the page says {item.doc_type!r}")
            if "enum" in item.limits and sorted(map(str, item_schema.get("enum", []))) != sorted(
                map(str, item.limits["enum"])
            ):
                failures.append(
                    f"{name}: item values {item_schema.get('enum')!r}, the page says {item.limits['enum']!r}"
                )
    assert not failures, f"{saved.id}:\n" + "\n".join(failures)


def test_the_spec_requires_defaults_and_restricts_only_what_the_page_does(saved: Saved, page: Page, spec: Spec) -> None:
    """The client would refuse or send what the page does not document."""
    entries = {e.path[0]: e for e in _entries(page, request=True) if len(e.path) == 1}
    failures = []
    for name, (schema, required) in spec.request_parameters().items():
        e = entries.get(name)
        if required and e is None:
            failures.append(f"{name}: required, but not on the page")
        for keyword in ("default", "enum"):
            if keyword in schema and (e is None or keyword not in parse_limits(e.description, e.json_type)):
                failures.append(f"{name}: {keyword} {schema[keyword]!r} the page does not state")
    assert not failures, f"{saved.id}:\n" + "\n".join(failures)


def test_response_fields_of_the_page_are_in_the_spec(saved: Saved, page: Page, spec: Spec) -> None:
    schema = spec.json_schema(spec.op["responses"]["200"])
    paths = [e.path for e in _entries(page, request=False)]
    for example in page.response_examples:
        paths += list(json_paths(example))
    missing = sorted({render_path(p) for p in paths if spec.resolve(schema, p) is not None})
    assert not missing, f"{saved.id}: response fields on the page, missing in the spec:\n" + "\n".join(missing)
    assert paths, f"{saved.id}: the page shows no response field"


def test_json_examples_are_verbatim(saved: Saved, page: Page, spec: Spec) -> None:
    assert page.response_examples, f"{saved.id}: the page shows no response example"
    embedded = spec.examples(spec.op["responses"]["200"])
    # same values, key order and JSON types (1 vs 1.0, "1" vs 1)
    assert [json.dumps(v, ensure_ascii=False) for v in embedded[: len(page.response_examples)]] == [
        json.dumps(v, ensure_ascii=False) for v in page.response_examples
    ]
    if page.request_examples:
        embedded = spec.examples(spec.op["requestBody"])
        assert [json.dumps(v, ensure_ascii=False) for v in embedded[: len(page.request_examples)]] == [
            json.dumps(v, ensure_ascii=False) for v in page.request_examples
        ]


def test_documented_error_codes_are_declared(saved: Saved, page: Page, spec: Spec) -> None:
    """The page's error table, when it has one (a page that only links to a global list leaves the spec free)."""
    declared = [(e["status"], e["code"]) for e in (spec.op.get("x-cloudmedia") or {}).get("errors", [])]
    if page.errors is not None:
        assert declared == [(e.status, e.code) for e in page.errors]
    for status, _ in declared:
        assert str(status) in spec.op["responses"], f"{saved.id}: documented status {status} has no response"
