"""Global options resolve flag -> environment -> profile -> default, as in the library; --debug says where each
value came from; a region no endpoint metadata knows is a warning naming the known ones. All with --dry-run."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
from _cli_support import credentials_env

IMM = ["imm", "batch-get-file-meta", "--project-name", "p", "--dataset-name", "d", "--uris", "oss://b/a.jpg"]
NTA = ["nta", "create-file-detection", "--sign-url", "https://example.com/f.elf"]
PDS = ["pds", "scan-file", "--drive-id", "1", "--domain-id", "bj1"]


def write_aliyun_config(home: Path, region: str, *, name: str = "default", current: str = "default") -> None:
    path = home / ".aliyun" / "config.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    profile = {"name": name, "mode": "AK", "region_id": region}
    path.write_text(json.dumps({"current": current, "profiles": [profile]}), encoding="utf-8")


def write_volcengine_config(home: Path, region: str) -> None:
    path = home / ".volcengine" / "config.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"current": "dev", "profiles": {"dev": {"mode": "AK", "region": region}}}))


def host(result) -> str:
    assert result.code == 0, result.stderr
    return httpx.URL(result.json()["url"]).host


def scope_region(result) -> str:
    assert result.code == 0, result.stderr
    authorization = result.json()["headers"]["Authorization"]
    return authorization.split("Credential=")[1].split("/")[2]


# ------------------------------------------------------------------------------------------------ region


def test_region_from_the_aliyun_cli_profile(cli, home):
    write_aliyun_config(home, "cn-shanghai")
    env = {**credentials_env(), "ALIBABA_CLOUD_CLI_PROFILE_DISABLED": ""}
    result = cli(*IMM, "--dry-run", "--debug", env=env)
    assert host(result) == "imm.cn-shanghai.aliyuncs.com"
    assert f"region: cn-shanghai (from {home}/.aliyun/config.json profile 'default' region_id)" in result.stderr


def test_region_from_a_named_profile(cli, home):
    write_aliyun_config(home, "cn-shenzhen", name="work", current="other")
    env = {**credentials_env(), "ALIBABA_CLOUD_CLI_PROFILE_DISABLED": ""}
    assert host(cli(*IMM, "--profile", "work", "--dry-run", env=env)) == "imm.cn-shenzhen.aliyuncs.com"


def test_region_from_the_credentials_ini_section(cli, home):
    path = home / ".alibabacloud" / "credentials.ini"
    path.parent.mkdir(parents=True)
    path.write_text("[default]\ntype = access_key\nregion_id = cn-zhangjiakou\n")
    result = cli(*IMM, "--dry-run", env=credentials_env())
    assert host(result) == "imm.cn-zhangjiakou.aliyuncs.com"


def test_environment_beats_the_profile_and_the_flag_beats_both(cli, home):
    write_aliyun_config(home, "cn-shanghai")
    env = {**credentials_env(), "ALIBABA_CLOUD_CLI_PROFILE_DISABLED": "", "ALIBABA_CLOUD_REGION_ID": "cn-beijing"}
    from_env = cli(*IMM, "--dry-run", "--debug", env=env)
    assert host(from_env) == "imm.cn-beijing.aliyuncs.com"
    assert "region: cn-beijing (from environment variable ALIBABA_CLOUD_REGION_ID)" in from_env.stderr
    from_flag = cli(*IMM, "--region", "cn-hongkong", "--dry-run", "--debug", env=env)
    assert host(from_flag) == "imm.cn-hongkong.aliyuncs.com"
    assert "region: cn-hongkong (from --region)" in from_flag.stderr


def test_default_region_when_nothing_is_set(cli):
    result = cli(*IMM, "--dry-run", "--debug", env=credentials_env())
    assert host(result) == "imm.cn-hangzhou.aliyuncs.com"
    assert "region: cn-hangzhou (from the service's default region)" in result.stderr


def test_volcengine_region_from_environment_and_profile(cli, home):
    assert scope_region(cli(*NTA, "--dry-run", env=credentials_env())) == "cn-beijing"
    env = {**credentials_env(), "VOLCENGINE_REGION": "cn-beijing-selfdrive"}
    from_env = cli(*NTA, "--dry-run", env=env)
    assert scope_region(from_env) == "cn-beijing-selfdrive"
    assert host(from_env) == "nta.volcengineapi.com"  # that region's endpoint, as the official SDK resolves it
    write_volcengine_config(home, "cn-shanghai-autodriving")
    assert scope_region(cli(*NTA, "--dry-run", env=credentials_env())) == "cn-shanghai-autodriving"


def test_the_library_resolves_the_region_the_same_way(home, monkeypatch):
    from cloudmedia.imm import ImmClient
    from cloudmedia.nta import NtaClient

    write_aliyun_config(home, "cn-shanghai")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("ALIBABA_CLOUD_CLI_PROFILE_DISABLED", raising=False)
    monkeypatch.delenv("ALIBABA_CLOUD_REGION_ID", raising=False)
    monkeypatch.delenv("ALIBABA_CLOUD_PROFILE", raising=False)
    keys = {"access_key_id": "LTAI5tKey", "access_key_secret": "s"}
    assert ImmClient(**keys).region == "cn-shanghai"
    monkeypatch.setenv("ALIBABA_CLOUD_REGION_ID", "cn-beijing")
    assert ImmClient(**keys).region == "cn-beijing"
    assert ImmClient(region="cn-hongkong", **keys).region == "cn-hongkong"
    monkeypatch.setenv("VOLCENGINE_REGION", "cn-beijing-autodriving")
    assert NtaClient(access_key_id="AKLT1", secret_access_key="s").region == "cn-beijing-autodriving"


def test_other_global_options_from_the_environment(cli, emu):
    env = {**credentials_env(), "CLOUDMEDIA_ENDPOINT_URL": emu.url, "CLOUDMEDIA_OUTPUT": "text"}
    result = cli(*NTA, "--debug", env=env)
    assert result.code == 0, result.stderr
    assert len(emu.requests) == 1
    assert f"endpoint-url: {emu.url} (from environment variable CLOUDMEDIA_ENDPOINT_URL)" in result.stderr
    assert "output: text (from environment variable CLOUDMEDIA_OUTPUT)" in result.stderr
    assert result.stdout.splitlines()[-1].startswith("RESULT\t")
    as_json = cli(*NTA, "--output", "json", env=env)
    assert as_json.json()["Result"]["QueryKey"]
    bad = cli(*NTA, env={**env, "CLOUDMEDIA_OUTPUT": "yaml"})
    assert bad.code == 2 and "CLOUDMEDIA_OUTPUT=yaml: expected one of json, table, text" in bad.stderr


# ------------------------------------------------------------------------------------------------ unknown region


def test_misspelt_region_is_a_warning_naming_the_known_ones(cli):
    result = cli(*IMM, "--region", "cn-hangzhu", "--dry-run", env=credentials_env())
    assert result.code == 0
    (warning,) = result.stderr.splitlines()
    assert warning.startswith("warning: region 'cn-hangzhu' is not in imm's endpoint metadata; did you mean ")
    assert "'cn-hangzhou'" in warning
    known = warning.split("known regions: ")[1].split(", ")
    assert {"cn-hangzhou", "cn-shanghai", "cn-beijing-gov-1", "ap-southeast-1"} <= set(known)


def test_known_regions_give_no_warning(cli):
    for region in ("cn-shanghai", "ap-southeast-1", "cn-beijing-gov-1"):
        result = cli(*IMM, "--region", region, "--dry-run", env=credentials_env())
        assert result.code == 0 and result.stderr == "", (region, result.stderr)
    vod = cli(
        "vod", "list-ai-image-info", "--video-id", "v", "--region", "eu-central-1", "--dry-run", env=credentials_env()
    )
    assert vod.code == 0 and vod.stderr == ""


def test_pds_takes_no_region_so_none_is_checked(cli):
    result = cli(*PDS, "--region", "nowhere-1", "--dry-run", env=credentials_env())
    assert host(result) == "bj1.api.aliyunpds.com"
    assert result.stderr == ""
