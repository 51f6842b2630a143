"""Endpoint resolution against the official SDKs' own resolution, for many regions x networks."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from cloudmedia._runtime.endpoints import resolve_host, split_endpoint_url

REPO = Path(__file__).resolve().parents[2]

EXTRA_REGIONS = [
    "cn-hangzhou",
    "cn-shanghai",
    "cn-beijing",
    "cn-shenzhen",
    "cn-qingdao",
    "cn-zhangjiakou",
    "cn-hongkong",
    "ap-southeast-1",
    "ap-southeast-5",
    "ap-northeast-1",
    "ap-south-1",
    "us-west-1",
    "us-east-1",
    "eu-central-1",
    "eu-west-1",
    "me-east-1",
    "me-central-1",
    "cn-beijing-gov-1",
    "cn-north-2-gov-1",
    "xx-unknown-9",
]


def _sdk_client(product: str, region: str = "cn-hangzhou", network: str | None = None):
    from alibabacloud_tea_openapi.utils_models import Config

    if product == "imm":
        from alibabacloud_imm20200930.client import Client
    elif product == "vod":
        from alibabacloud_vod20170321.client import Client
    else:
        from alibabacloud_ice20201109.client import Client
    return Client(Config(access_key_id="a", access_key_secret="b", region_id=region, network=network))


def _endpoint_data(product: str) -> dict:
    """The spec convention's endpoint mapping, with the regional map taken from the official SDK client."""
    return {
        "regional_map": dict(_sdk_client(product)._endpoint_map),
        "host_template": f"{product}.{{region}}.aliyuncs.com",
        "vpc_host_template": f"{product}-vpc.{{region}}.aliyuncs.com",
    }


def _regions(product):
    return sorted(set(_sdk_client(product)._endpoint_map) | set(EXTRA_REGIONS))


@pytest.mark.oracle
@pytest.mark.parametrize("product", ["imm", "vod", "ice"])
@pytest.mark.parametrize("network", ["public", "vpc"])
def test_alibaba_rpc_products_match_the_sdk(product, network):
    client = _sdk_client(product)
    endpoint = _endpoint_data(product)
    regions = _regions(product)
    assert len(regions) >= 20
    for region in regions:
        sdk = client.get_endpoint(product, region, "regional", network, None, client._endpoint_map, None)
        assert resolve_host(endpoint, region=region, network=network) == sdk, region


@pytest.mark.oracle
@pytest.mark.parametrize("product", ["imm", "vod", "ice"])
@pytest.mark.parametrize("network", ["public", "vpc"])
@pytest.mark.parametrize("region", ["cn-hangzhou", "cn-shanghai", "cn-beijing-gov-1", "ap-southeast-1", "xx-unknown-9"])
def test_constructed_sdk_clients_agree(product, network, region):
    client = _sdk_client(product, region, network)
    assert resolve_host(_endpoint_data(product), region=region, network=network) == client._endpoint


@pytest.mark.oracle
def test_notable_alibaba_hosts():
    vod, ice, imm = _endpoint_data("vod"), _endpoint_data("ice"), _endpoint_data("imm")
    assert resolve_host(vod, region="cn-hangzhou", network="vpc") == "vod.cn-shanghai.aliyuncs.com"
    assert resolve_host(vod, region="cn-qingdao") == "vod.aliyuncs.com"
    assert resolve_host(ice, region="cn-shanghai") == "ice.cn-shanghai.aliyuncs.com"
    assert resolve_host(ice, region="cn-hangzhou") == "ice.aliyuncs.com"
    assert resolve_host(ice, region="xx-unknown-9", network="vpc") == "ice-vpc.xx-unknown-9.aliyuncs.com"
    assert resolve_host(imm, region="cn-beijing-gov-1") == "imm-vpc.cn-beijing-gov-1.aliyuncs.com"
    assert resolve_host(imm, region="cn-hangzhou", network="vpc") == "imm-vpc.cn-hangzhou.aliyuncs.com"


@pytest.mark.oracle
def test_missing_region():
    from alibabacloud_tea_openapi.utils import Utils

    with pytest.raises(RuntimeError, match="RegionId is empty"):
        Utils.get_endpoint_rules("imm", None, "regional", "public")
    with pytest.raises(ValueError, match="region is required"):
        resolve_host(_endpoint_data("imm"), region=None)
    with pytest.raises(ValueError, match="region is required"):
        resolve_host(_endpoint_data("imm"), region="")
    with_default = {**_endpoint_data("imm"), "default_region": "cn-shanghai"}
    assert resolve_host(with_default, region=None) == "imm.cn-shanghai.aliyuncs.com"
    assert resolve_host(with_default, region="cn-beijing") == "imm.cn-beijing.aliyuncs.com"


@pytest.mark.oracle
def test_invalid_inputs():
    imm = _endpoint_data("imm")
    with pytest.raises(ValueError, match="network"):
        resolve_host(imm, region="cn-hangzhou", network="intranet")
    for bad in ("cn-hangzhou/x", "a.b", "evil.com#", "cn hangzhou", "-x"):
        with pytest.raises(ValueError, match="invalid region"):
            resolve_host(imm, region=bad)
    with pytest.raises(ValueError, match="no VPC endpoint"):
        resolve_host({"host": "open.volcengineapi.com"}, region="cn-beijing", network="vpc")
    with pytest.raises(ValueError, match="unknown placeholder"):
        resolve_host({"host_template": "x.{zone}.example.com"}, region="r")
    with pytest.raises(ValueError, match="no endpoint"):
        resolve_host({}, region="r")


# --------------------------------------------------------------------------------------------------------------
# PDS: {domain_id}.api.aliyunpds.com, the gateway's VPC rewrite, region ignored

PDS = {"host_template": "{domain_id}.api.aliyunpds.com", "vpc_host_template": "{domain_id}.api-vpc.aliyunpds.com"}


@pytest.mark.oracle
@pytest.mark.parametrize("domain_id", ["bj12345", "hz001", "a1b2c3d4e5", "sh-test"])
@pytest.mark.parametrize("network", ["public", "vpc"])
def test_pds_matches_the_gateway(domain_id, network):
    from alibabacloud_gateway_pds.client import Client as PdsGateway

    sdk = PdsGateway().get_endpoint(network, f"{domain_id}.api.aliyunpds.com")
    for region in (None, "cn-hangzhou", "ap-southeast-1"):
        assert resolve_host(PDS, region=region, network=network, domain_id=domain_id) == sdk


def test_pds_needs_a_domain_id():
    with pytest.raises(ValueError, match="domain_id"):
        resolve_host(PDS, region="cn-hangzhou")
    with pytest.raises(ValueError, match="invalid domain_id"):
        resolve_host(PDS, region=None, domain_id="bj1.evil.com/")


# --------------------------------------------------------------------------------------------------------------
# Volcengine NTA: one host for ordinary regions; the SDK's bootstrap regions use the service host

VOLC_REGIONS = [
    "cn-beijing",
    "cn-shanghai",
    "cn-guangzhou",
    "cn-hongkong",
    "ap-southeast-1",
    "cn-north-1",
    "cn-beijing-autodriving",
    "cn-shanghai-autodriving",
    "cn-beijing-selfdrive",
    "ap-southeast-2",
    "ap-southeast-3",
]


@pytest.mark.oracle
def test_volcengine_matches_the_default_endpoint_provider(monkeypatch):
    from volcenginesdkcore.endpoint.providers import default_provider
    from volcenginesdkcore.endpoint.providers.default_provider import DefaultEndpointProvider

    monkeypatch.delenv("VOLC_BOOTSTRAP_REGION_LIST_CONF", raising=False)
    monkeypatch.delenv("VOLC_ENABLE_DUALSTACK", raising=False)
    endpoint = {
        "host": "open.volcengineapi.com",
        "regional_map": {r: "nta.volcengineapi.com" for r in default_provider.bootstrap_region},
    }
    provider = DefaultEndpointProvider()
    for region in VOLC_REGIONS:
        assert resolve_host(endpoint, region=region) == provider.endpoint_for("nta", region).host, region
    assert resolve_host(endpoint, region=None) == "open.volcengineapi.com"


# --------------------------------------------------------------------------------------------------------------
# The specs' endpoint data resolves like the SDKs (a spec that is missing or renamed fails, never skips)


def _spec_endpoint(path: str):
    file = REPO / "specs" / path
    return yaml.safe_load(file.read_text(encoding="utf-8"))["info"]["x-cloudmedia"]["endpoint"]


@pytest.mark.oracle
@pytest.mark.parametrize(
    ("product", "path"),
    [
        ("imm", "alibaba/imm-2020-09-30.yaml"),
        ("vod", "alibaba/vod-2017-03-21.yaml"),
        ("ice", "alibaba/ice-2020-11-09.yaml"),
    ],
)
def test_specs_match_the_sdk(product, path):
    endpoint = _spec_endpoint(path)
    client = _sdk_client(product)
    for network in ("public", "vpc"):
        for region in _regions(product):
            sdk = client.get_endpoint(product, region, "regional", network, None, client._endpoint_map, None)
            assert resolve_host(endpoint, region=region, network=network) == sdk, (region, network)


@pytest.mark.oracle
def test_pds_spec_matches_the_gateway():
    from alibabacloud_gateway_pds.client import Client as PdsGateway

    endpoint = _spec_endpoint("alibaba/pds-2022-03-01.yaml")
    for network in ("public", "vpc"):
        sdk = PdsGateway().get_endpoint(network, "bj12345.api.aliyunpds.com")
        assert resolve_host(endpoint, region=None, network=network, domain_id="bj12345") == sdk


@pytest.mark.oracle
def test_nta_spec_matches_the_sdk_for_ordinary_regions():
    from volcenginesdkcore.endpoint.providers import default_provider
    from volcenginesdkcore.endpoint.providers.default_provider import DefaultEndpointProvider

    endpoint = _spec_endpoint("volcengine/nta-2024-07-30.yaml")
    provider = DefaultEndpointProvider()
    for region in VOLC_REGIONS:
        if region in default_provider.bootstrap_region:
            continue  # the SDK sends these to nta.volcengineapi.com; the spec lists no regional map for them
        assert resolve_host(endpoint, region=region) == provider.endpoint_for("nta", region).host


# --------------------------------------------------------------------------------------------------------------
# Explicit endpoint URLs


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://127.0.0.1:18080", ("http", "127.0.0.1:18080")),
        ("http://127.0.0.1:18080/", ("http", "127.0.0.1:18080")),
        ("HTTPS://imm.cn-hangzhou.aliyuncs.com", ("https", "imm.cn-hangzhou.aliyuncs.com")),
        ("https://bj12345.api.aliyunpds.com", ("https", "bj12345.api.aliyunpds.com")),
        ("imm.cn-hangzhou.aliyuncs.com", ("https", "imm.cn-hangzhou.aliyuncs.com")),
        ("localhost:8443", ("https", "localhost:8443")),
        ("  open.volcengineapi.com  ", ("https", "open.volcengineapi.com")),
        ("http://[::1]:8080", ("http", "[::1]:8080")),
        ("https://[::1]", ("https", "[::1]")),
    ],
)
def test_split_endpoint_url(url, expected):
    assert split_endpoint_url(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "",
        "   ",
        "ftp://h",
        "https://h/path",
        "https://h?x=1",
        "https://h#f",
        "https://user@h",
        "https://h:0",
        "https://h:70000",
        "https://h:port",
        "https://",
        "https://[::1",
        "https://a b",
        "://h",
    ],
)
def test_split_endpoint_url_rejects(url):
    with pytest.raises(ValueError):
        split_endpoint_url(url)
