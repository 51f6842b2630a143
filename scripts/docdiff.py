#!/usr/bin/env python3
"""Documentation drift: compare a saved vendor API reference page with the spec of its operation.

    python scripts/docdiff.py PAGE [--spec SPEC] [--json] [--verbose]

Exit status 0: no drift, 1: drift, 2: the page cannot be read (reason on stderr). See ``specdev.docdiff``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from specdev.docdiff.cli import main

if __name__ == "__main__":
    sys.exit(main())
