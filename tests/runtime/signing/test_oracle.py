"""Oracle tests: the generated clients against the official SDKs, over real HTTP to a local capture server.

The cases are every operation in ``specs/`` x every credential kind its service takes (``_official_sdks``): the
arguments come from the spec's examples, once as documented and once with every free-form string made hard to
encode (``tricky``); the SDK's request model and method are found by the operation's name. Per case:

* **verify**: our request, as it arrived at the server, is re-signed with the official SDK's own signing utilities
  (``Utils.get_authorization``, ``Utils.get_rpcsignature``, the PDS gateway's ``get_authorization``,
  ``SignerV4.sign``) and the result must equal what we sent;
* **compare**: the official SDK client and the generated client make the same call with the same pinned nonce and
  dates; the two captured requests must agree on method, path, decoded query, decoded body (and its length: the
  same JSON separators and escapes), the body hash, and every ``x-acs-*``/``X-*`` header except the nonce, the
  dates and the SDKs' identity headers. Where a scheme's signature covers nothing else (RPC HMAC-SHA1, PDS) the
  signatures themselves must be identical. Our pure functions must also reproduce the SDK's own signature over
  the SDK's request (so a server built on them accepts the official SDKs).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from typing import Any

import pytest
from _official_sdks import (
    AK,
    BEARER,
    FIXED,
    SK,
    STS_TOKEN,
    VOLC_AK,
    VOLC_SK,
    VOLC_TOKEN,
    Credential,
    SpecOperation,
    case_id,
    cases,
)
from _signing_support import (
    VOLC_MOMENT,
    Captured,
    CaptureServer,
    fixed_clock,
    fixed_nonce,
    pin_alibaba_sdk,
    pin_volcengine_sdk,
    pin_volcengine_signer,
)
from cloudmedia._runtime.signing import acs3, pds, rpc_v1, volcengine
from cloudmedia._runtime.signing._encoding import parse_query

pytestmark = pytest.mark.oracle

CASES = list(cases(("example", "tricky")))


@pytest.fixture(scope="module")
def server() -> Iterator[CaptureServer]:
    srv = CaptureServer().start()
    yield srv
    srv.stop()


def send_ours(server: CaptureServer, op: SpecOperation, credential: Credential, args: dict[str, Any]) -> Captured:
    server.reply = op.reply()
    clock = (lambda: VOLC_MOMENT) if op.meta["vendor"] == "volcengine" else fixed_clock()
    with op.our_client(credential, server.url, FIXED, clock=clock, nonce=fixed_nonce()) as client:
        response = getattr(client.with_raw_response, op.model.python_name)(**op.python_arguments(args))
    assert response.status_code == 200
    return server.take()


def run_sdk(server: CaptureServer, op: SpecOperation, credential: Credential, args: dict[str, Any]) -> Captured:
    server.reply = op.reply()
    assert op.call_sdk(credential, server.hostport, args, FIXED) is not None
    return server.take()


# --------------------------------------------------------------------------------------------------------------
# Verification with the official signing utilities.


def _dara_request(captured: Captured, header_names: list[str] | None = None) -> Any:
    from darabonba.request import DaraRequest

    headers = captured.header_map()
    req = DaraRequest()
    req.method = captured.method
    req.pathname = captured.path
    req.query = dict(captured.query_pairs)
    req.headers = headers if header_names is None else {n: headers[n] for n in header_names}
    return req


def verify_with_sdk(
    captured: Captured, op: SpecOperation, scheme: str, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alibabacloud_tea_openapi.utils import Utils

    auth = captured.header("authorization")
    sts = kind == "sts"
    if scheme == "acs3":
        assert auth is not None
        ak, signed, _ = acs3.parse_authorization(auth)
        expected_names = {"host", "x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce"}
        expected_names.add("x-acs-content-sha256")
        if captured.header("content-type") is not None:
            expected_names.add("content-type")
        if sts:
            expected_names |= {"x-acs-accesskey-id", "x-acs-security-token"}
        assert set(signed) == expected_names
        assert ak == AK
        payload = captured.header("x-acs-content-sha256")
        assert payload == hashlib.sha256(captured.body).hexdigest()
        oracle = Utils.get_authorization(_dara_request(captured, signed), "ACS3-HMAC-SHA256", payload, AK, SK)
        assert auth == oracle
    elif scheme == "rpc-hmac-sha1":
        assert auth is None
        params = dict(captured.query_pairs)
        sent = params.pop("Signature")
        assert Utils.get_rpcsignature(params, captured.method, SK) == sent
        assert params["AccessKeyId"] == AK
        assert ("SecurityToken" in params) == sts
    elif scheme == "pds-hmac-sha1":
        from alibabacloud_gateway_pds.client import Client as PdsGateway

        headers = captured.header_map()
        oracle = PdsGateway().get_authorization(
            captured.path, captured.method, dict(captured.query_pairs), headers, AK, SK
        )
        assert auth == oracle
        # tea-openapi's generic ROA string-to-sign is the same string
        roa = Utils.get_roasignature(Utils.get_string_to_sign(_dara_request(captured)), SK)
        assert auth == f"acs {AK}:{roa}"
        assert (captured.header("x-acs-security-token") == STS_TOKEN) == sts
    elif scheme == "bearer":
        assert auth == f"Bearer {BEARER}"
        assert captured.header("x-acs-bearer-token") == BEARER
    else:
        assert scheme == "volc-hmac-sha256", scheme
        from volcenginesdkcore.signv4 import SignerV4

        pin_volcengine_signer(monkeypatch, captured.must("x-date"))
        headers = {"Content-Type": captured.must("content-type"), "Host": captured.must("host")}
        SignerV4.sign(
            captured.path,
            captured.method,
            headers,
            captured.body.decode("utf-8"),
            [],
            captured.query_pairs,
            VOLC_AK,
            VOLC_SK,
            op.region,
            op.meta["product"],
            VOLC_TOKEN if sts else None,
        )
        assert headers["X-Content-Sha256"] == captured.header("x-content-sha256")
        assert headers.get("X-Security-Token") == captured.header("x-security-token")
        assert headers["Authorization"] == auth


@pytest.mark.parametrize(("op", "credential", "variant"), CASES, ids=case_id)
def test_our_request_verifies_with_the_sdk_signing_utilities(
    server: CaptureServer, op: SpecOperation, credential: Credential, variant: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    captured = send_ours(server, op, credential, op.arguments(variant))
    verify_with_sdk(captured, op, credential.scheme, credential.kind, monkeypatch)


# --------------------------------------------------------------------------------------------------------------
# Our request against the SDK client's request.

IGNORED = {
    "x-acs-signature-nonce",
    "x-acs-date",
    "x-acs-credentials-provider",
    "x-date",
    "x-sdk-invocation-id",
    "x-sdk-request",
}


def _vendor_headers(captured: Captured) -> dict[str, str]:
    return {k: v for k, v in captured.header_map().items() if k.startswith("x-") and k not in IGNORED}


def _sdk_signature_reproduced_by_our_functions(sdk: Captured, op: SpecOperation, scheme: str, kind: str) -> None:
    """A server built on our pure functions accepts the official SDK's request."""
    auth = sdk.must("authorization") if scheme != "rpc-hmac-sha1" else ""
    if scheme == "acs3":
        _, signed, sig = acs3.parse_authorization(auth)
        creq = acs3.canonical_request(
            sdk.method,
            sdk.path,
            parse_query(sdk.raw_query),
            sdk.header_map(),
            signed,
            sdk.must("x-acs-content-sha256"),
        )
        assert acs3.signature(SK, acs3.string_to_sign(creq)) == sig
    elif scheme == "rpc-hmac-sha1":
        pairs = sdk.query_pairs
        assert rpc_v1.signature(SK, rpc_v1.string_to_sign(sdk.method, pairs)) == dict(pairs)["Signature"]
    elif scheme == "pds-hmac-sha1":
        sts = pds.string_to_sign(sdk.method, sdk.path, sdk.query_pairs, sdk.header_map())
        assert pds.authorization(AK, pds.signature(SK, sts)) == auth
    elif scheme == "volc-hmac-sha256":
        region, product = op.region, op.meta["product"]
        _, _, signed, sig = volcengine.parse_authorization(auth)
        x_date = sdk.must("x-date")
        creq = volcengine.canonical_request(
            sdk.method, sdk.path, sdk.query_pairs, sdk.header_map(), signed, hashlib.sha256(sdk.body).hexdigest()
        )
        sts = volcengine.string_to_sign(x_date, region, product, creq)
        assert volcengine.signature(volcengine.signing_key(VOLC_SK, x_date, region, product), sts) == sig
        assert signed == [
            "content-type",
            "host",
            "x-content-sha256",
            "x-date",
            "x-sdk-invocation-id",
            "x-sdk-request",
            *(["x-security-token"] if kind == "sts" else []),
        ]


@pytest.mark.parametrize(("op", "credential", "variant"), CASES, ids=case_id)
def test_same_request_as_the_sdk_client(
    server: CaptureServer, op: SpecOperation, credential: Credential, variant: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    scheme, kind = credential.scheme, credential.kind
    pin_alibaba_sdk(monkeypatch)
    pin_volcengine_sdk(monkeypatch, VOLC_MOMENT, "11111111-2222-4333-8444-555555555555")
    args = op.arguments(variant)
    sdk = run_sdk(server, op, credential, args)
    ours = send_ours(server, op, credential, args)

    assert ours.method == sdk.method == op.model.method
    assert ours.path == sdk.path
    if scheme == "rpc-hmac-sha1":
        # every query parameter, in the SDK's order, the Signature included (it covers only the query)
        assert ours.query_pairs == sdk.query_pairs
        assert ours.raw_query == sdk.raw_query
    else:
        assert dict(ours.query_pairs) == dict(sdk.query_pairs)
        assert [k for k, _ in ours.query_pairs] == [k for k, _ in sdk.query_pairs]
    if op.model.style == "rpc":
        assert ours.body == sdk.body == b""
        assert ours.header("content-type") is None and sdk.header("content-type") is None
        assert ours.header("content-length") == sdk.header("content-length") == "0"
    else:
        assert json.loads(ours.body) == json.loads(sdk.body)
        assert len(ours.body) == len(sdk.body)  # the same separators and escapes
        assert ours.header("content-type") == sdk.header("content-type")
    assert _vendor_headers(ours) == _vendor_headers(sdk)
    assert ours.header("host") == sdk.header("host")
    if scheme == "pds-hmac-sha1":
        # the PDS string-to-sign covers accept, content-type, date, x-acs-* and the resource: all identical
        assert ours.header("authorization") == sdk.header("authorization")
        assert ours.header("date") == sdk.header("date")
    if scheme == "acs3":
        assert ours.header("x-acs-content-sha256") == sdk.header("x-acs-content-sha256")
        assert ours.header("x-acs-content-sha256") == hashlib.sha256(ours.body).hexdigest()
    if scheme == "volc-hmac-sha256":
        assert ours.header("x-content-sha256") == sdk.header("x-content-sha256")
        assert ours.header("x-content-sha256") == hashlib.sha256(ours.body).hexdigest()
        assert ours.header("x-security-token") == sdk.header("x-security-token")
    _sdk_signature_reproduced_by_our_functions(sdk, op, scheme, kind)


def test_every_spec_operation_is_a_case() -> None:
    """The cases come from the specs: each operation with every credential kind of its service, in both variants."""
    from _official_sdks import spec_operations

    ops = spec_operations()
    assert {op.id for op, _, _ in CASES} == {op.id for op in ops}
    assert len(CASES) == sum(2 * len(op.credentials) for op in ops)
    assert {"imm-BatchGetFileMeta", "pds-ScanFile", "nta-CreateFileDetection"} <= {op.id for op in ops}
