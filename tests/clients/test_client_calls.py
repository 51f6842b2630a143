"""Every client, sync and async, against the documented responses; connection pools, options, raw responses."""

from __future__ import annotations

import asyncio
import logging
from http import HTTPStatus
from typing import Any

import cloudmedia
import httpx
import pytest
from cloudmedia import RequestTimeoutError, RetryPolicy, ServerError

from ._clients_support import (
    KINDS,
    FaultServer,
    MakeClient,
    Reply,
    Sleeps,
    acall,
    call,
    doc_example,
    error,
    ok,
    raw_acall,
    raw_call,
    verify_signature,
)

pytestmark = pytest.mark.parametrize("kind", KINDS)


def test_sync_call_parses_the_documented_response(kind: str, server: FaultServer, make_client: MakeClient) -> None:
    server.script(ok(kind))
    client = make_client(kind)
    parsed = call(kind, client)
    assert parsed.to_dict() == doc_example(kind)
    assert parsed.additional_properties == {}
    (request,) = server.requests
    verify_signature(kind, request)


def test_async_call_parses_the_documented_response(kind: str, server: FaultServer, make_client: MakeClient) -> None:
    server.script(ok(kind))
    client = make_client(kind)

    async def main() -> Any:
        try:
            return await acall(kind, client)
        finally:
            await client.aclose()

    parsed = asyncio.run(main())
    assert parsed.to_dict() == doc_example(kind)
    (request,) = server.requests
    verify_signature(kind, request)


def test_sync_and_async_send_the_same_request(kind: str, server: FaultServer, make_client: MakeClient) -> None:
    server.script(ok(kind), ok(kind))
    call(kind, make_client(kind))
    client = make_client(kind)

    async def main() -> None:
        async with client:
            await acall(kind, client)

    asyncio.run(main())
    first, second = server.requests
    assert (first.method, first.path, first.body) == (second.method, second.path, second.body)
    assert first.query == second.query  # ACS3 / Volcengine: the query holds no per-attempt values
    names = {k.lower() for k, _ in first.headers} - {"x-acs-signature-nonce", "x-acs-date", "date", "x-date"}
    assert names <= {k.lower() for k, _ in second.headers}


def test_raw_response_carries_the_http_layer(kind: str, server: FaultServer, make_client: MakeClient) -> None:
    server.script(error(kind, 503, "ServiceUnavailable"), ok(kind, request_id="REQ-RAW-7", headers={"X-Extra": "1"}))
    client = make_client(kind)
    response = raw_call(kind, client)
    assert response.status_code == HTTPStatus.OK
    assert response.attempts == 2
    assert response.headers["x-extra"] == "1"
    expected_id = doc_example("nta")["ResponseMetadata"]["RequestId"] if kind == "nta" else "REQ-RAW-7"
    assert response.request_id == expected_id
    assert response.parsed.to_dict() == doc_example(kind)
    assert response.content == server_body(kind)


def server_body(kind: str) -> bytes:
    return Reply(body=doc_example(kind)).payload()


def test_async_raw_response(kind: str, server: FaultServer, make_client: MakeClient) -> None:
    server.script(ok(kind, request_id="REQ-ARAW"))
    client = make_client(kind)

    async def main() -> Any:
        async with client:
            return await raw_acall(kind, client)

    response = asyncio.run(main())
    assert response.status_code == 200 and response.attempts == 1
    if kind != "nta":
        assert response.request_id == "REQ-ARAW"


def test_one_connection_serves_every_sync_call(kind: str, server: FaultServer, make_client: MakeClient) -> None:
    server.script(*(ok(kind) for _ in range(4)))
    with make_client(kind) as client:
        for _ in range(4):
            call(kind, client)
        http = client._sync_http()
        assert not http.is_closed
    assert http.is_closed, "leaving the with block closes the pool"
    assert server.connections == 1
    assert len({r.connection for r in server.requests}) == 1


def test_one_connection_serves_every_async_call(kind: str, server: FaultServer, make_client: MakeClient) -> None:
    server.script(*(ok(kind) for _ in range(4)))
    client = make_client(kind)

    async def main() -> Any:
        async with client:
            for _ in range(4):
                await acall(kind, client)
            return client._async_client()

    http = asyncio.run(main())
    assert http.is_closed, "leaving the async with block closes the pool"
    assert server.connections == 1


def test_with_options_shares_the_pools_and_overrides_per_call(
    kind: str, server: FaultServer, make_client: MakeClient, sleeps: Sleeps
) -> None:
    client = make_client(kind)
    quick = client.with_options(timeout=0.2, retry=RetryPolicy.none())
    assert quick.timeout.read == 0.2 and client.timeout.read == 30
    assert quick.retry.max_attempts == 1 and client.retry.max_attempts == 3

    # the copy times out and does not retry; the original, with its own options, waits and retries
    server.script(Reply(200, doc_example(kind), delay=0.5))
    with pytest.raises(RequestTimeoutError):
        call(kind, quick)
    assert len(server.requests) == 1
    server.script(error(kind, 500, "InternalError"), ok(kind))
    if kind == "nta":  # not idempotent: a 500 is not retried
        with pytest.raises(ServerError):
            call(kind, client)
    else:
        assert call(kind, client).to_dict() == doc_example(kind)
    assert quick._sync_http() is client._sync_http()

    # closing the copy leaves the shared pool open; closing the original closes it
    quick.close()
    assert not client._sync_http().is_closed
    http = client._sync_http()
    client.close()
    assert http.is_closed


def test_with_options_shares_the_async_pool_too(kind: str, server: FaultServer, make_client: MakeClient) -> None:
    server.script(ok(kind), ok(kind))
    client = make_client(kind)
    copy = client.with_options(timeout=7)

    async def main() -> Any:
        await acall(kind, copy)
        await acall(kind, client)
        assert copy._async_client() is client._async_client()
        http = client._async_client()
        await copy.aclose()
        assert not http.is_closed
        await client.aclose()
        return http

    assert asyncio.run(main()).is_closed
    assert server.connections == 1


def test_default_timeouts_and_user_agent(kind: str, server: FaultServer, make_client: MakeClient) -> None:
    seen = []
    http = httpx.Client(
        verify=False, event_hooks={"request": [lambda request: seen.append(request.extensions["timeout"])]}
    )
    server.script(ok(kind))
    client = make_client(kind, http_client=http)
    assert client.timeout.connect == 5.0 and client.timeout.read == 30.0
    call(kind, client)
    assert seen == [{"connect": 5.0, "read": 30.0, "write": 30.0, "pool": 30.0}]
    ua = server.requests[0].header("user-agent")
    assert ua is not None and ua.startswith(f"cloudmedia/{cloudmedia.__version__} ")
    client.close()
    assert not http.is_closed, "a pool the caller brought is not closed by the client"
    http.close()


def test_a_timeout_number_sets_read_and_caps_connect(kind: str, make_client: MakeClient) -> None:
    client = make_client(kind, timeout=60)
    assert client.timeout.read == 60 and client.timeout.connect == 5
    assert make_client(kind, timeout=2).timeout.connect == 2
    custom = httpx.Timeout(3, connect=1)
    assert make_client(kind, timeout=custom).timeout is custom


def test_requests_are_logged_at_debug_with_timing(
    kind: str, server: FaultServer, make_client: MakeClient, caplog: pytest.LogCaptureFixture
) -> None:
    server.script(error(kind, 503, "ServiceUnavailable"), ok(kind))
    caplog.set_level(logging.DEBUG, logger="cloudmedia")
    call(kind, make_client(kind))
    lines = [r.getMessage() for r in caplog.records if r.name == "cloudmedia"]
    assert any("-> 503 in" in m and "(attempt 1)" in m and m.startswith("POST http://127.0.0.1:") for m in lines)
    assert any("-> 200 in" in m and "(attempt 2)" in m for m in lines)
    assert any(m.startswith("retrying ") for m in lines)
    assert all(r.levelno == logging.DEBUG for r in caplog.records if r.name == "cloudmedia")


def test_client_repr_names_the_endpoint_only(kind: str, server: FaultServer, make_client: MakeClient) -> None:
    client = make_client(kind)
    text = repr(client)
    assert server.url in text and type(client).__name__ in text
    assert repr(client.with_raw_response).startswith(type(client).__name__ + "WithRawResponse(")


def test_the_async_pool_follows_the_event_loop(kind: str, server: FaultServer, make_client: MakeClient) -> None:
    """Two ``asyncio.run`` calls with one client: the second loop gets its own pool instead of a dead one."""
    server.script(ok(kind), ok(kind))
    client = make_client(kind)
    first = asyncio.run(acall(kind, client))
    second = asyncio.run(acall(kind, client))
    assert first.to_dict() == second.to_dict() == doc_example(kind)
    asyncio.run(client.aclose())
    assert server.connections == 2
