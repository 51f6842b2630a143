"""The server: lifecycle, binding, keep-alive, request framing, routing errors, the CLI and the pytest fixture."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import httpx
import pytest
from _emulator_support import error_code, http_client
from cloudmedia import RetryPolicy
from cloudmedia.emulator import DEFAULT_CREDENTIALS, Emulator
from cloudmedia.emulator.cli import build_parser, main
from cloudmedia.pds import PdsClient
from cloudmedia.vod import VodClient


def bearer(emu: Emulator) -> dict[str, str]:
    return {"Authorization": f"Bearer {emu.credentials.access_token_value}", "Content-Type": "application/json"}


def test_context_manager_and_addresses() -> None:
    with Emulator(port=0) as emu:
        assert emu.running and emu.url == f"http://127.0.0.1:{emu.port}" and emu.endpoint == f"127.0.0.1:{emu.port}"
        assert emu._server is not None and emu._server.server_address[0] == "127.0.0.1"
        assert "STS.EmulatorTemporaryAccessKey" in repr(
            emu
        ) and DEFAULT_CREDENTIALS.alibaba_key.access_key_secret not in repr(emu)
    assert not emu.running
    with pytest.raises(RuntimeError):
        _ = emu.port


def test_stop_closes_idle_keep_alive_connections() -> None:
    before = threading.active_count()
    emu = Emulator(0).start()
    url = emu.url
    client = httpx.Client()
    assert (
        client.post(f"{url}/v2/file/scan", headers=bearer(emu), json={"drive_id": "1", "limit": 1}).status_code == 200
    )
    emu.stop()  # how long it takes is measured by benchmarks/load.py timings
    assert emu.open_connections == 0 and threading.active_count() <= before
    with pytest.raises(httpx.TransportError):  # the kept-alive connection is closed, and nobody listens any more
        client.post(f"{url}/v2/file/scan", headers=bearer(emu), json={"drive_id": "1"})
    client.close()


def test_keep_alive_and_concurrency(emulator: Emulator) -> None:
    with PdsClient(access_token=emulator.credentials.access_token_value, endpoint_url=emulator.url) as client:
        for _ in range(5):
            client.scan_file(drive_id="1", limit=2)
    assert len({r.connection for r in emulator.requests}) == 1
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            key = emulator.credentials.alibaba_key
            with VodClient(credentials=key, endpoint_url=emulator.url, retry=RetryPolicy.none()) as vod:
                for _ in range(5):
                    vod.list_ai_image_info(video_id="v")
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and len(emulator.requests.where(route="vod", status=200)) == 40


def test_chunked_body_and_absolute_form_target(emulator: Emulator) -> None:
    def chunks():  # type: ignore[no-untyped-def]
        yield b'{"drive_id": '
        yield b'"1", "limit": 3}'

    response = httpx.post(f"{emulator.url}/v2/file/scan", headers=bearer(emulator), content=chunks())
    assert response.status_code == 200 and len(response.json()["items"]) == 3
    body = b'{"drive_id":"1","limit":2}'
    head = (
        f"POST http://127.0.0.1:{emulator.port}/v2/file/scan HTTP/1.1\r\nHost: 127.0.0.1:{emulator.port}\r\n"
        f"Authorization: Bearer {emulator.credentials.access_token_value}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    ).encode()
    with socket.create_connection(("127.0.0.1", emulator.port)) as sock:
        sock.sendall(head + body)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    assert data.startswith(b"HTTP/1.1 200 ") and len(json.loads(data.split(b"\r\n\r\n", 1)[1])["items"]) == 2


@pytest.mark.parametrize(
    ("method", "target", "headers", "status", "code", "shape"),
    [
        ("GET", "/no/such/path", {}, 404, "InvalidAction.NotFound", "alibaba"),
        ("POST", "/v2/file/list", {}, 404, "NotFound", "pds"),
        ("GET", "/v2/file/scan", {}, 405, "MethodNotAllowed", "pds"),
        (
            "POST",
            "/",
            {"x-acs-action": "ListAIImageInfo", "x-acs-version": "2099-01-01"},
            400,
            "InvalidVersion",
            "alibaba",
        ),
        (
            "POST",
            "/",
            {"x-acs-action": "DeleteVideo", "x-acs-version": "2017-03-21"},
            404,
            "InvalidAction.NotFound",
            "alibaba",
        ),
        ("POST", "/?Version=2017-03-21", {}, 400, "MissingParameter", "alibaba"),
        ("POST", "/?Action=ListAIImageInfo&Version=2017-03-21", {}, 400, "IncompleteSignature", "alibaba"),
        (
            "POST",
            "/",
            {"x-acs-action": "ListAIImageInfo", "x-acs-version": "2017-03-21", "x-acs-bearer-token": "t"},
            400,
            "IncompleteSignature",
            "alibaba",
        ),
        (
            "POST",
            "/",
            {
                "x-acs-action": "ListAIImageInfo",
                "x-acs-version": "2017-03-21",
                "Authorization": "ACS3-HMAC-SHA256 Credential=x",
            },
            400,
            "IncompleteSignature",
            "alibaba",
        ),
        ("POST", "/v2/file/scan", {}, 401, "AccessTokenInvalid", "pds"),
        ("POST", "/v2/file/scan", {"Authorization": "acs nocolon"}, 401, "IncompleteSignature", "pds"),
        (
            "POST",
            "/?Action=DeleteFile&Version=2024-07-30",
            {"X-Date": "20240101T000000Z"},
            404,
            "InvalidActionOrVersion",
            "volc",
        ),
        ("POST", "/?Action=CreateFileDetection&Version=2024-07-30", {}, 401, "MissingAuthenticationToken", "volc"),
        (
            "POST",
            "/?Action=CreateFileDetection&Version=2024-07-30",
            {"Authorization": "HMAC-SHA256 junk"},
            400,
            "InvalidAuthorization",
            "volc",
        ),
    ],
)
def test_routing_and_structural_errors(
    emulator: Emulator, method: str, target: str, headers: dict[str, str], status: int, code: str, shape: str
) -> None:
    response = http_client().request(method, f"{emulator.url}{target}", headers=headers)
    assert (response.status_code, error_code(response)) == (status, code), response.text
    data = response.json()
    if shape == "alibaba":
        assert set(data) == {"RequestId", "HostId", "Code", "Message", "Recommend"}
        assert response.headers["x-acs-request-id"] == data["RequestId"]
    elif shape == "pds":
        assert set(data) == {"code", "message"} and response.headers["x-ca-request-id"]
    else:
        assert (
            set(data) == {"ResponseMetadata"}
            and response.headers["x-tt-logid"] == data["ResponseMetadata"]["RequestId"]
        )
    assert not emulator.internal_errors


def test_volcengine_error_metadata(emulator: Emulator) -> None:
    response = http_client().post(
        f"{emulator.url}/?Action=DeleteFile&Version=2024-07-30", headers={"X-Date": "20240101T000000Z"}
    )
    meta = response.json()["ResponseMetadata"]
    assert meta["Error"] == {
        "CodeN": 100008,
        "Code": "InvalidActionOrVersion",
        "Message": "Could not find operation DeleteFile for version 2024-07-30.",
    }
    assert (meta["Action"], meta["Version"]) == ("DeleteFile", "2024-07-30")


def test_internal_errors_are_answered_and_kept(emulator: Emulator) -> None:
    def boom(call: object) -> dict[str, object]:
        raise RuntimeError("bug")

    emulator.services.handlers[("pds", "ScanFile")] = boom
    response = httpx.post(f"{emulator.url}/v2/file/scan", headers=bearer(emulator), json={"drive_id": "1"})
    assert (response.status_code, error_code(response)) == (500, "InternalError")
    assert len(emulator.internal_errors) == 1 and "RuntimeError: bug" in emulator.internal_errors[0]


@pytest.mark.emulator(pds_files=3, seed=42, ice_total=5)
def test_fixture_options_from_the_marker(emulator: Emulator) -> None:
    assert (emulator.data.pds_files, emulator.data.seed, emulator.data.ice_total) == (3, 42, 5)
    response = httpx.post(f"{emulator.url}/v2/file/scan", headers=bearer(emulator), json={"drive_id": "1"})
    assert len(response.json()["items"]) == 3 and response.json()["next_marker"] == ""


# ------------------------------------------------------------------------------------------------------- CLI


def test_cli_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    for option in (
        "--port",
        "--access-key",
        "--volc-key",
        "--pds-token",
        "--seed",
        "--pds-files",
        "--ice-total",
        "--vod-images",
        "--fault",
        "--latency",
        "--max-skew",
        "ID:SECRET[:TOKEN]",
        "retry_after",
    ):
        assert option in out
    assert DEFAULT_CREDENTIALS.alibaba_sts.access_key_id in out


def test_cli_rejects_bad_options(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["--access-key", "nosecret"], ["--fault", "imm:explode"]):
        with pytest.raises(SystemExit) as info:
            main(argv)
        assert info.value.code == 2
    parser = build_parser()
    assert parser.parse_args(["--port", "0"]).port == 0


def test_cli_serves_until_interrupted(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("cloudmedia-emulator")
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "cloudmedia.emulator.cli"]
    process = subprocess.Popen(
        [
            *command,
            "--port",
            "0",
            "--pds-files",
            "7",
            "--pds-token",
            "cli-token",
            "--access-key",
            "AK1:SK1",
            "--fault",
            "pds:status=503,times=1",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.startswith("cloudmedia-emulator listening on http://127.0.0.1:"), line
        url = line.rsplit(" ", 1)[1].strip()
        headers = {"Authorization": "Bearer cli-token"}
        first = httpx.post(f"{url}/v2/file/scan", headers=headers, json={"drive_id": "1"})
        second = httpx.post(f"{url}/v2/file/scan", headers=headers, json={"drive_id": "1"})
        assert (first.status_code, second.status_code, len(second.json()["items"])) == (503, 200, 7)
        wrong = httpx.post(f"{url}/v2/file/scan", headers=bearer(Emulator(0)), json={"drive_id": "1"})
        assert wrong.status_code == 401  # the default token is not accepted once credentials are given
    finally:
        process.terminate()
        _, err = process.communicate(timeout=10)
    assert process.returncode == 0
    log = err.splitlines()
    assert (
        len(log) == 3 and "pds.ScanFile bearer -> 503 ServiceUnavailable [fault status:503]" in log[0]
    )  # verified first
    assert "pds.ScanFile bearer -> 200" in log[1]
    assert "cli-token" not in err
