"""The error hierarchy and the mapping of vendor responses onto it."""

from __future__ import annotations

import json
import pickle

import httpx
import pytest
from cloudmedia._runtime.errors import (
    ClientError,
    CloudMediaError,
    ConnectError,
    ConnectTimeoutError,
    CredentialsError,
    InvalidResponseError,
    PaginationError,
    ParamValidationError,
    RequestTimeoutError,
    ServerError,
    ServiceError,
    ThrottlingError,
    TransportError,
    body_excerpt,
    error_from_response,
    parse_retry_after,
    success_json,
)

TOKEN = "CAIS4STSTOKENzzSECRETyy9qR"


def rpc_body(**fields: object) -> bytes:
    return json.dumps(fields).encode()


# ------------------------------------------------------------------------------------------------ hierarchy


def test_hierarchy():
    assert issubclass(ParamValidationError, CloudMediaError)
    assert issubclass(ParamValidationError, ValueError)
    for cls in (CredentialsError, TransportError, ServiceError, InvalidResponseError, PaginationError):
        assert issubclass(cls, CloudMediaError)
    for cls in (ClientError, ServerError, ThrottlingError):
        assert issubclass(cls, ServiceError)
    for cls in (ConnectError, RequestTimeoutError):
        assert issubclass(cls, TransportError)
    assert issubclass(ConnectTimeoutError, ConnectError)
    assert issubclass(ConnectTimeoutError, RequestTimeoutError)
    # The builtin names are not shadowed.
    assert RequestTimeoutError is not TimeoutError
    assert not issubclass(ConnectError, ConnectionError)


def test_param_validation_error_message_and_fields():
    err = ParamValidationError(
        "BatchGetFileMeta", "uris", "URIs", "maxItems", ["x"] * 101, "must have at most 100 items; got 101 items"
    )
    assert str(err) == "BatchGetFileMeta: parameter 'uris' (URIs) must have at most 100 items; got 101 items"
    assert (err.operation, err.parameter, err.wire_name, err.rule) == ("BatchGetFileMeta", "uris", "URIs", "maxItems")
    assert len(err.value) == 101


def test_param_validation_error_same_names_shown_once():
    err = ParamValidationError("ScanFile", "drive_id", "drive_id", "required", None, "is required")
    assert str(err) == "ScanFile: parameter 'drive_id' is required"


def test_param_validation_error_is_catchable_as_value_error():
    with pytest.raises(ValueError):
        raise ParamValidationError("Op", "a", "A", "type", 1, "must be a string; got int 1")


# ------------------------------------------------------------------------------------------- service errors


def test_service_error_str_format():
    err = ClientError("InvalidParameter", "The parameter URIs is invalid.", "REQ-1", 400)
    assert str(err) == "InvalidParameter: The parameter URIs is invalid. (HTTP 400, request id REQ-1)"
    assert "InvalidParameter" in repr(err) and "400" in repr(err)


def test_service_error_str_without_request_id():
    assert str(ServerError("InternalError", "boom", None, 500)) == "InternalError: boom (HTTP 500)"


def test_alibaba_rpc_client_error_fields():
    body = rpc_body(
        RequestId="5F6C-REQ",
        HostId="imm.cn-hangzhou.aliyuncs.com",
        Code="InvalidParameter",
        Message="The specified parameter URIs is invalid.",
        Recommend="https://api.aliyun.com/troubleshoot?q=InvalidParameter",
        AccessDeniedDetail={"AuthAction": "imm:BatchGetFileMeta"},
    )
    err = error_from_response(
        "rpc", "imm", 400, {"X-Acs-Request-Id": "5F6C-REQ", "Content-Type": "application/json"}, body
    )
    assert type(err) is ClientError
    assert err.code == "InvalidParameter"
    assert err.message == "The specified parameter URIs is invalid."
    assert err.request_id == "5F6C-REQ"
    assert err.http_status == 400
    assert err.host_id == "imm.cn-hangzhou.aliyuncs.com"
    assert err.recommend.startswith("https://api.aliyun.com/")
    assert err.access_denied_detail == {"AuthAction": "imm:BatchGetFileMeta"}
    assert err.raw_body == body
    assert err.headers["x-acs-request-id"] == "5F6C-REQ"  # names are lower-cased
    assert (err.vendor, err.product) == ("alibaba", "imm")
    assert str(err) == "InvalidParameter: The specified parameter URIs is invalid. (HTTP 400, request id 5F6C-REQ)"


def test_alibaba_rpc_lower_case_keys_accepted():
    body = rpc_body(code="Forbidden.RAM", message="denied", requestId="r-2")
    err = error_from_response("rpc", "vod", 403, {}, body)
    assert type(err) is ClientError
    assert (err.code, err.message, err.request_id) == ("Forbidden.RAM", "denied", "r-2")


def test_alibaba_rpc_request_id_falls_back_to_header():
    err = error_from_response("rpc", "ice", 404, {"x-acs-request-id": "HDR"}, rpc_body(Code="NotFound", Message="x"))
    assert err.request_id == "HDR"


def test_alibaba_rpc_5xx_is_server_error():
    err = error_from_response("rpc", "imm", 500, {}, rpc_body(Code="InternalError", Message="oops", RequestId="r"))
    assert type(err) is ServerError


def test_alibaba_rpc_x_acs_retry_after_is_throttling_in_milliseconds():
    err = error_from_response(
        "rpc", "imm", 503, {"x-acs-retry-after": "1500"}, rpc_body(Code="ServiceUnavailable", Message="busy")
    )
    assert type(err) is ThrottlingError
    assert err.retry_after == pytest.approx(1.5)
    assert err.http_status == 503


@pytest.mark.parametrize("code", ["Throttling", "Throttling.User", "Throttling.Api"])
def test_alibaba_throttling_codes(code):
    err = error_from_response("rpc", "vod", 400, {}, rpc_body(Code=code, Message="slow down"))
    assert type(err) is ThrottlingError
    assert err.retry_after is None


def test_http_429_is_throttling_and_reads_retry_after_seconds():
    err = error_from_response("rpc", "imm", 429, {"Retry-After": "7"}, rpc_body(Code="TooMany", Message="x"))
    assert type(err) is ThrottlingError
    assert err.retry_after == 7.0


@pytest.mark.parametrize("value", ["0", "-5", "soon", ""])
def test_unusable_x_acs_retry_after_does_not_make_throttling(value):
    err = error_from_response("rpc", "imm", 400, {"x-acs-retry-after": value}, rpc_body(Code="Bad", Message="x"))
    assert type(err) is ClientError


def test_alibaba_xml_error_body():
    body = (
        b'<?xml version="1.0" encoding="UTF-8"?><Error><RequestId>X-1</RequestId><HostId>h</HostId>'
        b"<Code>SignatureDoesNotMatch</Code><Message>bad sig</Message></Error>"
    )
    err = error_from_response("rpc", "imm", 400, {"content-type": "text/xml;charset=utf-8"}, body)
    assert type(err) is ClientError
    assert (err.code, err.message, err.request_id, err.host_id) == ("SignatureDoesNotMatch", "bad sig", "X-1", "h")


def test_html_502_is_invalid_response_with_status_and_excerpt():
    page = b"<html><head><title>502 Bad Gateway</title></head><body>" + b"x" * 5000 + b"</body></html>"
    err = error_from_response("rpc", "imm", 502, {"x-acs-request-id": "GW-1"}, page)
    assert type(err) is InvalidResponseError
    assert err.http_status == 502
    assert err.request_id == "GW-1"
    assert "502 Bad Gateway" in err.body_excerpt
    assert len(err.body_excerpt) <= 200
    assert "HTTP 502" in str(err)
    assert len(str(err)) < 400


def test_truncated_json_success_is_invalid_response():
    body = b'{"RequestId": "r", "Files": [{"URI": "oss://b/k'
    assert isinstance(error_from_response("rpc", "imm", 200, {}, body), InvalidResponseError)
    with pytest.raises(InvalidResponseError) as info:
        success_json("rpc", "imm", 200, {"x-acs-request-id": "R9"}, body)
    assert info.value.http_status == 200
    assert info.value.request_id == "R9"
    assert "not valid JSON" in info.value.reason


@pytest.mark.parametrize("body", [b"[1, 2]", b'"text"', b"", b"   "])
def test_success_body_must_be_a_json_object(body):
    with pytest.raises(InvalidResponseError):
        success_json("rpc", "vod", 200, {}, body)


def test_success_returns_none_and_decodes():
    body = rpc_body(RequestId="r", Files=[{"URI": "oss://b/k"}])
    assert error_from_response("rpc", "imm", 200, {}, body) is None
    assert success_json("rpc", "imm", 200, {}, body) == {"RequestId": "r", "Files": [{"URI": "oss://b/k"}]}


def test_alibaba_success_with_code_field_is_not_an_error():
    body = rpc_body(RequestId="r", Code="Success")
    assert error_from_response("rpc", "vod", 200, {}, body) is None


def test_error_json_without_code_or_message_is_invalid_response():
    err = error_from_response("rpc", "imm", 500, {}, rpc_body(foo="bar"))
    assert type(err) is InvalidResponseError
    assert err.http_status == 500


def test_httpx_headers_are_accepted():
    headers = httpx.Headers({"X-Acs-Request-Id": "H1"})
    err = error_from_response("rpc", "imm", 400, headers, rpc_body(Code="C", Message="m"))
    assert err.request_id == "H1"


def test_unknown_vendor_is_rejected():
    with pytest.raises(ValueError):
        error_from_response("aws", "s3", 200, {}, b"{}")


# ------------------------------------------------------------------------------------------------------- PDS


def test_pds_lower_case_shape_and_request_id_from_header_only():
    body = json.dumps({"code": "NotFound.File", "message": "file not found", "RequestId": "BODY-ID"}).encode()
    err = error_from_response("roa", "pds", 404, {"x-ca-request-id": "PDS-HDR"}, body)
    assert type(err) is ClientError
    assert (err.code, err.message) == ("NotFound.File", "file not found")
    assert err.request_id == "PDS-HDR"
    assert str(err) == "NotFound.File: file not found (HTTP 404, request id PDS-HDR)"


def test_pds_body_request_id_is_ignored_without_header():
    body = json.dumps({"code": "Forbidden", "message": "no", "requestId": "BODY-ID"}).encode()
    err = error_from_response("roa", "pds", 403, {"x-acs-request-id": "OTHER"}, body)
    assert err.request_id is None


def test_pds_upper_case_keys_also_accepted():
    err = error_from_response("roa", "pds", 400, {}, json.dumps({"Code": "InvalidParameter", "Message": "x"}).encode())
    assert err.code == "InvalidParameter"


def test_pds_5xx_429_and_empty_success():
    assert type(error_from_response("roa", "pds", 500, {}, b'{"code":"InternalError","message":"x"}')) is ServerError
    assert (
        type(error_from_response("roa", "pds", 429, {}, b'{"code":"TooManyRequests","message":"x"}')) is ThrottlingError
    )
    assert success_json("roa", "pds", 204, {}, b"") == {}
    assert success_json("roa", "pds", 200, {}, b'{"items": [], "next_marker": ""}') == {
        "items": [],
        "next_marker": "",
    }


def test_pds_html_error_is_invalid_response():
    err = error_from_response("roa", "pds", 503, {"x-ca-request-id": "P"}, b"<html>Service Unavailable</html>")
    assert type(err) is InvalidResponseError
    assert (err.http_status, err.request_id) == (503, "P")


# ------------------------------------------------------------------------------------------------ Volcengine


def volc(error: dict | None = None, result: dict | None = None, **meta: object) -> bytes:
    md: dict = {"RequestId": "20240730-VOLC", "Action": "CreateFileDetection", "Version": "2024-07-30", **meta}
    if error is not None:
        md["Error"] = error
    doc: dict = {"ResponseMetadata": md}
    if result is not None:
        doc["Result"] = result
    return json.dumps(doc).encode()


def test_volcengine_error_inside_http_200_is_client_error():
    body = volc({"Code": "QuotaExceeded", "CodeN": 100015, "Message": "quota exceeded"})
    err = error_from_response("volcengine", "nta", 200, {}, body)
    assert type(err) is ClientError
    assert (err.code, err.code_n, err.message) == ("QuotaExceeded", 100015, "quota exceeded")
    assert err.request_id == "20240730-VOLC"
    assert err.http_status == 200
    assert str(err) == "QuotaExceeded: quota exceeded (HTTP 200, CodeN 100015, request id 20240730-VOLC)"
    with pytest.raises(ClientError):
        success_json("volcengine", "nta", 200, {}, body)


def test_volcengine_code_n_as_string_is_converted():
    err = error_from_response(
        "volcengine", "nta", 400, {}, volc({"Code": "InvalidParameter", "CodeN": "100004", "Message": "m"})
    )
    assert err.code_n == 100004


def test_volcengine_200_without_response_metadata_is_invalid_response():
    err = error_from_response("volcengine", "nta", 200, {}, b'{"Result": {"QueryKey": "k"}}')
    assert type(err) is InvalidResponseError
    assert err.http_status == 200
    assert "ResponseMetadata" in err.reason


def test_volcengine_success_returns_whole_document():
    body = volc(result={"QueryKey": "qk-1"})
    assert error_from_response("volcengine", "nta", 200, {}, body) is None
    data = success_json("volcengine", "nta", 200, {}, body)
    assert data["Result"] == {"QueryKey": "qk-1"}
    assert data["ResponseMetadata"]["RequestId"] == "20240730-VOLC"


def test_volcengine_null_error_is_success():
    body = json.dumps({"ResponseMetadata": {"RequestId": "r", "Error": None}, "Result": {}}).encode()
    assert error_from_response("volcengine", "nta", 200, {}, body) is None


@pytest.mark.parametrize(
    ("status", "cls"),
    [(400, ClientError), (403, ClientError), (500, ServerError), (503, ServerError), (429, ThrottlingError)],
)
def test_volcengine_status_classes(status, cls):
    err = error_from_response("volcengine", "nta", status, {}, volc({"Code": "X", "CodeN": 1, "Message": "m"}))
    assert type(err) is cls
    assert err.vendor == "volcengine"


def test_volcengine_non_json_is_invalid_response():
    for status in (200, 502):
        err = error_from_response("volcengine", "nta", status, {}, b"<html>bad gateway</html>")
        assert type(err) is InvalidResponseError
        assert err.http_status == status


def test_volcengine_error_status_without_metadata_is_invalid_response():
    err = error_from_response("volcengine", "nta", 502, {}, b'{"message": "upstream"}')
    assert type(err) is InvalidResponseError


# ------------------------------------------------------------------------------------------------- transport


def _req() -> httpx.Request:
    return httpx.Request(
        "POST",
        f"https://imm.cn-hangzhou.aliyuncs.com/?Action=BatchGetFileMeta&SecurityToken={TOKEN}&Signature=abc",
        headers={"Authorization": "acs AK:sig", "x-acs-security-token": TOKEN},
    )


@pytest.mark.parametrize(
    ("exc_type", "cls", "sent"),
    [
        (httpx.ConnectError, ConnectError, False),
        (httpx.ConnectTimeout, ConnectTimeoutError, False),
        (httpx.PoolTimeout, RequestTimeoutError, False),
        (httpx.ReadTimeout, RequestTimeoutError, True),
        (httpx.WriteTimeout, RequestTimeoutError, True),
        (httpx.ReadError, TransportError, True),
        (httpx.RemoteProtocolError, TransportError, True),
        (httpx.ProxyError, ConnectError, False),
    ],
)
def test_transport_error_from_httpx(exc_type, cls, sent):
    exc = exc_type("something failed", request=_req())
    err = TransportError.from_httpx(exc)
    assert type(err) is cls
    assert err.request_sent is sent
    assert err.method == "POST"
    assert err.cause == exc_type.__name__
    assert TOKEN not in str(err) and TOKEN not in (err.url or "")
    assert "Signature=abc" in err.url
    clone = pickle.loads(pickle.dumps(err))
    assert type(clone) is cls and clone.request_sent is sent
    assert TOKEN.encode() not in pickle.dumps(err)


def test_connect_error_defaults_to_not_sent():
    assert ConnectError("refused").request_sent is False
    assert TransportError("reset").request_sent is True


# --------------------------------------------------------------------------------------- pickling and secrets


def _all_errors() -> list[CloudMediaError]:
    return [
        CloudMediaError("plain"),
        ParamValidationError("Op", "limit", "Limit", "maximum", 101, "must be <= 100; got 101"),
        CredentialsError("none", looked_in=("A", "B"), missing=("x",)),
        TransportError("reset", request_sent=True, method="GET", url="https://h/?a=1"),
        ConnectError("refused"),
        RequestTimeoutError("slow", request_sent=True),
        ConnectTimeoutError("slow connect"),
        ClientError("C", "m", "r", 400, "host", "rec", b'{"Code":"C"}', {"A": "b"}, code_n=5),
        ServerError("S", "m", "r", 500),
        ThrottlingError("Throttling", "m", "r", 400, retry_after=2.0),
        InvalidResponseError(502, "r", "<html>", "not JSON", headers={"Retry-After": "3"}, retry_after=3.0),
        PaginationError("loop", operation="ScanFile"),
    ]


@pytest.mark.parametrize("err", _all_errors(), ids=lambda e: type(e).__name__)
def test_every_error_pickles_with_its_attributes(err):
    clone = pickle.loads(pickle.dumps(err))
    assert type(clone) is type(err)
    assert str(clone) == str(err)
    assert clone.__dict__ == err.__dict__


def test_service_error_echoing_security_token_is_redacted():
    # RPC SignatureDoesNotMatch quotes the server's string-to-sign, which includes the SecurityToken query value.
    message = (
        "Specified signature is not matched with our calculation. server string to sign is:"
        f"POST&%2F&AccessKeyId%3DLTAIexample%26Action%3DBatchGetFileMeta%26SecurityToken%3D{TOKEN}%26Version%3D2020-09-30"
    )
    body = rpc_body(Code="SignatureDoesNotMatch", Message=message, RequestId="R")
    err = error_from_response("rpc", "imm", 400, {"x-acs-request-id": "R"}, body)
    assert err.code == "SignatureDoesNotMatch"
    assert "AccessKeyId%3DLTAIexample" in err.message  # the key id is not a secret
    for text in (str(err), repr(err), err.message, err.raw_body.decode()):
        assert TOKEN not in text
    assert TOKEN.encode() not in pickle.dumps(err)


def test_invalid_response_excerpt_is_redacted():
    body = f"<html>debug: SecurityToken={TOKEN}&x=1</html>".encode()
    err = error_from_response("rpc", "imm", 502, {}, body)
    assert TOKEN not in str(err) and TOKEN not in err.body_excerpt
    assert TOKEN.encode() not in pickle.dumps(err)


# ----------------------------------------------------------------------------------------------------- helpers


def test_body_excerpt_limit():
    assert len(body_excerpt(b"a" * 1000)) == 200
    assert body_excerpt(b"\xff\xfeok").endswith("ok")


def test_parse_retry_after():
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after("1500", milliseconds=True) == 1.5
    assert parse_retry_after("-1") is None
    assert parse_retry_after("nonsense") is None
    assert parse_retry_after(None) is None
    # HTTP-date form: 30 s after a fixed "now".
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:30 GMT", now=1445412480.0) == pytest.approx(30.0)


# ------------------------------------------------------------------------------------ error documents inside 2xx


def _op(*fields: str):
    from cloudmedia._runtime.model import OperationModel

    return OperationModel(
        name="Op", action="Op", style="rpc", method="POST", path="/", idempotent=True, params=(), response_fields=fields
    )


@pytest.mark.parametrize(("family", "product"), [("rpc", "imm"), ("rpc", "vod"), ("rpc", "ice"), ("roa", "pds")])
def test_alibaba_error_document_in_200_is_client_error(family, product):
    body = rpc_body(Code="Forbidden.RAM", Message="User not authorized.", RequestId="R-200")
    err = error_from_response(family, product, 200, {}, body, _op("Files", "RequestId"))
    assert type(err) is ClientError
    assert err.code == "Forbidden.RAM" and err.http_status == 200
    with pytest.raises(ClientError):
        success_json(family, product, 200, {}, body)  # no operation known: the same


def test_pds_lower_case_error_document_in_200():
    body = b'{"code": "Forbidden.RAM", "message": "not authorized"}'
    err = error_from_response("roa", "pds", 200, {"x-ca-request-id": "P"}, body, _op("items", "next_marker"))
    assert type(err) is ClientError and err.request_id == "P"


def test_success_schema_that_declares_code():
    op = _op("Code", "MediaInfoList", "RequestId", "Success", "Total")
    success = rpc_body(RequestId="r", Success="true", Code="200", Message="ok", MediaInfoList=[], Total=0)
    assert error_from_response("rpc", "ice", 200, {}, success, op) is None
    failed = rpc_body(RequestId="r", Success=False, Code="Forbidden.RAM", Message="no", Total=0)
    assert type(error_from_response("rpc", "ice", 200, {}, failed, op)) is ClientError
    bare = rpc_body(RequestId="r", Code="Forbidden.RAM", Message="no")
    assert type(error_from_response("rpc", "ice", 200, {}, bare, op)) is ClientError


def test_error_document_declared_as_success_is_a_success():
    """An operation whose documented success carries both Code and Message reads them as data."""
    op = _op("Code", "Message", "RequestId")
    assert error_from_response("rpc", "imm", 200, {}, rpc_body(RequestId="r", Code="OK", Message="done"), op) is None
