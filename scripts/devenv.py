"""The project's virtual environment: created and kept in step with pyproject.toml on demand.

``scripts/test.py`` and ``scripts/tour.py`` call :func:`ensure` first, so on a fresh machine with only
Python 3.11 and pip each of them installs what it needs itself (into ``.venv``) and then re-runs
itself inside it.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from collections.abc import Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
VENV_DIR = REPO_ROOT / ".venv"
VENV_PYTHON = VENV_DIR / "bin" / "python"


def _stamp(extras: str) -> str:
    digest = hashlib.sha256((REPO_ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    return digest[:16]


def _in_venv() -> bool:
    return Path(sys.prefix).resolve() == VENV_DIR.resolve()


def ensure(extras: str, argv: Sequence[str]) -> None:
    """Make sure ``.venv`` has ``cloudmedia[extras]`` installed (editable), then continue inside it.

    Returns only when already running in the up-to-date venv; otherwise re-executes the calling script
    with the venv's interpreter.
    """
    stamp_file = VENV_DIR / f".cloudmedia-installed-{extras or 'base'}"
    wanted = _stamp(extras)
    if not VENV_PYTHON.exists():
        print(f"creating {VENV_DIR.relative_to(REPO_ROOT)} ...", file=sys.stderr, flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV_DIR)
    if not stamp_file.exists() or stamp_file.read_text().strip() != wanted:
        target = f".[{extras}]" if extras else "."
        print(f"installing {target} into .venv (first run only) ...", file=sys.stderr, flush=True)
        subprocess.run(
            [str(VENV_PYTHON), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-e", target],
            cwd=REPO_ROOT,
            check=True,
        )
        stamp_file.write_text(wanted + "\n")
    if not _in_venv():
        os.execv(str(VENV_PYTHON), [str(VENV_PYTHON), *argv])
