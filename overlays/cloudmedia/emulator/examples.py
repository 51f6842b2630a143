"""Answers from the specs' documentation examples: the generic behaviour of every emulated operation.

The generator renders each operation's success example (the spec's ``examples: {doc: …}`` on the 200 response)
into the service model (``OperationModel.example``), so the emulator reads it from the installed package, with no
copy of it here and no access to ``specs/``. An operation without hand-written behaviour (:mod:`.behaviours`) is
answered with its example, stamped for the request:

* the request id is the request's own, where the response declares one (a top-level ``RequestId``, or a
  ``ResponseMetadata`` whose ``Action``, ``Version``, ``Service`` and ``Region`` are the request's too);
* a top-level field of the answer (or of a Volcengine ``Result``) named like a request parameter, with a scalar
  example value, echoes the value the request sent (``VideoId``, ``JobId``, …), so the answer is about what was
  asked for.

Hand-written behaviours build on the same examples: :func:`item_template` gives the first item of an example's list
field (a PDS ``File``, an IMM ``File``, a VOD ``AIImageInfo``) to generate seeded items from.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any

from .._runtime.model import OperationModel, ServiceModel

if TYPE_CHECKING:
    from .services import Call

__all__ = ["answer_from_example", "example_of", "item_template", "stamp"]


_SERIALISED: dict[int, tuple[OperationModel, str]] = {}


def _serialised(op: OperationModel) -> str:
    # Cached by identity: service models hold dicts, so they are not hashable.
    entry = _SERIALISED.get(id(op))
    if entry is None or entry[0] is not op:
        entry = (op, json.dumps(op.example if isinstance(op.example, Mapping) else {}, ensure_ascii=False))
        _SERIALISED[id(op)] = entry
    return entry[1]


def example_of(op: OperationModel) -> dict[str, Any]:
    """A fresh deep copy of ``op``'s success example (``{}`` when the spec shows none)."""
    loaded: dict[str, Any] = json.loads(_serialised(op))
    return loaded


@cache
def item_template(package: str, operation: str, field: str) -> str:
    """The first item of the list field ``field`` of an installed operation's example, serialised as JSON
    (``json.loads`` of it is a much faster deep copy than ``copy.deepcopy``)."""
    service: ServiceModel = importlib.import_module(f"cloudmedia.{package}._service").SERVICE
    example = service.operation(operation).example
    items = example.get(field) if isinstance(example, Mapping) else None
    if not isinstance(items, list) or not items or not isinstance(items[0], Mapping):
        raise LookupError(f"the example of {package} {operation} has no item in {field!r}")
    return json.dumps(items[0], ensure_ascii=False)


def stamp(body: dict[str, Any], call: Call) -> dict[str, Any]:
    """Put the request's id into ``body`` where the operation's response declares one: a ``ResponseMetadata``
    (filled with the request's id, action, version, service and region) or a top-level ``RequestId``."""
    route = call.route
    op = route.operation
    declared = set(op.response_fields) if op is not None else set()
    meta = body.get("ResponseMetadata")
    if "ResponseMetadata" in declared or isinstance(meta, dict):
        assert route.service is not None
        body["ResponseMetadata"] = {
            **(meta if isinstance(meta, dict) else {}),
            "RequestId": call.request_id,
            "Action": route.action,
            "Version": route.version,
            "Service": route.service.product,
            "Region": call.principal.region or "",
        }
        body["ResponseMetadata"].pop("Error", None)
    elif "RequestId" in declared or "RequestId" in body:
        body["RequestId"] = call.request_id
    return body


def _echo(target: dict[str, Any], params: Mapping[str, Any]) -> None:
    for name, value in params.items():
        current = target.get(name)
        if name in target and not isinstance(current, (dict, list)) and not isinstance(value, (dict, list)):
            target[name] = value


def answer_from_example(call: Call) -> dict[str, Any]:
    """The generic answer of ``call``'s operation: its example, stamped and echoing the request's values."""
    op = call.route.operation
    assert op is not None
    body = example_of(op)
    _echo(body, call.params)
    result = body.get("Result")
    if isinstance(result, dict):  # the Volcengine answer's payload
        _echo(result, call.params)
    return stamp(body, call)
