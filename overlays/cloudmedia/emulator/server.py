"""The HTTP server: :class:`Emulator`, a local stand-in for the cloud endpoints of every service model.

One threaded HTTP/1.1 server (keep-alive, ``Content-Length`` or chunked request bodies, absolute-form request
targets as sent through a proxy) bound to ``127.0.0.1`` serves every operation: a thread per connection, at most
``max_connections``, more waiting in a listen backlog of ``backlog``. For each request it:

1. routes it from its request line and headers (:mod:`.services`), then reads its body within the framing rules
   and the time allowed (:mod:`.framing`; a malformed request is answered 4xx in the route's error shape);
2. verifies the signature or token through the route's wire family (:mod:`.auth`) against the credential set, at
   the emulator's clock - spending its nonce, so a resent request is a replay even if a fault answers it;
3. consults the injected faults (:mod:`.faults`);
4. extracts and validates the parameters from the service model (:mod:`.jsonbody` for JSON bodies);
5. answers with the operation's behaviour (:mod:`.behaviours`) or its spec example (:mod:`.examples`), or the
   vendor's error shape (:mod:`.errors`);
6. appends a redacted :class:`~.accesslog.RequestRecord` to ``emu.requests``, then sends the answer (so a client
   that has its answer always finds the record).

An unexpected exception is answered with the vendor's ``InternalError`` (500) and kept in ``emu.internal_errors``.
"""

from __future__ import annotations

import dataclasses
import io
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
from typing import IO, Any, Self

from .._runtime.credentials_types import AccessToken, AlibabaCredentials, VolcengineCredentials
from .._runtime.families import family_for_style
from .._runtime.model import ServiceModel
from . import errors as E
from . import framing
from .accesslog import AccessLog, RequestRecord, redact_headers, redact_params, redact_query
from .auth import Principal, Verifier, WireRequest
from .behaviours import Behaviours
from .credentials import CredentialSet
from .dataset import DataSet
from .faults import Fault, FaultSet
from .framing import DeadlineReader, SlowClient
from .jobs import JobBook
from .services import Call, Registry, Route, Services, default_services, extract_params

__all__ = ["Emulator"]

_HTML = (
    "<html>\r\n<head><title>{status} {reason}</title></head>\r\n<body>\r\n<center><h1>{status} {reason}</h1>"
    "</center>\r\n<hr><center>Tengine</center>\r\n</body>\r\n</html>\r\n"
)

#: Seconds a connection must have been idle before it may be closed to make room for a waiting client.
_REAP_AFTER = 0.05

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


class _Server(ThreadingHTTPServer):
    """A thread per connection, at most ``max_connections`` at once; further clients wait in the listen backlog
    (``request_queue_size``) instead of being refused. While clients wait, the connection idle for longest (between
    two requests, for at least :data:`_REAP_AFTER` seconds) is closed to make room, as a server does when out of
    connections: a keep-alive connection never starves a new client."""

    daemon_threads = True
    allow_reuse_address = True
    emulator: Emulator

    def __init__(self, address: tuple[str, int], emulator: Emulator) -> None:
        self.emulator = emulator
        self.request_queue_size = emulator.backlog
        self.connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()
        self.connection_count = 0
        self.peak_connections = 0
        self.slots = threading.BoundedSemaphore(emulator.max_connections)
        self.idle: dict[socket.socket, float] = {}
        self.threads: set[threading.Thread] = set()
        self.reaped = 0
        self.closing = False
        super().__init__(address, _Handler)

    def set_idle(self, sock: socket.socket, idle: bool) -> None:
        with self.connections_lock:
            if idle:
                self.idle[sock] = time.monotonic()
            else:
                self.idle.pop(sock, None)

    def _reap_idle(self) -> None:
        """Close the connection idle for longest, if one has been idle long enough."""
        now = time.monotonic()
        with self.connections_lock:
            if not self.idle:
                return
            sock, since = min(self.idle.items(), key=lambda item: item[1])
            if now - since < _REAP_AFTER:
                return
            del self.idle[sock]
            self.reaped += 1
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def process_request(self, request: Any, client_address: Any) -> None:
        while not self.slots.acquire(timeout=0.02):
            if self.closing:
                self.shutdown_request(request)
                return
            self._reap_idle()
        try:
            super().process_request(request, client_address)
        except BaseException:
            self.slots.release()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        current = threading.current_thread()
        with self.connections_lock:
            self.threads.add(current)
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self.connections_lock:
                self.threads.discard(current)
            self.slots.release()

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
    #: Monotonic time by which the request being received must be complete (None between requests).
    deadline: float | None = None
    #: Requests answered on this connection.
    answered: int = 0

    # ------------------------------------------------------------------------------------- connection

    def setup(self) -> None:
        emu = self.server.emulator
        self.connection = self.request
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
        raw = DeadlineReader(
            self.connection,
            lambda: self.deadline,
            self._request_started,
            self._idle,
            emu.idle_timeout,
        )
        self.rfile = io.BufferedReader(raw)
        self.wfile = self.connection.makefile("wb")
        with self.server.connections_lock:
            self.server.connections.add(self.connection)
            self.server.peak_connections = max(self.server.peak_connections, len(self.server.connections))
            self.server.connection_count += 1
            self.connection_id = self.server.connection_count

    def _idle(self, idle: bool) -> None:
        # Only a connection that has been answered is idle: a new one is waiting for its first request.
        if self.answered or not idle:
            self.server.set_idle(self.connection, idle)

    def _request_started(self) -> None:
        self.deadline = time.monotonic() + self.server.emulator.request_timeout

    def finish(self) -> None:
        try:
            super().finish()
        except OSError:
            pass
        finally:
            with self.server.connections_lock:
                self.server.connections.discard(self.connection)
                self.server.idle.pop(self.connection, None)

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def handle_one_request(self) -> None:
        self.deadline = None
        self.path = ""
        self.command = ""
        self.requestline = ""
        self.headers = None  # type: ignore[assignment]
        try:
            super().handle_one_request()
        except SlowClient:
            self.close_connection = True
            self._refuse(framing.request_timeout(self.server.emulator.request_timeout))

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """What http.server refuses itself (request line, headers): the vendor's error shape, then close."""
        self.close_connection = True
        self._refuse(framing.http_error(code, message))

    def do_GET(self) -> None:
        self._handle()

    do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = do_GET

    # ----------------------------------------------------------------------------------------- reading

    def _read_body(self, length: int | None) -> bytes:
        """The body, ``length`` bytes or chunked (None); raises an EmulatedError for a malformed one."""
        limit = self.server.emulator.max_body
        if length is not None:
            body = self.rfile.read(length)
            if len(body) != length:
                raise framing.bad_request("the body is shorter than its Content-Length.")
            return body
        chunks = []
        total = 0
        while True:
            line = self.rfile.readline(1026)
            if not line.endswith(b"\n"):
                raise framing.bad_request("a chunk size line is truncated or too long.")
            size_text = line.split(b";", 1)[0].strip()
            if not size_text or len(size_text) > 8 or any(c not in b"0123456789abcdefABCDEF" for c in size_text):
                raise framing.bad_request("a chunk size is not a hexadecimal number.")
            size = int(size_text, 16)
            if size == 0:
                for _ in range(100):  # trailer lines, up to the blank line
                    if self.rfile.readline(1026) in (b"\r\n", b"\n", b""):
                        break
                else:
                    raise framing.bad_request("too many trailer lines.")
                break
            total += size
            if total > limit:
                raise framing.payload_too_large(limit)
            chunk = self.rfile.read(size)
            if len(chunk) != size or self.rfile.read(2) != b"\r\n":
                raise framing.bad_request("a chunk is truncated.")
            chunks.append(chunk)
        return b"".join(chunks)

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

    def _header_pairs(self) -> tuple[tuple[str, str], ...]:
        headers = getattr(self, "headers", None)
        return tuple(headers.items()) if headers is not None else ()

    # ----------------------------------------------------------------------------------------- writing

    def _send(self, status: int, headers: list[tuple[str, str]], body: bytes, *, truncate: bool = False) -> None:
        self.connection.settimeout(self.server.emulator.idle_timeout)
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        if truncate or self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if getattr(self, "command", None) != "HEAD":
            self.wfile.write(body[: len(body) // 2] if truncate else body)
        self.wfile.flush()
        if truncate:
            self.close_connection = True

    def _refuse(self, err: E.EmulatedError) -> None:
        """Answer a request that could not be read in full (framing, time) in its route's error shape, and log it."""
        emu = self.server.emulator
        now = emu.verifier.now()
        if not str(getattr(self, "request_version", "")).startswith("HTTP/1"):
            self.request_version = "HTTP/1.1"  # a request line too broken to parse still gets a status line
        path, raw_query = self._target() if getattr(self, "path", None) else ("/", "")
        header_pairs = self._header_pairs()
        req = WireRequest(getattr(self, "command", None) or "GET", path, raw_query, header_pairs, b"")
        try:
            route = emu.registry.route(req)
        except Exception:  # noqa: BLE001 - a request too broken to route is answered in the Alibaba shape
            route = Route(E.ALIBABA_RPC)
        request_id = _request_id(route.family, now)
        ctx = E.ErrorContext(
            route.family, request_id, product=route.product or "", action=route.action, version=route.version
        )
        status, headers, body = E.render_error(err, ctx)
        self._log(req, route, request_id, now, time.perf_counter(), status, err.code, None, None, {}, 0)
        try:
            self._send(status, headers, body)
        except OSError:
            pass

    def _reset(self) -> None:
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
        except OSError:
            pass
        self.close_connection = True

    # ---------------------------------------------------------------------------------------- handling

    def _log(
        self,
        req: WireRequest,
        route: Route,
        request_id: str,
        now: datetime,
        started: float,
        status: int | None,
        error_code: str | None,
        fault: str | None,
        principal: Principal | None,
        params: dict[str, Any],
        body_size: int,
    ) -> None:
        emu = self.server.emulator
        record = RequestRecord(
            seq=emu.requests.next_seq(),
            request_id=request_id,
            time=now,
            client=f"{self.client_address[0]}:{self.client_address[1]}",
            connection=self.connection_id,
            method=req.method,
            path=req.path,
            query=redact_query(req.query),
            headers=redact_headers(req.headers),
            body_size=body_size,
            route=route.product,
            action=route.action or None,
            version=route.version or None,
            scheme=principal.scheme if principal else None,
            access_key_id=principal.access_key_id if principal else None,
            sts=principal.sts if principal else False,
            params=redact_params(params),
            status=status,
            error_code=error_code,
            fault=fault,
            duration_ms=(time.perf_counter() - started) * 1000,
        )
        # Logged before the answer leaves, so a client that has its answer always finds the record.
        emu.requests.append(record)
        if emu.log_stream is not None:
            try:
                print(record.format(), file=emu.log_stream, flush=True)
            except (OSError, ValueError):
                pass

    def _handle(self) -> None:
        emu = self.server.emulator
        started = time.perf_counter()
        now = emu.verifier.now()
        path, raw_query = self._target()
        header_pairs = tuple((k, v) for k, v in self.headers.items())
        head = WireRequest(self.command, path, raw_query, header_pairs, b"")
        route = emu.registry.route(head)
        request_id = _request_id(route.family, now)
        outcome = _Outcome()
        ctx = E.ErrorContext(
            route.family,
            request_id,
            host=head.header("host") or "",
            product=route.product or "",
            action=route.action,
            version=route.version,
        )
        body = b""
        try:
            body = self._read_body(framing.body_framing(list(header_pairs), emu.max_body))
        except E.EmulatedError as err:  # the body cannot be read: answer, then close the connection
            self.close_connection = True
            outcome.fail(err, ctx)
        self.deadline = None  # the request is in; what follows is the emulator's time, not the client's
        req = WireRequest(self.command, path, raw_query, header_pairs, body)
        if outcome.error_code is None:
            try:
                self._decide(emu, req, route, ctx, outcome)
            except Exception:  # noqa: BLE001 - a bug of the emulator: answered as InternalError, kept for tests
                emu.internal_errors.append(traceback.format_exc())
                outcome.fail(E.injected(route.family, 500, None, None), ctx)
        self._log(
            req,
            route,
            request_id,
            now,
            started,
            None if outcome.reset else outcome.status,
            outcome.error_code,
            outcome.fault,
            outcome.principal,
            outcome.params,
            len(body),
        )
        try:
            if outcome.reset:
                self._reset()
            else:
                self._send(outcome.status, outcome.headers, outcome.body, truncate=outcome.truncate)
                self.answered += 1
        except (ConnectionError, TimeoutError):
            self.close_connection = True

    def _verify(self, emu: Emulator, req: WireRequest, route: Route) -> Principal:
        return emu.verifier.verify(req, route.family, route.product)

    def _decide(self, emu: Emulator, req: WireRequest, route: Route, ctx: E.ErrorContext, out: _Outcome) -> None:
        """Fill ``out`` with the answer to ``req``: verify (the nonce is spent here), then faults, then serve."""
        verified = route.error is None and route.operation is not None
        if verified:
            try:
                principal = self._verify(emu, req, route)
            except E.EmulatedError as err:
                out.fail(err, ctx)
                return
            out.principal = principal
            if principal.region:
                ctx = dataclasses.replace(ctx, region=principal.region)
        delay, fault = emu.faults.pick(route.product, route.action)
        if delay:
            emu.sleep(delay)
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
        if not verified:
            out.fail(route.error or E.invalid_action(route.action), ctx)
            return
        assert out.principal is not None
        try:
            params = extract_params(route, req)
            out.params = params
            result = emu.services.handle(Call(route, params, out.principal, ctx.request_id))
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
    """A local emulator of every operation of the service models, verifying signatures against ``credentials``.

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
    - ``request_timeout``: seconds a client has, from a request's first byte, to send all of it (else 408).
    - ``max_body``: the largest request body accepted, in bytes (else 413).
    - ``max_connections``: connections served at once (a thread each); more wait in the listen backlog of
      ``backlog`` connections.
    - ``job_polls``: how many polls an asynchronous job reports "in progress" before its outcome (:mod:`.jobs`).
    - ``services``: the service models to serve (default: every installed service package).
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
        request_timeout: float = 10.0,
        max_body: int = 8 * 1024 * 1024,
        max_connections: int = 2048,
        backlog: int = 1024,
        job_polls: int = 2,
        services: Iterable[ServiceModel] | None = None,
    ) -> None:
        if request_timeout <= 0 or idle_timeout <= 0:
            raise ValueError("request_timeout and idle_timeout must be > 0 seconds")
        if max_body < 0 or max_connections < 1 or backlog < 1:
            raise ValueError("max_body must be >= 0, max_connections and backlog >= 1")
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
        self.registry = Registry(default_services() if services is None else services)
        self.jobs = JobBook(self.data, self._now, polls=job_polls)
        self.behaviours = Behaviours(self.data, self.jobs)
        self.services = Services(self.behaviours.handlers)
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
        self.request_timeout = request_timeout
        self.max_body = max_body
        self.max_connections = max_connections
        self.backlog = backlog
        #: How injected delays wait (replaceable in tests).
        self.sleep: Callable[[float], None] = time.sleep
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
        server.closing = True
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
        with server.connections_lock:
            handlers = list(server.threads)
        for thread in handlers:  # every connection's thread ends with its connection
            thread.join(timeout=5)

    close = stop

    def __enter__(self) -> Self:
        self.start()
        return self

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

    @property
    def open_connections(self) -> int:
        """Connections being served now (one thread each)."""
        server = self._server
        return len(server.connections) if server is not None else 0

    @property
    def peak_connections(self) -> int:
        """The most connections served at once since the start (at most ``max_connections``)."""
        server = self._server
        return server.peak_connections if server is not None else 0

    def reset(self) -> None:
        """Forget the access log, the used nonces, the faults and the internal errors."""
        self.requests.clear()
        self.verifier.nonces.clear()
        self.jobs.clear()
        self.faults.clear()
        self.internal_errors.clear()

    def __repr__(self) -> str:
        where = self.url if self._server is not None else "not running"
        return f"Emulator({where}, {self.credentials!r}, {self.data!r})"

    @property
    def operations(self) -> list[str]:
        """The operations served, as ``product.Action``: every operation of every service model."""
        return [f"{s.product}.{op.action}" for s in self.registry.services for op in s.operations.values()]
