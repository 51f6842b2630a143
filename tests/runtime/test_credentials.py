"""The credential chains: explicit arguments, environment variables, credential files."""

from __future__ import annotations

import json
import pickle
from pathlib import Path
from typing import Any

import pytest
from cloudmedia._runtime.credentials import resolve_alibaba, resolve_pds_token, resolve_volcengine
from cloudmedia._runtime.credentials_types import AccessToken, AlibabaCredentials, VolcengineCredentials
from cloudmedia._runtime.errors import CredentialsError

ARG_SECRET = "argSECRETvalue0000000000000001"
ENV_SECRET = "envSECRETvalue0000000000000002"
INI_SECRET = "iniSECRETvalue0000000000000003"
CLI_SECRET = "cliSECRETvalue0000000000000004"
STS_TOKEN = "CAISstsTOKENvalue000000000000005"
ALL_SECRETS = (ARG_SECRET, ENV_SECRET, INI_SECRET, CLI_SECRET, STS_TOKEN)


def assert_no_secret(err: BaseException) -> None:
    blobs = [str(err), repr(err), repr(err.args), pickle.dumps(err).decode("latin-1")]
    for secret in ALL_SECRETS:
        for blob in blobs:
            assert secret not in blob


def write_ini(home: Path, text: str, name: str = "credentials.ini") -> Path:
    path = home / ".alibabacloud" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def write_cli(home: Path, config: dict[str, Any]) -> Path:
    path = home / ".aliyun" / "config.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(config), encoding="utf-8")
    return path


def cli_profile(name: str, mode: str = "AK", **fields: str) -> dict[str, Any]:
    return {"name": name, "mode": mode, "region_id": "cn-hangzhou", **fields}


@pytest.fixture
def home(tmp_path: Path) -> Path:
    h = tmp_path / "home"
    h.mkdir()
    return h


ENV_AK = {"ALIBABA_CLOUD_ACCESS_KEY_ID": "LTAIenv", "ALIBABA_CLOUD_ACCESS_KEY_SECRET": ENV_SECRET}
INI_AK = f"[default]\ntype = access_key\naccess_key_id = LTAIini\naccess_key_secret = {INI_SECRET}\n"


# ---------------------------------------------------------------------------------------------- Alibaba order


def test_explicit_arguments_beat_environment_and_files(home: Path) -> None:
    write_ini(home, INI_AK)
    creds = resolve_alibaba("LTAIarg", ARG_SECRET, environ=ENV_AK, home=home)
    assert creds == AlibabaCredentials("LTAIarg", ARG_SECRET)


def test_explicit_arguments_with_security_token(home: Path) -> None:
    creds = resolve_alibaba("STS.arg", ARG_SECRET, STS_TOKEN, environ={}, home=home)
    assert creds.security_token == STS_TOKEN
    assert creds.is_sts


def test_environment_beats_files(home: Path) -> None:
    write_ini(home, INI_AK)
    write_cli(
        home,
        {
            "current": "default",
            "profiles": [cli_profile("default", access_key_id="LTAIcli", access_key_secret=CLI_SECRET)],
        },
    )
    creds = resolve_alibaba(environ=ENV_AK, home=home)
    assert creds == AlibabaCredentials("LTAIenv", ENV_SECRET)


def test_environment_security_token(home: Path) -> None:
    env = {**ENV_AK, "ALIBABA_CLOUD_SECURITY_TOKEN": STS_TOKEN}
    assert resolve_alibaba(environ=env, home=home).security_token == STS_TOKEN


def test_empty_environment_values_count_as_unset(home: Path) -> None:
    write_ini(home, INI_AK)
    env = {
        "ALIBABA_CLOUD_ACCESS_KEY_ID": "",
        "ALIBABA_CLOUD_ACCESS_KEY_SECRET": "  ",
        "ALIBABA_CLOUD_SECURITY_TOKEN": "",
    }
    assert resolve_alibaba(environ=env, home=home).access_key_id == "LTAIini"


def test_ini_beats_cli_config(home: Path) -> None:
    write_ini(home, INI_AK)
    write_cli(
        home,
        {
            "current": "default",
            "profiles": [cli_profile("default", access_key_id="LTAIcli", access_key_secret=CLI_SECRET)],
        },
    )
    assert resolve_alibaba(environ={}, home=home) == AlibabaCredentials("LTAIini", INI_SECRET)


# ------------------------------------------------------------------------------------------------ ini file


def test_ini_default_profile_access_key(home: Path) -> None:
    write_ini(home, INI_AK)
    assert resolve_alibaba(environ={}, home=home) == AlibabaCredentials("LTAIini", INI_SECRET)


def test_ini_file_without_extension_is_a_fallback(home: Path) -> None:
    write_ini(home, INI_AK, name="credentials")
    assert resolve_alibaba(environ={}, home=home).access_key_id == "LTAIini"


def test_ini_with_extension_is_preferred(home: Path) -> None:
    write_ini(home, INI_AK)
    write_ini(home, INI_AK.replace("LTAIini", "LTAIold"), name="credentials")
    assert resolve_alibaba(environ={}, home=home).access_key_id == "LTAIini"


def test_ini_sts_profile(home: Path) -> None:
    write_ini(
        home,
        INI_AK
        + f"\n[temp]\ntype = sts\naccess_key_id = STS.ini\naccess_key_secret = {INI_SECRET}\nsecurity_token = {STS_TOKEN}\n",
    )
    creds = resolve_alibaba(profile="temp", environ={}, home=home)
    assert creds == AlibabaCredentials("STS.ini", INI_SECRET, STS_TOKEN)


def test_ini_profile_from_environment_and_argument_wins(home: Path) -> None:
    write_ini(
        home,
        INI_AK
        + f"\n[prod]\ntype = access_key\naccess_key_id = LTAIprod\naccess_key_secret = {INI_SECRET}\n"
        + f"\n[dev]\ntype = access_key\naccess_key_id = LTAIdev\naccess_key_secret = {INI_SECRET}\n",
    )
    assert resolve_alibaba(environ={"ALIBABA_CLOUD_PROFILE": "prod"}, home=home).access_key_id == "LTAIprod"
    assert (
        resolve_alibaba(profile="dev", environ={"ALIBABA_CLOUD_PROFILE": "prod"}, home=home).access_key_id == "LTAIdev"
    )


def test_ini_path_from_environment(home: Path, tmp_path: Path) -> None:
    custom = tmp_path / "elsewhere.ini"
    custom.write_text(INI_AK.replace("LTAIini", "LTAIcustom"), encoding="utf-8")
    write_ini(home, INI_AK)
    creds = resolve_alibaba(environ={"ALIBABA_CLOUD_CREDENTIALS_FILE": str(custom)}, home=home)
    assert creds.access_key_id == "LTAIcustom"


def test_ini_inline_comment_and_percent_sign(home: Path) -> None:
    secret = "abc%def" + INI_SECRET
    write_ini(
        home, f"[default]\ntype = access_key # the type\naccess_key_id = LTAIini   # id\naccess_key_secret = {secret}\n"
    )
    assert resolve_alibaba(environ={}, home=home) == AlibabaCredentials("LTAIini", secret)


def test_ini_section_without_type_counts_as_access_key(home: Path) -> None:
    write_ini(home, f"[default]\naccess_key_id = LTAIini\naccess_key_secret = {INI_SECRET}\n")
    assert resolve_alibaba(environ={}, home=home).access_key_id == "LTAIini"


def test_ini_partial_profile_names_what_is_missing(home: Path) -> None:
    path = write_ini(home, "[default]\ntype = access_key\naccess_key_id = LTAIini\n")
    with pytest.raises(CredentialsError) as info:
        resolve_alibaba(environ={}, home=home)
    text = str(info.value)
    assert str(path) in text and "access_key_secret" in text and "missing" in text
    assert info.value.missing == ("access_key_secret",)


def test_ini_sts_without_token_names_security_token(home: Path) -> None:
    write_ini(home, f"[default]\ntype = sts\naccess_key_id = STS.x\naccess_key_secret = {INI_SECRET}\n")
    with pytest.raises(CredentialsError) as info:
        resolve_alibaba(environ={}, home=home)
    assert "security_token" in str(info.value)
    assert_no_secret(info.value)


def test_ini_unsupported_type_falls_through_to_cli_config(home: Path) -> None:
    write_ini(home, "[default]\ntype = ecs_ram_role\nrole_name = r\n")
    write_cli(
        home,
        {
            "current": "default",
            "profiles": [cli_profile("default", access_key_id="LTAIcli", access_key_secret=CLI_SECRET)],
        },
    )
    assert resolve_alibaba(environ={}, home=home).access_key_id == "LTAIcli"


def test_ini_unsupported_type_is_reported_when_nothing_else_is_found(home: Path) -> None:
    write_ini(home, "[default]\ntype = ram_role_arn\nrole_arn = acs:ram::1:role/x\n")
    with pytest.raises(CredentialsError) as info:
        resolve_alibaba(environ={}, home=home)
    assert "ram_role_arn" in str(info.value)


def test_corrupt_ini_never_quotes_its_lines(home: Path) -> None:
    write_ini(home, f"access_key_secret = {INI_SECRET}\n[default]\n")  # no section header first
    with pytest.raises(CredentialsError) as info:
        resolve_alibaba(environ={}, home=home)
    assert "not a valid ini file" in str(info.value)
    assert_no_secret(info.value)


# -------------------------------------------------------------------------------------------- CLI config.json


def test_cli_current_profile(home: Path) -> None:
    write_cli(
        home,
        {
            "current": "work",
            "profiles": [
                cli_profile("default", access_key_id="LTAIdefault", access_key_secret=CLI_SECRET),
                cli_profile("work", access_key_id="LTAIwork", access_key_secret=CLI_SECRET),
            ],
        },
    )
    assert resolve_alibaba(environ={}, home=home) == AlibabaCredentials("LTAIwork", CLI_SECRET)


def test_cli_named_sts_profile(home: Path) -> None:
    write_cli(
        home,
        {
            "current": "default",
            "profiles": [
                cli_profile("default", access_key_id="LTAIdefault", access_key_secret=CLI_SECRET),
                cli_profile(
                    "temp", "StsToken", access_key_id="STS.cli", access_key_secret=CLI_SECRET, sts_token=STS_TOKEN
                ),
            ],
        },
    )
    assert resolve_alibaba(profile="temp", environ={}, home=home) == AlibabaCredentials(
        "STS.cli", CLI_SECRET, STS_TOKEN
    )
    assert resolve_alibaba(environ={"ALIBABA_CLOUD_PROFILE": "temp"}, home=home).security_token == STS_TOKEN


def test_cli_sts_profile_without_token_is_partial(home: Path) -> None:
    write_cli(
        home,
        {
            "current": "t",
            "profiles": [cli_profile("t", "StsToken", access_key_id="STS.x", access_key_secret=CLI_SECRET)],
        },
    )
    with pytest.raises(CredentialsError) as info:
        resolve_alibaba(environ={}, home=home)
    assert "sts_token" in str(info.value)
    assert_no_secret(info.value)


def test_cli_config_can_be_disabled(home: Path) -> None:
    write_cli(
        home,
        {
            "current": "default",
            "profiles": [cli_profile("default", access_key_id="LTAIcli", access_key_secret=CLI_SECRET)],
        },
    )
    with pytest.raises(CredentialsError) as info:
        resolve_alibaba(environ={"ALIBABA_CLOUD_CLI_PROFILE_DISABLED": "true"}, home=home)
    assert "ALIBABA_CLOUD_CLI_PROFILE_DISABLED" in str(info.value)


def test_cli_unknown_profile_and_unsupported_mode(home: Path) -> None:
    write_cli(
        home,
        {
            "current": "sso",
            "profiles": [
                cli_profile("sso", "CloudSSO"),
                cli_profile("other", access_key_id="LTAIother", access_key_secret=CLI_SECRET),
            ],
        },
    )
    with pytest.raises(CredentialsError) as info:
        resolve_alibaba(environ={}, home=home)
    assert "CloudSSO" in str(info.value)
    assert_no_secret(info.value)
    with pytest.raises(CredentialsError) as info:
        resolve_alibaba(profile="missing", environ={}, home=home)
    assert "'missing'" in str(info.value)
    assert_no_secret(info.value)


def test_cli_config_not_json(home: Path) -> None:
    path = home / ".aliyun" / "config.json"
    path.parent.mkdir(parents=True)
    path.write_text("{not json " + CLI_SECRET, encoding="utf-8")
    with pytest.raises(CredentialsError) as info:
        resolve_alibaba(environ={}, home=home)
    assert "not valid JSON" in str(info.value)
    assert_no_secret(info.value)


# ------------------------------------------------------------------------------------------ errors: partial, none


def test_nothing_found_lists_every_place_looked(home: Path) -> None:
    with pytest.raises(CredentialsError) as info:
        resolve_alibaba(environ={}, home=home)
    text = str(info.value)
    for place in (
        "ALIBABA_CLOUD_ACCESS_KEY_ID",
        "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
        "ALIBABA_CLOUD_SECURITY_TOKEN",
        str(home / ".alibabacloud" / "credentials.ini"),
        str(home / ".alibabacloud" / "credentials"),
        str(home / ".aliyun" / "config.json"),
        "arguments",
    ):
        assert place in text
    assert len(info.value.looked_in) >= 4
    assert any("config.json" in entry for entry in info.value.looked_in)


def test_nothing_found_mentions_the_env_named_file(home: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nope.ini"
    with pytest.raises(CredentialsError) as info:
        resolve_alibaba(environ={"ALIBABA_CLOUD_CREDENTIALS_FILE": str(missing)}, home=home)
    assert f"ALIBABA_CLOUD_CREDENTIALS_FILE={missing}" in str(info.value)


def test_nothing_found_for_a_profile_names_it_and_leaks_no_other_profile(home: Path) -> None:
    write_ini(home, INI_AK)
    write_cli(
        home,
        {
            "current": "default",
            "profiles": [cli_profile("default", access_key_id="LTAIcli", access_key_secret=CLI_SECRET)],
        },
    )
    with pytest.raises(CredentialsError) as info:
        resolve_alibaba(profile="prod", environ={}, home=home)
    assert "'prod'" in str(info.value)
    assert_no_secret(info.value)


@pytest.mark.parametrize(
    ("args", "missing"),
    [
        (("LTAIarg", None, None), "access_key_secret"),
        ((None, ARG_SECRET, None), "access_key_id"),
        ((None, None, STS_TOKEN), "access_key_id and access_key_secret"),
    ],
)
def test_partial_arguments_name_what_is_missing(
    home: Path, args: tuple[str | None, str | None, str | None], missing: str
) -> None:
    with pytest.raises(CredentialsError) as info:
        resolve_alibaba(*args, environ=ENV_AK, home=home)  # no fallback to the environment
    assert missing in str(info.value) and "arguments" in str(info.value)
    assert_no_secret(info.value)


def test_partial_environment_names_the_missing_variable(home: Path) -> None:
    write_ini(home, INI_AK)
    with pytest.raises(CredentialsError) as info:
        resolve_alibaba(environ={"ALIBABA_CLOUD_ACCESS_KEY_ID": "LTAIenv"}, home=home)
    text = str(info.value)
    assert "ALIBABA_CLOUD_ACCESS_KEY_SECRET" in text and "missing" in text
    assert "LTAIenv" not in text  # values are never shown, not even the id
    assert info.value.missing == ("ALIBABA_CLOUD_ACCESS_KEY_SECRET",)


def test_environment_token_alone_is_partial(home: Path) -> None:
    with pytest.raises(CredentialsError) as info:
        resolve_alibaba(environ={"ALIBABA_CLOUD_SECURITY_TOKEN": STS_TOKEN}, home=home)
    assert "ALIBABA_CLOUD_ACCESS_KEY_ID" in str(info.value)
    assert_no_secret(info.value)


def test_resolved_credentials_never_show_secrets(home: Path) -> None:
    creds = resolve_alibaba("STS.arg", ARG_SECRET, STS_TOKEN, environ={}, home=home)
    for text in (repr(creds), str(creds), f"{creds}"):
        assert ARG_SECRET not in text and STS_TOKEN not in text
        assert "STS.arg" in text


# --------------------------------------------------------------------------------------------------- Volcengine


VOLC_ENV = {"VOLCENGINE_ACCESS_KEY": "AKLTenv", "VOLCENGINE_SECRET_KEY": ENV_SECRET}


def test_volcengine_explicit_beats_environment() -> None:
    creds = resolve_volcengine("AKLTarg", ARG_SECRET, STS_TOKEN, environ=VOLC_ENV)
    assert creds == VolcengineCredentials("AKLTarg", ARG_SECRET, STS_TOKEN)


def test_volcengine_environment_with_session_token() -> None:
    creds = resolve_volcengine(environ={**VOLC_ENV, "VOLCENGINE_SESSION_TOKEN": STS_TOKEN})
    assert creds == VolcengineCredentials("AKLTenv", ENV_SECRET, STS_TOKEN)


def test_volcengine_legacy_variables_and_precedence() -> None:
    legacy = {"VOLC_ACCESSKEY": "AKLTlegacy", "VOLC_SECRETKEY": ENV_SECRET}
    assert resolve_volcengine(environ=legacy) == VolcengineCredentials("AKLTlegacy", ENV_SECRET)
    assert resolve_volcengine(environ={**legacy, **VOLC_ENV}).access_key_id == "AKLTenv"


@pytest.mark.parametrize(
    ("env", "missing"),
    [
        ({"VOLCENGINE_ACCESS_KEY": "AKLTenv"}, "VOLCENGINE_SECRET_KEY"),
        ({"VOLCENGINE_SECRET_KEY": ENV_SECRET}, "VOLCENGINE_ACCESS_KEY"),
        ({"VOLCENGINE_SESSION_TOKEN": STS_TOKEN}, "VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY"),
        ({"VOLC_ACCESSKEY": "AKLTlegacy"}, "VOLC_SECRETKEY"),
    ],
)
def test_volcengine_partial_environment(env: dict[str, str], missing: str) -> None:
    with pytest.raises(CredentialsError) as info:
        resolve_volcengine(environ=env)
    assert missing in str(info.value)
    assert_no_secret(info.value)


def test_volcengine_partial_arguments() -> None:
    with pytest.raises(CredentialsError) as info:
        resolve_volcengine("AKLTarg", None, environ=VOLC_ENV)
    assert "secret_access_key" in str(info.value)


def test_volcengine_nothing_found_lists_variables() -> None:
    with pytest.raises(CredentialsError) as info:
        resolve_volcengine(environ={})
    text = str(info.value)
    for name in (
        "VOLCENGINE_ACCESS_KEY",
        "VOLCENGINE_SECRET_KEY",
        "VOLCENGINE_SESSION_TOKEN",
        "VOLC_ACCESSKEY",
        "VOLC_SECRETKEY",
    ):
        assert name in text
    assert len(info.value.looked_in) == 3


def test_volcengine_credentials_never_show_secrets() -> None:
    creds = resolve_volcengine(environ={**VOLC_ENV, "VOLCENGINE_SESSION_TOKEN": STS_TOKEN})
    for text in (repr(creds), str(creds)):
        assert ENV_SECRET not in text and STS_TOKEN not in text


# ---------------------------------------------------------------------------------------------------------- PDS


def test_pds_token_explicit_beats_environment() -> None:
    token = resolve_pds_token("explicit-token", environ={"CLOUDMEDIA_PDS_ACCESS_TOKEN": "env-token"})
    assert token == AccessToken("explicit-token")


def test_pds_token_from_environment_or_none() -> None:
    assert resolve_pds_token(environ={"CLOUDMEDIA_PDS_ACCESS_TOKEN": "env-token"}) == AccessToken("env-token")
    assert resolve_pds_token(environ={}) is None
    assert resolve_pds_token("", environ={"CLOUDMEDIA_PDS_ACCESS_TOKEN": ""}) is None


def test_pds_token_repr_hides_the_token() -> None:
    token = resolve_pds_token(environ={"CLOUDMEDIA_PDS_ACCESS_TOKEN": STS_TOKEN})
    assert STS_TOKEN not in repr(token) and STS_TOKEN not in str(token)


def test_process_environment_is_the_default(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIproc")
    monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", ENV_SECRET)
    monkeypatch.setenv("VOLCENGINE_ACCESS_KEY", "AKLTproc")
    monkeypatch.setenv("VOLCENGINE_SECRET_KEY", ENV_SECRET)
    monkeypatch.setenv("CLOUDMEDIA_PDS_ACCESS_TOKEN", "proc-token")
    assert resolve_alibaba(home=home).access_key_id == "LTAIproc"
    assert resolve_volcengine().access_key_id == "AKLTproc"
    assert resolve_pds_token() == AccessToken("proc-token")


def test_home_defaults_to_the_home_variable(home: Path) -> None:
    write_ini(home, INI_AK)
    assert resolve_alibaba(environ={"HOME": str(home)}).access_key_id == "LTAIini"
