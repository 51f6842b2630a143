"""--query (JMESPath) for every output format, --output text for shell pipelines, tables that say what they
leave out; and a global option never hides an operation parameter of the same name. Against the emulator."""

from __future__ import annotations

import pytest
from _cli_support import credentials_env

IMM = ["imm", "batch-get-file-meta", "--project-name", "p", "--dataset-name", "d"]
URIS = ["--uris", '["oss://b/a.jpg","oss://b/b.jpg"]']
VOD = ["vod", "list-ai-image-info", "--video-id", "v1"]
ICE = ["ice", "search-media-by-face", "--person-image-url", "https://x/p.jpg", "--face-search-token", "t"]


def run(cli, emu, *args: str):
    result = cli(*args, "--endpoint-url", emu.url, env=credentials_env())
    assert result.code == 0, result.stderr
    return result


def test_query_picks_from_the_json_result(cli, emu):
    result = run(cli, emu, *IMM, *URIS, "--query", "Files[].URI")
    assert result.json() == ["oss://b/a.jpg", "oss://b/b.jpg"]


def test_query_with_text_output_feeds_a_shell_pipeline(cli, emu):
    result = run(cli, emu, *IMM, *URIS, "--query", "Files[].[URI, Size]", "--output", "text")
    full = run(cli, emu, *IMM, *URIS).json()["Files"]
    assert result.stdout.splitlines() == [f"{f['URI']}\t{f['Size']}" for f in full]


def test_query_with_table_output(cli, emu):
    result = run(cli, emu, *VOD, "--query", "AIImageInfoList[].{Id: AIImageInfoId, Score: Score, Format: Format}")
    images = run(cli, emu, *VOD).json()["AIImageInfoList"]
    table = run(
        cli,
        emu,
        *VOD,
        "--output",
        "table",
        "--query",
        "AIImageInfoList[].{Id: AIImageInfoId, Score: Score, Format: Format}",
    ).stdout.splitlines()
    assert table[0].split() == ["Id", "Score", "Format"]
    assert [line.split() for line in table[2:]] == [[i["AIImageInfoId"], i["Score"], i["Format"]] for i in images]
    assert result.json() == [{"Id": i["AIImageInfoId"], "Score": i["Score"], "Format": i["Format"]} for i in images]


def test_query_applies_to_each_item_when_following_pages(cli, emu):
    lines = run(cli, emu, *ICE, "--page-size", "2", "--all", "--query", "MediaId", "--output", "text").stdout
    items = run(cli, emu, *ICE, "--page-size", "2", "--all").json_lines()
    assert lines.splitlines() == [item["MediaId"] for item in items]
    assert len(items) == 5


def test_invalid_query_is_a_usage_error_before_any_request(cli, emu):
    result = cli(*IMM, *URIS, "--query", "Files[", "--endpoint-url", emu.url, env=credentials_env())
    assert result.code == 2
    assert "argument --query: not a valid JMESPath expression" in result.stderr
    assert len(emu.requests) == 0


def test_text_output_without_query(cli, emu):
    lines = run(cli, emu, "nta", "create-file-detection", "--sign-url", "https://e.com/f", "--output", "text").stdout
    head, result = lines.splitlines()
    assert head.startswith("RESPONSEMETADATA\t") and "CreateFileDetection" in head.split("\t")
    assert result.startswith("RESULT\t") and len(result.split("\t")[1]) == 32


def test_table_says_which_columns_it_left_out(cli, emu):
    result = cli(*VOD, "--output", "table", "--endpoint-url", emu.url, env={**credentials_env(), "COLUMNS": "80"})
    assert result.code == 0, result.stderr
    lines = result.stdout.splitlines()
    shown = lines[0].split()
    note = next(line for line in lines if "fields not shown" in line)
    left_out = note.split("fields not shown: ")[1].split(";")[0].split(", ")
    assert {"Score", "Format"} <= set(left_out)
    assert set(shown).isdisjoint(left_out)
    assert len(shown) + len(left_out) == 8  # every field of an AI image, shown or named
    assert "--query 'AIImageInfoList[].{" in note
    assert all(len(line) <= 80 for line in lines if not line.startswith("("))
    wide = cli(*VOD, "--output", "table", "--endpoint-url", emu.url, env={**credentials_env(), "COLUMNS": "400"})
    assert "Score" in wide.stdout.splitlines()[0] and "fields not shown" not in wide.stdout


# ------------------------------------------------------------------------------------------------ name clashes


@pytest.mark.parametrize("wire", ["Query", "Output", "Region"])
def test_a_parameter_named_like_a_global_option_keeps_a_flag(wire):
    """IMM's search operations have a ``Query`` parameter: it is ``--param-query`` (and ``--Query``), while
    ``--query`` stays the JMESPath option."""
    from cloudmedia._runtime.model import OperationModel, ParamModel
    from cloudmedia.cli._commands import _make_operation
    from cloudmedia.cli._parser import RESERVED_FLAGS

    param = ParamModel(wire=wire, python=wire.lower(), location="query", required=True, schema={"type": "string"})
    op = OperationModel(
        name="SimpleQuery", action="SimpleQuery", style="rpc", method="POST", path="/", idempotent=True, params=(param,)
    )
    (made,) = _make_operation(object, op, RESERVED_FLAGS).params
    assert made.flag == f"--param-{wire.lower()}"
    assert made.aliases == (f"--{wire}",)
    assert not set(made.flags) & RESERVED_FLAGS
