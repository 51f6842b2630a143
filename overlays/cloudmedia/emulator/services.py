"""Routing, parameter extraction and validation (driven by the service models), and the dispatch of a call to its
hand-written behaviour (:mod:`.behaviours`) or its spec example (:mod:`.examples`).

**Routing**, as the real endpoints tell requests apart, from the generated service models
(``cloudmedia.<package>._service.SERVICE``):

* a ROA operation (PDS ScanFile) by its path and method (``POST /v2/file/scan``);
* an Alibaba RPC operation (``/``) by its action and version: from the ``x-acs-action`` / ``x-acs-version``
  headers (ACS3), or from the ``Action`` / ``Version`` query parameters when the request carries a legacy
  ``Signature`` (those are signed, the headers are not) or no ``x-acs-*`` headers; the version picks the product
  (IMM 2020-09-30, VOD 2017-03-21, ICE 2020-11-09);
* a Volcengine operation by the ``Action`` and ``Version`` query parameters (NTA 2024-07-30).

**Parameters** are read where the model says they travel: RPC parameters from the query (each converted to the
schema's JSON type: integers, numbers, booleans, and arrays/objects given as one compact JSON value), ROA and
Volcengine parameters from the JSON body, then checked with :func:`cloudmedia._runtime.validation.validate_params`.
A required parameter sent empty counts as missing.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .._runtime.errors import ParamValidationError
from .._runtime.families import family_for_service, family_for_style
from .._runtime.model import BODY, QUERY, ROA, RPC, VOLCENGINE, OperationModel, ServiceModel
from .._runtime.signing.rpc_v1 import PROTOCOL_PARAMETERS
from .._runtime.validation import validate_params
from . import errors as E
from . import framing
from .auth import Principal, WireRequest
from .examples import answer_from_example
from .jsonbody import MAX_INTEGER_DIGITS, BadJson, parse_json

__all__ = ["Registry", "Route", "Services", "default_services"]

#: Query parameters of the RPC protocol besides PROTOCOL_PARAMETERS: never operation parameters.
_RPC_PROTOCOL = PROTOCOL_PARAMETERS | {"SignatureType", "BearerToken", "RegionId"}
_INTEGER = re.compile(r"[+-]?\d+")


def default_services() -> list[ServiceModel]:
    """The service models of every installed service package (the generated registry, ``cloudmedia._services``)."""
    import importlib

    from .._services import PACKAGES

    return [importlib.import_module(f"cloudmedia.{package}._service").SERVICE for package in PACKAGES]


def family_of(service: ServiceModel, op: OperationModel | None = None) -> str:
    """The wire family (its style) a request for ``service`` is answered in."""
    return op.style if op is not None else family_for_service(service).style


@dataclass(frozen=True)
class Route:
    """Where a request goes: the error family, and the service and operation when it was recognised."""

    family: str
    service: ServiceModel | None = None
    operation: OperationModel | None = None
    action: str = ""
    version: str = ""
    error: E.EmulatedError | None = None

    @property
    def product(self) -> str | None:
        return self.service.product if self.service is not None else None


class Registry:
    """Finds the operation a request is for, from the service models."""

    def __init__(self, services: Iterable[ServiceModel]) -> None:
        self.services = list(services)
        self._roa: dict[str, list[tuple[ServiceModel, OperationModel]]] = {}
        self._rpc: dict[str, ServiceModel] = {}
        self._volc: dict[str, ServiceModel] = {}
        for service in self.services:
            for op in service.operations.values():
                if op.style == ROA:
                    self._roa.setdefault(op.path.split("#", 1)[0], []).append((service, op))
                elif op.style == RPC:
                    self._rpc[service.version] = service
                elif op.style == VOLCENGINE:
                    self._volc[service.version] = service

    def route(self, req: WireRequest) -> Route:
        path = req.path
        if path in self._roa:
            candidates = self._roa[path]
            for service, op in candidates:
                if op.method.upper() == req.method.upper():
                    return Route(family_of(service, op), service, op, op.action, service.version)
            service, op = candidates[0]
            return Route(
                family_of(service, op),
                service,
                None,
                op.action,
                service.version,
                E.EmulatedError(405, "MethodNotAllowed", f"The method {req.method} is not allowed on {path}."),
            )
        if path != "/":
            if any(p.startswith("/v2/") for p in self._roa) and path.startswith("/v2/"):
                return Route(
                    E.PDS, error=E.EmulatedError(404, "NotFound", f"The API {req.method} {path} is not found.")
                )
            return Route(E.ALIBABA_RPC, error=E.invalid_action(f"{req.method} {path}"))
        return self._route_root(req)

    def _route_root(self, req: WireRequest) -> Route:
        query_action = req.query_value("Action")
        query_version = req.query_value("Version")
        header_action = req.header("x-acs-action")
        header_version = req.header("x-acs-version")
        authorization = (req.header("authorization") or "").strip()
        looks_volc = authorization.startswith("HMAC-SHA256 ") or req.header("x-date") is not None
        if req.query_value("Signature") is not None or (header_action is None and header_version is None):
            action, version = query_action, query_version
        else:
            action = header_action if header_action is not None else query_action
            version = header_version if header_version is not None else query_version
        if looks_volc or (version in self._volc and version not in self._rpc):
            service = self._volc.get(query_version or "")
            if service is None or not query_action:
                if not query_action or not query_version:
                    return Route(
                        E.VOLCENGINE, error=E.volc_missing_parameter("Action" if not query_action else "Version")
                    )
                return Route(
                    E.VOLCENGINE,
                    action=query_action,
                    version=query_version,
                    error=E.volc_invalid_action(query_action, query_version),
                )
            op = service.operation_for_action(query_action)
            if op is None:
                return Route(
                    E.VOLCENGINE,
                    service,
                    action=query_action,
                    version=query_version or "",
                    error=E.volc_invalid_action(query_action, query_version or ""),
                )
            return Route(E.VOLCENGINE, service, op, query_action, service.version)
        if not action:
            return Route(E.ALIBABA_RPC, error=E.missing_parameter("Action"))
        if not version:
            return Route(E.ALIBABA_RPC, action=action, error=E.missing_parameter("Version"))
        rpc_service = self._rpc.get(version)
        if rpc_service is None:
            return Route(E.ALIBABA_RPC, action=action, version=version, error=E.invalid_version(version))
        op = rpc_service.operation_for_action(action)
        if op is None:
            return Route(E.ALIBABA_RPC, rpc_service, None, action, version, E.invalid_action(action))
        return Route(E.ALIBABA_RPC, rpc_service, op, action, version)


# ----------------------------------------------------------------------------------------------- parameters


def _schema_type(schema: Mapping[str, Any]) -> str | None:
    declared = schema.get("type")
    if isinstance(declared, str):
        return declared
    if isinstance(declared, (list, tuple)):
        return next((t for t in declared if t != "null"), None)
    return None


class _QueryNumber(ValueError):
    pass


def _from_query(raw: str, schema: Mapping[str, Any]) -> Any:
    """A query value converted to the schema's JSON type; left a string when it does not convert (validation
    then reports it)."""
    kind = _schema_type(schema)
    if kind in ("integer", "number") and _INTEGER.fullmatch(raw.strip()):
        digits = len(raw.strip().lstrip("+-"))
        if digits > MAX_INTEGER_DIGITS:
            raise _QueryNumber(f"The value has {digits} digits; at most {MAX_INTEGER_DIGITS} are allowed.")
        return int(raw)
    if kind == "number":
        try:
            value = float(raw)
        except ValueError:
            return raw
        return value if math.isfinite(value) else raw
    if kind == "boolean" and raw.lower() in ("true", "false"):
        return raw.lower() == "true"
    if kind in ("array", "object"):
        try:
            return json.loads(raw)
        except ValueError:
            return raw
    return raw


def _param_error(family: str, err: ParamValidationError) -> E.EmulatedError:
    return family_for_style(family).param_error(err)


def _json_content_type(family: str, content_type: str | None) -> None:
    """A JSON body must say so (``application/json``, any parameters): a body is not parsed on a guess."""
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if media != "application/json" and not (media.startswith("application/") and media.endswith("+json")):
        raise framing.unsupported_media_type(content_type)


def extract_params(route: Route, req: WireRequest) -> dict[str, Any]:
    """The operation's parameters, by wire name, validated against the model."""
    op = route.operation
    assert op is not None
    family = route.family
    values: dict[str, Any] = {}
    body_params = [p for p in op.params if p.location == BODY]
    if body_params or family_for_style(op.style).body_parameters:
        body: Any = {}
        if req.body.strip():
            _json_content_type(family, req.header("content-type"))
            try:
                body = parse_json(req.body)
            except BadJson as exc:
                raise family_for_style(family).body_error(str(exc)) from None
        if not isinstance(body, dict):
            raise family_for_style(family).body_error("The body must be a JSON object.")
        for p in body_params:
            if p.wire in body:
                values[p.wire] = body[p.wire]
    query: dict[str, str] = {}
    for k, v in req.query:
        query.setdefault(k, v)
    for p in op.params:
        if p.location != QUERY or p.wire in ("Action", "Version") or p.wire in _RPC_PROTOCOL:
            continue
        if p.wire in query:
            try:
                values[p.wire] = _from_query(query[p.wire], p.schema)
            except _QueryNumber as exc:
                raise _param_error(
                    family, ParamValidationError(op.name, p.python, p.wire, "type", None, str(exc))
                ) from None
    for p in op.params:
        if p.required and values.get(p.wire) == "" and p.wire not in ("Action", "Version"):
            values[p.wire] = None
    try:
        validate_params(op, {k: v for k, v in values.items()})
    except ParamValidationError as err:
        raise _param_error(family, err) from None
    return {k: v for k, v in values.items() if v is not None}


# ----------------------------------------------------------------------------------------------- operations


@dataclass(frozen=True)
class Call:
    """What an operation handler gets."""

    route: Route
    params: Mapping[str, Any]
    principal: Principal
    request_id: str


Handler = Callable[[Call], dict[str, Any]]


class Services:
    """Answers a verified, validated call: with the operation's hand-written behaviour when it has one
    (``handlers``, keyed by ``(product, action)``), else from the operation's example (:mod:`.examples`)."""

    def __init__(self, handlers: dict[tuple[str, str], Handler]) -> None:
        self.handlers = handlers

    def handle(self, call: Call) -> dict[str, Any]:
        service, op = call.route.service, call.route.operation
        assert service is not None and op is not None
        handler = self.handlers.get((service.product, op.action))
        if handler is None:
            return answer_from_example(call)
        return handler(call)
