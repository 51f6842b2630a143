"""The callers the benchmarks compare: one zero-argument function per (case, variant), each making one call.

Variants (sync):

- ``ours``: the generated ``cloudmedia`` client, default options, pointed at the local server with ``endpoint_url``;
- ``raw_httpx``: one ``httpx.Client``, a pre-built URL and static headers, then ``json.loads``: the floor of any
  httpx-based client;
- ``raw_httpx_sign``: ``raw_httpx`` plus the work every signed call must do, written minimally here: per-call query
  encoding, body dump, SHA-256 of the body, date, nonce and the vendor's signature (ACS3-HMAC-SHA256 for IMM, VOD,
  ICE; the PDS ``acs`` HMAC-SHA1; Volcengine HMAC-SHA256 with its derived key);
- ``official``: the vendor SDK (Alibaba tea-openapi / darabonba over ``requests``; Volcengine ``volcenginesdkcore``
  over urllib3), building its request model on every call, pointed at the server with ``Config(endpoint=
  "127.0.0.1:PORT", protocol="http")`` / ``Configuration.host`` + ``scheme="http"``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import quote, quote_plus

import _fixtures as fx

AK = "LTAI5tBenchmarkAccessKeyId"
SK = "BenchmarkAccessKeySecret/with+special=chars"
VOLC_AK = "AKLTYmVuY2htYXJrYWNjZXNza2V5"
VOLC_SK = "YmVuY2htYXJrc2VjcmV0a2V5YmVuY2htYXJrc2VjcmV0a2V5"
UA = "bench/1.0"

#: case -> (product, fixture): the operations and bodies of the per-call benchmarks.
CASES = {
    "imm_small": ("imm", "imm_small"),
    "imm_page": ("imm", "imm_page"),
    "pds_small": ("pds", "pds_small"),
    "pds_page": ("pds", "pds_page"),
    "vod_small": ("vod", "vod_small"),
    "ice_small": ("ice", "ice_small"),
    "nta_small": ("nta", "nta_small"),
}

CASE_LABELS = {
    "imm_small": "IMM BatchGetFileMeta, 1 File",
    "imm_page": "IMM BatchGetFileMeta, 100 Files",
    "pds_small": "PDS ScanFile, 1 item",
    "pds_page": "PDS ScanFile, 100 items",
    "vod_small": "VOD ListAIImageInfo",
    "ice_small": "ICE SearchMediaByFace",
    "nta_small": "Volcengine CreateFileDetection",
}


def imm_uris(case: str) -> list[str]:
    return fx.IMM_PAGE_URIS if case == "imm_page" else fx.IMM_SMALL_URIS


# ---------------------------------------------------------------------------------------------------- ours


def ours_clients(base: Callable[[str], str]) -> dict[str, Any]:
    """Case -> a cloudmedia client aimed at that case's port. ``base(fixture)`` gives ``http://127.0.0.1:PORT``."""
    from cloudmedia.ice import IceClient
    from cloudmedia.imm import ImmClient
    from cloudmedia.nta import NtaClient
    from cloudmedia.pds import PdsClient
    from cloudmedia.vod import VodClient

    out: dict[str, Any] = {}
    for case, (product, fixture) in CASES.items():
        url = base(fixture)
        if product == "imm":
            out[case] = ImmClient(access_key_id=AK, access_key_secret=SK, endpoint_url=url)
        elif product == "pds":
            out[case] = PdsClient(domain_id="bj12345", access_key_id=AK, access_key_secret=SK, endpoint_url=url)
        elif product == "vod":
            out[case] = VodClient(access_key_id=AK, access_key_secret=SK, endpoint_url=url)
        elif product == "ice":
            out[case] = IceClient(access_key_id=AK, access_key_secret=SK, endpoint_url=url)
        else:
            out[case] = NtaClient(
                access_key_id=VOLC_AK, secret_access_key=VOLC_SK, region="cn-beijing", endpoint_url=url
            )
    return out


def ours_call(case: str, client: Any) -> Callable[[], Any]:
    product = CASES[case][0]
    if product == "imm":
        uris = imm_uris(case)
        return lambda: client.batch_get_file_meta(project_name="test-project", dataset_name="test-dataset", uris=uris)
    if product == "pds":
        return lambda: client.scan_file(**fx.PDS_ARGS)
    if product == "vod":
        return lambda: client.list_ai_image_info(**fx.VOD_ARGS)
    if product == "ice":
        return lambda: client.search_media_by_face(**fx.ICE_ARGS)
    return lambda: client.create_file_detection(**fx.NTA_ARGS)


def ours_async_call(case: str, client: Any) -> Callable[[], Any]:
    product = CASES[case][0]
    if product == "imm":
        uris = imm_uris(case)
        return lambda: client.batch_get_file_meta_async(
            project_name="test-project", dataset_name="test-dataset", uris=uris
        )
    raise ValueError(case)


# ------------------------------------------------------------------------------------------------ raw httpx


def _rpc_query(params: dict[str, Any]) -> str:
    parts = []
    for k in sorted(params):
        v = params[k]
        if isinstance(v, (list, dict)):
            v = json.dumps(v, separators=(",", ":"), ensure_ascii=False)
        parts.append(f"{quote_plus(k)}={quote_plus(str(v))}")
    return "&".join(parts)


def _request_spec(case: str) -> tuple[str, str, dict[str, Any], Any]:
    """(method, path, query params, JSON body or None) of one call of ``case``."""
    product = CASES[case][0]
    if product == "imm":
        return "POST", "/", {"ProjectName": "test-project", "DatasetName": "test-dataset", "URIs": imm_uris(case)}, None
    if product == "pds":
        return "POST", "/v2/file/scan", {}, dict(fx.PDS_ARGS)
    if product == "vod":
        return "POST", "/", {"VideoId": fx.VOD_ARGS["video_id"]}, None
    if product == "ice":
        a = fx.ICE_ARGS
        return (
            "POST",
            "/",
            {
                "PersonImageUrl": a["person_image_url"],
                "FaceSearchToken": a["face_search_token"],
                "PageNo": a["page_no"],
                "PageSize": a["page_size"],
            },
            None,
        )
    return "POST", "/", {"Action": "CreateFileDetection", "Version": "2024-07-30"}, {"SignURL": fx.NTA_ARGS["sign_url"]}


_ACTIONS = {
    "imm": ("BatchGetFileMeta", "2020-09-30"),
    "pds": ("ScanFile", "2022-03-01"),
    "vod": ("ListAIImageInfo", "2017-03-21"),
    "ice": ("SearchMediaByFace", "2020-11-09"),
    "nta": ("CreateFileDetection", "2024-07-30"),
}


def raw_httpx_call(case: str, http: Any, base: str) -> Callable[[], Any]:
    """Pre-built URL, static headers (a fixed, already computed signature), then json.loads."""
    product = CASES[case][0]
    _method, path, query, body = _request_spec(case)
    qs = "Action=CreateFileDetection&Version=2024-07-30" if product == "nta" else _rpc_query(query)
    url = f"{base}{path}?{qs}" if qs else f"{base}{path}"
    content = b"" if body is None else json.dumps(body).encode()
    action, version = _ACTIONS[product]
    headers = {
        "x-acs-action": action,
        "x-acs-version": version,
        "user-agent": UA,
        "accept": "application/json",
        "x-acs-date": "2024-06-01T12:00:00Z",
        "x-acs-signature-nonce": "0123456789abcdef0123456789abcdef",
        "authorization": "ACS3-HMAC-SHA256 Credential=AK,SignedHeaders=host,Signature=" + "0" * 64,
    }
    if body is not None:
        headers["content-type"] = "application/json"
    loads = json.loads
    post = http.post

    def call() -> Any:
        return loads(post(url, headers=headers, content=content).content)

    return call


def raw_httpx_async_call(case: str, http: Any, base: str) -> Callable[[], Any]:
    product = CASES[case][0]
    _method, path, query, _body = _request_spec(case)
    qs = _rpc_query(query)
    url = f"{base}{path}?{qs}"
    action, version = _ACTIONS[product]
    headers = {
        "x-acs-action": action,
        "x-acs-version": version,
        "user-agent": UA,
        "accept": "application/json",
        "authorization": "ACS3-HMAC-SHA256 Credential=AK,SignedHeaders=host,Signature=" + "0" * 64,
    }
    loads = json.loads
    post = http.post

    async def call() -> Any:
        return loads((await post(url, headers=headers, content=b"")).content)

    return call


# ------------------------------------------------------------------------------------- raw httpx + signing

_EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()


def _rfc3986(s: str) -> str:
    return quote(s, safe="~")


def raw_httpx_sign_call(case: str, http: Any, base: str) -> Callable[[], Any]:
    """raw_httpx plus the per-call work of a signed request: query encoding, body dump, hash, date, nonce,
    signature. A floor: no validation, no retries, no error mapping."""
    product = CASES[case][0]
    _method, path, query, body = _request_spec(case)
    host = base.split("://", 1)[1]
    action, version = _ACTIONS[product]
    loads = json.loads
    post = http.post
    key = SK.encode()
    dumps = json.dumps

    if product in ("imm", "vod", "ice"):

        def call() -> Any:
            pairs = []
            for k in sorted(query):
                v = query[k]
                if isinstance(v, list):
                    v = dumps(v, separators=(",", ":"), ensure_ascii=False)
                pairs.append((k, str(v)))
            qs = "&".join(f"{quote_plus(k)}={quote_plus(v)}" for k, v in pairs)
            cq = "&".join(f"{_rfc3986(k)}={_rfc3986(v)}" for k, v in pairs)
            date = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
            nonce = secrets.token_hex(16)
            payload = hashlib.sha256(b"").hexdigest()
            headers = {
                "host": host,
                "x-acs-action": action,
                "x-acs-content-sha256": payload,
                "x-acs-date": date,
                "x-acs-signature-nonce": nonce,
                "x-acs-version": version,
            }
            signed = ";".join(headers)
            canon = "".join(f"{k}:{v}\n" for k, v in headers.items())
            creq = f"POST\n/\n{cq}\n{canon}\n{signed}\n{payload}"
            sts = "ACS3-HMAC-SHA256\n" + hashlib.sha256(creq.encode()).hexdigest()
            sig = hmac.new(key, sts.encode(), hashlib.sha256).hexdigest()
            headers["authorization"] = f"ACS3-HMAC-SHA256 Credential={AK},SignedHeaders={signed},Signature={sig}"
            headers["user-agent"] = UA
            headers["accept"] = "application/json"
            return loads(post(f"{base}/?{qs}", headers=headers, content=b"").content)

        return call

    if product == "pds":

        def call() -> Any:
            content = dumps(body, separators=(",", ":"), ensure_ascii=False, sort_keys=True).encode()
            hashlib.sha256(content).hexdigest()  # the body hash a signed request computes (kept for parity)
            date = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime())
            nonce = secrets.token_hex(16)
            acs = {
                "x-acs-action": action,
                "x-acs-signature-method": "HMAC-SHA1",
                "x-acs-signature-nonce": nonce,
                "x-acs-signature-version": "1.0",
                "x-acs-version": version,
            }
            sts = (
                f"POST\napplication/json\n\napplication/json; charset=utf-8\n{date}\n"
                + "".join(f"{k}:{v}\n" for k, v in acs.items())
                + path
            )
            sig = base64.b64encode(hmac.new(key, sts.encode(), hashlib.sha1).digest()).decode()
            headers = dict(acs)
            headers.update(
                {
                    "date": date,
                    "authorization": f"acs {AK}:{sig}",
                    "accept": "application/json",
                    "content-type": "application/json; charset=utf-8",
                    "user-agent": UA,
                }
            )
            return loads(post(f"{base}{path}", headers=headers, content=content).content)

        return call

    vkey = VOLC_SK.encode()

    def volc_call() -> Any:
        content = dumps(body).encode()
        payload = hashlib.sha256(content).hexdigest()
        xdate = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
        day = xdate[:8]
        qs = "Action=CreateFileDetection&Version=2024-07-30"
        headers = {"content-type": "application/json", "host": host, "x-content-sha256": payload, "x-date": xdate}
        signed = ";".join(headers)
        canon = "".join(f"{k}:{v}\n" for k, v in headers.items())
        creq = f"POST\n/\n{qs}\n{canon}\n{signed}\n{payload}"
        scope = f"{day}/cn-beijing/nta/request"
        sts = f"HMAC-SHA256\n{xdate}\n{scope}\n" + hashlib.sha256(creq.encode()).hexdigest()
        k = hmac.new(vkey, day.encode(), hashlib.sha256).digest()
        for part in ("cn-beijing", "nta", "request"):
            k = hmac.new(k, part.encode(), hashlib.sha256).digest()
        sig = hmac.new(k, sts.encode(), hashlib.sha256).hexdigest()
        headers["authorization"] = f"HMAC-SHA256 Credential={VOLC_AK}/{scope}, SignedHeaders={signed}, Signature={sig}"
        headers["user-agent"] = UA
        headers["accept"] = "application/json"
        return loads(post(f"{base}/?{qs}", headers=headers, content=content).content)

    return volc_call


# ------------------------------------------------------------------------------------------------- official


def _alibaba_config(endpoint: str, protocol: str) -> Any:
    from alibabacloud_tea_openapi.utils_models import Config

    return Config(access_key_id=AK, access_key_secret=SK, region_id="cn-hangzhou", endpoint=endpoint, protocol=protocol)


def official_call(case: str, hostport: str) -> Callable[[], Any]:
    """The vendor SDK, one call (the request model is built per call, as an application does)."""
    from darabonba.runtime import RuntimeOptions

    product = CASES[case][0]
    if product == "imm":
        from alibabacloud_imm20200930 import models as m
        from alibabacloud_imm20200930.client import Client

        c = Client(_alibaba_config(hostport, "http"))
        uris = imm_uris(case)
        return lambda: (
            c.batch_get_file_meta_with_options(
                m.BatchGetFileMetaRequest(project_name="test-project", dataset_name="test-dataset", uris=uris),
                RuntimeOptions(),
            ).body
        )
    if product == "pds":
        from alibabacloud_pds20220301 import models as m
        from alibabacloud_pds20220301.client import Client

        c = Client(_alibaba_config(hostport, "http"))
        return lambda: c.scan_file_with_options(m.ScanFileRequest(**fx.PDS_ARGS), {}, RuntimeOptions()).body
    if product == "vod":
        from alibabacloud_vod20170321 import models as m
        from alibabacloud_vod20170321.client import Client

        c = Client(_alibaba_config(hostport, "http"))
        return lambda: c.list_aiimage_info_with_options(m.ListAIImageInfoRequest(**fx.VOD_ARGS), RuntimeOptions()).body
    if product == "ice":
        from alibabacloud_ice20201109 import models as m
        from alibabacloud_ice20201109.client import Client

        c = Client(_alibaba_config(hostport, "http"))
        return lambda: (
            c.search_media_by_face_with_options(m.SearchMediaByFaceRequest(**fx.ICE_ARGS), RuntimeOptions()).body
        )
    import volcenginesdkcore
    import volcenginesdknta

    cfg = volcenginesdkcore.Configuration()
    cfg.ak, cfg.sk, cfg.region = VOLC_AK, VOLC_SK, "cn-beijing"
    cfg.host, cfg.scheme = hostport, "http"
    api = volcenginesdknta.NTAApi(volcenginesdkcore.ApiClient(cfg))
    return lambda: api.create_file_detection(volcenginesdknta.CreateFileDetectionRequest(**fx.NTA_ARGS))


def official_async_call(case: str, hostport: str, ca_bundle: str) -> Callable[[], Any]:
    """The Alibaba SDK's ``*_with_options_async`` over HTTPS (it opens an aiohttp session per call)."""
    from alibabacloud_imm20200930 import models as m
    from alibabacloud_imm20200930.client import Client
    from darabonba.runtime import RuntimeOptions

    c = Client(_alibaba_config(hostport, "https"))
    uris = imm_uris(case)

    async def call() -> Any:
        r = await c.batch_get_file_meta_with_options_async(
            m.BatchGetFileMetaRequest(project_name="test-project", dataset_name="test-dataset", uris=uris),
            RuntimeOptions(ca=ca_bundle),
        )
        return r.body

    return call


# ------------------------------------------------------------------------------------------- reading a result


def read_everything(value: Any) -> None:
    """Read every field of a parsed result, recursively: attrs models (ours), Tea models (official: their instance
    attributes), lists and dicts. The same walk for every variant, so ratios of "parse + read everything" compare what
    the models cost when a program uses all of a page (lazy models are filled here)."""
    cls = value.__class__
    if cls is list:
        for item in value:
            read_everything(item)
    elif cls is dict:
        for item in value.values():
            read_everything(item)
    elif cls in _SCALARS:
        return
    else:
        fields = getattr(cls, "__attrs_attrs__", None)
        if fields is not None:
            for f in fields:
                read_everything(getattr(value, f.name))
        elif hasattr(value, "__dict__"):
            for item in vars(value).values():
                read_everything(item)


_SCALARS = frozenset({str, int, float, bool, type(None), bytes})
