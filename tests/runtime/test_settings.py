"""Where a client's region comes from (argument, environment, profile files, default) and which regions a
service's endpoint metadata knows."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from cloudmedia._runtime import settings
from cloudmedia._runtime.settings import known_regions, resolve_endpoint_url, resolve_region, warn_unknown_region
from cloudmedia.imm._service import SERVICE as IMM
from cloudmedia.nta._service import SERVICE as NTA
from cloudmedia.pds._service import SERVICE as PDS
from cloudmedia.vod._service import SERVICE as VOD


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path


def aliyun(home: Path, profiles: list[dict], current: str = "default") -> None:
    (home / ".aliyun").mkdir(exist_ok=True)
    (home / ".aliyun" / "config.json").write_text(json.dumps({"current": current, "profiles": profiles}))


def test_alibaba_order_argument_environment_ini_cli_config_default(home):
    aliyun(home, [{"name": "default", "mode": "AK", "region_id": "cn-shanghai"}])
    env: dict[str, str] = {}
    assert resolve_region("alibaba", None, default="cn-hangzhou", environ=env, home=home).value == "cn-shanghai"
    (home / ".alibabacloud").mkdir()
    (home / ".alibabacloud" / "credentials.ini").write_text("[default]\nregion_id = cn-shenzhen # comment\n")
    found = resolve_region("alibaba", None, default="cn-hangzhou", environ=env, home=home)
    assert found.value == "cn-shenzhen" and found.source.endswith("credentials.ini [default] region_id")
    env["ALIBABA_CLOUD_REGION_ID"] = "cn-beijing"
    found = resolve_region("alibaba", None, default="cn-hangzhou", environ=env, home=home)
    assert found == settings.Resolved("cn-beijing", "environment variable ALIBABA_CLOUD_REGION_ID")
    assert resolve_region("alibaba", "cn-qingdao", default="x", environ=env, home=home).value == "cn-qingdao"


def test_alibaba_profile_selection_and_opt_out(home):
    aliyun(
        home,
        [
            {"name": "a", "mode": "AK", "region_id": "cn-shanghai"},
            {"name": "b", "mode": "AK", "region_id": "cn-beijing"},
        ],
        current="a",
    )
    assert resolve_region("alibaba", None, default="d", environ={}, home=home).value == "cn-shanghai"
    assert resolve_region("alibaba", None, default="d", profile="b", environ={}, home=home).value == "cn-beijing"
    env = {"ALIBABA_CLOUD_PROFILE": "b"}
    assert resolve_region("alibaba", None, default="d", environ=env, home=home).value == "cn-beijing"
    off = {"ALIBABA_CLOUD_CLI_PROFILE_DISABLED": "true"}
    assert resolve_region("alibaba", None, default="d", environ=off, home=home) == settings.Resolved(
        "d", "the service's default region"
    )


def test_unreadable_profile_files_fall_through_to_the_default(home):
    (home / ".aliyun").mkdir()
    (home / ".aliyun" / "config.json").write_text("{not json")
    assert resolve_region("alibaba", None, default="cn-hangzhou", environ={}, home=home).value == "cn-hangzhou"


def test_volcengine_order(home):
    path = home / ".volcengine" / "config.json"
    path.parent.mkdir()
    path.write_text(json.dumps({"current": "p", "profiles": {"p": {"region": "cn-shanghai"}, "q": {"region": "x-1"}}}))
    assert resolve_region("volcengine", None, default="cn-beijing", environ={}, home=home).value == "cn-shanghai"
    assert (
        resolve_region("volcengine", None, default="b", environ={"VOLCENGINE_PROFILE": "q"}, home=home).value == "x-1"
    )
    env = {"VOLCENGINE_REGION": "ap-southeast-1"}
    assert resolve_region("volcengine", None, default="cn-beijing", environ=env, home=home).value == "ap-southeast-1"
    other = home / "other.json"
    other.write_text(json.dumps({"profiles": {"default": {"region": "cn-guangzhou"}}}))
    env = {"VOLCENGINE_CLI_CONFIG_FILE": str(other)}
    assert resolve_region("volcengine", None, default="cn-beijing", environ=env, home=home).value == "cn-guangzhou"


def test_endpoint_url_from_argument_then_service_variable_then_variable():
    env = {"CLOUDMEDIA_ENDPOINT_URL": "http://127.0.0.1:1", "CLOUDMEDIA_ENDPOINT_URL_IMM": "http://127.0.0.1:2"}
    assert resolve_endpoint_url("imm", None, environ=env).value == "http://127.0.0.1:2"
    assert resolve_endpoint_url("vod", None, environ=env).value == "http://127.0.0.1:1"
    assert resolve_endpoint_url("vod", "http://127.0.0.1:3", environ=env).value == "http://127.0.0.1:3"
    assert resolve_endpoint_url("vod", None, environ={}).value is None


def test_known_regions_from_the_endpoint_metadata():
    vod = known_regions("alibaba", VOD.endpoint)
    assert {"cn-shanghai", "cn-beijing", "eu-central-1"} <= vod
    imm = known_regions("alibaba", IMM.endpoint)  # templated host: the vendor's regions count
    assert {"cn-hangzhou", "cn-beijing-gov-1", "cn-shanghai", "ap-southeast-1"} <= imm
    assert known_regions("alibaba", PDS.endpoint) == frozenset()  # no region in its host
    assert known_regions("volcengine", NTA.endpoint) >= {"cn-beijing", "cn-beijing-autodriving"}


def test_unknown_region_warns_once_naming_the_known_ones(caplog):
    caplog.set_level(logging.WARNING, logger="cloudmedia")
    message = warn_unknown_region("imm", "alibaba", IMM.endpoint, "cn-hangzhu-test-x")
    assert message is not None and "known regions: " in message and "cn-hangzhou" in message
    warn_unknown_region("imm", "alibaba", IMM.endpoint, "cn-hangzhu-test-x")
    assert [r.getMessage() for r in caplog.records] == [message]
    assert warn_unknown_region("imm", "alibaba", IMM.endpoint, "cn-shanghai") is None
    assert warn_unknown_region("pds", "alibaba", PDS.endpoint, "anything") is None


def test_the_clients_warn_about_an_unknown_region(caplog):
    from cloudmedia.imm import ImmClient

    caplog.set_level(logging.WARNING, logger="cloudmedia")
    client = ImmClient(region="cn-hangzhu", access_key_id="LTAI5t", access_key_secret="s")
    assert client.region == "cn-hangzhu"
    assert any("did you mean 'cn-hangzhou'" in r.getMessage() for r in caplog.records)
