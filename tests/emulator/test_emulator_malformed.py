"""Malformed requests: every one is answered with a 4xx in the vendor's error shape of its route, never a 500 and
never Python's own text; framing that could hide where a request ends is refused; a client has a bounded time to
send its request.

Requests that carry a signature are signed with the runtime's signers (so the refusal is about the malformation,
not the signature); those signers and the emulator's verifier share their canonicalisation functions, which only the
official-SDK oracles (``tests/runtime/signing``) check independently."""

from __future__ import annotations

import http.client
import json
import socket
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from _emulator_support import http_client
from cloudmedia._runtime.signing import AcsV3Signer, VolcengineV4Signer
from cloudmedia._runtime.wire import build_request
from cloudmedia.emulator import Emulator
from cloudmedia.emulator.services import default_services

SERVICES = {s.product: s for s in default_services()}


@pytest.fixture(scope="module")
def emu() -> Iterator[Emulator]:
    with Emulator(0, pds_files=5, max_body=256 * 1024, request_timeout=1.0) as emulator:
        yield emulator


@pytest.fixture(autouse=True)
def no_internal_errors(emu: Emulator) -> Iterator[None]:
    yield
    assert not emu.internal_errors


def exchange(emu: Emulator, raw: bytes, *, pause: float = 0.0) -> tuple[int, dict[str, str], bytes]:
    """Send ``raw`` on a new connection (byte by byte with ``pause`` between bytes), read one response."""
    with socket.create_connection(("127.0.0.1", emu.port), timeout=10) as sock:
        try:
            if pause:
                for i in range(len(raw)):
                    sock.sendall(raw[i : i + 1])
                    time.sleep(pause)
            else:
                sock.sendall(raw)
        except OSError:  # the server may close before the client is done sending
            pass
        response = http.client.HTTPResponse(sock)
        response.begin()
        body = response.read()
        headers = {k.lower(): v for k, v in response.getheaders()}
        return response.status, headers, body


def pds_head(emu: Emulator, extra: str = "", *, content_type: str = "application/json") -> str:
    return (
        f"POST /v2/file/scan HTTP/1.1\r\nHost: 127.0.0.1:{emu.port}\r\n"
        f"Authorization: Bearer {emu.credentials.access_token_value}\r\nContent-Type: {content_type}\r\n{extra}"
    )


def shape(status: int, headers: dict[str, str], body: bytes) -> tuple[str, str]:
    """``(family, code)`` of a vendor error response; fails on anything else."""
    assert 400 <= status < 500, (status, body)
    data = json.loads(body)
    if "ResponseMetadata" in data:
        assert headers["x-tt-logid"] == data["ResponseMetadata"]["RequestId"]
        return "volcengine", data["ResponseMetadata"]["Error"]["Code"]
    if set(data) == {"code", "message"}:
        assert headers["x-ca-request-id"]
        return "pds", data["code"]
    assert set(data) == {"RequestId", "HostId", "Code", "Message", "Recommend"}, data
    assert headers["x-acs-request-id"] == data["RequestId"]
    return "alibaba", data["Code"]


def message(body: bytes) -> str:
    data = json.loads(body)
    if "ResponseMetadata" in data:
        return str(data["ResponseMetadata"]["Error"]["Message"])
    return str(data.get("Message", data.get("message")))


def signed(
    emu: Emulator, product: str, operation: str, *, content: bytes | None = None, **params: Any
) -> httpx.Response:
    """A correctly signed request (the runtime's signers) whose body may be replaced by ``content``."""
    service = SERVICES[product]
    op = service.operation(operation)
    query = {k: v for k, v in params.items() if op.param(k).location == "query"}
    body = {k: v for k, v in params.items() if op.param(k).location == "body"} or None
    request = build_request(service, op, query, body, base_url=emu.url, user_agent="emulator-tests")
    if content is not None:
        headers = [(k, v) for k, v in request.headers.multi_items() if k.lower() != "content-length"]
        request = httpx.Request(request.method, request.url, headers=headers, content=content)
    if product == "nta":
        VolcengineV4Signer(emu.credentials.volcengine_key, region="cn-beijing", service="nta").sign(request)
    else:
        AcsV3Signer(emu.credentials.alibaba_key).sign(request)
    return http_client().send(request)


# ------------------------------------------------------------------------------------------------- JSON bodies

DEEP = b"[" * 100_000 + b"]" * 100_000
HUGE_INTEGER = b'{"drive_id": "1", "limit": ' + b"7" * 5000 + b"}"


@pytest.mark.parametrize(
    ("body", "code", "needle"),
    [
        (DEEP, "InvalidRequestJSONFormat", "nested more than 64 levels"),
        (b'{"a": ' * 70 + b"1" + b"}" * 70, "InvalidRequestJSONFormat", "nested more than 64 levels"),
        (HUGE_INTEGER, "InvalidRequestJSONFormat", "integer of 5000 digits"),
        (b'{"drive_id": "1", "limit": NaN}', "InvalidRequestJSONFormat", "NaN"),
        (b'{"drive_id": "1", "limit": 1e999}', "InvalidRequestJSONFormat", "out of range"),
        (b'{"drive_id": "\xff"}', "InvalidRequestJSONFormat", "not UTF-8"),
        (b'{"drive_id": "1",', "InvalidRequestJSONFormat", "line 1, column 18"),
        (b'"just a string"', "InvalidRequestJSONFormat", "JSON object"),
    ],
)
def test_pds_json_bodies(emu: Emulator, body: bytes, code: str, needle: str) -> None:
    raw = (pds_head(emu, f"Content-Length: {len(body)}\r\nConnection: close\r\n") + "\r\n").encode() + body
    status, headers, answer = exchange(emu, raw)
    assert (status, shape(status, headers, answer)) == (400, ("pds", code))
    assert needle in message(answer)
    assert "sys.set_int_max_str_digits" not in message(answer) and "Exceeds the limit" not in message(answer)


def test_volcengine_json_bodies(emu: Emulator) -> None:
    for body, needle in ((DEEP, "nested"), (b'{"SignURL": ' + b"1" * 5000 + b"}", "5000 digits")):
        response = signed(emu, "nta", "CreateFileDetection", content=body, SignURL="https://x/y")
        assert shape(response.status_code, dict(response.headers), response.content) == (
            "volcengine",
            "InvalidParameter",
        )
        assert needle in message(response.content)


def test_a_huge_integer_in_an_rpc_query(emu: Emulator) -> None:
    response = signed(emu, "ice", "SearchMediaByFace", PersonImageUrl="u", FaceSearchToken="t", PageSize="9" * 5000)
    assert shape(response.status_code, dict(response.headers), response.content) == ("alibaba", "InvalidParameter")
    text = message(response.content)
    assert '"PageSize"' in text and "5000 digits" in text and "set_int_max_str_digits" not in text


# ---------------------------------------------------------------------------------------------------- framing


@pytest.mark.parametrize(
    ("extra", "body", "status", "code"),
    [
        ("Content-Length: 13\r\nContent-Length: 2\r\n", b'{"drive_id": "1"}', 400, "BadRequest"),
        ("Content-Length: 17\r\nTransfer-Encoding: chunked\r\n", b'{"drive_id": "1"}', 400, "BadRequest"),
        ("Transfer-Encoding: gzip\r\n", b"", 400, "BadRequest"),
        ("Transfer-Encoding: chunked\r\n", b"zz\r\n{}\r\n0\r\n\r\n", 400, "BadRequest"),
        ("Transfer-Encoding: chunked\r\n", b"2\r\n{}XX", 400, "BadRequest"),
        ("Content-Length: -1\r\n", b"", 400, "BadRequest"),
        ("Content-Length: 1e3\r\n", b"", 400, "BadRequest"),
        ("Content-Length: 99999999999999999999999\r\n", b"", 400, "BadRequest"),
        ("Content-Length: 1000000\r\n", b"", 413, "RequestEntityTooLarge"),
        (
            "Transfer-Encoding: chunked\r\n",
            b"40001\r\n" + b" " * 0x40001 + b"\r\n0\r\n\r\n",
            413,
            "RequestEntityTooLarge",
        ),
    ],
)
def test_framing(emu: Emulator, extra: str, body: bytes, status: int, code: str) -> None:
    raw = (pds_head(emu, extra) + "\r\n").encode() + body
    got_status, headers, answer = exchange(emu, raw)
    assert (got_status, shape(got_status, headers, answer)) == (status, ("pds", code))
    assert headers.get("connection") == "close"  # where the next request would start is unknown: close
    record = emu.requests.last
    assert record is not None and (record.status, record.error_code) == (status, code)


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", ""])
def test_json_bodies_need_a_json_content_type(emu: Emulator, content_type: str) -> None:
    body = b'{"drive_id": "1"}'
    extra = f"Content-Length: {len(body)}\r\nConnection: close\r\n"
    head = pds_head(emu, extra, content_type=content_type)
    if not content_type:
        head = head.replace("Content-Type: \r\n", "")
    status, headers, answer = exchange(emu, (head + "\r\n").encode() + body)
    assert (status, shape(status, headers, answer)) == (415, ("pds", "UnsupportedMediaType"))
    response = signed(emu, "nta", "CreateFileDetection", content=b'{"SignURL": "https://x/y"}', SignURL="https://x")
    assert response.status_code == 200  # application/json, as sent by the client
    ok = exchange(emu, (pds_head(emu, extra, content_type="application/json; charset=utf-8") + "\r\n").encode() + body)
    assert ok[0] == 200


@pytest.mark.parametrize(
    ("raw", "status", "family"),
    [
        (b"GET /" + b"a" * 70_000 + b" HTTP/1.1\r\n\r\n", 414, "alibaba"),
        (b"POST /v2/file/scan HTTP/1.1\r\n" + b"".join(b"X-H%d: v\r\n" % i for i in range(150)) + b"\r\n", 431, "pds"),
        (b"POST /v2/file/scan HTTP/1.1\r\nX-Long: " + b"v" * 70_000 + b"\r\n\r\n", 431, "pds"),
        (b"POST / HTTP/7.0\r\n\r\n", 400, "alibaba"),
        (b"BREW /v2/file/scan HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 400, "pds"),
        (b"garbage\r\n\r\n", 400, "alibaba"),
    ],
)
def test_what_http_server_refuses_is_vendor_shaped(emu: Emulator, raw: bytes, status: int, family: str) -> None:
    got, headers, answer = exchange(emu, raw)
    assert got == status
    assert shape(got, headers, answer)[0] == family


# ------------------------------------------------------------------------------------------------------- time


def test_a_trickling_client_is_cut_off(emu: Emulator) -> None:
    """One byte every 0.3 s: under the idle timeout each time, but the whole request is due within 1 s."""
    raw = (pds_head(emu, "Content-Length: 17\r\n") + "\r\n").encode() + b'{"drive_id": "1"}'
    status, headers, answer = exchange(emu, raw[:40], pause=0.3)
    assert (status, shape(status, headers, answer)) == (408, ("alibaba", "RequestTimeout"))
    assert headers.get("connection") == "close"


def test_a_client_trickling_its_body_is_cut_off(emu: Emulator) -> None:
    head = (pds_head(emu, "Content-Length: 17\r\n") + "\r\n").encode()
    with socket.create_connection(("127.0.0.1", emu.port), timeout=10) as sock:
        sock.sendall(head)
        for byte in b'{"drive_id"':
            try:
                sock.sendall(bytes([byte]))
            except OSError:
                break
            time.sleep(0.3)
        response = http.client.HTTPResponse(sock)
        response.begin()
        body = response.read()
    assert (response.status, shape(response.status, dict(response.getheaders()), body)) == (
        408,
        ("pds", "RequestTimeout"),
    )


def test_an_idle_keep_alive_connection_is_not_a_slow_client(emu: Emulator) -> None:
    """The request deadline starts at a request's first byte: waiting between requests is the idle timeout's."""
    body = b'{"drive_id": "1"}'
    raw = (pds_head(emu, f"Content-Length: {len(body)}\r\n") + "\r\n").encode() + body
    with socket.create_connection(("127.0.0.1", emu.port), timeout=10) as sock:
        statuses = []
        for _ in range(2):
            sock.sendall(raw)
            response = http.client.HTTPResponse(sock)
            response.begin()
            response.read()
            statuses.append(response.status)
            time.sleep(1.2)  # longer than the request timeout, between requests
    assert statuses == [200, 200]
