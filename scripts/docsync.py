#!/usr/bin/env python3
"""Doc sync: write saved vendor documentation pages into the specs and regenerate the clients.

    python scripts/docsync.py PAGE [PAGE ...] [--dry-run] [--spec SPEC] [--product CODE] [--version V]

Exit status 0: applied; 1: the change fails validation, leaves drift or does not regenerate (nothing changed);
2: a page cannot be read or placed (nothing changed). See ``specdev.docsync``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from specdev.docsync.cli import main

if __name__ == "__main__":
    sys.exit(main())
