"""Render a ``Report`` for people (text) or programs (JSON)."""

from __future__ import annotations

import json
from typing import Any

from .diff import Change, Report

__all__ = ["render_json", "render_text"]

_SECTIONS = [
    ("Operation", ("operation-changed",)),
    (
        "Request parameters",
        (
            "parameter-added",
            "parameter-removed",
            "parameter-retyped",
            "parameter-now-required",
            "parameter-no-longer-required",
            "parameter-example-changed",
            "parameter-description-changed",
        ),
    ),
    ("Limits", ("limit-changed",)),
    (
        "Response fields",
        (
            "response-field-added",
            "response-field-removed",
            "response-field-retyped",
            "response-field-description-changed",
            "response-field-values-changed",
        ),
    ),
    ("Error codes", ("error-added", "error-removed", "error-changed")),
    ("Examples", ("example-changed",)),
]


def _value(v: Any) -> str:
    if v is None:
        return "(not stated)"
    return json.dumps(v, ensure_ascii=False, default=str)


def _line(c: Change) -> list[str]:
    d = c.detail
    k = c.kind
    if k == "operation-changed":
        return [f"~ {c.subject}: page {d['page']}, spec {d['spec']}"]
    if k == "parameter-added":
        req = {True: ", required", False: ", optional", None: ""}[d.get("required")]
        return [f"+ {c.subject} ({d['type']}{req}): on the page, not in the spec"]
    if k == "parameter-removed":
        return [f"- {c.subject} ({d['type']}): in the spec and the snapshot, gone from the page"]
    if k == "parameter-retyped":
        return [f"~ {c.subject}: page says {d['page_word']} ({d['page']}), spec has {d['spec']}"]
    if k == "parameter-now-required":
        return [f"! {c.subject}: required on the page, optional in the spec"]
    if k == "parameter-no-longer-required":
        return [f"! {c.subject}: optional on the page, required in the spec"]
    if k == "parameter-example-changed":
        return [f"~ {c.subject} example: page {_value(d['page'])}, spec {_value(d['spec'])}"]
    if k == "limit-changed":
        return [f"~ {c.subject} {d['limit']}: page {_value(d['page'])}, spec {_value(d['spec'])}"]
    if k == "response-field-added":
        where = " and ".join(d["sources"])
        only = " only" if d["sources"] == ["example"] else ""
        return [f"+ {c.subject}: on the page ({where}{only}), not in the spec"]
    if k == "response-field-removed":
        return [f"- {c.subject}: in the spec and the snapshot ({' and '.join(d['sources'])}), gone from the page"]
    if k == "response-field-retyped":
        return [f"~ {c.subject}: page says {d['page_word']} ({d['page']}), spec has {d['spec']}"]
    if k in ("parameter-description-changed", "response-field-description-changed"):
        return [f"~ {c.subject} description: page {_value(d['page'])}, snapshot {_value(d['snapshot'])}"]
    if k == "response-field-values-changed":
        return [f"~ {c.subject} allowed values: page {_value(d['page'])}, spec {_value(d['spec'])}"]
    if k == "error-added":
        return [f"+ {c.subject} ({d['status']}): on the page, not in the spec ({d['message']})"]
    if k == "error-removed":
        return [f"- {c.subject} ({d['status']}): in the spec, not on the page"]
    if k == "error-changed":
        return [f"~ {c.subject} status: page {d['status']['page']}, spec {d['status']['spec']}"]
    if k == "example-changed":
        return [f"~ {c.subject} example differs:", *(f"    {x}" for x in d["differences"])]
    return [f"? {k} {c.subject} {d}"]


def render_text(report: Report, verbose: bool = False) -> str:
    out = [f"page:     {report.page} ({report.layout} layout, {report.variant} tables)"]
    op = report.operation
    ident = op.get("action") or f"{op.get('method')} {op.get('path')}"
    out.append(f"operation: {ident}" + (f", version {op['version']}" if op.get("version") else ""))
    out.append(f"spec:     {report.spec}: {report.spec_operation}")
    out.append(f"snapshot: {report.snapshot or '(none)'}")
    counts = report.counts
    compared = (
        f"{counts.get('request_parameters', 0)} request parameters, "
        f"{counts.get('response_fields_table', 0)} response table rows, "
        f"{counts.get('response_fields_example', 0)} example field paths"
        + (f", {counts['error_codes']} error codes" if "error_codes" in counts else "")
    )
    if not report.changes:
        out.append(f"No drift ({compared}).")
    else:
        out.append(f"DRIFT: {len(report.changes)} change(s) ({compared}).")
        for title, kinds in _SECTIONS:
            lines = [ln for c in report.changes if c.kind in kinds for ln in _line(c)]
            if lines:
                out.append(f"  {title}:")
                out.extend(f"    {ln}" for ln in lines)
    if report.spec_only:
        if verbose:
            out.append(f"Spec-only (not on the snapshot page; not drift): {len(report.spec_only)}")
            for item in report.spec_only:
                extra = f" {item['limit']}={_value(item['spec'])}" if item["what"] == "limit" else ""
                out.append(f"    {item['what']}: {item['subject']}{extra}")
        else:
            out.append(
                f"{len(report.spec_only)} spec-only item(s) not on the snapshot page (not drift; --verbose lists them)."
            )
    if verbose:
        out.extend(f"note: {n}" for n in report.notes)
    elif report.notes:
        out.append(f"{len(report.notes)} note(s) (--verbose).")
    out.extend(f"warning: {w}" for w in report.warnings)
    return "\n".join(out)


def render_json(report: Report) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2, default=str)
