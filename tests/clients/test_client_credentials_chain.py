"""The credentials chain as users meet it: through the client constructors, with the environment and a temporary
home directory (the autouse ``isolated_env`` fixture clears every credential variable and points HOME at an empty
directory). Each found credential is proven by verifying the signature of a real request with it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from cloudmedia import CredentialsError
from cloudmedia.ice import IceClient
from cloudmedia.imm import ImmClient
from cloudmedia.nta import NtaClient
from cloudmedia.pds import PdsClient
from cloudmedia.vod import VodClient

from ._clients_support import FaultServer, Nonces, Recorded, Ticker, call, ok, verify_signature

ALIBABA = {"imm": ImmClient, "vod": VodClient, "ice": IceClient}


def one_call(kind: str, client: Any, server: FaultServer) -> Recorded:
    """One successful call of the service's operation; the recorded request."""
    server.script(ok(kind))
    with client:
        call(kind, client)
    return server.requests[-1]


def write_ini(home: Path, text: str, name: str = "credentials.ini") -> Path:
    path = home / ".alibabacloud" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def write_cli_config(home: Path, config: dict[str, Any]) -> Path:
    path = home / ".aliyun" / "config.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(config))
    return path


# ------------------------------------------------------------------------------------------------- Alibaba RPC


@pytest.mark.parametrize("kind", ALIBABA)
def test_explicit_arguments_win_over_environment_and_files(
    kind: str, server: FaultServer, monkeypatch: pytest.MonkeyPatch, isolated_env: Path
) -> None:
    monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIenvironment")
    monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret")
    write_ini(isolated_env, "[default]\ntype = access_key\naccess_key_id = LTAIini\naccess_key_secret = ini-secret\n")
    client = ALIBABA[kind](endpoint_url=server.url, access_key_id="LTAIexplicit", access_key_secret="explicit-secret")
    verify_signature(kind, one_call(kind, client, server), ak="LTAIexplicit", secret="explicit-secret")


@pytest.mark.parametrize("kind", ALIBABA)
def test_environment_with_sts_token(
    kind: str, server: FaultServer, monkeypatch: pytest.MonkeyPatch, isolated_env: Path
) -> None:
    monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIenvironment")
    monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret")
    monkeypatch.setenv("ALIBABA_CLOUD_SECURITY_TOKEN", "env-sts-token")
    write_ini(isolated_env, "[default]\naccess_key_id = LTAIini\naccess_key_secret = ini-secret\n")
    request = one_call(kind, ALIBABA[kind](endpoint_url=server.url), server)
    verify_signature(kind, request, ak="LTAIenvironment", secret="env-secret")
    assert request.header("x-acs-security-token") == "env-sts-token"


def test_ini_file_in_home_and_profile_argument(server: FaultServer, isolated_env: Path) -> None:
    write_ini(
        isolated_env,
        "[default]\ntype = access_key\naccess_key_id = LTAIdefault\naccess_key_secret = default-secret\n"
        "[work]\ntype = sts\naccess_key_id = LTAIwork\naccess_key_secret = work-secret\nsecurity_token = work-token\n",
    )
    request = one_call("imm", ImmClient(endpoint_url=server.url), server)
    verify_signature("imm", request, ak="LTAIdefault", secret="default-secret")
    request = one_call("vod", VodClient(endpoint_url=server.url, profile="work"), server)
    verify_signature("vod", request, ak="LTAIwork", secret="work-secret")
    assert request.header("x-acs-security-token") == "work-token"


def test_ini_file_named_by_environment(server: FaultServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "elsewhere.ini"
    path.write_text("[default]\naccess_key_id = LTAIelsewhere\naccess_key_secret = elsewhere-secret\n")
    monkeypatch.setenv("ALIBABA_CLOUD_CREDENTIALS_FILE", str(path))
    request = one_call("ice", IceClient(endpoint_url=server.url), server)
    verify_signature("ice", request, ak="LTAIelsewhere", secret="elsewhere-secret")


def test_aliyun_cli_config_current_profile(server: FaultServer, isolated_env: Path) -> None:
    write_cli_config(
        isolated_env,
        {
            "current": "dev",
            "profiles": [
                {"name": "default", "mode": "AK", "access_key_id": "LTAIcliDefault", "access_key_secret": "x"},
                {"name": "dev", "mode": "AK", "access_key_id": "LTAIcliDev", "access_key_secret": "cli-secret"},
            ],
        },
    )
    request = one_call("imm", ImmClient(endpoint_url=server.url), server)
    verify_signature("imm", request, ak="LTAIcliDev", secret="cli-secret")


def test_ini_beats_the_cli_config(server: FaultServer, isolated_env: Path) -> None:
    write_ini(isolated_env, "[default]\naccess_key_id = LTAIini\naccess_key_secret = ini-secret\n", name="credentials")
    write_cli_config(
        isolated_env,
        {
            "current": "default",
            "profiles": [{"name": "default", "mode": "AK", "access_key_id": "LTAIcli", "access_key_secret": "c"}],
        },
    )
    verify_signature(
        "vod", one_call("vod", VodClient(endpoint_url=server.url), server), ak="LTAIini", secret="ini-secret"
    )


@pytest.mark.parametrize("kind", ALIBABA)
def test_nothing_found_lists_every_place_looked(kind: str, isolated_env: Path) -> None:
    with pytest.raises(CredentialsError) as info:
        ALIBABA[kind](region="cn-shanghai")
    text = str(info.value)
    for place in (
        "access_key_id / access_key_secret / security_token arguments",
        "ALIBABA_CLOUD_ACCESS_KEY_ID",
        "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
        "ALIBABA_CLOUD_SECURITY_TOKEN",
        str(isolated_env / ".alibabacloud" / "credentials.ini"),
        str(isolated_env / ".aliyun" / "config.json"),
    ):
        assert place in text, place
    assert len(info.value.looked_in) >= 4


def test_partial_arguments_name_what_is_missing() -> None:
    with pytest.raises(CredentialsError, match="access_key_secret"):
        ImmClient(access_key_id="LTAIonly")


# ---------------------------------------------------------------------------------------------------------- PDS


def test_pds_access_token_argument_is_sent_as_bearer(server: FaultServer, nonces: Nonces, ticker: Ticker) -> None:
    client = PdsClient(domain_id="d1", endpoint_url=server.url, access_token="pds-token-1", clock=ticker, nonce=nonces)
    request = one_call("pds", client, server)
    assert request.header("authorization") == "Bearer pds-token-1"
    assert request.header("x-acs-bearer-token") == "pds-token-1"
    assert request.header("x-acs-signature-nonce") == "nonce-0001", "the injected nonce reaches the token auth"
    assert request.header("date") == "Sat, 01 Jun 2024 12:00:01 GMT", "and so does the injected clock"


def test_pds_access_token_from_environment_beats_an_environment_key(
    server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLOUDMEDIA_PDS_ACCESS_TOKEN", "env-pds-token")
    monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIenvironment")
    monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret")
    request = one_call("pds", PdsClient(domain_id="d1", endpoint_url=server.url), server)
    assert request.header("authorization") == "Bearer env-pds-token"


def test_pds_explicit_access_key_beats_an_environment_token(
    server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLOUDMEDIA_PDS_ACCESS_TOKEN", "env-pds-token")
    client = PdsClient(domain_id="d1", endpoint_url=server.url, access_key_id="LTAIpds", access_key_secret="pds-secret")
    verify_signature("pds", one_call("pds", client, server), ak="LTAIpds", secret="pds-secret")


def test_pds_access_key_from_the_ini_file(server: FaultServer, isolated_env: Path) -> None:
    write_ini(isolated_env, "[default]\naccess_key_id = LTAIini\naccess_key_secret = ini-secret\n")
    request = one_call("pds", PdsClient(domain_id="d1", endpoint_url=server.url), server)
    verify_signature("pds", request, ak="LTAIini", secret="ini-secret")


def test_pds_nothing_found_lists_token_and_key_places(isolated_env: Path) -> None:
    with pytest.raises(CredentialsError) as info:
        PdsClient(domain_id="d1")
    text = str(info.value)
    for place in (
        "access_token argument",
        "CLOUDMEDIA_PDS_ACCESS_TOKEN",
        "ALIBABA_CLOUD_ACCESS_KEY_ID",
        str(isolated_env / ".alibabacloud" / "credentials.ini"),
        str(isolated_env / ".aliyun" / "config.json"),
    ):
        assert place in text, place
    assert info.value.looked_in[:2] == (
        "the access_token argument (not given)",
        "environment variable CLOUDMEDIA_PDS_ACCESS_TOKEN (not set)",
    )


def test_pds_partial_environment_key_is_reported_as_partial(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIenvironment")
    with pytest.raises(CredentialsError) as info:
        PdsClient(domain_id="d1")
    assert "ALIBABA_CLOUD_ACCESS_KEY_SECRET" in str(info.value) and "Incomplete" in str(info.value)


# --------------------------------------------------------------------------------------------------- Volcengine


def test_volcengine_environment(server: FaultServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VOLCENGINE_ACCESS_KEY", "AKLTenvironment")
    monkeypatch.setenv("VOLCENGINE_SECRET_KEY", "volc-env-secret")
    monkeypatch.setenv("VOLCENGINE_SESSION_TOKEN", "volc-session")
    monkeypatch.setenv("VOLC_ACCESSKEY", "AKLTlegacy")
    monkeypatch.setenv("VOLC_SECRETKEY", "legacy-secret")
    request = one_call("nta", NtaClient(endpoint_url=server.url), server)
    verify_signature("nta", request, ak="AKLTenvironment", secret="volc-env-secret")
    assert request.header("x-security-token") == "volc-session"


def test_volcengine_legacy_environment(server: FaultServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VOLC_ACCESSKEY", "AKLTlegacy")
    monkeypatch.setenv("VOLC_SECRETKEY", "legacy-secret")
    request = one_call("nta", NtaClient(endpoint_url=server.url), server)
    verify_signature("nta", request, ak="AKLTlegacy", secret="legacy-secret")


def test_volcengine_explicit_arguments_win(server: FaultServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VOLCENGINE_ACCESS_KEY", "AKLTenvironment")
    monkeypatch.setenv("VOLCENGINE_SECRET_KEY", "volc-env-secret")
    client = NtaClient(endpoint_url=server.url, access_key_id="AKLTexplicit", secret_access_key="explicit-secret")
    verify_signature("nta", one_call("nta", client, server), ak="AKLTexplicit", secret="explicit-secret")


def test_volcengine_nothing_found_lists_every_variable() -> None:
    with pytest.raises(CredentialsError) as info:
        NtaClient()
    text = str(info.value)
    for name in (
        "VOLCENGINE_ACCESS_KEY",
        "VOLCENGINE_SECRET_KEY",
        "VOLCENGINE_SESSION_TOKEN",
        "VOLC_ACCESSKEY",
        "VOLC_SECRETKEY",
    ):
        assert name in text, name
    assert "access_key_id / secret_access_key / session_token arguments" in text
