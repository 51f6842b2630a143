"""The shared encoding helpers: wire vs canonical encodings, query parsing, URL construction, time formats."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import parse_qsl, quote, urlencode

import httpx
import pytest
from cloudmedia._runtime.signing import _encoding as enc
from hypothesis import given, settings
from hypothesis import strategies as st

CHARS = st.characters(exclude_categories=["Cs"])
PAIRS = st.lists(st.tuples(st.text(CHARS, max_size=10), st.text(CHARS, max_size=30)), max_size=8)


@settings(max_examples=300, deadline=None)
@given(PAIRS)
def test_form_query_is_urlencode_and_parse_query_inverts_it(pairs: list[tuple[str, str]]) -> None:
    text = enc.form_query(pairs)
    assert text == urlencode(pairs)
    assert enc.parse_query(text) == pairs
    assert enc.parse_query(text.encode()) == pairs
    assert parse_qsl(text, keep_blank_values=True) == pairs


@settings(max_examples=300, deadline=None)
@given(st.text(CHARS, max_size=40))
def test_canonical_encoding_is_the_wire_encoding_with_percent_20(value: str) -> None:
    assert enc.rfc3986(value) == quote(value, safe="~") == quote(value, safe="-_.~")
    assert enc.rfc3986(value) == enc.form_encode(value).replace("+", "%20")


def test_parse_query_details() -> None:
    assert enc.parse_query(b"") == []
    assert enc.parse_query("a&b=&=c&&d=1+2%2B3") == [("a", ""), ("b", ""), ("", "c"), ("d", "1 2+3")]


HOSTS = st.one_of(
    st.sampled_from(
        ["imm.cn-hangzhou.aliyuncs.com", "127.0.0.1", "localhost", "bj1.api.aliyunpds.com", "Open.Example.COM"]
    ),
    st.from_regex(r"[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?(\.[a-z0-9]{1,5}){0,3}", fullmatch=True),
)


@settings(max_examples=300, deadline=None)
@given(
    scheme=st.sampled_from(["http", "https"]),
    host=HOSTS,
    port=st.one_of(st.none(), st.sampled_from([80, 443, 8080, 18080, 1])),
    path=st.sampled_from(["/", "/v2/file/scan", "/a%2Fb", "/x.y/z~_-"]),
    query=st.one_of(st.none(), PAIRS.map(enc.form_query)),
)
def test_make_url_equals_httpx_parsing(scheme: str, host: str, port: int | None, path: str, query: str | None) -> None:
    netloc = host if port is None else f"{host}:{port}"
    try:
        theirs = httpx.URL(f"{scheme}://{netloc}{path}" + ("" if query is None else f"?{query}"))
    except httpx.InvalidURL:  # e.g. an invalid IPv4-style host: ours must refuse it too
        with pytest.raises(httpx.InvalidURL):
            enc.make_url(scheme, netloc, path, query)
        return
    ours = enc.make_url(scheme, netloc, path, query)
    for attr in ("scheme", "host", "port", "netloc", "raw_path", "path", "query", "fragment"):
        assert getattr(ours, attr) == getattr(theirs, attr), attr
    assert str(ours) == str(theirs)
    request = httpx.Request("POST", ours)
    assert request.headers["host"] == theirs.netloc.decode()


def test_make_url_falls_back_to_httpx_for_anything_unusual() -> None:
    assert enc._FAST_URLS, "the shortcut should be active with the pinned httpx"
    for args in [
        ("https", "[::1]:8443", "/", "a=b"),
        ("https", "h", "/a b", None),
        ("https", "h", "/a/../b", None),
        ("https", "h", "/", "a=%zz"),
        ("https", "h", "/", "a=b c"),
        ("https", "bücher.example", "/", None),
    ]:
        assert enc._fast_url(*args) is None
        assert str(enc.make_url(*args)) == str(
            httpx.URL(f"{args[0]}://{args[1]}{args[2]}" + (f"?{args[3]}" if args[3] is not None else ""))
        )
    assert enc._fast_url("https", "999.1.1.1", "/", None) is None
    with pytest.raises(httpx.InvalidURL):
        enc.make_url("https", "999.1.1.1", "/", None)
    with pytest.raises(httpx.InvalidURL):
        enc.make_url("https", "h", "/", "a=" + "b" * 70000)


def test_time_formats() -> None:
    moment = datetime(2024, 2, 29, 23, 59, 59, 999000, tzinfo=UTC)
    assert enc.iso8601(moment) == "2024-02-29T23:59:59Z"
    assert enc.basic_iso8601(moment) == "20240229T235959Z"
    assert enc.rfc1123(moment) == "Thu, 29 Feb 2024 23:59:59 GMT"
    from email.utils import format_datetime

    for day in range(1, 13):
        m = datetime(2025, day, day, 1, 2, 3, tzinfo=UTC)
        assert enc.rfc1123(m) == format_datetime(m, usegmt=True)


def test_resolve_credentials() -> None:
    from cloudmedia._runtime.credentials_types import AccessToken

    token = AccessToken("t")
    assert enc.resolve_credentials(token, AccessToken, "S") is token
    assert enc.resolve_credentials(lambda: token, AccessToken, "S") is token
    with pytest.raises(TypeError, match="S needs AccessToken, got str"):
        enc.resolve_credentials(lambda: "t", AccessToken, "S")
