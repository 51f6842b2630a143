"""A whole-call deadline: connecting, sending, every read and every retry together, against real loopback servers.

The servers trickle their answer one byte a second (the status line and headers, or the body after complete
headers): each read succeeds well within the per-read ``timeout``, so only a deadline ends the call. The tests
assert the typed error and that the call ended (an outer guard far longer than the deadline), never a duration.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from _clients_support import AK, KINDS, SECRET, TOKEN, acall, call, default_policy, doc_example, error, ok
from cloudmedia import DeadlineExceededError, RequestTimeoutError, RetryPolicy, TransportError
from cloudmedia.ice import IceClient
from cloudmedia.imm import ImmClient
from cloudmedia.nta import NtaClient
from cloudmedia.pds import PdsClient
from cloudmedia.vod import VodClient

#: How long the tests wait for a call that should end after its (much shorter) deadline.
GUARD = 60.0


class TrickleServer:
    """Accepts connections on 127.0.0.1, reads each request's headers, then sends ``reply`` one byte a second.

    ``reply`` is a complete HTTP response; when ``headers_first`` is set, everything up to the blank line goes
    out at once and only the body trickles. The server stops trickling when the client goes away.
    """

    def __init__(self, reply: bytes, *, headers_first: bool = False) -> None:
        self.reply = reply
        self.headers_first = headers_first
        self.accepted = 0
        self._stop = threading.Event()
        self._sock = socket.socket()
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(16)
        self._sock.settimeout(0.1)
        self._threads: list[threading.Thread] = []
        self._accept = threading.Thread(target=self._serve, daemon=True)
        self._accept.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._sock.getsockname()[1]}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.accepted += 1
            thread = threading.Thread(target=self._trickle, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _trickle(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(5)
            data = b""
            try:
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(65536)
                    if not chunk:
                        return
                    data += chunk
                out = self.reply
                if self.headers_first:
                    head, _, body = out.partition(b"\r\n\r\n")
                    conn.sendall(head + b"\r\n\r\n")
                    out = body
                for i in range(len(out)):
                    if self._stop.wait(1.0):
                        return
                    conn.sendall(out[i : i + 1])
            except OSError:
                return  # the client gave up and closed the connection

    def close(self) -> None:
        self._stop.set()
        self._sock.close()
        self._accept.join(5)
        for thread in self._threads:
            thread.join(5)


def _response(body: bytes = b'{"RequestId": "R"}') -> bytes:
    return (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nx-acs-request-id: R\r\nx-ca-request-id: R\r\n"
        b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
    )


@pytest.fixture
def trickle_headers() -> Iterator[TrickleServer]:
    server = TrickleServer(_response())
    yield server
    server.close()


@pytest.fixture
def trickle_body() -> Iterator[TrickleServer]:
    server = TrickleServer(_response(b'{"RequestId": "R", "Padding": "' + b"x" * 200 + b'"}'), headers_first=True)
    yield server
    server.close()


def _client(kind: str, url: str, **options: Any) -> Any:
    common: dict[str, Any] = {"endpoint_url": url, **options}
    if kind == "nta":
        return NtaClient(access_key_id=AK, secret_access_key=SECRET, session_token=TOKEN, **common)
    if kind == "pds":
        return PdsClient(domain_id="d1", access_token="BeArEr-for-deadline-tests", **common)
    cls = {"imm": ImmClient, "vod": VodClient, "ice": IceClient}[kind]
    return cls(access_key_id=AK, access_key_secret=SECRET, **common)


def _run_guarded(target: Any) -> BaseException | None:
    """Run ``target()`` in a thread; return what it raised. Fails when it is still running after :data:`GUARD`."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            target()
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            outcome.append(exc)
        else:
            outcome.append(None)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(GUARD)
    assert not thread.is_alive(), "the call did not end: the deadline was not enforced"
    return outcome[0]


@pytest.mark.parametrize("kind", KINDS)
def test_sync_deadline_ends_a_trickled_response(kind, trickle_headers):
    """Without a deadline the 10 s read timeout never fires (a byte arrives every second); the deadline ends it."""
    client = _client(kind, trickle_headers.url, timeout=10.0, deadline=1.5, retry=RetryPolicy.none())
    with client:
        raised = _run_guarded(lambda: call(kind, client))
    assert isinstance(raised, DeadlineExceededError)
    assert isinstance(raised, RequestTimeoutError) and isinstance(raised, TransportError)
    assert raised.deadline == 1.5
    assert raised.attempts == 1
    assert "deadline of 1.5 s passed" in str(raised)


def test_sync_deadline_covers_the_body_after_the_headers(trickle_body):
    client = _client("imm", trickle_body.url, timeout=10.0, deadline=1.5)
    with client:
        raised = _run_guarded(lambda: call("imm", client))
    assert isinstance(raised, DeadlineExceededError)
    assert trickle_body.accepted == 1  # a deadline is never retried


@pytest.mark.parametrize("kind", ["imm", "pds", "nta"])
def test_async_deadline_ends_a_trickled_response(kind, trickle_headers):
    client = _client(kind, trickle_headers.url, timeout=10.0, deadline=1.5)

    async def main() -> BaseException | None:
        try:
            await asyncio.wait_for(acall(kind, client), GUARD)
        except TimeoutError:
            pytest.fail("the call did not end: the deadline was not enforced")
        except BaseException as exc:  # noqa: BLE001
            return exc
        finally:
            await client.aclose()
        return None

    raised = asyncio.run(main())
    assert isinstance(raised, DeadlineExceededError)
    assert trickle_headers.accepted == 1


def test_per_call_deadline_with_options(trickle_headers):
    """``with_options(deadline=...)`` gives one call a deadline; the client itself keeps none."""
    client = _client("vod", trickle_headers.url, timeout=10.0)
    assert client.deadline is None
    with client:
        bounded = client.with_options(deadline=1.0)
        assert bounded.deadline == 1.0
        raised = _run_guarded(lambda: call("vod", bounded))
    assert isinstance(raised, DeadlineExceededError)
    assert client.deadline is None


def test_deadline_covers_retries_and_their_waits(server):
    """A server that always answers 503 fast: the attempts and the waits between them run into the deadline."""
    server.script(*[error("imm", 503, "ServiceUnavailable") for _ in range(200)])
    policy = default_policy(max_attempts=1000, base_delay=0.05, max_delay=0.05)
    client = _client("imm", server.url, deadline=1.0, retry=policy)
    with client:
        raised = _run_guarded(lambda: call("imm", client))
    assert isinstance(raised, DeadlineExceededError)
    assert 1 < raised.attempts < 1000
    assert "ServiceUnavailable" in str(raised)  # what the last attempt ran into
    assert len(server.requests) == raised.attempts


def test_a_call_within_its_deadline_succeeds(server):
    server.script(ok("imm"))
    client = _client("imm", server.url, deadline=30.0)
    with client:
        result = call("imm", client)
    assert result.request_id == doc_example("imm")["RequestId"]


def test_deadline_with_a_caller_supplied_http_client(trickle_headers):
    """Bring-your-own httpx clients are bounded too."""
    import httpx

    http = httpx.Client(timeout=10.0)
    client = _client("imm", trickle_headers.url, deadline=1.0, http_client=http)
    try:
        raised = _run_guarded(lambda: call("imm", client))
    finally:
        http.close()
    assert isinstance(raised, DeadlineExceededError)


@pytest.mark.parametrize("value", [0, -1, float("inf"), float("nan"), "5", True])
def test_bad_deadline_is_rejected_before_any_io(value):
    with pytest.raises(ValueError, match="deadline"):
        _client("imm", "http://127.0.0.1:9", deadline=value)


def test_deadline_error_is_exported_and_pickles():
    import pickle

    import cloudmedia

    assert "DeadlineExceededError" in dir(cloudmedia)
    err = DeadlineExceededError("X: the call's deadline of 2 s passed", deadline=2.0, attempts=3)
    copy = pickle.loads(pickle.dumps(err))
    assert (copy.deadline, copy.attempts, str(copy)) == (2.0, 3, str(err))
