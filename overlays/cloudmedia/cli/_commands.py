"""What the command line offers, derived from the generated packages: services, operations, flags.

Nothing here names a service or an operation. A service is a ``cloudmedia`` subpackage holding a
``_service`` module (found without importing it); its operations and their parameters come from
``_service.SERVICE``; its client options from the constructor arguments the generator lists there
(``ServiceModel.client_options``); help texts from the service model. A new operation in a spec therefore appears after regeneration.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import math
import pkgutil
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from .._runtime.model import ClientOptionModel, OperationModel, ParamModel, ServiceModel, WaiterModel

__all__ = [
    "GLOBAL_CLIENT_ARGS",
    "ClientOption",
    "Operation",
    "Param",
    "Service",
    "kebab",
    "load_service",
    "service_names",
]

#: Constructor arguments set by the global options of the same name (``--region``...).
GLOBAL_CLIENT_ARGS = ("region", "endpoint_url", "profile")

#: Constructor arguments every client takes besides its ``client_options`` (objects, set by global options).
_OBJECT_CLIENT_ARGS = frozenset({"retry", "http_client"})

#: Option types -> converters.
_OPTION_TYPES: Mapping[str, Callable[[str], Any]] = {"string": str, "number": float}


def kebab(name: str) -> str:
    """``batch_get_file_meta`` -> ``batch-get-file-meta``."""
    return name.strip("_").replace("_", "-")


# ------------------------------------------------------------------------------------------------ parameters


def _json_type(schema: Mapping[str, Any]) -> str | None:
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind is None and "enum" in schema:
        values = schema["enum"]
        kind = "integer" if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values) else "string"
    return kind


def _boolean(text: str) -> bool:
    lowered = text.strip().lower()
    if lowered in ("true", "1", "yes"):
        return True
    if lowered in ("false", "0", "no"):
        return False
    raise ValueError(text)


_boolean.__name__ = "boolean (true or false)"


def _number(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


_number.__name__ = "number"


def _json_of(kind: type) -> Callable[[str], Any]:
    def parse(text: str) -> Any:
        value = json.loads(text)
        if not isinstance(value, kind):
            raise ValueError(text)  # noqa: TRY004 - argparse reports a ValueError as an invalid value
        return value

    parse.__name__ = f"JSON {'object' if kind is dict else 'array'}"
    return parse


_CONVERTERS: Mapping[str | None, Callable[[str], Any]] = {
    "string": str,
    None: str,
    "integer": int,
    "number": _number,
    "boolean": _boolean,
    "object": _json_of(dict),
    "array": _json_of(list),
}

_METAVARS = {"integer": "N", "number": "NUMBER", "boolean": "{true,false}", "object": "JSON", "array": "JSON"}


@dataclass(frozen=True)
class Param:
    """One operation parameter as a flag: ``--uris`` for ``uris`` (also ``--URIs``, the vendor's name); arrays
    take the flag repeated or one JSON array (:meth:`values`)."""

    model: ParamModel
    flag: str
    dest: str
    convert: Callable[[str], Any]
    """Text -> value (of one item, for arrays)."""
    choices: tuple[Any, ...] | None
    repeat: bool
    metavar: str | None
    help: str
    aliases: tuple[str, ...] = ()
    """Other spellings of the flag: the vendor's parameter name (``--ProjectName``, ``--URIs``)."""

    @property
    def flags(self) -> tuple[str, ...]:
        return (self.flag, *self.aliases)

    def values(self, given: Sequence[str]) -> list[Any]:
        """The items of an array parameter from the texts given: the flag repeated (one item each) or one JSON
        array. A JSON array together with other values, or text that starts like a JSON array but is not one,
        is refused (:class:`ValueError` with the reason) rather than sent as something else."""
        arrays = [text for text in given if text.lstrip().startswith("[")]
        if arrays and len(given) > 1:
            raise ValueError(
                f"give either one JSON array or one value per {self.flag}, not both "
                f"({len(given)} values given, {len(arrays)} of them JSON arrays)"
            )
        if arrays:
            try:
                items = json.loads(arrays[0])
            except ValueError as exc:
                raise ValueError(f"the value starts with '[' but is not a valid JSON array: {exc}") from None
            if not isinstance(items, list):
                raise ValueError("the value starts with '[' but is not a JSON array")
            return [self._item(item, index) for index, item in enumerate(items, 1)]
        return [self._checked(self.convert(text), text) for text in given]

    def _item(self, item: Any, index: int) -> Any:
        kind = _json_type(self.model.schema.get("items") or {})
        expected: dict[str | None, tuple[type, ...]] = {
            "string": (str,),
            None: (str,),
            "integer": (int,),
            "number": (int, float),
            "boolean": (bool,),
            "object": (dict,),
            "array": (list,),
        }
        types = expected.get(kind, (object,))
        wrong_bool = isinstance(item, bool) and kind in ("integer", "number")
        if not isinstance(item, types) or wrong_bool:
            raise ValueError(f"item {index} of the JSON array is {json.dumps(item)}, not a {kind or 'string'}")
        return self._checked(item, json.dumps(item))

    def _checked(self, value: Any, text: str) -> Any:
        if self.choices is not None and value not in self.choices:
            raise ValueError(f"invalid choice: {text} (choose from {', '.join(map(str, self.choices))})")
        return value

    @property
    def name(self) -> str:
        return self.model.python

    @property
    def required(self) -> bool:
        return self.model.required


def _constraints(schema: Mapping[str, Any]) -> str:
    notes = []
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is not None and high is not None:
        notes.append(f"{low} to {high}")
    elif low is not None:
        notes.append(f"at least {low}")
    elif high is not None:
        notes.append(f"at most {high}")
    if schema.get("maxLength") is not None:
        notes.append(f"at most {schema['maxLength']} characters")
    if schema.get("maxItems") is not None:
        notes.append(f"at most {schema['maxItems']} values")
    return "; ".join(notes)


def _make_param(model: ParamModel, flag: str, doc: str, aliases: tuple[str, ...] = ()) -> Param:
    schema = model.schema
    kind = _json_type(schema)
    repeat = kind == "array"
    value_schema = (schema.get("items") or {}) if repeat else schema
    value_kind = _json_type(value_schema)
    enum = value_schema.get("enum")
    convert = _CONVERTERS.get(value_kind, str)
    choices = tuple(enum) if enum else None
    metavar = None if choices else _METAVARS.get(value_kind or "", model.python.upper())
    if repeat and choices:
        metavar = "{" + ",".join(map(str, choices)) + "}"
    notes = [n for n in (_constraints(schema), _constraints(value_schema) if repeat else "") if n]
    if repeat:
        notes.insert(0, "repeat the flag for each value")
    text = doc.strip() or model.wire
    if notes:
        text = f"{text} [{'; '.join(notes)}]"
    return Param(
        model=model,
        flag=flag,
        dest=f"param:{model.python}",
        convert=convert,
        choices=choices,
        repeat=repeat,
        metavar=metavar,
        help=text.replace("%", "%%"),
        aliases=aliases,
    )


# ------------------------------------------------------------------------------------------------ operations


@dataclass(frozen=True)
class Operation:
    model: OperationModel
    name: str
    summary: str
    description: str
    params: tuple[Param, ...]
    pages_method: str | None
    """The generated ``<op>_pages`` method, for paginated operations."""
    pages_params: frozenset[str]
    """The keyword arguments the pages method takes (the page token / number is its own business)."""
    aliases: tuple[str, ...] = ()
    """Other names of the command: the vendor's operation name (``BatchGetFileMeta``)."""
    waiter: WaiterModel | None = None
    """The waiter that waits for what this operation starts (its ``submitted_by``): the command takes --wait."""

    def param_by_name(self, python: str) -> Param | None:
        for p in self.params:
            if p.name == python:
                return p
        return None


def _make_operation(client_cls: type, op: OperationModel, reserved: frozenset[str]) -> Operation:
    summary = op.summary or op.name
    description = op.description or summary
    params = []
    models = [m for m in op.params if "const" not in m.schema]  # Action / Version: the protocol carries them
    flags = {m.python: "--" + kebab(m.python) for m in models}
    for model in models:
        flag = flags[model.python]
        if flag in reserved:
            flag = "--param-" + kebab(model.python)
        alias = "--" + model.wire
        taken = alias in reserved or alias in flags.values() or alias == flag
        params.append(_make_param(model, flag, model.description, () if taken else (alias,)))
    pages_method = f"{op.python_name}_pages"
    pages = getattr(client_cls, pages_method, None) if op.paginator is not None else None
    # The pages method takes every parameter but the page token / number.
    paging = op.paginator
    token = (paging.input or paging.page) if paging is not None else None
    pages_params = frozenset(p.python for p in op.params if p.wire != token) if pages else frozenset()
    name = kebab(op.python_name)
    return Operation(
        model=op,
        name=name,
        aliases=(op.name,) if op.name != name else (),
        summary=summary,
        description=description,
        params=tuple(params),
        pages_method=pages_method if pages else None,
        pages_params=pages_params,
    )


# ------------------------------------------------------------------------------------------------ services


@dataclass(frozen=True)
class ClientOption:
    """One argument of the client's constructor offered as a flag (``--domain-id``)."""

    name: str
    flag: str
    dest: str
    convert: Callable[[str], Any]
    choices: tuple[str, ...] | None
    help: str


@dataclass(frozen=True)
class Service:
    name: str
    model: ServiceModel
    client_cls: type
    client_args: frozenset[str]
    """Every keyword argument the client's constructor takes."""
    client_options: tuple[ClientOption, ...]
    operations: Mapping[str, Operation]


def _client_options(service: ServiceModel, taken: frozenset[str]) -> tuple[ClientOption, ...]:
    options = []
    for model in service.client_options:
        # AccessKey material comes whole from the clients' credentials chain (environment, profile files), never
        # from flags: a flag would be readable by every user of the machine, and an id given alone would shadow
        # the secret the chain holds.
        if model.name in GLOBAL_CLIENT_ARGS or model.secret:
            continue
        options.append(_client_option(service, model, taken))
    return tuple(options)


def _client_option(service: ServiceModel, model: ClientOptionModel, taken: frozenset[str]) -> ClientOption:
    flag = "--" + kebab(model.name)
    if flag in taken:
        flag = "--client-" + kebab(model.name)
    text = model.help or f"{service.client}({model.name}=...)"
    if model.default is not None:
        text += f" (default: {model.default})"
    return ClientOption(
        name=model.name,
        flag=flag,
        dest=f"client:{model.name}",
        convert=_OPTION_TYPES[model.type],
        choices=model.choices or None,
        help=text,
    )


def service_names() -> list[str]:
    """The ``cloudmedia`` subpackages that hold a ``_service`` module, found without importing them."""
    import cloudmedia

    names = []
    for info in pkgutil.iter_modules(cloudmedia.__path__):
        if not info.ispkg or info.name.startswith("_"):
            continue
        spec = importlib.util.find_spec(f"cloudmedia.{info.name}")
        locations = spec.submodule_search_locations if spec is not None else None
        if locations and any(m.name == "_service" for m in pkgutil.iter_modules(locations)):
            names.append(info.name)
    return sorted(names)


@cache
def load_service(name: str, reserved_flags: frozenset[str] = frozenset()) -> Service:
    """Import one service package and derive its commands. ``reserved_flags`` are the flags the command line
    itself uses (a parameter of the same name is offered as ``--param-<name>`` instead)."""
    model: ServiceModel = importlib.import_module(f"cloudmedia.{name}._service").SERVICE
    client_cls = getattr(importlib.import_module(f"cloudmedia.{name}"), model.client)
    operations = {}
    for op in model.operations.values():
        command = _make_operation(client_cls, op, reserved_flags)
        waiter = model.waiter_submitted_by(op.name)
        if waiter is not None:
            command = replace(command, waiter=waiter)
        operations[command.name] = command
    param_flags = {p.flag for op in operations.values() for p in op.params}
    client_args = frozenset(o.name for o in model.client_options) | _OBJECT_CLIENT_ARGS
    return Service(
        name=name,
        model=model,
        client_cls=client_cls,
        client_args=client_args,
        client_options=_client_options(model, reserved_flags | param_flags),
        operations=dict(sorted(operations.items())),
    )
