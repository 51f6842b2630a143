"""Helpers of the emulator tests: a capturing TCP relay, official-SDK calls, raw replay and one-byte tampering."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any, Self
from urllib.parse import unquote_plus

import httpx
from cloudmedia.emulator import Emulator

# --------------------------------------------------------------------------------------------- capture relay


@dataclass(frozen=True)
class RawRequest:
    """One HTTP/1.1 request exactly as a client sent it."""

    method: str
    target: str
    headers: tuple[tuple[str, str], ...]
    body: bytes

    @classmethod
    def parse(cls, raw: bytes) -> RawRequest:
        head, _, body = raw.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        headers = []
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers.append((name, value.lstrip(" \t")))
        return cls(method, target, tuple(headers), body)

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers if k.lower() == name.lower()), None)

    @property
    def path(self) -> str:
        return self.target.partition("?")[0]

    @property
    def raw_query(self) -> str:
        return self.target.partition("?")[2]

    def query_pairs(self) -> list[tuple[str, str]]:
        out = []
        for part in self.raw_query.split("&"):
            if part:
                k, _, v = part.partition("=")
                out.append((unquote_plus(k), unquote_plus(v)))
        return out

    def send(self, emu: Emulator) -> httpx.Response:
        """Send it to the emulator with httpx: same method, target, header lines (Host included) and body."""
        headers = [(k, v) for k, v in self.headers if k.lower() not in ("content-length", "transfer-encoding")]
        request = httpx.Request(self.method, f"{emu.url}{self.target}", headers=headers, content=self.body)
        return http_client().send(request)


_CLIENT: httpx.Client | None = None


def http_client() -> httpx.Client:
    """One shared httpx client (creating one costs an SSL context)."""
    global _CLIENT
    if _CLIENT is None:
        _CLIENT = httpx.Client(timeout=10)
    return _CLIENT


class Relay:
    """A TCP relay in front of the emulator that records every request the client sends through it."""

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.requests: list[RawRequest] = []
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.02)
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._lock = threading.Lock()

    @property
    def endpoint(self) -> str:
        return f"127.0.0.1:{self._listener.getsockname()[1]}"

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(2)
        self._listener.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except (TimeoutError, OSError):
                continue
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
            for target in (self._client_to_upstream, self._upstream_to_client):
                t = threading.Thread(target=target, args=(client, upstream), daemon=True)
                t.start()

    def _client_to_upstream(self, client: socket.socket, upstream: socket.socket) -> None:
        buffer = b""
        try:
            while True:
                chunk = client.recv(65536)
                if not chunk:
                    break
                # Record before forwarding: the client can have its answer (and the test read ``requests``) as soon
                # as the emulator has the bytes.
                buffer += chunk
                buffer = self._split(buffer)
                upstream.sendall(chunk)
        except OSError:
            pass
        finally:
            for s in (upstream,):
                try:
                    s.shutdown(socket.SHUT_WR)
                except OSError:
                    pass

    def _upstream_to_client(self, client: socket.socket, upstream: socket.socket) -> None:
        try:
            while True:
                chunk = upstream.recv(65536)
                if not chunk:
                    break
                client.sendall(chunk)
        except OSError:
            pass
        finally:
            client.close()
            upstream.close()

    def _split(self, buffer: bytes) -> bytes:
        while b"\r\n\r\n" in buffer:
            head, _, rest = buffer.partition(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value.strip())
            if len(rest) < length:
                break
            raw = head + b"\r\n\r\n" + rest[:length]
            with self._lock:
                self.requests.append(RawRequest.parse(raw))
            buffer = rest[length:]
        return buffer


# ---------------------------------------------------------------------------------------------- tampering


def _flip(text: str, index: int) -> str:
    """``text`` with the character at ``index`` replaced by a different one of the same kind."""
    c = text[index]
    if c.isdigit():
        new = "7" if c != "7" else "3"
    elif c.isalpha() and c.isascii():
        new = "q" if c.lower() != "q" else "x"
        new = new.upper() if c.isupper() else new
    else:
        new = "Z"
    return text[:index] + new + text[index + 1 :]


def _middle_alnum(text: str) -> int | None:
    positions = [i for i, c in enumerate(text) if c.isascii() and c.isalnum()]
    return positions[len(positions) // 2] if positions else None


@dataclass(frozen=True)
class Tamper:
    what: str
    request: RawRequest


def tampered(raw: RawRequest, *, signed_headers: list[str], query: bool, body: bool, method: bool) -> Iterator[Tamper]:
    """Copies of ``raw`` with one signed byte changed: in the method, each query value, each signed header value,
    the body."""
    if method:
        yield Tamper("method", replace(raw, method="PUT" if raw.method != "PUT" else "POST"))
    if query and raw.raw_query:
        parts = raw.raw_query.split("&")
        for i, part in enumerate(parts):
            k, _, v = part.partition("=")
            pos = _middle_alnum(v)
            if pos is None:
                continue
            changed = parts.copy()
            changed[i] = f"{k}={_flip(v, pos)}"
            yield Tamper(f"query {unquote_plus(k)}", replace(raw, target=f"{raw.path}?{'&'.join(changed)}"))
    if raw.path not in ("", "/"):
        pos = _middle_alnum(raw.path)
        if pos is not None:
            target = _flip(raw.path, pos) + (f"?{raw.raw_query}" if raw.raw_query else "")
            yield Tamper("path", replace(raw, target=target))
    wanted = {h.lower() for h in signed_headers}
    for index, (name, value) in enumerate(raw.headers):
        if name.lower() not in wanted:
            continue
        pos = _middle_alnum(value)
        if pos is None:
            continue
        headers = list(raw.headers)
        headers[index] = (name, _flip(value, pos))
        yield Tamper(f"header {name.lower()}", replace(raw, headers=tuple(headers)))
    if body and raw.body:
        text = raw.body.decode("utf-8")
        pos = _middle_alnum(text)
        if pos is not None:
            yield Tamper("body", replace(raw, body=_flip(text, pos).encode("utf-8")))


def error_code(response: httpx.Response) -> str | None:
    """The vendor error code of an error response (any of the three shapes)."""
    try:
        data: Any = response.json()
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    if "ResponseMetadata" in data:
        error = data["ResponseMetadata"].get("Error") or {}
        code = error.get("Code")
        return code if isinstance(code, str) else None
    code = data.get("Code", data.get("code"))
    return code if isinstance(code, str) else None


def json_body(response: httpx.Response) -> Any:
    return json.loads(response.content)
