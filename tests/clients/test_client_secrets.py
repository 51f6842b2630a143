"""No secret, session token or bearer token in any repr, str, exception or log line (every logger, at DEBUG).

Clients are built with distinctive secrets, then made to succeed and to fail in every way (service error echoing
the token back, validation error, connection refused, read timeout, HTML page, pagination loop); everything a
user could print or log is collected and searched. The access-key id is not a secret and may appear.
"""

from __future__ import annotations

import asyncio
import logging
import pickle
import traceback

import pytest
from _clients_support import (
    AK,
    BEARER,
    KINDS,
    SECRET,
    SECRETS,
    TOKEN,
    Reply,
    acall,
    call,
    closed_port_url,
    default_policy,
    doc_example,
    error,
    ok,
    raw_call,
)
from cloudmedia import AccessToken, AlibabaCredentials, CloudMediaError, VolcengineCredentials
from cloudmedia.ice import IceClient
from cloudmedia.imm import ImmClient
from cloudmedia.nta import NtaClient
from cloudmedia.pds import PdsClient
from cloudmedia.vod import VodClient

ECHO = {
    # what a gateway may quote back in a signature-mismatch message
    "pds": f"x-acs-security-token:{TOKEN}",
    "imm": f"server string to sign is:POST&%2F&AccessKeyId%3D{AK}%26SecurityToken%3D{TOKEN}%26Version",
    "vod": f"SecurityToken={TOKEN}&SignatureMethod=HMAC-SHA1",
    "ice": f"x-acs-security-token:{TOKEN}",
    "nta": f"X-Security-Token: {TOKEN}",
}


def texts_of(obj) -> list[str]:
    out = [repr(obj), str(obj)]
    if hasattr(obj, "__dict__"):
        out.append(repr(vars(obj)))
    if isinstance(obj, BaseException):
        out.append(repr(obj.args))
        out.append("".join(traceback.format_exception(obj)))
        out.append(pickle.dumps(obj).decode("latin-1"))
        for attr in ("raw_body", "body_excerpt", "message", "url", "headers"):
            if hasattr(obj, attr):
                out.append(repr(getattr(obj, attr)))
    return out


def assert_clean(collected: list[str]) -> None:
    for text in collected:
        for secret in SECRETS:
            assert secret not in text, f"secret {secret[:12]}... leaked in: {text[:300]!r}"


def exercise(kind, client, server, errors) -> list:
    """Success, service error with an echoed token, validation error, HTML page: return the raised errors."""
    responses = []
    server.script(ok(kind))
    responses.append(raw_call(kind, client))
    server.script(error(kind, 400, "SignatureDoesNotMatch", f"Specified signature is not matched. {ECHO[kind]}"))
    with pytest.raises(CloudMediaError) as info:
        call(kind, client)
    errors.append(info.value)
    bad = {
        "pds": {"limit": 0},
        "imm": {"uris": []},
        "vod": {"video_id": None},
        "ice": {"page_size": 51},
        "nta": {"sign_url": ""},
    }
    with pytest.raises(CloudMediaError) as info:
        call(kind, client, **bad[kind])
    errors.append(info.value)
    server.script(Reply(400, f"<html>bad request {ECHO[kind]}</html>", {"Content-Type": "text/html"}))
    with pytest.raises(CloudMediaError) as info:
        call(kind, client)
    errors.append(info.value)
    return responses


def make(kind, server, sleeps, **overrides):
    common = {"endpoint_url": server.url, "sleep": sleeps.sync, "async_sleep": sleeps.async_}
    common.update(overrides)
    if kind == "nta":
        return NtaClient(access_key_id=AK, secret_access_key=SECRET, session_token=TOKEN, **common)
    cls = {"pds": PdsClient, "imm": ImmClient, "vod": VodClient, "ice": IceClient}[kind]
    extra = {"domain_id": "d1"} if kind == "pds" else {}
    if kind == "vod":
        extra["signature_algorithm"] = "rpc-hmac-sha1"  # the token travels in the query
    return cls(access_key_id=AK, access_key_secret=SECRET, security_token=TOKEN, **extra, **common)


@pytest.mark.parametrize("kind", KINDS)
def test_no_secret_anywhere(kind, server, sleeps, caplog):
    caplog.set_level(logging.DEBUG)  # every logger: cloudmedia, httpx, httpcore
    collected: list[str] = []
    errors: list[BaseException] = []
    client = make(kind, server, sleeps)
    with client:
        responses = exercise(kind, client, server, errors)
        copy = client.with_options(timeout=0.1)
        server.script(Reply(200, doc_example(kind), delay=0.3), Reply(200, doc_example(kind), delay=0.3), ok(kind))
        try:
            call(kind, copy)
        except CloudMediaError as exc:
            errors.append(exc)
        collected += texts_of(copy) + texts_of(client.with_raw_response)
    refused = make(kind, server, sleeps, endpoint_url=closed_port_url())
    with pytest.raises(CloudMediaError) as info:
        call(kind, refused)
    errors.append(info.value)

    for obj in (client, refused, client._auth, *responses):
        collected += texts_of(obj)
    for exc in errors:
        collected += texts_of(exc)
    collected.append(caplog.text)
    collected += [repr(r.args) for r in caplog.records]
    assert len(errors) >= 4
    assert any(r.name == "httpx" for r in caplog.records), "the httpx request line was captured too"
    assert_clean(collected)
    # the echoed token was there to be found, and was masked
    service_error = errors[0]
    assert "***" in service_error.message


def test_no_secret_in_async_calls_and_pds_bearer_logs(server, sleeps, caplog):
    caplog.set_level(logging.DEBUG)
    collected: list[str] = []
    client = PdsClient(domain_id="d1", endpoint_url=server.url, access_token=BEARER, async_sleep=sleeps.async_)

    async def main():
        async with client:
            server.script(ok("pds"))
            await acall("pds", client)
            server.script(error("pds", 401, "InvalidParameter.Token", f"AccessToken={BEARER} is expired"))
            try:
                await acall("pds", client)
            except CloudMediaError as exc:
                collected.extend(texts_of(exc))

    asyncio.run(main())
    assert server.requests[0].header("authorization") == f"Bearer {BEARER}"
    collected += texts_of(client) + texts_of(client._auth) + [caplog.text]
    assert_clean(collected)


def test_credential_objects_hide_their_secrets():
    objects = [
        AlibabaCredentials(AK, SECRET, TOKEN),
        VolcengineCredentials(AK, SECRET, TOKEN),
        AccessToken(BEARER),
    ]
    collected = []
    for obj in objects:
        collected += [repr(obj), str(obj), f"{obj}", f"{obj!r}"]
    assert_clean(collected)
    assert AK in repr(objects[0])


# --------------------------------------------------------------------------------------------------------------
# Masking by value: whatever the shape of the echo, the secrets a client holds never reach the user.


def _echoes(secret: str) -> dict[str, str]:
    """Shapes in which a service, a gateway or a proxy may quote a secret back."""
    from urllib.parse import quote, quote_plus

    return {
        "alone": f"has expired: {secret}",
        "alone, whole message": secret,
        "in brackets": f"token [{secret}] rejected",
        "url-encoded": f"token={quote(secret, safe='')} rejected",
        "form-encoded": f"q={quote_plus(secret)}",
        "url-encoded twice": f"string to sign: GET&%2F&Token%3D{quote(quote(secret, safe=''), safe='')}",
        "lower-case hex": f"echo {quote(secret, safe='').lower()}",
        "json-escaped solidus": '{"t": "' + secret.replace("/", "\\/") + '"}',
        "html": f"<p>invalid credential <b>{secret}</b></p>",
    }


#: Secrets with the characters that change under encoding (``+ / =`` and ``~``), as STS tokens have.
STS_TOKEN = "CAIS+AuditTok/xyz==Secret~Value"
ALI_SECRET = "aLiSeCrEt/With+Plus=Eq"
VOLC_SECRET = "VoLcSeCrEt/Key+Base64=="
VOLC_SESSION = "nChVolcSession+Token/Value=="
PDS_BEARER = "eyJhbGciOi.BeArEr+Tok/en=="


def _value_clients(kind: str, url: str) -> tuple[object, tuple[str, ...]]:
    if kind == "imm":
        return ImmClient(access_key_id=AK, access_key_secret=ALI_SECRET, security_token=STS_TOKEN, endpoint_url=url), (
            ALI_SECRET,
            STS_TOKEN,
        )
    if kind == "pds":
        return PdsClient(domain_id="d1", access_token=PDS_BEARER, endpoint_url=url), (PDS_BEARER,)
    return NtaClient(access_key_id=AK, secret_access_key=VOLC_SECRET, session_token=VOLC_SESSION, endpoint_url=url), (
        VOLC_SECRET,
        VOLC_SESSION,
    )


def _forms(secret: str) -> list[str]:
    from urllib.parse import quote, quote_plus

    once = quote(secret, safe="")
    return [secret, once, once.lower(), quote_plus(secret), quote(once, safe=""), secret.replace("/", "\\/")]


@pytest.mark.parametrize("kind", ["imm", "pds", "nta"])
@pytest.mark.parametrize("shape", list(_echoes("x")))
def test_echoed_secret_is_masked_by_value(kind, shape, server, caplog):
    """A 4xx that echoes a secret the client holds, in any shape, shows none of it: str(), repr(), every
    attribute, the pickled error, the traceback and the log."""
    caplog.set_level(logging.DEBUG)
    client, secrets = _value_clients(kind, server.url)
    collected: list[str] = []
    with client:
        for secret in secrets:
            echo = _echoes(secret)[shape]
            server.script(error(kind, 400, "InvalidToken", echo, headers={"x-echo": echo}))
            with pytest.raises(CloudMediaError) as info:
                call(kind, client)
            collected += texts_of(info.value)
            assert "***" in str(info.value)
            server.script(Reply(502, f"<html>{echo}</html>", {"Content-Type": "text/html"}))
            with pytest.raises(CloudMediaError) as info:
                call(kind, client.with_options(retry=default_policy(max_attempts=1)))
            collected += texts_of(info.value)
    collected.append(caplog.text)
    for text in collected:
        for secret in secrets:
            for form in _forms(secret):
                assert form.lower() not in text.lower(), f"{form!r} leaked in {text[:300]!r}"


def test_values_from_a_credentials_provider_are_masked(server):
    """Credentials a provider returns are registered when a request is signed with them."""
    fresh = "ProViDeDsEcReTtOkEn+/="
    client = ImmClient(
        credentials=lambda: AlibabaCredentials(AK, "provided-secret-value", fresh), endpoint_url=server.url
    )
    with client:
        server.script(error("imm", 400, "InvalidSecurityToken.Expired", f"Specified token {fresh} is expired"))
        with pytest.raises(CloudMediaError) as info:
            call("imm", client)
    assert fresh not in str(info.value) and fresh not in repr(info.value.raw_body)
    assert "Specified token *** is expired" in str(info.value)


def test_access_key_id_is_not_masked(server):
    """As in botocore, the AccessKey id is an identifier, not a secret: it stays visible for debugging."""
    client = ImmClient(access_key_id=AK, access_key_secret=ALI_SECRET, endpoint_url=server.url)
    with client:
        server.script(error("imm", 404, "InvalidAccessKeyId.NotFound", f"Specified access key {AK} is not found."))
        with pytest.raises(CloudMediaError) as info:
            call("imm", client)
    assert AK in str(info.value)
