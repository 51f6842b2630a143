"""Helpers of the docsync tests: repository copies, running their generated clients, stripping operations."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
DOCREPO = Path(__file__).resolve().parent / "fixtures" / "docrepo"
if str(REPO / "scripts") not in sys.path:
    sys.path.insert(0, str(REPO / "scripts"))

from specdev.docsync.yamlio import dump, load

PY = sys.executable
IGNORE = shutil.ignore_patterns("__pycache__", ".regenerate.lock", ".mypy_cache", ".ruff_cache")

# Runs code against the generated package of a repository copy: the editable install maps ``cloudmedia`` to
# this worktree's generated/; the copy's own generated/ takes its place (the hand-written runtime is the same).
_BOOT = """
import sys
finder = next(m for n, m in sys.modules.items() if n.startswith("__editable___cloudmedia") and hasattr(m, "MAPPING"))
finder.MAPPING["cloudmedia"] = sys.argv.pop(1)
"""

CREDENTIALS = {
    "ALIBABA_CLOUD_ACCESS_KEY_ID": "LTAI5tDocsyncTestKey",
    "ALIBABA_CLOUD_ACCESS_KEY_SECRET": "docsync-test-secret",
    "VOLCENGINE_ACCESS_KEY": "AKLTdocsynctestkey",
    "VOLCENGINE_SECRET_KEY": "docsync-test-secret",
    "CLOUDMEDIA_PDS_ACCESS_TOKEN": "",
}


def make_repo(target: Path) -> Path:
    """A copy of the repository whose specs and pages are the fixtures', its generated/ regenerated from them."""
    target.mkdir(parents=True, exist_ok=True)
    for name in ("scripts", "overlays", "generated"):
        shutil.copytree(REPO / name, target / name, ignore=IGNORE)
    shutil.copy2(REPO / "pyproject.toml", target / "pyproject.toml")
    shutil.copytree(DOCREPO / "specs", target / "specs")
    script(target, "regenerate.py", check=True)
    return target


def copy_repo(baseline: Path, target: Path) -> Path:
    shutil.copytree(baseline, target, ignore=IGNORE)
    return target


def script(repo: Path, name: str, *args: str, check: bool = False) -> subprocess.CompletedProcess[str]:
    """``python scripts/<name> ARGS`` run in (and on) the repository copy."""
    proc = subprocess.run(
        [PY, str(repo / "scripts" / name), *args], cwd=repo, capture_output=True, text=True, timeout=300, check=False
    )
    if check and proc.returncode != 0:
        raise AssertionError(f"{name} {args}: exit {proc.returncode}\n{proc.stdout}\n{proc.stderr}")
    return proc


def python(repo: Path, code: str, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``code`` with ``cloudmedia`` imported from the copy's generated/."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("ALIBABA_", "VOLC", "CLOUDMEDIA_"))}
    environment.update(CREDENTIALS)
    environment.update(env or {})
    return subprocess.run(
        [PY, "-c", _BOOT + code, str(repo / "generated" / "cloudmedia"), *args],
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
        check=False,
    )


def cli(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The ``cloudmedia`` command line of the copy."""
    return python(repo, "from cloudmedia.cli import main\nsys.exit(main(sys.argv[1:]))", *args)


VOLATILE_HEADERS = {
    "authorization",
    "x-acs-date",
    "x-acs-signature-nonce",
    "x-acs-content-sha256",
    "x-date",
    "x-content-sha256",
    "date",
    "x-acs-signature-version",
    "user-agent",
}
VOLATILE_QUERY = {"Signature", "SignatureNonce", "Timestamp"}


def wire(record: dict[str, Any]) -> dict[str, Any]:
    """A dry-run record without what changes from one signing to the next (date, nonce, signature)."""
    import httpx

    url = httpx.URL(record["url"])
    query = [(k, v) for k, v in url.params.multi_items() if k not in VOLATILE_QUERY]
    headers = {k.lower(): v for k, v in record["headers"].items() if k.lower() not in VOLATILE_HEADERS}
    return {
        "method": record["method"],
        "path": url.raw_path.split(b"?")[0].decode(),
        "query": query,
        "headers": headers,
        "body": record["body"],
    }


def dry_run(repo: Path, *args: str) -> dict[str, Any]:
    proc = cli(repo, "--endpoint-url", "http://127.0.0.1:9", "--dry-run", *args)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return wire(json.loads(proc.stdout))


def _refs(node: Any, out: set[tuple[str, str]]) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            _, _, section, name = ref.split("/", 3)
            out.add((section, name))
        for v in node.values():
            _refs(v, out)
    elif isinstance(node, list):
        for v in node:
            _refs(v, out)


def strip_operation(spec: Path, operation_id: str) -> None:
    """Remove an operation from a spec file, and every component only it used."""
    doc = load(spec.read_text(encoding="utf-8"))
    for key in list(doc["paths"]):
        for method in list(doc["paths"][key]):
            if doc["paths"][key][method].get("operationId") == operation_id:
                del doc["paths"][key][method]
        if not doc["paths"][key]:
            del doc["paths"][key]
    used: set[tuple[str, str]] = set()
    todo: set[tuple[str, str]] = set()
    _refs(doc["paths"], todo)
    while todo:
        item = todo.pop()
        if item in used:
            continue
        used.add(item)
        more: set[tuple[str, str]] = set()
        _refs(doc["components"][item[0]][item[1]], more)
        todo |= more - used
    for section in list(doc.get("components") or {}):
        for name in list(doc["components"][section]):
            if (section, name) not in used:
                del doc["components"][section][name]
        if not doc["components"][section]:
            del doc["components"][section]
    spec.write_text(dump(doc), encoding="utf-8")
