"""Schemathesis against the emulator with our specs: no response violates a spec, and no 5xx is answered, for every
operation of every spec in ``specs/`` (a new operation is covered with no edit here).

Schemathesis generates requests from each spec (positive data, at most 30 examples per operation); a requests auth
hook puts them in the shape the spec convention describes (an RPC array parameter travels as one compact JSON value,
the action and version in the ``x-acs-*`` headers) and signs them with the runtime's signers, so every request is
authenticated and the emulator's answers reach the checks: status code declared, content type declared, body valid
against the response schema, and no server error.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import requests
import schemathesis
import yaml
from cloudmedia._runtime.model import OperationModel, ServiceModel
from cloudmedia._runtime.signing import AcsRpcV1Signer, AcsV3Signer, PdsAcsSigner, VolcengineV4Signer
from cloudmedia._runtime.signing._base import Signer
from cloudmedia._runtime.signing._encoding import form_query, parse_query
from cloudmedia.emulator import Emulator
from cloudmedia.emulator.services import default_services
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)
from schemathesis.core.result import Err

REPO = Path(__file__).resolve().parents[2]
SPECS = {
    yaml.safe_load(p.read_text(encoding="utf-8"))["info"]["x-cloudmedia"]["product"]: p
    for p in sorted((REPO / "specs").glob("*/*.yaml"))
}
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
SERVICES = {s.product: s for s in default_services()}


@pytest.fixture(scope="module")
def emu() -> Iterator[Emulator]:
    with Emulator(0, pds_files=40) as emulator:  # small pages: both next_marker cases, cheap validation
        yield emulator


class SigningAuth(requests.auth.AuthBase):
    """Signs a schemathesis request (a prepared ``requests`` request) with the runtime's signer of ``scheme``."""

    def __init__(self, emu: Emulator, service: ServiceModel, op: OperationModel, scheme: str) -> None:
        creds = emu.credentials
        self.service = service
        self.op = op
        self.arrays = {p.wire for p in self.op.params if p.schema.get("type") in ("array", "object")}
        key, sts, volc_sts = creds.alibaba_key, creds.alibaba_sts, creds.volcengine_sts
        assert key is not None and sts is not None and volc_sts is not None
        signers: dict[str, Callable[[], Signer[Any]]] = {
            "acs3": lambda: AcsV3Signer(key),
            "rpc-hmac-sha1": lambda: AcsRpcV1Signer(sts),
            "pds": lambda: PdsAcsSigner(sts),
            "volc": lambda: VolcengineV4Signer(volc_sts, region="cn-beijing", service=service.product),
        }
        self.signer = signers[scheme]()

    def __call__(self, prepared: requests.PreparedRequest) -> requests.PreparedRequest:
        url = httpx.URL((prepared.url or "").split("#", 1)[0])
        # requests explodes list values (URIs=a&URIs=b); the convention sends one compact JSON value.
        grouped: dict[str, list[str]] = {}
        for k, v in parse_query(url.query):
            grouped.setdefault(k, []).append(v)
        pairs = [
            (k, json.dumps(vs, separators=(",", ":"), ensure_ascii=False) if k in self.arrays else vs[0])
            for k, vs in grouped.items()
        ]
        url = url.copy_with(query=form_query(pairs).encode("ascii") or None)
        headers = [
            (k, v.decode() if isinstance(v, bytes) else v)
            for k, v in prepared.headers.items()
            if k.lower() != "content-length"
        ]
        if self.op.style == "rpc":
            headers += [("x-acs-action", self.op.action), ("x-acs-version", self.service.version)]
        body = prepared.body or b""
        if isinstance(body, str):
            body = body.encode()
        assert isinstance(body, bytes)
        request = httpx.Request(prepared.method or "POST", url, headers=headers, content=body)
        self.signer.sign(request)
        prepared.url = str(request.url)
        prepared.headers.clear()
        prepared.headers.update(request.headers)
        prepared.body = request.content
        return prepared


SCHEMES = {"pds": "pds", "imm": "acs3", "vod": "acs3", "ice": "rpc-hmac-sha1", "nta": "volc"}
OPERATIONS = [(product, op.name) for product, service in SERVICES.items() for op in service.operations.values()]


def test_every_spec_operation_is_served() -> None:
    from_specs = set()
    for product, path in SPECS.items():
        for item in yaml.safe_load(path.read_text(encoding="utf-8"))["paths"].values():
            from_specs |= {(product, op["operationId"]) for op in item.values()}
    assert from_specs == set(OPERATIONS) and len(OPERATIONS) >= 5


@pytest.mark.parametrize(("product", "name"), OPERATIONS, ids=[f"{p}-{n}" for p, n in OPERATIONS])
def test_responses_conform_to_the_spec(emu: Emulator, product: str, name: str) -> None:
    schema = schemathesis.openapi.from_path(SPECS[product])
    operations = []
    for result in schema.get_all_operations():
        if isinstance(result, Err):
            raise result.err()
        operations.append(result.ok())
    (operation,) = [op for op in operations if op.definition.raw["operationId"] == name]
    session = requests.Session()
    session.auth = SigningAuth(emu, SERVICES[product], SERVICES[product].operation(name), SCHEMES[product])
    statuses: dict[int, int] = {}
    before = emu.requests.total

    @given(case=operation.as_strategy(), url_prefix=st.booleans())
    @settings(
        max_examples=30, deadline=None, database=None, phases=[Phase.generate], suppress_health_check=list(HealthCheck)
    )
    def run(case: Any, url_prefix: bool) -> None:
        if url_prefix and isinstance(case.body, dict) and isinstance(case.body.get("SignURL"), str):
            case.body["SignURL"] = "https://" + case.body["SignURL"][:2000]  # reach the success path too
        response = case.call(base_url=emu.url, session=session)
        statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
        case.validate_response(response, checks=CHECKS)

    run()
    # One more request with the spec's documented example values (required parameters, and the constant Action and
    # Version), so the success path is always exercised: random values may never name something the emulator has.
    model = SERVICES[product].operation(name)
    document = yaml.safe_load(SPECS[product].read_text(encoding="utf-8"))
    query: dict[str, Any] = {}
    for raw in operation.definition.raw.get("parameters", []):
        param = raw
        if "$ref" in raw:
            param = document["components"]["parameters"][raw["$ref"].rsplit("/", 1)[-1]]
        if "const" in param.get("schema", {}):
            query[param["name"]] = param["schema"]["const"]
    body: dict[str, Any] = {}
    for p in model.params:
        if p.required:
            (query if p.location == "query" else body)[p.wire] = p.example
    documented = operation.Case(query=query or None, body=body) if body else operation.Case(query=query or None)
    response = documented.call(base_url=emu.url, session=session)
    statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
    assert response.status_code == 200, response.text
    documented.validate_response(response, checks=CHECKS)
    assert emu.requests.total - before == sum(statuses.values()) >= 15
    assert statuses.get(200, 0) > 0, statuses  # the success schema was exercised
    assert all(s < 500 for s in statuses), statuses
    assert not emu.internal_errors
    # Every request was authenticated: no refusal was about the signature.
    codes = {r.error_code for r in emu.requests.snapshot() if r.seq > before}
    assert not codes & {"SignatureDoesNotMatch", "IncompleteSignature", "InvalidAuthorization"}, codes
