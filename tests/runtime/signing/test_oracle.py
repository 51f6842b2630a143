"""Oracle tests: our builder + signers against the official SDKs, over real HTTP to a local capture server.

For every operation x credential kind:

* **verify**: our request, as it arrived at the server, is re-signed with the official SDK's own signing utilities
  (``Utils.get_authorization``, ``Utils.get_rpcsignature``, the PDS gateway's ``get_authorization``,
  ``SignerV4.sign``) and the result must equal what we sent;
* **compare**: the official SDK client and our code make the same call with the same pinned nonce and dates; the
  two captured requests must agree on method, path, decoded query, body and every ``x-acs-*``/``X-*`` header
  except the nonce, the dates and the SDKs' identity headers. Where a scheme's signature covers nothing else
  (RPC HMAC-SHA1, PDS) the signatures themselves must be identical. Our pure functions must also reproduce the
  SDK's own signature over the SDK's request (so a server built on them accepts the official SDKs).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from typing import Any

import httpx
import pytest
from cloudmedia._runtime.credentials_types import AlibabaCredentials
from cloudmedia._runtime.signing import acs3, pds, rpc_v1, volcengine
from cloudmedia._runtime.signing._base import Signer
from cloudmedia._runtime.signing._encoding import parse_query
from cloudmedia._runtime.wire import build_request

from ._signing_support import (
    AK,
    ALI_AK,
    ALI_STS,
    BEARER,
    CALLS,
    ICE,
    IMM,
    IMM_FIELDS,
    IMM_URIS,
    NTA,
    PDS,
    PDS_MARKER,
    SIGN_URL,
    SK,
    STS_TOKEN,
    TOKEN,
    USER_AGENT,
    VIDEO_ID,
    VOD,
    VOLC_AK,
    VOLC_CREDS,
    VOLC_MOMENT,
    VOLC_SK,
    VOLC_STS,
    VOLC_TOKEN,
    Captured,
    CaptureServer,
    fixed_clock,
    fixed_nonce,
    op_of,
    pin_alibaba_sdk,
    pin_volcengine_sdk,
    pin_volcengine_signer,
)

pytestmark = pytest.mark.oracle

SERVICES = {"imm": IMM, "vod": VOD, "ice": ICE, "pds": PDS, "nta": NTA}
CASES = [
    *[(p, k) for p in ("imm", "vod", "ice") for k in ("acs3-ak", "acs3-sts", "rpc-ak", "rpc-sts")],
    ("pds", "pds-ak"),
    ("pds", "pds-sts"),
    ("pds", "bearer"),
    ("nta", "volc-ak"),
    ("nta", "volc-sts"),
]
IDS = [f"{p}-{k}" for p, k in CASES]
VOLC_REPLY = {
    "ResponseMetadata": {
        "RequestId": "r",
        "Action": "CreateFileDetection",
        "Version": "2024-07-30",
        "Service": "nta",
        "Region": "cn-beijing",
    },
    "Result": {"QueryKey": "k"},
}


@pytest.fixture(scope="module")
def server() -> Iterator[CaptureServer]:
    srv = CaptureServer().start()
    yield srv
    srv.stop()


def _alibaba_creds(kind: str) -> AlibabaCredentials:
    return ALI_STS if kind.endswith("-sts") else ALI_AK


def _signer(kind: str) -> Signer:
    clock, nonce = fixed_clock(), fixed_nonce()
    if kind.startswith("acs3"):
        return acs3.AcsV3Signer(_alibaba_creds(kind), clock=clock, nonce=nonce)
    if kind.startswith("rpc"):
        return rpc_v1.AcsRpcV1Signer(_alibaba_creds(kind), clock=clock, nonce=nonce)
    if kind.startswith("pds"):
        return pds.PdsAcsSigner(_alibaba_creds(kind), clock=clock, nonce=nonce)
    if kind == "bearer":
        return pds.BearerTokenAuth(TOKEN, clock=clock, nonce=nonce)
    creds = VOLC_STS if kind == "volc-sts" else VOLC_CREDS
    return volcengine.VolcengineV4Signer(creds, region="cn-beijing", service="nta", clock=lambda: VOLC_MOMENT)


def send_ours(server: CaptureServer, product: str, kind: str) -> Captured:
    service = SERVICES[product]
    query, body = CALLS[product]
    request = build_request(service, op_of(service), query, body, base_url=server.url, user_agent=USER_AGENT)
    server.reply = VOLC_REPLY if product == "nta" else {"RequestId": "r"}
    with httpx.Client(trust_env=False) as client:
        response = client.send(request, auth=_signer(kind))
    assert response.status_code == 200
    return server.take()


def run_sdk(server: CaptureServer, product: str, kind: str) -> Captured:
    """Make the same call with the official SDK client; returns the captured request."""
    if product == "nta":
        import volcenginesdkcore
        import volcenginesdknta

        server.reply = VOLC_REPLY
        cfg = volcenginesdkcore.Configuration()
        cfg.ak, cfg.sk, cfg.region = VOLC_AK, VOLC_SK, "cn-beijing"
        cfg.host, cfg.scheme = server.hostport, "http"
        if kind == "volc-sts":
            cfg.session_token = VOLC_TOKEN
        api = volcenginesdknta.NTAApi(volcenginesdkcore.ApiClient(cfg))
        assert api.create_file_detection(volcenginesdknta.CreateFileDetectionRequest(sign_url=SIGN_URL)).query_key
        return server.take()

    from alibabacloud_tea_openapi.utils_models import Config
    from darabonba.runtime import RuntimeOptions

    server.reply = {"RequestId": "r", "items": []}
    kwargs: dict[str, Any] = {"endpoint": server.hostport, "protocol": "http", "region_id": "cn-hangzhou"}
    if kind == "bearer":
        kwargs["bearer_token"] = BEARER
    else:
        kwargs.update(access_key_id=AK, access_key_secret=SK)
        if kind.endswith("-sts"):
            kwargs["security_token"] = STS_TOKEN
    if kind.startswith("rpc"):
        kwargs["signature_algorithm"] = "v2"
    cfg = Config(**kwargs)
    rt = RuntimeOptions()
    if product == "imm":
        from alibabacloud_imm20200930 import models
        from alibabacloud_imm20200930.client import Client

        Client(cfg).batch_get_file_meta_with_options(
            models.BatchGetFileMetaRequest(
                project_name="test-project",
                dataset_name="test dataset/~*+=中",
                uris=IMM_URIS,
                with_fields=IMM_FIELDS,
            ),
            rt,
        )
    elif product == "vod":
        from alibabacloud_vod20170321 import models
        from alibabacloud_vod20170321.client import Client

        Client(cfg).list_aiimage_info_with_options(models.ListAIImageInfoRequest(video_id=VIDEO_ID), rt)
    elif product == "ice":
        from alibabacloud_ice20201109 import models
        from alibabacloud_ice20201109.client import Client

        q = CALLS["ice"][0]
        Client(cfg).search_media_by_face_with_options(
            models.SearchMediaByFaceRequest(
                face_search_token=q["FaceSearchToken"],
                person_image_url=q["PersonImageUrl"],
                entity_id=q["EntityId"],
                media_type=q["MediaType"],
                page_no=q["PageNo"],
                page_size=q["PageSize"],
                search_lib_name=q["SearchLibName"],
            ),
            rt,
        )
    else:
        from alibabacloud_pds20220301 import models
        from alibabacloud_pds20220301.client import Client

        Client(cfg).scan_file_with_options(
            models.ScanFileRequest(drive_id="1", limit=50, marker=PDS_MARKER, fields="*"), {}, rt
        )
    return server.take()


# --------------------------------------------------------------------------------------------------------------
# Verification with the official signing utilities.


def _dara_request(captured: Captured, header_names: Iterable[str] | None = None) -> Any:
    from darabonba.request import DaraRequest

    headers = captured.header_map()
    req = DaraRequest()
    req.method = captured.method
    req.pathname = captured.path
    req.query = dict(captured.query_pairs)
    req.headers = headers if header_names is None else {n: headers[n] for n in header_names}
    return req


def verify_with_sdk(captured: Captured, kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from alibabacloud_tea_openapi.utils import Utils

    auth = captured.header("authorization")
    if kind.startswith("acs3"):
        ak, signed, _ = acs3.parse_authorization(captured.required_header("authorization"))
        expected_names = {"host", "x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce"}
        expected_names.add("x-acs-content-sha256")
        if kind.endswith("-sts"):
            expected_names |= {"x-acs-accesskey-id", "x-acs-security-token"}
        assert set(signed) == expected_names
        assert ak == AK
        payload = captured.header("x-acs-content-sha256")
        assert payload == hashlib.sha256(captured.body).hexdigest()
        oracle = Utils.get_authorization(_dara_request(captured, signed), "ACS3-HMAC-SHA256", payload, AK, SK)
        assert auth == oracle
    elif kind.startswith("rpc"):
        assert auth is None
        params = dict(captured.query_pairs)
        sent = params.pop("Signature")
        assert Utils.get_rpcsignature(params, captured.method, SK) == sent
        assert params["AccessKeyId"] == AK
        assert ("SecurityToken" in params) == kind.endswith("-sts")
    elif kind.startswith("pds"):
        from alibabacloud_gateway_pds.client import Client as PdsGateway

        headers = captured.header_map()
        oracle = PdsGateway().get_authorization(
            captured.path, captured.method, dict(captured.query_pairs), headers, AK, SK
        )
        assert auth == oracle
        # tea-openapi's generic ROA string-to-sign is the same string
        roa = Utils.get_roasignature(Utils.get_string_to_sign(_dara_request(captured)), SK)
        assert auth == f"acs {AK}:{roa}"
        assert (captured.header("x-acs-security-token") == STS_TOKEN) == kind.endswith("-sts")
    elif kind == "bearer":
        assert auth == f"Bearer {BEARER}"
        assert captured.header("x-acs-bearer-token") == BEARER
    else:
        from volcenginesdkcore.signv4 import SignerV4

        pin_volcengine_signer(monkeypatch, captured.required_header("x-date"))
        token = VOLC_TOKEN if kind == "volc-sts" else None
        headers = {"Content-Type": captured.required_header("content-type"), "Host": captured.required_header("host")}
        SignerV4.sign(
            captured.path,
            captured.method,
            headers,
            captured.body.decode("utf-8"),
            [],
            captured.query_pairs,
            VOLC_AK,
            VOLC_SK,
            "cn-beijing",
            "nta",
            token,
        )
        assert headers["X-Content-Sha256"] == captured.header("x-content-sha256")
        assert headers.get("X-Security-Token") == captured.header("x-security-token")
        assert headers["Authorization"] == auth


@pytest.mark.parametrize(("product", "kind"), CASES, ids=IDS)
def test_our_request_verifies_with_the_sdk_signing_utilities(
    server: CaptureServer, product: str, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    captured = send_ours(server, product, kind)
    verify_with_sdk(captured, kind, monkeypatch)


# --------------------------------------------------------------------------------------------------------------
# Our request against the SDK client's request.

IGNORED = {
    "x-acs-signature-nonce",
    "x-acs-date",
    "x-acs-credentials-provider",
    "x-date",
    "x-sdk-invocation-id",
    "x-sdk-request",
}


def _vendor_headers(captured: Captured) -> dict[str, str]:
    return {k: v for k, v in captured.header_map().items() if k.startswith("x-") and k not in IGNORED}


def _sdk_signature_reproduced_by_our_functions(sdk: Captured, kind: str) -> None:
    """A server built on our pure functions accepts the official SDK's request."""
    auth = sdk.header("authorization")
    if kind.startswith("acs3"):
        _, signed, sig = acs3.parse_authorization(sdk.required_header("authorization"))
        creq = acs3.canonical_request(
            sdk.method,
            sdk.path,
            parse_query(sdk.raw_query),
            sdk.header_map(),
            signed,
            sdk.required_header("x-acs-content-sha256"),
        )
        assert acs3.signature(SK, acs3.string_to_sign(creq)) == sig
    elif kind.startswith("rpc"):
        pairs = sdk.query_pairs
        assert rpc_v1.signature(SK, rpc_v1.string_to_sign(sdk.method, pairs)) == dict(pairs)["Signature"]
    elif kind.startswith("pds"):
        sts = pds.string_to_sign(sdk.method, sdk.path, sdk.query_pairs, sdk.header_map())
        assert pds.authorization(AK, pds.signature(SK, sts)) == auth
    elif kind.startswith("volc"):
        _, _, signed, sig = volcengine.parse_authorization(sdk.required_header("authorization"))
        x_date = sdk.required_header("x-date")
        creq = volcengine.canonical_request(
            sdk.method, sdk.path, sdk.query_pairs, sdk.header_map(), signed, hashlib.sha256(sdk.body).hexdigest()
        )
        sts = volcengine.string_to_sign(x_date, "cn-beijing", "nta", creq)
        assert volcengine.signature(volcengine.signing_key(VOLC_SK, x_date, "cn-beijing", "nta"), sts) == sig
        assert signed == [
            "content-type",
            "host",
            "x-content-sha256",
            "x-date",
            "x-sdk-invocation-id",
            "x-sdk-request",
            *(["x-security-token"] if kind == "volc-sts" else []),
        ]


@pytest.mark.parametrize(("product", "kind"), CASES, ids=IDS)
def test_same_request_as_the_sdk_client(
    server: CaptureServer, product: str, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    pin_alibaba_sdk(monkeypatch)
    pin_volcengine_sdk(monkeypatch, VOLC_MOMENT, "11111111-2222-4333-8444-555555555555")
    sdk = run_sdk(server, product, kind)
    ours = send_ours(server, product, kind)

    assert ours.method == sdk.method == "POST"
    assert ours.path == sdk.path
    if kind.startswith("rpc"):
        # every query parameter, in the SDK's order, the Signature included (it covers only the query)
        assert ours.query_pairs == sdk.query_pairs
        assert ours.raw_query == sdk.raw_query
    else:
        assert dict(ours.query_pairs) == dict(sdk.query_pairs)
        assert [k for k, _ in ours.query_pairs] == [k for k, _ in sdk.query_pairs]
    if product in ("pds", "nta"):
        assert ours.body == sdk.body  # byte for byte
        assert json.loads(ours.body) == json.loads(sdk.body)
        assert ours.header("content-type") == sdk.header("content-type")
    else:
        assert ours.body == sdk.body == b""
        assert ours.header("content-type") is None and sdk.header("content-type") is None
        assert ours.header("content-length") == sdk.header("content-length") == "0"
    assert _vendor_headers(ours) == _vendor_headers(sdk)
    assert ours.header("host") == sdk.header("host")
    if product in ("pds",):
        # the PDS string-to-sign covers accept, content-type, date, x-acs-* and the resource: all identical
        assert ours.header("authorization") == sdk.header("authorization")
        assert ours.header("date") == sdk.header("date")
    if kind.startswith("acs3"):
        assert ours.header("x-acs-content-sha256") == sdk.header("x-acs-content-sha256")
    if product == "nta":
        assert ours.header("x-content-sha256") == sdk.header("x-content-sha256")
        assert ours.header("x-security-token") == sdk.header("x-security-token")
    _sdk_signature_reproduced_by_our_functions(sdk, kind)
