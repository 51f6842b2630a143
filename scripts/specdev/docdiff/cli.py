"""``python scripts/docdiff.py PAGE [--spec SPEC] [--json] [--verbose]``; exit 0 no drift, 1 drift, 2 unreadable."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from specdev.loader import REPO_ROOT

from .diff import Report, compare
from .readers import PageError, read_page
from .report import render_json, render_text
from .spec import SpecError, find_operation, snapshot_for

__all__ = ["main", "run"]

EXIT_OK, EXIT_DRIFT, EXIT_UNREADABLE = 0, 1, 2


def _label(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(REPO_ROOT))
    except ValueError:
        return str(path)


def run(
    page_path: Path | str,
    spec: Path | str | None = None,
    snapshot: Path | str | None = None,
    use_snapshot: bool = True,
    root: Path | None = None,
) -> Report:
    """Read the page, find its spec and snapshot, compare. Raises ``PageError`` / ``SpecError``."""
    page_path = Path(page_path)
    try:
        text = page_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PageError(f"cannot read {page_path}: {exc}") from exc
    page = read_page(text, _label(page_path))
    op = find_operation(page, Path(spec) if spec is not None else None, root)
    if snapshot is not None:
        snap_path: Path | None = Path(snapshot)
    else:
        snap_path = snapshot_for(op.file, op.operation_id) if use_snapshot else None
    snap_page = None
    if snap_path is not None and use_snapshot:
        try:
            snap_page = read_page(snap_path.read_text(encoding="utf-8"), _label(snap_path))
        except (OSError, UnicodeDecodeError, PageError) as exc:
            raise SpecError(f"the snapshot {snap_path} cannot be read: {exc}") from exc
    snap_label = _label(snap_path) if snap_path is not None and snap_page is not None else None
    return compare(page, op, snap_page, spec_label=_label(op.file), snapshot_label=snap_label)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="docdiff",
        description="Compare saved vendor API reference pages with the specs of their operations.",
        epilog="Exit status: 0 no drift, 1 drift, 2 a page (or its spec) cannot be read (the worst page decides).",
    )
    parser.add_argument("pages", type=Path, nargs="+", metavar="PAGE", help="saved pages (plain text)")
    parser.add_argument("--spec", type=Path, help="the spec to compare with (default: found by operation)")
    parser.add_argument(
        "--snapshot",
        type=Path,
        help="the page the spec was written from (default: specs/snapshots/<spec stem>/<OperationId>.txt)",
    )
    parser.add_argument("--no-snapshot", action="store_true", help="ignore the snapshot")
    parser.add_argument("--root", type=Path, help="the repository whose specs/ is searched (default: this one)")
    parser.add_argument("--json", action="store_true", help="print a machine-readable report (one per page)")
    parser.add_argument("-v", "--verbose", action="store_true", help="also list spec-only items and notes")
    args = parser.parse_args(argv)
    if len(args.pages) > 1 and (args.spec or args.snapshot):
        parser.error("--spec and --snapshot take one page")
    status = EXIT_OK
    for page in args.pages:
        status = max(status, _one(page, args))
    return status


def _one(page: Path, args: argparse.Namespace) -> int:
    try:
        report = run(page, args.spec, args.snapshot, use_snapshot=not args.no_snapshot, root=args.root)
    except (PageError, SpecError) as exc:
        what = "cannot read the page" if isinstance(exc, PageError) else "cannot compare"
        print(f"docdiff: {page}: {what}: {exc}", file=sys.stderr)
        if args.json:
            print(json.dumps({"page": str(page), "error": str(exc), "readable": isinstance(exc, SpecError)}))
        return EXIT_UNREADABLE
    try:
        print(render_json(report) if args.json else render_text(report, verbose=args.verbose))
        sys.stdout.flush()
    except BrokenPipeError:  # ``docdiff ... | head``
        sys.stderr.close()
    return EXIT_DRIFT if report.drift else EXIT_OK
