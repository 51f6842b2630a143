"""``--dry-run``: the printed request is the signed one, tokens masked, and nothing is sent.

Each printed request is checked twice: its signature is recomputed (official SDK utilities, runtime functions),
and, tokens restored, it is sent byte for byte to the emulator, which verifies it as a service would."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from cloudmedia.emulator import Emulator

from ._cli_support import ALI_STS_AK, VOLC_AK, Cli, credentials_env, last_request, replay, verify_signature

IMM = ["imm", "batch-get-file-meta", "--project-name", "p", "--dataset-name", "data set", "--uris", "oss://b/a b~*.jpg"]
VOD = ["vod", "list-ai-image-info", "--video-id", "v 1/~*"]
ICE = ["ice", "search-media-by-face", "--person-image-url", "https://x/p.jpg?a=1", "--face-search-token", "t k"]
PDS = ["pds", "scan-file", "--drive-id", "1", "--fields", "*"]
NTA = ["nta", "create-file-detection", "--sign-url", "https://b.tos-cn-beijing.volces.com/f 1.elf?X-Tos-Expires=3600"]

# (command, extra flags, credentials, expected scheme, the token header the request carries masked)
CASES = {
    "imm-acs3-sts": (IMM, [], credentials_env(), "acs3", "x-acs-security-token"),
    "imm-acs3": (IMM, [], credentials_env(sts=False), "acs3", None),
    "imm-rpc-sts": (IMM, ["--signature-algorithm", "rpc-hmac-sha1"], credentials_env(), "rpc-hmac-sha1", None),
    "vod-acs3": (VOD, [], credentials_env(sts=False), "acs3", None),
    "ice-rpc": (ICE, ["--signature-algorithm", "rpc-hmac-sha1"], credentials_env(sts=False), "rpc-hmac-sha1", None),
    "pds-acs-sts": (PDS, [], credentials_env(), "pds-hmac-sha1", "x-acs-security-token"),
    "pds-bearer": (PDS, [], credentials_env(alibaba=False, pds_token=True), "bearer", "x-acs-bearer-token"),
    "nta-sts": (NTA, [], credentials_env(), "volc-hmac-sha256", "x-security-token"),
    "nta": (NTA, [], credentials_env(sts=False), "volc-hmac-sha256", None),
}


@pytest.mark.parametrize("case", CASES)
def test_dry_run_prints_the_signed_request_and_sends_nothing(cli: Cli, emu: Emulator, case: str) -> None:
    command, extra, env, scheme, masked = CASES[case]
    result = cli(*command, *extra, "--endpoint-url", emu.url, "--dry-run", env=env)
    assert result.code == 0, result.stderr
    assert len(emu.requests) == 0
    record = result.json()
    assert set(record) == {"method", "url", "headers", "body"}
    assert record["url"].startswith(emu.url + "/")
    assert verify_signature(record) == scheme
    response = replay(record)
    assert response.status_code == 200, response.text
    assert (last_request(emu).scheme, last_request(emu).status) == (scheme, 200)
    headers = {k.lower(): v for k, v in record["headers"].items()}
    if masked:
        assert headers[masked] == "***"
    if scheme == "bearer":
        assert headers["authorization"] == "Bearer ***"
    if scheme == "rpc-hmac-sha1" and env.get("ALIBABA_CLOUD_SECURITY_TOKEN"):
        assert "SecurityToken=***" in record["url"]


def test_dry_run_without_endpoint_shows_the_real_endpoint(cli: Cli) -> None:
    result = cli(*IMM, "--region", "cn-shanghai", "--dry-run", env=credentials_env())
    assert result.code == 0, result.stderr
    record = result.json()
    assert httpx.URL(record["url"]).host == "imm.cn-shanghai.aliyuncs.com"
    assert record["headers"]["Host"] == "imm.cn-shanghai.aliyuncs.com"
    assert f"Credential={ALI_STS_AK}," in record["headers"]["authorization"]
    verify_signature(record)


@pytest.mark.parametrize(
    ("extra", "host"),
    [([], "bj123.api.aliyunpds.com"), (["--network", "vpc"], "bj123.api-vpc.aliyunpds.com")],
    ids=["public", "vpc"],
)
def test_dry_run_of_pds_builds_the_host_from_the_domain(cli: Cli, extra: list[str], host: str) -> None:
    result = cli(*PDS, "--domain-id", "bj123", *extra, "--dry-run", env=credentials_env())
    assert result.code == 0, result.stderr
    record = result.json()
    assert httpx.URL(record["url"]).host == host
    assert verify_signature(record) == "pds-hmac-sha1"


def test_dry_run_of_volcengine_uses_the_region_in_the_scope(cli: Cli) -> None:
    result = cli(*NTA, "--region", "cn-shanghai", "--dry-run", env=credentials_env(sts=False))
    assert result.code == 0, result.stderr
    record = result.json()
    assert f"Credential={VOLC_AK}/" in record["headers"]["Authorization"]
    assert "/cn-shanghai/nta/request" in record["headers"]["Authorization"]
    verify_signature(record)


def _parse_http_text(text: str) -> dict[str, Any]:
    head, _, body = text.partition("\n\n")
    first, *header_lines = head.splitlines()
    method, url = first.split(" ", 1)
    headers = dict(line.split(": ", 1) for line in header_lines)
    return {"method": method, "url": url, "headers": headers, "body": body.removesuffix("\n")}


@pytest.mark.parametrize("command", [IMM, PDS, NTA], ids=["imm", "pds", "nta"])
def test_dry_run_as_an_http_message(cli: Cli, emu: Emulator, command: list[str]) -> None:
    result = cli(*command, "--endpoint-url", emu.url, "--dry-run", "--output", "table", env=credentials_env())
    assert result.code == 0, result.stderr
    assert result.stdout.startswith(f"POST {emu.url}/")
    assert len(emu.requests) == 0
    record = _parse_http_text(result.stdout)
    verify_signature(record)
    assert replay(record).status_code == 200


def test_dry_run_of_all_pages_shows_the_first_request(cli: Cli, emu: Emulator) -> None:
    result = cli(*PDS, "--limit", "2", "--all", "--endpoint-url", emu.url, "--dry-run", env=credentials_env())
    assert result.code == 0, result.stderr
    record = result.json()
    assert record["body"] == '{"drive_id":"1","fields":"*","limit":2}'
    verify_signature(record)
    assert len(emu.requests) == 0


def test_dry_run_still_validates(cli: Cli, emu: Emulator) -> None:
    result = cli(*PDS, "--limit", "500", "--endpoint-url", emu.url, "--dry-run", env=credentials_env())
    assert result.code == 2
    assert "--limit" in result.stderr
    assert result.stdout == ""
