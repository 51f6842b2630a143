"""Retry decisions and backoff delays."""

from __future__ import annotations

import dataclasses
import json

import pytest
from cloudmedia._runtime import retry as retry_module
from cloudmedia._runtime.errors import (
    ClientError,
    ConnectError,
    ConnectTimeoutError,
    CredentialsError,
    InvalidResponseError,
    ParamValidationError,
    RequestTimeoutError,
    ServerError,
    ThrottlingError,
    TransportError,
    error_from_response,
)
from cloudmedia._runtime.retry import RetryPolicy, is_retryable, server_retry_after


def fixed(value: float):
    calls = []

    def rnd() -> float:
        calls.append(value)
        return value

    rnd.calls = calls  # type: ignore[attr-defined]
    return rnd


def server(status: int = 500, **kw) -> ServerError:
    return ServerError("InternalError", "boom", "r", status, **kw)


# --------------------------------------------------------------------------------------------------- defaults


def test_defaults():
    p = RetryPolicy()
    assert (p.max_attempts, p.base_delay, p.max_delay) == (3, 0.1, 20.0)
    assert p.retry_on_status == (429, 500, 502, 503, 504)


def test_policy_is_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        RetryPolicy().max_attempts = 5  # type: ignore[misc]


@pytest.mark.parametrize(
    "kwargs", [{"max_attempts": 0}, {"max_attempts": True}, {"base_delay": -1}, {"max_delay": -0.1}]
)
def test_invalid_settings_are_rejected(kwargs):
    with pytest.raises(ValueError):
        RetryPolicy(**kwargs)


def test_none_is_a_single_attempt():
    p = RetryPolicy.none()
    assert p.max_attempts == 1
    assert p.delay_for(1, server(503), idempotent=True) is None
    assert p.delay_for(1, ThrottlingError("Throttling", "x", None, 400, retry_after=1.0), idempotent=True) is None


# ---------------------------------------------------------------------------------------------------- backoff


def test_full_jitter_exponential_backoff_with_injected_random():
    p = RetryPolicy(max_attempts=10, base_delay=0.1, max_delay=20.0, random=fixed(0.5))
    delays = [p.delay_for(n, server(), idempotent=True) for n in range(1, 6)]
    assert delays == pytest.approx([0.05, 0.1, 0.2, 0.4, 0.8])


def test_jitter_spans_zero_to_the_ceiling():
    assert RetryPolicy(base_delay=1.0, random=fixed(0.0)).delay_for(2, server(), idempotent=True) == 0.0
    almost = RetryPolicy(base_delay=1.0, random=fixed(0.999999)).delay_for(2, server(), idempotent=True)
    assert 1.99 < almost < 2.0


def test_backoff_is_capped_by_max_delay():
    p = RetryPolicy(max_attempts=100, base_delay=1.0, max_delay=5.0, random=fixed(1.0))
    assert p.delay_for(10, server(), idempotent=True) == 5.0
    assert p.delay_for(99, server(), idempotent=True) == 5.0  # no overflow for large attempts


def test_real_random_stays_within_bounds():
    p = RetryPolicy(max_attempts=5, base_delay=0.1)
    for _ in range(200):
        d = p.delay_for(3, server(), idempotent=True)
        assert 0.0 <= d <= 0.4


def test_attempts_exhausted():
    p = RetryPolicy(max_attempts=3, random=fixed(0.5))
    assert p.delay_for(1, server(), idempotent=True) is not None
    assert p.delay_for(2, server(), idempotent=True) is not None
    assert p.delay_for(3, server(), idempotent=True) is None
    assert p.delay_for(4, server(), idempotent=True) is None


# ------------------------------------------------------------------------------------------ server retry-after


def test_throttling_retry_after_wins_over_backoff():
    rnd = fixed(0.5)
    p = RetryPolicy(random=rnd)
    err = ThrottlingError("Throttling.User", "slow down", "r", 400, retry_after=1.5)
    assert p.delay_for(1, err, idempotent=True) == 1.5
    assert p.delay_for(1, err, idempotent=False) == 1.5
    assert rnd.calls == []  # no jitter applied to a server-given delay


def test_retry_after_is_capped_by_max_delay():
    err = ThrottlingError("Throttling", "x", None, 429, retry_after=3600.0)
    assert RetryPolicy(max_delay=20.0).delay_for(1, err, idempotent=True) == 20.0


def test_retry_after_header_on_a_server_error():
    err = server(503, headers={"Retry-After": "4"})
    assert RetryPolicy(random=fixed(0.5)).delay_for(1, err, idempotent=True) == 4.0
    assert server_retry_after(err) == 4.0


def test_x_acs_retry_after_milliseconds_end_to_end():
    err = error_from_response(
        "rpc",
        "imm",
        503,
        {"x-acs-retry-after": "2500"},
        json.dumps({"Code": "ServiceUnavailable", "Message": "m"}).encode(),
    )
    assert RetryPolicy(random=fixed(0.5)).delay_for(1, err, idempotent=True) == pytest.approx(2.5)


def test_retry_after_on_an_html_503():
    err = error_from_response("rpc", "imm", 503, {"Retry-After": "2"}, b"<html>Service Unavailable</html>")
    assert isinstance(err, InvalidResponseError)
    assert RetryPolicy().delay_for(1, err, idempotent=False) == 2.0


# ------------------------------------------------------------------------------------------------- what retries

CASES = [
    # error, retryable when idempotent, retryable when not idempotent
    (ThrottlingError("Throttling", "x", None, 400), True, True),
    (ThrottlingError("TooMany", "x", None, 429), True, True),
    (server(500), True, False),
    (server(502), True, False),
    (server(503), True, True),
    (server(504), True, False),
    (server(501), False, False),
    (ClientError("InvalidParameter", "x", None, 400), False, False),
    (ClientError("QuotaExceeded", "x", None, 200, code_n=100015), False, False),
    (ConnectError("refused"), True, True),
    (ConnectTimeoutError("connect timed out"), True, True),
    (TransportError("pool", request_sent=False), True, True),
    (RequestTimeoutError("read timed out", request_sent=True), True, False),
    (TransportError("connection reset", request_sent=True), True, False),
    (InvalidResponseError(502, None, "<html>", "not JSON"), True, False),
    (InvalidResponseError(503, None, "<html>", "not JSON"), True, True),
    (InvalidResponseError(200, None, '{"a', "truncated"), False, False),
    (ParamValidationError("Op", "a", "A", "type", 1, "must be a string"), False, False),
    (CredentialsError("none"), False, False),
    (ValueError("not ours"), False, False),
]


@pytest.mark.parametrize(
    ("error", "idem", "non_idem"), CASES, ids=lambda x: type(x).__name__ if isinstance(x, Exception) else str(x)
)
def test_is_retryable_matrix(error, idem, non_idem):
    assert is_retryable(error, idempotent=True) is idem
    assert is_retryable(error, idempotent=False) is non_idem
    p = RetryPolicy(random=fixed(0.5))
    assert p.is_retryable(error, idempotent=True) is idem
    assert (p.delay_for(1, error, idempotent=True) is not None) is idem
    assert (p.delay_for(1, error, idempotent=False) is not None) is non_idem


def test_non_idempotent_read_timeout_is_not_repeated():
    # The request may have run on the server: a duplicate side effect is worse than an error.
    p = RetryPolicy(max_attempts=5)
    assert p.delay_for(1, RequestTimeoutError("read", request_sent=True), idempotent=False) is None
    assert p.delay_for(1, server(500), idempotent=False) is None


def test_delay_for_defaults_to_idempotent_rules():
    assert RetryPolicy(random=fixed(0.5)).delay_for(1, server(500)) == pytest.approx(0.05)


def test_custom_retry_on_status():
    p = RetryPolicy(retry_on_status=(500,), random=fixed(0.5))
    assert p.delay_for(1, server(500), idempotent=True) is not None
    assert p.delay_for(1, server(502), idempotent=True) is None
    # Throttling does not depend on the status list.
    assert p.delay_for(1, ThrottlingError("Throttling", "x", None, 400), idempotent=True) is not None


def test_module_docstring_documents_the_non_idempotent_choice():
    doc = retry_module.__doc__ or ""
    assert "Non-idempotent" in doc and "request_sent" in doc and "full jitter" in doc
