#!/usr/bin/env python3
"""Validate the OpenAPI specs: OpenAPI 3.1, embedded examples and the convention of specs/CONVENTION.md.

Usage: python scripts/validate_specs.py [SPEC ...]   (default: every spec under specs/, without snapshots)

Prints one problem per line (``file#pointer: message``), then ``N spec(s) OK`` or ``N problem(s)``.
Exit status: 0 when every spec is fine, 1 otherwise (2 on bad command-line usage).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from specdev.loader import find_specs
from specdev.validate import validate_all


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="validate_specs.py",
        description="Validate the OpenAPI specs against OpenAPI 3.1 and the project convention.",
    )
    parser.add_argument("specs", nargs="*", type=Path, metavar="SPEC", help="spec files (default: all specs)")
    args = parser.parse_args(argv)

    paths = args.specs or find_specs()
    if not paths:
        print("no specs found", file=sys.stderr)
        return 1
    problems = validate_all(paths)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s)")
        return 1
    print(f"{len(paths)} spec(s) OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
