"""The client core every generated service client inherits.

One call goes through one pipeline, the same for sync and async (:class:`_Call` holds every decision;
the two loops only send and sleep):

    validate parameters (before any I/O) -> resolve endpoint -> build the wire request
    -> sign it (an ``httpx.Auth``: every attempt is signed afresh, with a new nonce and date)
    -> send -> map errors -> retry by policy -> parse the body into the generated model.
"""

from __future__ import annotations

import copy
import logging
import ssl
import threading
import time
import weakref
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime
from functools import lru_cache
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

import httpx

from . import __version__
from .credentials import PDS_ENV_ACCESS_TOKEN, resolve_alibaba, resolve_pds_token, resolve_volcengine
from .credentials_types import AccessToken, AlibabaCredentials, VolcengineCredentials
from .endpoints import resolve_host, split_endpoint_url
from .errors import (
    CloudMediaError,
    CredentialsError,
    InvalidResponseError,
    TransportError,
    success_json,
)
from .logs import log_request, logger, redact_url
from .model import OperationModel, ServiceModel
from .retry import RetryPolicy
from .types import Response

if TYPE_CHECKING:
    import asyncio

T = TypeVar("T")

#: Default timeouts: 5 s to connect, 30 s to read (and write, and wait for a pooled connection).
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)

_NOT_GIVEN: Any = object()


class _RedactUrlArguments(logging.Filter):
    """Masks token query parameters in the URLs httpx puts in its own log records.

    httpx logs every request line (``HTTP Request: POST <url> ...``) at INFO on the ``httpx`` logger. With the
    legacy RPC signature the STS ``SecurityToken`` travels in the query, so that line would carry it; this filter
    passes every URL argument through :func:`~.logs.redact_url` (``Signature`` and ``AccessKeyId`` are kept).
    """

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and any(isinstance(a, httpx.URL) for a in args):
            record.args = tuple(redact_url(a) if isinstance(a, httpx.URL) else a for a in args)
        return True


def _install_httpx_log_filter() -> None:
    httpx_logger = logging.getLogger("httpx")
    if not any(isinstance(f, _RedactUrlArguments) for f in httpx_logger.filters):
        httpx_logger.addFilter(_RedactUrlArguments())


_install_httpx_log_filter()


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


def _timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    if value is None:
        return DEFAULT_TIMEOUT
    if isinstance(value, httpx.Timeout):
        return value
    return httpx.Timeout(value, connect=min(float(value), DEFAULT_TIMEOUT.connect or float(value)))


class _Call:
    """The state of one operation call across its attempts."""

    __slots__ = ("attempt", "body", "client", "op", "parse", "query", "started")

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

    def request(self) -> httpx.Request:
        from .wire import build_request

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
        request.extensions["timeout"] = client._timeout.as_dict()
        return request

    def _log(self, request: httpx.Request, status: int | str, sent_at: float) -> None:
        if logger.isEnabledFor(10):
            log_request(request.method, str(request.url), status, (time.perf_counter() - sent_at) * 1000, self.attempt)

    def on_response(self, request: httpx.Request, response: httpx.Response, sent_at: float) -> Any:
        """The parsed :class:`Response`, or the error to retry or raise."""
        self._log(request, response.status_code, sent_at)
        client = self.client
        service = client._service
        content = response.content
        # Performance: the body is decoded once (success_json classifies the response and returns the decoded body:
        # the same decision as error_from_response); the model reads it lazily (cloudmedia._runtime.lazymodel).
        try:
            data: Any = success_json(service.vendor, service.product, response.status_code, response.headers, content)
        except CloudMediaError as error:
            return error.with_traceback(None)
        request_id = _request_id(service, response)
        if not content.strip():
            # success_json accepts an empty PDS success (204 No Content); every operation here documents a body.
            return InvalidResponseError(
                http_status=response.status_code,
                request_id=request_id,
                body_excerpt="",
                reason=f"the body is empty; {self.op.name} documents a JSON object",
            )
        if request_id is None and isinstance(data, dict):
            request_id = _body_request_id(data)
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

    def on_transport_error(self, request: httpx.Request, exc: httpx.HTTPError, sent_at: float) -> CloudMediaError:
        """The typed error for an httpx failure (the httpx exception is not kept: its request holds credentials)."""
        self._log(request, type(exc).__name__, sent_at)
        error = TransportError.from_httpx(exc, method=request.method, url=request.url)
        return type(error)(
            f"{self.op.name}: {error.args[0]}",
            request_sent=error.request_sent,
            method=error.method,
            url=error.url,
            cause=error.cause,
        )

    def retry_delay(self, error: CloudMediaError) -> float | None:
        """Seconds to wait before the next attempt, or None to raise ``error`` now."""
        return self.client._retry.delay_for(self.attempt, error, idempotent=self.op.idempotent)


def _request_id(service: ServiceModel, response: httpx.Response) -> str | None:
    headers = response.headers
    value = headers.get("x-acs-request-id") or headers.get("x-ca-request-id") or headers.get("x-tt-logid")
    return str(value) if value else None


def _body_request_id(data: dict[str, Any]) -> str | None:
    value = data.get("RequestId") or data.get("requestId")
    if value is None:
        metadata = data.get("ResponseMetadata")
        if isinstance(metadata, dict):
            value = metadata.get("RequestId")
    return value if isinstance(value, str) else None


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

    __slots__ = ("_async_http", "_async_loop", "_http", "_lock", "_owns_async_http", "_owns_http", "_timeout")

    def __init__(self, timeout: httpx.Timeout, http: httpx.Client | None, async_http: httpx.AsyncClient | None) -> None:
        self._timeout = timeout
        self._http = http
        self._async_http = async_http
        self._owns_http = http is None
        self._owns_async_http = async_http is None
        self._async_loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._lock = threading.Lock()

    def sync(self) -> httpx.Client:
        http = self._http
        if http is None:
            with self._lock:
                if self._http is None:
                    self._http = httpx.Client(
                        timeout=self._timeout, follow_redirects=False, verify=_default_ssl_context()
                    )
                http = self._http
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
    - ``timeout``: seconds, or an ``httpx.Timeout``. Default: connect 5 s, read 30 s.
    - ``retry``: a :class:`~cloudmedia.RetryPolicy`; ``RetryPolicy.none()`` for a single attempt.
    - ``http_client`` / ``async_http_client``: bring your own ``httpx`` clients (proxies, TLS, transports);
      the client then does not close them.
    - ``clock`` / ``nonce``: the signing clock and nonce (tests, reproducible debugging).
    - ``sleep`` / ``async_sleep``: how retries wait (tests).
    """

    _service: ClassVar[ServiceModel]

    def __init__(
        self,
        *,
        host: str,
        scheme: str,
        auth: httpx.Auth,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
        sleep: Callable[[float], None] | None = None,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        self._base_url = f"{scheme}://{host}"
        self._auth = auth
        self._timeout = _timeout(timeout)
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

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = _NOT_GIVEN,
        retry: RetryPolicy | None = _NOT_GIVEN,
    ) -> Self:
        """A copy with other call options that shares this client's credentials and connection pools.

        The pools (sync and async, whenever they are first used) stay the original client's: closing the copy
        does not close them, closing the original does.
        """
        clone = copy.copy(self)
        clone.__dict__.pop("with_raw_response", None)
        clone._owns_pools = False
        if timeout is not _NOT_GIVEN:
            clone._timeout = _timeout(timeout)
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
                response = await http.send(request, auth=self._auth)
                outcome = call.on_response(request, response, sent_at)
            except httpx.HTTPError as exc:
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


def _endpoint(
    service: ServiceModel,
    *,
    endpoint_url: str | None,
    region: str | None,
    network: str,
    domain_id: str | None = None,
) -> tuple[str, str]:
    if endpoint_url:
        return split_endpoint_url(endpoint_url)
    host = resolve_host(service.endpoint, region=region, network=network, domain_id=domain_id)
    return "https", host


class AlibabaRpcClient(BaseClient):
    """Base of the Alibaba Cloud RPC clients (IMM, VOD, ICE).

    Credentials, first found wins: the ``credentials`` / ``access_key_id`` + ``access_key_secret``
    (+ ``security_token``) arguments, then ``ALIBABA_CLOUD_ACCESS_KEY_ID`` /
    ``ALIBABA_CLOUD_ACCESS_KEY_SECRET`` / ``ALIBABA_CLOUD_SECURITY_TOKEN``, then the
    ``~/.alibabacloud/credentials`` ini file, then the Alibaba Cloud CLI's ``~/.aliyun/config.json``
    (``profile`` picks the profile in either file).

    ``region`` picks the endpoint exactly as the official SDK does (``network="vpc"`` for the VPC
    endpoint). ``signature_algorithm`` is ``"acs3"`` (ACS3-HMAC-SHA256, the default) or
    ``"rpc-hmac-sha1"`` (the legacy ``Signature`` query parameter).
    """

    def __init__(
        self,
        *,
        region: str | None = None,
        access_key_id: str | None = None,
        access_key_secret: str | None = None,
        security_token: str | None = None,
        credentials: AlibabaCredentials | Callable[[], AlibabaCredentials] | None = None,
        profile: str | None = None,
        endpoint_url: str | None = None,
        network: str = "public",
        signature_algorithm: str = "acs3",
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
        clock: Callable[[], datetime] | None = None,
        nonce: Callable[[], str] | None = None,
        sleep: Callable[[float], None] | None = None,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        from .signing.acs3 import AcsV3Signer
        from .signing.rpc_v1 import AcsRpcV1Signer

        service = self._service
        if credentials is None:
            credentials = resolve_alibaba(access_key_id, access_key_secret, security_token, profile=profile)
        signers = {"acs3": AcsV3Signer, "rpc-hmac-sha1": AcsRpcV1Signer}
        if signature_algorithm not in signers or signature_algorithm not in service.signing:
            raise ValueError(
                f"signature_algorithm must be one of {', '.join(s for s in service.signing if s in signers)}; "
                f"got {signature_algorithm!r}"
            )
        region = region or service.endpoint.get("default_region")
        scheme, host = _endpoint(service, endpoint_url=endpoint_url, region=region, network=network)
        self.region = region
        super().__init__(
            host=host,
            scheme=scheme,
            auth=signers[signature_algorithm](credentials, clock=clock, nonce=nonce),
            timeout=timeout,
            retry=retry,
            http_client=http_client,
            async_http_client=async_http_client,
            sleep=sleep,
            async_sleep=async_sleep,
        )


class PdsBaseClient(BaseClient):
    """Base of the Photo and Drive Service client.

    ``domain_id`` picks the endpoint ``{domain_id}.api.aliyunpds.com`` (``network="vpc"``:
    ``{domain_id}.api-vpc.aliyunpds.com``). Authentication, chosen by what you pass: an
    ``access_token`` (user or app token, sent as ``Authorization: Bearer``; also read from
    ``CLOUDMEDIA_PDS_ACCESS_TOKEN``), otherwise an AccessKey pair found as for the other Alibaba
    clients, signed ``Authorization: acs <AccessKeyId>:<signature>``.
    """

    def __init__(
        self,
        *,
        domain_id: str | None = None,
        access_token: str | None = None,
        access_key_id: str | None = None,
        access_key_secret: str | None = None,
        security_token: str | None = None,
        credentials: AlibabaCredentials | Callable[[], AlibabaCredentials] | None = None,
        profile: str | None = None,
        endpoint_url: str | None = None,
        network: str = "public",
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
        clock: Callable[[], datetime] | None = None,
        nonce: Callable[[], str] | None = None,
        sleep: Callable[[float], None] | None = None,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        from .signing.pds import BearerTokenAuth, PdsAcsSigner

        service = self._service
        auth: httpx.Auth
        token: AccessToken | None = None
        if credentials is None and access_key_id is None:
            token = resolve_pds_token(access_token)
        if token is not None:
            auth = BearerTokenAuth(token, clock=clock, nonce=nonce)
        else:
            if credentials is None:
                credentials = _resolve_pds_access_key(access_key_id, access_key_secret, security_token, profile)
            auth = PdsAcsSigner(credentials, clock=clock, nonce=nonce)
        scheme, host = _endpoint(service, endpoint_url=endpoint_url, region=None, network=network, domain_id=domain_id)
        self.domain_id = domain_id
        super().__init__(
            host=host,
            scheme=scheme,
            auth=auth,
            timeout=timeout,
            retry=retry,
            http_client=http_client,
            async_http_client=async_http_client,
            sleep=sleep,
            async_sleep=async_sleep,
        )


def _resolve_pds_access_key(
    access_key_id: str | None, access_key_secret: str | None, security_token: str | None, profile: str | None
) -> AlibabaCredentials:
    """An AccessKey pair for PDS; when there is none, the error also names the access-token sources searched."""
    try:
        return resolve_alibaba(access_key_id, access_key_secret, security_token, profile=profile)
    except CredentialsError as exc:
        if access_key_id or len(exc.looked_in) <= 1:
            raise  # incomplete credentials somewhere: that message is the useful one
        token_places = (
            "the access_token argument (not given)",
            f"environment variable {PDS_ENV_ACCESS_TOKEN} (not set)",
        )
        looked_in = token_places + exc.looked_in
        raise CredentialsError(
            "No PDS credentials found (an access token or an Alibaba Cloud AccessKey pair). Looked in: "
            + "; ".join(looked_in)
            + f". Pass access_token, or access_key_id and access_key_secret, or set {PDS_ENV_ACCESS_TOKEN}.",
            looked_in=looked_in,
            missing=exc.missing,
        ) from None


class VolcengineClient(BaseClient):
    """Base of the Volcengine clients.

    Credentials, first found wins: the ``credentials`` / ``access_key_id`` + ``secret_access_key``
    (+ ``session_token``) arguments, then ``VOLCENGINE_ACCESS_KEY`` / ``VOLCENGINE_SECRET_KEY`` /
    ``VOLCENGINE_SESSION_TOKEN``, then the legacy ``VOLC_ACCESSKEY`` / ``VOLC_SECRETKEY``.
    ``region`` only enters the signature's scope (the endpoint is ``open.volcengineapi.com``).
    """

    def __init__(
        self,
        *,
        region: str | None = None,
        access_key_id: str | None = None,
        secret_access_key: str | None = None,
        session_token: str | None = None,
        credentials: VolcengineCredentials | Callable[[], VolcengineCredentials] | None = None,
        endpoint_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
        clock: Callable[[], datetime] | None = None,
        sleep: Callable[[float], None] | None = None,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        from .signing.volcengine import VolcengineV4Signer

        service = self._service
        if credentials is None:
            credentials = resolve_volcengine(access_key_id, secret_access_key, session_token)
        region = region or service.endpoint.get("default_region")
        if not region:
            raise ValueError("region is required (it is part of the Volcengine signature scope)")
        scheme, host = _endpoint(service, endpoint_url=endpoint_url, region=region, network="public")
        self.region = region
        super().__init__(
            host=host,
            scheme=scheme,
            auth=VolcengineV4Signer(credentials, region=region, service=service.product, clock=clock),
            timeout=timeout,
            retry=retry,
            http_client=http_client,
            async_http_client=async_http_client,
            sleep=sleep,
            async_sleep=async_sleep,
        )
