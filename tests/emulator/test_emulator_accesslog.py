"""The access log: what it records, and that it never holds a secret, a token or a signature."""

from __future__ import annotations

import io
import re

import pytest
from cloudmedia import AlibabaCredentials, ClientError
from cloudmedia.emulator import Emulator
from cloudmedia.ice import IceClient
from cloudmedia.imm import ImmClient
from cloudmedia.nta import NtaClient
from cloudmedia.pds import PdsClient
from cloudmedia.vod import VodClient

SIGN_URL = "https://b.tos-cn-beijing.volces.com/f.elf?X-Tos-Security-Token=tos-secret-token&X-Tos-Signature=abcdef0123"


def _exercise(emu: Emulator) -> list[str]:
    """Calls with every scheme (and some failures); returns every secret value involved."""
    c = emu.credentials
    key, sts, volc, volc_sts = c.alibaba_key, c.alibaba_sts, c.volcengine_key, c.volcengine_sts
    for cred in (key, sts):
        for algorithm in ("acs3", "rpc-hmac-sha1"):
            with ImmClient(credentials=cred, endpoint_url=emu.url, signature_algorithm=algorithm) as imm:
                imm.batch_get_file_meta(project_name="p", dataset_name="d", uris=["oss://b/k.jpg"])
            with VodClient(credentials=cred, endpoint_url=emu.url, signature_algorithm=algorithm) as vod:
                vod.list_ai_image_info(video_id="v")
            with IceClient(credentials=cred, endpoint_url=emu.url, signature_algorithm=algorithm) as ice:
                ice.search_media_by_face(person_image_url="u", face_search_token="face-search-token")
        with PdsClient(credentials=cred, endpoint_url=emu.url) as pds:
            pds.scan_file(drive_id="1", limit=1)
    with PdsClient(access_token=c.access_token_value, endpoint_url=emu.url) as pds:
        pds.scan_file(drive_id="1", limit=1)
    for cred in (volc, volc_sts):
        with NtaClient(region="cn-beijing", credentials=cred, endpoint_url=emu.url) as nta:
            nta.create_file_detection(sign_url=SIGN_URL)
    wrong = AlibabaCredentials(key.access_key_id, "a-wrong-secret", "a-wrong-token")
    with VodClient(credentials=wrong, endpoint_url=emu.url, retry=None) as vod, pytest.raises(ClientError):
        vod.list_ai_image_info(video_id="v")  # refused, as it should
    return [
        key.access_key_secret,
        sts.access_key_secret,
        sts.security_token or "",
        volc.secret_access_key,
        volc_sts.secret_access_key,
        volc_sts.session_token or "",
        c.access_token_value or "",
        "a-wrong-secret",
        "a-wrong-token",
        "tos-secret-token",
        "abcdef0123",
    ]


def test_no_secret_is_ever_recorded() -> None:
    stream = io.StringIO()
    with Emulator(0, log_stream=stream) as emu:
        secrets = _exercise(emu)
        records = emu.requests.snapshot()
    assert len(records) == 2 * (2 * 3 + 1) + 1 + 2 + 1
    dump = repr(records) + stream.getvalue()
    for secret in secrets:
        assert secret and secret not in dump, secret
    # Signatures: every Signature= value and every acs/Bearer credential is redacted.
    assert not re.search(r"Signature=(?!<redacted>)", dump)
    for record in records:
        auth = record.header("authorization")
        if auth:
            assert auth.endswith("<redacted>"), auth
        for name, value in record.query:
            if name in ("Signature", "SecurityToken"):
                assert value == "<redacted>"
    nta = [r for r in records if r.route == "nta"]
    assert nta[0].params == {"SignURL": "https://b.tos-cn-beijing.volces.com/f.elf?<redacted>"}


def test_records_describe_the_requests(emulator: Emulator) -> None:
    key = emulator.credentials.alibaba_key
    with IceClient(credentials=key, endpoint_url=emulator.url) as ice:
        ice.search_media_by_face(person_image_url="u", face_search_token="t", page_no=2, page_size=5)
    record = emulator.requests.last
    assert record is not None
    assert (record.route, record.action, record.version, record.method, record.path) == (
        "ice",
        "SearchMediaByFace",
        "2020-11-09",
        "POST",
        "/",
    )
    assert (record.scheme, record.access_key_id, record.sts, record.status, record.error_code) == (
        "acs3",
        key.access_key_id,
        False,
        200,
        None,
    )
    assert record.params == {"PageNo": 2, "PageSize": 5, "PersonImageUrl": "u", "FaceSearchToken": "t"}
    assert record.client.startswith("127.0.0.1:") and record.duration_ms >= 0 and record.seq == 1
    assert record.header("x-acs-action") == "SearchMediaByFace"
    assert emulator.requests.where(route="ice", status=200) == [record]
    assert "ice.SearchMediaByFace acs3:" in record.format() and record.request_id in record.format()


def test_the_log_is_bounded() -> None:
    with Emulator(0, log_size=3) as emu:
        token = emu.credentials.access_token_value
        with PdsClient(access_token=token, endpoint_url=emu.url) as pds:
            for _ in range(5):
                pds.scan_file(drive_id="1", limit=1)
        assert len(emu.requests) == 3 and emu.requests.total == 5
        assert [r.seq for r in emu.requests] == [3, 4, 5]
        emu.reset()
        assert len(emu.requests) == 0 and not list(emu.faults)
