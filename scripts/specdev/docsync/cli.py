"""``python scripts/docsync.py PAGE [PAGE ...]``: see ``specdev.docsync``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from specdev.loader import REPO_ROOT

from .sync import PageProblem, SyncError, _rel, sync

__all__ = ["EXIT_FAILED", "EXIT_OK", "EXIT_UNREADABLE", "main"]

EXIT_OK, EXIT_FAILED, EXIT_UNREADABLE = 0, 1, 2


def main(argv: list[str] | None = None, root: Path = REPO_ROOT) -> int:
    parser = argparse.ArgumentParser(
        prog="docsync",
        description=(
            "Write saved vendor documentation pages into the specs (drift of an operation a spec has, or a new "
            "operation drafted into its product's spec), validate, regenerate the clients and keep each page "
            "as its operation's snapshot."
        ),
        epilog=(
            "Exit status: 0 applied (or nothing to change); 1 the change fails validation, leaves drift or does not "
            "regenerate (nothing is changed); 2 a page cannot be read or placed (nothing is changed)."
        ),
    )
    parser.add_argument(
        "pages", type=Path, nargs="+", metavar="PAGE", help="saved pages (plain text), applied together"
    )
    parser.add_argument("--dry-run", action="store_true", help="print the YAML diff; write nothing")
    parser.add_argument("--spec", type=Path, help="the spec the pages belong to (default: found from each page)")
    parser.add_argument("--product", help="product code for a page of a product no spec has (e.g. imm)")
    parser.add_argument("--version", help="API version for a page that does not state it (e.g. 2020-09-30)")
    parser.add_argument("--no-regenerate", action="store_true", help="write the specs and snapshots only")
    args = parser.parse_args(argv)
    try:
        result = sync(
            args.pages,
            root,
            spec=args.spec,
            product=args.product,
            version=args.version,
            dry_run=args.dry_run,
            regenerate=not (args.no_regenerate or args.dry_run),
        )
    except PageProblem as exc:
        print(f"docsync: {exc}", file=sys.stderr)
        print("docsync: nothing changed", file=sys.stderr)
        return EXIT_UNREADABLE
    except SyncError as exc:
        print(f"docsync: {exc}", file=sys.stderr)
        print("docsync: nothing changed", file=sys.stderr)
        return EXIT_FAILED
    out: list[str] = []
    for sp in result.plans:
        changed = sp.new_text != (sp.old_text or "")
        rel = _rel(sp.file, root)
        out.append(f"{rel}: {'changed' if changed else 'no change'}")
        out.extend(f"  {a}" for a in sp.actions)
        for snap in sp.snapshots:
            out.append(f"  snapshot {_rel(snap, root)}{' (would be written)' if args.dry_run else ''}")
        if sp.check:
            out.append("  check by hand:")
            out.extend(f"    - {c}" for c in dict.fromkeys(sp.check))
        if args.dry_run and changed:
            out.append(sp.diff(root).rstrip("\n"))
    if args.dry_run:
        out.append("dry run: nothing written")
    elif result.regenerated:
        out.append(f"regenerated: {', '.join(result.regenerated)}")
    out.append("next: review the diff (git diff), then run the tests (python3 scripts/test.py)")
    print("\n".join(out))
    return EXIT_OK
