"""The wire format: what build_request puts on the wire, before signing, compared with the official SDKs."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from cloudmedia._runtime.model import BODY, QUERY, OperationModel, ParamModel, ServiceModel
from cloudmedia._runtime.wire import build_request, query_value

UA = "cloudmedia/0.1.0"


def _p(
    wire: str, python: str, location: str, schema: dict[str, Any] | None = None, required: bool = False
) -> ParamModel:
    return ParamModel(
        wire=wire, python=python, location=location, required=required, schema=schema or {"type": "string"}
    )


def _const(value: str) -> dict[str, Any]:
    return {"type": "string", "const": value, "default": value}


IMM_OP = OperationModel(
    name="BatchGetFileMeta",
    action="BatchGetFileMeta",
    style="rpc",
    method="POST",
    path="/",
    idempotent=True,
    params=(
        _p("Action", "action", QUERY, _const("BatchGetFileMeta"), True),
        _p("Version", "version", QUERY, _const("2020-09-30"), True),
        _p("ProjectName", "project_name", QUERY, required=True),
        _p("DatasetName", "dataset_name", QUERY, required=True),
        _p("URIs", "uris", QUERY, {"type": "array", "items": {"type": "string"}}, True),
        _p("WithFields", "with_fields", QUERY, {"type": "array", "items": {"type": "string"}}),
    ),
    python_name="batch_get_file_meta",
)
IMM = ServiceModel(
    vendor="alibaba",
    product="imm",
    package="imm",
    client="ImmClient",
    version="2020-09-30",
    title="Intelligent Media Management",
    signing=("acs3", "rpc-hmac-sha1"),
    endpoint={"host_template": "imm.{region}.aliyuncs.com"},
    operations={"BatchGetFileMeta": IMM_OP},
)
ICE_OP = OperationModel(
    name="SearchMediaByFace",
    action="SearchMediaByFace",
    style="rpc",
    method="POST",
    path="/#SearchMediaByFace",  # the spec's path key; the wire path is "/"
    idempotent=True,
    params=(
        _p("FaceSearchToken", "face_search_token", QUERY, required=True),
        _p("PersonImageUrl", "person_image_url", QUERY, required=True),
        _p("PageNo", "page_no", QUERY, {"type": "integer"}),
        _p("PageSize", "page_size", QUERY, {"type": "integer"}),
        _p("EntityId", "entity_id", QUERY),
        _p("MediaType", "media_type", QUERY),
        _p("SearchLibName", "search_lib_name", QUERY),
    ),
)
ICE = ServiceModel(
    vendor="alibaba",
    product="ice",
    package="ice",
    client="IceClient",
    version="2020-11-09",
    title="Intelligent Cloud Editing",
    signing=("acs3", "rpc-hmac-sha1"),
    endpoint={},
    operations={"SearchMediaByFace": ICE_OP},
)
SCAN_FILE = OperationModel(
    name="ScanFile",
    action="ScanFile",
    style="roa",
    method="POST",
    path="/v2/file/scan",
    idempotent=True,
    params=(
        _p("drive_id", "drive_id", BODY, required=True),
        _p("limit", "limit", BODY, {"type": "integer"}),
        _p("marker", "marker", BODY),
        _p("fields", "fields", BODY),
    ),
)
PDS = ServiceModel(
    vendor="alibaba",
    product="pds",
    package="pds",
    client="PdsClient",
    version="2022-03-01",
    title="Drive and Photo Service",
    signing=("pds-hmac-sha1", "bearer"),
    endpoint={},
    operations={"ScanFile": SCAN_FILE},
)
NTA_OP = OperationModel(
    name="CreateFileDetection",
    action="CreateFileDetection",
    style="volcengine",
    method="POST",
    path="/",
    idempotent=False,
    params=(
        _p("Action", "action", QUERY, _const("CreateFileDetection"), True),
        _p("Version", "version", QUERY, _const("2024-07-30"), True),
        _p("SignURL", "sign_url", BODY, required=True),
    ),
)
NTA = ServiceModel(
    vendor="volcengine",
    product="nta",
    package="nta",
    client="NtaClient",
    version="2024-07-30",
    title="Network Threat Analysis",
    signing=("volc-hmac-sha256",),
    endpoint={"host": "open.volcengineapi.com"},
    operations={"CreateFileDetection": NTA_OP},
)


# --------------------------------------------------------------------------------------------------------------
# RPC


def test_rpc_request_shape() -> None:
    request = build_request(
        IMM,
        IMM_OP,
        {"ProjectName": "p", "DatasetName": "d s", "URIs": ["oss://b/k 1", "oss://b/中"], "Action": "BatchGetFileMeta"},
        None,
        base_url="https://imm.cn-hangzhou.aliyuncs.com",
        user_agent=UA,
    )
    assert request.method == "POST"
    assert str(request.url) == (
        "https://imm.cn-hangzhou.aliyuncs.com/?DatasetName=d+s&ProjectName=p"
        "&URIs=%5B%22oss%3A%2F%2Fb%2Fk+1%22%2C%22oss%3A%2F%2Fb%2F%E4%B8%AD%22%5D"
    )
    assert sorted(request.headers.multi_items()) == sorted(
        [
            ("host", "imm.cn-hangzhou.aliyuncs.com"),
            ("x-acs-action", "BatchGetFileMeta"),
            ("x-acs-version", "2020-09-30"),
            ("user-agent", UA),
            ("accept", "application/json"),
            ("content-length", "0"),
        ]
    )
    assert request.content == b""
    assert "content-type" not in request.headers


def test_rpc_python_names_none_and_protocol_parameters() -> None:
    by_wire = build_request(
        IMM, IMM_OP, {"ProjectName": "p", "DatasetName": "d", "URIs": ["u"]}, None, base_url="h.example", user_agent=UA
    )
    by_python = build_request(
        IMM,
        IMM_OP,
        {"project_name": "p", "dataset_name": "d", "uris": ["u"], "with_fields": None, "Version": "2020-09-30"},
        None,
        base_url="h.example",
        user_agent=UA,
    )
    assert (
        str(by_wire.url) == str(by_python.url) == ("https://h.example/?DatasetName=d&ProjectName=p&URIs=%5B%22u%22%5D")
    )
    assert "Action" not in str(by_wire.url) and "Version" not in str(by_python.url)


def test_rpc_scalars_and_order() -> None:
    request = build_request(
        ICE,
        ICE_OP,
        {
            "PageNo": 2,
            "page_size": 50,
            "FaceSearchToken": "t",
            "PersonImageUrl": "u",
            "EntityId": "",
            "MediaType": None,
        },
        None,
        base_url="ice.cn-shanghai.aliyuncs.com",
        user_agent=UA,
    )
    assert request.url.path == "/"
    assert request.url.query == b"EntityId=&FaceSearchToken=t&PageNo=2&PageSize=50&PersonImageUrl=u"


def test_rpc_rejects_unknown_parameters_and_bodies() -> None:
    with pytest.raises(ValueError, match="unknown query parameter 'Nope'"):
        build_request(IMM, IMM_OP, {"Nope": 1}, None, base_url="h", user_agent=UA)
    with pytest.raises(ValueError, match="body"):
        build_request(IMM, IMM_OP, {}, {"ProjectName": "p"}, base_url="h", user_agent=UA)
    # an empty body is fine
    build_request(IMM, IMM_OP, {}, {}, base_url="h", user_agent=UA)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("a b", "a b"),
        (2, "2"),
        (-7, "-7"),
        (1.5, "1.5"),
        (True, "True"),  # str(), as the official SDK renders it
        (["a", "b c", "中", 'q"\\'], '["a","b c","中","q\\"\\\\"]'),
        ([], "[]"),
        ([1, 2], "[1,2]"),
        ({"k": ["v", 1], "z": None}, '{"k":["v",1],"z":null}'),
        ("", ""),
    ],
)
def test_query_value_rendering(value: object, expected: str) -> None:
    assert query_value(value) == expected


@pytest.mark.oracle
@pytest.mark.parametrize(
    "array",
    [
        ["oss://b/dir with space/a~b*c+d=e.jpg", "oss://b/中文/文件.png", 'q"\\&amp?', "😀\u2028\x00"],
        [],
        ["x"] * 100,
        [f"oss://bucket/{i}/{'長' * i}" for i in range(100)],
    ],
)
def test_arrays_match_the_sdk_json_style(array: list[str]) -> None:
    from alibabacloud_tea_openapi.utils import Utils

    assert query_value(array) == Utils.array_to_string_with_specified_style(array, "URIs", "json")


@pytest.mark.oracle
def test_wire_url_matches_the_sdk_compose_url() -> None:
    from alibabacloud_tea_openapi.utils import Utils
    from darabonba.core import DaraCore
    from darabonba.request import DaraRequest

    values = {
        "ProjectName": "p ~*'()!+/=&?#%",
        "DatasetName": "😀 中文 \t\n",
        "URIs": ["a b", "c+d", "~/*"],
        "WithFields": ["URI"],
    }
    ours = build_request(IMM, IMM_OP, values, None, base_url="http://127.0.0.1:8080", user_agent=UA)
    sdk = DaraRequest()
    sdk.protocol, sdk.method, sdk.pathname, sdk.port = "http", "POST", "/", 80
    sdk.headers = {"host": "127.0.0.1:8080"}
    shrunk = {
        k: (Utils.array_to_string_with_specified_style(v, k, "json") if isinstance(v, list) else v)
        for k, v in values.items()
    }
    sdk.query = Utils.query(dict(sorted(shrunk.items())))
    assert str(ours.url) == DaraCore.compose_url(sdk)


# --------------------------------------------------------------------------------------------------------------
# ROA (PDS)


def test_roa_request_shape() -> None:
    request = build_request(
        PDS,
        SCAN_FILE,
        {},
        {"marker": "m+/= ~*中", "limit": 50, "drive_id": "1", "fields": None},
        base_url="https://bj12345.api.aliyunpds.com",
        user_agent=UA,
    )
    assert request.method == "POST"
    assert str(request.url) == "https://bj12345.api.aliyunpds.com/v2/file/scan"
    assert request.content == '{"drive_id":"1","limit":50,"marker":"m+/= ~*中"}'.encode()
    assert request.headers.multi_items() == [
        ("host", "bj12345.api.aliyunpds.com"),
        ("x-acs-action", "ScanFile"),
        ("x-acs-version", "2022-03-01"),
        ("content-type", "application/json; charset=utf-8"),
        ("user-agent", UA),
        ("accept", "application/json"),
        ("content-length", str(len(request.content))),
    ]


@pytest.mark.oracle
def test_roa_body_matches_the_sdk_serialisation() -> None:
    from alibabacloud_tea_util.client import Client as UtilClient

    body = {"marker": 'NWQ1"\\/ 😀 中', "limit": 0, "fields": "*", "drive_id": "1"}
    request = build_request(PDS, SCAN_FILE, {}, body, base_url="h", user_agent=UA)
    # the SDK's models list fields alphabetically and serialise compactly with raw UTF-8
    assert request.content == UtilClient.to_jsonstring(dict(sorted(body.items()))).encode("utf-8")


def test_roa_empty_body_and_unknown_fields() -> None:
    request = build_request(PDS, SCAN_FILE, {}, None, base_url="h", user_agent=UA)
    assert request.content == b"{}"
    with pytest.raises(ValueError, match="unknown body parameter 'driveId'"):
        build_request(PDS, SCAN_FILE, {}, {"driveId": "1"}, base_url="h", user_agent=UA)


def test_roa_nested_objects_drop_none_and_sort() -> None:
    op = OperationModel(
        name="X",
        action="X",
        style="roa",
        method="POST",
        path="/v2/x",
        idempotent=True,
        params=(_p("obj", "obj", BODY, {"type": "object"}), _p("a", "a", BODY)),
    )
    service = ServiceModel(
        vendor="alibaba",
        product="pds",
        package="pds",
        client="C",
        version="v",
        title="t",
        signing=(),
        endpoint={},
        operations={"X": op},
    )
    request = build_request(
        service, op, {}, {"obj": {"z": 1, "b": None, "a": [None, {"k": None}]}, "a": "é"}, base_url="h", user_agent=UA
    )
    assert request.content == '{"a":"é","obj":{"a":[null,{}],"z":1}}'.encode()


# --------------------------------------------------------------------------------------------------------------
# Volcengine


def test_volcengine_request_shape() -> None:
    url = "https://b.tos/样本 x+y%2F?a=1&b=🚀 <x>"
    request = build_request(NTA, NTA_OP, {}, {"SignURL": url}, base_url="https://open.volcengineapi.com", user_agent=UA)
    assert request.method == "POST"
    assert str(request.url) == "https://open.volcengineapi.com/?Action=CreateFileDetection&Version=2024-07-30"
    assert request.content == json.dumps({"SignURL": url}).encode()
    assert request.content == (b'{"SignURL": "https://b.tos/\\u6837\\u672c x+y%2F?a=1&b=\\ud83d\\ude80 <x>"}')
    assert request.headers.multi_items() == [
        ("host", "open.volcengineapi.com"),
        ("content-type", "application/json"),
        ("accept", "application/json"),
        ("user-agent", UA),
        ("content-length", str(len(request.content))),
    ]
    assert [k for k, _ in request.headers.raw][:4] == [b"Host", b"Content-Type", b"Accept", b"User-Agent"]


def test_volcengine_python_names_and_empty_body() -> None:
    a = build_request(NTA, NTA_OP, {"Action": "CreateFileDetection"}, {"sign_url": "u"}, base_url="h", user_agent=UA)
    assert a.content == b'{"SignURL": "u"}'
    b = build_request(NTA, NTA_OP, {}, None, base_url="h", user_agent=UA)
    assert b.content == b"{}"


@pytest.mark.oracle
def test_volcengine_body_matches_the_sdk_serialisation() -> None:
    from volcenginesdkcore.interceptor.interceptors.build_request_interceptor import sanitize_for_serialization
    from volcenginesdknta import CreateFileDetectionRequest

    url = 'https://x/\u6837 "q" \\ 😀 %2F&+'
    sdk_body = json.dumps(sanitize_for_serialization(CreateFileDetectionRequest(sign_url=url)))
    ours = build_request(NTA, NTA_OP, {}, {"SignURL": url}, base_url="h", user_agent=UA)
    assert ours.content == sdk_body.encode("utf-8")


# --------------------------------------------------------------------------------------------------------------
# Base URLs, extra headers, limits, caching


@pytest.mark.parametrize(
    ("base_url", "url", "host"),
    [
        ("imm.cn-hangzhou.aliyuncs.com", "https://imm.cn-hangzhou.aliyuncs.com/", "imm.cn-hangzhou.aliyuncs.com"),
        (
            "https://imm.cn-hangzhou.aliyuncs.com/",
            "https://imm.cn-hangzhou.aliyuncs.com/",
            "imm.cn-hangzhou.aliyuncs.com",
        ),
        ("http://127.0.0.1:18080", "http://127.0.0.1:18080/", "127.0.0.1:18080"),
        ("localhost:8443", "https://localhost:8443/", "localhost:8443"),
    ],
)
def test_base_urls(base_url: str, url: str, host: str) -> None:
    request = build_request(IMM, IMM_OP, {}, None, base_url=base_url, user_agent=UA)
    assert str(request.url) == url
    assert request.headers["host"] == host


def test_bad_base_url() -> None:
    with pytest.raises(ValueError):
        build_request(IMM, IMM_OP, {}, None, base_url="ftp://h", user_agent=UA)
    with pytest.raises(ValueError):
        build_request(IMM, IMM_OP, {}, None, base_url="https://h/path", user_agent=UA)


def test_extra_headers_come_last() -> None:
    for extra in ({"x-acs-extra": "1", "X-Trace": "t"}, [("x-acs-extra", "1"), ("X-Trace", "t")]):
        request = build_request(IMM, IMM_OP, {}, None, base_url="h", user_agent=UA, extra_headers=extra)
        names = [k for k, _ in request.headers.multi_items()]
        assert names[-2:] == ["x-acs-extra", "x-trace"]


def test_too_long_url_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="URL"):
        build_request(IMM, IMM_OP, {"ProjectName": "中" * 30000}, None, base_url="h", user_agent=UA)


def test_unknown_style() -> None:
    op = OperationModel(name="X", action="X", style="soap", method="POST", path="/", idempotent=True, params=())
    with pytest.raises(ValueError, match="style"):
        build_request(IMM, op, {}, None, base_url="h", user_agent=UA)


def test_repeated_builds_are_identical_and_independent() -> None:
    first = build_request(IMM, IMM_OP, {"ProjectName": "a"}, None, base_url="h", user_agent=UA)
    second = build_request(IMM, IMM_OP, {"ProjectName": "a"}, None, base_url="h", user_agent=UA)
    assert str(first.url) == str(second.url)
    assert first.headers.multi_items() == second.headers.multi_items()
    first.headers["x-acs-action"] = "Changed"
    third = build_request(IMM, IMM_OP, {"ProjectName": "a"}, None, base_url="h", user_agent=UA)
    assert third.headers["x-acs-action"] == "BatchGetFileMeta"
    assert isinstance(third, httpx.Request)
