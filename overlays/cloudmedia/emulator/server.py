"""The HTTP server: :class:`Emulator`, a local stand-in for the five cloud endpoints.

One threaded HTTP/1.1 server (keep-alive, ``Content-Length`` or chunked request bodies, absolute-form request
targets as sent through a proxy) bound to ``127.0.0.1`` serves every operation. For each request it:

1. reads it completely and routes it (:mod:`.services`);
2. consults the injected faults (:mod:`.faults`) - before verification;
3. verifies the signature or token (:mod:`.auth`) against the credential set, at the emulator's clock;
4. extracts and validates the parameters from the service model;
5. decides the answer from the seeded data (:mod:`.dataset`), or the vendor's error shape (:mod:`.errors`);
6. appends a redacted :class:`~.accesslog.RequestRecord` to ``emu.requests``, then sends the answer (so a client
   that has its answer always finds the record).

An unexpected exception is answered with the vendor's ``InternalError`` (500) and kept in ``emu.internal_errors``.
"""

from __future__ import annotations

import dataclasses
import json
import socket
import struct
import sys
import threading
import time
import traceback
import uuid
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import IO, Any, ClassVar

from .._runtime.credentials_types import AccessToken, AlibabaCredentials, VolcengineCredentials
from .._runtime.families import family_for_style
from . import errors as E
from .accesslog import AccessLog, RequestRecord, redact_headers, redact_params, redact_query
from .auth import Principal, Verifier, WireRequest
from .credentials import CredentialSet
from .dataset import DataSet
from .faults import Fault, FaultSet
from .services import Call, Registry, Route, Services, default_services, extract_params

__all__ = ["Emulator"]

_MAX_BODY = 16 * 1024 * 1024
_HTML = (
    "<html>\r\n<head><title>{status} {reason}</title></head>\r\n<body>\r\n<center><h1>{status} {reason}</h1>"
    "</center>\r\n<hr><center>Tengine</center>\r\n</body>\r\n</html>\r\n"
)

Credentialish = CredentialSet | Iterable[AlibabaCredentials | VolcengineCredentials | AccessToken]


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _request_id(family: str, now: datetime) -> str:
    raw = uuid.uuid4().hex.upper()
    if family == E.VOLCENGINE:
        return now.strftime("%Y%m%d%H%M%S") + raw[:18]
    return f"{raw[:8]}-{raw[8:12]}-{raw[12:16]}-{raw[16:20]}-{raw[20:]}"


def _format_seconds(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


class _BadRequest(Exception):
    pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    emulator: Emulator

    def __init__(self, address: tuple[str, int], emulator: Emulator) -> None:
        self.emulator = emulator
        self.connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()
        self.connection_count = 0
        super().__init__(address, _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that goes away mid-request is not the emulator's error; anything else is kept.
        exc = sys.exc_info()[1]
        if isinstance(exc, (ConnectionError, TimeoutError)):
            return
        self.emulator.internal_errors.append(traceback.format_exc())


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "cloudmedia-emulator"
    sys_version = ""
    server: _Server
    connection_id: int

    # ------------------------------------------------------------------------------------- connection

    def setup(self) -> None:
        super().setup()
        self.connection.settimeout(self.server.emulator.idle_timeout)
        with self.server.connections_lock:
            self.server.connections.add(self.connection)
            self.server.connection_count += 1
            self.connection_id = self.server.connection_count

    def finish(self) -> None:
        try:
            super().finish()
        except OSError:
            pass
        finally:
            with self.server.connections_lock:
                self.server.connections.discard(self.connection)

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._handle()

    do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = do_GET

    # ----------------------------------------------------------------------------------------- reading

    def _read_body(self) -> bytes:
        encoding = (self.headers.get("Transfer-Encoding") or "").lower()
        if "chunked" in encoding:
            chunks = []
            total = 0
            while True:
                line = self.rfile.readline(65537)
                if not line:
                    raise _BadRequest("truncated chunked body")
                try:
                    size = int(line.split(b";", 1)[0].strip(), 16)
                except ValueError:
                    raise _BadRequest("bad chunk size") from None
                if size == 0:
                    while self.rfile.readline(65537) not in (b"\r\n", b"\n", b""):
                        pass
                    break
                total += size
                if total > _MAX_BODY:
                    raise _BadRequest("body too large")
                chunks.append(self.rfile.read(size))
                self.rfile.readline(3)
            return b"".join(chunks)
        length = self.headers.get("Content-Length")
        if length is None:
            return b""
        try:
            n = int(length)
        except ValueError:
            raise _BadRequest("bad Content-Length") from None
        if n < 0 or n > _MAX_BODY:
            raise _BadRequest("bad Content-Length")
        body = self.rfile.read(n)
        if len(body) != n:
            raise _BadRequest("truncated body")
        return body

    def _target(self) -> tuple[str, str]:
        target = self.path
        if target.startswith(("http://", "https://")):  # absolute form, as sent to a proxy
            rest = target.split("://", 1)[1]
            slash = rest.find("/")
            question = rest.find("?")
            cut = min(i for i in (slash, question, len(rest)) if i >= 0)
            target = rest[cut:] or "/"
            if target.startswith("?"):
                target = "/" + target
        path, _, query = target.partition("?")
        return path or "/", query

    # ----------------------------------------------------------------------------------------- writing

    def _send(self, status: int, headers: list[tuple[str, str]], body: bytes, *, truncate: bool = False) -> None:
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        if truncate:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body[: len(body) // 2] if truncate else body)
        self.wfile.flush()
        if truncate:
            self.close_connection = True

    def _reset(self) -> None:
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
        except OSError:
            pass
        self.close_connection = True

    # ---------------------------------------------------------------------------------------- handling

    def _handle(self) -> None:
        emu = self.server.emulator
        started = time.perf_counter()
        seq = emu.requests.next_seq()
        now = emu.verifier.now()
        path, raw_query = self._target()
        header_pairs = tuple((k, v) for k, v in self.headers.items())
        try:
            body = self._read_body()
        except _BadRequest as exc:
            self.close_connection = True
            self._send(400, [("Content-Type", "text/plain")], f"Bad request: {exc}\n".encode())
            return
        req = WireRequest(self.command, path, raw_query, header_pairs, body)
        route = emu.registry.route(req)
        request_id = _request_id(route.family, now)
        outcome = _Outcome()
        try:
            self._decide(emu, req, route, request_id, outcome)
        except Exception:  # noqa: BLE001 - a bug of the emulator: answered as InternalError, kept for tests
            emu.internal_errors.append(traceback.format_exc())
            ctx = E.ErrorContext(route.family, request_id, product=route.product or "")
            outcome.fail(E.injected(route.family, 500, None, None), ctx)
        principal = outcome.principal
        record = RequestRecord(
            seq=seq,
            request_id=request_id,
            time=now,
            client=f"{self.client_address[0]}:{self.client_address[1]}",
            connection=self.connection_id,
            method=self.command,
            path=path,
            query=redact_query(req.query),
            headers=redact_headers(header_pairs),
            body_size=len(body),
            route=route.product,
            action=route.action or None,
            version=route.version or None,
            scheme=principal.scheme if principal else None,
            access_key_id=principal.access_key_id if principal else None,
            sts=principal.sts if principal else False,
            params=redact_params(outcome.params),
            status=None if outcome.reset else outcome.status,
            error_code=outcome.error_code,
            fault=outcome.fault,
            duration_ms=(time.perf_counter() - started) * 1000,
        )
        # Logged before the answer leaves, so a client that has its answer always finds the record.
        emu.requests.append(record)
        if emu.log_stream is not None:
            try:
                print(record.format(), file=emu.log_stream, flush=True)
            except (OSError, ValueError):
                pass
        try:
            if outcome.reset:
                self._reset()
            else:
                self._send(outcome.status, outcome.headers, outcome.body, truncate=outcome.truncate)
        except (ConnectionError, TimeoutError):
            self.close_connection = True

    def _decide(self, emu: Emulator, req: WireRequest, route: Route, request_id: str, out: _Outcome) -> None:
        """Fill ``out`` with the answer to ``req``."""
        ctx = E.ErrorContext(
            family=route.family,
            request_id=request_id,
            host=req.header("host") or "",
            product=route.product or "",
            action=route.action,
            version=route.version,
            region="",
        )
        delay, fault = emu.faults.pick(route.product, route.action)
        if delay:
            time.sleep(delay)
            out.fault = "delay"
        if fault is not None:
            out.fault = fault.kind
            out.truncate = fault.truncate
            if fault.reset:
                out.reset = True
                return
            if fault.html:
                out.html(fault, self.responses.get(fault.status or 502, ("Error",))[0])
                return
            if fault.status is not None:
                out.fail(self._injected(route, fault), ctx)
                return
        if route.error is not None or route.operation is None:
            out.fail(route.error or E.invalid_action(route.action), ctx)
            return
        try:
            principal = emu.verifier.verify(req, route.family, route.product)
            out.principal = principal
            if principal.region:
                ctx = dataclasses.replace(ctx, region=principal.region)
            params = extract_params(route, req)
            out.params = params
            result = emu.services.handle(Call(route, params, principal, request_id))
        except E.EmulatedError as err:
            out.fail(err, ctx)
            return
        _, headers, _ = E.render_error(E.EmulatedError(200, "", ""), ctx)
        out.status = 200
        out.headers = headers
        out.body = json.dumps(result, ensure_ascii=False).encode("utf-8")

    def _injected(self, route: Route, fault: Fault) -> E.EmulatedError:
        assert fault.status is not None
        err = E.injected(route.family, fault.status, fault.code, fault.message)
        if fault.retry_after is not None:
            err.headers = family_for_style(route.family).retry_after_headers(fault.retry_after)
        return err


class _Outcome:
    """The answer decided for one request, and what the access log says about it."""

    def __init__(self) -> None:
        self.status = 500
        self.headers: list[tuple[str, str]] = []
        self.body = b""
        self.truncate = False
        self.reset = False
        self.error_code: str | None = None
        self.fault: str | None = None
        self.principal: Principal | None = None
        self.params: dict[str, Any] = {}

    def fail(self, err: E.EmulatedError, ctx: E.ErrorContext) -> None:
        self.status, self.headers, self.body = E.render_error(err, ctx)
        self.error_code = err.code

    def html(self, fault: Fault, reason: str) -> None:
        status = fault.status or 502
        self.status = status
        self.headers = [("Content-Type", "text/html")]
        if fault.retry_after is not None:
            self.headers.append(("Retry-After", _format_seconds(fault.retry_after)))
        self.body = _HTML.format(status=status, reason=reason).encode("ascii")


class Emulator:
    """A local emulator of the five operations, verifying signatures against ``credentials``.

    ::

        with Emulator(port=0) as emu:                      # default test credentials
            client = ImmClient(access_key_id=..., access_key_secret=..., endpoint_url=emu.url)

    Arguments (keyword-only after ``port`` and ``credentials``):

    - ``port``: the port on ``127.0.0.1`` (0: a free one; see :attr:`port`).
    - ``credentials``: a :class:`CredentialSet`, or an iterable of ``AlibabaCredentials`` /
      ``VolcengineCredentials`` / ``AccessToken``; default :meth:`CredentialSet.default`.
    - ``seed``, ``pds_files``, ``pds_domain_id``, ``ice_total``, ``vod_images``: the seeded data (:class:`DataSet`).
    - ``clock``: returns the emulator's current time (aware UTC); timestamps are checked against it.
    - ``max_skew``: how far a request's timestamp may be from the clock (default 15 minutes).
    - ``faults``: faults to start with (:class:`Fault` objects or command-line specs).
    - ``log_size``: how many records ``requests`` keeps; ``log_stream``: also print one line per request there.
    - ``idle_timeout``: seconds an idle keep-alive connection is kept open.
    """

    def __init__(
        self,
        port: int = 0,
        credentials: Credentialish | None = None,
        *,
        seed: int = 0,
        pds_files: int = 1000,
        pds_domain_id: str = "bj12345",
        ice_total: int = 163,
        vod_images: int = 3,
        clock: Callable[[], datetime] | None = None,
        max_skew: timedelta | float = timedelta(minutes=15),
        faults: Iterable[Fault | str] = (),
        log_size: int = 10_000,
        log_stream: IO[str] | None = None,
        idle_timeout: float = 60.0,
    ) -> None:
        if credentials is None:
            credentials = CredentialSet.default()
        elif not isinstance(credentials, CredentialSet):
            credentials = CredentialSet.of(credentials)
        self.credentials: CredentialSet = credentials
        self.data = DataSet(
            seed, pds_files=pds_files, pds_domain_id=pds_domain_id, ice_total=ice_total, vod_images=vod_images
        )
        skew = max_skew if isinstance(max_skew, timedelta) else timedelta(seconds=max_skew)
        self._clock: Callable[[], datetime] = clock or _utc_now
        self.verifier = Verifier(credentials, self._now, skew)
        self.registry = Registry(default_services())
        self.services = Services(self.data)
        self.faults = FaultSet()
        for fault in faults:
            if isinstance(fault, str):
                self.faults.add_spec(fault)
            else:
                self.faults.append(fault)
        self.requests = AccessLog(log_size)
        self.internal_errors: list[str] = []
        self.log_stream = log_stream
        self.idle_timeout = idle_timeout
        self._address = ("127.0.0.1", port)  # loopback only: the default credentials are public
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------------------------------------ clock

    def _now(self) -> datetime:
        return self._clock()

    @property
    def clock(self) -> Callable[[], datetime]:
        return self._clock

    @clock.setter
    def clock(self, value: Callable[[], datetime] | None) -> None:
        """Replace the clock while running (``None``: the real clock)."""
        self._clock = value or _utc_now

    def advance(self, delta: timedelta | float) -> None:
        """Move the emulator's clock by ``delta`` (seconds or a timedelta) from wherever it is now."""
        step = delta if isinstance(delta, timedelta) else timedelta(seconds=delta)
        base = self._clock
        self._clock = lambda: base() + step

    # ------------------------------------------------------------------------------------------ lifecycle

    def start(self) -> Emulator:
        if self._server is not None:
            return self
        self._server = _Server(self._address, self)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="cloudmedia-emulator", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        server.server_close()
        with server.connections_lock:
            open_connections = list(server.connections)
        for sock in open_connections:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    close = stop

    def __enter__(self) -> Emulator:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._server is not None

    # ------------------------------------------------------------------------------------------ addresses

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("the emulator is not running")
        return int(self._server.server_address[1])

    @property
    def endpoint(self) -> str:
        """``127.0.0.1:PORT``: what the official SDKs take as ``endpoint`` / ``host``."""
        return f"{self._address[0]}:{self.port}"

    @property
    def url(self) -> str:
        """``http://127.0.0.1:PORT``: what the cloudmedia clients take as ``endpoint_url``."""
        return f"http://{self.endpoint}"

    # ------------------------------------------------------------------------------------------ state

    def reset(self) -> None:
        """Forget the access log, the used nonces, the faults and the internal errors."""
        self.requests.clear()
        self.verifier.nonces.clear()
        self.faults.clear()
        self.internal_errors.clear()

    def __repr__(self) -> str:
        where = self.url if self._server is not None else "not running"
        return f"Emulator({where}, {self.credentials!r}, {self.data!r})"

    #: The operations served, as ``product.Action``.
    OPERATIONS: ClassVar[tuple[str, ...]] = (
        "pds.ScanFile",
        "imm.BatchGetFileMeta",
        "vod.ListAIImageInfo",
        "ice.SearchMediaByFace",
        "nta.CreateFileDetection",
    )
