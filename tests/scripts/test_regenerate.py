"""The regeneration pipeline: reproducible output, a drift gate that fails, clear errors on bad specs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from specdev.generate import GENERATED_DIR, diff_trees

REPO_ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "cloudmedia"


def _copy_repo(dest: Path) -> Path:
    """A scratch copy of what regeneration reads and writes."""
    for name in ("specs", "overlays", "scripts", "generated"):
        shutil.copytree(
            REPO_ROOT / name,
            dest / name,
            ignore=shutil.ignore_patterns("__pycache__", ".regenerate.lock", "snapshots"),
        )
    return dest


def _run(repo: Path, *args: str, seed: str = "0") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    return subprocess.run(
        [sys.executable, str(repo / "scripts" / "regenerate.py"), *args],
        check=False,
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_regenerating_reproduces_generated_exactly(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = _run(REPO_ROOT, "--output", str(out), seed="12345")
    assert result.returncode == 0, result.stderr
    assert diff_trees(GENERATED_DIR / PACKAGE, out / PACKAGE) == []
    leftovers = [p for p in (out / PACKAGE).rglob("*") if p.name in {".ruff_cache", "__pycache__", ".mypy_cache"}]
    assert leftovers == []


def test_check_passes_on_the_committed_tree() -> None:
    result = _run(REPO_ROOT, "--check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "up to date" in result.stdout


def test_a_one_line_spec_change_fails_the_check_until_regenerated(tmp_path: Path) -> None:
    repo = _copy_repo(tmp_path)
    spec = repo / "specs" / "alibaba" / "vod-2017-03-21.yaml"
    text = spec.read_text(encoding="utf-8")
    marker = "The ID of the video."
    assert marker in text
    spec.write_text(text.replace(marker, "The ID of the video (changed).", 1), encoding="utf-8")

    drift = _run(repo, "--check")
    assert drift.returncode == 1
    assert "changed: vod/" in drift.stdout

    assert _run(repo).returncode == 0
    assert _run(repo, "--check").returncode == 0


def test_a_hand_edit_under_generated_fails_the_check(tmp_path: Path) -> None:
    repo = _copy_repo(tmp_path)
    target = repo / "generated" / PACKAGE / "imm" / "client.py"
    target.write_text(target.read_text(encoding="utf-8") + "# edited by hand\n", encoding="utf-8")
    (repo / "generated" / PACKAGE / "imm" / "extra.py").write_text("x = 1\n", encoding="utf-8")
    result = _run(repo, "--check")
    assert result.returncode == 1
    assert "changed: imm/client.py" in result.stdout
    assert "extra: imm/extra.py" in result.stdout


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("type: string", "type: strng", "vod-2017-03-21.yaml"),
        ('$ref: "#/components/schemas/AIImageInfo"', '$ref: "#/components/schemas/Missing"', "Missing"),
    ],
)
def test_a_malformed_spec_fails_with_a_message_naming_the_problem(
    tmp_path: Path, old: str, new: str, expected: str
) -> None:
    repo = _copy_repo(tmp_path)
    spec = repo / "specs" / "alibaba" / "vod-2017-03-21.yaml"
    text = spec.read_text(encoding="utf-8")
    assert old in text, old
    spec.write_text(text.replace(old, new, 1), encoding="utf-8")
    before = sorted(p.relative_to(repo) for p in (repo / "generated").rglob("*.py"))
    result = _run(repo)
    assert result.returncode == 2
    assert expected in result.stderr
    after = sorted(p.relative_to(repo) for p in (repo / "generated").rglob("*.py"))
    assert before == after, "a failed run must leave generated/ untouched"


def test_unknown_spec_name_is_an_error() -> None:
    result = _run(REPO_ROOT, "nosuchservice", "--output", "/nonexistent-never-written")
    assert result.returncode == 2
    assert "unknown spec" in result.stderr


def _snapshot(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.name != ".regenerate.lock"
    }


def test_regenerating_one_service_on_a_clean_tree_changes_nothing(tmp_path: Path) -> None:
    repo = _copy_repo(tmp_path)
    before = _snapshot(repo / "generated")
    result = _run(repo, "imm")
    assert result.returncode == 0, result.stderr
    assert _snapshot(repo / "generated") == before
    assert _run(repo, "--check").returncode == 0


def test_regenerating_one_service_after_a_spec_change_touches_only_that_service(tmp_path: Path) -> None:
    repo = _copy_repo(tmp_path)
    spec = repo / "specs" / "alibaba" / "imm-2020-09-30.yaml"
    text = spec.read_text(encoding="utf-8")
    marker = "The name of the project."
    assert marker in text
    spec.write_text(text.replace(marker, "The name of the IMM project.", 1), encoding="utf-8")
    before = _snapshot(repo / "generated")
    result = _run(repo, "imm")
    assert result.returncode == 0, result.stderr
    after = _snapshot(repo / "generated")
    changed = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    assert changed, "the spec change must reach the generated client"
    assert all(path.startswith(f"{PACKAGE}/imm/") for path in changed), changed
    assert _run(repo, "--check").returncode == 0


def test_every_generated_python_file_says_it_is_generated() -> None:
    unmarked = [
        p.relative_to(GENERATED_DIR).as_posix()
        for p in GENERATED_DIR.rglob("*.py")
        if "__pycache__" not in p.parts and not p.read_text(encoding="utf-8").startswith("# Generated by ")
    ]
    assert unmarked == []


def test_no_hand_written_module_is_repeated_under_generated() -> None:
    hand_written = {p.read_bytes() for p in (REPO_ROOT / "overlays").rglob("*.py") if "__pycache__" not in p.parts}
    repeated = [
        p.relative_to(GENERATED_DIR).as_posix()
        for p in GENERATED_DIR.rglob("*.py")
        if p.read_bytes().split(b"\n", 1)[-1] in hand_written
    ]
    assert repeated == []
