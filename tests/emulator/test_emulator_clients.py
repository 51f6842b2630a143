"""Our generated clients against the emulator: every operation and credential kind, the paginators, and the errors
the emulator answers (signatures, keys, tokens, clock skew, replays, parameter validation) as the clients see them.

The clients sign, and the emulator verifies, with the same canonicalisation functions
(``cloudmedia._runtime.signing``): an encoding bug the two share (a character escaped the wrong way on both sides)
passes every test here. What catches it is the official-SDK oracles - ``tests/runtime/signing`` compares our
signed requests byte for byte with the SDKs' own, and ``test_emulator_official_sdks.py`` and
``test_emulator_auth.py`` check the verifier against the SDKs' requests and the vendors' published examples.
Keep it that way: never replace an oracle with a round trip through our own signer.
"""

from __future__ import annotations

import asyncio
import hashlib
import importlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from cloudmedia import AlibabaCredentials, ClientError, RetryPolicy, VolcengineCredentials
from cloudmedia._runtime.signing import AcsRpcV1Signer, AcsV3Signer, PdsAcsSigner, VolcengineV4Signer
from cloudmedia._runtime.signing._base import Signer
from cloudmedia._runtime.wire import build_request
from cloudmedia.emulator import CredentialSet, Emulator
from cloudmedia.ice import IceClient
from cloudmedia.imm import ImmClient
from cloudmedia.nta import NtaClient
from cloudmedia.nta.models import CreateFileDetectionResult, ResponseMetadata
from cloudmedia.pds import PdsClient
from cloudmedia.vod import VodClient

from ._emulator_support import http_client

NO_RETRY = RetryPolicy.none()


def documented(package: str, operation: str, wire: str, keyword: str) -> int:
    """A limit of the spec (written from the documentation page), read from the service model."""
    service = importlib.import_module(f"cloudmedia.{package}._service").SERVICE
    return int(service.operation(operation).param(wire).schema[keyword])


SIGN_URL = "https://xxx.tos-cn-beijing.volces.com/a b.elf?X-Tos-Algorithm=TOS4-HMAC-SHA256&X-Tos-Signature=38ab15ca"


@pytest.fixture(scope="module")
def emu() -> Iterator[Emulator]:
    with Emulator(0, pds_files=257, ice_total=163) as emulator:
        yield emulator


def alibaba(emu: Emulator, kind: str) -> AlibabaCredentials:
    cred = emu.credentials.alibaba_key if kind == "ak" else emu.credentials.alibaba_sts
    assert cred is not None
    return cred


def rpc_client(cls: type, emu: Emulator, kind: str = "ak", algorithm: str = "acs3", **kwargs: Any) -> Any:
    cred = kwargs.pop("credentials", None) or alibaba(emu, kind)
    return cls(credentials=cred, endpoint_url=emu.url, signature_algorithm=algorithm, retry=NO_RETRY, **kwargs)


def pds_client(emu: Emulator, kind: str, **kwargs: Any) -> PdsClient:
    if kind == "bearer":
        return PdsClient(
            access_token=kwargs.pop("token", emu.credentials.access_token_value),
            endpoint_url=emu.url,
            retry=NO_RETRY,
            **kwargs,
        )
    cred = kwargs.pop("credentials", None) or alibaba(emu, kind)
    return PdsClient(domain_id="bj12345", credentials=cred, endpoint_url=emu.url, retry=NO_RETRY, **kwargs)


def nta_client(emu: Emulator, kind: str = "ak", **kwargs: Any) -> NtaClient:
    cred = kwargs.pop("credentials", None) or (
        emu.credentials.volcengine_key if kind == "ak" else emu.credentials.volcengine_sts
    )
    return NtaClient(region="cn-beijing", credentials=cred, endpoint_url=emu.url, retry=NO_RETRY, **kwargs)


# ------------------------------------------------------------------------------------ every operation x credential


@pytest.mark.parametrize("algorithm", ["acs3", "rpc-hmac-sha1"])
@pytest.mark.parametrize("kind", ["ak", "sts"])
def test_rpc_operations(emu: Emulator, kind: str, algorithm: str) -> None:
    uris = [
        "oss://b/dir with space/a~b*c+d=e.jpg",
        "oss://b/中文/v.mp4",
        "oss://b/missing.jpg",
        "pds://domains/d/x.pdf",
    ]
    with rpc_client(ImmClient, emu, kind, algorithm) as imm:
        files = imm.batch_get_file_meta(project_name="p", dataset_name="d s", uris=uris).files
    assert [f.uri for f in files] == [uris[0], uris[1], uris[3]]
    assert [f.media_type for f in files] == ["image", "video", "document"]
    assert files[0].figures and files[0].figures[0].head_pose is not None  # the documentation example's richness
    assert files[1].video_streams and files[1].figures and not files[1].exif
    with rpc_client(VodClient, emu, kind, algorithm) as vod:
        images = vod.list_ai_image_info(video_id="v 1/~*+=视频").ai_image_info_list
    assert [i.ai_image_info_id for i in images] == [
        i["AIImageInfoId"] for i in emu.data.vod_image_infos("v 1/~*+=视频")
    ]
    query = {"PersonImageUrl": "https://x/face.jpg", "FaceSearchToken": "tok"}
    with rpc_client(IceClient, emu, kind, algorithm) as ice:
        page = ice.search_media_by_face(
            person_image_url="https://x/face.jpg", face_search_token="tok", page_no=3, page_size=7
        )
    assert page.total == 163
    assert [m.media_id for m in page.media_info_list] == [m["MediaId"] for m in emu.data.ice_search(query, 3, 7)[0]]
    for record in emu.requests.snapshot()[-3:]:
        assert (record.scheme, record.sts, record.status) == (algorithm, kind == "sts", 200)


@pytest.mark.parametrize("kind", ["bearer", "ak", "sts"])
def test_pds_scan_file(emu: Emulator, kind: str) -> None:
    with pds_client(emu, kind) as pds:
        page = pds.scan_file(drive_id="1", limit=50, marker=emu.data.pds_marker("1", 200), fields="*")
        first = pds.scan_file(drive_id="7")
    assert isinstance(page.items, list) and isinstance(first.items, list)
    assert [f.file_id for f in page.items] == [emu.data.pds_file("1", k)["file_id"] for k in range(200, 250)]
    assert page.next_marker == emu.data.pds_marker("1", 250)
    assert page.items[0].created_at and page.items[0].download_url
    assert len(first.items) == 100  # the default limit
    assert not first.items[0].name and first.items[0].category  # the default field set (UNSET: not sent)
    record = emu.requests.last
    assert record is not None and record.scheme == ("bearer" if kind == "bearer" else "pds-hmac-sha1")


@pytest.mark.parametrize("kind", ["ak", "sts"])
def test_nta_create_file_detection(emu: Emulator, kind: str) -> None:
    with nta_client(emu, kind) as nta:
        response = nta.with_raw_response.create_file_detection(sign_url=SIGN_URL)
    result = response.parsed
    assert isinstance(result.result, CreateFileDetectionResult)
    assert isinstance(result.response_metadata, ResponseMetadata)
    assert result.result.query_key == hashlib.md5(SIGN_URL.encode()).hexdigest()
    meta = result.response_metadata
    assert (meta.action, meta.version, meta.service, meta.region) == (
        "CreateFileDetection",
        "2024-07-30",
        "nta",
        "cn-beijing",
    )
    record = emu.requests.last
    assert record is not None and record.request_id == meta.request_id == response.request_id
    assert record.sts == (kind == "sts")


def test_pds_scan_file_pages_through_everything(emu: Emulator) -> None:
    with pds_client(emu, "bearer") as pds:
        before = len(emu.requests)
        ids = [f.file_id for f in pds.scan_file_pages(drive_id="drive-9", limit=50).items()]
        records = emu.requests.snapshot()[before:]
    assert ids == [emu.data.pds_file("drive-9", k, rich=False)["file_id"] for k in range(257)]
    assert len(records) == 6 and len({r.connection for r in records}) == 1  # keep-alive


def test_ice_search_pages_through_everything(emu: Emulator) -> None:
    with rpc_client(IceClient, emu) as ice:
        ids = [
            m.media_id
            for m in ice.search_media_by_face_pages(person_image_url="u", face_search_token="t", page_size=50).items()
        ]
    query = {"PersonImageUrl": "u", "FaceSearchToken": "t"}
    expected = [m["MediaId"] for page in range(1, 5) for m in emu.data.ice_search(query, page, 50)[0]]
    assert ids == expected and len(ids) == 163


def test_async_clients(emu: Emulator) -> None:
    async def main() -> tuple[Any, Any]:
        async with pds_client(emu, "sts") as pds, nta_client(emu, "sts") as nta:
            return await asyncio.gather(
                pds.scan_file_async(drive_id="1", limit=5), nta.create_file_detection_async(sign_url=SIGN_URL)
            )

    page, detection = asyncio.run(main())
    assert len(page.items) == 5 and detection.result.query_key


# --------------------------------------------------------------------------------------------- auth failures


def _code(call: Any) -> tuple[str | None, int]:
    with pytest.raises(ClientError) as info:
        call()
    return info.value.code, info.value.http_status


def _call(emu: Emulator, scheme: str, **kwargs: Any) -> Any:
    """A zero-argument call of one operation with the client kwargs given."""
    if scheme in ("acs3", "rpc-hmac-sha1"):

        def run() -> Any:
            with rpc_client(VodClient, emu, algorithm=scheme, **kwargs) as vod:
                return vod.list_ai_image_info(video_id="v1")
    elif scheme in ("pds-ak", "bearer"):

        def run() -> Any:
            with pds_client(emu, "bearer" if scheme == "bearer" else "ak", **kwargs) as pds:
                return pds.scan_file(drive_id="1", limit=1)
    else:

        def run() -> Any:
            with nta_client(emu, **kwargs) as nta:
                return nta.create_file_detection(sign_url=SIGN_URL)

    return run


ALIBABA_SCHEMES = ["acs3", "rpc-hmac-sha1", "pds-ak"]


@pytest.mark.parametrize("scheme", ALIBABA_SCHEMES)
def test_alibaba_key_errors(emu: Emulator, scheme: str) -> None:
    pds = scheme == "pds-ak"
    key, sts = emu.credentials.alibaba_key, emu.credentials.alibaba_sts
    assert key is not None and sts is not None
    cases = {
        "SignatureDoesNotMatch": AlibabaCredentials(key.access_key_id, "wrong-secret"),
        "InvalidAccessKeyId.NotFound": AlibabaCredentials("LTAI5tUnknownKey", key.access_key_secret),
        "MissingSecurityToken": AlibabaCredentials(sts.access_key_id, sts.access_key_secret),
        "InvalidSecurityToken.MismatchWithAccessKey": AlibabaCredentials(
            sts.access_key_id, sts.access_key_secret, "CAIS+another-token"
        ),
    }
    for expected, cred in cases.items():
        code, status = _code(_call(emu, scheme, credentials=cred))
        assert code == expected
        assert status == (401 if pds else 404 if expected == "InvalidAccessKeyId.NotFound" else 400)


def test_volcengine_key_errors(emu: Emulator) -> None:
    key, sts = emu.credentials.volcengine_key, emu.credentials.volcengine_sts
    assert key is not None and sts is not None
    cases = {
        ("SignatureDoesNotMatch", 100010): VolcengineCredentials(key.access_key_id, "wrong-secret"),
        ("InvalidAccessKey", 100009): VolcengineCredentials("AKLTunknown", key.secret_access_key),
        ("InvalidSecretToken", None): VolcengineCredentials(sts.access_key_id, sts.secret_access_key, "other"),
    }
    for (expected, code_n), cred in cases.items():
        with pytest.raises(ClientError) as info:
            _call(emu, "volc", credentials=cred)()
        assert (info.value.code, info.value.http_status, info.value.code_n) == (expected, 401, code_n)
    with pytest.raises(ClientError) as info:
        _call(emu, "volc", credentials=VolcengineCredentials(sts.access_key_id, sts.secret_access_key))()
    assert info.value.code == "InvalidSecretToken"


@pytest.mark.parametrize("scheme", [*ALIBABA_SCHEMES, "volc"])
def test_clock_skew(emu: Emulator, scheme: str) -> None:
    expected = "InvalidTimestamp" if scheme == "volc" else "InvalidTimeStamp.Expired"
    late = lambda: datetime.now(UTC) - timedelta(minutes=16)
    early = lambda: datetime.now(UTC) + timedelta(minutes=16)
    nearly = lambda: datetime.now(UTC) - timedelta(minutes=14)
    assert _code(_call(emu, scheme, clock=late))[0] == expected
    assert _code(_call(emu, scheme, clock=early))[0] == expected
    _call(emu, scheme, clock=nearly)()


def test_injectable_clock() -> None:
    start = datetime(2030, 1, 1, tzinfo=UTC)
    with Emulator(0, clock=lambda: start) as emu, rpc_client(ImmClient, emu) as imm:
        with pytest.raises(ClientError) as info:  # the client signs with the real time
            imm.batch_get_file_meta(project_name="p", dataset_name="d", uris=["oss://b/k"])
        assert info.value.code == "InvalidTimeStamp.Expired"
        emu.clock = None  # back to the real clock
        imm.batch_get_file_meta(project_name="p", dataset_name="d", uris=["oss://b/k"])
        emu.advance(timedelta(minutes=20))
        with pytest.raises(ClientError):
            imm.batch_get_file_meta(project_name="p", dataset_name="d", uris=["oss://b/k"])
        assert emu.requests.last is not None and emu.requests.last.time > datetime.now(UTC) + timedelta(minutes=19)


@pytest.mark.parametrize("scheme", ALIBABA_SCHEMES)
def test_nonce_reuse(emu: Emulator, scheme: str) -> None:
    nonce = f"fixed-nonce-{scheme}-{datetime.now(UTC).timestamp()}"
    run = _call(emu, scheme, nonce=lambda: nonce)
    run()
    assert _code(run)[0] == "SignatureNonceUsed"


def test_expired_tokens() -> None:
    past = datetime.now(UTC) - timedelta(seconds=1)
    creds = CredentialSet()
    sts = AlibabaCredentials("STS.expired", "secret", "token")
    volc = VolcengineCredentials("AKTPexpired", "secret", "token")
    creds.add(sts, expires_at=past)
    creds.add(volc, expires_at=past)
    creds.add_access_token("expired-token", expires_at=past)
    with Emulator(0, creds) as emu:
        assert _code(_call(emu, "acs3", credentials=sts)) == ("InvalidSecurityToken.Expired", 400)
        assert _code(_call(emu, "pds-ak", credentials=sts)) == ("InvalidSecurityToken.Expired", 401)
        assert _code(_call(emu, "bearer", token="expired-token")) == ("AccessTokenInvalid", 401)
        assert _code(_call(emu, "bearer", token="unknown-token")) == ("AccessTokenInvalid", 401)
        assert _code(_call(emu, "volc", credentials=volc)) == ("InvalidSecretToken", 401)
        creds.remove("STS.expired")
        assert _code(_call(emu, "rpc-hmac-sha1", credentials=sts)) == ("InvalidAccessKeyId.NotFound", 404)


# ------------------------------------------------------------------------------- validation by the emulator


def signed(
    emu: Emulator,
    package: str,
    query: dict[str, Any] | None = None,
    body: Any = None,
    *,
    content: bytes | None = None,
    scheme: str = "acs3",
) -> httpx.Response:
    """A correctly signed request built by the wire layer without the client's validation."""
    service = importlib.import_module(f"cloudmedia.{package}._service").SERVICE
    op = next(iter(service.operations.values()))
    request = build_request(service, op, query or {}, body, base_url=emu.url, user_agent="emulator-tests")
    if content is not None:
        request = httpx.Request(
            request.method,
            request.url,
            headers=[(k, v) for k, v in request.headers.multi_items() if k.lower() != "content-length"],
            content=content,
        )
    creds = emu.credentials
    key, sts, volc = creds.alibaba_key, creds.alibaba_sts, creds.volcengine_key
    assert key is not None and sts is not None and volc is not None
    signers: dict[str, Callable[[], Signer[Any]]] = {
        "acs3": lambda: AcsV3Signer(key),
        "rpc-hmac-sha1": lambda: AcsRpcV1Signer(sts),
        "pds": lambda: PdsAcsSigner(key),
        "volc": lambda: VolcengineV4Signer(volc, region="cn-beijing", service="nta"),
    }
    auth = signers[scheme]()
    auth.sign(request)
    return http_client().send(request)


def _error(response: httpx.Response) -> tuple[int, str, str]:
    data = response.json()
    if "ResponseMetadata" in data:
        error = data["ResponseMetadata"]["Error"]
        return response.status_code, error["Code"], error["Message"]
    return response.status_code, data.get("Code", data.get("code")), data.get("Message", data.get("message"))


@pytest.mark.parametrize("scheme", ["acs3", "rpc-hmac-sha1"])
def test_rpc_validation(emu: Emulator, scheme: str) -> None:
    uris = ["oss://b/k"]
    cases: list[tuple[str, dict[str, Any], str, str]] = [
        ("imm", {"DatasetName": "d", "URIs": uris}, "MissingParameter", '"ProjectName"'),
        ("imm", {"ProjectName": "", "DatasetName": "d", "URIs": uris}, "MissingParameter", '"ProjectName"'),
        (
            "imm",
            {
                "ProjectName": "p",
                "DatasetName": "d",
                "URIs": ["oss://b/k"] * (documented("imm", "BatchGetFileMeta", "URIs", "maxItems") + 1),
            },
            "InvalidParameter",
            '"URIs"',
        ),
        ("imm", {"ProjectName": "p", "DatasetName": "d", "URIs": "not json"}, "InvalidParameter", '"URIs"'),
        ("imm", {"ProjectName": "p", "DatasetName": "d", "URIs": []}, "InvalidParameter", '"URIs"'),
        ("vod", {}, "MissingParameter", '"VideoId"'),
        (
            "ice",
            {
                "PersonImageUrl": "u",
                "FaceSearchToken": "t",
                "PageSize": documented("ice", "SearchMediaByFace", "PageSize", "maximum") + 1,
            },
            "InvalidParameter",
            '"PageSize"',
        ),
        ("ice", {"PersonImageUrl": "u", "FaceSearchToken": "t", "PageNo": 0}, "InvalidParameter", '"PageNo"'),
        ("ice", {"PersonImageUrl": "u", "FaceSearchToken": "t", "PageNo": "two"}, "InvalidParameter", '"PageNo"'),
        (
            "ice",
            {"PersonImageUrl": "u", "FaceSearchToken": "t", "MediaType": "audio"},
            "InvalidParameter",
            '"MediaType"',
        ),
        ("ice", {"PersonImageUrl": "u"}, "MissingParameter", '"FaceSearchToken"'),
    ]
    for package, query, code, needle in cases:
        response = signed(emu, package, query, scheme=scheme)
        status, got, message = _error(response)
        assert (status, got) == (400, code), (package, query, response.text)
        assert needle in message
        assert response.headers["x-acs-request-id"] == response.json()["RequestId"]
        assert set(response.json()) == {"RequestId", "HostId", "Code", "Message", "Recommend"}


def test_pds_validation(emu: Emulator) -> None:
    cases: list[tuple[Any, bytes | None, str]] = [
        ({"limit": 10}, None, "InvalidParameterMissing"),
        ({"drive_id": "1", "limit": 0}, None, "InvalidParameterOutOfRange"),
        (
            {"drive_id": "1", "limit": documented("pds", "ScanFile", "limit", "maximum") + 1},
            None,
            "InvalidParameterOutOfRange",
        ),
        ({"drive_id": "1", "limit": "50"}, None, "InvalidParameter"),
        ({"drive_id": "1", "marker": "bm90LWEtbWFya2Vy"}, None, "InvalidParameter"),
        ({"drive_id": "2", "marker": emu.data.pds_marker("1", 10)}, None, "InvalidParameter"),
        ({}, b"{not json", "InvalidRequestJSONFormat"),
        ({}, b"[1, 2]", "InvalidRequestJSONFormat"),
    ]
    for body, content, code in cases:
        response = signed(emu, "pds", None, body, content=content, scheme="pds")
        assert _error(response)[:2] == (400, code), (body, content, response.text)
        assert set(response.json()) == {"code", "message"} and response.headers["x-ca-request-id"]
    response = signed(emu, "pds", None, {"drive_id": "missing-drive"}, scheme="pds")
    assert _error(response)[:2] == (404, "NotFound.Drive")


def test_nta_validation(emu: Emulator) -> None:
    cases: list[tuple[Any, bytes | None, str]] = [
        ({}, None, "MissingParameter"),
        ({"SignURL": ""}, None, "MissingParameter"),  # sent empty counts as missing
        (
            {"SignURL": "https://x/" + "a" * documented("nta", "CreateFileDetection", "SignURL", "maxLength")},
            None,
            "InvalidParameter",
        ),
        ({"SignURL": "ftp://x/y"}, None, "InvalidParameter"),
        ({"SignURL": 5}, None, "InvalidParameter"),
        ({}, b"not json", "InvalidParameter"),
    ]
    for body, content, code in cases:
        response = signed(emu, "nta", None, body, content=content, scheme="volc")
        assert _error(response)[:2] == (400, code), (body, response.text)
        meta = response.json()["ResponseMetadata"]
        assert (meta["Action"], meta["Version"], meta["Service"], meta["Region"]) == (
            "CreateFileDetection",
            "2024-07-30",
            "nta",
            "cn-beijing",
        )


def test_not_found_resources(emu: Emulator) -> None:
    with rpc_client(ImmClient, emu) as imm:
        assert _code(
            lambda: imm.batch_get_file_meta(project_name="missing-p", dataset_name="d", uris=["oss://b/k"])
        ) == ("ResourceNotFound", 404)
    with rpc_client(VodClient, emu) as vod:
        assert _code(lambda: vod.list_ai_image_info(video_id="missing-video")) == ("InvalidVideo.NotFound", 404)
