"""Every operation through the real console script, against the emulator: JSON and table output, flags."""

from __future__ import annotations

import importlib
import json
import sys

import pytest
from _cli_support import (
    ALI_STS,
    ALI_STS_AK,
    PDS_TOKEN,
    VOLC_STS_AK,
    client_for,
    credentials_env,
    kebab,
    required_args,
    required_kwargs,
    service_models,
    without_request_ids,
)

OPERATIONS = [(name, op) for name, service in service_models().items() for op in service.operations.values()]
IDS = [f"{name}-{kebab(op.python_name)}" for name, op in OPERATIONS]


def _request_id(data):
    return data.get("RequestId") or data.get("ResponseMetadata", {}).get("RequestId")


@pytest.mark.parametrize(("name", "op"), OPERATIONS, ids=IDS)
def test_every_operation_prints_the_response_as_json(cli, emu, name, op):
    result = cli(name, kebab(op.python_name), *required_args(op), "--endpoint-url", emu.url, env=credentials_env())
    assert result.code == 0, result.stderr
    assert result.stderr == ""
    (record,) = emu.requests
    assert (record.action, record.status) == (op.action, 200)
    assert record.access_key_id in (ALI_STS_AK, VOLC_STS_AK) and record.sts  # verified by the emulator
    printed = result.json()
    assert _request_id(printed) in (record.request_id, None)
    # exactly what the Python client returns for the same call (the emulator's data is deterministic)
    service = importlib.import_module(f"cloudmedia.{name}._service").SERVICE
    client_cls = getattr(importlib.import_module(f"cloudmedia.{name}"), service.client)
    emu.jobs.clear()  # a submission starts a job: forgotten, the same call starts the same (seeded) job again
    with client_for(service, client_cls, emu.url) as client:
        expected = getattr(client, op.python_name)(**required_kwargs(op)).to_dict()
    assert without_request_ids(printed) == without_request_ids(expected)


@pytest.mark.parametrize(("name", "op"), OPERATIONS, ids=IDS)
def test_every_operation_prints_a_table(cli, emu, name, op):
    result = cli(
        name,
        kebab(op.python_name),
        *required_args(op),
        "--endpoint-url",
        emu.url,
        "--output",
        "table",
        env=credentials_env(),
    )
    assert result.code == 0, result.stderr
    assert len(result.stdout.splitlines()) >= 2
    with pytest.raises(ValueError):
        json.loads(result.stdout)


def test_table_shows_list_items_as_rows_and_the_rest_as_key_values(cli, emu):
    result = cli(
        "vod",
        "list-ai-image-info",
        "--video-id",
        "v1",
        "--endpoint-url",
        emu.url,
        "--output",
        "table",
        env=credentials_env(),
    )
    assert result.code == 0, result.stderr
    lines = result.stdout.splitlines()
    header = lines[0].split()
    assert header[:2] == ["CreationTime", "AIImageInfoId"]
    assert 2 <= len(header) <= 6
    assert set(lines[1]) <= {"-", " "}
    rows = lines[2 : lines.index("")]
    note = rows.pop()
    assert note.startswith("(") and "fields not shown" in note
    assert lines[-1].split() == ["RequestId", emu.requests.last.request_id]
    images = cli(
        "vod", "list-ai-image-info", "--video-id", "v1", "--endpoint-url", emu.url, env=credentials_env()
    ).json()["AIImageInfoList"]
    assert [row.split()[1] for row in rows] == [image["AIImageInfoId"] for image in images]


def test_table_of_a_single_object_is_key_value(cli, emu):
    result = cli(
        "nta",
        "create-file-detection",
        "--sign-url",
        "https://example.com/f.elf",
        "--endpoint-url",
        emu.url,
        "--output",
        "table",
        env=credentials_env(),
    )
    assert result.code == 0, result.stderr
    rows = dict(line.split(None, 1) for line in result.stdout.splitlines())
    assert rows["ResponseMetadata.Action"] == "CreateFileDetection"
    assert rows["ResponseMetadata.RequestId"] == emu.requests.last.request_id
    assert len(rows["Result.QueryKey"]) == 32


def test_arrays_repeat_the_flag_and_travel_as_one_json_value(cli, emu):
    result = cli(
        "imm",
        "batch-get-file-meta",
        "--project-name",
        "p",
        "--dataset-name",
        "d",
        "--uris",
        "oss://b/a.jpg",
        "--uris",
        "oss://b/b c.jpg",
        "--with-fields",
        "URI",
        "--with-fields",
        "Figures",
        "--endpoint-url",
        emu.url,
        env=credentials_env(),
    )
    assert result.code == 0, result.stderr
    record = emu.requests.last
    assert record.params["URIs"] == ["oss://b/a.jpg", "oss://b/b c.jpg"]
    assert record.params["WithFields"] == ["URI", "Figures"]
    assert dict(record.query)["URIs"] == '["oss://b/a.jpg","oss://b/b c.jpg"]'
    assert [f["URI"] for f in result.json()["Files"]] == ["oss://b/a.jpg", "oss://b/b c.jpg"]


def test_integers_are_sent_as_integers(cli, emu):
    result = cli(
        "pds",
        "scan-file",
        "--drive-id",
        "1",
        "--limit",
        "3",
        "--fields",
        "*",
        "--endpoint-url",
        emu.url,
        env=credentials_env(),
    )
    assert result.code == 0, result.stderr
    assert emu.requests.last.params == {"drive_id": "1", "limit": 3, "fields": "*"}
    assert len(result.json()["items"]) == 3


def test_enum_and_integer_query_parameters(cli, emu):
    result = cli(
        "ice",
        "search-media-by-face",
        "--person-image-url",
        "https://x/p.jpg",
        "--face-search-token",
        "t",
        "--media-type",
        "video",
        "--page-no",
        "2",
        "--page-size",
        "2",
        "--endpoint-url",
        emu.url,
        env=credentials_env(),
    )
    assert result.code == 0, result.stderr
    params = emu.requests.last.params
    assert (params["MediaType"], params["PageNo"], params["PageSize"]) == ("video", 2, 2)


def test_global_options_are_accepted_before_the_service_too(cli, emu):
    result = cli(
        "--endpoint-url",
        emu.url,
        "--output",
        "table",
        "vod",
        "list-ai-image-info",
        "--video-id",
        "v1",
        env=credentials_env(),
    )
    assert result.code == 0, result.stderr
    assert result.stdout.startswith("CreationTime")
    assert len(emu.requests) == 1


def test_signature_algorithm_comes_from_the_client_constructor(cli, emu):
    result = cli(
        "vod",
        "list-ai-image-info",
        "--video-id",
        "v1",
        "--signature-algorithm",
        "rpc-hmac-sha1",
        "--endpoint-url",
        emu.url,
        env=credentials_env(),
    )
    assert result.code == 0, result.stderr
    assert emu.requests.last.scheme == "rpc-hmac-sha1"


def test_plain_access_keys(cli, emu):
    result = cli(
        "vod", "list-ai-image-info", "--video-id", "v1", "--endpoint-url", emu.url, env=credentials_env(sts=False)
    )
    assert result.code == 0, result.stderr
    assert emu.requests.last.sts is False


def test_pds_access_token_from_the_environment(cli, emu):
    result = cli(
        "pds",
        "scan-file",
        "--drive-id",
        "1",
        "--endpoint-url",
        emu.url,
        env=credentials_env(alibaba=False, pds_token=True),
    )
    assert result.code == 0, result.stderr
    assert emu.requests.last.scheme == "bearer"


def test_pds_access_token_flag(cli, emu):
    result = cli(
        "pds",
        "scan-file",
        "--drive-id",
        "1",
        "--access-token",
        PDS_TOKEN,
        "--endpoint-url",
        emu.url,
        env=credentials_env(alibaba=False),
    )
    assert result.code == 0, result.stderr
    assert emu.requests.last.scheme == "bearer"


def test_debug_logs_the_signed_request_with_secrets_masked(cli, emu):
    result = cli(
        "imm",
        "batch-get-file-meta",
        "--project-name",
        "p",
        "--dataset-name",
        "d",
        "--uris",
        "oss://b/a.jpg",
        "--endpoint-url",
        emu.url,
        "--debug",
        env=credentials_env(),
    )
    assert result.code == 0, result.stderr
    assert result.json()["Files"]
    assert "DEBUG" in result.stderr and "cloudmedia.cli" in result.stderr
    assert "Signature=" in result.stderr  # the signature is shown, to debug a mismatch
    assert "'x-acs-security-token': '***'" in result.stderr
    assert "-> 200" in result.stderr
    assert emu.requests.last.sts  # the token was sent for real, and masked in the log
    assert ALI_STS not in result.stderr


def test_python_dash_m(cli, emu):
    result = cli(
        "vod",
        "list-ai-image-info",
        "--video-id",
        "v1",
        "--endpoint-url",
        emu.url,
        env=credentials_env(),
        command=[sys.executable, "-m", "cloudmedia.cli"],
    )
    assert result.code == 0, result.stderr
    assert result.json()["AIImageInfoList"]
