"""Signer behaviour: httpx.Auth integration (sync and async), re-signing, credential providers, clocks, errors."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta, timezone
from itertools import count
from typing import Any

import httpx
import pytest
from cloudmedia._runtime.credentials_types import AccessToken, AlibabaCredentials, VolcengineCredentials
from cloudmedia._runtime.families import families, signing_schemes
from cloudmedia._runtime.model import ServiceModel
from cloudmedia._runtime.signing import (
    AcsRpcV1Signer,
    AcsV3Signer,
    BearerTokenAuth,
    PdsAcsSigner,
    VolcengineV4Signer,
    acs3,
    pds,
    rpc_v1,
    volcengine,
)
from cloudmedia._runtime.signing._base import Signer
from cloudmedia._runtime.signing._encoding import parse_query, sha256_hex
from cloudmedia._runtime.wire import build_request

from ._signing_support import (
    AK,
    ALI_AK,
    ALI_STS,
    BEARER,
    CALLS,
    ICE,
    MOMENT,
    NONCE,
    NTA,
    PDS,
    SK,
    STS_TOKEN,
    TOKEN,
    VOD,
    VOLC_CREDS,
    VOLC_MOMENT,
    VOLC_SK,
    VOLC_STS,
    VOLC_TOKEN,
    fixed_clock,
    fixed_nonce,
    op_of,
)


def _build(service: ServiceModel, base_url: str = "https://example.aliyuncs.com") -> httpx.Request:
    query, body = CALLS[service.product]
    return build_request(service, op_of(service), query, body, base_url=base_url, user_agent="ua/1")


def _acs3_valid(request: httpx.Request, secret: str = SK) -> bool:
    """Server-side verification with the pure functions."""
    _, signed, sig = acs3.parse_authorization(request.headers["authorization"])
    if request.headers["x-acs-content-sha256"] != sha256_hex(request.content):
        return False
    path = request.url.raw_path.split(b"?")[0].decode()
    creq = acs3.canonical_request(
        request.method, path, parse_query(request.url.query), request.headers, signed, sha256_hex(request.content)
    )
    return acs3.signature(secret, acs3.string_to_sign(creq)) == sig


def _volc_valid(
    request: httpx.Request, secret: str = VOLC_SK, region: str = "cn-beijing", service: str = "nta"
) -> bool:
    _, _, signed, sig = volcengine.parse_authorization(request.headers["authorization"])
    x_date = request.headers["x-date"]
    path = request.url.raw_path.split(b"?")[0].decode()
    creq = volcengine.canonical_request(
        request.method, path, parse_query(request.url.query), request.headers, signed, sha256_hex(request.content)
    )
    sts = volcengine.string_to_sign(x_date, region, service, creq)
    return volcengine.signature(volcengine.signing_key(secret, x_date, region, service), sts) == sig


def test_scheme_table() -> None:
    """The scheme names and their signers are declared once, by the wire families."""
    table = {name: cls for family in families() for name, cls in family.signer_classes().items()}
    assert table == {
        "acs3": AcsV3Signer,
        "rpc-hmac-sha1": AcsRpcV1Signer,
        "pds-hmac-sha1": PdsAcsSigner,
        "bearer": BearerTokenAuth,
        "volc-hmac-sha256": VolcengineV4Signer,
    }
    assert signing_schemes() == tuple(table)
    for family in families():
        assert tuple(family.signer_classes()) == family.signing


# --------------------------------------------------------------------------------------------------------------
# httpx integration: sync and async clients run the same auth_flow


def _signers() -> list[tuple[ServiceModel, Signer[Any]]]:
    return [
        (VOD, AcsV3Signer(ALI_STS, clock=fixed_clock(), nonce=fixed_nonce())),
        (VOD, AcsRpcV1Signer(ALI_STS, clock=fixed_clock(), nonce=fixed_nonce())),
        (PDS, PdsAcsSigner(ALI_STS, clock=fixed_clock(), nonce=fixed_nonce())),
        (PDS, BearerTokenAuth(TOKEN, clock=fixed_clock(), nonce=fixed_nonce())),
        (NTA, VolcengineV4Signer(VOLC_STS, region="cn-beijing", service="nta", clock=lambda: VOLC_MOMENT)),
    ]


@pytest.mark.parametrize(("service", "signer"), _signers(), ids=lambda x: getattr(x, "product", type(x).__name__))
def test_sync_and_async_clients_send_identical_signed_requests(service: ServiceModel, signer: Signer[Any]) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        client.send(_build(service), auth=signer)

    async def run() -> None:
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
            await client.send(_build(service), auth=signer)

    asyncio.run(run())
    sync_req, async_req = seen
    assert str(sync_req.url) == str(async_req.url)
    assert sync_req.headers.multi_items() == async_req.headers.multi_items()
    assert "authorization" in sync_req.headers or "Signature=" in str(sync_req.url)


def test_async_client_with_a_streaming_body_is_signed_over_the_exact_bytes() -> None:
    body = b'{"SignURL": "https://x/y?a=b"}'

    async def chunks() -> AsyncIterator[bytes]:
        yield body[:7]
        yield body[7:]

    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200)

    async def run() -> None:
        request = httpx.Request(
            "POST",
            "https://open.volcengineapi.com/?Action=CreateFileDetection&Version=2024-07-30",
            headers={"Content-Type": "application/json"},
            content=chunks(),
        )
        signer = VolcengineV4Signer(VOLC_CREDS, region="cn-beijing", service="nta", clock=lambda: VOLC_MOMENT)
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
            await client.send(request, auth=signer)

    asyncio.run(run())
    (request,) = seen
    assert request.headers["x-content-sha256"] == sha256_hex(body)
    assert _volc_valid(request)


# --------------------------------------------------------------------------------------------------------------
# Re-signing: every attempt gets a new date/nonce/signature and no stale header survives


def test_acs3_resigning_replaces_everything_it_set() -> None:
    nonces = (f"{i:032x}" for i in count(1))
    times = (MOMENT + timedelta(seconds=i) for i in count())
    creds = iter([ALI_STS, ALI_AK])
    signer = AcsV3Signer(lambda: next(creds), clock=lambda: next(times), nonce=lambda: next(nonces))
    request = _build(VOD)
    signer.sign(request)
    first = request.headers["authorization"]
    assert request.headers["x-acs-security-token"] == STS_TOKEN
    signer.sign(request)  # a retry, after the provider refreshed to a plain AccessKey
    assert request.headers["authorization"] != first
    assert request.headers["x-acs-signature-nonce"] == f"{2:032x}"
    assert request.headers["x-acs-date"] == "2024-06-01T12:00:01Z"
    assert "x-acs-security-token" not in request.headers and "x-acs-accesskey-id" not in request.headers
    for name in ("authorization", "x-acs-date", "x-acs-signature-nonce", "x-acs-content-sha256"):
        assert len(request.headers.get_list(name)) == 1
    assert _acs3_valid(request)


def test_rpc_resigning_rewrites_the_protocol_parameters() -> None:
    nonces = iter(["n1", "n2"])
    creds = iter([ALI_STS, ALI_AK])
    signer = AcsRpcV1Signer(lambda: next(creds), clock=fixed_clock(), nonce=lambda: next(nonces))
    request = _build(ICE)
    signer.sign(request)
    assert dict(parse_query(request.url.query))["SecurityToken"] == STS_TOKEN
    signer.sign(request)
    pairs = parse_query(request.url.query)
    keys = [k for k, _ in pairs]
    assert len(keys) == len(set(keys))
    assert "SecurityToken" not in keys
    assert dict(pairs)["SignatureNonce"] == "n2"
    assert keys[:5] == ["Action", "Format", "Version", "Timestamp", "SignatureNonce"]
    assert keys[-4:] == ["SignatureMethod", "SignatureVersion", "AccessKeyId", "Signature"]
    ice_keys = sorted(k for k in CALLS["ice"][0])
    assert keys[5:-4] == ice_keys
    params = dict(pairs)
    assert rpc_v1.signature(SK, rpc_v1.string_to_sign("POST", pairs)) == params["Signature"]


def test_pds_resigning_and_switching_to_a_token() -> None:
    signer = PdsAcsSigner(ALI_STS, clock=fixed_clock(), nonce=fixed_nonce())
    request = _build(PDS)
    signer.sign(request)
    assert request.headers["x-acs-security-token"] == STS_TOKEN
    BearerTokenAuth(TOKEN, clock=fixed_clock(), nonce=fixed_nonce()).sign(request)
    assert request.headers["authorization"] == f"Bearer {BEARER}"
    assert request.headers["x-acs-bearer-token"] == BEARER
    assert "x-acs-security-token" not in request.headers
    PdsAcsSigner(ALI_AK, clock=fixed_clock(), nonce=fixed_nonce()).sign(request)
    assert "x-acs-bearer-token" not in request.headers
    assert request.headers["authorization"] == "acs LTAI5tFakeAccessKeyId:/zsRiWSmTyVqP0yRsvRexfckYoI="


def test_volcengine_resigning() -> None:
    times = (VOLC_MOMENT + timedelta(seconds=i) for i in count())
    creds = iter([VOLC_STS, VOLC_CREDS])
    signer = VolcengineV4Signer(lambda: next(creds), region="cn-beijing", service="nta", clock=lambda: next(times))
    request = _build(NTA, "https://open.volcengineapi.com")
    signer.sign(request)
    assert request.headers["x-security-token"] == VOLC_TOKEN
    signer.sign(request)
    assert "x-security-token" not in request.headers
    assert request.headers["x-date"] == "20241022T063954Z"
    assert len(request.headers.get_list("authorization")) == 1
    assert _volc_valid(request)


def test_every_attempt_through_httpx_is_signed_afresh() -> None:
    nonces = (f"nonce{i}" for i in count())
    signer = AcsV3Signer(ALI_AK, clock=fixed_clock(), nonce=lambda: next(nonces))
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.headers["x-acs-signature-nonce"], request.headers["authorization"]))
        return httpx.Response(503)

    request = _build(VOD)
    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        for _ in range(3):
            client.send(request, auth=signer)
    assert [n for n, _ in seen] == ["nonce0", "nonce1", "nonce2"]
    assert len({a for _, a in seen}) == 3


def test_provider_is_called_at_every_signing() -> None:
    calls = []

    def provider() -> AlibabaCredentials:
        calls.append(1)
        return ALI_AK

    signer = AcsV3Signer(provider, clock=fixed_clock(), nonce=fixed_nonce())
    assert calls == []
    for _ in range(3):
        signer.sign(_build(VOD))
    assert len(calls) == 3


# --------------------------------------------------------------------------------------------------------------
# Hosts, clocks, defaults


def test_acs3_signs_the_host_header_with_its_port() -> None:
    request = _build(VOD, "http://127.0.0.1:8080")
    AcsV3Signer(ALI_AK, clock=fixed_clock(), nonce=fixed_nonce()).sign(request)
    assert request.headers["host"] == "127.0.0.1:8080"
    _, signed, _ = acs3.parse_authorization(request.headers["authorization"])
    assert "host" in signed
    assert "user-agent" not in signed and "accept" not in signed and "content-length" not in signed
    assert _acs3_valid(request)
    request.headers["host"] = "127.0.0.1:8081"
    assert not _acs3_valid(request)


@pytest.mark.parametrize(
    ("host", "canonical"),
    [
        ("open.volcengineapi.com", "open.volcengineapi.com"),
        ("open.volcengineapi.com:443", "open.volcengineapi.com"),
        ("open.volcengineapi.com:80", "open.volcengineapi.com"),
        ("127.0.0.1:18080", "127.0.0.1:18080"),
        ("127.0.0.1:4430", "127.0.0.1:4430"),
    ],
)
def test_volcengine_canonical_host(host: str, canonical: str) -> None:
    assert volcengine.canonical_host(host) == canonical
    creq = volcengine.canonical_request("POST", "/", [], {"Host": host}, ["host"], "h")
    assert f"\nhost:{canonical}\n" in creq


def test_volcengine_host_port_is_kept_on_the_wire_but_not_signed_when_443() -> None:
    request = httpx.Request("POST", "https://open.volcengineapi.com/", headers={"Host": "open.volcengineapi.com:443"})
    VolcengineV4Signer(VOLC_CREDS, region="cn-beijing", service="nta", clock=lambda: VOLC_MOMENT).sign(request)
    assert request.headers["host"] == "open.volcengineapi.com:443"
    other = httpx.Request("POST", "https://open.volcengineapi.com/")
    VolcengineV4Signer(VOLC_CREDS, region="cn-beijing", service="nta", clock=lambda: VOLC_MOMENT).sign(other)
    assert request.headers["authorization"] == other.headers["authorization"]


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2024, 6, 1, 12, 0, 0, tzinfo=UTC),
        datetime(2024, 6, 1, 12, 0, 0),  # naive: taken as UTC
        datetime(2024, 6, 1, 20, 0, 0, tzinfo=timezone(timedelta(hours=8))),
        datetime(2024, 6, 1, 12, 0, 0, 999999, tzinfo=UTC),  # sub-second part dropped
    ],
)
def test_clocks_are_rendered_in_utc(moment: datetime) -> None:
    r1, r2, r3 = _build(VOD), _build(VOD), _build(PDS)
    AcsV3Signer(ALI_AK, clock=lambda: moment, nonce=fixed_nonce()).sign(r1)
    AcsRpcV1Signer(ALI_AK, clock=lambda: moment, nonce=fixed_nonce()).sign(r2)
    PdsAcsSigner(ALI_AK, clock=lambda: moment, nonce=fixed_nonce()).sign(r3)
    assert r1.headers["x-acs-date"] == "2024-06-01T12:00:00Z"
    assert dict(parse_query(r2.url.query))["Timestamp"] == "2024-06-01T12:00:00Z"
    assert r3.headers["date"] == "Sat, 01 Jun 2024 12:00:00 GMT"
    r4 = _build(NTA)
    VolcengineV4Signer(VOLC_CREDS, region="cn-beijing", service="nta", clock=lambda: moment).sign(r4)
    assert r4.headers["x-date"] == "20240601T120000Z"


def test_default_clock_and_nonce() -> None:
    request = _build(VOD)
    before = datetime.now(UTC).replace(microsecond=0)
    AcsV3Signer(ALI_AK).sign(request)
    after = datetime.now(UTC)
    stamp = datetime.strptime(request.headers["x-acs-date"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    assert before <= stamp <= after
    assert re.fullmatch(r"[0-9a-f]{32}", request.headers["x-acs-signature-nonce"])
    other = _build(VOD)
    AcsV3Signer(ALI_AK).sign(other)
    assert other.headers["x-acs-signature-nonce"] != request.headers["x-acs-signature-nonce"]
    pds_req = _build(PDS)
    PdsAcsSigner(ALI_AK).sign(pds_req)
    assert re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT", pds_req.headers["date"])
    v = _build(NTA)
    VolcengineV4Signer(VOLC_CREDS, region="cn-beijing", service="nta").sign(v)
    assert re.fullmatch(r"\d{8}T\d{6}Z", v.headers["x-date"])


# --------------------------------------------------------------------------------------------------------------
# Errors and hygiene


def test_acs3_needs_action_and_version_headers() -> None:
    request = httpx.Request("POST", "https://vod.cn-shanghai.aliyuncs.com/", headers={"x-acs-action": "A"})
    with pytest.raises(ValueError, match="x-acs-version"):
        AcsV3Signer(ALI_AK).sign(request)
    with pytest.raises(ValueError, match="x-acs-action"):
        AcsRpcV1Signer(ALI_AK).sign(httpx.Request("POST", "https://h/"))


@pytest.mark.parametrize(
    ("factory", "wrong"),
    [
        (lambda c: AcsV3Signer(c), VOLC_CREDS),
        (lambda c: AcsRpcV1Signer(c), TOKEN),
        (lambda c: PdsAcsSigner(c), VOLC_CREDS),
        (lambda c: BearerTokenAuth(c), ALI_AK),
        (lambda c: VolcengineV4Signer(c, region="cn-beijing", service="nta"), ALI_AK),
    ],
)
def test_wrong_credential_kinds_are_rejected(factory: Callable[[Any], Signer[Any]], wrong: object) -> None:
    with pytest.raises(TypeError):
        factory(wrong)
    signer = factory(lambda: wrong)  # a provider is only checked when called
    with pytest.raises(TypeError):
        signer.sign(_build(PDS))


def test_volcengine_region_and_service_are_required() -> None:
    with pytest.raises(ValueError, match="region"):
        VolcengineV4Signer(VOLC_CREDS, region="", service="nta")
    with pytest.raises(ValueError, match="service"):
        VolcengineV4Signer(VOLC_CREDS, region="cn-beijing", service="")


def test_signers_never_show_secrets() -> None:
    secret_creds = AlibabaCredentials(AK, "TopSecretValue", "TopSecretToken")
    volc = VolcengineCredentials("AKLT", "TopSecretValue", "TopSecretToken")
    signers = [
        AcsV3Signer(secret_creds),
        AcsRpcV1Signer(secret_creds),
        PdsAcsSigner(secret_creds),
        BearerTokenAuth(AccessToken("TopSecretToken")),
        VolcengineV4Signer(volc, region="cn-beijing", service="nta"),
    ]
    for signer in signers:
        for text in (repr(signer), str(signer)):
            assert "TopSecret" not in text


def test_the_secret_never_reaches_the_wire() -> None:
    for service, signer in _signers():
        request = _build(service)
        signer.sign(request)
        blob = str(request.url) + repr(request.headers.multi_items()) + request.content.decode()
        assert SK not in blob and VOLC_SK not in blob


def test_rpc_form_body_parameters_are_signed_but_not_moved() -> None:
    request = httpx.Request(
        "POST",
        "https://vod.cn-shanghai.aliyuncs.com/?VideoId=v",
        headers={
            "x-acs-action": "ListAIImageInfo",
            "x-acs-version": "2017-03-21",
            "content-type": "application/x-www-form-urlencoded",
        },
        content=b"Extra=a+b",
    )
    AcsRpcV1Signer(ALI_AK, clock=fixed_clock(), nonce=fixed_nonce()).sign(request)
    pairs = parse_query(request.url.query)
    assert "Extra" not in dict(pairs)
    signed = [p for p in pairs if p[0] != "Signature"] + [("Extra", "a b")]
    assert rpc_v1.signature(SK, rpc_v1.string_to_sign("POST", signed)) == dict(pairs)["Signature"]


def test_pds_signature_covers_query_parameters() -> None:
    request = httpx.Request(
        "GET",
        "https://bj12345.api.aliyunpds.com/v2/file/get?b=2&a=x+y&empty=",
        headers={"x-acs-action": "GetFile", "x-acs-version": "2022-03-01", "accept": "application/json"},
    )
    PdsAcsSigner(ALI_AK, clock=fixed_clock(), nonce=fixed_nonce()).sign(request)
    sts = pds.string_to_sign("GET", "/v2/file/get", parse_query(request.url.query), request.headers)
    assert sts.endswith("\n/v2/file/get?a=x y&b=2&empty")
    assert request.headers["authorization"] == pds.authorization(AK, pds.signature(SK, sts))
    assert pds.canonicalized_resource("/p", []) == "/p"
    assert request.headers["x-acs-signature-nonce"] == NONCE


@pytest.mark.oracle
def test_acs3_header_values_are_trimmed_and_repeated_headers_joined_like_the_sdk() -> None:
    from alibabacloud_tea_openapi.utils import get_canonicalized_headers

    headers = [("Host", "h"), ("x-acs-b", "  two  "), ("x-acs-a", "z"), ("X-ACS-A", "y "), ("content-type", " t")]
    ours = acs3.canonical_headers(headers, ["host", "x-acs-a", "x-acs-b", "content-type"])
    sdk_input = {"host": "h", "x-acs-b": "  two  ", "x-acs-a": "z", "X-ACS-A": "y ", "content-type": " t"}
    assert ours == get_canonicalized_headers(sdk_input)
    assert ours[0] == "content-type:t\nhost:h\nx-acs-a:y,z\nx-acs-b:two\n"
    with pytest.raises(ValueError, match="x-acs-missing"):
        acs3.canonical_headers(headers, ["x-acs-missing"])
