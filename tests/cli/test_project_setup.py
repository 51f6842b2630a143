"""What a fresh clone needs beyond the code: the licence the metadata names, and the one command that makes
the maintainer commands work after the README's set-up (the tour installs only the base package)."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MAINTAINER_SCRIPTS = ("regenerate.py", "validate_specs.py", "docdiff.py")


def test_license_file_is_the_apache_2_0_text_the_metadata_names():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["license"] == "Apache-2.0"
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "Apache License" in text and "Version 2.0, January 2004" in text
    assert "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION" in text
    assert "END OF TERMS AND CONDITIONS" in text and "APPENDIX: How to apply the Apache License" in text
    assert len(text.split()) > 1500  # the full text, not a pointer to it


def _third_party_imports(paths: list[Path]) -> set[str]:
    modules: set[str] = set()
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules.add(node.module.split(".")[0])
    local = {"specdev", "devenv", "cloudmedia"} | {p.stem for p in (ROOT / "scripts").glob("*.py")}
    return {m for m in modules if m not in sys.stdlib_module_names and m not in local}


def _requirement_names(requirements: list[str]) -> set[str]:
    return {re.split(r"[<>=!~\[; (]", r, maxsplit=1)[0].lower().replace("_", "-") for r in requirements}


def _with_dependencies(names: set[str]) -> set[str]:
    """The distributions installing ``names`` brings in (unconditional requirements, transitively)."""
    seen: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        try:
            requires = importlib.metadata.requires(name) or []
        except importlib.metadata.PackageNotFoundError:
            continue
        todo += _requirement_names([r for r in requires if "extra ==" not in r])
    return seen


def test_the_readme_names_the_command_that_installs_what_the_maintainer_commands_import():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    maintainers = readme.split("## Maintainers", 1)[1]
    first_command = re.search(r"```sh\n(.*?)\n", maintainers.split("### Changing a spec", 1)[1]).group(1)
    assert first_command.split("#")[0].split() == ["python3", "scripts/devenv.py", "dev"]

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    provided = _with_dependencies(_requirement_names(project["dependencies"] + project["optional-dependencies"]["dev"]))
    scripts = [p for p in (ROOT / "scripts").glob("*.py") if p.name not in ("test.py", "tour.py", "devenv.py")]
    assert {p.name for p in scripts} >= set(MAINTAINER_SCRIPTS)
    scripts += sorted((ROOT / "scripts" / "specdev").rglob("*.py"))
    distributions = importlib.metadata.packages_distributions()
    for module in sorted(_third_party_imports(scripts)):
        names = {d.lower().replace("_", "-") for d in distributions.get(module, [module])}
        assert names & provided, f"scripts import {module!r}, which cloudmedia[dev] does not install"


def test_devenv_knows_that_the_test_extra_includes_dev():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import devenv
    finally:
        sys.path.pop(0)
    assert {"dev", "oracle"} <= devenv._covered("test")
    assert devenv._covered("dev") == {"dev"}
