"""Load the hand-written OpenAPI specs and find them in the repository.

PyYAML silently keeps the last of two equal mapping keys (two operations under the same path key, two
``properties`` blocks, ...), which hides whole parts of a spec from every later tool. ``load_spec`` fails
on them instead, naming the file, the line and the key. Only PyYAML is needed, so the regeneration script
can import this module too.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

__all__ = [
    "REPO_ROOT",
    "SPECS_DIR",
    "DuplicateKeyError",
    "SpecLoadError",
    "find_specs",
    "load_spec",
    "to_pointer",
]

REPO_ROOT = Path(__file__).resolve().parents[2]
SPECS_DIR = REPO_ROOT / "specs"

_MERGE_TAG = "tag:yaml.org,2002:merge"


class SpecLoadError(ValueError):
    """A spec file could not be read or parsed."""

    def __init__(self, file: Path | str, message: str, line: int | None = None, pointer: str = "") -> None:
        self.file = str(file)
        self.line = line
        self.pointer = pointer
        self.reason = message
        where = f"{self.file}:{line}" if line is not None else self.file
        super().__init__(f"{where}: {message}")


class DuplicateKeyError(SpecLoadError):
    """A YAML mapping repeats a key."""

    def __init__(self, file: Path | str, line: int, key: Any, pointer: str, first_line: int) -> None:
        self.key = key
        self.first_line = first_line
        super().__init__(
            file,
            f"duplicate key {key!r} (first defined on line {first_line})",
            line=line,
            pointer=pointer,
        )


def to_pointer(parts: Iterable[Any]) -> str:
    """JSON pointer (RFC 6901) for a sequence of keys and indexes; ``[]`` gives ``""`` (the whole document)."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


# libyaml's parser when PyYAML has it: the same documents, about ten times faster.
_SafeLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _SpecLoader(_SafeLoader):  # type: ignore[misc]
    """SafeLoader that rejects duplicate mapping keys before constructing the document."""

    file: str = "<spec>"

    def check_duplicates(self, root: yaml.Node) -> None:
        visited: set[int] = set()
        stack: list[tuple[yaml.Node, tuple[Any, ...]]] = [(root, ())]
        while stack:
            node, path = stack.pop()
            if id(node) in visited:  # aliases
                continue
            visited.add(id(node))
            if isinstance(node, yaml.MappingNode):
                seen: dict[Any, int] = {}
                children = []
                for key_node, value_node in node.value:
                    if key_node.tag == _MERGE_TAG:
                        children.append((value_node, path))
                        continue
                    key = self.construct_object(key_node, deep=True)
                    line = key_node.start_mark.line + 1
                    try:
                        first = seen.get(key)
                    except TypeError:  # unhashable key: PyYAML rejects it when constructing
                        continue
                    if first is not None:
                        raise DuplicateKeyError(self.file, line, key, to_pointer((*path, key)), first)
                    seen[key] = line
                    children.append((value_node, (*path, key)))
                stack.extend(reversed(children))
            elif isinstance(node, yaml.SequenceNode):
                stack.extend(reversed([(child, (*path, i)) for i, child in enumerate(node.value)]))

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        # Second line of defence for documents that skipped ``check_duplicates``.
        self.flatten_mapping(node)
        keys: dict[Any, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            try:
                first = keys.get(key)
            except TypeError:
                continue
            line = key_node.start_mark.line + 1
            if first is not None:
                raise DuplicateKeyError(self.file, line, key, "", first)
            keys[key] = line
        return super().construct_mapping(node, deep=deep)


def load_spec(path: Path | str) -> dict[str, Any]:
    """Parse one spec file.

    Raises ``DuplicateKeyError`` on a repeated mapping key and ``SpecLoadError`` on unreadable files,
    YAML syntax errors or a document that is not a mapping.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecLoadError(path, f"cannot read file: {exc}") from exc
    loader = _SpecLoader(text)
    loader.file = str(path)
    try:
        node = loader.get_single_node()
        if node is None:
            raise SpecLoadError(path, "empty document")
        loader.check_duplicates(node)
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        reason = " ".join(str(p) for p in (exc.context, exc.problem) if p)
        raise SpecLoadError(path, f"YAML syntax error: {reason}", line=line) from exc
    except yaml.YAMLError as exc:
        raise SpecLoadError(path, f"YAML error: {exc}") from exc
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        raise SpecLoadError(path, f"top level is {type(data).__name__}, expected a mapping")
    return data


def find_specs(root: Path | str | None = None) -> list[Path]:
    """All ``specs/**/*.yaml`` under ``root`` (the repository root by default), sorted, without ``specs/snapshots/``."""
    specs_dir = (Path(root) if root is not None else REPO_ROOT) / "specs"
    if not specs_dir.is_dir():
        return []
    found = []
    for path in specs_dir.rglob("*.yaml"):
        rel = path.relative_to(specs_dir)
        if rel.parts[0] == "snapshots" or not path.is_file():
            continue
        found.append(path)
    return sorted(found)
