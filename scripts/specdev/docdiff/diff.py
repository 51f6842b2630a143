"""Compare a page with the spec operation it documents (and the snapshot the spec was written from)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .readers import Page
from .spec import SchemaWalker, SpecOperation, SpecParam, schema_type
from .text import coerce_value, parse_limits
from .tree import Entry, Path, build_entries, json_paths, render_path

__all__ = ["Change", "Report", "compare", "listed_values"]

_MISSING = object()


@dataclass
class Change:
    kind: str
    subject: str
    detail: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "subject": self.subject, **self.detail}


@dataclass
class Report:
    page: str
    layout: str
    variant: str
    operation: dict[str, Any]
    spec: str
    spec_operation: str
    snapshot: str | None
    changes: list[Change] = field(default_factory=list)
    spec_only: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def drift(self) -> bool:
        return bool(self.changes)

    def kinds(self) -> list[tuple[str, str]]:
        return [(c.kind, c.subject) for c in self.changes]

    def to_dict(self) -> dict[str, Any]:
        return {
            "page": self.page,
            "layout": self.layout,
            "variant": self.variant,
            "operation": self.operation,
            "spec": self.spec,
            "spec_operation": self.spec_operation,
            "snapshot": self.snapshot,
            "drift": self.drift,
            "changes": [c.to_dict() for c in self.changes],
            "spec_only": self.spec_only,
            "notes": self.notes,
            "warnings": self.warnings,
            "counts": self.counts,
        }


# ----------------------------------------------------------------------------------------------- values


def same(a: Any, b: Any) -> bool:
    """JSON equality that keeps ``true`` and ``1`` apart."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, int | float) and isinstance(b, int | float):
        return a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and a == b


def text_of(value: Any) -> str:
    """A value as a page would print it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value).strip()


def _same_limit(page: Any, spec: Any) -> bool:
    if isinstance(page, list) and isinstance(spec, list):
        return sorted(map(text_of, page)) == sorted(map(text_of, spec))
    return text_of(page) == text_of(spec) and isinstance(spec, bool) == isinstance(page, bool)


def json_differences(page: Any, spec: Any, path: str = "", limit: int = 20) -> list[str]:
    out: list[str] = []

    def walk(a: Any, b: Any, where: str) -> None:
        if len(out) >= limit:
            return
        if isinstance(a, dict) and isinstance(b, dict):
            for k in a:
                if k not in b:
                    out.append(f"{where}{'.' if where else ''}{k}: only on the page")
                else:
                    walk(a[k], b[k], f"{where}{'.' if where else ''}{k}")
            for k in b:
                if k not in a:
                    out.append(f"{where}{'.' if where else ''}{k}: only in the spec")
            return
        if isinstance(a, list) and isinstance(b, list):
            if len(a) != len(b):
                out.append(f"{where}: {len(a)} items on the page, {len(b)} in the spec")
            for i, (x, y) in enumerate(zip(a, b, strict=False)):
                walk(x, y, f"{where}[{i}]")
            return
        if not same(a, b):
            out.append(
                f"{where or '(value)'}: page {json.dumps(a, ensure_ascii=False)}, "
                f"spec {json.dumps(b, ensure_ascii=False, default=str)}"
            )

    walk(page, spec, path)
    return out


def _words(text: str) -> str:
    """A description as its words: line breaks, bullets and spacing do not count."""
    return " ".join(text.replace("•", " ").replace("·", " ").split())


def listed_values(description: str) -> list[Any]:
    """The allowed values a response field's description lists (``Valid values: gif and png``)."""
    return list(parse_limits(description, "string").get("enum") or [])


def _topmost(paths: Iterable[Path]) -> list[Path]:
    """Drop paths whose ancestor is in the set too."""
    chosen = set(paths)
    return [p for p in paths if not any(p[:i] in chosen for i in range(1, len(p)))]


# ------------------------------------------------------------------------------------------- parameters


def _page_params(
    page: Page, op: SpecOperation, spec_params: dict[Path, SpecParam]
) -> tuple[dict[Path, Entry], list[str]]:
    example_paths: set[Path] = set()
    for ex in page.request_examples:
        example_paths |= set(json_paths(ex))
    entries, warnings = build_entries(
        page.request_rows, (), lambda p: p in spec_params or p in example_paths, request=True
    )
    protocol = op.protocol_params()
    return {e.path: e for e in entries if not (len(e.path) == 1 and e.path[0] in protocol)}, warnings


def _protocol_values(page: Page) -> dict[str, str]:
    """``Action`` / ``Version`` rows of a page (Volcengine lists them), by their example value."""
    return {r.name: r.example for r in page.request_rows if r.name in ("Action", "Version") and r.example}


def _example_matches(entry: Entry, sp: SpecParam, spec_params: dict[Path, SpecParam]) -> bool | None:
    """Whether the page's example is the spec's; None when there is nothing to compare."""
    page_ex = entry.example.strip()
    if not page_ex:
        return None
    if entry.json_type in ("integer", "number", "boolean") and isinstance(coerce_value(page_ex, entry.json_type), str):
        return None  # the page's example does not fit the type it states: nothing to compare
    if sp.has_example:
        spec_ex = sp.example
        if isinstance(spec_ex, list | dict):
            try:
                if same(json.loads(page_ex), spec_ex):
                    return True
            except ValueError:
                pass
            return isinstance(spec_ex, list) and page_ex in [text_of(x) for x in spec_ex]
        return text_of(spec_ex) == page_ex
    if entry.item:  # an item's example is often only in the array parameter's example
        parent = spec_params.get(entry.path[:-1])
        if parent is not None and isinstance(parent.example, list):
            return page_ex in [text_of(x) for x in parent.example]
        return None
    return False


def _compare_params(page: Page, op: SpecOperation, snapshot: Page | None, report: Report) -> None:
    spec_params = op.request_params()
    page_params, warnings = _page_params(page, op, spec_params)
    report.warnings.extend(warnings)
    snap_params = _page_params(snapshot, op, spec_params)[0] if snapshot is not None else None
    report.counts["request_parameters"] = sum(1 for e in page_params.values() if not e.item)

    added = _topmost([p for p, e in page_params.items() if p not in spec_params and not e.item])
    for path in added:
        e = page_params[path]
        report.changes.append(
            Change("parameter-added", render_path(path), {"type": e.json_type or e.doc_type, "required": e.required})
        )
    missing = _topmost([p for p, sp in spec_params.items() if p not in page_params and not sp.item])
    for path in missing:
        sp = spec_params[path]
        if snap_params is not None and path in snap_params:
            report.changes.append(Change("parameter-removed", render_path(path), {"type": sp.type}))
        else:
            report.spec_only.append({"what": "parameter", "subject": render_path(path), "type": sp.type})

    for path, e in page_params.items():
        found = spec_params.get(path)
        if found is None:
            continue
        sp = found
        subject = render_path(path)
        if e.json_type is None:
            report.warnings.append(f"{subject}: type word {e.doc_type!r} not understood")
        elif sp.type is not None and e.json_type != sp.type:
            report.changes.append(
                Change("parameter-retyped", subject, {"page": e.json_type, "spec": sp.type, "page_word": e.doc_type})
            )
        if not e.item and e.required is not None and sp.required is not None and e.required != sp.required:
            kind = "parameter-now-required" if e.required else "parameter-no-longer-required"
            report.changes.append(Change(kind, subject, {"page": e.required, "spec": sp.required}))
        snap_entry = snap_params.get(path) if snap_params is not None else None
        for key in sorted(set(e.limits) | set(sp.limits)):
            pv, sv = e.limits.get(key, _MISSING), sp.limits.get(key, _MISSING)
            if pv is not _MISSING and sv is not _MISSING and _same_limit(pv, sv):
                continue
            if pv is _MISSING and not (snap_entry is not None and key in snap_entry.limits):
                report.spec_only.append({"what": "limit", "subject": subject, "limit": key, "spec": sv})
                continue
            report.changes.append(
                Change(
                    "limit-changed",
                    subject,
                    {
                        "limit": key,
                        "page": None if pv is _MISSING else pv,
                        "spec": None if sv is _MISSING else sv,
                    },
                )
            )
        if snap_entry is not None and _words(snap_entry.description) != _words(e.description):
            report.changes.append(
                Change(
                    "parameter-description-changed",
                    subject,
                    {"page": _words(e.description), "snapshot": _words(snap_entry.description)},
                )
            )
        match = _example_matches(e, sp, spec_params)
        if match is False:
            report.changes.append(
                Change(
                    "parameter-example-changed",
                    subject,
                    {
                        "page": e.example,
                        "spec": sp.example if sp.has_example else None,
                    },
                )
            )


# ---------------------------------------------------------------------------------------------- response


@dataclass
class _Fields:
    present: dict[Path, set[str]]  # canonical spec path -> sources on the page
    added: dict[Path, set[str]]  # page path (not in the spec) -> sources
    retyped: list[tuple[Path, str, str, str]]
    table: int
    example: int
    entries: dict[Path, Entry] = field(default_factory=dict)  # page path -> table row
    canonical: dict[Path, Path] = field(default_factory=dict)  # page path -> spec path


def _page_fields(page: Page, walker: SchemaWalker) -> tuple[_Fields, list[str]]:
    example_paths: dict[Path, str] = {}
    for ex in page.response_examples:
        for p, t in json_paths(ex).items():
            example_paths.setdefault(p, t)
    entries, warnings = build_entries(
        page.response_rows,
        page.response_root,
        lambda p: p in example_paths or walker.lookup(p) is not None,
        request=False,
    )
    sources: dict[Path, set[str]] = {}
    by_path: dict[Path, Entry] = {}
    for e in entries:
        sources.setdefault(e.path, set()).add("table")
        by_path[e.path] = e
    for p in example_paths:
        sources.setdefault(p, set()).add("example")
    result = _Fields({}, {}, [], len(entries), len(example_paths), by_path)
    for p, src in sources.items():
        found = walker.lookup(p)
        if found is None:
            result.added[p] = src
            continue
        result.canonical[p] = found[0]
        result.present.setdefault(found[0], set()).update(src)
        entry = by_path.get(p)
        spec_type = schema_type(found[1]) if found[1] else None
        if entry is not None and entry.json_type and spec_type and entry.json_type != spec_type:
            result.retyped.append((p, entry.json_type, spec_type, entry.doc_type))
    return result, warnings


def _compare_response(page: Page, op: SpecOperation, snapshot: Page | None, report: Report) -> None:
    schema = op.response_schema()
    if schema is None:
        report.warnings.append("the spec operation declares no JSON success response; response fields not compared")
        return
    walker = SchemaWalker(op, schema)
    fields, warnings = _page_fields(page, walker)
    report.warnings.extend(warnings)
    report.counts["response_fields_table"] = fields.table
    report.counts["response_fields_example"] = fields.example
    for path in _topmost(fields.added):
        report.changes.append(
            Change(
                "response-field-added",
                render_path(path),
                {
                    "sources": sorted(fields.added[path]),
                },
            )
        )
    for path, page_type, spec_type, word in fields.retyped:
        report.changes.append(
            Change(
                "response-field-retyped",
                render_path(path),
                {
                    "page": page_type,
                    "spec": spec_type,
                    "page_word": word,
                },
            )
        )
    snap_fields = _page_fields(snapshot, walker)[0] if snapshot is not None else None
    for path, entry in fields.entries.items():
        if path not in fields.canonical or entry.item and not entry.description:
            continue
        subject = render_path(path)
        snap_entry = snap_fields.entries.get(path) if snap_fields is not None else None
        if snap_entry is not None and _words(snap_entry.description) != _words(entry.description):
            report.changes.append(
                Change(
                    "response-field-description-changed",
                    subject,
                    {"page": _words(entry.description), "snapshot": _words(snap_entry.description)},
                )
            )
        found = walker.lookup(path)
        spec_description = str((found[1] if found else {}).get("description") or "")
        page_values = listed_values(entry.description)
        spec_values = listed_values(spec_description)
        if page_values and sorted(map(str, page_values)) != sorted(map(str, spec_values)):
            report.changes.append(
                Change("response-field-values-changed", subject, {"page": page_values, "spec": spec_values})
            )
    origin = snap_fields.present if snap_fields is not None else fields.present
    for path in _topmost([p for p in origin if p not in fields.present]):
        report.changes.append(Change("response-field-removed", render_path(path), {"sources": sorted(origin[path])}))
    spec_only = [p for p in walker.all_paths() if p not in origin]
    report.spec_only.extend({"what": "response-field", "subject": render_path(p)} for p in _topmost(spec_only))


# ------------------------------------------------------------------------------------------------ errors


def _compare_errors(page: Page, op: SpecOperation, snapshot: Page | None, report: Report) -> None:
    page_errors = page.errors
    if page_errors is None and snapshot is not None and snapshot.errors:
        page_errors = []  # the page dropped the error table the spec was written from
    spec_errors = {str(e.get("code")): e for e in op.errors}
    if page_errors is None:
        report.spec_only.extend({"what": "error", "subject": code} for code in spec_errors)
        return
    report.counts["error_codes"] = len(page_errors)
    seen = set()
    for err in page_errors:
        seen.add(err.code)
        spec = spec_errors.get(err.code)
        if spec is None:
            report.changes.append(Change("error-added", err.code, {"status": err.status, "message": err.message}))
            continue
        if err.status is not None and spec.get("status") is not None and int(spec["status"]) != err.status:
            report.changes.append(
                Change("error-changed", err.code, {"status": {"page": err.status, "spec": spec["status"]}})
            )
        if " ".join(err.message.split()) != " ".join(str(spec.get("message", "")).split()):
            report.notes.append(
                f"error {err.code}: message differs: page {err.message!r}, spec {spec.get('message')!r}"
            )
    for code, spec in spec_errors.items():
        if code not in seen:
            report.changes.append(Change("error-removed", code, {"status": spec.get("status")}))


# ---------------------------------------------------------------------------------------------- examples


def _compare_examples(which: str, page_examples: list[Any], spec_examples: list[Any], report: Report) -> None:
    if not page_examples:
        return
    if not spec_examples:
        report.changes.append(Change("example-changed", which, {"differences": ["the spec embeds no example"]}))
        return
    for i, value in enumerate(page_examples):
        if i >= len(spec_examples):
            report.changes.append(Change("example-changed", f"{which}#{i + 1}", {"differences": ["only on the page"]}))
            continue
        if not same(value, spec_examples[i]):
            subject = which if len(page_examples) == 1 else f"{which}#{i + 1}"
            report.changes.append(
                Change(
                    "example-changed",
                    subject,
                    {
                        "differences": json_differences(value, spec_examples[i]),
                    },
                )
            )


# ------------------------------------------------------------------------------------------------- main


def compare(
    page: Page,
    op: SpecOperation,
    snapshot: Page | None = None,
    *,
    spec_label: str | None = None,
    snapshot_label: str | None = None,
) -> Report:
    """The drift report of ``page`` against ``op``; ``snapshot`` is the page the spec was written from."""
    protocol = _protocol_values(page)
    report = Report(
        page=page.source,
        layout=page.layout,
        variant=page.variant,
        operation={
            k: v
            for k, v in {
                "action": page.action,
                "version": page.version or protocol.get("Version"),
                "method": page.method,
                "path": page.path,
                "product": page.product,
            }.items()
            if v
        },
        spec=spec_label or str(op.file),
        spec_operation=f"{op.action} ({op.label})",
        snapshot=snapshot_label,
    )
    report.warnings.extend(page.warnings)
    if snapshot is None:
        report.warnings.append(
            "no snapshot of the page the spec was written from: removed response fields, "
            "parameters and limits cannot be told from spec-only ones"
        )

    if page.action and op.action and page.action != op.action:
        report.changes.append(Change("operation-changed", "action", {"page": page.action, "spec": op.action}))
    version = page.version or protocol.get("Version")
    consts = op.protocol_params()
    spec_version = str(consts.get("Version", op.version)) if (consts.get("Version") or op.version) else None
    if version and spec_version and version != spec_version:
        report.changes.append(Change("operation-changed", "version", {"page": version, "spec": spec_version}))
    if page.method and page.method.upper() != op.method.upper():
        report.changes.append(Change("operation-changed", "method", {"page": page.method, "spec": op.method.upper()}))
    if page.path and page.path != op.key:
        report.changes.append(Change("operation-changed", "path", {"page": page.path, "spec": op.key}))

    _compare_params(page, op, snapshot, report)
    _compare_response(page, op, snapshot, report)
    _compare_errors(page, op, snapshot, report)
    _compare_examples("request", page.request_examples, op.request_examples(), report)
    _compare_examples("response", page.response_examples, op.response_examples(), report)
    return report
