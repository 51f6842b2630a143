"""The wire format: an operation call as the unsigned :class:`httpx.Request` the official SDK would send.

This module is the generic builder; what differs between protocols comes from the operation's wire family
(:mod:`.families`: method and path, protocol query and headers, body encoding). The families give:

* **RPC** (Alibaba IMM, VOD, ICE): ``POST /``; every operation parameter in the query, form-encoded (space is
  ``+``), in alphabetical order of the wire names; ints and other scalars via ``str()`` (as the SDK does, so a bool
  is ``True``/``False``); arrays and objects as **one** compact JSON value
  (``json.dumps(v, separators=(",", ":"), ensure_ascii=False)``); ``None`` omitted; empty body
  (``Content-Length: 0``, no content type); headers ``x-acs-action``, ``x-acs-version``, ``user-agent``,
  ``accept: application/json``. The ``Action``/``Version`` parameters are *not* put in the query: ACS3 carries
  them in the headers and the RPC HMAC-SHA1 signer adds them to the query itself.
* **ROA** (PDS): the operation's method and path; a compact JSON body with sorted keys, raw UTF-8
  (``ensure_ascii=False``), ``content-type: application/json; charset=utf-8``, plus ``x-acs-action``,
  ``x-acs-version``, ``user-agent`` and ``accept``.
* **Volcengine**: ``POST /?Action=X&Version=Y`` (in that order), the body ``json.dumps(body)`` with Python's
  defaults (``", "``/``": "`` separators, ``ensure_ascii=True``) - byte-identical to the official SDK - and
  ``Content-Type: application/json``, ``Accept: application/json``, ``User-Agent``.

Parameters may be given by wire name (``URIs``) or Python name (``uris``). Signing happens afterwards, in the
transport, with one of the :mod:`.signing` signers.

This runs for every call: the per-operation work (parameter order, name lookup, static headers) is computed once
and cached, the query string is built directly (not through httpx's ``params=`` machinery), and the URL object
is made without re-parsing when it is already in canonical form (see ``signing._encoding.make_url``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from .endpoints import split_endpoint_url
from .families import WireFamily, family_for_style
from .model import BODY, QUERY, OperationModel, ServiceModel
from .signing._encoding import SIGNING_QUERY, SigningQuery, form_encode, make_url

__all__ = ["build_request", "query_value"]

#: Parameters the protocol itself carries; callers may pass them (they are declared as ``const`` in the specs).
_PROTOCOL_PARAMS = frozenset({"Action", "Version"})


def query_value(value: Any) -> str:
    """A query parameter value as the official Alibaba SDK renders it (the caller drops ``None``)."""
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    if isinstance(value, bytes):
        return value.decode("utf-8")
    return str(value)


def _drop_none(value: Any) -> Any:
    """Remove ``None`` members of objects, recursively (the SDK models omit unset fields)."""
    if isinstance(value, dict):
        return {k: _drop_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_drop_none(v) for v in value]
    return value


@dataclass(frozen=True, slots=True)
class _Plan:
    op: OperationModel
    family: WireFamily
    method: str
    path: str
    query_order: tuple[str, ...]
    """Wire names of the query parameters (protocol ones excluded), in wire order."""
    query_names: Mapping[str, str]
    """Accepted key (wire or Python name) -> wire name, for query parameters."""
    body_order: tuple[str, ...]
    body_names: Mapping[str, str]
    has_body: bool
    static_headers: tuple[tuple[str, str], ...]
    prefix_pairs: tuple[tuple[str, str, str, str], ...]
    """The family's protocol query (Volcengine: ``Action=X&Version=Y``) as ``(key, value, wire key, wire value)``."""
    static_raw: tuple[tuple[bytes, bytes], ...]
    """``static_headers`` encoded as httpx would encode them."""
    empty_content_length: bool
    """httpx adds ``Content-Length: 0`` to an empty request of this method."""


_PLANS: dict[tuple[int, int], tuple[ServiceModel, _Plan]] = {}


def _plan(service: ServiceModel, op: OperationModel) -> _Plan:
    key = (id(service), id(op))
    cached = _PLANS.get(key)
    if cached is not None and cached[0] is service and cached[1].op is op:
        return cached[1]
    plan = _make_plan(service, op)
    if len(_PLANS) > 4096:
        _PLANS.clear()
    _PLANS[key] = (service, plan)
    return plan


def _make_plan(service: ServiceModel, op: OperationModel) -> _Plan:
    try:
        family = family_for_style(op.style)
    except KeyError:
        raise ValueError(f"{op.name}: unknown operation style {op.style!r}") from None
    query_params = [p for p in op.params if p.location == QUERY and p.wire not in _PROTOCOL_PARAMS]
    body_params = [p for p in op.params if p.location == BODY]
    if body_params and not family.body_parameters:
        raise ValueError(f"{op.name}: an {family.title} operation has no body parameters")
    query_names: dict[str, str] = {}
    body_names: dict[str, str] = {}
    for params, names in ((query_params, query_names), (body_params, body_names)):
        for p in params:
            if p.python:
                names.setdefault(p.python, p.wire)
        for p in params:
            names[p.wire] = p.wire
    method, path = family.method_and_path(op)
    static_headers = family.static_headers(service, op)
    try:
        static_raw = tuple((k.encode("ascii"), v.encode("ascii")) for k, v in static_headers)
    except UnicodeEncodeError:
        static_raw = ()  # httpx refuses them: build_request takes the general path, which raises as httpx does
    return _Plan(
        op=op,
        family=family,
        method=method,
        path=path,
        query_order=tuple(sorted(p.wire for p in query_params)),
        query_names=query_names,
        body_order=family.body_order(body_params),
        body_names=body_names,
        has_body=bool(body_params) or family.always_body,
        static_headers=static_headers,
        prefix_pairs=tuple((k, v, form_encode(k), form_encode(v)) for k, v in family.protocol_query(service, op)),
        static_raw=static_raw,
        empty_content_length=method in ("POST", "PUT", "PATCH"),
    )


def _normalise(
    values: Mapping[str, Any] | None, names: Mapping[str, str], op: OperationModel, where: str
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if not values:
        return out
    for key, value in values.items():
        wire = names.get(key)
        if wire is None:
            if key in _PROTOCOL_PARAMS and where == "query":
                continue
            raise ValueError(f"{op.name}: unknown {where} parameter {key!r}")
        if value is not None:
            out[wire] = value
    return out


def _query(plan: _Plan, values: Mapping[str, Any]) -> tuple[str, list[tuple[str, str, str, str]]]:
    """The wire query string and its ``(key, value, wire key, wire value)`` quadruples, in wire order."""
    quads = list(plan.prefix_pairs)
    for wire in plan.query_order:
        value = values.get(wire)
        if value is not None:
            text = query_value(value)
            quads.append((wire, text, form_encode(wire), form_encode(text)))
    return "&".join([f"{q[2]}={q[3]}" for q in quads]), quads


def _signing_query(request: httpx.Request, quads: list[tuple[str, str, str, str]]) -> SigningQuery:
    """The query in the forms the signers need, attached under ``SIGNING_QUERY`` so they need not decode and
    re-encode the URL (a signer uses it only while ``request.url`` is still the very URL object it describes)."""
    # RFC 3986 encoding (``quote(s, safe="~")``) and form encoding (``quote_plus(s, safe="")``) of one string differ
    # only in the space: ``%20`` against ``+`` (a literal ``+`` is ``%2B`` in both, ``~`` literal in both).
    return SigningQuery(
        request.url,
        [(q[0], q[1]) for q in quads],
        [(q[2].replace("+", "%20"), q[3].replace("+", "%20")) for q in quads],
    )


def build_request(
    service: ServiceModel,
    op: OperationModel,
    query: dict[str, Any],
    body: dict[str, Any] | None,
    *,
    base_url: str,
    user_agent: str,
    extra_headers: Mapping[str, str] | Iterable[tuple[str, str]] | None = None,
) -> httpx.Request:
    """Build the unsigned request for one call of ``op`` (see the module docstring for each family).

    ``base_url`` is ``scheme://host[:port]`` or a bare host (HTTPS); the host, port included, becomes the
    ``Host`` header that is sent and signed. ``extra_headers`` are added last. Raises :class:`ValueError` for a
    parameter the operation does not declare, a body on an RPC operation, or a URL httpx refuses (longer than
    64 KiB: RPC operations carry every parameter in the query).
    """
    plan = _plan(service, op)
    scheme, host = split_endpoint_url(base_url)
    query_values = _normalise(query, plan.query_names, op, "query")
    qs, quads = _query(plan, query_values)

    family = plan.family
    headers: list[tuple[str, str]] = list(plan.static_headers)
    if body and not family.body_parameters:
        raise ValueError(f"{op.name}: an {family.title} operation sends every parameter in the query, not a body")
    body_values = _normalise(body, plan.body_names, op, "body")
    ordered = {k: _drop_none(body_values[k]) for k in plan.body_order if k in body_values}
    content, more_headers = family.encode_body(
        ordered, send_body=plan.has_body or body is not None, user_agent=user_agent
    )
    headers.extend(more_headers)
    if extra_headers:
        items = extra_headers.items() if isinstance(extra_headers, Mapping) else extra_headers
        headers.extend((str(k), str(v)) for k, v in items)
    try:
        url = make_url(scheme, host, plan.path, qs or None)
    except httpx.InvalidURL as exc:
        size = len(scheme) + len(host) + len(plan.path) + len(qs) + 4
        raise ValueError(f"{op.name}: cannot build the request URL ({size} characters): {exc}") from None
    if extra_headers or not plan.static_raw or not url.host:
        # the general path: httpx adds Host / Content-Length itself (the extra headers may carry them)
        request = httpx.Request(plan.method, url, headers=headers, content=content)
        request.extensions[SIGNING_QUERY] = _signing_query(request, quads)
        return request
    # The same request, headers in the same order, without httpx's header bookkeeping: exactly what
    # ``httpx.Request(method, url, headers=headers, content=content)`` builds (Host first, then Content-Length: 0
    # for an empty POST/PUT/PATCH, the headers, and Content-Length last for a body).
    raw: list[tuple[bytes, bytes]] = [(b"Host", url.netloc)]
    if not content and plan.empty_content_length:
        raw.append((b"Content-Length", b"0"))
    raw.extend(plan.static_raw)
    n = len(plan.static_raw)
    raw.extend([(k.encode("ascii"), v.encode("ascii")) for k, v in headers[n:]])
    if content:
        raw.append((b"Content-Length", str(len(content)).encode("ascii")))
    request = httpx.Request(plan.method, url, headers=httpx.Headers(raw), stream=httpx.ByteStream(content))
    request.read()
    request.extensions[SIGNING_QUERY] = _signing_query(request, quads)
    return request
