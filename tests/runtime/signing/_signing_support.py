"""Shared test material for the signing tests: service models, fixed inputs, a capture server, SDK pinning."""

from __future__ import annotations

import importlib
import json
import threading
import types
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote_plus

import pytest
from cloudmedia._runtime.credentials_types import AccessToken, AlibabaCredentials, VolcengineCredentials
from cloudmedia._runtime.model import OperationModel, ServiceModel

# --------------------------------------------------------------------------------------------------------------
# Service models: the generated ones, each narrowed to the operation the signer tests were written for.


def _generated(package: str, operation: str) -> ServiceModel:
    service: ServiceModel = importlib.import_module(f"cloudmedia.{package}._service").SERVICE
    return replace(service, operations={operation: service.operations[operation]})


IMM = _generated("imm", "BatchGetFileMeta")
VOD = _generated("vod", "ListAIImageInfo")
ICE = _generated("ice", "SearchMediaByFace")
PDS = _generated("pds", "ScanFile")
NTA = _generated("nta", "CreateFileDetection")


def op_of(service: ServiceModel) -> OperationModel:
    (op,) = service.operations.values()
    return op


# --------------------------------------------------------------------------------------------------------------
# Fixed inputs (the SDK reference vectors' values).

AK = "LTAI5tFakeAccessKeyId"
SK = "FakeAccessKeySecret/with+special=chars"
STS_TOKEN = "CAIS+gF1q6Ft5B2yfSjIr5bjHPCN/nrdR8aSaSW7woVlmVd1Bt5HorDz2IHpPfHdoBe0btvU=="
BEARER = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyIn0.c2lnbmF0dXJl+/="
NONCE = "0123456789abcdef0123456789abcdef"
MOMENT = datetime(2024, 6, 1, 12, 0, 0, tzinfo=UTC)
ISO = "2024-06-01T12:00:00Z"
RFC1123 = "Sat, 01 Jun 2024 12:00:00 GMT"
USER_AGENT = "AlibabaCloud (Linux; x86_64) Python/3.11.7 Core/0.4.3 TeaDSL/2"

ALI_AK = AlibabaCredentials(AK, SK)
ALI_STS = AlibabaCredentials(AK, SK, STS_TOKEN)
TOKEN = AccessToken(BEARER)

VOLC_AK = "AKLTZmFrZWFrZm9ydGVzdGluZzAwMDAwMDAwMDA"
VOLC_SK = "WmFrZVNlY3JldEtleUZvclRlc3RpbmdPbmx5MDAwMDAwMA=="
VOLC_TOKEN = "nChZVYW.fake+session/token==.CioKFlp0clhw~x"
VOLC_MOMENT = datetime(2024, 10, 22, 6, 39, 53, tzinfo=UTC)
VOLC_XDATE = "20241022T063953Z"
VOLC_CREDS = VolcengineCredentials(VOLC_AK, VOLC_SK)
VOLC_STS = VolcengineCredentials(VOLC_AK, VOLC_SK, VOLC_TOKEN)
SIGN_URL = (
    "https://sample-bucket.tos-cn-beijing.volces.com/uploads/2024/样本 目录/"
    "my file+v1~final (copy)%20x.elf?X-Tos-Algorithm=TOS4-HMAC-SHA256&X-Tos-Content-Sha256=UNSIGNED-PAYLOAD"
    "&X-Tos-Credential=AKTP23yz1Tm3mw0f3ljI%2F20240718%2Fcn-beijing%2Ftos%2Frequest&X-Tos-Date=20240718T094357Z"
    "&X-Tos-Expires=3600&X-Tos-SignedHeaders=host"
    "&X-Tos-Security-Token=nChZVYW8lwM1VB.CioKFlp0clhwbuaNHE8mrfJ3cdJL1awQ0cfjtAYY4ePjt+oEcm9vdEIDdG9z/UhNjb"
    "==.zLaEFrD~q_RTV9wlgjPkRBGRdaTCs-EKBVh4FA2bQpS3T_EbjlzdqnrG2g"
    '&response-content-disposition=attachment; filename="报告 v2.elf"; a\\b <x>&y'
    "&tag=🚀&plus=1+1=2&pct=100%25&raw%=%zz&X-Tos-Signature=38ab15ca9adf070f4ed501aa"
)

VIDEO_ID = "357a8748c5789d2726e6436aa 1/~*+=视频"
IMM_URIS = [
    "oss://test-bucket/dir with space/a~b*c+d=e.jpg",
    "oss://test-bucket/中文目录/文件.png",
    "pds://domains/bj12345/drives/1/files/6172abc/revisions/6172def",
    'oss://test-bucket/quote"back\\slash&amp?.jpg',
]
IMM_FIELDS = ["URI", "Filename", "Figures", "OCRContents"]
PDS_MARKER = "NWQ1Yjk4YmI1ZDRlYmU1Y2E0YWE0NmJhYWJmODBhNDQ2NzhlMTRhMg+/= ~*中"

#: Per operation: (query for our builder, body for our builder).
CALLS = {
    "imm": (
        {
            "ProjectName": "test-project",
            "DatasetName": "test dataset/~*+=中",
            "URIs": IMM_URIS,
            "WithFields": IMM_FIELDS,
        },
        None,
    ),
    "vod": ({"VideoId": VIDEO_ID}, None),
    "ice": (
        {
            "FaceSearchToken": "tok en+/=~*%&?😀",
            "PersonImageUrl": "https://example.com/a b/人物.jpg?x=1&y=2",
            "EntityId": "",
            "MediaType": "video",
            "PageNo": 2,
            "PageSize": 50,
            "SearchLibName": "lib 名",
        },
        None,
    ),
    "pds": ({}, {"drive_id": "1", "fields": "*", "limit": 50, "marker": PDS_MARKER}),
    "nta": ({}, {"SignURL": SIGN_URL}),
}


def fixed_clock(moment: datetime = MOMENT) -> Callable[[], datetime]:
    return lambda: moment


def fixed_nonce(value: str = NONCE) -> Callable[[], str]:
    return lambda: value


# --------------------------------------------------------------------------------------------------------------
# A local capture server.


class Captured:
    def __init__(self, method: str, target: str, headers: list[tuple[str, str]], body: bytes) -> None:
        self.method = method
        self.target = target
        self.headers = headers
        self.body = body

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]

    @property
    def raw_query(self) -> str:
        return self.target.split("?", 1)[1] if "?" in self.target else ""

    @property
    def query_pairs(self) -> list[tuple[str, str]]:
        """Decoded, in wire order."""
        out = []
        for part in self.raw_query.split("&"):
            if part:
                k, _, v = part.partition("=")
                out.append((unquote_plus(k), unquote_plus(v)))
        return out

    def must(self, name: str) -> str:
        """A header that must be there."""
        value = self.header(name)
        assert value is not None, f"no {name} header"
        return value

    def header(self, name: str) -> str | None:
        for k, v in self.headers:
            if k.lower() == name.lower():
                return v
        return None

    def header_map(self) -> dict[str, str]:
        """Lower-case name -> value."""
        return {k.lower(): v for k, v in self.headers}


class CaptureServer:
    """Records every request; answers 200 with ``self.reply`` (JSON)."""

    def __init__(self) -> None:
        self.requests: list[Captured] = []
        self.reply: Any = {"RequestId": "00000000-0000-0000-0000-000000000000"}
        server = self

        class Handler(BaseHTTPRequestHandler):
            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                server.requests.append(Captured(self.command, self.path, list(self.headers.items()), body))
                payload = json.dumps(server.reply).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json;charset=utf-8")
                self.send_header("Content-Length", str(len(payload)))
                self.send_header("x-acs-request-id", "req")
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PUT = _handle

            def log_message(self, *args: Any) -> None:  # silence
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def hostport(self) -> str:
        return f"127.0.0.1:{self._httpd.server_address[1]}"

    @property
    def url(self) -> str:
        return f"http://{self.hostport}"

    def start(self) -> CaptureServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def take(self) -> Captured:
        assert self.requests, "no request captured"
        return self.requests.pop()


# --------------------------------------------------------------------------------------------------------------
# Pinning the official SDKs' nonce, dates and invocation id.

PROXY_VARS = (
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "http_proxy",
    "https_proxy",
    "all_proxy",
    "NO_PROXY",
    "no_proxy",
)


def pin_alibaba_sdk(
    monkeypatch: pytest.MonkeyPatch, *, nonce: str = NONCE, iso: str = ISO, rfc1123: str = RFC1123
) -> None:
    from alibabacloud_tea_openapi.utils import Utils
    from alibabacloud_tea_util.client import Client as UtilClient

    monkeypatch.setattr(Utils, "get_nonce", staticmethod(lambda: nonce))
    monkeypatch.setattr(Utils, "get_timestamp", staticmethod(lambda: iso))
    monkeypatch.setattr(Utils, "get_date_utcstring", staticmethod(lambda: rfc1123))
    monkeypatch.setattr(UtilClient, "get_nonce", staticmethod(lambda: nonce))
    monkeypatch.setattr(UtilClient, "get_date_utcstring", staticmethod(lambda: rfc1123))
    monkeypatch.setenv("ALIBABA_CLOUD_USER_AGENT", "")
    for var in PROXY_VARS:
        monkeypatch.delenv(var, raising=False)


def pin_volcengine_sdk(
    monkeypatch: pytest.MonkeyPatch, moment: datetime = VOLC_MOMENT, invocation_id: str | None = None
) -> None:
    from volcenginesdkcore import signv4
    from volcenginesdkcore.interceptor.interceptors import request as request_module

    naive = moment.astimezone(UTC).replace(tzinfo=None)

    class _FixedDatetime(datetime):
        @classmethod
        def utcnow(cls) -> datetime:  # type: ignore[override]
            return naive

    monkeypatch.setattr(signv4, "datetime", types.SimpleNamespace(datetime=_FixedDatetime))
    if invocation_id is not None:
        fixed = uuid.UUID(invocation_id)
        monkeypatch.setattr(request_module, "uuid", types.SimpleNamespace(uuid4=lambda: fixed))
    for var in PROXY_VARS:
        monkeypatch.delenv(var, raising=False)


def pin_volcengine_signer(monkeypatch: pytest.MonkeyPatch, x_date: str) -> None:
    """Make ``SignerV4.sign`` use ``x_date`` (so it can recompute a signature made at that time)."""
    pin_volcengine_sdk(monkeypatch, datetime.strptime(x_date, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC))
