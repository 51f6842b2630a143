"""List flags take the flag repeated or one JSON array (anything ambiguous is refused); the vendors' names are
aliases; abbreviations are refused; unknown names get "did you mean". Checked on the request --dry-run prints
or against the emulator."""

from __future__ import annotations

import json

import httpx
import pytest
from _cli_support import credentials_env

BASE = ["imm", "batch-get-file-meta", "--project-name", "p", "--dataset-name", "d"]


def sent_uris(result) -> list[str]:
    assert result.code == 0, result.stderr
    query = dict(httpx.URL(result.json()["url"]).params)
    return json.loads(query["URIs"])


# ------------------------------------------------------------------------------------------------ list values


def test_a_json_array_is_the_list_and_equals_the_repeated_flag(cli):
    as_json = cli(*BASE, "--uris", '["oss://b/a.jpg", "oss://b/b.jpg"]', "--dry-run", env=credentials_env())
    repeated = cli(*BASE, "--uris", "oss://b/a.jpg", "--uris", "oss://b/b.jpg", "--dry-run", env=credentials_env())
    assert sent_uris(as_json) == sent_uris(repeated) == ["oss://b/a.jpg", "oss://b/b.jpg"]


def test_a_json_array_reaches_the_service_as_two_files(cli, emu):
    result = cli(*BASE, "--uris", '["oss://b/a.jpg","oss://b/b.jpg"]', "--endpoint-url", emu.url, env=credentials_env())
    assert result.code == 0, result.stderr
    assert [f["URI"] for f in result.json()["Files"]] == ["oss://b/a.jpg", "oss://b/b.jpg"]


@pytest.mark.parametrize(
    ("values", "message"),
    [
        (['["oss://b/a.jpg"]', "oss://b/b.jpg"], "give either one JSON array or one value per --uris, not both"),
        (['["oss://b/a.jpg", '], "the value starts with '[' but is not a valid JSON array"),
        (['["oss://b/a.jpg", 7]'], "item 2 of the JSON array is 7, not a string"),
    ],
    ids=["array-and-value", "broken-json", "wrong-item-type"],
)
def test_ambiguous_or_broken_list_values_are_refused_before_sending(cli, emu, values, message):
    flags = [arg for value in values for arg in ("--uris", value)]
    result = cli(*BASE, *flags, "--endpoint-url", emu.url, env=credentials_env())
    assert result.code == 2
    assert f"argument --uris: {message}" in result.stderr
    assert len(emu.requests) == 0


def test_enum_items_are_checked_in_json_arrays_too(cli):
    ok = cli(*BASE, "--uris", "oss://b/a", "--with-fields", '["URI","Figures"]', "--dry-run", env=credentials_env())
    assert ok.code == 0, ok.stderr
    assert json.loads(dict(httpx.URL(ok.json()["url"]).params)["WithFields"]) == ["URI", "Figures"]


# ------------------------------------------------------------------------------------------------ names


def test_vendor_names_are_aliases(cli):
    ours = cli(*BASE, "--uris", "oss://b/a.jpg", "--dry-run", env=credentials_env())
    theirs = cli(
        "imm",
        "BatchGetFileMeta",
        "--ProjectName",
        "p",
        "--DatasetName",
        "d",
        "--URIs",
        "oss://b/a.jpg",
        "--dry-run",
        env=credentials_env(),
    )
    assert theirs.code == 0, theirs.stderr
    assert theirs.json()["url"] == ours.json()["url"]
    vod = cli("vod", "ListAIImageInfo", "--VideoId", "v1", "--dry-run", env=credentials_env())
    assert vod.code == 0, vod.stderr
    assert dict(httpx.URL(vod.json()["url"]).params)["VideoId"] == "v1"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([*BASE[:2], "--project", "p", "--dataset-name", "d", "--uris", "u"], "unrecognized arguments: --project"),
        ([*BASE, "--uris", "u", "--regio", "cn-beijing"], "unrecognized arguments: --regio cn-beijing"),
        (["--regio", "cn-beijing", *BASE, "--uris", "u"], "unrecognized arguments: --regio"),
        ([*BASE, "--uris", "u", "--out", "json"], "unrecognized arguments: --out json"),
    ],
    ids=["parameter", "global-after", "global-before", "output"],
)
def test_abbreviations_are_refused(cli, args, message):
    result = cli(*args, "--dry-run", env=credentials_env())
    assert result.code == 2
    assert message in result.stderr
    assert result.stdout == ""


def test_unknown_flag_gets_did_you_mean_and_the_operation_usage(cli):
    result = cli(*BASE, "--uris", "u", "--projectname", "q", env=credentials_env())
    assert result.code == 2
    assert result.stderr.startswith("usage: cloudmedia imm batch-get-file-meta ")
    assert "did you mean --project-name or --ProjectName?" in result.stderr
    region = cli(*BASE, "--uris", "u", "--regoin", "x", env=credentials_env())
    assert "did you mean --region?" in region.stderr


def test_unknown_operation_and_service_get_did_you_mean(cli):
    op = cli("imm", "batch-get-file-meat", env=credentials_env())
    assert op.code == 2 and "did you mean batch-get-file-meta" in op.stderr  # the closest first
    vendor = cli("imm", "BatchGetFileMta", env=credentials_env())
    assert "did you mean BatchGetFileMeta" in vendor.stderr
    service = cli("imx", "batch-get-file-meta", env=credentials_env())
    assert "did you mean imm?" in service.stderr
