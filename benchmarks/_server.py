"""A fixed-body HTTP/1.1 keep-alive server for the benchmarks, run in its own process.

    python benchmarks/_server.py SPEC.json

``SPEC.json`` maps a fixture name to ``{"body": <path of the body file>, "tls": bool, "headers": {...}}``. The
server listens on one port per fixture on 127.0.0.1 (plain HTTP, or TLS with ``--cert``/``--key``), answers every
request on that port with status 200 and the same body, keeps connections alive, and prints one JSON line
``{"name": port, ...}`` to stdout once every socket listens. It never parses more than it must (the request
line, the headers' end and ``Content-Length``), so its cost per request is small and does not depend on the client.
It exits when stdin closes (the parent died or is done).
"""

from __future__ import annotations

import asyncio
import json
import ssl
import sys
from pathlib import Path
from typing import Any


class _FixedBody(asyncio.Protocol):
    __slots__ = ("buffer", "close_after", "need", "response", "transport")

    def __init__(self, response: bytes) -> None:
        self.response = response
        self.transport: asyncio.Transport | None = None
        self.buffer = bytearray()
        self.need = -1  # bytes of body still to skip, or -1 while reading headers
        self.close_after = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        buf = self.buffer
        buf += data
        while True:
            if self.need < 0:
                end = buf.find(b"\r\n\r\n")
                if end < 0:
                    return
                head = bytes(buf[:end]).lower()
                del buf[: end + 4]
                length = 0
                pos = head.find(b"\r\ncontent-length:")
                if pos >= 0:
                    stop = head.find(b"\r\n", pos + 2)
                    length = int(head[pos + 17 : stop if stop >= 0 else None].strip())
                self.close_after = b"\r\nconnection: close" in head
                self.need = length
            if len(buf) < self.need:
                return
            del buf[: self.need]
            self.need = -1
            assert self.transport is not None
            self.transport.write(self.response)
            if self.close_after:
                self.transport.close()
                return
            if not buf:
                return

    def connection_lost(self, exc: Exception | None) -> None:
        self.transport = None


def _response(body: bytes, headers: dict[str, str]) -> bytes:
    lines = [
        "HTTP/1.1 200 OK",
        "Content-Type: application/json;charset=utf-8",
        f"Content-Length: {len(body)}",
        "Connection: keep-alive",
        "Keep-Alive: timeout=600",
    ]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


async def _main(spec: dict[str, dict[str, Any]], cert: str | None, key: str | None) -> None:
    loop = asyncio.get_running_loop()
    tls: ssl.SSLContext | None = None
    if cert:
        tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls.load_cert_chain(cert, key)
    ports = {}
    servers = []
    for name, item in spec.items():
        response = _response(Path(item["body"]).read_bytes(), item.get("headers", {}))
        server = await loop.create_server(
            lambda r=response: _FixedBody(r),
            "127.0.0.1",
            0,
            ssl=tls if item.get("tls") else None,
            backlog=512,
            reuse_address=True,
        )
        servers.append(server)
        ports[name] = server.sockets[0].getsockname()[1]
    sys.stdout.write(json.dumps(ports) + "\n")
    sys.stdout.flush()
    # Stop when the parent closes our stdin.
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    await reader.read()
    for server in servers:
        server.close()


def main() -> None:
    args = sys.argv[1:]
    cert = key = None
    if "--cert" in args:
        i = args.index("--cert")
        cert = args[i + 1]
        del args[i : i + 2]
    if "--key" in args:
        i = args.index("--key")
        key = args[i + 1]
        del args[i : i + 2]
    spec = json.loads(Path(args[0]).read_text())
    asyncio.run(_main(spec, cert, key))


if __name__ == "__main__":
    main()
