"""Every documented limit of every parameter of every service is enforced before any I/O.

The cases are derived from the generated service models (themselves rendered from the specs), so a limit added to
a spec is tested without editing this file; a schema keyword this file does not know how to violate fails the
inventory test instead of being skipped silently.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from _clients_support import operation_args
from cloudmedia import ParamValidationError
from cloudmedia.ice._service import SERVICE as ICE
from cloudmedia.imm._service import SERVICE as IMM
from cloudmedia.nta._service import SERVICE as NTA
from cloudmedia.pds._service import SERVICE as PDS
from cloudmedia.vod._service import SERVICE as VOD

SERVICES = {"pds": PDS, "imm": IMM, "vod": VOD, "ice": ICE, "nta": NTA}

#: Keywords a ParamModel schema may carry that are not limits.
_NOT_LIMITS = {"default", "example", "description", "title", "format"}
#: Limits this file knows how to break.
_BREAKABLE = {"type", "minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems", "enum", "items", "const"}

_WRONG_TYPE = {"string": 12345, "integer": "12", "number": "1.5", "boolean": "yes", "array": "a,b", "object": "k=v"}


def _valid_scalar(schema: dict) -> Any:
    if "enum" in schema:
        return schema["enum"][0]
    t = schema.get("type")
    if t == "string":
        return "x" * max(schema.get("minLength", 1), 1)
    if t in ("integer", "number"):
        return schema.get("minimum", 1)
    if t == "boolean":
        return True
    return "x"


def violations(schema: dict) -> list[tuple[str, str, Any]]:
    """``(rule, path suffix, value)`` for every limit of ``schema``."""
    cases: list[tuple[str, str, Any]] = []
    t = schema.get("type")
    if t in _WRONG_TYPE:
        cases.append(("type", "", _WRONG_TYPE[t]))
    if "minimum" in schema:
        cases.append(("minimum", "", schema["minimum"] - 1))
    if "maximum" in schema:
        cases.append(("maximum", "", schema["maximum"] + 1))
    if schema.get("minLength", 0) > 0:
        cases.append(("minLength", "", "x" * (schema["minLength"] - 1)))
    if "maxLength" in schema:
        cases.append(("maxLength", "", "x" * (schema["maxLength"] + 1)))
    if "enum" in schema:
        cases.append(("enum", "", "not-" + str(schema["enum"][0])))
    if "const" in schema:
        cases.append(("const", "", "not-" + str(schema["const"])))
    item = schema.get("items") or {}
    good_item = _valid_scalar(item)
    if schema.get("minItems", 0) > 0:
        cases.append(("minItems", "", [good_item] * (schema["minItems"] - 1)))
    if "maxItems" in schema:
        cases.append(("maxItems", "", [good_item] * (schema["maxItems"] + 1)))
    for rule, suffix, bad in violations(item) if item else []:
        cases.append((rule, f"[1]{suffix}", [good_item, bad]))
    return cases


def _cases():
    for kind, service in SERVICES.items():
        for op in service.operations.values():
            for param in op.params:
                for rule, suffix, value in violations(dict(param.schema)):
                    yield pytest.param(kind, op, param, rule, suffix, value, id=f"{kind}-{param.python}{suffix}-{rule}")
                if param.required:
                    yield pytest.param(kind, op, param, "required", "", None, id=f"{kind}-{param.python}-required")


CASES = list(_cases())


def test_inventory_every_limit_is_covered():
    seen_rules = set()
    for service in SERVICES.values():
        for op in service.operations.values():
            operation_args(next(k for k, s in SERVICES.items() if s is service), op.name)  # a valid call is known
            for param in op.params:
                keys = set(param.schema) - _NOT_LIMITS
                assert keys <= _BREAKABLE, f"{op.name}.{param.wire}: no violation written for {keys - _BREAKABLE}"
                seen_rules |= keys
    assert {"minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems", "enum"} <= seen_rules
    assert len(CASES) >= 20


@pytest.mark.parametrize("kind,op,param,rule,suffix,value", CASES)
def test_violation_raises_before_any_io(kind, op, param, rule, suffix, value, server, make_client):
    client = make_client(kind)
    args = {**operation_args(kind, op.name), param.python: value}
    with pytest.raises(ParamValidationError) as info:
        getattr(client, op.python_name)(**args)
    err = info.value
    assert err.rule == rule
    assert err.parameter == param.python + suffix and err.wire_name == param.wire + suffix
    assert err.operation == op.name
    assert param.python in str(err) and isinstance(err, ValueError)
    assert server.requests == [] and server.connections == 0, "nothing may be sent"


@pytest.mark.parametrize("kind", SERVICES)
def test_async_and_raw_calls_validate_before_io_too(kind, server, make_client):
    client = make_client(kind)
    bad = next(c for c in CASES if c.values[0] == kind).values
    _, op, param, _rule, _, value = bad
    args = {**operation_args(kind, op.name), param.python: value}

    async def main():
        async with client:
            with pytest.raises(ParamValidationError):
                await getattr(client, op.python_name + "_async")(**args)
            with pytest.raises(ParamValidationError):
                await getattr(client.with_raw_response, op.python_name + "_async")(**args)

    asyncio.run(main())
    with pytest.raises(ParamValidationError):
        getattr(client.with_raw_response, op.python_name)(**args)
    assert server.requests == [] and server.connections == 0


def test_paginators_validate_before_io(server, make_client):
    pds = make_client("pds")
    with pytest.raises(ParamValidationError) as info:
        list(pds.scan_file_pages(drive_id="1", limit=101))
    assert info.value.parameter == "limit" and info.value.rule == "maximum"
    ice = make_client("ice")
    with pytest.raises(ParamValidationError) as info:
        list(ice.search_media_by_face_pages(person_image_url="u", face_search_token="t", page_size=0).items())
    assert info.value.parameter == "page_size" and info.value.rule == "minimum"

    async def main():
        async with ice:
            with pytest.raises(ParamValidationError):
                async for _ in ice.search_media_by_face_pages(
                    person_image_url="u", face_search_token="t", media_type="audio"
                ):
                    pass

    asyncio.run(main())
    assert server.requests == []


def test_values_at_the_limits_are_accepted(server, make_client):
    from _clients_support import ok

    server.script(ok("pds"), ok("pds"), ok("imm"), ok("nta"), ok("ice"))
    pds = make_client("pds")
    pds.scan_file(drive_id="1", limit=1)
    pds.scan_file(drive_id="1", limit=100)
    make_client("imm").batch_get_file_meta(project_name="p", dataset_name="d", uris=["oss://b/o"] * 100)
    make_client("nta").create_file_detection(sign_url="h" * 2048)
    make_client("ice").search_media_by_face(
        person_image_url="u", face_search_token="t", page_no=1, page_size=50, media_type="video"
    )
    assert len(server.requests) == 5
