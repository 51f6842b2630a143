"""The project's virtual environment: created and kept in step with pyproject.toml on demand.

``scripts/test.py`` and ``scripts/tour.py`` call :func:`ensure` first, so on a fresh machine with only
Python 3.11 and pip each of them installs what it needs itself (into ``.venv``) and then re-runs
itself inside it. The maintainer commands need the ``dev`` extra (the generator toolchain, the spec
validators): ``python3 scripts/devenv.py dev`` installs it (``scripts/test.py`` already has).
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


def _covered(extras: str) -> set[str]:
    """The extras installing ``cloudmedia[extras]`` brings along (``test`` includes ``dev`` and ``oracle``)."""
    import tomllib

    optional = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    seen: set[str] = set()
    todo = [extras] if extras else []
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        for requirement in optional.get(name, ()):
            if requirement.startswith("cloudmedia["):
                todo += requirement[len("cloudmedia[") : requirement.index("]")].split(",")
    return seen


def _installed(extras: str) -> bool:
    """Whether ``.venv`` holds ``cloudmedia[extras]`` for the current pyproject.toml (or an extra including it)."""
    for stamp_file in VENV_DIR.glob(".cloudmedia-installed-*"):
        installed = stamp_file.name.removeprefix(".cloudmedia-installed-")
        installed = "" if installed == "base" else installed
        if (extras in _covered(installed) or not extras) and stamp_file.read_text().strip() == _stamp(installed):
            return True
    return False


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
    if not _installed(extras):
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


def main(argv: Sequence[str]) -> int:
    """``python3 scripts/devenv.py [EXTRAS]``: create or update ``.venv`` with ``cloudmedia[EXTRAS]``.

    ``dev`` is what the maintainer commands (regenerate, validate_specs, docdiff) need; ``test`` adds the
    test tools and the official SDKs (what ``scripts/test.py`` installs itself).
    """
    extras = argv[1] if len(argv) > 1 else "dev"
    if extras in ("-h", "--help"):
        print(main.__doc__)
        return 0
    ensure(extras, [str(Path(__file__).resolve()), extras])  # returns inside the up-to-date .venv
    print(f".venv is ready with cloudmedia[{extras}]: run the commands with .venv/bin/python", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
