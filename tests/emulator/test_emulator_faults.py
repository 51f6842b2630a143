"""Fault injection: statuses with Retry-After, throttling after K requests, resets, truncated and HTML bodies,
latency; which requests a fault matches; that faults apply only to verified requests, whose nonce they spend (a
retry that is not re-signed is a replay); the command-line form."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from _emulator_support import error_code, http_client
from cloudmedia import (
    AlibabaCredentials,
    ClientError,
    InvalidResponseError,
    RetryPolicy,
    ServerError,
    ThrottlingError,
    TransportError,
)
from cloudmedia.emulator import Emulator, Fault, parse_fault
from cloudmedia.ice import IceClient
from cloudmedia.imm import ImmClient
from cloudmedia.nta import NtaClient
from cloudmedia.pds import PdsClient
from cloudmedia.vod import VodClient

NO_RETRY = RetryPolicy.none()
RETRY = RetryPolicy(max_attempts=4, base_delay=0.0, max_delay=0.01)


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(0, pds_files=20) as emulator:
        yield emulator


def rpc(cls: type, emu: Emulator, retry: RetryPolicy = NO_RETRY, **kwargs: Any) -> Any:
    kwargs.setdefault("credentials", emu.credentials.alibaba_key)
    return cls(endpoint_url=emu.url, retry=retry, sleep=lambda s: None, **kwargs)


def pds(emu: Emulator, retry: RetryPolicy = NO_RETRY) -> PdsClient:
    return PdsClient(
        access_token=emu.credentials.access_token_value, endpoint_url=emu.url, retry=retry, sleep=lambda s: None
    )


def nta(emu: Emulator, retry: RetryPolicy = NO_RETRY) -> NtaClient:
    return NtaClient(
        region="cn-beijing",
        credentials=emu.credentials.volcengine_key,
        endpoint_url=emu.url,
        retry=retry,
        sleep=lambda s: None,
    )


def test_status_times_then_success(emu: Emulator) -> None:
    fault = emu.faults.add("imm", status=503, times=2)
    with rpc(ImmClient, emu, RETRY) as imm:
        response = imm.with_raw_response.batch_get_file_meta(project_name="p", dataset_name="d", uris=["oss://b/k"])
    assert response.attempts == 3 and fault.hits == 2
    records = emu.requests.snapshot()
    assert [(r.status, r.error_code, r.fault) for r in records] == [
        (503, "ServiceUnavailable", "status:503"),
        (503, "ServiceUnavailable", "status:503"),
        (200, None, None),
    ]


def test_throttling_after_k_requests_with_retry_after(emu: Emulator) -> None:
    emu.faults.add("pds", status=429, after=3, retry_after=1.5)
    with pds(emu) as client:
        for _ in range(3):
            client.scan_file(drive_id="1", limit=1)
        with pytest.raises(ThrottlingError) as info:
            client.scan_file(drive_id="1", limit=1)
    assert (info.value.code, info.value.http_status, info.value.retry_after) == ("TooManyRequests", 429, 1.5)
    assert info.value.headers["retry-after"] == "1.5" and info.value.headers["x-acs-retry-after"] == "1500"


def test_throttling_shapes_per_vendor(emu: Emulator) -> None:
    emu.faults.add("vod", status=429, retry_after=2)
    emu.faults.add("nta", status=429, retry_after=2)
    with rpc(VodClient, emu) as vod, pytest.raises(ThrottlingError) as info:
        vod.list_ai_image_info(video_id="v")
    assert (info.value.code, info.value.retry_after) == ("Throttling.User", 2.0)
    with nta(emu) as client, pytest.raises(ThrottlingError) as info:
        client.create_file_detection(sign_url="https://x/y")
    assert (info.value.code, info.value.retry_after) == ("FlowLimitExceeded", 2.0)


def test_custom_code_and_message(emu: Emulator) -> None:
    emu.faults.add("ice", status=500, code="InternalError.Search", message="search backend down", times=1)
    with rpc(IceClient, emu) as ice, pytest.raises(ServerError) as info:
        ice.search_media_by_face(person_image_url="u", face_search_token="t")
    assert info.value.code == "InternalError.Search"
    assert "search backend down" in str(info.value)


def test_faults_answer_after_verification(emu: Emulator) -> None:
    fault = emu.faults.add("vod", status=503, times=1)
    wrong = AlibabaCredentials(emu.credentials.alibaba_key.access_key_id, "wrong")
    with rpc(VodClient, emu, credentials=wrong) as vod, pytest.raises(ClientError) as info:
        vod.list_ai_image_info(video_id="v")
    assert info.value.code == "SignatureDoesNotMatch" and fault.hits == 0  # refused before any fault applies
    with rpc(VodClient, emu, RETRY) as vod:
        response = vod.with_raw_response.list_ai_image_info(video_id="v")
    assert response.attempts == 2 and fault.hits == 1
    faulted, served = emu.requests.snapshot()[-2:]
    assert (faulted.status, faulted.fault, faulted.scheme) == (503, "status:503", "acs3")  # verified, then faulted
    assert (served.status, served.scheme) == (200, "acs3")
    assert faulted.header("x-acs-signature-nonce") != served.header("x-acs-signature-nonce")


@pytest.mark.parametrize("scheme", ["acs3", "rpc-hmac-sha1"])
def test_a_retry_that_is_not_re_signed_is_a_replay(emu: Emulator, scheme: str) -> None:
    """The faulted attempt's nonce is spent, so resending it (a client that does not re-sign) is refused."""
    emu.faults.add("vod", status=503, times=1)
    nonce = f"nonce-of-a-faulted-request-{scheme}"
    with (
        rpc(VodClient, emu, RETRY, nonce=lambda: nonce, signature_algorithm=scheme) as vod,
        pytest.raises(ClientError) as info,
    ):
        vod.list_ai_image_info(video_id="v")
    assert info.value.code == "SignatureNonceUsed"
    assert [(r.status, r.error_code) for r in emu.requests.snapshot()] == [
        (503, "ServiceUnavailable"),
        (400, "SignatureNonceUsed"),
    ]


def test_a_pds_retry_that_is_not_re_signed_is_a_replay(emu: Emulator) -> None:
    emu.faults.add("pds", status=503, times=1)
    key = emu.credentials.alibaba_key
    with (
        PdsClient(
            domain_id="bj12345",
            credentials=key,
            endpoint_url=emu.url,
            retry=RETRY,
            sleep=lambda s: None,
            nonce=lambda: "pds-fixed-nonce",
        ) as client,
        pytest.raises(ClientError) as info,
    ):
        client.scan_file(drive_id="1", limit=1)
    assert (info.value.code, info.value.http_status) == ("SignatureNonceUsed", 401)


def test_reset(emu: Emulator) -> None:
    fault = emu.faults.add("ScanFile", reset=True, times=1)
    with pds(emu) as client, pytest.raises(TransportError):
        client.scan_file(drive_id="1")
    with pds(emu, RETRY) as client:
        assert len(client.scan_file(drive_id="1").items) == 20
    record = emu.requests.snapshot()[0]
    assert (record.status, record.fault, fault.hits) == (None, "reset", 1)


def test_truncate(emu: Emulator) -> None:
    emu.faults.add("ice", truncate=True, times=1)
    with rpc(IceClient, emu) as ice, pytest.raises(TransportError):
        ice.search_media_by_face(person_image_url="u", face_search_token="t")
    record = emu.requests.last
    assert record is not None and (record.status, record.fault, record.scheme) == (200, "truncate", "acs3")


def test_html_body(emu: Emulator) -> None:
    emu.faults.add("nta", html=True, times=1)
    with nta(emu, RETRY) as client, pytest.raises(InvalidResponseError) as info:
        client.create_file_detection(sign_url="https://x/y")  # not idempotent: a 502 is not retried
    assert info.value.http_status == 502 and "502 Bad Gateway" in info.value.body_excerpt
    emu.faults.add("imm", html=True, status=503, times=1)
    with rpc(ImmClient, emu, RETRY) as imm:
        response = imm.with_raw_response.batch_get_file_meta(project_name="p", dataset_name="d", uris=["oss://b/k"])
    assert response.attempts == 2


def test_latency(emu: Emulator) -> None:
    waited: list[float] = []
    emu.sleep = waited.append  # how long the answer is held, without holding the test
    emu.faults.add("*", delay=0.3, times=1)
    emu.faults.add("pds", delay=0.2, times=1)
    with pds(emu) as client:
        client.scan_file(drive_id="1", limit=1)
        client.scan_file(drive_id="1", limit=1)
    assert waited == [0.5]  # delays add up, and apply as many times as asked
    first, second = emu.requests.snapshot()
    assert (first.fault, first.status, second.fault, second.status) == ("delay", 200, None, 200)


def test_route_matching(emu: Emulator) -> None:
    assert Fault("pds.ScanFile", status=500).matches("pds", "ScanFile")
    assert Fault("scanfile", status=500).matches("pds", "ScanFile")
    assert Fault("imm, vod", status=500).matches("vod", "ListAIImageInfo")
    assert not Fault("imm,vod", status=500).matches("ice", "SearchMediaByFace")
    assert Fault("*", status=500).matches(None, None)
    emu.faults.add("*", status=503, times=1)
    response = http_client().get(f"{emu.url}/no/such/path")  # even unroutable requests
    assert response.status_code == 503 and error_code(response) == "ServiceUnavailable"


def test_parse_fault() -> None:
    f = parse_fault("imm:status=503,times=2,retry_after=1")
    assert (f.route, f.status, f.times, f.retry_after) == ("imm", 503, 2, 1.0)
    f = parse_fault("pds:status=429,after=10")
    assert (f.status, f.after, f.times) == (429, 10, None)
    assert parse_fault("*:delay=0.25").delay == 0.25 and not parse_fault("*:delay=0.25").terminal
    assert parse_fault("nta:reset,times=1").reset
    assert parse_fault("vod:html").status == 502
    assert parse_fault("ice:truncate").truncate
    assert parse_fault("status=500").route == "*"
    f = parse_fault("vod:status=400,code=Throttling.User,message=slow down")
    assert (f.code, f.message) == ("Throttling.User", "slow down")
    for bad in (
        "imm:",
        "imm:status=503,reset",
        "imm:explode",
        "imm:colour=red",
        "imm:status=999",
        "imm:retry_after=1",
        "imm:times=-1",
    ):
        with pytest.raises(ValueError):
            parse_fault(bad)


def test_faults_from_the_constructor() -> None:
    with Emulator(0, faults=["vod:status=500,times=1", Fault("ice", status=503, times=1)]) as emu:
        assert [f.kind for f in emu.faults] == ["status:500", "status:503"]
        with rpc(VodClient, emu) as vod:
            with pytest.raises(ServerError) as info:
                vod.list_ai_image_info(video_id="v")
            assert (info.value.http_status, info.value.code) == (500, "InternalError")
            emu.faults.clear()
            assert vod.list_ai_image_info(video_id="v").ai_image_info_list


@pytest.mark.oracle
def test_official_sdk_sees_throttling(emu: Emulator) -> None:
    from alibabacloud_tea_openapi.exceptions import ThrottlingException
    from alibabacloud_tea_openapi.utils_models import Config
    from alibabacloud_vod20170321 import models
    from alibabacloud_vod20170321.client import Client
    from darabonba.runtime import RuntimeOptions

    emu.faults.add("vod", status=429, retry_after=0.25, times=1)
    key = emu.credentials.alibaba_key
    cfg = Config(
        access_key_id=key.access_key_id, access_key_secret=key.access_key_secret, endpoint=emu.endpoint, protocol="http"
    )
    with pytest.raises(ThrottlingException) as info:
        Client(cfg).list_aiimage_info_with_options(models.ListAIImageInfoRequest(video_id="v"), RuntimeOptions())
    assert (info.value.code, info.value.retry_after) == ("Throttling.User", 250)


def test_faulted_requests_are_not_served_by_httpx_alone(emu: Emulator) -> None:
    """A raw client sees the truncation itself (Content-Length larger than the body)."""
    emu.faults.add("*", truncate=True, times=1)
    token = {"Authorization": f"Bearer {emu.credentials.access_token_value}"}
    with pytest.raises(httpx.RemoteProtocolError):
        httpx.post(f"{emu.url}/v2/file/scan", headers=token, json={"drive_id": "1"})
