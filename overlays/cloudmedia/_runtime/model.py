"""The service model: what a spec says about a service and its operations, as plain data.

Each generated client package renders its spec into a ``_service.py`` module holding one
:class:`ServiceModel`. The runtime (request building, signing, validation, retries, pagination) and the
emulator are driven by that data, never by per-operation code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

#: Parameter locations.
QUERY = "query"
BODY = "body"

#: Operation styles (each names a wire family, see :mod:`.families`).
RPC = "rpc"  # Alibaba RPC: every parameter in the query, empty body, arrays as one compact JSON value
ROA = "roa"  # Alibaba ROA: real path, JSON body (PDS)
VOLCENGINE = "volcengine"  # Action/Version in the query, JSON body


@dataclass(frozen=True, slots=True)
class ParamModel:
    """One request parameter of an operation."""

    wire: str
    """The vendor's name, as sent on the wire (``URIs``)."""
    python: str
    """The Python keyword argument (``uris``)."""
    location: str
    """:data:`QUERY` or :data:`BODY`."""
    required: bool
    schema: Mapping[str, Any]
    """The JSON-schema subset of the spec for this parameter (type, limits, items, enum, const)."""
    description: str = ""
    """The spec's description, on one line."""
    example: Any = None
    """The spec's example value (wire form), or None."""


@dataclass(frozen=True, slots=True)
class PaginatorModel:
    """How an operation pages: ``marker`` (token in, token out) or ``page_number`` (page number and total)."""

    kind: str
    items: str
    input: str | None = None
    output: str | None = None
    limit: str | None = None
    page: str | None = None
    page_size: str | None = None
    total: str | None = None
    python_names: Mapping[str, str] = field(default_factory=dict)
    """Response field wire name -> attribute name on the parsed page (``next_marker``, ``media_info_list``)."""


@dataclass(frozen=True, slots=True)
class ErrorModel:
    """A documented error code of an operation."""

    status: int
    code: str
    message: str = ""


@dataclass(frozen=True, slots=True)
class WaiterModel:
    """A waiter: poll ``operation`` until the response's ``state`` is one of ``success`` or ``failure``.

    Rendered from the spec's ``info.x-cloudmedia.waiters``; the client methods ``wait_for_<name>`` and
    ``wait_for_<name>_async`` run it (see :mod:`.waiters`).
    """

    name: str
    """``file_detection``: the client methods are ``wait_for_file_detection`` / ``..._async``."""
    operation: str
    """The operationId polled (``GetFileDetection``)."""
    argument: str
    """The wire name of the polled operation's parameter the waiter's first argument fills (``QueryKey``)."""
    argument_python: str
    """Its Python name (``query_key``)."""
    state: str
    """Where the state is in the poll response's JSON: dotted names, ``[N]`` or ``[*]`` (every item)."""
    success: tuple[Any, ...]
    failure: tuple[Any, ...] = ()
    delay: float = 2.0
    """Seconds between polls (default; each call can override it)."""
    max_attempts: int = 60
    """Polls at most (default; each call can override it)."""
    max_wait: float | None = None
    """Seconds at most, polls and delays included (default: no limit besides ``max_attempts``)."""
    submitted_by: str | None = None
    """The operationId that starts what this waiter waits for (``CreateFileDetection``), if any."""
    submitted_output: str | None = None
    """Where that operation's response carries the value of :attr:`argument` (``Result.QueryKey``)."""

    @property
    def method(self) -> str:
        """The client method that runs this waiter (``wait_for_file_detection``)."""
        return f"wait_for_{self.name}"


@dataclass(frozen=True, slots=True)
class OperationModel:
    """One operation of a service."""

    name: str
    """The operationId (``BatchGetFileMeta``)."""
    action: str
    style: str
    method: str
    path: str
    """The wire path: ``/`` for RPC and Volcengine operations."""
    idempotent: bool
    params: tuple[ParamModel, ...]
    paginator: PaginatorModel | None = None
    errors: tuple[ErrorModel, ...] = ()
    python_name: str = ""
    """The snake_case method name (``batch_get_file_meta``)."""
    summary: str = ""
    description: str = ""
    example: Any = None
    """The success response's documentation example from the spec (the emulator answers from it), or None."""
    response_fields: tuple[str, ...] = ()
    """The top-level fields the success response schema declares (the error classifiers read it: a success body
    may itself declare ``Code``)."""

    def param(self, wire: str) -> ParamModel:
        for p in self.params:
            if p.wire == wire:
                return p
        raise KeyError(wire)


@dataclass(frozen=True, slots=True)
class ClientOptionModel:
    """One constructor argument of a service's client that takes a plain value (a string or a number), as the
    generator derives it from the spec's service metadata (endpoint, signing schemes, vendor). The command
    line offers these as flags; arguments that take objects or callables (``credentials``, ``retry``,
    ``http_client``, ``clock``...) are not listed."""

    name: str
    """The keyword argument (``domain_id``)."""
    type: str
    """``string`` or ``number``."""
    help: str
    default: str | None = None
    choices: tuple[str, ...] = ()
    secret: bool = False
    """True for credential material (``access_key_secret``): never offered as a command-line flag."""


@dataclass(frozen=True, slots=True)
class ServiceModel:
    """One service at one API version, as its spec describes it."""

    vendor: str
    """``alibaba`` or ``volcengine``."""
    product: str
    """Alibaba product code / Volcengine service name (``imm``, ``nta``)."""
    package: str
    client: str
    version: str
    title: str
    signing: tuple[str, ...]
    """Signing schemes the service accepts; the first is the default."""
    endpoint: Mapping[str, Any]
    operations: Mapping[str, OperationModel] = field(default_factory=dict)
    waiters: Mapping[str, WaiterModel] = field(default_factory=dict)
    """Waiter name -> :class:`WaiterModel`."""
    client_options: tuple[ClientOptionModel, ...] = ()
    """The client constructor's plain-valued arguments, in constructor order."""

    def operation(self, name: str) -> OperationModel:
        return self.operations[name]

    def waiter_submitted_by(self, operation: str) -> WaiterModel | None:
        """The waiter that waits for what ``operation`` (an operationId) starts, if there is one."""
        for waiter in self.waiters.values():
            if waiter.submitted_by == operation:
                return waiter
        return None

    def operation_for_action(self, action: str) -> OperationModel | None:
        for op in self.operations.values():
            if op.action == action:
                return op
        return None
