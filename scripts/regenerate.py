#!/usr/bin/env python3
"""Regenerate the clients in generated/ from specs/ and overlays/.

    python scripts/regenerate.py            # every spec
    python scripts/regenerate.py imm pds    # only these packages (or spec file stems)
    python scripts/regenerate.py --check    # regenerate into a temporary directory; exit 1 listing drift

Specs are validated first; any generator warning fails the run. Exit codes: 0 ok, 1 drift (--check),
2 the specs or overlays cannot be generated (the message names the problem).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from specdev.generate import GENERATED_DIR, GenerationError, check, regenerate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("specs", nargs="*", help="packages or spec file stems to regenerate (default: all)")
    parser.add_argument("--check", action="store_true", help="fail listing every file that differs from generated/")
    parser.add_argument("--output", type=Path, default=GENERATED_DIR, help="output directory (default: generated/)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        if args.check:
            if args.specs:
                parser.error("--check always checks every spec")
            drift = check(output=args.output)
            if drift:
                print(f"generated/ is out of date ({len(drift)} file(s)); run: python scripts/regenerate.py")
                for line in drift:
                    print(f"  {line}")
                return 1
            print(f"generated/ is up to date ({time.perf_counter() - started:.1f} s)")
            return 0
        built = regenerate(args.specs or None, output=args.output)
    except GenerationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"regenerated {', '.join(built)} in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
