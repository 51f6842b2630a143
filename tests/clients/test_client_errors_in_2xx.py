"""An Alibaba error document inside HTTP 2xx is a typed service error, for every Alibaba service (as a Volcengine
``ResponseMetadata.Error`` inside 200 already is); a success body that itself declares ``Code`` is not misread."""

from __future__ import annotations

import pytest
from _clients_support import AK, SECRET, Reply, call, doc_example, ok
from cloudmedia import ClientError, RetryPolicy, ServiceError
from cloudmedia.ice import IceClient
from cloudmedia.imm import ImmClient
from cloudmedia.pds import PdsClient
from cloudmedia.vod import VodClient

ALIBABA = ("pds", "imm", "vod", "ice")


def _client(kind: str, url: str):
    common = {"endpoint_url": url, "retry": RetryPolicy.none()}
    if kind == "pds":
        return PdsClient(domain_id="d1", access_key_id=AK, access_key_secret=SECRET, **common)
    cls = {"imm": ImmClient, "vod": VodClient, "ice": IceClient}[kind]
    return cls(access_key_id=AK, access_key_secret=SECRET, **common)


def _forbidden(kind: str) -> dict[str, object]:
    if kind == "pds":
        return {"code": "Forbidden.RAM", "message": "You are not authorized to do this action."}
    return {
        "Code": "Forbidden.RAM",
        "Message": "User not authorized to operate on the specified resource.",
        "RequestId": "6F0B-IN-200",
    }


@pytest.mark.parametrize("status", [200, 203])
@pytest.mark.parametrize("kind", ALIBABA)
def test_error_document_inside_2xx_is_a_client_error(kind, status, server):
    server.script(
        Reply(status, _forbidden(kind), {"x-acs-request-id": "6F0B-IN-200", "x-ca-request-id": "6F0B-IN-200"})
    )
    with _client(kind, server.url) as client, pytest.raises(ClientError) as info:
        call(kind, client)
    err = info.value
    assert isinstance(err, ServiceError)
    assert err.code == "Forbidden.RAM"
    assert err.http_status == status
    assert err.request_id == "6F0B-IN-200"
    assert err.vendor == "alibaba" and err.product == kind
    assert len(server.requests) == 1  # a refusal is not retried


@pytest.mark.parametrize("kind", ALIBABA)
def test_documented_success_is_still_a_success(kind, server):
    server.script(ok(kind))
    with _client(kind, server.url) as client:
        result = call(kind, client)
    assert result is not None


def test_success_that_declares_code_is_not_misread(server):
    """ICE SearchMediaByFace documents ``Code: "200"`` and ``Success`` in its success body."""
    body = doc_example("ice")
    assert "Code" in body and "Message" not in body
    server.script(ok("ice", {**body, "Message": "OK"}))
    with _client("ice", server.url) as client:
        result = call("ice", client)
    assert result.code == "200"


def test_success_that_declares_code_but_says_it_failed_is_an_error(server):
    body = {"RequestId": "R-ICE", "Success": "false", "Code": "Forbidden.RAM", "Message": "not authorized"}
    server.script(ok("ice", body))
    with _client("ice", server.url) as client, pytest.raises(ClientError) as info:
        call("ice", client)
    assert info.value.code == "Forbidden.RAM"


@pytest.mark.parametrize("kind", ["imm", "vod"])
def test_a_lone_code_without_a_message_is_not_an_error(kind, server):
    """Some success bodies carry a status ``Code`` (no ``Message``): that alone is no error document."""
    server.script(ok(kind, {**doc_example(kind), "Code": "Success"}))
    with _client(kind, server.url) as client:
        assert call(kind, client) is not None
