"""Property-based oracle tests: for arbitrary values our signature equals the official SDKs' own computation.

Values mix unicode, spaces, ``+ / = ~ * % & ?``, emoji, empty strings, 100-element arrays and very long strings.
The request is decoded independently (``urllib.parse.parse_qsl``) before being handed to the oracle, so what is
checked is the request as it would be sent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from cloudmedia._runtime.credentials_types import AlibabaCredentials, VolcengineCredentials
from cloudmedia._runtime.signing import acs3
from cloudmedia._runtime.signing._encoding import form_query
from cloudmedia._runtime.signing.acs3 import AcsV3Signer
from cloudmedia._runtime.signing.pds import PdsAcsSigner
from cloudmedia._runtime.signing.rpc_v1 import AcsRpcV1Signer
from cloudmedia._runtime.signing.volcengine import VolcengineV4Signer
from cloudmedia._runtime.wire import build_request
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ._signing_support import (
    AK,
    ICE,
    IMM,
    NTA,
    PDS,
    VOD,
    VOLC_MOMENT,
    fixed_clock,
    fixed_nonce,
    op_of,
    pin_volcengine_sdk,
)

pytestmark = pytest.mark.oracle

PROPERTY_SETTINGS = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)

SPECIALS = [
    " ",
    "+",
    "/",
    "=",
    "~",
    "*",
    "%",
    "&",
    "?",
    "#",
    ";",
    ",",
    '"',
    "\\",
    "'",
    "%20",
    "%zz",
    "😀",
    "🚀",
    "中文",
    "é",
    "\t",
    "\n",
    "\u2028",
    "\x00",
    "-",
    "_",
    ".",
]
CHARS = st.characters(exclude_categories=["Cs"])  # any code point but lone surrogates (not UTF-8 encodable)
TEXT = st.one_of(
    st.text(CHARS, max_size=30),
    st.lists(st.one_of(st.sampled_from(SPECIALS), st.text(CHARS, max_size=3)), max_size=15).map("".join),
    st.just(""),
)
# very long values; at most 4000 characters so a whole RPC query stays under httpx's 64 KiB URL limit
LONG = st.builds(lambda s, n: (s * n)[:4000], st.text(CHARS, min_size=1, max_size=6), st.integers(300, 2000))
VALUE = st.one_of(TEXT, TEXT, LONG)  # for at most one parameter of a call
ARRAY = st.one_of(
    st.lists(TEXT, max_size=8),
    st.lists(st.text(CHARS, max_size=5), min_size=100, max_size=100),
)
ASCII_TOKEN = st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1, max_size=120)
SECRET = st.one_of(st.text(CHARS, min_size=1, max_size=40), ASCII_TOKEN)


def _alibaba(secret: str, token: str | None) -> AlibabaCredentials:
    return AlibabaCredentials(AK, secret, token)


def _decoded_query(request: httpx.Request) -> list[tuple[str, str]]:
    return parse_qsl(request.url.query.decode("ascii"), keep_blank_values=True, strict_parsing=False)


def _rpc_call(draw_service: str, values: dict[str, Any]) -> httpx.Request:
    service = {"imm": IMM, "vod": VOD, "ice": ICE}[draw_service]
    return build_request(service, op_of(service), values, None, base_url="https://x.aliyuncs.com", user_agent="ua")


RPC_CALLS = st.one_of(
    st.fixed_dictionaries(
        {"ProjectName": VALUE, "DatasetName": TEXT, "URIs": ARRAY},
        optional={"WithFields": ARRAY},
    ).map(lambda q: ("imm", q)),
    st.fixed_dictionaries({}, optional={"VideoId": VALUE}).map(lambda q: ("vod", q)),
    st.fixed_dictionaries(
        {"FaceSearchToken": VALUE, "PersonImageUrl": TEXT},
        optional={
            "EntityId": TEXT,
            "MediaType": TEXT,
            "PageNo": st.integers(-(2**40), 2**40),
            "PageSize": st.integers(0, 100),
            "SearchLibName": TEXT,
            "CustomFilters": TEXT,
            "UtcCreate": TEXT,
        },
    ).map(lambda q: ("ice", q)),
)


# always checked, whatever hypothesis draws: 100-element arrays, a very long value, emoji, the special characters
_EDGE_CALLS = [
    ("imm", {"ProjectName": "é" * 4000, "DatasetName": "", "URIs": [f"oss://b/{i} +/=~*%&?😀" for i in range(100)]}),
    ("vod", {"VideoId": " +/=~*%&?😀中 "}),
    ("ice", {"FaceSearchToken": "", "PersonImageUrl": "https://x/a b?c=d&e=f+g", "PageNo": 0, "EntityId": "🚀" * 1000}),
]


def _with_edges(test: Callable[..., None]) -> Callable[..., None]:
    for call in _EDGE_CALLS:
        test = example(call=call, secret="s+/=~ 秘密", token="CAIS+/==")(test)
    return test


@PROPERTY_SETTINGS
@given(call=RPC_CALLS, secret=SECRET, token=st.one_of(st.none(), ASCII_TOKEN))
@_with_edges
def test_acs3_equals_the_sdk(call: tuple[str, dict[str, Any]], secret: str, token: str | None) -> None:
    from alibabacloud_tea_openapi.utils import Utils
    from darabonba.request import DaraRequest

    product, values = call
    request = _rpc_call(product, values)
    AcsV3Signer(_alibaba(secret, token), clock=fixed_clock(), nonce=fixed_nonce()).sign(request)
    query = dict(_decoded_query(request))
    for key, value in values.items():
        expected = (
            Utils.array_to_string_with_specified_style(value, key, "json") if isinstance(value, list) else str(value)
        )
        assert query[key] == expected
    _, signed, _ = acs3.parse_authorization(request.headers["authorization"])
    dara = DaraRequest()
    dara.method, dara.pathname, dara.query = request.method, "/", query
    dara.headers = {n: request.headers[n] for n in signed}
    oracle = Utils.get_authorization(dara, "ACS3-HMAC-SHA256", request.headers["x-acs-content-sha256"], AK, secret)
    assert request.headers["authorization"] == oracle


@PROPERTY_SETTINGS
@given(call=RPC_CALLS, secret=SECRET, token=st.one_of(st.none(), ASCII_TOKEN))
@_with_edges
def test_rpc_v1_equals_the_sdk(call: tuple[str, dict[str, Any]], secret: str, token: str | None) -> None:
    from alibabacloud_tea_openapi.utils import Utils

    product, values = call
    request = _rpc_call(product, values)
    AcsRpcV1Signer(_alibaba(secret, token), clock=fixed_clock(), nonce=fixed_nonce()).sign(request)
    params = dict(_decoded_query(request))
    signature = params.pop("Signature")
    assert Utils.get_rpcsignature(params, "POST", secret) == signature
    assert ("SecurityToken" in params) == bool(token)


QUERY_KEYS = st.text(st.characters(categories=["Lu", "Ll", "Nd"]), min_size=1, max_size=12)


@PROPERTY_SETTINGS
@given(
    body=st.fixed_dictionaries(
        {"drive_id": VALUE}, optional={"limit": st.integers(0, 10**6), "marker": VALUE, "fields": VALUE}
    ),
    query=st.dictionaries(QUERY_KEYS, TEXT, max_size=6),
    extra=st.dictionaries(
        st.text("abcdefghijklmnopqrstuvwxyz-", min_size=1, max_size=10).map(lambda s: "x-acs-" + s),
        st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=30),
        max_size=3,
    ),
    secret=SECRET,
    token=st.one_of(st.none(), ASCII_TOKEN),
)
@example(
    body={"drive_id": "1", "marker": "m+/= ~*中😀" * 500, "limit": 100},
    query={"a": "x y+z/~*%&?😀", "empty": ""},
    extra={"x-acs-extra": "  padded value  "},
    secret="s+/=~ 秘密",
    token="CAIS+/==",
)
def test_pds_equals_the_gateway(
    body: dict[str, Any], query: dict[str, str], extra: dict[str, str], secret: str, token: str | None
) -> None:
    from alibabacloud_gateway_pds.client import Client as PdsGateway

    signer_names = {
        "x-acs-signature-nonce",
        "x-acs-signature-method",
        "x-acs-signature-version",
        "x-acs-security-token",
        "x-acs-bearer-token",
        "x-acs-action",
        "x-acs-version",
    }
    extra = {k: v for k, v in extra.items() if k not in signer_names}
    request = build_request(
        PDS, op_of(PDS), {}, body, base_url="https://bj1.api.aliyunpds.com", user_agent="ua", extra_headers=extra
    )
    if query:
        request.url = request.url.copy_with(query=form_query(query.items()).encode())
    PdsAcsSigner(_alibaba(secret, token), clock=fixed_clock(), nonce=fixed_nonce()).sign(request)
    headers = {k: v for k, v in request.headers.items()}
    oracle = PdsGateway().get_authorization("/v2/file/scan", "POST", dict(_decoded_query(request)), headers, AK, secret)
    assert request.headers["authorization"] == oracle


@pytest.fixture(scope="module")
def pinned_volcengine() -> Iterator[None]:
    mp = pytest.MonkeyPatch()
    pin_volcengine_sdk(mp, VOLC_MOMENT)
    yield
    mp.undo()


@PROPERTY_SETTINGS
@given(
    sign_url=VALUE.filter(bool),
    query=st.dictionaries(QUERY_KEYS.filter(lambda k: k not in ("Action", "Version")), TEXT, max_size=5),
    secret=SECRET,
    token=st.one_of(st.none(), ASCII_TOKEN),
    region=st.sampled_from(["cn-beijing", "cn-shanghai", "ap-southeast-1", "cn-north-1"]),
)
@example(
    sign_url="https://b.tos/样本 目录/a+b~c (1)%20x?X=1&y=🚀&z=100%25" * 30,
    query={"a": "x y+z/~*%&?😀", "empty": ""},
    secret="WmFrZV==",
    token="nChZVYW.fake+session/token==",
    region="cn-beijing",
)
def test_volcengine_equals_the_sdk(
    pinned_volcengine: None, sign_url: str, query: dict[str, str], secret: str, token: str | None, region: str
) -> None:
    from volcenginesdkcore.signv4 import SignerV4

    request = build_request(
        NTA, op_of(NTA), {}, {"SignURL": sign_url}, base_url="https://open.volcengineapi.com", user_agent="ua"
    )
    if query:
        request.url = request.url.copy_with(query=request.url.query + b"&" + form_query(query.items()).encode())
    VolcengineV4Signer(
        VolcengineCredentials("AKLTx", secret, token), region=region, service="nta", clock=lambda: VOLC_MOMENT
    ).sign(request)
    headers = {"Content-Type": request.headers["content-type"], "Host": request.headers["host"]}
    body = request.content.decode("utf-8")
    SignerV4.sign("/", "POST", headers, body, [], _decoded_query(request), "AKLTx", secret, region, "nta", token)
    assert headers["X-Content-Sha256"] == request.headers["x-content-sha256"]
    assert headers["Authorization"] == request.headers["authorization"]
