"""The wire-family registry: one object per protocol, selected by the spec's operation style, declared once."""

from __future__ import annotations

import pytest
from cloudmedia._runtime import families as registry
from cloudmedia._runtime.families import WireFamily, families, family_for_service, family_for_style
from cloudmedia._runtime.families.alibaba_rpc import AlibabaRpcClient
from cloudmedia._runtime.families.pds import PdsBaseClient
from cloudmedia._runtime.families.volcengine import VolcengineClient
from cloudmedia.ice import IceClient
from cloudmedia.imm import ImmClient
from cloudmedia.nta import NtaClient
from cloudmedia.pds import PdsClient
from cloudmedia.vod import VodClient
from specdev import validate


def test_registry_by_style():
    assert [f.style for f in families()] == ["rpc", "roa", "volcengine"]
    assert registry.STYLES == ("rpc", "roa", "volcengine")
    assert family_for_style("roa").client_base() is PdsBaseClient
    with pytest.raises(KeyError, match="known: rpc, roa, volcengine"):
        family_for_style("soap")


@pytest.mark.parametrize(
    ("client", "base"),
    [
        (ImmClient, AlibabaRpcClient),
        (VodClient, AlibabaRpcClient),
        (IceClient, AlibabaRpcClient),
        (PdsClient, PdsBaseClient),
        (NtaClient, VolcengineClient),
    ],
)
def test_generated_clients_inherit_their_family_base(client, base):
    """The generator picks the base from the registry; the client's family is the one of its spec's style."""
    assert issubclass(client, base)
    assert client._family is family_for_service(client._service)
    assert set(client._service.signing) <= set(client._family.signing)


def test_spec_validator_reads_the_registry():
    """The scheme, style and vendor lists exist once: the validator's are the registry's."""
    assert validate.SIGNING_SCHEMES == registry.signing_schemes()
    assert validate.SIGNING_SCHEMES == ("acs3", "rpc-hmac-sha1", "pds-hmac-sha1", "bearer", "volc-hmac-sha256")
    assert validate.STYLES == registry.STYLES
    assert validate.VENDOR_STYLES == {"alibaba": ("rpc", "roa"), "volcengine": ("volcengine",)}


def test_a_style_or_scheme_registers_once():
    class Again(WireFamily):
        style = "rpc"
        vendor = "alibaba"
        title = "again"
        signing = ("x-new",)

    with pytest.raises(ValueError, match="already registered"):
        registry.register(Again())

    class Steals(WireFamily):
        style = "steals"
        vendor = "alibaba"
        title = "steals"
        signing = ("acs3",)

    with pytest.raises(ValueError, match="acs3"):
        registry.register(Steals())
    assert "steals" not in registry.STYLES


def test_a_service_uses_one_family():
    from cloudmedia._runtime.model import OperationModel, ServiceModel

    def op(name: str, style: str) -> OperationModel:
        return OperationModel(name=name, action=name, style=style, method="POST", path="/", idempotent=True, params=())

    mixed = ServiceModel(
        vendor="alibaba",
        product="x",
        package="x",
        client="X",
        version="1",
        title="X",
        signing=("acs3",),
        endpoint={},
        operations={"A": op("A", "rpc"), "B": op("B", "roa")},
    )
    with pytest.raises(ValueError, match="exactly one operation style"):
        family_for_service(mixed)


def test_a_new_family_is_one_class_and_one_registration():
    """A toy protocol (GET, every parameter in the query, errors as ``{"error": ...}``) works through the generic
    wire builder, response classification and emulator verifier as soon as it is registered."""
    import json

    from cloudmedia._runtime.errors import ClientError, error_from_response
    from cloudmedia._runtime.model import QUERY, OperationModel, ParamModel, ServiceModel
    from cloudmedia._runtime.wire import build_request
    from cloudmedia.emulator.auth import Principal, Verifier, WireRequest
    from cloudmedia.emulator.credentials import CredentialSet

    class Toy(WireFamily):
        style = "toy"
        vendor = "toyco"
        title = "Toy JSON"
        signing = ("toy-none",)
        request_id_headers = ("x-toy-id",)
        body_parameters = False

        def method_and_path(self, op):
            return "GET", f"/{op.action}"

        def encode_body(self, body, *, send_body, user_agent):
            return b"", [("user-agent", user_agent)]

        def classify(self, product, status, headers, body, operation=None):
            data = json.loads(body)
            if "error" in data:
                return None, ClientError(data["error"], "toy error", headers.get("x-toy-id"), status)
            return data, None

        def verify(self, verifier, request, product):
            return Principal("toy-none")

    toy = registry.register(Toy())
    try:
        op = OperationModel(
            name="Ping",
            action="Ping",
            style="toy",
            method="GET",
            path="/",
            idempotent=True,
            params=(ParamModel("Who", "who", QUERY, True, {"type": "string"}),),
        )
        service = ServiceModel("toyco", "toy", "toy", "ToyClient", "1", "Toy", ("toy-none",), {}, {"Ping": op})
        request = build_request(service, op, {"who": "a b"}, None, base_url="http://127.0.0.1:1", user_agent="ua")
        assert (request.method, str(request.url)) == ("GET", "http://127.0.0.1:1/Ping?Who=a+b")
        err = error_from_response("toy", "toy", 200, {"x-toy-id": "T1"}, b'{"error": "Nope"}')
        assert isinstance(err, ClientError) and (err.code, err.request_id) == ("Nope", "T1")
        assert family_for_service(service) is toy
        verifier = Verifier(CredentialSet(), clock=lambda: __import__("datetime").datetime.now())
        assert verifier.verify(WireRequest("GET", "/Ping", "", (), b""), "toy").scheme == "toy-none"
        assert "toy-none" in registry.signing_schemes()
    finally:
        registry._REGISTRY.pop("toy")


def test_spec_validator_checks_the_family_of_a_service():
    """A service lists only its family's signing schemes and uses one family (both come from the registry)."""
    import copy

    from specdev.loader import REPO_ROOT, load_spec
    from specdev.validate import check_document

    spec = load_spec(REPO_ROOT / "specs" / "alibaba" / "imm-2020-09-30.yaml")
    assert check_document(spec) == []
    wrong_scheme = copy.deepcopy(spec)
    wrong_scheme["info"]["x-cloudmedia"]["signing"] = ["acs3", "bearer"]
    problems = check_document(wrong_scheme)
    assert [(p.pointer, "bearer" in p.message) for p in problems] == [("/info/x-cloudmedia/signing", True)]
    mixed = copy.deepcopy(spec)
    item = next(iter(mixed["paths"].values()))
    other = copy.deepcopy(item)
    for op in other.values():
        if isinstance(op, dict) and "x-cloudmedia" in op:
            op["x-cloudmedia"]["style"] = "roa"
            op["operationId"] = "Other"
    mixed["paths"]["/v2/other"] = other
    assert any("one wire family" in p.message for p in check_document(mixed))


@pytest.mark.parametrize("family", families(), ids=lambda f: f.style)
def test_family_declarations_agree_with_its_client_base(family):
    """What the generator reads from a family (credential options, token schemes) is what its client base takes."""
    import inspect

    parameters = inspect.signature(family.client_base().__init__).parameters
    for name, _help, _secret in family.credential_options:
        assert name in parameters
    assert family.token_schemes <= set(family.signing)
    if family.token_schemes:
        assert "access_token" in parameters
    if family.region_in_signature:
        assert "region" in parameters
    assert "deadline" in parameters and "timeout" in parameters
