"""Exit codes: 2 usage, 3 service error, 4 transport error, 5 invalid response; one ``error:`` line on stderr.

Service errors and invalid bodies come from the emulator's fault injection; a service repeating a page marker
(which the emulator never does) from the stub."""

from __future__ import annotations

import importlib
import socket
from urllib.parse import quote

import pytest
from _cli_support import ALI_STS, ALI_STS_AK, credentials_env

IMM = ["imm", "batch-get-file-meta", "--project-name", "p", "--dataset-name", "d", "--uris", "oss://b/a.jpg"]
PDS = ["pds", "scan-file", "--drive-id", "1"]
NTA = ["nta", "create-file-detection", "--sign-url", "https://example.com/f.elf"]


def documented(package: str, operation: str, wire: str, keyword: str) -> int:
    """A limit of the spec (written from the documentation page), read from the service model."""
    service = importlib.import_module(f"cloudmedia.{package}._service").SERVICE
    return int(service.operation(operation).param(wire).schema[keyword])


PDS_LIMIT_MAX = documented("pds", "ScanFile", "limit", "maximum")
IMM_URIS_MAX = documented("imm", "BatchGetFileMeta", "URIs", "maxItems")


# ------------------------------------------------------------------------------------------------ usage (2)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "required: SERVICE"),
        (["nosuch"], "invalid choice: 'nosuch'"),
        (["imm"], "required: OPERATION"),
        (["imm", "batch-get-file-meta", "--project-name", "p", "--dataset-name", "d"], "required: --uris"),
        ([*PDS, "--limit", "ten"], "argument --limit: invalid int value: 'ten'"),
        (
            [
                "ice",
                "search-media-by-face",
                "--person-image-url",
                "u",
                "--face-search-token",
                "t",
                "--media-type",
                "audio",
            ],
            "argument --media-type/--MediaType: invalid choice: 'audio'",
        ),
        ([*IMM, "--output", "yaml"], "argument --output: invalid choice"),
        ([*IMM, "--signature-algorithm", "md5"], "argument --signature-algorithm: invalid choice"),
        ([*PDS, "--max-items", "-1"], "argument --max-items: invalid non-negative integer value"),
    ],
    ids=[
        "no-service",
        "unknown-service",
        "no-operation",
        "missing-required",
        "bad-int",
        "bad-enum",
        "bad-output",
        "bad-algorithm",
        "negative-max-items",
    ],
)
def test_argparse_usage_errors(cli, args, message):
    result = cli(*args, env=credentials_env())
    assert result.code == 2
    assert result.stderr.startswith("usage: cloudmedia")
    assert message in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            [*PDS, "--limit", str(PDS_LIMIT_MAX + 1)],
            f"error: argument --limit: must be <= {PDS_LIMIT_MAX}; got {PDS_LIMIT_MAX + 1}",
        ),
        (
            [*IMM[:-2], *[a for i in range(IMM_URIS_MAX + 1) for a in ("--uris", f"oss://b/{i}")]],
            f"error: argument --uris: must have at most {IMM_URIS_MAX} items; got {IMM_URIS_MAX + 1} items",
        ),
        ([*IMM[:-2], "--uris", '["oss://b/a", 7]'], "error: argument --uris: item 2 of the JSON array is 7"),
        ([*NTA[:-1], ""], "error: argument --sign-url: must be at least 1 character long; got 0 characters"),
    ],
    ids=["maximum", "max-items", "item-type", "min-length"],
)
def test_client_validation_is_a_usage_error_and_sends_nothing(cli, emu, args, message):
    result = cli(*args, "--endpoint-url", emu.url, env=credentials_env())
    assert result.code == 2, result.stderr
    assert result.stderr.startswith("usage: cloudmedia")
    assert message in result.stderr
    assert "parameter '" not in result.stderr  # flags, not Python names
    assert len(emu.requests) == 0


def test_missing_credentials_names_variables_and_flags_not_python_arguments(cli, emu):
    result = cli(*IMM, "--endpoint-url", emu.url, env={})
    assert result.code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith("error: No credentials found for imm. Looked in: environment variables ")
    assert "Set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET" in line
    assert "--profile or ALIBABA_CLOUD_PROFILE" in line
    assert "Pass " not in line and " arguments" not in line
    assert len(emu.requests) == 0


def test_missing_pds_credentials_name_the_token_variable_and_flag(cli, emu):
    result = cli(*PDS, "--endpoint-url", emu.url, env={})
    assert result.code == 2
    assert "CLOUDMEDIA_PDS_ACCESS_TOKEN or --access-token" in result.stderr
    assert "access_token argument" not in result.stderr and "Pass " not in result.stderr


def test_missing_volcengine_credentials(cli, emu):
    result = cli(*NTA, "--endpoint-url", emu.url, env=credentials_env(volcengine=False))
    assert result.code == 2
    assert result.stderr.startswith("error: No credentials found for nta.")
    assert "Set VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY" in result.stderr
    assert "secret_access_key" not in result.stderr


def test_credentials_the_service_does_not_know(cli, emu):
    env = {"ALIBABA_CLOUD_ACCESS_KEY_ID": "LTAI5tUnknownKey", "ALIBABA_CLOUD_ACCESS_KEY_SECRET": "whatever"}
    result = cli(*IMM, "--endpoint-url", emu.url, env=env)
    assert result.code == 3
    assert result.stderr.startswith("error: InvalidAccessKeyId")


def test_pds_without_domain_or_endpoint_names_the_flag(cli):
    result = cli("pds", "scan-file", "--drive-id", "1", "--dry-run", env=credentials_env())
    assert result.code == 2
    assert "error: --domain-id is required: the pds host is built from it ({domain_id}.api.aliyunpds.com)" in (
        result.stderr
    )
    assert "domain_id is" not in result.stderr


def test_global_options_are_accepted_for_every_service(cli, emu):
    """--region has no effect on PDS (its host comes from the domain id): accepted, ignored, and --debug says so."""
    pds = cli(*PDS, "--region", "cn-hangzhou", "--endpoint-url", emu.url, "--debug", env=credentials_env())
    assert pds.code == 0, pds.stderr
    assert "--region: ignored: pds builds its host from --domain-id, not from a region" in pds.stderr
    assert len(emu.requests) == 1
    nta = cli(*NTA, "--profile", "work", "--endpoint-url", emu.url, "--debug", env=credentials_env())
    assert nta.code == 0, nta.stderr
    assert "--profile: ignored: nta takes its credentials from environment variables only" in nta.stderr
    quiet = cli(*PDS, "--region", "cn-hangzhou", "--profile", "x", "--endpoint-url", emu.url, env=credentials_env())
    assert quiet.code == 0 and quiet.stderr == ""


def test_bad_endpoint_url(cli):
    result = cli(*IMM, "--endpoint-url", "ftp://127.0.0.1:1/x", env=credentials_env())
    assert result.code == 2
    assert "scheme must be http or https" in result.stderr


# ------------------------------------------------------------------------------------------------ service (3)


def test_service_error_is_one_line(cli, emu):
    emu.faults.add("imm", status=400, code="InvalidParameter", message="The specified parameter URIs is invalid.")
    result = cli(*IMM, "--endpoint-url", emu.url, env=credentials_env())
    assert result.code == 3
    assert result.stdout == ""
    request_id = emu.requests.last.request_id
    assert result.stderr.splitlines() == [
        f"error: InvalidParameter: The specified parameter URIs is invalid. (HTTP 400, request id {request_id})"
    ]
    assert len(emu.requests) == 1  # a client error is not retried


def test_pds_service_error(cli, emu):
    emu.faults.add("pds", status=404, code="NotFound.Drive", message="drive not found")
    result = cli(*PDS, "--endpoint-url", emu.url, env=credentials_env())
    assert result.code == 3
    request_id = emu.requests.last.request_id
    assert result.stderr.strip() == f"error: NotFound.Drive: drive not found (HTTP 404, request id {request_id})"


def test_volcengine_service_error(cli, emu):
    emu.faults.add("nta", status=400, code="QuotaExceeded", message="too many")
    result = cli(*NTA, "--endpoint-url", emu.url, env=credentials_env())
    assert result.code == 3
    request_id = emu.requests.last.request_id
    assert result.stderr.strip() == f"error: QuotaExceeded: too many (HTTP 400, request id {request_id})"


def test_server_errors_are_retried_up_to_max_attempts(cli, emu):
    emu.faults.add("imm", status=503)
    result = cli(*IMM, "--endpoint-url", emu.url, "--max-attempts", "2", env=credentials_env())
    assert result.code == 3
    assert "(HTTP 503" in result.stderr
    assert len(emu.requests) == 2


def test_a_token_echoed_by_the_service_is_masked(cli, emu):
    emu.faults.add(
        "imm",
        status=400,
        code="SignatureDoesNotMatch",
        message="Specified signature is not matched with our calculation. server string to sign is:"
        f"POST&%2F&AccessKeyId%3D{ALI_STS_AK}%26SecurityToken%3D{quote(ALI_STS, safe='')}%26Version%3D2020-09-30",
    )
    result = cli(*IMM, "--endpoint-url", emu.url, "--signature-algorithm", "rpc-hmac-sha1", env=credentials_env())
    assert result.code == 3
    assert "SignatureDoesNotMatch" in result.stderr
    assert "SecurityToken%3D***" in result.stderr
    assert quote(ALI_STS, safe="") not in result.stderr


# ------------------------------------------------------------------------------------------------ transport (4)


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_transport_error(cli):
    result = cli(*IMM, "--endpoint-url", f"http://127.0.0.1:{_closed_port()}", env=credentials_env())
    assert result.code == 4
    (line,) = result.stderr.splitlines()
    assert line.startswith("error: ConnectError: ")
    assert result.stdout == ""


# ------------------------------------------------------------------------------------------------ invalid (5)


def test_invalid_response(cli, emu):
    emu.faults.add("imm", html=True)
    result = cli(*IMM, "--endpoint-url", emu.url, "--max-attempts", "1", env=credentials_env())
    assert result.code == 5
    (line,) = result.stderr.splitlines()
    assert line.startswith("error: InvalidResponseError: ")
    assert "HTTP 502" in line


def test_pagination_that_cannot_progress(cli, stub):
    stub.handlers["ScanFile"] = lambda request: (200, {}, {"items": [{"file_id": "f"}], "next_marker": "same"})
    result = cli(*PDS, "--all", "--endpoint-url", stub.url, env=credentials_env())
    assert result.code == 5
    assert (
        result.stderr.strip() == "error: PaginationError: ScanFile: the service returned marker 'same' twice; stopping"
    )
    assert {item["file_id"] for item in result.json_lines()} == {"f"}  # what was read before the repeat
