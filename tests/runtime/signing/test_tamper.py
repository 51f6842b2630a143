"""Tampering: changing any signed byte invalidates the signature (checked the way a server checks it).

A server recomputes the signature from the request it received (with the pure functions, as the emulator does)
and compares it with the one sent. PDS's ``acs`` signature does **not** cover the body: a changed body byte goes
unnoticed, which is documented and asserted here.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator

import httpx
import pytest
from cloudmedia._runtime.signing import acs3, pds, rpc_v1, volcengine
from cloudmedia._runtime.signing._encoding import form_query, parse_query, sha256_hex
from cloudmedia._runtime.wire import build_request

from ._signing_support import (
    ALI_STS,
    CALLS,
    IMM,
    NTA,
    PDS,
    SK,
    VOD,
    VOLC_MOMENT,
    VOLC_SK,
    VOLC_STS,
    fixed_clock,
    fixed_nonce,
    op_of,
)


def _path(request: httpx.Request) -> str:
    return request.url.raw_path.split(b"?")[0].decode()


def acs3_valid(request: httpx.Request) -> bool:
    _, signed, sig = acs3.parse_authorization(request.headers["authorization"])
    if request.headers.get("x-acs-content-sha256") != sha256_hex(request.content):
        return False
    creq = acs3.canonical_request(
        request.method,
        _path(request),
        parse_query(request.url.query),
        request.headers,
        signed,
        sha256_hex(request.content),
    )
    return acs3.signature(SK, acs3.string_to_sign(creq)) == sig


def rpc_valid(request: httpx.Request) -> bool:
    pairs = parse_query(request.url.query)
    return rpc_v1.signature(SK, rpc_v1.string_to_sign(request.method, pairs)) == dict(pairs)["Signature"]


def pds_valid(request: httpx.Request) -> bool:
    _, sig = pds.parse_authorization(request.headers["authorization"])
    sts = pds.string_to_sign(request.method, _path(request), parse_query(request.url.query), request.headers)
    return pds.signature(SK, sts) == sig


def volc_valid(request: httpx.Request) -> bool:
    _, scope, signed, sig = volcengine.parse_authorization(request.headers["authorization"])
    if request.headers.get("x-content-sha256") != sha256_hex(request.content):
        return False
    x_date = request.headers["x-date"]
    region, service = scope.split("/")[1:3]
    creq = volcengine.canonical_request(
        request.method,
        _path(request),
        parse_query(request.url.query),
        request.headers,
        signed,
        sha256_hex(request.content),
    )
    sts = volcengine.string_to_sign(x_date, region, service, creq)
    return volcengine.signature(volcengine.signing_key(VOLC_SK, x_date, region, service), sts) == sig


def _clone(
    request: httpx.Request,
    *,
    url: httpx.URL | None = None,
    headers: httpx.Headers | None = None,
    content: bytes | None = None,
    method: str | None = None,
) -> httpx.Request:
    return httpx.Request(
        method or request.method,
        url or request.url,
        headers=headers if headers is not None else copy.deepcopy(request.headers),
        content=request.content if content is None else content,
    )


def _flip(text: str, i: int) -> str:
    c = text[i]
    return text[:i] + ("B" if c != "B" else "C") + text[i + 1 :]


def _query_variants(request: httpx.Request) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    """Every variant of the query with one character of one key or value changed, and one pair dropped."""
    pairs = parse_query(request.url.query)
    for n, (k, v) in enumerate(pairs):
        for i in range(len(v)):
            changed = [*pairs[:n], (k, _flip(v, i)), *pairs[n + 1 :]]
            yield f"{k}[{i}]", changed
        if not v:
            yield f"{k}=''->'x'", [*pairs[:n], (k, "x"), *pairs[n + 1 :]]
        yield f"{k} key", [*pairs[:n], (_flip(k, 0), v), *pairs[n + 1 :]]
        yield f"drop {k}", [*pairs[:n], *pairs[n + 1 :]]
    yield "extra parameter", [*pairs, ("Injected", "1")]


def _with_query(request: httpx.Request, pairs: list[tuple[str, str]]) -> httpx.Request:
    return _clone(request, url=request.url.copy_with(query=form_query(pairs).encode() or None))


def _header_variants(request: httpx.Request, names: Iterable[str]) -> Iterator[tuple[str, httpx.Request]]:
    for name in names:
        value = request.headers[name]
        for i in range(len(value)):
            headers = copy.deepcopy(request.headers)
            headers[name] = _flip(value, i)
            yield f"{name}[{i}]", _clone(request, headers=headers)


def _body_variants(request: httpx.Request) -> Iterator[tuple[int, httpx.Request]]:
    for i in range(len(request.content)):
        body = bytearray(request.content)
        body[i] = body[i] ^ 0x01
        yield i, _clone(request, content=bytes(body))


# --------------------------------------------------------------------------------------------------------------


@pytest.fixture
def acs3_request() -> httpx.Request:
    query, _ = CALLS["vod"]
    request = build_request(
        VOD, op_of(VOD), query, None, base_url="https://vod.cn-shanghai.aliyuncs.com", user_agent="u"
    )
    acs3.AcsV3Signer(ALI_STS, clock=fixed_clock(), nonce=fixed_nonce()).sign(request)
    assert acs3_valid(request)
    return request


def test_acs3_query(acs3_request: httpx.Request) -> None:
    for label, pairs in _query_variants(acs3_request):
        assert not acs3_valid(_with_query(acs3_request, pairs)), label


def test_acs3_signed_headers(acs3_request: httpx.Request) -> None:
    _, signed, _ = acs3.parse_authorization(acs3_request.headers["authorization"])
    assert set(signed) >= {
        "host",
        "x-acs-action",
        "x-acs-version",
        "x-acs-date",
        "x-acs-signature-nonce",
        "x-acs-content-sha256",
        "x-acs-security-token",
        "x-acs-accesskey-id",
    }
    for label, tampered in _header_variants(acs3_request, signed):
        assert not acs3_valid(tampered), label


def test_acs3_method_and_path(acs3_request: httpx.Request) -> None:
    assert not acs3_valid(_clone(acs3_request, method="GET"))
    assert not acs3_valid(_clone(acs3_request, url=acs3_request.url.copy_with(path="/x")))


def test_acs3_body_bytes() -> None:
    request = httpx.Request(
        "POST",
        "https://imm.cn-hangzhou.aliyuncs.com/?A=1",
        headers={"x-acs-action": "X", "x-acs-version": "2020-09-30", "content-type": "application/json"},
        content='{"k":"vä lue","n":[1,2,3]}'.encode(),
    )
    acs3.AcsV3Signer(ALI_STS, clock=fixed_clock(), nonce=fixed_nonce()).sign(request)
    assert acs3_valid(request)
    for i, tampered in _body_variants(request):
        assert not acs3_valid(tampered), i
    # content-type is signed when present
    _, signed, _ = acs3.parse_authorization(request.headers["authorization"])
    assert "content-type" in signed


def test_acs3_unsigned_headers_do_not_matter(acs3_request: httpx.Request) -> None:
    headers = copy.deepcopy(acs3_request.headers)
    headers["user-agent"] = "something else"
    headers["accept"] = "*/*"
    headers["accept-encoding"] = "gzip"
    assert acs3_valid(_clone(acs3_request, headers=headers))


# --------------------------------------------------------------------------------------------------------------


@pytest.fixture
def rpc_request() -> httpx.Request:
    query, _ = CALLS["imm"]
    request = build_request(
        IMM, op_of(IMM), query, None, base_url="https://imm.cn-hangzhou.aliyuncs.com", user_agent="u"
    )
    rpc_v1.AcsRpcV1Signer(ALI_STS, clock=fixed_clock(), nonce=fixed_nonce()).sign(request)
    assert rpc_valid(request)
    return request


def test_rpc_query_including_protocol_parameters(rpc_request: httpx.Request) -> None:
    checked = 0
    for label, pairs in _query_variants(rpc_request):
        if label.startswith("drop Signature") or (label.startswith("Signature") and "[" in label):
            continue  # changing the signature itself is not a change of signed content
        if label == "Signature key":
            continue
        assert not rpc_valid(_with_query(rpc_request, pairs)), label
        checked += 1
    assert checked > 400


def test_rpc_method_is_signed(rpc_request: httpx.Request) -> None:
    assert not rpc_valid(_clone(rpc_request, method="GET"))


def test_rpc_headers_are_not_signed(rpc_request: httpx.Request) -> None:
    headers = copy.deepcopy(rpc_request.headers)
    headers["x-acs-action"] = "Other"
    assert rpc_valid(_clone(rpc_request, headers=headers))


# --------------------------------------------------------------------------------------------------------------


@pytest.fixture
def pds_request() -> httpx.Request:
    query, body = CALLS["pds"]
    request = build_request(PDS, op_of(PDS), query, body, base_url="https://bj1.api.aliyunpds.com", user_agent="u")
    request.url = request.url.copy_with(query=b"a=1&b=x+y&c=")
    pds.PdsAcsSigner(ALI_STS, clock=fixed_clock(), nonce=fixed_nonce()).sign(request)
    assert pds_valid(request)
    return request


def test_pds_query(pds_request: httpx.Request) -> None:
    for label, pairs in _query_variants(pds_request):
        assert not pds_valid(_with_query(pds_request, pairs)), label


def test_pds_signed_headers(pds_request: httpx.Request) -> None:
    names = [n for n in pds_request.headers if n.startswith("x-acs-")] + ["date", "accept", "content-type"]
    assert "x-acs-security-token" in names
    for label, tampered in _header_variants(pds_request, names):
        assert not pds_valid(tampered), label


def test_pds_method_and_path(pds_request: httpx.Request) -> None:
    assert not pds_valid(_clone(pds_request, method="PUT"))
    assert not pds_valid(_clone(pds_request, url=pds_request.url.copy_with(path="/v2/file/list")))


def test_pds_does_not_sign_the_body(pds_request: httpx.Request) -> None:
    """Documented: the acs signature covers no body byte (and no Content-MD5 is sent)."""
    assert "content-md5" not in pds_request.headers
    for i, tampered in _body_variants(pds_request):
        assert pds_valid(tampered), i
    assert pds_valid(_clone(pds_request, content=b'{"drive_id":"other"}'))


# --------------------------------------------------------------------------------------------------------------


@pytest.fixture
def volc_request() -> httpx.Request:
    request = build_request(
        NTA,
        op_of(NTA),
        {},
        {"SignURL": "https://b.tos/x y+z?a=1&s=%2F"},
        base_url="https://open.volcengineapi.com",
        user_agent="u",
    )
    volcengine.VolcengineV4Signer(VOLC_STS, region="cn-beijing", service="nta", clock=lambda: VOLC_MOMENT).sign(request)
    assert volc_valid(request)
    return request


def test_volcengine_query(volc_request: httpx.Request) -> None:
    for label, pairs in _query_variants(volc_request):
        assert not volc_valid(_with_query(volc_request, pairs)), label


def test_volcengine_signed_headers(volc_request: httpx.Request) -> None:
    _, _, signed, _ = volcengine.parse_authorization(volc_request.headers["authorization"])
    assert signed == ["content-type", "host", "x-content-sha256", "x-date", "x-security-token"]
    for label, tampered in _header_variants(volc_request, signed):
        assert not volc_valid(tampered), label


def test_volcengine_body_bytes(volc_request: httpx.Request) -> None:
    for i, tampered in _body_variants(volc_request):
        assert not volc_valid(tampered), i


def test_volcengine_method_and_path(volc_request: httpx.Request) -> None:
    assert not volc_valid(_clone(volc_request, method="PUT"))
    assert not volc_valid(_clone(volc_request, url=volc_request.url.copy_with(path="/x")))


def test_volcengine_scope_is_signed(volc_request: httpx.Request) -> None:
    value = volc_request.headers["authorization"]
    for old, new in (("/cn-beijing/", "/cn-shanghai/"), ("/nta/", "/iam/")):
        tampered = _clone(volc_request)
        tampered.headers["authorization"] = value.replace(old, new)
        assert not volc_valid(tampered)
