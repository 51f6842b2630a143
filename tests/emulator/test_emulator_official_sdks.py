"""The official vendor SDKs against the emulator: accepted for every operation in ``specs/`` and every credential kind
of its service (the SDK call found by the operation's name, its arguments from the spec's examples: see
``tests/_official_sdks.py``), with correct answers where the emulator has seeded data, and the same captured
requests with any signed byte changed are rejected.

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
from _official_sdks import Credential, Secrets, SpecOperation, case_id, cases, spec_operations
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

OPERATIONS = {op.name: op for op in spec_operations()}


def _first(op: SpecOperation, scheme: str, kind: str) -> Credential:
    return next(c for c in op.credentials if (c.scheme, c.kind) == (scheme, kind))


def secrets(emu: Emulator, **changed: Any) -> Secrets:
    """The emulator's credentials, some of them replaced."""
    creds = emu.credentials
    fields = {
        "alibaba_key": creds.alibaba_key,
        "alibaba_sts": creds.alibaba_sts,
        "access_token_value": creds.access_token_value,
        "volcengine_key": creds.volcengine_key,
        "volcengine_sts": creds.volcengine_sts,
    }
    return Secrets(**{**fields, **changed})


def call(
    emu: Emulator,
    endpoint: str,
    operation: str,
    scheme: str,
    kind: str,
    args: dict[str, Any],
    keys: Secrets | None = None,
) -> Any:
    """One official-SDK call of ``operation`` with the emulator's credentials (or ``keys``) for ``scheme``/``kind``."""
    op = OPERATIONS[operation]
    return op.call_sdk(_first(op, scheme, kind), endpoint, args, keys or secrets(emu))


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


def _signed_headers(raw: RawRequest) -> list[str]:
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


#: Per signing scheme: the status and code of an unchanged replay (None: accepted, the scheme has no nonce), and
#: which parts of the request its signature covers.
REPLAY = {
    "acs3": (400, "SignatureNonceUsed"),
    "rpc-hmac-sha1": (400, "SignatureNonceUsed"),
    "pds-hmac-sha1": (401, "SignatureNonceUsed"),
    "bearer": None,
    "volc-hmac-sha256": None,
}


def _covered(raw: RawRequest, scheme: str) -> dict[str, Any]:
    if scheme in ("acs3", "volc-hmac-sha256"):
        return {"signed_headers": _signed_headers(raw), "body": True}
    if scheme == "rpc-hmac-sha1":  # only the query (and the method) is signed
        return {"signed_headers": [], "body": False}
    if scheme == "pds-hmac-sha1":  # no body (as the vendor's gateway plugin)
        names = [name for name, _ in raw.headers if name.lower().startswith("x-acs-")]
        return {"signed_headers": ["accept", "content-type", "date", "authorization", *names], "body": False}
    # bearer: nothing is signed; the token is the credential, valid until it expires: only it can be "tampered"
    return {"signed_headers": ["authorization"], "body": False, "query": False}


@pytest.mark.parametrize(("op", "credential", "variant"), list(cases(("required",))), ids=case_id)
def test_every_operation_and_credential_kind(
    emu: Emulator, op: SpecOperation, credential: Credential, variant: str
) -> None:
    """The SDK's call (its required arguments as the spec's examples give them) is accepted and answered; an
    unchanged replay is refused where the scheme has a nonce; every one-byte change of what is signed is refused."""
    with Relay(emu.port) as relay:
        assert op.call_sdk(credential, relay.endpoint, op.arguments(variant), secrets(emu)) is not None
    record = emu.requests.last
    assert record is not None
    assert (record.scheme, record.sts, record.status) == (credential.scheme, credential.kind == "sts", 200)
    raw = relay.requests[-1]
    again = raw.send(emu)
    expected = REPLAY[credential.scheme]
    if expected is None:
        assert again.status_code == 200
    else:
        assert (again.status_code, error_code(again)) == expected
    covered = _covered(raw, credential.scheme)
    assert _assert_refused(emu, raw, **covered) >= len(covered["signed_headers"])


# Seeded answers: where the emulator has seeded data, the SDK parses exactly that data.


def test_imm_answers_from_seeded_data(emu: Emulator) -> None:
    args = {
        "ProjectName": IMM_PROJECT,
        "DatasetName": IMM_DATASET,
        "URIs": IMM_URIS,
        "WithFields": ["URI", "Filename", "Size"],
    }
    for scheme in ("acs3", "rpc-hmac-sha1"):
        check_imm(emu, call(emu, emu.endpoint, "BatchGetFileMeta", scheme, "sts", args))


def test_vod_answers_from_seeded_data(emu: Emulator) -> None:
    check_vod(emu, call(emu, emu.endpoint, "ListAIImageInfo", "rpc-hmac-sha1", "ak", {"VideoId": VIDEO_ID}))


def test_ice_answers_from_seeded_data(emu: Emulator) -> None:
    args = {**ICE_QUERY, "PageNo": 2, "PageSize": 20}
    check_ice(emu, call(emu, emu.endpoint, "SearchMediaByFace", "acs3", "ak", args))


@pytest.mark.parametrize(("scheme", "kind"), [("pds-hmac-sha1", "ak"), ("bearer", "token")])
def test_pds_answers_from_seeded_data(emu: Emulator, scheme: str, kind: str) -> None:
    args = {"drive_id": "1", "limit": 50, "marker": emu.data.pds_marker("1", 50), "fields": "*"}
    check_pds(emu, call(emu, emu.endpoint, "ScanFile", scheme, kind, args))


def test_nta_answers_from_seeded_data(emu: Emulator) -> None:
    result = call(emu, emu.endpoint, "CreateFileDetection", "volc-hmac-sha256", "sts", {"SignURL": SIGN_URL})
    assert result.query_key == hashlib.md5(SIGN_URL.encode()).hexdigest()
    record = emu.requests.last
    assert record is not None
    assert record.params["SignURL"].endswith("?<redacted>")


def test_volcengine_sdk_body_is_pythons_json(emu: Emulator) -> None:
    with Relay(emu.port) as relay:
        call(emu, relay.endpoint, "CreateFileDetection", "volc-hmac-sha256", "ak", {"SignURL": SIGN_URL})
    assert relay.requests[-1].body.startswith(b'{"SignURL": "https://sample-bucket')  # Python's json.dumps defaults


def test_pds_acs_signature_does_not_cover_the_body(emu: Emulator) -> None:
    """The PDS AccessKey scheme signs no body (as the vendor's gateway plugin): a changed body still verifies.

    The SDK's request is captured, its nonce forgotten by the emulator, then sent again with another ``limit`` in the
    body.
    """
    args = {"drive_id": "1", "limit": 50, "marker": emu.data.pds_marker("1", 50), "fields": "*"}
    with Relay(emu.port) as relay:
        call(emu, relay.endpoint, "ScanFile", "pds-hmac-sha1", "ak", args)
    raw = relay.requests[-1]
    emu.verifier.nonces.clear()
    changed = replace(raw, body=raw.body.replace(b'"limit":50', b'"limit":10'))
    assert changed.body != raw.body
    response = changed.send(emu)
    assert response.status_code == 200
    assert len(response.json()["items"]) == 10


# ----------------------------------------------------------------------------------------- SDK-visible errors


def test_alibaba_sdk_sees_signature_mismatch(emu: Emulator) -> None:
    from alibabacloud_tea_openapi.exceptions import ClientException
    from cloudmedia import AlibabaCredentials

    key = secrets(emu).alibaba_key
    wrong = secrets(emu, alibaba_key=AlibabaCredentials(key.access_key_id, "not-the-secret"))
    for scheme in ("acs3", "rpc-hmac-sha1"):
        with pytest.raises(ClientException) as info:
            call(emu, emu.endpoint, "ListAIImageInfo", scheme, "ak", {"VideoId": VIDEO_ID}, wrong)
        assert (info.value.code, info.value.status_code) == ("SignatureDoesNotMatch", 400)
    unknown = secrets(emu, alibaba_key=AlibabaCredentials("LTAI5tNoSuchKey", "whatever"))
    with pytest.raises(ClientException) as info:
        call(emu, emu.endpoint, "SearchMediaByFace", "acs3", "ak", ICE_QUERY, unknown)
    assert (info.value.code, info.value.status_code) == ("InvalidAccessKeyId.NotFound", 404)


def test_pds_sdk_sees_invalid_token(emu: Emulator) -> None:
    from darabonba.exceptions import UnretryableException

    with pytest.raises(UnretryableException) as info:
        keys = secrets(emu, access_token_value="eyJ.not-a-known.token")
        call(emu, emu.endpoint, "ScanFile", "bearer", "token", {"drive_id": "1"}, keys)
    assert "AccessTokenInvalid" in str(info.value.inner_exception) or info.value.code == "AccessTokenInvalid"


def test_volcengine_sdk_sees_401(emu: Emulator) -> None:
    from cloudmedia import VolcengineCredentials
    from volcenginesdkcore.rest import ApiException

    key = secrets(emu).volcengine_key
    wrong = secrets(emu, volcengine_key=VolcengineCredentials(key.access_key_id, "not-the-secret"))
    with pytest.raises(ApiException) as info:
        call(emu, emu.endpoint, "CreateFileDetection", "volc-hmac-sha256", "ak", {"SignURL": SIGN_URL}, wrong)
    assert info.value.status == 401
    assert '"Code": "SignatureDoesNotMatch"' in info.value.body and '"CodeN": 100010' in info.value.body
