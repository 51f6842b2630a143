"""The client core every generated service client inherits (through its wire family's client base).

One call goes through one pipeline, the same for sync and async (:class:`_Call` holds every decision;
the two loops only send and sleep):

    validate parameters (before any I/O) -> resolve endpoint -> build the wire request
    -> sign it (an ``httpx.Auth``: every attempt is signed afresh, with a new nonce and date)
    -> send -> classify the response (the wire family's error classifier) -> retry by policy
    -> parse the body into the generated model.

What differs between protocols (request shape, signers, error shapes, request ids, constructor arguments) lives in
:mod:`.families`; a client's family is its class attribute ``_family``. A ``deadline`` bounds the whole call,
retries and waits included (:mod:`.deadline`).
"""

from __future__ import annotations

import copy
import ssl
import threading
import time
import weakref
from collections.abc import Awaitable, Callable, Mapping
from functools import lru_cache
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

import httpx

from . import __version__
from .endpoints import resolve_host, split_endpoint_url
from .errors import (
    CloudMediaError,
    DeadlineExceededError,
    InvalidResponseError,
    TransportError,
)
from .logs import install_log_filters, log_request, logger, remember_secrets
from .model import OperationModel, ServiceModel
from .retry import RetryPolicy
from .settings import resolve_endpoint_url
from .types import Response

if TYPE_CHECKING:
    import asyncio

    from .deadline import Deadline
    from .families import WireFamily

T = TypeVar("T")

#: Default timeouts: 5 s to connect, 30 s to read (and write, and wait for a pooled connection).
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)

_NOT_GIVEN: Any = object()


install_log_filters()


def _http_status(code: int) -> HTTPStatus | int:
    """The status as an :class:`HTTPStatus` when it has a name, else the plain number (e.g. 299)."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


def _user_agent(service: ServiceModel) -> str:
    import platform

    return (
        f"cloudmedia/{__version__} ({platform.system()}; {platform.machine()}) "
        f"Python/{platform.python_version()} {service.product}/{service.version}"
    )


def _deadline(value: float | None) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0 or value == float("inf"):
        raise ValueError(f"deadline must be a positive number of seconds or None; got {value!r}")
    return float(value)


def _timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    if value is None:
        return DEFAULT_TIMEOUT
    if isinstance(value, httpx.Timeout):
        return value
    return httpx.Timeout(value, connect=min(float(value), DEFAULT_TIMEOUT.connect or float(value)))


class _Call:
    """The state of one operation call across its attempts."""

    __slots__ = ("attempt", "body", "client", "deadline", "last_error", "op", "parse", "query", "started")

    def __init__(self, client: BaseClient, op: OperationModel, kwargs: Mapping[str, Any], parse: Callable[[Any], Any]):
        from .validation import validate_params

        query = kwargs["query"]
        body = kwargs.get("body")
        values = dict(query)
        if body:
            values.update(body)
        validate_params(op, values)
        self.client = client
        self.op = op
        self.query = query
        self.body = body
        self.parse = parse
        self.attempt = 0
        self.started = time.perf_counter()
        self.deadline: Deadline | None = None
        self.last_error: CloudMediaError | None = None
        if client._deadline is not None:
            from .deadline import Deadline

            self.deadline = Deadline(client._deadline)

    def request(self) -> httpx.Request:
        from .wire import build_request

        deadline = self.deadline
        if deadline is not None and deadline.expired():
            raise self.deadline_exceeded(self.last_error)
        self.attempt += 1
        client = self.client
        request = build_request(
            client._service,
            self.op,
            self.query,
            self.body,
            base_url=client._base_url,
            user_agent=client._user_agent,
        )
        timeouts = client._timeout.as_dict()
        if deadline is not None:
            timeouts = deadline.timeouts(timeouts)
        request.extensions["timeout"] = timeouts
        return request

    def deadline_exceeded(self, cause: CloudMediaError | None) -> DeadlineExceededError:
        """The error of a call whose deadline passed (``cause``: what the last attempt ran into)."""
        assert self.deadline is not None
        budget = self.deadline.budget
        after = f" after {self.attempt} attempt{'s' if self.attempt != 1 else ''}" if self.attempt else ""
        last = f"; last: {cause.args[0] if cause.args else type(cause).__name__}" if cause is not None else ""
        return DeadlineExceededError(
            f"{self.op.name}: the call's deadline of {budget:g} s passed{after}{last}",
            deadline=budget,
            attempts=self.attempt,
            request_sent=getattr(cause, "request_sent", self.attempt > 0),
            method=getattr(cause, "method", None),
            url=getattr(cause, "url", None),
            cause=getattr(cause, "cause", None),
        )

    def _log(self, request: httpx.Request, status: int | str, sent_at: float) -> None:
        if logger.isEnabledFor(10):
            log_request(request.method, str(request.url), status, (time.perf_counter() - sent_at) * 1000, self.attempt)

    def on_response(self, request: httpx.Request, response: httpx.Response, sent_at: float) -> Any:
        """The parsed :class:`Response`, or the error to retry or raise."""
        self._log(request, response.status_code, sent_at)
        client = self.client
        service = client._service
        family = client._family
        content = response.content
        # Performance: the body is decoded once (the family's classifier decides success or error and returns the
        # decoded body); the model reads it on first use (cloudmedia._runtime.lazymodel).
        headers = response.headers
        data, error = family.classify(service.product, response.status_code, headers, content, self.op)
        if error is not None:
            return error
        assert data is not None
        request_id = family.request_id(headers, data)
        if not content.strip():
            # an empty PDS success (204 No Content) classifies as {}; every operation here documents a body
            return InvalidResponseError(
                http_status=response.status_code,
                request_id=request_id,
                body_excerpt="",
                reason=f"the body is empty; {self.op.name} documents a JSON object",
            )
        try:
            parsed = self.parse(data)
        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            return InvalidResponseError(
                http_status=response.status_code,
                request_id=request_id,
                body_excerpt=content[:200].decode("utf-8", "replace"),
                reason=f"the body does not match the {self.op.name} response model ({type(exc).__name__}: {exc})",
            )
        return Response(
            status_code=_http_status(response.status_code),
            content=content,
            headers=response.headers,
            parsed=parsed,
            request_id=request_id,
            attempts=self.attempt,
        )

    def on_transport_error(self, request: httpx.Request, exc: BaseException, sent_at: float) -> CloudMediaError:
        """The typed error for an httpx failure (the httpx exception is not kept: its request holds credentials).

        A timeout (or the cancellation of an async attempt) once the deadline has passed, or cut short by it, is
        a :class:`DeadlineExceededError`.
        """
        self._log(request, type(exc).__name__, sent_at)
        error = TransportError.from_httpx(exc, method=request.method, url=request.url)
        error = type(error)(
            f"{self.op.name}: {error.args[0]}",
            request_sent=error.request_sent,
            method=error.method,
            url=error.url,
            cause=error.cause,
        )
        deadline = self.deadline
        if deadline is not None and (deadline.expired() or (deadline.hit and isinstance(exc, httpx.TimeoutException))):
            return self.deadline_exceeded(error)
        return error

    def retry_delay(self, error: CloudMediaError) -> float | None:
        """Seconds to wait before the next attempt, or None to raise ``error`` now.

        Raises :class:`DeadlineExceededError` when the next attempt would start after the deadline.
        """
        if isinstance(error, DeadlineExceededError):
            return None
        self.last_error = error
        delay = self.client._retry.delay_for(self.attempt, error, idempotent=self.op.idempotent)
        deadline = self.deadline
        if delay is not None and deadline is not None and deadline.remaining() <= delay:
            raise self.deadline_exceeded(error) from None
        return delay


@lru_cache(maxsize=1)
def _default_ssl_context() -> ssl.SSLContext:
    """httpx's default TLS context (certifi, or ``SSL_CERT_FILE`` / ``SSL_CERT_DIR``), built once per process.

    Building it loads the whole CA bundle (tens of milliseconds); every pool of every client shares this one.
    """
    return httpx.create_ssl_context()


class _Pools:
    """The connection pools (one sync, one async) of a client and of every :meth:`~BaseClient.with_options` copy.

    Created lazily and at most once each, even when several threads make the first call together. A pool given
    by the caller (``http_client`` / ``async_http_client``) is used as is and never closed here.

    An async pool's connections belong to the event loop that opened them: a call from another loop (a second
    ``asyncio.run``, say) gets a fresh async pool instead of failing with "Event loop is closed". The old one
    cannot be closed from the new loop; it is dropped.
    """

    __slots__ = (
        "_async_http",
        "_async_loop",
        "_bounded",
        "_http",
        "_lock",
        "_owns_async_http",
        "_owns_http",
        "_timeout",
    )

    def __init__(self, timeout: httpx.Timeout, http: httpx.Client | None, async_http: httpx.AsyncClient | None) -> None:
        self._timeout = timeout
        self._http = http
        self._async_http = async_http
        self._owns_http = http is None
        self._owns_async_http = async_http is None
        self._async_loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._lock = threading.Lock()
        self._bounded = False

    def sync(self) -> httpx.Client:
        http = self._http
        if http is None or not self._bounded:
            with self._lock:
                if self._http is None:
                    self._http = httpx.Client(
                        timeout=self._timeout, follow_redirects=False, verify=_default_ssl_context()
                    )
                http = self._http
                if not self._bounded:
                    # every connection of the pool obeys a call's deadline (a no-op for calls without one)
                    from .deadline import install

                    install(http)
                    self._bounded = True
        return http

    def async_(self) -> httpx.AsyncClient:
        import asyncio

        try:
            loop: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        http = self._async_http
        if http is None or self._other_loop(loop):
            with self._lock:
                if self._async_http is not None and self._other_loop(loop):
                    self._async_http = None
                if self._async_http is None:
                    self._async_http = httpx.AsyncClient(
                        timeout=self._timeout, follow_redirects=False, verify=_default_ssl_context()
                    )
                    self._async_loop = weakref.ref(loop) if loop is not None else None
                http = self._async_http
        return http

    def _other_loop(self, loop: asyncio.AbstractEventLoop | None) -> bool:
        """Whether the owned async pool was opened on another event loop than ``loop``."""
        if not self._owns_async_http or loop is None or self._async_loop is None:
            return False
        return self._async_loop() is not loop

    def close(self) -> None:
        with self._lock:
            http = self._http
            if self._owns_http:
                self._http = None
        if http is not None and self._owns_http:
            http.close()

    async def aclose(self) -> None:
        import asyncio

        with self._lock:
            http = self._async_http
            stale = self._other_loop(asyncio.get_running_loop())
            if self._owns_async_http:
                self._async_http = None
        if http is not None and self._owns_async_http and not stale:
            await http.aclose()
        self.close()


class BaseClient:
    """What every service client shares: endpoint, credentials, signing, connection pools, retries.

    Arguments common to every client (keyword-only):

    - ``endpoint_url``: send to this URL instead of the resolved endpoint, e.g. ``http://127.0.0.1:8080``
      for the local emulator; the Host actually sent is the one signed.
    - ``timeout``: seconds, or an ``httpx.Timeout``, for each connect, read and write. Default: connect 5 s,
      read 30 s.
    - ``deadline``: seconds for the whole call: connecting, sending, every read, every retry and every wait
      between attempts. When it passes the call raises :class:`~cloudmedia.DeadlineExceededError` (never
      retried). Default: none. For one call, use ``client.with_options(deadline=...)``.
    - ``retry``: a :class:`~cloudmedia.RetryPolicy`; ``RetryPolicy.none()`` for a single attempt.
    - ``http_client`` / ``async_http_client``: bring your own ``httpx`` clients (proxies, TLS, transports);
      the client then does not close them. The network backend of a sync client's pools is wrapped so that a
      deadline bounds its I/O (the wrapper does nothing for calls without one); with a custom transport that has
      no httpcore pool, a deadline still bounds the attempts and the waits between them.
    - ``clock`` / ``nonce``: the signing clock and nonce (tests, reproducible debugging).
    - ``sleep`` / ``async_sleep``: how retries wait (tests).
    """

    _service: ClassVar[ServiceModel]
    _family: ClassVar[WireFamily]

    def __init__(
        self,
        *,
        host: str,
        scheme: str,
        auth: httpx.Auth,
        secrets: object = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
        retry: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
        sleep: Callable[[float], None] | None = None,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        self._base_url = f"{scheme}://{host}"
        self._auth = auth
        # the secrets this client holds are masked by value wherever cloudmedia shows text (errors, logs, CLI)
        remember_secrets(secrets)
        self._timeout = _timeout(timeout)
        self._deadline = _deadline(deadline)
        self._retry = retry if retry is not None else RetryPolicy()
        self._user_agent = _user_agent(self._service)
        self._pools = _Pools(self._timeout, http_client, async_http_client)
        self._owns_pools = True
        self._sleep = sleep or time.sleep
        self._async_sleep = async_sleep

    # ------------------------------------------------------------------------------------------ options

    @property
    def base_url(self) -> str:
        """The scheme and host every request goes to."""
        return self._base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._timeout

    @property
    def retry(self) -> RetryPolicy:
        return self._retry

    @property
    def deadline(self) -> float | None:
        """Seconds a whole call (retries and waits included) may take, or None."""
        return self._deadline

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = _NOT_GIVEN,
        deadline: float | None = _NOT_GIVEN,
        retry: RetryPolicy | None = _NOT_GIVEN,
    ) -> Self:
        """A copy with other call options that shares this client's credentials and connection pools.

        ``client.with_options(deadline=2.0).scan_file(...)`` gives one call its own deadline. The pools (sync
        and async, whenever they are first used) stay the original client's: closing the copy does not close
        them, closing the original does.
        """
        clone = copy.copy(self)
        clone.__dict__.pop("with_raw_response", None)
        clone._owns_pools = False
        if timeout is not _NOT_GIVEN:
            clone._timeout = _timeout(timeout)
        if deadline is not _NOT_GIVEN:
            clone._deadline = _deadline(deadline)
        if retry is not _NOT_GIVEN:
            clone._retry = retry if retry is not None else RetryPolicy()
        return clone

    # ---------------------------------------------------------------------------------------- transport

    def _sync_http(self) -> httpx.Client:
        return self._pools.sync()

    def _async_client(self) -> httpx.AsyncClient:
        return self._pools.async_()

    def _invoke(self, op: OperationModel, kwargs: Mapping[str, Any], parse: Callable[[Any], T]) -> Response[T]:
        call = _Call(self, op, kwargs, parse)
        http = self._sync_http()
        while True:
            request = call.request()
            sent_at = time.perf_counter()
            try:
                if call.deadline is None:
                    response = http.send(request, auth=self._auth)
                else:
                    from .deadline import applied

                    with applied(call.deadline):
                        response = http.send(request, auth=self._auth)
                outcome = call.on_response(request, response, sent_at)
            except httpx.HTTPError as exc:
                outcome = call.on_transport_error(request, exc, sent_at)
            if not isinstance(outcome, CloudMediaError):
                return outcome  # type: ignore[no-any-return]
            delay = call.retry_delay(outcome)
            if delay is None:
                raise outcome
            logger.debug("retrying %s in %.3f s after %s", op.name, delay, type(outcome).__name__)
            self._sleep(delay)

    async def _invoke_async(
        self, op: OperationModel, kwargs: Mapping[str, Any], parse: Callable[[Any], T]
    ) -> Response[T]:
        call = _Call(self, op, kwargs, parse)
        http = self._async_client()
        while True:
            request = call.request()
            sent_at = time.perf_counter()
            try:
                if call.deadline is None:
                    response = await http.send(request, auth=self._auth)
                else:
                    import asyncio

                    async with asyncio.timeout(max(call.deadline.remaining(), 0.0)):
                        response = await http.send(request, auth=self._auth)
                outcome = call.on_response(request, response, sent_at)
            except (httpx.HTTPError, TimeoutError) as exc:
                outcome = call.on_transport_error(request, exc, sent_at)
            if not isinstance(outcome, CloudMediaError):
                return outcome  # type: ignore[no-any-return]
            delay = call.retry_delay(outcome)
            if delay is None:
                raise outcome
            logger.debug("retrying %s in %.3f s after %s", op.name, delay, type(outcome).__name__)
            if self._async_sleep is not None:
                await self._async_sleep(delay)
            else:
                import asyncio

                await asyncio.sleep(delay)

    # ---------------------------------------------------------------------------------------- lifecycle

    def close(self) -> None:
        """Close the sync connection pool this client opened (a ``with_options`` copy closes nothing).

        The async pool needs :meth:`aclose` (or ``async with``).
        """
        if self._owns_pools:
            self._pools.close()

    async def aclose(self) -> None:
        """Close the connection pools this client opened, the async and the sync one."""
        if self._owns_pools:
            await self._pools.aclose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r}, auth={type(self._auth).__name__})"


class RawResponseView:
    """Base of the generated ``*WithRawResponse`` classes."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._client!r})"


def resolve_endpoint(
    service: ServiceModel,
    *,
    endpoint_url: str | None,
    region: str | None,
    network: str,
    domain_id: str | None = None,
) -> tuple[str, str]:
    """``(scheme, host)`` of a client: ``endpoint_url`` when given (else ``CLOUDMEDIA_ENDPOINT_URL_<PACKAGE>``,
    else ``CLOUDMEDIA_ENDPOINT_URL``: :func:`~.settings.resolve_endpoint_url`), else the spec's endpoint rules."""
    endpoint_url = resolve_endpoint_url(service.package, endpoint_url).value
    if endpoint_url:
        return split_endpoint_url(endpoint_url)
    host = resolve_host(service.endpoint, region=region, network=network, domain_id=domain_id)
    return "https", host
