"""The official vendor SDKs as test oracles, driven by the specs alone.

Every operation of every spec under ``specs/`` is an oracle case: its arguments come from the spec's examples
(each parameter's ``example``, or the request body's ``doc`` example), the SDK's request model and client method
are found by the operation's name (``alibabacloud_imm20200930.models.GetFileMetaRequest`` and
``Client.get_file_meta_with_options``; ``volcenginesdknta.CreateFileDetectionRequest`` and
``NTAApi.create_file_detection``), and the credential kinds by the service's signing schemes. Adding an operation
to a spec (and regenerating) adds its cases; nothing here names an operation.
"""

from __future__ import annotations

import importlib
import inspect
import typing
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from cloudmedia._runtime.credentials_types import AlibabaCredentials, VolcengineCredentials
from cloudmedia._runtime.model import OperationModel, ServiceModel

REPO_ROOT = Path(__file__).resolve().parents[1]

#: Signing schemes that authenticate with a token (one credential kind) rather than an AccessKey pair (two:
#: ``ak`` and ``sts``).
TOKEN_SCHEMES = frozenset({"bearer"})

#: Appended to every free-form string argument (no enum, const, pattern or format) in the ``tricky`` variant:
#: every character class the wire encodings and the signatures treat specially.
TRICKY = " a/b~c*d+e=f&g?h%i#j'k\"l\\m中😀"


def _resolve(document: Mapping[str, Any], node: Any) -> Any:
    while isinstance(node, Mapping) and "$ref" in node:
        target: Any = document
        for part in node["$ref"][2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _load(path: Path) -> dict[str, Any]:
    import yaml

    with path.open(encoding="utf-8") as handle:
        document: dict[str, Any] = yaml.safe_load(handle)
    return document


@dataclass(frozen=True)
class Credential:
    """One way to authenticate: a signing scheme and a credential kind (``ak``, ``sts`` or ``token``)."""

    scheme: str
    kind: str

    @property
    def id(self) -> str:
        return f"{self.scheme}-{self.kind}"


@dataclass(frozen=True)
class SpecOperation:
    """One operation of one spec, with what the generated package made of it."""

    spec: Path
    document: Mapping[str, Any]
    name: str
    raw: Mapping[str, Any]

    @property
    def meta(self) -> Mapping[str, Any]:
        meta: Mapping[str, Any] = self.document["info"]["x-cloudmedia"]
        return meta

    @property
    def package(self) -> str:
        return str(self.meta["package"])

    @property
    def id(self) -> str:
        return f"{self.package}-{self.name}"

    @property
    def service(self) -> ServiceModel:
        service: ServiceModel = importlib.import_module(f"cloudmedia.{self.package}._service").SERVICE
        return service

    @property
    def model(self) -> OperationModel:
        return self.service.operations[self.name]

    @property
    def client_cls(self) -> Any:
        return getattr(importlib.import_module(f"cloudmedia.{self.package}"), self.service.client)

    @property
    def region(self) -> str:
        return str(self.meta.get("endpoint", {}).get("default_region") or "cn-hangzhou")

    @property
    def credentials(self) -> list[Credential]:
        """Every credential kind the service takes, one per token scheme and two (AccessKey, STS) per key scheme."""
        out: list[Credential] = []
        for scheme in self.meta["signing"]:
            kinds = ("token",) if scheme in TOKEN_SCHEMES else ("ak", "sts")
            out.extend(Credential(scheme, kind) for kind in kinds)
        return out

    # ------------------------------------------------------------------------------------------ examples

    def arguments(self, variant: str = "example") -> dict[str, Any]:
        """The operation's arguments by wire name, from the spec's examples; ``tricky`` appends :data:`TRICKY` to
        every free-form string; ``required`` keeps only the required parameters."""
        doc = self.document
        args: dict[str, Any] = {}
        schemas: dict[str, Any] = {}
        for raw in self.raw.get("parameters", []):
            param = _resolve(doc, raw)
            schema = _resolve(doc, param.get("schema", {}))
            if "const" in schema:
                continue  # Action / Version: the protocol carries them
            found = _example(doc, param, schema)
            if found is _MISSING:
                assert not param.get("required"), f"{self.id}: required parameter {param['name']} has no example"
                continue
            args[param["name"]], schemas[param["name"]] = found, schema
        body = self.raw.get("requestBody")
        if body is not None:
            content = _resolve(doc, body)["content"]["application/json"]
            schema = _resolve(doc, content["schema"])
            whole = _resolve(doc, (content.get("examples") or {}).get("doc", {})).get("value", content.get("example"))
            for name, prop in schema.get("properties", {}).items():
                if isinstance(whole, Mapping) and name in whole:
                    found = whole[name]
                else:
                    found = _example(doc, _resolve(doc, prop), _resolve(doc, prop))
                if found is _MISSING:
                    assert name not in schema.get("required", []), f"{self.id}: required {name} has no example"
                    continue
                args[name], schemas[name] = found, prop
        if variant == "tricky":
            return {name: _tricky(doc, schemas[name], value) for name, value in args.items()}
        if variant == "required":
            return {p.wire: args[p.wire] for p in self.model.params if p.required}
        assert variant == "example", variant
        return args

    def reply(self) -> Any:
        """The documented success response (the ``doc`` example of the 200 response)."""
        content = _resolve(self.document, self.raw["responses"]["200"])["content"]["application/json"]
        example = _resolve(self.document, (content.get("examples") or {}).get("doc"))
        assert example is not None, f"{self.id}: the 200 response has no doc example"
        return example["value"]

    # ------------------------------------------------------------------------------------------ our client

    def python_arguments(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Wire-named arguments as the generated method takes them: Python names, objects as their models."""
        endpoint = importlib.import_module(f"cloudmedia.{self.package}.api.default.{self.model.python_name}")
        hints = typing.get_type_hints(endpoint.sync, localns={self.service.client: self.client_cls})
        return {
            self.model.param(wire).python: _as_python(hints[self.model.param(wire).python], v)
            for wire, v in args.items()
        }

    def our_client(
        self, credential: Credential, endpoint_url: str, secrets: Secrets, *, clock: Any = None, nonce: Any = None
    ) -> Any:
        """The generated client, set up for ``credential``, pinned to ``clock`` and ``nonce`` when given."""
        kwargs: dict[str, Any] = {"endpoint_url": endpoint_url}
        if clock is not None:
            kwargs["clock"] = clock
        if nonce is not None and "nonce" in inspect.signature(self.client_cls).parameters:
            kwargs["nonce"] = nonce
        options = {o.name for o in self.service.client_options}
        if "region" in options:
            kwargs["region"] = self.region
        if "signature_algorithm" in options:
            kwargs["signature_algorithm"] = credential.scheme
        if credential.kind == "token":
            kwargs["access_token"] = secrets.access_token_value
        else:
            kwargs["credentials"] = key_of(secrets, self.meta["vendor"], credential.kind)
        return self.client_cls(**kwargs)

    # ------------------------------------------------------------------------------------------ the SDK

    def call_sdk(self, credential: Credential, hostport: str, args: Mapping[str, Any], secrets: Secrets) -> Any:
        """Make the call with the official SDK against ``hostport`` (plain HTTP); returns the response body (Alibaba)
        or result (Volcengine) as the SDK parsed it."""
        if self.meta["vendor"] == "volcengine":
            return self._call_volcengine(credential, hostport, args, secrets)
        return self._call_alibaba(credential, hostport, args, secrets)

    @cached_property
    def alibaba_sdk(self) -> tuple[Any, Any]:
        """The SDK package's client class and models module (``alibabacloud_<product><version digits>``)."""
        name = f"alibabacloud_{self.meta['product']}{str(self.document['info']['version']).replace('-', '')}"
        return importlib.import_module(f"{name}.client").Client, importlib.import_module(f"{name}.models")

    def _call_alibaba(self, credential: Credential, hostport: str, args: Mapping[str, Any], secrets: Secrets) -> Any:
        from alibabacloud_tea_openapi.utils_models import Config
        from darabonba.runtime import RuntimeOptions

        client_cls, models = self.alibaba_sdk
        config: dict[str, Any] = {"endpoint": hostport, "protocol": "http", "region_id": self.region}
        if credential.kind == "token":
            config["bearer_token"] = secrets.access_token_value
        else:
            key = key_of(secrets, "alibaba", credential.kind)
            config.update(access_key_id=key.access_key_id, access_key_secret=key.access_key_secret)
            if key.security_token:
                config["security_token"] = key.security_token
        if credential.scheme == "rpc-hmac-sha1":
            config["signature_algorithm"] = "v2"
        request = getattr(models, f"{self.name}Request")().from_map(dict(args))
        method = getattr(client_cls(Config(**config)), _sdk_method(client_cls, self.name, "_with_options"))
        # RPC: (request, runtime); ROA: (request, headers, runtime)
        extra: tuple[dict[str, str], ...] = ({},) if len(inspect.signature(method).parameters) == 3 else ()
        return method(request, *extra, RuntimeOptions()).body

    def _call_volcengine(self, credential: Credential, hostport: str, args: Mapping[str, Any], secrets: Secrets) -> Any:
        import volcenginesdkcore

        module = importlib.import_module(f"volcenginesdk{self.meta['product']}")
        (api_name,) = [n for n in dir(module) if n.endswith("Api") and inspect.isclass(getattr(module, n))]
        api_cls = getattr(module, api_name)
        cfg = volcenginesdkcore.Configuration()
        key = key_of(secrets, "volcengine", credential.kind)
        cfg.ak, cfg.sk, cfg.region = key.access_key_id, key.secret_access_key, self.region
        cfg.host, cfg.scheme = hostport, "http"
        if key.session_token:
            cfg.session_token = key.session_token
        request_cls = getattr(module, f"{self.name}Request")
        python_of = {wire: python for python, wire in request_cls.attribute_map.items()}
        unknown = sorted(set(args) - set(python_of))
        assert not unknown, f"{self.id}: the SDK's {request_cls.__name__} has no {unknown}"
        request = request_cls(**{python_of[wire]: value for wire, value in args.items()})
        api = api_cls(volcenginesdkcore.ApiClient(cfg))
        return getattr(api, _sdk_method(api_cls, self.name, ""))(request)


_MISSING: Any = object()


def _example(document: Mapping[str, Any], holder: Mapping[str, Any], schema: Mapping[str, Any]) -> Any:
    if "example" in holder:
        return holder["example"]
    for example in (holder.get("examples") or {}).values():
        return _resolve(document, example).get("value", _MISSING)
    for key in ("example", "default"):
        if key in schema:
            return schema[key]
    if schema.get("examples"):
        return schema["examples"][0]
    return _MISSING


def _tricky(document: Mapping[str, Any], schema: Any, value: Any) -> Any:
    schema = _resolve(document, schema)
    if isinstance(value, str):
        free = schema.get("type") == "string" and not ({"enum", "const", "pattern", "format"} & set(schema))
        fits = schema.get("maxLength") is None or len(value) + len(TRICKY) <= schema["maxLength"]
        return value + TRICKY if free and fits else value
    if isinstance(value, list) and "items" in schema:
        return [_tricky(document, schema["items"], v) for v in value]
    if isinstance(value, dict) and "properties" in schema:
        props = schema["properties"]
        return {k: _tricky(document, props[k], v) if k in props else v for k, v in value.items()}
    return value


def _as_python(hint: Any, value: Any) -> Any:
    for arg in typing.get_args(hint) or (hint,):
        if isinstance(value, dict) and hasattr(arg, "from_dict"):
            return arg.from_dict(value)
        if isinstance(value, list) and typing.get_origin(arg) is list:
            (item,) = typing.get_args(arg)
            if hasattr(item, "from_dict"):
                return [item.from_dict(v) for v in value]
    return value


def _sdk_method(owner: type, operation: str, suffix: str) -> str:
    """The SDK method of an operation: its name less ``suffix`` is the operation's name in some snake case
    (``list_aiimage_info_with_options`` for ListAIImageInfo)."""
    key = operation.lower()
    found = [
        name
        for name in dir(owner)
        if not name.startswith("_")
        and name.endswith(suffix)
        and name[: len(name) - len(suffix)].replace("_", "").lower() == key
    ]
    assert len(found) == 1, f"{owner.__name__} has no single method for {operation}: {found}"
    return found[0]


def spec_operations(root: Path = REPO_ROOT) -> list[SpecOperation]:
    """Every operation of every spec under ``root / "specs"``, in spec order."""
    out = []
    for path in sorted((root / "specs").rglob("*.yaml")):
        if "snapshots" in path.relative_to(root / "specs").parts:
            continue
        document = _load(path)
        for item in document.get("paths", {}).values():
            for method, op in item.items():
                if method in {"get", "post", "put", "delete", "patch"}:
                    out.append(SpecOperation(path, document, str(op["operationId"]), op))
    return out


def cases(variants: tuple[str, ...] = ("example",)) -> Iterator[tuple[SpecOperation, Credential, str]]:
    """Every operation x credential kind x argument variant."""
    for op in spec_operations():
        for credential in op.credentials:
            for variant in variants:
                yield op, credential, variant


def case_id(value: Any) -> str:
    if isinstance(value, SpecOperation | Credential):
        return value.id
    return str(value)


@dataclass(frozen=True)
class Secrets:
    """The credentials the cases sign with (the emulator's ``CredentialSet`` has the same attributes)."""

    alibaba_key: AlibabaCredentials
    alibaba_sts: AlibabaCredentials
    access_token_value: str
    volcengine_key: VolcengineCredentials
    volcengine_sts: VolcengineCredentials


def key_of(secrets: Secrets, vendor: str, kind: str) -> Any:
    """The AccessKey credentials of a vendor (``alibaba``, ``volcengine``) for a kind (``ak``, ``sts``)."""
    return getattr(secrets, f"{vendor}_{'sts' if kind == 'sts' else 'key'}")


# Fixed credentials (fake: they only ever sign requests to 127.0.0.1).
AK = "LTAI5tFakeAccessKeyId"
SK = "FakeAccessKeySecret/with+special=chars"
STS_TOKEN = "CAIS+gF1q6Ft5B2yfSjIr5bjHPCN/nrdR8aSaSW7woVlmVd1Bt5HorDz2IHpPfHdoBe0btvU=="
BEARER = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyIn0.c2lnbmF0dXJl+/="
VOLC_AK = "AKLTZmFrZWFrZm9ydGVzdGluZzAwMDAwMDAwMDA"
VOLC_SK = "WmFrZVNlY3JldEtleUZvclRlc3RpbmdPbmx5MDAwMDAwMA=="
VOLC_TOKEN = "nChZVYW.fake+session/token==.CioKFlp0clhw~x"
FIXED = Secrets(
    AlibabaCredentials(AK, SK),
    AlibabaCredentials(AK, SK, STS_TOKEN),
    BEARER,
    VolcengineCredentials(VOLC_AK, VOLC_SK),
    VolcengineCredentials(VOLC_AK, VOLC_SK, VOLC_TOKEN),
)

__all__ = [
    "AK",
    "BEARER",
    "FIXED",
    "SK",
    "STS_TOKEN",
    "TRICKY",
    "VOLC_AK",
    "VOLC_SK",
    "VOLC_TOKEN",
    "Credential",
    "Secrets",
    "SpecOperation",
    "case_id",
    "cases",
    "spec_operations",
]
