"""Apply pages to specs: read every page, plan each spec's new text, validate, write, regenerate, snapshot."""

from __future__ import annotations

import difflib
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path as FsPath

from ruamel.yaml.comments import CommentedMap

from specdev.docdiff.diff import Report, compare
from specdev.docdiff.readers import Page, PageError, read_page
from specdev.docdiff.spec import SpecError, SpecOperation, find_operation, operations, snapshot_for, snapshot_path
from specdev.loader import REPO_ROOT, find_specs, load_spec

from .draft import DraftError, draft_operation, locate, new_spec, operation_id_of
from .update import UpdateError, update_operation
from .yamlio import dump, load

__all__ = ["PageProblem", "SpecPlan", "SyncError", "SyncResult", "plan", "sync"]


class PageProblem(Exception):
    """A page cannot be read or placed (exit 2)."""


class SyncError(Exception):
    """The change cannot be made: it fails validation, leaves drift or does not regenerate (exit 1)."""


@dataclass
class SpecPlan:
    file: FsPath
    old_text: str | None  # None: a new spec file
    doc: CommentedMap
    new_text: str = ""
    actions: list[str] = field(default_factory=list)  # one line per change
    check: list[str] = field(default_factory=list)  # "check by hand"
    snapshots: dict[FsPath, str] = field(default_factory=dict)  # snapshot path -> page text
    pages: list[tuple[Page, str]] = field(default_factory=list)  # (page, operationId) for the drift re-check

    def diff(self, root: FsPath) -> str:
        rel = _rel(self.file, root)
        old = (self.old_text or "").splitlines(keepends=True)
        new = self.new_text.splitlines(keepends=True)
        return "".join(
            difflib.unified_diff(
                old, new, fromfile=f"a/{rel}" if self.old_text is not None else "/dev/null", tofile=f"b/{rel}"
            )
        )


@dataclass
class SyncResult:
    plans: list[SpecPlan]
    regenerated: list[str] = field(default_factory=list)


def _rel(path: FsPath, root: FsPath) -> str:
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)


def _read(path: FsPath) -> tuple[Page, str]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PageProblem(f"{path}: cannot read the file: {exc}") from exc
    try:
        return read_page(text, str(path)), text
    except PageError as exc:
        raise PageProblem(f"{path}: cannot read the page: {exc}") from exc


def _find(page: Page, spec: FsPath | None, root: FsPath) -> SpecOperation | None:
    try:
        op = find_operation(page, spec, root)
    except SpecError:
        op = None
    if op is not None and spec is not None and not _same_operation(page, op):
        op = None
    if op is None:
        # A ROA page whose path moved: the operation it names by its path's words.
        op_id = operation_id_of(page)
        for file in [spec] if spec is not None else find_specs(root):
            for candidate in operations(file):
                if page.path and candidate.operation_id == op_id and candidate.style == "roa":
                    return candidate
    return op


def _same_operation(page: Page, op: SpecOperation) -> bool:
    if page.action and op.action == page.action:
        return True
    return bool(page.path and page.method and op.key == page.path and op.method.upper() == page.method.upper())


def plan(
    page_files: list[FsPath],
    root: FsPath = REPO_ROOT,
    *,
    spec: FsPath | None = None,
    product: str | None = None,
    version: str | None = None,
) -> list[SpecPlan]:
    """Read every page (all must be readable) and compute the new text of each spec they touch."""
    read = [(_read(p), p) for p in page_files]
    plans: dict[FsPath, SpecPlan] = {}

    def plan_for(file: FsPath) -> SpecPlan:
        file = file.resolve()
        if file not in plans:
            old = file.read_text(encoding="utf-8") if file.is_file() else None
            plans[file] = SpecPlan(file, old, load(old) if old is not None else CommentedMap())
        return plans[file]

    for (page, text), path in read:
        op = _find(page, spec, root)
        if op is not None and op.version is not None and page.version and page.version != _version_of(op):
            op = None  # the page documents another API version: a new spec
        if op is not None:
            sp = plan_for(op.file)
            snap = snapshot_for(op.file, op.operation_id)
            snap_page = None
            if snap is not None:
                try:
                    snap_page = read_page(snap.read_text(encoding="utf-8"), str(snap))
                except PageError:
                    snap_page = None
            try:
                actions, check = update_operation(page, sp.doc, op, snap_page)
            except UpdateError as exc:
                raise SyncError(f"{path}: {exc}") from exc
            sp.actions.extend(f"{op.operation_id}: {a}" for a in actions)
            sp.check.extend(check)
            sp.snapshots[snapshot_path(op.file, op.operation_id)] = text
            sp.pages.append((page, op.operation_id))
            continue
        try:
            target = locate(page, root, spec=spec, product=product, version=version)
        except DraftError as exc:
            raise PageProblem(f"{path}: {exc}") from exc
        sp = plan_for(target.file)
        sp.check.extend(target.check)
        if sp.old_text is None and not sp.doc:
            skeleton, check = new_spec(page, target, root)
            sp.doc.update(skeleton)
            sp.check.extend(check)
            sp.actions.append(f"new spec {_rel(target.file, root)} ({target.vendor} {target.product} {target.version})")
        try:
            key, op_id, check = draft_operation(page, sp.doc, target)
        except DraftError as exc:
            raise PageProblem(f"{path}: {exc}") from exc
        sp.actions.append(f"{op_id}: drafted ({key})")
        sp.check.extend(check)
        sp.snapshots[snapshot_path(target.file, op_id)] = text
        sp.pages.append((page, op_id))
    for sp in plans.values():
        sp.new_text = dump(sp.doc)
    return list(plans.values())


def _version_of(op: SpecOperation) -> str | None:
    consts = op.protocol_params()
    return str(consts.get("Version", op.version)) if (consts.get("Version") or op.version) else None


def _package_of(spec: FsPath) -> str | None:
    """The ``info.x-cloudmedia.package`` of a spec, read from its text (a full YAML parse is slow)."""
    try:
        text = spec.read_text(encoding="utf-8")
    except OSError:
        return None
    m = re.search(r"^    package:\s*[\"']?([A-Za-z_][A-Za-z0-9_]*)", text, re.MULTILINE)
    if m:
        return m.group(1)
    try:
        return str(load_spec(spec)["info"]["x-cloudmedia"]["package"])
    except Exception:  # noqa: BLE001 - another spec's own problems are not this change's
        return None


def verify(plans: list[SpecPlan], root: FsPath) -> None:
    """Validate the planned specs (their packages unique among every spec) and re-run docdiff on each page
    with the page as the snapshot; raise SyncError."""
    from specdev.validate import validate_all

    with tempfile.TemporaryDirectory(prefix="docsync-") as tmp:
        stage = FsPath(tmp)
        staged: dict[FsPath, FsPath] = {}
        for sp in plans:
            target = stage / _rel(sp.file, root)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(sp.new_text, encoding="utf-8")
            staged[sp.file] = target
        problems = [str(p).replace(str(stage) + "/", "") for p in validate_all(list(staged.values()))]
        packages = {str(sp.doc["info"]["x-cloudmedia"]["package"]): sp.file for sp in plans if "info" in sp.doc}
        for other in find_specs(root):
            if other.resolve() in staged:
                continue
            package = _package_of(other)
            if package is None:
                continue
            if package in packages:
                problems.append(
                    f"{_rel(packages[package], root)}#/info/x-cloudmedia/package: package {package!r} is also "
                    f"used by {_rel(other, root)}"
                )
        if problems:
            lines = "\n".join(f"  {p}" for p in problems[:40])
            raise SyncError(f"the changed spec does not validate ({len(problems)} problem(s)):\n{lines}")
        for sp in plans:
            for page, op_id in sp.pages:
                ops = [o for o in operations(staged[sp.file]) if o.operation_id == op_id]
                if not ops:
                    raise SyncError(f"{op_id} is not in {sp.file.name} after the change")
                snap_page = read_page(sp.snapshots[snapshot_path(sp.file, op_id)], "snapshot")
                report: Report = compare(page, ops[0], snap_page)
                if report.drift:
                    left = "; ".join(f"{c.kind} {c.subject}" for c in report.changes)
                    raise SyncError(f"{op_id}: drift remains after the change: {left}")


def sync(
    page_files: list[FsPath],
    root: FsPath = REPO_ROOT,
    *,
    spec: FsPath | None = None,
    product: str | None = None,
    version: str | None = None,
    dry_run: bool = False,
    regenerate: bool = True,
) -> SyncResult:
    """Plan, verify and (unless ``dry_run``) write the specs and snapshots, then regenerate."""
    plans = plan(page_files, root, spec=spec, product=product, version=version)
    verify(plans, root)
    result = SyncResult(plans)
    if dry_run:
        return result
    written: list[tuple[FsPath, str | None]] = []
    try:
        for sp in plans:
            if sp.new_text != (sp.old_text or ""):
                sp.file.parent.mkdir(parents=True, exist_ok=True)
                written.append((sp.file, sp.old_text))
                sp.file.write_text(sp.new_text, encoding="utf-8")
        if regenerate:
            from specdev.generate import GenerationError
            from specdev.generate import regenerate as run_generator

            try:
                result.regenerated = run_generator(None if any(sp.old_text is None for sp in plans) else
                                                   sorted({str(sp.doc["info"]["x-cloudmedia"]["package"]) for sp in plans}))  # fmt: skip
            except GenerationError as exc:
                raise SyncError(f"regeneration failed: {exc}") from exc
    except BaseException:
        for file, old in written:
            if old is None:
                file.unlink(missing_ok=True)
            else:
                file.write_text(old, encoding="utf-8")
        raise
    for sp in plans:
        for snap, text in sp.snapshots.items():
            snap.parent.mkdir(parents=True, exist_ok=True)
            snap.write_text(text, encoding="utf-8")
    return result
