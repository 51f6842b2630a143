"""Every operation in ``specs/`` is listed where a user looks for it: the command line's help, the README's
operation table and the tour (which calls each one with its documented example)."""

from __future__ import annotations

import re
import runpy
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from _official_sdks import SpecOperation, spec_operations

REPO_ROOT = Path(__file__).resolve().parents[2]

OPERATIONS = spec_operations()
BY_PACKAGE: dict[str, list[SpecOperation]] = defaultdict(list)
for _op in OPERATIONS:
    BY_PACKAGE[_op.package].append(_op)


def _cli(*args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "cloudmedia.cli", *args], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_specs_have_operations() -> None:
    assert len(BY_PACKAGE) >= 5 and all(BY_PACKAGE.values())


def test_the_command_line_lists_every_service() -> None:
    text = _cli("--help")
    for package in BY_PACKAGE:
        assert re.search(rf"^\s+{package}\b", text, re.MULTILINE), (package, text)


@pytest.mark.parametrize("package", sorted(BY_PACKAGE))
def test_the_command_line_lists_every_operation(package: str) -> None:
    text = _cli(package, "--help")
    listed = text.split("operations:", 1)[1]
    for op in BY_PACKAGE[package]:
        command = op.model.python_name.replace("_", "-")
        assert re.search(rf"^\s+{re.escape(command)}\b", listed, re.MULTILINE), (command, listed)


def test_the_readme_operation_table_lists_every_operation() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    for package, ops in BY_PACKAGE.items():
        row = next(
            (line for line in readme.splitlines() if line.startswith(f"| `from cloudmedia.{package} import")), None
        )
        assert row is not None, f"the README's operation table has no row for {package}"
        for op in ops:
            assert re.search(rf"\b{op.name}\b", row), (op.name, row)


def test_the_tour_calls_every_operation(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import devenv

    monkeypatch.setattr(devenv, "ensure", lambda extras, argv: None)  # already running in the project's venv
    tour = runpy.run_path(str(REPO_ROOT / "scripts" / "tour.py"), run_name="tour")
    assert tour["main"]() == 0
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if "every operation" in line)
    assert line.startswith("ok ")
    for op in OPERATIONS:
        assert re.search(rf"\b{op.name}\b", line), (op.name, line)
