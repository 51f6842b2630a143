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
            "argument --media-type: invalid choice: 'audio'",
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
            f"argument --limit: ScanFile: parameter 'limit' must be <= {PDS_LIMIT_MAX}",
        ),
        (
            [*IMM[:-2], *[a for i in range(IMM_URIS_MAX + 1) for a in ("--uris", f"oss://b/{i}")]],
            "argument --uris: BatchGetFileMeta: parameter 'uris' (URIs)",
        ),
        ([*NTA[:-1], ""], "argument --sign-url: CreateFileDetection: parameter 'sign_url' (SignURL)"),
    ],
    ids=["maximum", "max-items", "min-length"],
)
def test_client_validation_is_a_usage_error_and_sends_nothing(cli, emu, args, message):
    result = cli(*args, "--endpoint-url", emu.url, env=credentials_env())
    assert result.code == 2, result.stderr
    assert result.stderr.startswith("usage: cloudmedia")
    assert message in result.stderr
    assert len(emu.requests) == 0


def test_missing_credentials(cli, emu):
    result = cli(*IMM, "--endpoint-url", emu.url, env={})
    assert result.code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith("error: No Alibaba Cloud credentials found")
    assert len(emu.requests) == 0


def test_missing_volcengine_credentials(cli, emu):
    result = cli(*NTA, "--endpoint-url", emu.url, env=credentials_env(volcengine=False))
    assert result.code == 2
    assert result.stderr.startswith("error: No Volcengine credentials found")


def test_credentials_the_service_does_not_know(cli, emu):
    env = {"ALIBABA_CLOUD_ACCESS_KEY_ID": "LTAI5tUnknownKey", "ALIBABA_CLOUD_ACCESS_KEY_SECRET": "whatever"}
    result = cli(*IMM, "--endpoint-url", emu.url, env=env)
    assert result.code == 3
    assert result.stderr.startswith("error: InvalidAccessKeyId")


def test_pds_without_domain_or_endpoint(cli):
    result = cli("pds", "scan-file", "--drive-id", "1", env=credentials_env())
    assert result.code == 2
    assert "domain_id is required" in result.stderr


def test_global_option_the_client_does_not_take(cli, emu):
    result = cli(*PDS, "--region", "cn-hangzhou", "--endpoint-url", emu.url, env=credentials_env())
    assert result.code == 2
    assert "--region does not apply to pds" in result.stderr
    assert len(emu.requests) == 0


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
