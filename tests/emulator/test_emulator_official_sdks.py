"""The official vendor SDKs against the emulator: accepted with correct answers for every operation and credential
kind, and the same captured requests with any signed byte changed are rejected.

Each SDK call goes through a recording TCP relay, so the test holds the exact request the SDK put on the wire. It is
then replayed with httpx: unchanged (a replay: refused with ``SignatureNonceUsed`` where the scheme has a nonce), and
with one byte changed in the method, in each query value, in each signed header and in the body (where the scheme
signs it): every such copy is refused.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from _emulator_support import RawRequest, Relay, error_code, tampered
from cloudmedia.emulator import Emulator

pytestmark = pytest.mark.oracle

# Imports of the oracles are inside the helpers, so collection does not pay for them.

IMM_URIS = [
    "oss://test-bucket/dir with space/a~b*c+d=e.jpg",
    "oss://test-bucket/中文目录/文件.png",
    "pds://domains/bj12345/drives/1/files/6172abc/revisions/6172def",
    'oss://test-bucket/quote"back\\slash&amp?.jpg',
    "oss://test-bucket/missing/not-indexed.jpg",
]
IMM_PROJECT, IMM_DATASET = "test-project", "test dataset/~*+=中"
VIDEO_ID = "357a8748c5789d2726e6436aa 1/~*+=视频"
ICE_QUERY = {
    "PersonImageUrl": "https://example-bucket.oss-cn-shanghai.aliyuncs.com/input/face 1.jpg",
    "FaceSearchToken": "zxtest-2023-3-7-V1",
    "SearchLibName": "test1",
    "MediaType": "video",
}
SIGN_URL = (
    "https://sample-bucket.tos-cn-beijing.volces.com/uploads/2024/样本 目录/my file+v1~final (copy)%20x.elf"
    "?X-Tos-Algorithm=TOS4-HMAC-SHA256&X-Tos-Credential=AKTP23yz1Tm3mw0f3ljI%2F20240718%2Fcn-beijing%2Ftos%2Frequest"
    "&X-Tos-Date=20240718T094357Z&X-Tos-Expires=3600&X-Tos-SignedHeaders=host&tag=🚀&plus=1+1=2&pct=100%25"
    "&X-Tos-Signature=38ab15ca9adf070f4ed501aa"
)

#: Every code a tampered or replayed request may legitimately be refused with.
REFUSALS = {
    # Alibaba (POP and PDS AccessKey)
    "SignatureDoesNotMatch",
    "IncompleteSignature",
    "InvalidAccessKeyId.NotFound",
    "InvalidTimeStamp.Expired",
    "InvalidTimeStamp.Format",
    "MissingSecurityToken",
    "InvalidSecurityToken.MismatchWithAccessKey",
    "InvalidSecurityToken.Malformed",
    "InvalidAction.NotFound",
    "InvalidVersion",
    "MethodNotAllowed",
    "NotFound",
    "AccessTokenInvalid",
    # Volcengine
    "InvalidTimestamp",
    "InvalidCredential",
    "InvalidAuthorization",
    "InvalidAccessKey",
    "InvalidSecretToken",
    "InvalidActionOrVersion",
}


@pytest.fixture(scope="module")
def emu() -> Iterator[Emulator]:
    with Emulator(0, pds_files=120) as emulator:
        yield emulator


# ------------------------------------------------------------------------------------------------ SDK calls


def _alibaba_config(endpoint: str, cred: Any, *, legacy: bool = False, bearer: str | None = None) -> Any:
    from alibabacloud_tea_openapi.utils_models import Config

    if bearer is not None:
        return Config(bearer_token=bearer, endpoint=endpoint, protocol="http")
    cfg = Config(
        access_key_id=cred.access_key_id,
        access_key_secret=cred.access_key_secret,
        security_token=cred.security_token,
        endpoint=endpoint,
        protocol="http",
        region_id="cn-hangzhou",
    )
    if legacy:
        cfg.signature_algorithm = "v2"
    return cfg


def call_imm(cfg: Any) -> Any:
    from alibabacloud_imm20200930 import models
    from alibabacloud_imm20200930.client import Client
    from darabonba.runtime import RuntimeOptions

    request = models.BatchGetFileMetaRequest(
        project_name=IMM_PROJECT, dataset_name=IMM_DATASET, uris=IMM_URIS, with_fields=["URI", "Filename", "Size"]
    )
    return Client(cfg).batch_get_file_meta_with_options(request, RuntimeOptions()).body


def call_vod(cfg: Any) -> Any:
    from alibabacloud_vod20170321 import models
    from alibabacloud_vod20170321.client import Client
    from darabonba.runtime import RuntimeOptions

    return (
        Client(cfg)
        .list_aiimage_info_with_options(models.ListAIImageInfoRequest(video_id=VIDEO_ID), RuntimeOptions())
        .body
    )


def call_ice(cfg: Any) -> Any:
    from alibabacloud_ice20201109 import models
    from alibabacloud_ice20201109.client import Client
    from darabonba.runtime import RuntimeOptions

    request = models.SearchMediaByFaceRequest(
        page_no=2,
        page_size=20,
        person_image_url=ICE_QUERY["PersonImageUrl"],
        face_search_token=ICE_QUERY["FaceSearchToken"],
        search_lib_name=ICE_QUERY["SearchLibName"],
        media_type=ICE_QUERY["MediaType"],
    )
    return Client(cfg).search_media_by_face_with_options(request, RuntimeOptions()).body


def call_pds(cfg: Any, marker: str) -> Any:
    from alibabacloud_pds20220301 import models
    from alibabacloud_pds20220301.client import Client
    from darabonba.runtime import RuntimeOptions

    request = models.ScanFileRequest(drive_id="1", limit=50, marker=marker, fields="*")
    return Client(cfg).scan_file_with_options(request, {}, RuntimeOptions()).body


def call_nta(endpoint: str, cred: Any) -> Any:
    import volcenginesdkcore
    import volcenginesdknta

    cfg = volcenginesdkcore.Configuration()
    cfg.ak, cfg.sk, cfg.region = cred.access_key_id, cred.secret_access_key, "cn-beijing"
    if cred.session_token:
        cfg.session_token = cred.session_token
    cfg.host, cfg.scheme = endpoint, "http"
    api = volcenginesdknta.NTAApi(volcenginesdkcore.ApiClient(cfg))
    return api.create_file_detection(volcenginesdknta.CreateFileDetectionRequest(sign_url=SIGN_URL))


# ----------------------------------------------------------------------------------------------- expectations


def check_imm(emu: Emulator, body: Any) -> None:
    known = [u for u in IMM_URIS if emu.data.imm_known(u)]
    assert [f.uri for f in body.files] == known and len(known) == 4
    for f, uri in zip(body.files, known, strict=True):
        full = emu.data.imm_file(IMM_PROJECT, IMM_DATASET, uri)
        assert (f.filename, f.size) == (full["Filename"], full["Size"])
        assert f.media_type is None  # not in WithFields


def check_vod(emu: Emulator, body: Any) -> None:
    expected = emu.data.vod_image_infos(VIDEO_ID)
    assert [i.aiimage_info_id for i in body.aiimage_info_list] == [i["AIImageInfoId"] for i in expected]
    assert all(i.video_id == VIDEO_ID for i in body.aiimage_info_list)


def check_ice(emu: Emulator, body: Any) -> None:
    items, total = emu.data.ice_search(ICE_QUERY, 2, 20)
    assert body.total == total == 163
    assert [m.media_id for m in body.media_info_list] == [m["MediaId"] for m in items]
    assert (body.success, body.code) == ("true", "200")


def check_pds(emu: Emulator, body: Any) -> None:
    assert [i.file_id for i in body.items] == [emu.data.pds_file("1", k)["file_id"] for k in range(50, 100)]
    assert body.next_marker == emu.data.pds_marker("1", 100)
    assert body.items[0].name == emu.data.pds_file("1", 50)["name"]


# ------------------------------------------------------------------------------------------------ the cases

ALIBABA_RPC = [
    pytest.param(product, kind, legacy, id=f"{product}-{kind}-{'rpc-v1' if legacy else 'acs3'}")
    for product in ("imm", "vod", "ice")
    for kind in ("ak", "sts")
    for legacy in (False, True)
]


def _signed_headers_acs3(raw: RawRequest) -> list[str]:
    authorization = raw.header("authorization") or ""
    return authorization.split("SignedHeaders=", 1)[1].split(",", 1)[0].split(";")


def _assert_refused(
    emu: Emulator, raw: RawRequest, *, signed_headers: list[str], body: bool, query: bool = True
) -> int:
    count = 0
    for tamper in tampered(raw, signed_headers=signed_headers, query=query, body=body, method=True):
        response = tamper.request.send(emu)
        code = error_code(response)
        assert 400 <= response.status_code < 500, (tamper.what, response.status_code, response.text)
        assert code in REFUSALS, (tamper.what, code, response.text)
        count += 1
    assert not emu.internal_errors
    return count


@pytest.mark.parametrize(("product", "kind", "legacy"), ALIBABA_RPC)
def test_alibaba_rpc_sdk(emu: Emulator, product: str, kind: str, legacy: bool) -> None:
    cred = emu.credentials.alibaba_key if kind == "ak" else emu.credentials.alibaba_sts
    with Relay(emu.port) as relay:
        body = {"imm": call_imm, "vod": call_vod, "ice": call_ice}[product](
            _alibaba_config(relay.endpoint, cred, legacy=legacy)
        )
    {"imm": check_imm, "vod": check_vod, "ice": check_ice}[product](emu, body)
    record = emu.requests.last
    assert record is not None
    assert (record.route, record.scheme, record.sts, record.status) == (
        product,
        "rpc-hmac-sha1" if legacy else "acs3",
        kind == "sts",
        200,
    )
    raw = relay.requests[-1]
    # An unchanged replay is a replay.
    again = raw.send(emu)
    assert (again.status_code, error_code(again)) == (400, "SignatureNonceUsed")
    if legacy:  # only the query (and the method) is signed
        assert _assert_refused(emu, raw, signed_headers=[], body=False) >= 8
    else:
        signed = _signed_headers_acs3(raw)
        assert {"host", "x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce"} <= set(signed)
        if kind == "sts":
            assert {"x-acs-security-token", "x-acs-accesskey-id"} <= set(signed)
        assert _assert_refused(emu, raw, signed_headers=signed, body=True) >= len(signed)


@pytest.mark.parametrize("kind", ["ak", "sts", "bearer"])
def test_pds_sdk(emu: Emulator, kind: str) -> None:
    creds = emu.credentials
    cred = creds.alibaba_key if kind == "ak" else creds.alibaba_sts
    marker = emu.data.pds_marker("1", 50)
    with Relay(emu.port) as relay:
        cfg = _alibaba_config(relay.endpoint, cred, bearer=creds.access_token_value if kind == "bearer" else None)
        body = call_pds(cfg, marker)
    check_pds(emu, body)
    record = emu.requests.last
    assert record is not None
    assert (record.route, record.scheme, record.status) == (
        "pds",
        "bearer" if kind == "bearer" else "pds-hmac-sha1",
        200,
    )
    raw = relay.requests[-1]
    again = raw.send(emu)
    if kind == "bearer":
        # Nothing is signed: the token is the credential, valid until it expires; only it can be "tampered".
        assert again.status_code == 200
        _assert_refused(emu, raw, signed_headers=["authorization"], body=False, query=False)
        return
    assert (again.status_code, error_code(again)) == (401, "SignatureNonceUsed")
    signed = ["accept", "content-type", "date", "authorization"] + [
        name for name, _ in raw.headers if name.lower().startswith("x-acs-")
    ]
    assert _assert_refused(emu, raw, signed_headers=signed, body=False) >= 8


def test_pds_acs_signature_does_not_cover_the_body(emu: Emulator) -> None:
    """The PDS AccessKey scheme signs no body (as the vendor's gateway plugin): a changed body still verifies.

    The SDK's request is captured, its nonce forgotten by the emulator, then sent again with another ``limit`` in the
    body.
    """
    with Relay(emu.port) as relay:
        call_pds(_alibaba_config(relay.endpoint, emu.credentials.alibaba_key), emu.data.pds_marker("1", 50))
    raw = relay.requests[-1]
    emu.verifier.nonces.clear()
    changed = replace(raw, body=raw.body.replace(b'"limit":50', b'"limit":10'))
    assert changed.body != raw.body
    response = changed.send(emu)
    assert response.status_code == 200
    assert len(response.json()["items"]) == 10


@pytest.mark.parametrize("kind", ["ak", "sts"])
def test_nta_sdk(emu: Emulator, kind: str) -> None:
    cred = emu.credentials.volcengine_key if kind == "ak" else emu.credentials.volcengine_sts
    with Relay(emu.port) as relay:
        response = call_nta(relay.endpoint, cred)
    assert response.query_key == hashlib.md5(SIGN_URL.encode()).hexdigest()
    record = emu.requests.last
    assert record is not None
    assert (record.route, record.scheme, record.sts, record.status) == ("nta", "volc-hmac-sha256", kind == "sts", 200)
    assert record.params["SignURL"].endswith("?<redacted>")
    raw = relay.requests[-1]
    assert raw.body.startswith(b'{"SignURL": "https://sample-bucket')  # Python's json.dumps defaults
    again = raw.send(emu)  # Volcengine's scheme has no nonce: a replay within the skew window is accepted
    assert again.status_code == 200
    signed = (raw.header("authorization") or "").split("SignedHeaders=", 1)[1].split(",", 1)[0].split(";")
    assert "x-sdk-invocation-id" in signed and ("x-security-token" in signed) == (kind == "sts")
    assert _assert_refused(emu, raw, signed_headers=signed, body=True) >= len(signed) + 2


# ----------------------------------------------------------------------------------------- SDK-visible errors


def test_alibaba_sdk_sees_signature_mismatch(emu: Emulator) -> None:
    from alibabacloud_tea_openapi.exceptions import ClientException
    from cloudmedia import AlibabaCredentials

    wrong = AlibabaCredentials(emu.credentials.alibaba_key.access_key_id, "not-the-secret")
    for legacy in (False, True):
        with pytest.raises(ClientException) as info:
            call_vod(_alibaba_config(emu.endpoint, wrong, legacy=legacy))
        assert (info.value.code, info.value.status_code) == ("SignatureDoesNotMatch", 400)
    unknown = AlibabaCredentials("LTAI5tNoSuchKey", "whatever")
    with pytest.raises(ClientException) as info:
        call_ice(_alibaba_config(emu.endpoint, unknown))
    assert (info.value.code, info.value.status_code) == ("InvalidAccessKeyId.NotFound", 404)


def test_pds_sdk_sees_invalid_token(emu: Emulator) -> None:
    from darabonba.exceptions import UnretryableException

    with pytest.raises(UnretryableException) as info:
        call_pds(_alibaba_config(emu.endpoint, None, bearer="eyJ.not-a-known.token"), "")
    assert "AccessTokenInvalid" in str(info.value.inner_exception) or info.value.code == "AccessTokenInvalid"


def test_volcengine_sdk_sees_401(emu: Emulator) -> None:
    from cloudmedia import VolcengineCredentials
    from volcenginesdkcore.rest import ApiException

    wrong = VolcengineCredentials(emu.credentials.volcengine_key.access_key_id, "not-the-secret")
    with pytest.raises(ApiException) as info:
        call_nta(emu.endpoint, wrong)
    assert info.value.status == 401
    assert '"Code": "SignatureDoesNotMatch"' in info.value.body and '"CodeN": 100010' in info.value.body
