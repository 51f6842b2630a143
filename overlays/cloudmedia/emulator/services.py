"""Routing, parameter extraction and validation (driven by the service models), and the five operations.

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
from .auth import Principal, WireRequest
from .dataset import ICE_DEFAULT_PAGE_SIZE, PDS_DEFAULT_LIMIT, DataSet

__all__ = ["Registry", "Route", "Services", "default_services"]

#: Query parameters of the RPC protocol besides PROTOCOL_PARAMETERS: never operation parameters.
_RPC_PROTOCOL = PROTOCOL_PARAMETERS | {"SignatureType", "BearerToken", "RegionId"}
_INTEGER = re.compile(r"[+-]?\d+")

#: The packages whose service models the emulator serves.
SERVICE_PACKAGES = ("pds", "imm", "vod", "ice", "nta")


def default_services() -> list[ServiceModel]:
    """The service models of the generated packages."""
    import importlib

    out = []
    for package in SERVICE_PACKAGES:
        module = importlib.import_module(f"cloudmedia.{package}._service")
        out.append(module.SERVICE)
    return out


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


def _from_query(raw: str, schema: Mapping[str, Any]) -> Any:
    """A query value converted to the schema's JSON type; left a string when it does not convert (validation
    then reports it)."""
    kind = _schema_type(schema)
    if kind == "integer" and _INTEGER.fullmatch(raw.strip()):
        return int(raw)
    if kind == "number":
        try:
            return float(raw) if not _INTEGER.fullmatch(raw.strip()) else int(raw)
        except ValueError:
            return raw
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
            try:
                body = json.loads(req.body)
            except ValueError as exc:
                raise family_for_style(family).body_error(f"The body is not JSON ({exc}).") from None
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
            values[p.wire] = _from_query(query[p.wire], p.schema)
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
    """The behaviour of the emulated operations, over a :class:`DataSet`."""

    def __init__(self, dataset: DataSet) -> None:
        self.data = dataset
        self.handlers: dict[tuple[str, str], Handler] = {
            ("pds", "ScanFile"): self.scan_file,
            ("imm", "BatchGetFileMeta"): self.batch_get_file_meta,
            ("vod", "ListAIImageInfo"): self.list_ai_image_info,
            ("ice", "SearchMediaByFace"): self.search_media_by_face,
            ("nta", "CreateFileDetection"): self.create_file_detection,
        }

    def handle(self, call: Call) -> dict[str, Any]:
        service, op = call.route.service, call.route.operation
        assert service is not None and op is not None
        handler = self.handlers.get((service.product, op.action))
        if handler is None:
            raise E.invalid_action(f"{op.action} (not emulated)")
        return handler(call)

    # -------------------------------------------------------------------------------------------- PDS

    def scan_file(self, call: Call) -> dict[str, Any]:
        p = call.params
        drive_id: str = p["drive_id"]
        if not self.data.pds_drive_exists(drive_id):
            raise E.pds_not_found("drive", f"drive_id: {drive_id}")
        limit: int = p.get("limit", PDS_DEFAULT_LIMIT)
        marker = p.get("marker") or ""
        position = 0
        if marker:
            found = self.data.pds_position(drive_id, marker)
            if found is None or found > self.data.pds_files:
                raise E.pds_invalid("marker", "It is not a marker of this drive.")
            position = found
        return self.data.pds_scan(drive_id, position, limit, p.get("fields"))

    # -------------------------------------------------------------------------------------------- IMM

    def batch_get_file_meta(self, call: Call) -> dict[str, Any]:
        p = call.params
        project: str = p["ProjectName"]
        dataset: str = p["DatasetName"]
        if not self.data.imm_resource_exists(project):
            raise E.EmulatedError(404, "ResourceNotFound", f"The specified resource Project {project!r} is not found.")
        if not self.data.imm_resource_exists(dataset):
            raise E.EmulatedError(404, "ResourceNotFound", f"The specified resource Dataset {dataset!r} is not found.")
        uris: list[str] = p["URIs"]
        fields = p.get("WithFields") or None
        files = []
        for uri in uris:
            if not self.data.imm_known(uri):
                continue
            item = self.data.imm_file(project, dataset, uri)
            if fields:
                item = {k: item[k] for k in fields if k in item}
            files.append(item)
        return {"RequestId": call.request_id, "Files": files}

    # -------------------------------------------------------------------------------------------- VOD

    def list_ai_image_info(self, call: Call) -> dict[str, Any]:
        video_id: str = call.params["VideoId"]
        if not self.data.vod_video_exists(video_id):
            raise E.EmulatedError(404, "InvalidVideo.NotFound", "The video does not exist.")
        return {"RequestId": call.request_id, "AIImageInfoList": self.data.vod_image_infos(video_id)}

    # -------------------------------------------------------------------------------------------- ICE

    def search_media_by_face(self, call: Call) -> dict[str, Any]:
        p = call.params
        page_no: int = p.get("PageNo", 1)
        page_size: int = p.get("PageSize", ICE_DEFAULT_PAGE_SIZE)
        items, total = self.data.ice_search(p, page_no, page_size)
        return {
            "RequestId": call.request_id,
            "Success": "true",
            "Code": "200",
            "MediaInfoList": items,
            "Total": total,
        }

    # -------------------------------------------------------------------------------------------- NTA

    def create_file_detection(self, call: Call) -> dict[str, Any]:
        sign_url: str = call.params["SignURL"]
        if not sign_url.lower().startswith(("https://", "http://")):
            raise E.volc_op_invalid("SignURL", "It must be an http(s) presigned URL.")
        route = call.route
        assert route.service is not None
        return {
            "ResponseMetadata": {
                "RequestId": call.request_id,
                "Action": route.action,
                "Version": route.version,
                "Service": route.service.product,
                "Region": call.principal.region or "",
            },
            "Result": {"QueryKey": self.data.nta_query_key(sign_url)},
        }
