"""Shared test setup: the repository root, and ``scripts/`` on sys.path so tests can import ``specdev``."""

import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]

if str(REPO_ROOT / "scripts") not in sys.path:
    sys.path.insert(0, str(REPO_ROOT / "scripts"))
