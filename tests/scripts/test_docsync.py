"""scripts/docsync.py: pages written into specs in place, new operations drafted, and nothing changed on failure.

The mechanism runs on the fixture repository ``tests/scripts/fixtures/docrepo/`` (frozen specs and the pages
they were written from): every drift page of ``test_docdiff.CASES`` is applied and must leave no drift and
valid specs. The slow tests work on a copy of the whole repository whose specs are the fixtures': the
three-edit IMM example from issue 13 (one command, then the new parameter in the Python signature, the CLI
and on the wire), regeneration after drift pages, and the five original pages drafted into specs that lost
their operation, compared with the hand-written operations on the wire and in parsing.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from _docsync_support import DOCREPO, REPO, cli, copy_repo, dry_run, make_repo, python, script, strip_operation
from specdev.docdiff import read_page
from specdev.docdiff import run as docdiff_run
from specdev.docdiff.spec import find_operation, operations
from specdev.docsync import PageProblem, SyncError, sync
from specdev.docsync.cli import main
from specdev.docsync.update import patch_description
from specdev.loader import find_specs
from specdev.validate import validate_all
from test_docdiff import CASES, OPERATIONS, SPECS, Case, browser_copy, edit, snapshot, snapshot_file

SPEC_FILES = {stem: path.relative_to(DOCREPO) for stem, path in SPECS.items()}


@pytest.fixture
def docrepo(tmp_path: Path) -> Path:
    """A writable copy of the fixture repository's specs and pages."""
    root = tmp_path / "repo"
    shutil.copytree(DOCREPO / "specs", root / "specs")
    return root


def write(directory: Path, text: str, name: str = "page.txt") -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def texts(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): p.read_text(encoding="utf-8")
        for p in sorted((root / "specs").rglob("*"))
        if p.is_file()
    }


def comments(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip().startswith("#")]


# ------------------------------------------------------------------------------- every drift page applied


def _spec_arg(case: Case, root: Path) -> Path | None:
    if "--spec" not in case.args:
        return None
    return root / Path(case.args[case.args.index("--spec") + 1]).relative_to(DOCREPO)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_drift_page_applied_leaves_no_drift(case: Case, docrepo: Path, tmp_path: Path) -> None:
    page = write(tmp_path, case.mutate(snapshot(case.stem)))
    spec = _spec_arg(case, docrepo)
    before = docdiff_run(page, spec=spec, root=docrepo)
    assert before.drift
    original = (docrepo / SPEC_FILES[case.stem]).read_text(encoding="utf-8")

    result = sync([page], docrepo, spec=spec, regenerate=False)

    after = docdiff_run(page, root=docrepo)
    assert after.changes == [], [c.to_dict() for c in after.changes]
    assert validate_all([plan.file for plan in result.plans]) == []
    op = find_operation(read_page(page.read_text(encoding="utf-8")), root=docrepo)
    saved = docrepo / "specs" / "snapshots" / op.file.stem / f"{op.operation_id}.txt"
    assert saved.read_text(encoding="utf-8") == page.read_text(encoding="utf-8")
    # What the page does not contradict stays: comments, and items the spec has beyond the page.
    new_text = (docrepo / SPEC_FILES[case.stem]).read_text(encoding="utf-8")
    assert comments(original) == comments(new_text) or op.file.name != SPEC_FILES[case.stem].name
    touched = {c.subject.split("[")[0].split(".")[0] for c in before.changes}
    kept = {(i["what"], i["subject"], i.get("limit")) for i in after.spec_only}
    for item in before.spec_only:
        if item["subject"].split("[")[0].split(".")[0] not in touched and op.file.stem == case.stem:
            assert (item["what"], item["subject"], item.get("limit")) in kept, item
    assert any(plan.actions for plan in result.plans)


def test_unchanged_page_changes_no_spec(docrepo: Path) -> None:
    before = texts(docrepo)
    result = sync([snapshot_file(stem) for stem in SPECS], docrepo, regenerate=False)
    assert texts(docrepo) == before
    assert sorted(a for p in result.plans for a in p.actions) == sorted(f"{op}: no drift" for op in OPERATIONS.values())


def test_browser_copy_changes_no_spec_and_becomes_the_snapshot(docrepo: Path, tmp_path: Path) -> None:
    spec = docrepo / SPEC_FILES["nta-2024-07-30"]
    before = spec.read_text(encoding="utf-8")
    page = write(tmp_path, browser_copy(snapshot("nta-2024-07-30")))
    sync([page], docrepo, regenerate=False)
    assert spec.read_text(encoding="utf-8") == before
    saved = docrepo / "specs" / "snapshots" / "nta-2024-07-30" / "CreateFileDetection.txt"
    assert saved.read_text(encoding="utf-8") == page.read_text(encoding="utf-8")


def test_description_edit_keeps_the_spec_wording() -> None:
    spec = (
        "The array of object URIs. You can specify up to 100 object URIs in an array. Sent as one compact JSON array."
    )
    old = "The array of object URIs. You can specify up to 100 object URIs in an array."
    new = "The array of object URIs. You can specify up to 200 object URIs in an array."
    assert patch_description(spec, old, new) == (spec.replace("100", "200"), True)
    # Wording the spec does not share with the page: the page's text is taken.
    assert patch_description("Something else entirely.", old, new) == (new, False)


# ------------------------------------------------------------------------------------ the command line


def test_dry_run_prints_the_diff_and_writes_nothing(
    docrepo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = texts(docrepo)
    page = write(tmp_path, edit(snapshot("ice-2020-11-09"), "Maximum value: 50.", "Maximum value: 100."))
    assert main([str(page), "--dry-run"], root=docrepo) == 0
    out = capsys.readouterr().out
    assert "-            maximum: 50\n+            maximum: 100\n" in out
    assert "--- a/specs/alibaba/ice-2020-11-09.yaml" in out and "dry run: nothing written" in out
    assert texts(docrepo) == before


def test_unreadable_page_exits_2_and_changes_nothing(
    docrepo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = texts(docrepo)
    good = write(tmp_path, edit(snapshot("ice-2020-11-09"), "Maximum value: 50.", "Maximum value: 100."), "good.txt")
    text = snapshot("vod-2017-03-21")
    cut = write(tmp_path, text[: text.index("Response parameters")], "cut.txt")
    assert main([str(good), str(cut)], root=docrepo) == 2
    err = capsys.readouterr().err
    assert "cut.txt: cannot read the page: no response parameter section" in err
    assert "nothing changed" in err
    assert texts(docrepo) == before
    with pytest.raises(PageProblem, match="cannot read the file"):
        sync([tmp_path / "missing.txt"], docrepo, regenerate=False)


def test_change_that_fails_validation_exits_1_and_changes_nothing(
    docrepo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A page that contradicts itself (limit 1 to 10, example 50): the change does not validate."""
    before = texts(docrepo)
    page = write(tmp_path, edit(snapshot("pds-2022-03-01"), "Valid values: 1 to 100.", "Valid values: 1 to 10."))
    assert main([str(page)], root=docrepo) == 1
    err = capsys.readouterr().err
    assert (
        "does not validate" in err and "example does not match its schema: 50 is greater than the maximum of 10" in err
    )
    assert texts(docrepo) == before
    with pytest.raises(SyncError):
        sync([page], docrepo, regenerate=False)


def test_several_pages_are_applied_together(docrepo: Path, tmp_path: Path) -> None:
    imm = write(tmp_path, edit(snapshot("imm-2020-09-30"), "up to 100 object URIs", "up to 50 object URIs"), "a.txt")
    vod = write(
        tmp_path,
        edit(snapshot("vod-2017-03-21"), "Valid values: gif and png.", "Valid values: gif, png and jpg."),
        "b.txt",
    )
    result = sync([imm, vod], docrepo, regenerate=False)
    assert sorted(p.file.name for p in result.plans) == ["imm-2020-09-30.yaml", "vod-2017-03-21.yaml"]
    assert docdiff_run(imm, root=docrepo).changes == [] and docdiff_run(vod, root=docrepo).changes == []
    vod_spec = (docrepo / SPEC_FILES["vod-2017-03-21"]).read_text(encoding="utf-8")
    assert "Valid values: gif, png and jpg." in vod_spec


# ----------------------------------------------------------------------------------- drafting

GET_FILE_META = [  # the IMM page turned into a page of another operation of the same product
    ("Intelligent Media Management:BatchGetFileMeta", "Intelligent Media Management:GetFileMeta"),
    ("Queries metadata of multiple objects", "Queries metadata of one object"),
    (
        "URIs\n\narray\n\nYes\n\nThe array of object URIs. You can specify up to 100 object URIs in an array.\n\nstring\n\nNo\n\n",
        "URI\n\nstring\n\nYes\n\n",
    ),
]


def test_new_operation_is_drafted_into_its_product_spec_reusing_components(docrepo: Path, tmp_path: Path) -> None:
    text = snapshot("imm-2020-09-30")
    for old, new in GET_FILE_META:
        text = edit(text, old, new)
    page = write(tmp_path, text)
    schemas_before = set(json.loads(json.dumps(_schemas(docrepo / SPEC_FILES["imm-2020-09-30"]))))
    result = sync([page], docrepo, regenerate=False)
    assert [a for p in result.plans for a in p.actions] == ["GetFileMeta: drafted (/#GetFileMeta)"]
    assert docdiff_run(page, root=docrepo).changes == []
    assert validate_all(find_specs(docrepo)) == []
    spec = docrepo / SPEC_FILES["imm-2020-09-30"]
    ops = {o.operation_id: o for o in operations(spec)}
    op = ops["GetFileMeta"]
    params = op.request_params()
    assert {"/".join(p) for p in params} >= {"ProjectName", "DatasetName", "URI", "WithFields", "WithFields/[]"}
    assert params[("URI",)].required is True and params[("URI",)].type == "string"
    # The response reuses the spec's File schema (and every schema under it) instead of copying them.
    assert _schemas(spec).keys() - schemas_before == {"GetFileMetaResponse"}
    assert (docrepo / "specs" / "snapshots" / "imm-2020-09-30" / "GetFileMeta.txt").is_file()
    assert "BatchGetFileMeta" in ops  # the other operation stays


def _schemas(spec: Path) -> dict[str, Any]:
    import yaml

    return dict(yaml.safe_load(spec.read_text(encoding="utf-8"))["components"]["schemas"])


def test_new_product_gives_a_new_spec_with_what_to_check_by_hand(
    docrepo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = snapshot("nta-2024-07-30").replace("CreateFileDetection", "CreateScanTask")
    text = text.replace("2024-07-30", "2025-01-15").replace("/nta/request", "/scan/request").replace('"nta"', '"scan"')
    page = write(tmp_path, text)
    assert main([str(page), "--no-regenerate"], root=docrepo) == 0
    out = capsys.readouterr().out
    new = docrepo / "specs" / "volcengine" / "scan-2025-01-15.yaml"
    assert new.is_file() and "new spec specs/volcengine/scan-2025-01-15.yaml" in out
    assert "check by hand:" in out and "signing schemes ['volc-hmac-sha256']" in out and "endpoint" in out
    assert validate_all(find_specs(docrepo)) == []
    assert docdiff_run(page, root=docrepo).changes == []
    doc = _load(new)
    assert doc["info"]["x-cloudmedia"]["package"] == "scan" and doc["info"]["x-cloudmedia"]["client"] == "ScanClient"
    errors = doc["paths"]["/#CreateScanTask"]["post"]["x-cloudmedia"]["errors"]
    assert [e["code"] for e in errors] == [e.code for e in read_page(text).errors or []]


def test_page_of_unknown_product_without_version_exits_2(
    docrepo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = edit(snapshot("vod-2017-03-21"), "ApsaraVideo VOD:ListAIImageInfo", "ApsaraVideo Live:ListAIImageInfos")
    assert main([str(write(tmp_path, text))], root=docrepo) == 2
    assert "pass --product" in capsys.readouterr().err
    assert main([str(write(tmp_path, text)), "--product", "live"], root=docrepo) == 2
    assert "pass --version" in capsys.readouterr().err


def _load(path: Path) -> dict[str, Any]:
    import yaml

    return dict(yaml.safe_load(path.read_text(encoding="utf-8")))


# ============================================================================ slow: copies of the repository


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository with the fixture specs, regenerated (copied again by each test)."""
    return make_repo(tmp_path_factory.mktemp("baseline") / "repo")


THREE_EDITS = [
    ("up to 100 object URIs", "up to 200 object URIs"),
    (
        "The field name.\n\nURI\n\nResponse elements",
        (
            "The field name.\n\nURI\n\nExpireSeconds\n\ninteger\n\nNo\n\nThe validity period of the returned URLs, in "
            "seconds. Valid values: 60 to 86400. Default value: 3600.\n\n3600\n\nResponse elements"
        ),
    ),
    (
        "workflow template used for indexing the metadata of the object.\n\nExamples",
        (
            "workflow template used for indexing the metadata of the object.\n\nFailedURIs\n\narray\n\nThe URIs whose "
            "metadata could not be returned.\n\nstring\n\nA URI whose metadata could not be returned.\n\n"
            "oss://test-bucket/missing-object\n\nExamples"
        ),
    ),
    (
        '"RequestId": "7F84C6D9-5AC0-49F9-914D-F02678E3****",\n  "Files"',
        '"RequestId": "7F84C6D9-5AC0-49F9-914D-F02678E3****",\n  "FailedURIs": [\n    "oss://test-bucket/missing-object"\n  ],\n  "Files"',
    ),
]
IMM_CALL = ["imm", "batch-get-file-meta", "--project-name", "p", "--dataset-name", "d"]


@pytest.mark.slow
def test_three_edit_imm_example_in_one_command(baseline: Path, tmp_path: Path) -> None:
    repo = copy_repo(baseline, tmp_path / "repo")
    text = snapshot("imm-2020-09-30")
    for old, new in THREE_EDITS:
        text = edit(text, old, new)
    page = write(tmp_path, text)

    proc = script(repo, "docsync.py", str(page))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "+ parameter ExpireSeconds (integer, optional, minimum 60, maximum 86400, default 3600)" in proc.stdout
    assert "~ parameter URIs: maxItems 200" in proc.stdout and "+ response field FailedURIs (array)" in proc.stdout
    assert "regenerated: imm" in proc.stdout

    assert script(repo, "docdiff.py", str(page)).returncode == 0
    script(repo, "validate_specs.py", check=True)
    script(repo, "regenerate.py", "--check", check=True)

    # The Python signature
    sig = python(
        repo,
        "import inspect\nfrom cloudmedia.imm import ImmClient\nprint(inspect.signature(ImmClient.batch_get_file_meta))",
    )
    assert "expire_seconds: 'int | Unset' = UNSET" in sig.stdout, sig.stderr
    parsed = python(
        repo,
        "from cloudmedia.imm.models import BatchGetFileMetaResponse as R\n"
        "print(R.from_dict({'FailedURIs': ['oss://b/x'], 'Files': []}).failed_uris)",
    )
    assert parsed.stdout.strip() == "['oss://b/x']", parsed.stderr
    # The CLI flag with its limits, and the wire
    help_text = cli(repo, *IMM_CALL[:2], "--help").stdout
    assert re.search(r"--expire-seconds N\s+The validity period", help_text) and "[60 to 86400]" in help_text
    assert "at most 200 values" in help_text
    request = dry_run(repo, *IMM_CALL, "--uris", "oss://b/a", "--expire-seconds", "120")
    assert ("ExpireSeconds", "120") in request["query"]
    too_short = cli(
        repo,
        "--dry-run",
        "--endpoint-url",
        "http://127.0.0.1:9",
        *IMM_CALL,
        "--uris",
        "oss://b/a",
        "--expire-seconds",
        "59",
    )
    assert too_short.returncode == 2 and "argument --expire-seconds: must be >= 60; got 59" in too_short.stderr
    uris = [a for i in range(200) for a in ("--uris", f"oss://b/{i}")]
    assert cli(repo, "--dry-run", "--endpoint-url", "http://127.0.0.1:9", *IMM_CALL, *uris).returncode == 0
    over = cli(repo, "--dry-run", "--endpoint-url", "http://127.0.0.1:9", *IMM_CALL, *uris, "--uris", "oss://b/x")
    assert over.returncode == 2 and "at most 200 items" in over.stderr


REGENERATED_CASES = [
    "pds-parameter-added",
    "imm-limit-changed",
    "vod-response-field-added-in-table",
    "ice-enum-changed",
    "nta-error-code-added",
    "nta-version-changed",
]


@pytest.mark.slow
def test_drift_pages_regenerate_and_pass_the_checks(baseline: Path, tmp_path: Path) -> None:
    """Through the command in a repository copy, one after the other: docdiff, validation and the
    regeneration gate pass after each (the in-process test above applies every case)."""
    repo = copy_repo(baseline, tmp_path / "repo")
    cases = {c.id: c for c in CASES}
    for case_id in REGENERATED_CASES:
        case = cases[case_id]
        page = write(tmp_path, case.mutate(snapshot(case.stem)), f"{case_id}.txt")
        proc = script(repo, "docsync.py", str(page))
        assert proc.returncode == 0, (case_id, proc.stdout, proc.stderr)
        assert script(repo, "docdiff.py", str(page)).returncode == 0, case_id
        script(repo, "validate_specs.py", check=True)
        script(repo, "regenerate.py", "--check", check=True)
    assert (repo / "specs" / "volcengine" / "nta-2025-05-01.yaml").is_file()
    assert (repo / "generated" / "cloudmedia" / "nta20250501" / "client.py").is_file()


# ---------------------------------------------------------------------- the five pages, drafted again

_PARSE = """
import importlib, json
import attrs
package, name, example = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
model = getattr(importlib.import_module(f"cloudmedia.{package}.models"), name)

def extras(obj, path=""):
    # wire fields of the example a model does not declare (a map's entries are its data, not unknown)
    out = []
    if attrs.has(type(obj)):
        declared = [f for f in attrs.fields(type(obj)) if f.name != "additional_properties"]
        if declared:
            out += [f"{path}.{k}" for k in getattr(obj, "additional_properties", {})]
        for f in attrs.fields(type(obj)):
            if f.name != "additional_properties":
                out += extras(getattr(obj, f.name), f"{path}.{f.name}")
    elif isinstance(obj, list):
        for i, x in enumerate(obj):
            out += extras(x, f"{path}[{i}]")
    return out

parsed = model.from_dict(example)
print(json.dumps({"value": parsed.to_dict(), "unknown": sorted(extras(parsed))}))
"""


def _naming() -> Any:
    spec = importlib.util.spec_from_file_location("cloudmedia_overlay_naming", REPO / "overlays" / "naming.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _full_call(op: Any, package: str) -> list[str]:
    """The command line that passes every parameter the page documents, with the spec's example value."""
    snake = _naming().snake_case
    page = read_page(snapshot_file(next(s for s, o in OPERATIONS.items() if o == op.operation_id)).read_text("utf-8"))
    documented = {r.name for r in page.request_rows}
    args = [package, re.sub(r"_", "-", snake(op.operation_id))]
    for path, param in op.request_params().items():
        if len(path) != 1 or path[0] not in documented:
            continue
        flag = "--" + snake(path[0]).replace("_", "-")
        values = param.example if isinstance(param.example, list) else [param.example]
        for value in values:
            args += [flag, json.dumps(value) if isinstance(value, dict) else str(value)]
    return args


def _request_facts(op: Any, spec_only: list[dict[str, Any]]) -> dict[str, Any]:
    """Location, required flag, type and limits of every request parameter the page documents."""
    skip_params = {i["subject"] for i in spec_only if i["what"] == "parameter"}
    skip_limits = {(i["subject"], i["limit"]) for i in spec_only if i["what"] == "limit"}
    where = {}
    for p in op._parameters():
        where[str(p.get("name"))] = p.get("in")
    out = {}
    for path, param in op.request_params().items():
        subject = ".".join(path).replace(".[]", "[]")
        if path[0] in skip_params:
            continue
        limits = {k: v for k, v in param.limits.items() if (subject, k) not in skip_limits}
        out[subject] = (where.get(path[0], "body"), param.required, param.type, limits)
    return out


@pytest.mark.slow
@pytest.mark.parametrize("stem", sorted(SPECS))
def test_original_page_drafts_the_hand_written_operation(stem: str, baseline: Path, tmp_path: Path) -> None:
    repo = copy_repo(baseline, tmp_path / "repo")
    spec = repo / SPEC_FILES[stem]
    op_id = OPERATIONS[stem]
    page = snapshot_file(stem)
    hand = next(o for o in operations(spec) if o.operation_id == op_id)
    package = _load(spec)["info"]["x-cloudmedia"]["package"]
    root_name = hand.op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
    example = hand.response_examples()[0]
    hand_report = docdiff_run(page, root=repo)
    call = _full_call(hand, package)
    hand_request = dry_run(repo, *call)
    hand_parse = json.loads(python(repo, _PARSE, package, root_name, json.dumps(example)).stdout)

    strip_operation(spec, op_id)
    shutil.rmtree(repo / "specs" / "snapshots" / stem)
    proc = script(repo, "docsync.py", str(page))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"{op_id}: drafted" in proc.stdout
    drafted = next(o for o in operations(spec) if o.operation_id == op_id)

    # Same parameters, locations, required flags, types and limits as the page documents them ...
    assert _request_facts(drafted, []) == _request_facts(hand, hand_report.spec_only)
    # ... hence the same request, byte for byte (but for the signature, its date and nonce).
    assert dry_run(repo, *call) == hand_request
    # The response model parses the page's example to the same values, with no field left unknown.
    drafted_parse = json.loads(python(repo, _PARSE, package, root_name, json.dumps(example)).stdout)
    assert drafted_parse["value"] == hand_parse["value"]
    assert drafted_parse["unknown"] == hand_parse["unknown"] == []
    script(repo, "regenerate.py", "--check", check=True)
