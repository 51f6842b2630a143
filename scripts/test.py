#!/usr/bin/env python3
"""Run every check of the project: the README's test command (and what CI runs).

    python3 scripts/test.py            # everything
    python3 scripts/test.py -k imm     # extra arguments go to pytest

Installs what it needs into .venv on first use. Steps, in order (the first failure stops the run):
spec validation, the regeneration drift gate, ruff and mypy --strict over the package, ruff (lint and
format) and mypy --strict over scripts/, doc drift over the saved pages, then the pytest suite.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import devenv

devenv.ensure("test", sys.argv)

ROOT = devenv.REPO_ROOT
PY = sys.executable


def step(name: str, command: list[str]) -> None:
    print(f"\n=== {name}: {' '.join(command)}", flush=True)
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, check=False)
    print(
        f"--- {name}: {'ok' if result.returncode == 0 else f'FAILED (exit {result.returncode})'} "
        f"in {time.perf_counter() - started:.1f} s",
        flush=True,
    )
    if result.returncode != 0:
        sys.exit(result.returncode)


def main() -> None:
    pytest_args = sys.argv[1:]
    if not pytest_args:
        step("spec validation", [PY, "scripts/validate_specs.py"])
        step("regeneration drift gate", [PY, "scripts/regenerate.py", "--check"])
        step("ruff (generated)", [PY, "-m", "ruff", "check", "--no-cache", "--select", "F,I,UP", "generated"])
        packages = [
            "cloudmedia",
            *(
                f"cloudmedia.{p.name}"
                for p in sorted((ROOT / "overlays" / "cloudmedia").iterdir())
                if (p / "__init__.py").exists()
            ),
        ]
        step(
            "mypy --strict (package)",
            [PY, "-m", "mypy", "--strict", "--no-incremental", *(arg for name in packages for arg in ("-p", name))],
        )
        step("ruff check (scripts)", [PY, "-m", "ruff", "check", "--no-cache", "scripts"])
        step("ruff format --check (scripts)", [PY, "-m", "ruff", "format", "--check", "--no-cache", "scripts"])
        step("mypy --strict (scripts)", [PY, "-m", "mypy", "--strict", "--no-incremental", "scripts"])
        snapshots = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "specs" / "snapshots").glob("*/*.txt"))
        if not snapshots:
            sys.exit("no saved documentation pages under specs/snapshots/<spec stem>/<OperationId>.txt")
        step(f"doc drift ({len(snapshots)} saved pages)", [PY, "scripts/docdiff.py", *snapshots])
    step("pytest", [PY, "-m", "pytest", "-q", *pytest_args])


if __name__ == "__main__":
    main()
