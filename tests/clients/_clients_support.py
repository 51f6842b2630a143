"""Test material for the client tests: a scripted, fault-injecting HTTP server, signature checks, doc examples.

The server (:class:`FaultServer`) listens on 127.0.0.1 (port 0), one thread per connection, HTTP/1.1 keep-alive.
Each test scripts its replies (:class:`Reply`: status, headers, body, delay, or a connection reset / close without
an answer); every request is recorded with its raw target, headers (as received), body and connection number.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import socket
import struct
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import yaml
from cloudmedia import RetryPolicy
from cloudmedia._runtime.signing import acs3, pds, rpc_v1, volcengine
from cloudmedia._runtime.signing._encoding import parse_query

REPO = Path(__file__).resolve().parents[2]

# Distinctive credentials: none of these may ever show up in a repr, a message or a log line (the key id may).
AK = "LTAI5tCLIENTTESTKEYID"
SECRET = "sEcReTvAlUe-7f3a9c1e-NEVER-SHOWN"
TOKEN = "StSsEsSiOnToKeN-41b2-NEVER-SHOWN"
BEARER = "BeArErAcCeSsToKeN-93d0-NEVER-SHOWN"
SECRETS = (SECRET, TOKEN, BEARER)

KINDS = ("pds", "imm", "vod", "ice", "nta")


# ------------------------------------------------------------------------------------------------ the server


@dataclass
class Reply:
    """One scripted answer. ``action``: ``"reset"`` (read the request, then reset the connection) or
    ``"close"`` (read the request, then close the connection without answering)."""

    status: int = 200
    body: bytes | str | dict | list | None = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    action: str | None = None

    def payload(self) -> bytes:
        if isinstance(self.body, bytes):
            return self.body
        if isinstance(self.body, str):
            return self.body.encode("utf-8")
        return json.dumps(self.body).encode("utf-8")


@dataclass
class Recorded:
    method: str
    target: str
    headers: list[tuple[str, str]]
    body: bytes
    connection: int

    @property
    def path(self) -> str:
        return self.target.partition("?")[0]

    @property
    def raw_query(self) -> str:
        return self.target.partition("?")[2]

    @property
    def query(self) -> dict[str, str]:
        return dict(parse_query(self.raw_query))

    def header(self, name: str) -> str | None:
        for k, v in self.headers:
            if k.lower() == name.lower():
                return v
        return None

    def json(self) -> Any:
        return json.loads(self.body)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 10  # an idle keep-alive connection is dropped after this many seconds
    server: FaultServer

    def setup(self) -> None:
        super().setup()
        # headers and body go out in two writes: without this, Nagle plus delayed ACKs cost ~40 ms a response
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.connection_number = self.server._new_connection()

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        record = Recorded(self.command, self.path, list(self.headers.items()), body, self.connection_number)
        reply = self.server._take(record)
        if reply.delay:
            time.sleep(reply.delay)
        if reply.action in ("reset", "close"):
            if reply.action == "reset":
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            self.connection.close()
            return
        payload = reply.payload()
        self.send_response(reply.status)
        names = {k.lower() for k in reply.headers}
        for k, v in reply.headers.items():
            self.send_header(k, v)
        if "content-type" not in names and payload:
            self.send_header("Content-Type", "application/json;charset=utf-8")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_DELETE = _serve

    def finish(self) -> None:
        try:
            super().finish()
        except OSError:
            pass


class FaultServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self._lock = threading.Lock()
        self._replies: deque[Reply] = deque()
        self.requests: list[Recorded] = []
        self.connections = 0
        self._thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> FaultServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()

    def script(self, *replies: Reply) -> None:
        with self._lock:
            self._replies.extend(replies)

    @property
    def pending(self) -> int:
        with self._lock:
            return len(self._replies)

    def _new_connection(self) -> int:
        with self._lock:
            self.connections += 1
            return self.connections

    def _take(self, record: Recorded) -> Reply:
        with self._lock:
            self.requests.append(record)
            if self._replies:
                return self._replies.popleft()
        return Reply(500, {"Code": "NotScripted", "Message": "the test scripted no reply for this request"})

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that timed out and went away is expected


def closed_port_url() -> str:
    """A URL on 127.0.0.1 where nothing listens (connecting is refused)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"


# ------------------------------------------------------------------------------------------ clocks and sleeps


class Ticker:
    """A signing clock that moves one second forward at every reading."""

    def __init__(self) -> None:
        self.now = datetime(2024, 6, 1, 12, 0, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


class Nonces:
    def __init__(self) -> None:
        self._count = itertools.count(1)

    def __call__(self) -> str:
        return f"nonce-{next(self._count):04d}"


def half() -> float:
    """Deterministic jitter: every backoff is half its ceiling."""
    return 0.5


def default_policy(**kwargs: Any) -> RetryPolicy:
    """The test clients' retry policy: the defaults, with :func:`half` as the jitter source."""
    return RetryPolicy(random=half, **kwargs)


class Sleeps:
    """Records the delays a client asks for instead of sleeping."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    def sync(self, seconds: float) -> None:
        self.delays.append(seconds)

    async def async_(self, seconds: float) -> None:
        self.delays.append(seconds)


# ------------------------------------------------------------------------------------------------ doc examples


def _load_spec(kind: str) -> dict:
    name = {
        "pds": "alibaba/pds-2022-03-01.yaml",
        "imm": "alibaba/imm-2020-09-30.yaml",
        "vod": "alibaba/vod-2017-03-21.yaml",
        "ice": "alibaba/ice-2020-11-09.yaml",
        "nta": "volcengine/nta-2024-07-30.yaml",
    }[kind]
    with open(REPO / "specs" / name, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


_DOC_EXAMPLES: dict[str, Any] = {}


def doc_example(kind: str) -> Any:
    """The documented success body of the service's operation, as embedded in its spec."""
    if kind not in _DOC_EXAMPLES:
        spec = _load_spec(kind)
        for item in spec["paths"].values():
            for op in item.values():
                if isinstance(op, dict) and op.get("operationId") == OPERATION_IDS[kind]:
                    content = op["responses"]["200"]["content"]
                    _DOC_EXAMPLES.setdefault(kind, next(iter(content.values()))["examples"]["doc"]["value"])
    return _DOC_EXAMPLES[kind]


#: Keyword arguments of one valid call of each service's operation (from the documented examples).
CALL_ARGS: dict[str, dict[str, Any]] = {
    "pds": {"drive_id": "1", "limit": 50, "fields": "*"},
    "imm": {"project_name": "test-project", "dataset_name": "test-dataset", "uris": ["oss://test-bucket/a.jpg"]},
    "vod": {"video_id": "357a8748c5789d2726e6436aa****"},
    "ice": {"person_image_url": "https://example.com/face.jpg", "face_search_token": "token-1", "page_size": 10},
    "nta": {"sign_url": "https://bucket.tos-cn-beijing.volces.com/file.elf?X-Tos-Signature=abc"},
}


def operation_args(kind: str, operation: str) -> dict[str, Any]:
    """Keyword arguments of one valid call of ``operation`` (an operationId) of service ``kind``: the calls above for
    the operations these tests are built around, and for every other operation its required parameters with the
    examples its spec documents (read from the generated service model, so a new operation needs no edit here)."""
    if operation == OPERATION_IDS[kind]:
        return dict(CALL_ARGS[kind])
    import importlib

    service = importlib.import_module(f"cloudmedia.{kind}._service").SERVICE
    op = service.operations[operation]
    missing = [p.wire for p in op.params if p.required and p.example is None]
    assert not missing, f"{operation}: the spec documents no example for required parameter(s) {missing}"
    return {p.python: p.example for p in op.params if p.required}


#: The operation of each service these tests call (a spec has several).
OPERATION_IDS = {
    "pds": "ScanFile",
    "imm": "BatchGetFileMeta",
    "vod": "ListAIImageInfo",
    "ice": "SearchMediaByFace",
    "nta": "CreateFileDetection",
}

METHODS = {
    "pds": "scan_file",
    "imm": "batch_get_file_meta",
    "vod": "list_ai_image_info",
    "ice": "search_media_by_face",
    "nta": "create_file_detection",
}


def call(kind: str, client: Any, **overrides: Any) -> Any:
    return getattr(client, METHODS[kind])(**{**CALL_ARGS[kind], **overrides})


async def acall(kind: str, client: Any, **overrides: Any) -> Any:
    return await getattr(client, METHODS[kind] + "_async")(**{**CALL_ARGS[kind], **overrides})


def raw_call(kind: str, client: Any, **overrides: Any) -> Any:
    return getattr(client.with_raw_response, METHODS[kind])(**{**CALL_ARGS[kind], **overrides})


async def raw_acall(kind: str, client: Any, **overrides: Any) -> Any:
    return await getattr(client.with_raw_response, METHODS[kind] + "_async")(**{**CALL_ARGS[kind], **overrides})


# ---------------------------------------------------------------------------------------------- canned replies


def ok(kind: str, body: Any = None, request_id: str = "REQ-OK-1", headers: dict[str, str] | None = None) -> Reply:
    """A success in the service's shape (default: its documented example)."""
    body = doc_example(kind) if body is None else body
    hdrs = dict(headers or {})
    if kind == "pds":
        hdrs.setdefault("x-ca-request-id", request_id)
    elif kind != "nta":
        hdrs.setdefault("x-acs-request-id", request_id)
    return Reply(200, body, hdrs)


def error(
    kind: str,
    status: int,
    code: str,
    message: str = "something went wrong",
    request_id: str = "REQ-ERR-1",
    headers: dict[str, str] | None = None,
) -> Reply:
    """An error in the service's shape."""
    hdrs = dict(headers or {})
    if kind == "pds":
        hdrs.setdefault("x-ca-request-id", request_id)
        body: dict[str, Any] = {"code": code, "message": message}
    elif kind == "nta":
        body = {
            "ResponseMetadata": {
                "RequestId": request_id,
                "Action": "CreateFileDetection",
                "Version": "2024-07-30",
                "Service": "nta",
                "Region": "cn-beijing",
                "Error": {"Code": code, "Message": message},
            }
        }
    else:
        hdrs.setdefault("x-acs-request-id", request_id)
        body = {
            "RequestId": request_id,
            "HostId": f"{kind}.cn-hangzhou.aliyuncs.com",
            "Code": code,
            "Message": message,
            "Recommend": f"https://next.api.aliyun.com/troubleshoot?q={code}&product={kind}",
        }
    return Reply(status, body, hdrs)


# -------------------------------------------------------------------------------------------- signature checks


def _payload_hash(record: Recorded) -> str:
    return hashlib.sha256(record.body).hexdigest()


def verify_signature(
    kind: str, record: Recorded, *, ak: str = AK, secret: str = SECRET, rpc_v1_signed: bool = False
) -> str:
    """Recompute the signature of a recorded request with the pure signing functions; return the request's
    freshness marker (nonce, or X-Date for Volcengine). Raises AssertionError when the signature is wrong."""
    if kind == "pds":
        auth = record.header("authorization")
        assert auth is not None, "no Authorization header"
        key_id, sig = pds.parse_authorization(auth)
        assert key_id == ak
        sts = pds.string_to_sign(record.method, record.path, parse_query(record.raw_query), record.headers)
        assert pds.signature(secret, sts) == sig, "PDS signature does not verify"
        return f"{record.header('x-acs-signature-nonce')}|{record.header('date')}"
    if kind == "nta":
        auth = record.header("authorization")
        assert auth is not None, "no Authorization header"
        key_id, scope, names, sig = volcengine.parse_authorization(auth)
        assert key_id == ak
        x_date = record.header("x-date")
        assert x_date and scope.startswith(x_date[:8])
        _, region, service, _ = scope.split("/")
        assert record.header("x-content-sha256") == _payload_hash(record)
        creq = volcengine.canonical_request(
            record.method, record.path, parse_query(record.raw_query), record.headers, names, _payload_hash(record)
        )
        sts = volcengine.string_to_sign(x_date, region, service, creq)
        expected = volcengine.signature(volcengine.signing_key(secret, x_date, region, service), sts)
        assert expected == sig, "Volcengine signature does not verify"
        return x_date
    if rpc_v1_signed:
        pairs = parse_query(record.raw_query)
        params = dict(pairs)
        assert params["AccessKeyId"] == ak
        expected = rpc_v1.signature(secret, rpc_v1.string_to_sign(record.method, pairs))
        assert expected == params["Signature"], "RPC HMAC-SHA1 signature does not verify"
        return f"{params['SignatureNonce']}|{params['Timestamp']}"
    auth = record.header("authorization")
    assert auth is not None, "no Authorization header"
    key_id, names, sig = acs3.parse_authorization(auth)
    assert key_id == ak
    assert record.header("x-acs-content-sha256") == _payload_hash(record)
    creq = acs3.canonical_request(
        record.method, record.path, parse_query(record.raw_query), record.headers, names, _payload_hash(record)
    )
    assert acs3.signature(secret, acs3.string_to_sign(creq)) == sig, "ACS3 signature does not verify"
    return f"{record.header('x-acs-signature-nonce')}|{record.header('x-acs-date')}"
