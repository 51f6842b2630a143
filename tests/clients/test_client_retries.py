"""Retries against injected faults: what is retried, how often, how long the client waits, and that every attempt
is signed afresh. No test sleeps for a backoff: the clients get a recording ``sleep`` / ``async_sleep``."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from cloudmedia import (
    ClientError,
    ConnectError,
    InvalidResponseError,
    RequestTimeoutError,
    RetryPolicy,
    ServerError,
    ServiceError,
    ThrottlingError,
    TransportError,
)

from ._clients_support import (
    AK,
    KINDS,
    SECRET,
    TOKEN,
    FaultServer,
    MakeClient,
    Recorded,
    Reply,
    Sleeps,
    acall,
    call,
    closed_port_url,
    default_policy,
    doc_example,
    error,
    ok,
    raw_call,
    verify_signature,
)

IDEMPOTENT = ("pds", "imm", "vod", "ice")


def assert_fresh_and_signed(kind: str, requests: list[Recorded], **verify: Any) -> None:
    markers = [verify_signature(kind, r, **verify) for r in requests]
    assert len(set(markers)) == len(markers), f"an attempt reused a nonce or date: {markers}"


def ceilings(policy: RetryPolicy, retries: int) -> list[float]:
    return [min(policy.max_delay, policy.base_delay * 2 ** (n - 1)) for n in range(1, retries + 1)]


# --------------------------------------------------------------------------------------- throttling and 5xx


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("status", [429, 503])
def test_429_and_503_are_retried_with_jittered_backoff(
    kind: str, status: int, server: FaultServer, make_client: MakeClient, sleeps: Sleeps
) -> None:
    code = "Throttling" if status == 429 else "ServiceUnavailable"
    server.script(error(kind, status, code), error(kind, status, code), ok(kind))
    response = raw_call(kind, make_client(kind))
    assert response.attempts == 3 and len(server.requests) == 3
    assert response.parsed.to_dict() == doc_example(kind)
    policy = default_policy()
    assert sleeps.delays == [0.5 * c for c in ceilings(policy, 2)] == [0.05, 0.1]
    assert_fresh_and_signed(kind, server.requests)


@pytest.mark.parametrize("kind", KINDS)
def test_alibaba_retry_after_in_milliseconds_is_obeyed(
    kind: str, server: FaultServer, make_client: MakeClient, sleeps: Sleeps
) -> None:
    server.script(
        error(kind, 503, "ServiceUnavailable", headers={"x-acs-retry-after": "1500"}),
        error(kind, 429, "Throttling.User", headers={"x-acs-retry-after": "250"}),
        ok(kind),
    )
    response = raw_call(kind, make_client(kind))
    assert response.attempts == 3
    assert sleeps.delays == [1.5, 0.25]
    assert_fresh_and_signed(kind, server.requests)


@pytest.mark.parametrize("kind", KINDS)
def test_http_retry_after_in_seconds_is_obeyed_and_capped(
    kind: str, server: FaultServer, make_client: MakeClient, sleeps: Sleeps
) -> None:
    server.script(
        error(kind, 429, "TooManyRequests", headers={"Retry-After": "3"}),
        error(kind, 503, "ServiceUnavailable", headers={"Retry-After": "120"}),
        ok(kind),
    )
    client = make_client(kind, retry=default_policy(max_delay=10))
    assert raw_call(kind, client).attempts == 3
    assert sleeps.delays == [3.0, 10.0], "a server delay wins over the backoff but is capped at max_delay"


@pytest.mark.parametrize("kind", KINDS)
def test_throttling_exhausts_attempts_and_raises_typed_error(
    kind: str, server: FaultServer, make_client: MakeClient, sleeps: Sleeps
) -> None:
    replies = [
        error(kind, 429, "Throttling.User", "Request was denied due to user flow control.", f"REQ-T{i}")
        for i in range(4)
    ]
    server.script(*replies)
    client = make_client(kind, retry=default_policy(max_attempts=4, base_delay=1.0, max_delay=3.0))
    with pytest.raises(ThrottlingError) as info:
        call(kind, client)
    err = info.value
    assert len(server.requests) == 4
    assert err.http_status == 429 and err.code == "Throttling.User"
    assert err.message == "Request was denied due to user flow control."
    assert err.request_id == "REQ-T3", "the error is the last attempt's"
    # full jitter with random() = 0.5 under ceilings 1, 2, 3 (capped)
    assert sleeps.delays == [0.5, 1.0, 1.5]
    assert sum(sleeps.delays) <= sum(ceilings(client.retry, 3))
    assert_fresh_and_signed(kind, server.requests)


@pytest.mark.parametrize("kind", ("imm", "vod", "ice"))
def test_alibaba_throttling_code_on_http_400_is_retried(
    kind: str, server: FaultServer, make_client: MakeClient, sleeps: Sleeps
) -> None:
    server.script(error(kind, 400, "Throttling.Api", "Request was denied due to api flow control."), ok(kind))
    assert raw_call(kind, make_client(kind)).attempts == 2
    assert len(sleeps.delays) == 1


def test_full_jitter_spans_zero_to_the_ceiling(server: FaultServer, make_client: MakeClient, sleeps: Sleeps) -> None:
    draws = iter([0.0, 0.999999, 0.25, 0.75])
    policy = RetryPolicy(max_attempts=5, base_delay=0.2, max_delay=0.5, random=lambda: next(draws))
    server.script(*(error("imm", 500, "InternalError") for _ in range(4)), ok("imm"))
    assert raw_call("imm", make_client("imm", retry=policy)).attempts == 5
    caps = ceilings(policy, 4)
    assert caps == [0.2, 0.4, 0.5, 0.5]
    assert sleeps.delays == pytest.approx([0.0, 0.4 * 0.999999, 0.125, 0.375])
    assert all(0 <= d <= c for d, c in zip(sleeps.delays, caps))


@pytest.mark.parametrize("kind", IDEMPOTENT)
def test_500_is_retried_for_idempotent_operations_and_fields_survive(
    kind: str, server: FaultServer, make_client: MakeClient, sleeps: Sleeps
) -> None:
    server.script(
        *(error(kind, 500, "InternalError", "The request processing has failed.", "REQ-500") for _ in range(3))
    )
    with pytest.raises(ServerError) as info:
        call(kind, make_client(kind))
    err = info.value
    assert len(server.requests) == 3 and len(sleeps.delays) == 2
    assert (err.code, err.message, err.request_id, err.http_status) == (
        "InternalError",
        "The request processing has failed.",
        "REQ-500",
        500,
    )
    if kind == "pds":
        assert err.host_id is None and err.recommend is None
        assert err.raw_body == b'{"code": "InternalError", "message": "The request processing has failed."}'
    else:
        assert err.host_id == f"{kind}.cn-hangzhou.aliyuncs.com"
        assert err.recommend is not None and err.recommend.startswith(
            "https://next.api.aliyun.com/troubleshoot?q=InternalError"
        )
        assert b'"Code": "InternalError"' in err.raw_body
    assert str(err) == "InternalError: The request processing has failed. (HTTP 500, request id REQ-500)"


def test_pds_lower_case_error_and_ca_request_id(server: FaultServer, make_client: MakeClient) -> None:
    server.script(error("pds", 404, "NotFound.Drive", "drive 1 cannot be found", request_id="CA-REQ-9"))
    with pytest.raises(ClientError) as info:
        call("pds", make_client("pds"))
    err = info.value
    assert (err.code, err.message, err.request_id, err.http_status) == (
        "NotFound.Drive",
        "drive 1 cannot be found",
        "CA-REQ-9",
        404,
    )
    assert len(server.requests) == 1, "a 4xx is not retried"


def test_client_errors_are_not_retried(server: FaultServer, make_client: MakeClient, sleeps: Sleeps) -> None:
    server.script(error("imm", 400, "InvalidArgument", "The parameter ProjectName is required but not provided."))
    with pytest.raises(ClientError) as info:
        call("imm", make_client("imm"))
    assert info.value.code == "InvalidArgument" and len(server.requests) == 1 and sleeps.delays == []


# ------------------------------------------------------------------------------------------ transport faults


@pytest.mark.parametrize("kind", IDEMPOTENT)
def test_connection_reset_is_retried_for_idempotent_operations(
    kind: str, server: FaultServer, make_client: MakeClient, sleeps: Sleeps
) -> None:
    server.script(Reply(action="reset"), Reply(action="close"), ok(kind))
    response = raw_call(kind, make_client(kind))
    assert response.attempts == 3 and len(server.requests) == 3
    assert server.connections == 3, "a broken connection is not reused"
    assert_fresh_and_signed(kind, server.requests)


def test_connection_reset_exhausted_raises_transport_error(server: FaultServer, make_client: MakeClient) -> None:
    server.script(*(Reply(action="reset") for _ in range(3)))
    with pytest.raises(TransportError) as info:
        call("pds", make_client("pds"))
    err = info.value
    assert err.request_sent is True and err.method == "POST"
    assert (
        err.url is not None and err.url.endswith("/v2/file/scan") and err.cause in ("ReadError", "RemoteProtocolError")
    )
    assert "ScanFile" in str(err)
    assert err.__cause__ is None and err.__context__ is None, "the httpx error (and its signed request) is not kept"


@pytest.mark.parametrize("kind", IDEMPOTENT)
def test_read_timeout_is_retried_for_idempotent_operations(
    kind: str, server: FaultServer, make_client: MakeClient, sleeps: Sleeps
) -> None:
    server.script(Reply(200, doc_example(kind), delay=0.5), ok(kind))
    client = make_client(kind, timeout=0.15)
    response = raw_call(kind, client)
    assert response.attempts == 2 and len(sleeps.delays) == 1
    assert_fresh_and_signed(kind, server.requests)


def test_read_timeout_exhausted_raises_request_timeout(server: FaultServer, make_client: MakeClient) -> None:
    server.script(Reply(200, doc_example("ice"), delay=0.4), Reply(200, doc_example("ice"), delay=0.4))
    client = make_client("ice", timeout=0.1, retry=default_policy(max_attempts=2))
    with pytest.raises(RequestTimeoutError) as info:
        call("ice", client)
    assert info.value.request_sent is True and info.value.cause == "ReadTimeout"
    assert len(server.requests) == 2


@pytest.mark.parametrize("kind", KINDS)
def test_connect_errors_are_retried_and_raised_as_connect_error(
    kind: str, make_client: MakeClient, sleeps: Sleeps
) -> None:
    client = make_client(kind, endpoint_url=closed_port_url())
    with pytest.raises(ConnectError) as info:
        call(kind, client)
    assert info.value.request_sent is False
    assert sleeps.delays == [0.05, 0.1], "three attempts, also for the non-idempotent operation"


# ------------------------------------------------------------------------------------------ bodies that lie


@pytest.mark.parametrize("kind", IDEMPOTENT)
def test_html_gateway_page_is_a_typed_error_with_a_short_excerpt(
    kind: str, server: FaultServer, make_client: MakeClient, sleeps: Sleeps
) -> None:
    page = "<html><head><title>502 Bad Gateway</title></head><body>" + "x" * 5000 + "</body></html>"
    html = Reply(502, page, {"Content-Type": "text/html"})
    server.script(html, html, html)
    with pytest.raises(InvalidResponseError) as info:
        call(kind, make_client(kind))
    err = info.value
    assert err.http_status == 502 and len(server.requests) == 3, "a gateway 502 is transient: retried"
    assert err.body_excerpt.startswith("<html><head><title>502 Bad Gateway")
    assert len(err.body_excerpt) <= 200 and len(str(err)) < 600


@pytest.mark.parametrize("kind", KINDS)
def test_truncated_json_is_an_invalid_response_and_not_retried(
    kind: str, server: FaultServer, make_client: MakeClient, sleeps: Sleeps
) -> None:
    body = Reply(body=doc_example(kind)).payload()[:37]
    server.script(Reply(200, body, {"x-acs-request-id": "REQ-TRUNC", "x-ca-request-id": "REQ-TRUNC"}))
    with pytest.raises(InvalidResponseError) as info:
        call(kind, make_client(kind))
    err = info.value
    assert err.http_status == 200 and "not valid JSON" in err.reason
    assert err.body_excerpt == body.decode()
    if kind != "nta":
        assert err.request_id == "REQ-TRUNC"
    assert len(server.requests) == 1 and sleeps.delays == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("body", ["[]", '"text"', "null", "42"])
def test_a_non_object_top_level_is_an_invalid_response(
    kind: str, body: str, server: FaultServer, make_client: MakeClient
) -> None:
    server.script(Reply(200, body))
    with pytest.raises(InvalidResponseError) as info:
        call(kind, make_client(kind))
    assert info.value.http_status == 200 and len(server.requests) == 1


def test_volcengine_error_inside_http_200_is_a_client_error(
    server: FaultServer, make_client: MakeClient, sleeps: Sleeps
) -> None:
    server.script(error("nta", 200, "InvalidParameter", "The specified parameter SignURL is invalid.", "VOLC-REQ-1"))
    with pytest.raises(ClientError) as info:
        call("nta", make_client("nta"))
    err = info.value
    assert (err.code, err.message, err.request_id, err.http_status) == (
        "InvalidParameter",
        "The specified parameter SignURL is invalid.",
        "VOLC-REQ-1",
        200,
    )
    assert len(server.requests) == 1 and sleeps.delays == []


def test_a_status_without_a_name_is_kept_as_a_number(server: FaultServer, make_client: MakeClient) -> None:
    server.script(ok("pds", headers={}), Reply(299, doc_example("pds"), {"x-ca-request-id": "r"}))
    client = make_client("pds")
    raw_call("pds", client)
    response = raw_call("pds", client)
    assert response.status_code == 299 and response.parsed.to_dict() == doc_example("pds")


# ---------------------------------------------------------------- the non-idempotent CreateFileDetection


def test_create_file_detection_500_is_not_retried(server: FaultServer, make_client: MakeClient, sleeps: Sleeps) -> None:
    server.script(error("nta", 500, "InternalError"), ok("nta"))
    with pytest.raises(ServerError) as info:
        call("nta", make_client("nta"))
    assert info.value.code == "InternalError" and info.value.request_id == "REQ-ERR-1"
    assert len(server.requests) == 1 and sleeps.delays == []


@pytest.mark.parametrize("status,code", [(503, "ServiceUnavailable"), (429, "FlowLimitExceeded")])
def test_create_file_detection_503_and_429_are_retried(
    status: int, code: str, server: FaultServer, make_client: MakeClient, sleeps: Sleeps
) -> None:
    server.script(error("nta", status, code), ok("nta"))
    response = raw_call("nta", make_client("nta"))
    assert response.attempts == 2 and len(sleeps.delays) == 1
    assert_fresh_and_signed("nta", server.requests)
    assert server.requests[0].body == server.requests[1].body


def test_create_file_detection_read_timeout_is_not_retried(
    server: FaultServer, make_client: MakeClient, sleeps: Sleeps
) -> None:
    server.script(Reply(200, doc_example("nta"), delay=0.4), ok("nta"))
    with pytest.raises(RequestTimeoutError) as info:
        call("nta", make_client("nta", timeout=0.1))
    assert info.value.request_sent is True
    assert len(server.requests) == 1 and sleeps.delays == []


def test_create_file_detection_reset_and_html_500_are_not_retried(
    server: FaultServer, make_client: MakeClient, sleeps: Sleeps
) -> None:
    client = make_client("nta")
    server.script(Reply(action="reset"))
    with pytest.raises(TransportError):
        call("nta", client)
    server.script(Reply(500, "<html>oops</html>", {"Content-Type": "text/html"}))
    with pytest.raises(InvalidResponseError):
        call("nta", client)
    assert len(server.requests) == 2 and sleeps.delays == []
    server.script(Reply(503, "<html>busy</html>", {"Content-Type": "text/html"}), ok("nta"))
    assert raw_call("nta", client).attempts == 2, "an HTML 503 still says 'not processed'"


# ----------------------------------------------------------------------------------------------- async twins


@pytest.mark.parametrize("kind", KINDS)
def test_async_retries_use_the_async_sleep_and_resign(
    kind: str, server: FaultServer, make_client: MakeClient, sleeps: Sleeps
) -> None:
    server.script(
        error(kind, 429, "Throttling", headers={"Retry-After": "2"}),
        error(kind, 503, "ServiceUnavailable"),
        ok(kind),
    )
    client = make_client(kind)

    async def main() -> Any:
        async with client:
            return await acall(kind, client)

    assert asyncio.run(main()).to_dict() == doc_example(kind)
    assert sleeps.delays == [2.0, 0.1]
    assert_fresh_and_signed(kind, server.requests)


def test_async_non_idempotent_rules_match_sync(server: FaultServer, make_client: MakeClient, sleeps: Sleeps) -> None:
    client = make_client("nta")
    server.script(error("nta", 500, "InternalError"), error("nta", 503, "ServiceUnavailable"), ok("nta"))

    async def main() -> Any:
        async with client:
            with pytest.raises(ServerError):
                await acall("nta", client)
            return await acall("nta", client)

    assert asyncio.run(main()).result.query_key
    assert len(server.requests) == 3 and len(sleeps.delays) == 1


def test_async_connect_error_is_retried(make_client: MakeClient, sleeps: Sleeps) -> None:
    client = make_client("nta", endpoint_url=closed_port_url())

    async def main() -> None:
        async with client:
            await acall("nta", client)

    with pytest.raises(ConnectError):
        asyncio.run(main())
    assert len(sleeps.delays) == 2


# ------------------------------------------------------------------------------- signing variants on retry


def test_rpc_hmac_sha1_with_sts_token_is_resigned_on_retry(server: FaultServer, make_client: MakeClient) -> None:
    server.script(error("ice", 503, "ServiceUnavailable"), ok("ice"))
    client = make_client("ice", security_token=TOKEN, signature_algorithm="rpc-hmac-sha1")
    assert raw_call("ice", client).attempts == 2
    assert_fresh_and_signed("ice", server.requests, rpc_v1_signed=True)
    assert all(r.query["SecurityToken"] == TOKEN for r in server.requests)


def test_acs3_with_sts_token_signs_the_token_header(server: FaultServer, make_client: MakeClient) -> None:
    server.script(error("imm", 503, "ServiceUnavailable"), ok("imm"))
    client = make_client("imm", security_token=TOKEN)
    assert raw_call("imm", client).attempts == 2
    assert_fresh_and_signed("imm", server.requests)
    for r in server.requests:
        assert r.header("x-acs-security-token") == TOKEN
        assert "x-acs-security-token" in (r.header("authorization") or "")


def test_credentials_provider_is_called_for_every_attempt(server: FaultServer, make_client: MakeClient) -> None:
    from cloudmedia import AlibabaCredentials

    secrets = iter(["first-secret", "second-secret"])
    issued = []

    def provider() -> AlibabaCredentials:
        creds = AlibabaCredentials(AK, next(secrets))
        issued.append(creds)
        return creds

    server.script(error("vod", 503, "ServiceUnavailable"), ok("vod"))
    client = make_client("vod", credentials=provider, access_key_id=None, access_key_secret=None)
    raw_call("vod", client)
    first, second = server.requests
    verify_signature("vod", first, secret="first-secret")
    verify_signature("vod", second, secret="second-secret")
    assert len(issued) == 2
    with pytest.raises(AssertionError):
        verify_signature("vod", second, secret=SECRET)


def test_service_error_is_a_service_error(server: FaultServer, make_client: MakeClient) -> None:
    server.script(error("vod", 403, "Forbidden.RAM", "denied"))
    with pytest.raises(ServiceError):
        call("vod", make_client("vod"))
