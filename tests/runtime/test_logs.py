"""Logging and redaction: what may and may not appear in logs and messages."""

from __future__ import annotations

import logging

import httpx
import pytest
from cloudmedia._runtime.logs import MASK, log_request, logger, redact_headers, redact_text, redact_url

TOKEN = "CAISsessionTOKEN+abc/def=="


def test_logger_is_the_cloudmedia_logger_and_silent_by_default() -> None:
    assert logger is logging.getLogger("cloudmedia")
    assert any(isinstance(h, logging.NullHandler) for h in logger.handlers)


# ----------------------------------------------------------------------------------------------------- headers


@pytest.mark.parametrize(
    "name", ["x-acs-security-token", "X-Acs-Security-Token", "x-acs-bearer-token", "X-Security-Token"]
)
def test_token_headers_are_masked_and_names_keep_their_case(name: str) -> None:
    out = redact_headers({name: TOKEN, "x-acs-action": "BatchGetFileMeta"})
    assert out == {name: MASK, "x-acs-action": "BatchGetFileMeta"}


def test_acs3_authorization_keeps_its_public_parts() -> None:
    value = (
        "ACS3-HMAC-SHA256 Credential=LTAI5tExample,"
        "SignedHeaders=host;x-acs-action;x-acs-date,Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"
    )
    assert redact_headers({"Authorization": value}) == {"Authorization": value}


def test_volcengine_authorization_keeps_its_public_parts() -> None:
    value = (
        "HMAC-SHA256 Credential=AKLTexample/20240730/cn-beijing/nta/request, "
        "SignedHeaders=content-type;host;x-content-sha256;x-date, Signature=abc123"
    )
    assert redact_headers({"authorization": value}) == {"authorization": value}


def test_pds_acs_authorization_is_kept() -> None:
    value = "acs LTAI5tExample:kRA2cnpJVacIhDMzXnoNZG9tDCI="
    assert redact_headers({"Authorization": value})["Authorization"] == value


def test_unknown_parameters_of_an_hmac_authorization_are_masked() -> None:
    value = f"ACS3-HMAC-SHA256 Credential=LTAI,Token={TOKEN},Signature=abc"
    out = redact_headers({"Authorization": value})["Authorization"]
    assert TOKEN not in out
    assert out == "ACS3-HMAC-SHA256 Credential=LTAI,Token=***,Signature=abc"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (f"Bearer {TOKEN}", "Bearer ***"),
        ("Basic dXNlcjpwYXNz", "Basic ***"),
        (f"Custom {TOKEN}", "Custom ***"),
        (TOKEN, "***"),
    ],
)
def test_token_authorizations_are_masked(value: str, expected: str) -> None:
    assert redact_headers({"Authorization": value}) == {"Authorization": expected}


def test_accepts_httpx_headers_and_pairs_and_does_not_mutate() -> None:
    original = {"Authorization": f"Bearer {TOKEN}", "x-acs-bearer-token": TOKEN, "Host": "h"}
    out = redact_headers(httpx.Headers(original))
    assert TOKEN not in repr(out) and out["host"] == "h"
    assert redact_headers(list(original.items()))["x-acs-bearer-token"] == MASK
    assert original["x-acs-bearer-token"] == TOKEN


# -------------------------------------------------------------------------------------------------------- URLs


def test_rpc_url_masks_security_token_but_keeps_signature() -> None:
    url = f"https://imm.cn-hangzhou.aliyuncs.com/?AccessKeyId=STS.x&Action=BatchGetFileMeta&SecurityToken={TOKEN}&Signature=Zm9v%3D"
    out = redact_url(url)
    assert TOKEN not in out
    assert "SecurityToken=***" in out
    assert "Signature=Zm9v%3D" in out and "AccessKeyId=STS.x" in out


@pytest.mark.parametrize("key", ["BearerToken", "bearertoken", "AccessToken", "access_token", "X-Security-Token"])
def test_other_token_parameters_are_masked(key: str) -> None:
    assert redact_url(f"https://h/p?{key}={TOKEN}&a=1") == f"https://h/p?{key}=***&a=1"


def test_url_without_secrets_is_unchanged() -> None:
    url = "https://open.volcengineapi.com/?Action=CreateFileDetection&Version=2024-07-30"
    assert redact_url(url) == url
    assert redact_url(httpx.URL(url)) == url


def test_url_password_is_masked() -> None:
    assert redact_url("http://user:hunter2@proxy:8080/x") == "http://user:***@proxy:8080/x"


# -------------------------------------------------------------------------------------------------------- text


@pytest.mark.parametrize(
    "text",
    [
        f"server string to sign is:POST&%2F&AccessKeyId%3DSTS.x%26SecurityToken%3D{TOKEN}%26Version%3D1",
        f'{{"SecurityToken": "{TOKEN}"}}',
        f"x-acs-security-token:{TOKEN}\nx-acs-version:1",
        f"url: https://h/?SecurityToken={TOKEN}&a=b",
    ],
)
def test_redact_text_masks_echoed_tokens(text: str) -> None:
    out = redact_text(text)
    assert TOKEN not in out and "CAISsession" not in out
    assert MASK in out


def test_redact_text_leaves_ordinary_text_alone() -> None:
    text = "The specified parameter URIs is invalid. AccessKeyId LTAI5t is fine"
    assert redact_text(text) == text


# ---------------------------------------------------------------------------------------------- log_request


def test_log_request_at_debug_is_redacted(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="cloudmedia")
    log_request("POST", f"https://imm.cn-hangzhou.aliyuncs.com/?Action=X&SecurityToken={TOKEN}", 200, 12.345, 1)
    assert len(caplog.records) == 1
    record = caplog.records[0]
    assert record.levelno == logging.DEBUG and record.name == "cloudmedia"
    message = record.getMessage()
    assert (
        message == "POST https://imm.cn-hangzhou.aliyuncs.com/?Action=X&SecurityToken=*** -> 200 in 12.3 ms (attempt 1)"
    )


def test_log_request_without_response(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="cloudmedia")
    log_request("GET", "https://h/", None, 5.0, 2, error="ConnectError")
    log_request("GET", "https://h/", "ReadTimeout", 5.0, 3)
    messages = [r.getMessage() for r in caplog.records]
    assert messages == [
        "GET https://h/ -> no response (ConnectError) in 5.0 ms (attempt 2)",
        "GET https://h/ -> no response (ReadTimeout) in 5.0 ms (attempt 3)",
    ]


def test_log_request_is_silent_above_debug(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="cloudmedia")
    log_request("POST", "https://h/", 200, 1.0, 1)
    assert caplog.records == []
