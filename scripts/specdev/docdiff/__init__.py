"""Documentation drift: compare a vendor's API reference page with the spec written from it.

``python scripts/docdiff.py PAGE [--spec SPEC] [--json] [--verbose]`` reads a saved page (plain text),
finds the operation it documents in ``specs/**/*.yaml`` (by action, or by method and path for ROA pages;
``specs/snapshots/`` is skipped) and reports what differs. Exit status: 0 no drift, 1 drift, 2 the page
cannot be read (unknown layout, unrelated or truncated page, no matching spec), with the reason on stderr.

Modules: ``readers`` (page layouts -> ``Page``), ``tree`` (table rows -> field paths), ``spec`` (operation
lookup, parameters, response schema), ``diff`` (the comparison, ``compare`` -> ``Report``), ``report``
(text and JSON), ``cli``.

What the page says
------------------
Operation (action / version / method / path), request parameters (name, type, required, limits parsed from
the description, example), response fields (table rows, with nesting inferred as ``tree`` explains, and
every field path of the JSON success examples), error codes (when the page has an error table) and the JSON
examples. Type words map to JSON schema: string; integer / long / int32 / int64 -> integer; float / double /
number -> number; boolean; object / map / a schema name such as ``File`` -> object; array, ``array<T>`` and
``Array of T`` -> array (item type compared through the item row).

The rule: what is drift
-----------------------
The spec may know more than the page: the convention adds the fields (and some parameters) the official SDK
models know, and request schemas may carry limits the page does not spell out. The saved page the spec was
written from, ``specs/snapshots/<spec stem>.txt``, tells the two apart. A spec item is *page-derived* if the
snapshot shows it; otherwise it is *spec-only*, listed with ``--verbose`` and in the JSON ``spec_only``
list, and never drift.

Drift is:

- anything the page shows that the spec lacks: a request parameter, a response field (from the table or only
  from the JSON example; nested additions are reported once, at the topmost new field), an error code, a
  limit;
- anything the page shows differently: parameter or response field type, required / optional (only when the
  page states it: Volcengine pages show the column as an icon, read as "not stated"), a limit value, an
  error code's HTTP status, a parameter example, a JSON example (deep comparison with the spec's
  ``examples: {doc: {value: ...}}``);
- anything page-derived that the page no longer shows: a request parameter, a response field, a limit,
  an error code (if the page drops its error table, all of them);
- the operation itself: a different action, API version, HTTP method or ROA path.

Request parameters are therefore compared exactly in both directions against the page-derived part of the
spec. Without a snapshot nothing in the spec is known to be page-derived, so removals cannot be detected;
the report warns. ``Action`` and ``Version`` parameters that the spec declares with ``const`` are the
protocol's: they are checked as the operation's action and version, not as parameters. Error messages that
differ only in wording are notes, not drift (clients key on codes). Pages whose error section only links to
a global list document no per-operation codes; the spec's are then listed as spec-only.
"""

from __future__ import annotations

from pathlib import Path

from .diff import Change, Report, compare
from .readers import Page, PageError, read_page
from .spec import SpecError, find_operation

__all__ = ["Change", "Page", "PageError", "Report", "SpecError", "compare", "find_operation", "read_page", "run"]


def run(
    page_path: Path | str,
    spec: Path | str | None = None,
    snapshot: Path | str | None = None,
    use_snapshot: bool = True,
    root: Path | None = None,
) -> Report:
    """``cli.run``: read a page, find its spec and snapshot, compare."""
    from .cli import run as _run

    return _run(page_path, spec, snapshot, use_snapshot, root)
