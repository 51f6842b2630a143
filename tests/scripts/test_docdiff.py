"""scripts/docdiff.py: page readers, the drift rule, and the CLI's exit codes.

The mechanism is tested on its own fixtures: ``tests/scripts/fixtures/docrepo/`` holds frozen copies of the
five specs and the pages they were written from (``specs/snapshots/<stem>/<OperationId>.txt``), so a real
documentation change (to ``specs/``) needs no edit here. Every mutated page is built from a fixture page by
string edits, compared in process (the structured report) and through the CLI in a subprocess (exit code and
``--json`` output). ``CASES`` is shared with ``test_docsync.py``, which applies every one of them.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

REPO = Path(__file__).resolve().parents[2]
if str(REPO / "scripts") not in sys.path:
    sys.path.insert(0, str(REPO / "scripts"))

from specdev.docdiff import PageError, read_page
from specdev.docdiff import run as docdiff_run
from specdev.docdiff.cli import main
from specdev.docdiff.text import parse_limits, parse_type

SCRIPT = REPO / "scripts" / "docdiff.py"
DOCREPO = Path(__file__).resolve().parent / "fixtures" / "docrepo"
SNAPSHOTS = DOCREPO / "specs" / "snapshots"
SPECS = {
    "pds-2022-03-01": DOCREPO / "specs" / "alibaba" / "pds-2022-03-01.yaml",
    "imm-2020-09-30": DOCREPO / "specs" / "alibaba" / "imm-2020-09-30.yaml",
    "vod-2017-03-21": DOCREPO / "specs" / "alibaba" / "vod-2017-03-21.yaml",
    "ice-2020-11-09": DOCREPO / "specs" / "alibaba" / "ice-2020-11-09.yaml",
    "nta-2024-07-30": DOCREPO / "specs" / "volcengine" / "nta-2024-07-30.yaml",
}
OPERATIONS = {
    "pds-2022-03-01": "ScanFile",
    "imm-2020-09-30": "BatchGetFileMeta",
    "vod-2017-03-21": "ListAIImageInfo",
    "ice-2020-11-09": "SearchMediaByFace",
    "nta-2024-07-30": "CreateFileDetection",
}
LAYOUTS = {
    "pds-2022-03-01": ("pipe", "pipe"),
    "imm-2020-09-30": ("alibaba", "cells"),
    "vod-2017-03-21": ("alibaba", "glued"),
    "ice-2020-11-09": ("alibaba", "glued"),
    "nta-2024-07-30": ("volcengine", "cells"),
}


def snapshot_file(stem: str) -> Path:
    return SNAPSHOTS / stem / f"{OPERATIONS[stem]}.txt"


def snapshot(stem: str) -> str:
    """The fixture page of ``stem`` (a missing file fails the test)."""
    return snapshot_file(stem).read_text(encoding="utf-8")


def run(page: Path, **kwargs: Any) -> Any:
    return docdiff_run(page, root=DOCREPO, **kwargs)


def edit(text: str, old: str, new: str, count: int = 1) -> str:
    """Replace ``old`` (which must occur exactly ``count`` times) with ``new``."""
    assert text.count(old) == count, f"{old!r} occurs {text.count(old)} times, expected {count}"
    return text.replace(old, new)


def drop(text: str, start: str, end: str) -> str:
    """Remove from ``start`` (included) to ``end`` (kept); both unique."""
    assert text.count(start) == 1 and text.count(end) == 1, (start, end)
    i, j = text.index(start), text.index(end)
    assert i < j
    return text[:i] + text[j:]


def cli(page: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), str(page), "--root", str(DOCREPO), *args],
        check=False,
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )


def write(tmp_path: Path, text: str, name: str = "page.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --------------------------------------------------------------------------------- unmodified snapshots


@pytest.mark.parametrize("stem", sorted(SPECS))
def test_snapshot_has_no_drift(stem: str) -> None:
    page = snapshot_file(stem)
    report = run(page)
    assert report.changes == [], [c.to_dict() for c in report.changes]
    assert (report.layout, report.variant) == LAYOUTS[stem]
    assert Path(report.spec) == SPECS[stem].relative_to(REPO)
    assert report.snapshot == str(snapshot_file(stem).relative_to(REPO))
    proc = cli(page)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "No drift" in proc.stdout
    proc = cli(page, "--json")
    assert proc.returncode == 0
    data = json.loads(proc.stdout)
    assert data["drift"] is False and data["changes"] == []


@pytest.mark.parametrize("stem", sorted(SPECS))
def test_snapshot_is_a_copy_of_a_seed_page(stem: str) -> None:
    page = read_page(snapshot(stem))
    assert page.request_rows and page.response_rows and page.response_examples


def test_spec_may_know_more_than_the_page() -> None:
    """SDK-only fields, parameters and limits are spec-only, listed but never drift."""
    snapshot("ice-2020-11-09")
    snapshot("nta-2024-07-30")
    ice = run(snapshot_file("ice-2020-11-09"))
    assert {"what": "parameter", "subject": "CustomFilters", "type": "string"} in ice.spec_only
    assert {"what": "limit", "subject": "PageSize", "limit": "minimum", "spec": 1} in ice.spec_only
    nta = run(snapshot_file("nta-2024-07-30"))
    assert {"what": "response-field", "subject": "ResponseMetadata.Error"} in nta.spec_only
    assert not ice.drift and not nta.drift


def test_required_column_stated_as_in_the_spec_is_no_drift(tmp_path: Path) -> None:
    """Volcengine pages show the required column as an icon (read as "not stated"); 是 agrees with the spec."""
    text = edit(snapshot("nta-2024-07-30"), "SignURL\nString\n\n", "SignURL\nString\n是\n")
    assert run(write(tmp_path, text)).changes == []


def test_snapshot_with_crlf_line_endings_has_no_drift(tmp_path: Path) -> None:
    text = snapshot("pds-2022-03-01").replace("\n", "\r\n")
    assert run(write(tmp_path, text)).changes == []


# ------------------------------------------------------------------ pages as people save them


def _facts(text: str) -> Any:
    """What a reader takes from a page (descriptions compared word by word)."""
    p = read_page(text)
    rows = [
        [(r.name, r.doc_type, r.required, r.description.split(), r.example) for r in rows]
        for rows in (p.request_rows, p.response_rows)
    ]
    errors = [(e.status, e.code, e.message) for e in p.errors or []]
    return rows, p.response_examples, p.request_examples, errors, (p.action, p.version, p.method, p.path)


def browser_copy(text: str) -> str:
    """The page as copied from a browser: every table tab-separated with one row per line (a cell of several
    paragraphs continues on the next lines), CRLF line endings, no blank lines."""
    p = read_page(text)
    chinese = p.layout == "volcengine"
    out = [p.title or "", p.summary or ""]
    if p.path:
        out += ["Request syntax", f"{p.method} {p.path} HTTP/1.1"]
    if chinese:
        out += [
            "请求说明",
            f"请求方式:{p.method}",
            f"请求地址:https://open.volcengineapi.com/?Action={p.action}&Version={p.version}",
        ]
    out += ["请求参数" if chinese else "Request parameters"]
    out += ["参数\t类型\t是否必填\t示例值\t描述" if chinese else "Parameter\tType\tRequired\tDescription\tExample"]
    for r in p.request_rows:
        cells = [r.name, r.doc_type, r.required or ""]
        cells += [r.example, r.description] if chinese else [r.description, r.example]
        out.append("\t".join(cells))
    out += ["返回参数" if chinese else "Response parameters"]
    out += ["参数\t类型\t示例值\t描述" if chinese else "Parameter\tType\tDescription\tExample"]
    for r in p.response_rows:
        out.append(
            "\t".join([r.name, r.doc_type, *([r.example, r.description] if chinese else [r.description, r.example])])
        )
    if p.request_examples:
        out += [
            "请求示例" if chinese else "Request example",
            *(json.dumps(x, ensure_ascii=False) for x in p.request_examples),
        ]
    out += [
        "返回示例" if chinese else "Examples",
        *(json.dumps(x, ensure_ascii=False, indent=2) for x in p.response_examples),
    ]
    if p.errors:
        out += (
            ["错误码", "状态码\t错误码\t错误信息\t说明"]
            if chinese
            else ["Error codes", "HTTP status code\tError code\tError message\tDescription"]
        )
        out += ["\t".join([str(e.status), e.code, e.message, e.description]) for e in p.errors]
    return "\r\n".join(line for line in "\n".join(out).split("\n") if line.strip()) + "\r\n"


@pytest.mark.parametrize("stem", sorted(SPECS))
def test_browser_copy_reads_the_same_and_has_no_drift(stem: str, tmp_path: Path) -> None:
    copied = browser_copy(snapshot(stem))
    assert "\t" in copied and "\r\n" in copied and "\r\n\r\n" not in copied
    page = read_page(copied)
    assert page.variant == "tabs"
    assert _facts(copied) == _facts(snapshot(stem))
    path = write(tmp_path, copied)
    assert run(path).changes == []
    proc = cli(path)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("stem", sorted(SPECS))
def test_page_saved_with_crlf_and_no_blank_lines_reads_the_same(stem: str, tmp_path: Path) -> None:
    dense = "\r\n".join(line for line in snapshot(stem).split("\n") if line.strip())
    assert _facts(dense) == _facts(snapshot(stem))
    assert run(write(tmp_path, dense)).changes == []


def test_browser_copy_keeps_drift_visible(tmp_path: Path) -> None:
    """A new image format in a tab-separated page is reported like in the original layout."""
    text = edit(
        browser_copy(snapshot("vod-2017-03-21")), "Valid values: gif and png.", "Valid values: gif, png and jpg."
    )
    report = run(write(tmp_path, text))
    assert ("response-field-values-changed", "AIImageInfoList[].Format") in report.kinds()


# -------------------------------------------------------------------------------------- drift cases


@dataclass
class Case:
    id: str
    stem: str
    mutate: Any  # str -> str
    expected: list[tuple[str, str]]
    details: dict[int, dict[str, Any]] = field(default_factory=dict)  # index in expected -> expected detail
    args: tuple[str, ...] = ()


PDS_MARKER_ROW = "| marker |\nstring |\nNo |"
CASES = [
    # ------------------------------------------------------------------ PDS: pipe table layout
    Case(
        "pds-parameter-added",
        "pds-2022-03-01",
        lambda t: edit(
            t, "| fields |", "| recursive |\nboolean |\nNo |\nWhether to scan subfolders. |\ntrue |\n| fields |"
        ),
        [("parameter-added", "recursive")],
        {0: {"type": "boolean", "required": False}},
    ),
    Case(
        "pds-parameter-removed",
        "pds-2022-03-01",
        lambda t: drop(t, PDS_MARKER_ROW, "| fields |"),
        [("parameter-removed", "marker")],
    ),
    Case(
        "pds-parameter-retyped",
        "pds-2022-03-01",
        lambda t: edit(t, PDS_MARKER_ROW, "| marker |\ninteger |\nNo |"),
        [("parameter-retyped", "marker")],
        {0: {"page": "integer", "spec": "string"}},
    ),
    Case(
        "pds-required-flipped",
        "pds-2022-03-01",
        lambda t: edit(t, "| drive_id |\nstring |\nYes |", "| drive_id |\nstring |\nNo |"),
        [("parameter-no-longer-required", "drive_id")],
    ),
    Case(
        "pds-limit-changed",
        "pds-2022-03-01",
        lambda t: edit(t, "Valid values: 1 to 100.", "Valid values: 1 to 1000."),
        [("limit-changed", "limit"), ("parameter-description-changed", "limit")],
        {0: {"limit": "maximum", "page": 1000, "spec": 100}},
    ),
    Case(
        "pds-limit-removed",
        "pds-2022-03-01",
        lambda t: edit(t, " Valid values: 1 to 100.", ""),
        [("limit-changed", "limit"), ("limit-changed", "limit"), ("parameter-description-changed", "limit")],
        {0: {"limit": "maximum", "page": None, "spec": 100}, 1: {"limit": "minimum", "page": None, "spec": 1}},
    ),
    Case(
        "pds-response-field-added-in-table",
        "pds-2022-03-01",
        lambda t: edit(
            t, "hMg |\nExamples", "hMg |\n| total_count |\ninteger |\nThe number of files. |\n10 |\nExamples"
        ),
        [("response-field-added", "total_count")],
        {0: {"sources": ["table"]}},
    ),
    Case(
        "pds-response-field-added-in-example-only",
        "pds-2022-03-01",
        lambda t: edit(t, '"next_marker": "NWQ', '"total_count": 10,\n"next_marker": "NWQ'),
        [("response-field-added", "total_count"), ("example-changed", "response")],
        {0: {"sources": ["example"]}, 1: {"differences": ["total_count: only on the page"]}},
    ),
    Case(
        "pds-nested-object-added-in-example-is-reported-once",
        "pds-2022-03-01",
        lambda t: edit(
            t, '"sync_flag": true,', '"share_info": {\n"share_id": "s1",\n"expired": true\n},\n"sync_flag": true,'
        ),
        [("response-field-added", "items[].share_info"), ("example-changed", "response")],
    ),
    Case(
        "pds-response-field-removed",
        "pds-2022-03-01",
        lambda t: edit(
            drop(t, "| next_marker |", "Examples"),
            '],\n"next_marker": "NWQ1Yjk4YmI1ZDRlYmU1Y2E0YWE0NmJhYWJmODBhNDQ2NzhlMTRhMg"\n}',
            "]\n}",
        ),
        [("response-field-removed", "next_marker"), ("example-changed", "response")],
        {0: {"sources": ["example", "table"]}},
    ),
    Case(
        "pds-path-changed",
        "pds-2022-03-01",
        lambda t: edit(t, "POST /v2/file/scan HTTP/1.1", "POST /v3/file/scan HTTP/1.1"),
        [("operation-changed", "path")],
        args=("--spec", str(SPECS["pds-2022-03-01"])),
    ),
    # ------------------------------------------------------------------ IMM: Alibaba, one cell per line
    Case(
        "imm-parameter-added",
        "imm-2020-09-30",
        lambda t: edit(
            t,
            "WithFields\n\narray",
            "Language\n\nstring\n\nNo\n\nThe language of the returned metadata.\n\nzh-Hans\n\nWithFields\n\narray",
        ),
        [("parameter-added", "Language")],
        {0: {"type": "string", "required": False}},
    ),
    Case(
        "imm-parameter-removed",
        "imm-2020-09-30",
        lambda t: edit(t, "DatasetName\n\nstring\n\nYes\n\nThe name of the dataset.\n\ntest-dataset\n\n", ""),
        [("parameter-removed", "DatasetName")],
    ),
    Case(
        "imm-parameter-retyped",
        "imm-2020-09-30",
        lambda t: edit(t, "ProjectName\n\nstring", "ProjectName\n\ninteger"),
        [("parameter-retyped", "ProjectName")],
    ),
    Case(
        "imm-array-item-retyped",
        "imm-2020-09-30",
        lambda t: edit(t, "in an array.\n\nstring\n\nNo", "in an array.\n\ninteger\n\nNo"),
        [("parameter-retyped", "URIs[]")],
        {0: {"page": "integer", "spec": "string"}},
    ),
    Case(
        "imm-parameter-description-changed",
        "imm-2020-09-30",
        lambda t: edit(t, "The name of the project.\n", "The name of the project. The project must exist.\n"),
        [("parameter-description-changed", "ProjectName")],
    ),
    Case(
        "imm-required-flipped",
        "imm-2020-09-30",
        lambda t: edit(t, "DatasetName\n\nstring\n\nYes", "DatasetName\n\nstring\n\nNo"),
        [("parameter-no-longer-required", "DatasetName")],
    ),
    Case(
        "imm-limit-changed",
        "imm-2020-09-30",
        lambda t: edit(t, "up to 100 object URIs", "up to 50 object URIs"),
        [("limit-changed", "URIs"), ("parameter-description-changed", "URIs")],
        {0: {"limit": "maxItems", "page": 50, "spec": 100}},
    ),
    Case(
        "imm-response-field-added-in-table",
        "imm-2020-09-30",
        lambda t: edit(
            t, "Files\n\narray", "NextToken\n\nstring\n\nThe pagination token.\n\nMTIzNDU2Nzg5\n\nFiles\n\narray"
        ),
        [("response-field-added", "NextToken")],
        {0: {"sources": ["table"]}},
    ),
    Case(
        "imm-response-field-added-in-example-only",
        "imm-2020-09-30",
        lambda t: edit(
            t,
            '"RequestId": "7F84C6D9-5AC0-49F9-914D-F02678E3****",\n',
            '"RequestId": "7F84C6D9-5AC0-49F9-914D-F02678E3****",\n  "NextToken": "MTIz",\n',
        ),
        [("response-field-added", "NextToken"), ("example-changed", "response")],
        {0: {"sources": ["example"]}},
    ),
    Case(
        "imm-deep-example-field-added",
        "imm-2020-09-30",
        lambda t: edit(
            t,
            '"OverallQualityScore": 0.736\n      },\n      "CroppingSuggestions"',
            '"OverallQualityScore": 0.736,\n        "BlurScoreV9": 0.1\n      },\n      "CroppingSuggestions"',
        ),
        [("response-field-added", "Files[].ImageScore.BlurScoreV9"), ("example-changed", "response")],
    ),
    # ------------------------------------------------------------------ VOD: Alibaba, glued cells
    Case(
        "vod-parameter-added",
        "vod-2017-03-21",
        lambda t: edit(
            t,
            "357a8748c5789d2726e6436aa****\n\nResponse parameters",
            "357a8748c5789d2726e6436aa****\nOutputTypestringNo\n\nThe type of the output URL.\n\ncdn\n\nResponse parameters",
        ),
        [("parameter-added", "OutputType")],
        {0: {"type": "string", "required": False}},
    ),
    Case(
        "vod-parameter-retyped",
        "vod-2017-03-21",
        lambda t: edit(t, "VideoIdstringYes", "VideoIdintegerYes"),
        [("parameter-retyped", "VideoId")],
    ),
    Case(
        "vod-required-flipped",
        "vod-2017-03-21",
        lambda t: edit(t, "VideoIdstringYes", "VideoIdstringNo"),
        [("parameter-no-longer-required", "VideoId")],
    ),
    Case(
        "vod-limit-added",
        "vod-2017-03-21",
        lambda t: edit(
            t, "The ID of the video. You can", "The ID of the video. It can be up to 32 characters in length. You can"
        ),
        [("limit-changed", "VideoId"), ("parameter-description-changed", "VideoId")],
        {0: {"limit": "maxLength", "page": 32, "spec": None}},
    ),
    Case(
        "vod-response-field-added-in-table",
        "vod-2017-03-21",
        lambda t: edit(t, "gif\n\nExamples", "gif\nWidthinteger\n\nThe width of the image.\n\n1280\n\nExamples"),
        [("response-field-added", "AIImageInfoList[].Width")],
        {0: {"sources": ["table"]}},
    ),
    Case(
        "vod-response-field-added-in-example-only",
        "vod-2017-03-21",
        lambda t: edit(t, '"Format": "gif"\n', '"Format": "gif",\n      "Width": 1280\n'),
        [("response-field-added", "AIImageInfoList[].Width"), ("example-changed", "response")],
        {0: {"sources": ["example"]}},
    ),
    Case(
        "vod-response-field-removed",
        "vod-2017-03-21",
        lambda t: edit(drop(t, "Formatstring", "\nExamples"), ',\n      "Format": "gif"', ""),
        [("response-field-removed", "AIImageInfoList[].Format"), ("example-changed", "response")],
    ),
    Case(
        "vod-response-field-retyped",
        "vod-2017-03-21",
        lambda t: edit(t, "Scorestring", "Scorefloat"),
        [("response-field-retyped", "AIImageInfoList[].Score")],
        {0: {"page": "number", "spec": "string", "page_word": "float"}},
    ),
    Case(
        "vod-response-allowed-values-changed",
        "vod-2017-03-21",
        lambda t: edit(t, "Valid values: gif and png.", "Valid values: gif, png and jpg."),
        [
            ("response-field-description-changed", "AIImageInfoList[].Format"),
            ("response-field-values-changed", "AIImageInfoList[].Format"),
        ],
        {1: {"page": ["gif", "png", "jpg"], "spec": ["gif", "png"]}},
    ),
    Case(
        "vod-response-field-description-changed",
        "vod-2017-03-21",
        lambda t: edit(t, "The data version ID.", "The ID of the data version."),
        [("response-field-description-changed", "AIImageInfoList[].Version")],
        {0: {"page": "The ID of the data version.", "snapshot": "The data version ID."}},
    ),
    # ------------------------------------------------------------------ ICE: Alibaba, glued cells
    Case(
        "ice-parameter-added",
        "ice-2020-11-09",
        lambda t: edit(
            t,
            "MediaTypestringNo",
            "SortBystringNo\n\nThe sort order of the results.\n\nutcCreate:Desc\nMediaTypestringNo",
        ),
        [("parameter-added", "SortBy")],
    ),
    Case(
        "ice-parameter-removed",
        "ice-2020-11-09",
        lambda t: edit(t, "SearchLibNamestringNo\n\nThe name of the search library.\n\ntest1\n", ""),
        [("parameter-removed", "SearchLibName")],
    ),
    Case(
        "ice-parameter-retyped",
        "ice-2020-11-09",
        lambda t: edit(t, "EntityIdstringNo", "EntityIdintegerNo"),
        [("parameter-retyped", "EntityId")],
    ),
    Case(
        "ice-newly-required",
        "ice-2020-11-09",
        lambda t: edit(t, "EntityIdstringNo", "EntityIdstringYes"),
        [("parameter-now-required", "EntityId")],
        {0: {"page": True, "spec": False}},
    ),
    Case(
        "ice-limit-changed",
        "ice-2020-11-09",
        lambda t: edit(t, "Maximum value: 50.", "Maximum value: 100."),
        [("limit-changed", "PageSize"), ("parameter-description-changed", "PageSize")],
        {0: {"limit": "maximum", "page": 100, "spec": 50}},
    ),
    Case(
        "ice-enum-changed",
        "ice-2020-11-09",
        lambda t: edit(t, "  • video\n", "  • video\n  • audio\n"),
        [("limit-changed", "MediaType"), ("parameter-description-changed", "MediaType")],
        {0: {"limit": "enum", "page": ["image", "video", "audio"], "spec": ["image", "video"]}},
    ),
    Case(
        "ice-default-removed",
        "ice-2020-11-09",
        lambda t: edit(t, "The page number. Default value: 1.", "The page number."),
        [("limit-changed", "PageNo"), ("parameter-description-changed", "PageNo")],
        {0: {"limit": "default", "page": None, "spec": 1}},
    ),
    Case(
        "ice-nested-response-field-added-in-table",
        "ice-2020-11-09",
        lambda t: edit(t, "Totallong", "MaxScorefloat\n\nThe maximum score.\n\n0.9\nTotallong"),
        [("response-field-added", "MediaInfoList[].MaxScore")],
    ),
    Case(
        "ice-response-field-added-in-example-only",
        "ice-2020-11-09",
        lambda t: edit(
            t,
            '"MediaId": "3b187b3620c8490886cfc2a9578c****"',
            '"MediaId": "3b187b3620c8490886cfc2a9578c****",\n      "Score": 0.9',
        ),
        [("response-field-added", "MediaInfoList[].Score"), ("example-changed", "response")],
        {1: {"differences": ["MediaInfoList[0].Score: only on the page"]}},
    ),
    Case(
        "ice-example-value-changed",
        "ice-2020-11-09",
        lambda t: edit(t, '"Total": 163', '"Total": 164'),
        [("example-changed", "response")],
        {0: {"differences": ["Total: page 164, spec 163"]}},
    ),
    Case(
        "ice-parameter-example-changed",
        "ice-2020-11-09",
        lambda t: edit(t, "The name of the search library.\n\ntest1\n", "The name of the search library.\n\ntest2\n"),
        [("parameter-example-changed", "SearchLibName")],
        {0: {"page": "test2", "spec": "test1"}},
    ),
    # ------------------------------------------------------------------ NTA: Volcengine layout
    Case(
        "nta-parameter-added",
        "nta-2024-07-30",
        lambda t: edit(t, "中生成。\n\n返回参数", "中生成。\n\nFileName\nString\n\ntest.elf\n\n文件名称。\n\n返回参数"),
        [("parameter-added", "FileName")],
        {0: {"type": "string", "required": None}},
    ),
    Case(
        "nta-parameter-removed",
        "nta-2024-07-30",
        lambda t: drop(t, "SignURL\nString", "返回参数\n\n下表"),
        [("parameter-removed", "SignURL")],
    ),
    Case(
        "nta-parameter-retyped",
        "nta-2024-07-30",
        lambda t: edit(t, "SignURL\nString", "SignURL\nInteger"),
        [("parameter-retyped", "SignURL")],
        {0: {"page": "integer", "spec": "string", "page_word": "Integer"}},
    ),
    Case(
        "nta-required-flipped",
        "nta-2024-07-30",
        lambda t: edit(t, "SignURL\nString\n\n", "SignURL\nString\n否\n"),
        [("parameter-no-longer-required", "SignURL")],
    ),
    Case(
        "nta-limit-changed",
        "nta-2024-07-30",
        lambda t: edit(t, "文件详情中生成。", "文件详情中生成。长度为1~1024个字符。"),
        [("limit-changed", "SignURL"), ("parameter-description-changed", "SignURL")],
        {0: {"limit": "maxLength", "page": 1024, "spec": 2048}},
    ),
    Case(
        "nta-response-field-added-in-table",
        "nta-2024-07-30",
        lambda t: edit(
            t, "检测结果。\n\n请求示例", "检测结果。\n\nStatus\nString\n\nrunning\n\n任务状态。\n\n请求示例"
        ),
        [("response-field-added", "Result.Status")],
        {0: {"sources": ["table"]}},
    ),
    Case(
        "nta-response-field-added-in-example-only",
        "nta-2024-07-30",
        lambda t: edit(
            t,
            '"QueryKey": "d41d8cd98*************8ecf8427e"',
            '"QueryKey": "d41d8cd98*************8ecf8427e",\n    "Status": "running"',
        ),
        [("response-field-added", "Result.Status"), ("example-changed", "response")],
        {0: {"sources": ["example"]}},
    ),
    Case(
        "nta-error-code-added",
        "nta-2024-07-30",
        lambda t: edit(
            t,
            "500\nInternalError",
            "429\nFlowLimitExceeded\nRequest rate exceeded.\n\n请求频率超限。\n\n500\nInternalError",
        ),
        [("error-added", "FlowLimitExceeded")],
        {0: {"status": 429, "message": "Request rate exceeded."}},
    ),
    Case(
        "nta-error-code-removed",
        "nta-2024-07-30",
        lambda t: t[: t.index("503\nServiceUnavailable")],
        [("error-removed", "ServiceUnavailable")],
    ),
    Case(
        "nta-error-status-changed",
        "nta-2024-07-30",
        lambda t: edit(t, "403\nAccessDenied", "401\nAccessDenied"),
        [("error-changed", "AccessDenied")],
        {0: {"status": {"page": 401, "spec": 403}}},
    ),
    Case(
        "nta-version-changed",
        "nta-2024-07-30",
        lambda t: edit(t, "2024-07-30", "2025-05-01", count=4),
        [("operation-changed", "version")],
        {0: {"page": "2025-05-01", "spec": "2024-07-30"}},
    ),
    Case(
        "nta-request-example-changed",
        "nta-2024-07-30",
        lambda t: edit(t, '"SignURL": "https://xxx.', '"SignURL": "https://yyy.'),
        [("example-changed", "request")],
    ),
]


def _check(report_changes: list[dict[str, Any]], case: Case) -> None:
    assert [(c["kind"], c["subject"]) for c in report_changes] == case.expected
    for index, detail in case.details.items():
        got = report_changes[index]
        for key, value in detail.items():
            assert got[key] == value, (key, got)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_mutated_page_reports_exactly_the_change(
    case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    page = write(tmp_path, case.mutate(snapshot(case.stem)))
    spec = next((case.args[i + 1] for i, a in enumerate(case.args) if a == "--spec"), None)
    report = run(page, spec=Path(spec) if spec else None)
    _check([c.to_dict() for c in report.changes], case)
    assert report.drift

    proc = cli(page, "--json", *case.args)
    assert proc.returncode == 1, proc.stderr
    data = json.loads(proc.stdout)
    assert data["drift"] is True
    _check(data["changes"], case)

    assert main([str(page), "--root", str(DOCREPO), *case.args]) == 1
    out = capsys.readouterr().out
    assert "DRIFT" in out and out.count("\n    ") >= len(case.expected)


def test_without_snapshot_removals_are_spec_only(tmp_path: Path) -> None:
    text = edit(drop(snapshot("vod-2017-03-21"), "Formatstring", "\nExamples"), ',\n      "Format": "gif"', "")
    report = run(write(tmp_path, text), use_snapshot=False)
    assert report.kinds() == [("example-changed", "response")]
    assert {"what": "response-field", "subject": "AIImageInfoList[].Format"} in report.spec_only
    assert any("no snapshot" in w for w in report.warnings)


def test_explicit_spec_of_another_operation_reports_the_action(tmp_path: Path) -> None:
    text = edit(snapshot("vod-2017-03-21"), "ApsaraVideo VOD:ListAIImageInfo", "ApsaraVideo VOD:ListAIImageInfos")
    page = write(tmp_path, text)
    report = run(page, spec=SPECS["vod-2017-03-21"])
    assert report.kinds() == [("operation-changed", "action")]
    proc = cli(page)  # without --spec no spec declares the action
    assert proc.returncode == 2
    assert "no spec under specs/ declares action ListAIImageInfos" in proc.stderr


def test_verbose_lists_spec_only_items() -> None:
    snapshot("ice-2020-11-09")
    proc = cli(snapshot_file("ice-2020-11-09"), "--verbose")
    assert proc.returncode == 0
    assert "parameter: CustomFilters" in proc.stdout
    assert "limit: PageSize minimum=1" in proc.stdout


# ----------------------------------------------------------------------------------- unreadable pages


def _cut_after(text: str, marker: str) -> str:
    assert text.count(marker) == 1
    return text[: text.index(marker) + len(marker)]


def _cut_mid_json(text: str) -> str:
    """Cut the page in the middle of its JSON success example (the last JSON document of the page)."""
    start = text.rindex("\n{\n") + 1
    _, end = json.JSONDecoder().raw_decode(text, start)
    return text[: (start + end) // 2]


UNREADABLE = [
    (stem, kind, cut, reason)
    for stem, request_heading, response_heading in (
        ("pds-2022-03-01", "Request parameters\n", "Response elements\n"),
        ("imm-2020-09-30", "Request parameters\n", "Response elements\n"),
        ("vod-2017-03-21", "Request parameters\n", "Response parameters\n"),
        ("ice-2020-11-09", "Request parameters\n", "Response parameters\n"),
        ("nta-2024-07-30", "请求参数\n", "返回参数\n"),
    )
    for kind, cut, reason in (
        ("before-table", lambda t, h=request_heading: _cut_after(t, h), "has no parameter table"),
        ("before-response", lambda t, h=response_heading: t[: t.index(h)], "no response parameter section"),
        ("mid-json", _cut_mid_json, "does not parse"),
    )
]


@pytest.mark.parametrize(
    ("stem", "kind", "cut", "reason"), UNREADABLE, ids=[f"{s}-truncated-{k}" for s, k, _, _ in UNREADABLE]
)
def test_truncated_page_is_unreadable(stem: str, kind: str, cut: Any, reason: str, tmp_path: Path) -> None:
    text = cut(snapshot(stem))
    with pytest.raises(PageError, match=reason):
        read_page(text)
    proc = cli(write(tmp_path, text))
    assert proc.returncode == 2
    assert reason in proc.stderr and proc.stdout == ""


def test_page_cut_before_its_examples_is_unreadable(tmp_path: Path) -> None:
    text = snapshot("vod-2017-03-21")
    text = text[: text.index("Examples")]
    with pytest.raises(PageError, match="no examples section"):
        read_page(text)
    assert cli(write(tmp_path, text)).returncode == 2


def test_pipe_table_cut_mid_row_is_unreadable() -> None:
    text = snapshot("pds-2022-03-01")
    cut = (
        text[: text.index("| marker |") + len("| marker |\nstring |")]
        + "\nResponse elements\n"
        + text.split("Response elements\n", 1)[1]
    )
    with pytest.raises(PageError, match="cut off"):
        read_page(cut)


def _random_words(seed: int, n: int = 400) -> str:
    rng = random.Random(seed)
    alphabet = "abcdefghijklmnopqrstuvwxyz"
    lines = []
    for _ in range(n // 8):
        words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 9))) for _ in range(8)]
        lines.append(" ".join(words).capitalize() + ".")
    return "\n\n".join(lines)


UNRELATED = {
    "random-text": _random_words(7),
    "empty": "",
    "release-notes": "Release notes\n\n2024-10-12\n\nThe request parameters of the API has changed.\n\nView details",
    "prose-under-heading": "Request parameters\n\nThis operation takes the common parameters only.\n\nResponse parameters\n\nNone.",
    "markdown-garbage-table": "Request parameters\n\n| a b | c d | e f |\n|---|---|---|\n| x y | z w | q r |\n",
}


@pytest.mark.parametrize("name", sorted(UNRELATED))
def test_unrelated_page_is_unreadable(name: str, tmp_path: Path) -> None:
    with pytest.raises(PageError):
        read_page(UNRELATED[name])
    proc = cli(write(tmp_path, UNRELATED[name]), "--json")
    assert proc.returncode == 2
    assert proc.stderr.startswith("docdiff: ") and "cannot read the page" in proc.stderr
    assert json.loads(proc.stdout)["error"]


def test_missing_page_file_is_unreadable(tmp_path: Path) -> None:
    proc = cli(tmp_path / "nope.txt")
    assert proc.returncode == 2 and "cannot read" in proc.stderr


# ---------------------------------------------------------------------------------------- the words


@pytest.mark.parametrize(
    ("word", "json_type", "items"),
    [
        ("string", "string", None),
        ("String", "string", None),
        ("integer", "integer", None),
        ("long", "integer", None),
        ("Long", "integer", None),
        ("int64", "integer", None),
        ("float", "number", None),
        ("double", "number", None),
        ("boolean", "boolean", None),
        ("object", "object", None),
        ("array", "array", None),
        ("array<object>", "array", "object"),
        ("array<string>", "array", "string"),
        ("Array of String", "array", "string"),
        ("Array of FileInfoForListFiles", "array", "object"),
        ("map<string, string>", "object", None),
    ],
)
def test_type_words(word: str, json_type: str, items: str | None) -> None:
    dt = parse_type(word)
    assert dt is not None and (dt.json, dt.items) == (json_type, items)


@pytest.mark.parametrize("word", ["File", "The request ID.", "", "yes"])
def test_not_type_words(word: str) -> None:
    assert parse_type(word) is None


@pytest.mark.parametrize(
    ("description", "json_type", "limits"),
    [
        ("The maximum number. Valid values: 1 to 100. More text.", "integer", {"minimum": 1, "maximum": 100}),
        ("Valid values: [0, 10].", "integer", {"minimum": 0, "maximum": 10}),
        (
            "The number of entries per page. Default value: 10. Maximum value: 50.",
            "integer",
            {"default": 10, "maximum": 50},
        ),
        ("Minimum value: 1.", "integer", {"minimum": 1}),
        ("The page number. Default value: 1.", "integer", {"default": 1}),
        ("The scale. Default value: 0.5.", "number", {"default": 0.5}),
        ("The type. Valid values:\n• image\n• video", "string", {"enum": ["image", "video"]}),
        (
            "The type. Valid values:\n• image: an image file.\n• video: a video file.\nMore.",
            "string",
            {"enum": ["image", "video"]},
        ),
        ("The format of the image. Valid values: gif and png.", "string", {"enum": ["gif", "png"]}),
        ("The level. Valid values: 0, 1, 2.", "integer", {"enum": [0, 1, 2]}),
        ("Whether to scan. Valid values: true false", "boolean", {}),
        ("The array of object URIs. You can specify up to 100 object URIs in an array.", "array", {"maxItems": 100}),
        ("The name. It can be up to 64 characters in length.", "string", {"maxLength": 64}),
        ("The name. It must be 1 to 128 characters in length.", "string", {"minLength": 1, "maxLength": 128}),
        ("By default, all fields are returned.", "string", {}),
        ("The drive ID.", "string", {}),
        ("取值范围:1~100。", "integer", {"minimum": 1, "maximum": 100}),
        ("默认值:10。最大值:50。", "integer", {"default": 10, "maximum": 50}),
        ("文件名称,长度为1~128个字符。", "string", {"minLength": 1, "maxLength": 128}),
        ("备注,不超过256个字符。", "string", {"maxLength": 256}),
        ("检测类型,取值:file、url。", "string", {"enum": ["file", "url"]}),
    ],
)
def test_limits_from_descriptions(description: str, json_type: str, limits: dict[str, Any]) -> None:
    assert parse_limits(description, json_type) == limits


def test_markdown_pipe_table_is_read() -> None:
    text = (
        "Demo Service:GetThing\n\nRequest parameters\n\n| Parameter | Type | Required | Description | Example |\n"
        "|---|---|---|---|---|\n| ThingId | string | Yes | The ID of the thing. | t-1 |\n"
        "| Limit | integer | No | Valid values: 1 to 5. | 2 |\n\nResponse parameters\n\n"
        "| Parameter | Type | Description | Example |\n|---|---|---|---|\n| RequestId | string | The ID. | r-1 |\n\n"
        'Examples\n\n{"RequestId": "r-1"}\n'
    )
    page = read_page(text)
    assert page.action == "GetThing" and page.layout == "pipe"
    assert [(r.name, r.doc_type, r.required, r.example) for r in page.request_rows] == [
        ("ThingId", "string", "Yes", "t-1"),
        ("Limit", "integer", "No", "2"),
    ]
    assert page.response_examples == [{"RequestId": "r-1"}]


# ------------------------------------------------------------------------ readers: generated tables

_TYPES = ["string", "integer", "long", "boolean", "float", "double"]
_names = st.from_regex(r"[A-Z][a-z]{2,7}(?:[A-Z][a-z]{2,7})?", fullmatch=True).filter(lambda n: parse_type(n) is None)
_sentences = st.lists(st.sampled_from(["the", "number", "of", "files", "returned", "per", "page", "token"]),
                      min_size=3, max_size=9).map(lambda ws: " ".join(ws).capitalize() + ".")  # fmt: skip
_examples = st.from_regex(r"[a-z]{1,6}-[0-9]{1,4}", fullmatch=True)
_rows = st.lists(
    st.tuples(_names, st.sampled_from(_TYPES), st.sampled_from(["Yes", "No"]), _sentences, _examples),
    min_size=1,
    max_size=6,
    unique_by=lambda r: r[0],
)


def _render(layout: str, rows: list[tuple[str, str, str, str, str]]) -> str:
    head = "Demo Service:GetThing\n\nRequest parameters\n\n"
    tail = 'Examples\n\n{"RequestId": "r-1"}\n'
    if layout == "pipe":
        table = "|\nParameter |\nType |\nRequired |\nDescription |\nExample |\n" + "".join(
            f"| {n} |\n{t} |\n{r} |\n{d} |\n{e} |\n" for n, t, r, d, e in rows
        )
        response = "Response elements\n|\nElement |\nType |\nDescription |\nExample |\n| RequestId |\nstring |\nThe ID. |\nr-1 |\n"
    elif layout == "cells":
        table = "Parameter\n\nType\n\nRequired\n\nDescription\n\nExample\n\n" + "".join(
            f"{n}\n\n{t}\n\n{r}\n\n{d}\n\n{e}\n\n" for n, t, r, d, e in rows
        )
        response = "Response parameters\n\nParameter\n\nType\n\nDescription\n\nExample\n\nRequestId\n\nstring\n\nThe ID.\n\nr-1\n\n"
    else:
        table = "ParameterTypeRequiredDescriptionExample\n" + "".join(
            f"{n}{t}{r}\n\n{d}\n\n{e}\n" for n, t, r, d, e in rows
        )
        response = "\nResponse parameters\n\nParameterTypeDescriptionExample\nRequestIdstring\n\nThe ID.\n\nr-1\n\n"
    return head + table + response + tail


@settings(max_examples=60, deadline=None)
@given(layout=st.sampled_from(["pipe", "cells", "glued"]), rows=_rows)
def test_generated_tables_read_back(layout: str, rows: list[tuple[str, str, str, str, str]]) -> None:
    page = read_page(_render(layout, rows))
    assert page.variant == layout
    assert [(r.name, r.doc_type, r.required, r.description, r.example) for r in page.request_rows] == rows
    assert [(r.name, r.doc_type) for r in page.response_rows] == [("RequestId", "string")]
