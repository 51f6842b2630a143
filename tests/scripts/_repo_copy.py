"""A scratch copy of the repository that can be changed, regenerated and run, as a maintainer would.

``copy_repo`` copies what regeneration, the package and the tests read; ``install`` lays the copy's package out as
``pyproject.toml`` maps it (``generated/cloudmedia`` plus each hand-written subpackage of ``overlays/``), the way a
non-editable install does; ``run`` runs Python against that layout in a subprocess (its ``cloudmedia`` comes first
on the path, ahead of the editable install of this checkout).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"

_IGNORE = shutil.ignore_patterns("__pycache__", ".regenerate.lock", ".pytest_cache", ".mypy_cache", ".ruff_cache")


def copy_repo(dest: Path, *, snapshots: bool = False, tests: bool = False) -> Path:
    """Copy specs/, overlays/, scripts/, generated/, pyproject.toml and README.md (and tests/ when asked)."""
    ignore = _IGNORE if snapshots else shutil.ignore_patterns("__pycache__", ".regenerate.lock", "snapshots")
    for name in ("specs", "overlays", "scripts", "generated", *(("tests",) if tests else ())):
        shutil.copytree(REPO_ROOT / name, dest / name, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copyfile(REPO_ROOT / name, dest / name)
    return dest


def regenerate(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(repo / "scripts" / "regenerate.py"), *args],
        check=False,
        cwd=repo,
        env=dict(os.environ, PYTHONHASHSEED="0"),
        capture_output=True,
        text=True,
        timeout=300,
    )


def install(repo: Path, site: Path) -> Path:
    """Lay out the copy's package under ``site`` as its pyproject.toml maps it; return ``site``."""
    config = tomllib.loads((repo / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    roots = config["packages"]["find"]["where"]
    mapped: dict[str, str] = config.get("package-dir", {})
    for root in roots:
        package = repo / root / "cloudmedia"
        if (package / "__init__.py").exists():
            shutil.copytree(package, site / "cloudmedia", ignore=_IGNORE, dirs_exist_ok=True)
    for name, source in mapped.items():
        shutil.copytree(repo / source, site.joinpath(*name.split(".")), ignore=_IGNORE, dirs_exist_ok=True)
    return site


def run(site: Path, *args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``python ARGS`` with the laid-out package first on the path."""
    environ = dict(os.environ, PYTHONPATH=str(site), PYTHONDONTWRITEBYTECODE="1", **(env or {}))
    return subprocess.run(
        [sys.executable, *args], check=False, cwd=cwd, env=environ, capture_output=True, text=True, timeout=600
    )


# ------------------------------------------------------------------------------------------------ spec edits


def load(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        document: dict[str, Any] = yaml.safe_load(handle)
    return document


def dump(path: Path, document: dict[str, Any]) -> None:
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")


def _refs(node: Any) -> set[str]:
    if isinstance(node, dict):
        found = {node["$ref"]} if isinstance(node.get("$ref"), str) else set()
        for value in node.values():
            found |= _refs(value)
        return found
    if isinstance(node, list):
        return set().union(*(_refs(v) for v in node)) if node else set()
    return set()


def _prune_components(document: dict[str, Any]) -> None:
    """Drop the components nothing reachable from the paths refers to any more."""
    reachable: set[str] = set()
    todo = _refs(document.get("paths", {}))
    while todo:
        ref = todo.pop()
        if ref in reachable or not ref.startswith("#/components/"):
            continue
        reachable.add(ref)
        kind, name = ref.split("/")[2:4]
        todo |= _refs(document["components"][kind][name])
    for kind, entries in document.get("components", {}).items():
        for name in [n for n in entries if f"#/components/{kind}/{n}" not in reachable]:
            del entries[name]


def remove_operation(spec: Path, operation: str) -> bool:
    """Remove an operation (and the components only it used) from a spec; False when it has no such operation."""
    document = load(spec)
    keys = [
        key
        for key, item in document["paths"].items()
        if any(isinstance(op, dict) and op.get("operationId") == operation for op in item.values())
    ]
    for key in keys:
        del document["paths"][key]
    if keys:
        _prune_components(document)
        dump(spec, document)
    return bool(keys)


def add_operation(spec: Path, fragment: Path) -> None:
    """Merge a fragment (``paths`` and ``components``) into a spec."""
    document, extra = load(spec), load(fragment)
    document["paths"].update(extra.get("paths", {}))
    for kind, entries in extra.get("components", {}).items():
        document.setdefault("components", {}).setdefault(kind, {}).update(entries)
    dump(spec, document)
