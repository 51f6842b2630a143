"""Check the hand-written OpenAPI specs against OpenAPI 3.1 and the project convention.

``specs/CONVENTION.md`` describes the convention. The generator (openapi-python-client) accepts several
broken specs silently (``content`` parameters are dropped, a duplicate ``operationId`` overwrites a module,
a dangling ``$ref`` only warns) and its clients do not validate responses, so these checks run first:

* the document is valid OpenAPI 3.1 (openapi-spec-validator) and says ``openapi: 3.1.x``;
* every embedded example validates against its schema (JSON Schema 2020-12, in-document ``$ref``);
* ``x-cloudmedia`` service and operation metadata, RPC ``/#<Action>`` keys with ``Action``/``Version``
  ``const`` + ``default`` query parameters, no ``content`` parameters, no ``security``;
* unique ``operationId``, no dangling ``$ref``, no unused component;
* lenient response schemas (no ``enum``, ``format: date``, ``required``; ``format: date-time`` only on strings);
* a description on every parameter and property;
* finer points of the convention: ``operationId`` equal to the action, file name / product / version
  agreement, only ``"200"`` as success response, a declared response for every documented error status,
  component ``title`` equal to its name, named components for response objects, an example on every
  request parameter, paginator fields that exist, one package per spec (``validate_all``).

This module is a library: it returns ``SpecProblem`` lists and never prints or exits.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from cloudmedia._runtime.families import families, family_for_style, signing_schemes, vendor_styles

from specdev.loader import REPO_ROOT, SpecLoadError, find_specs, load_spec, to_pointer

__all__ = [
    "ENDPOINT_KEYS",
    "SIGNING_SCHEMES",
    "STYLES",
    "VENDORS",
    "SpecProblem",
    "check_document",
    "validate_all",
    "validate_spec",
]

Parts = tuple[Any, ...]

# The wire families (styles, their vendors and signing schemes) are declared once, in the runtime's registry.
VENDOR_STYLES = vendor_styles()
VENDORS = tuple(VENDOR_STYLES)
STYLES = tuple(f.style for f in families())
SIGNING_SCHEMES = signing_schemes()
ENDPOINT_KEYS = ("default_region", "regional_map", "host_template", "vpc_host_template", "host")
INFO_KEYS = ("vendor", "product", "package", "client", "signing", "endpoint")
INFO_OPTIONAL_KEYS = ("waiters",)
WAITER_KEYS = ("name", "operation", "argument", "state", "success", "failure")
WAITER_OPTIONAL_KEYS = ("submitted_by", "delay", "max_attempts", "max_wait")
_WAITER_PATH = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\[(\d+|\*)\])?(\.[A-Za-z_][A-Za-z0-9_]*(\[(\d+|\*)\])?)*")
OPERATION_KEYS = ("action", "style", "idempotent", "paginator", "errors")
OPERATION_REQUIRED_KEYS = ("action", "style", "idempotent")
PAGINATOR_KEYS = {
    # kind: (required keys, optional keys); request-side keys first
    "marker": (("input", "output", "items"), ("limit",)),
    "page_number": (("page", "page_size", "items"), ("total",)),
}
PAGINATOR_REQUEST_KEYS = ("input", "limit", "page", "page_size")
ERROR_KEYS = ("status", "code", "message")
ERROR_OPTIONAL_KEYS = ("description",)
HOST_PLACEHOLDERS = ("{region}", "{domain_id}")
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
CHECKED_COMPONENTS = ("schemas", "parameters", "responses", "examples", "requestBodies", "headers")

_SPEC_URI = "urn:cloudmedia-spec"
_FILE_NAME = re.compile(r"(?P<product>[a-z][a-z0-9]*)-(?P<version>\d{4}-\d{2}-\d{2})")
_MAX_MESSAGE = 300

# Walking the document for ``$ref``s: keys whose mapping values are named entries (never keywords) ...
_NAME_MAPS = frozenset(
    {
        "properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "paths", "webhooks",
        "schemas", "parameters", "responses", "examples", "requestBodies", "headers", "securitySchemes",
        "links", "callbacks", "content", "encoding", "variables", "pathItems", "mapping",
    }
)  # fmt: skip
# ... and keywords whose values are literal data.
_LITERAL_KEYS = frozenset({"example", "default", "const", "enum", "value"})

_SUBSCHEMA = ("additionalProperties", "items", "contains", "propertyNames", "not", "if", "then", "else",
              "unevaluatedItems", "unevaluatedProperties", "contentSchema")  # fmt: skip
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")


@dataclass(frozen=True, order=True)
class SpecProblem:
    """One problem in one spec: ``file``, a JSON pointer into the document, and what is wrong."""

    file: str
    pointer: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}#{self.pointer}: {self.message}"


def display_path(path: Path | str) -> str:
    """The path as shown in problems: relative to the repository root when inside it."""
    p = Path(path)
    try:
        return p.resolve().relative_to(REPO_ROOT).as_posix()
    except ValueError:
        return str(path)


def validate_spec(path: Path | str) -> list[SpecProblem]:
    """All problems of one spec file (an empty list when it is fine)."""
    return _validate_file(path)[0]


def validate_all(paths: Iterable[Path | str] | None = None) -> list[SpecProblem]:
    """All problems of several spec files (all specs of the repository by default), plus cross-file ones."""
    if paths is None:
        paths = find_specs()
    problems: list[SpecProblem] = []
    packages: dict[str, str] = {}
    for path in paths:
        file_problems, doc = _validate_file(path)
        problems.extend(file_problems)
        if doc is None:
            continue
        meta = _get(doc, "info", "x-cloudmedia")
        package = meta.get("package") if isinstance(meta, dict) else None
        if isinstance(package, str):
            file = display_path(path)
            if package in packages:
                problems.append(
                    SpecProblem(
                        file, "/info/x-cloudmedia/package", f"package {package!r} is also used by {packages[package]}"
                    )
                )
            else:
                packages[package] = file
    return problems


def check_document(doc: Mapping[str, Any], file: str = "<spec>", file_name: str | None = None) -> list[SpecProblem]:
    """All problems of an already loaded spec. ``file_name`` (e.g. ``alibaba/imm-2020-09-30.yaml``) enables
    the file-name checks (product, version, vendor directory)."""
    return _Checker(doc, file, file_name).run()


def _validate_file(path: Path | str) -> tuple[list[SpecProblem], dict[str, Any] | None]:
    file = display_path(path)
    try:
        doc = load_spec(path)
    except SpecLoadError as exc:
        message = f"line {exc.line}: {exc.reason}" if exc.line is not None else exc.reason
        return [SpecProblem(file, exc.pointer, message)], None
    p = Path(path)
    return check_document(doc, file, f"{p.parent.name}/{p.name}"), doc


# --------------------------------------------------------------------------------------------------------------
# helpers


def _get(node: Any, *keys: Any) -> Any:
    for key in keys:
        if isinstance(node, Mapping):
            node = node.get(key)
        elif isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node):
            node = node[key]
        else:
            return None
    return node


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= _MAX_MESSAGE:
        return text
    tail = _MAX_MESSAGE // 4  # keep the end: jsonschema puts the reason after the offending value
    return text[: _MAX_MESSAGE - tail - 3] + " … " + text[-tail:]


def _is_local_ref(ref: str) -> bool:
    return ref == "#" or ref.startswith("#/")


def _ref_parts(ref: str) -> Parts:
    fragment = unquote(ref[1:])
    if not fragment:
        return ()
    return tuple(p.replace("~1", "/").replace("~0", "~") for p in fragment.split("/")[1:])


def _is_json_media(media_type: str) -> bool:
    base = media_type.split(";")[0].strip().lower()
    return base == "application/json" or base.endswith("+json")


def _direct_subschemas(node: dict[str, Any], parts: Parts) -> list[tuple[Parts, Any]]:
    """The schemas nested directly in ``node`` (one level, not following ``$ref``)."""
    children: list[tuple[Parts, Any]] = []
    for key in _SUBSCHEMA_MAPS:
        sub = node.get(key)
        if isinstance(sub, dict):
            children.extend(((*parts, key, name), s) for name, s in sub.items())
    for key in _SUBSCHEMA_LISTS:
        sub = node.get(key)
        if isinstance(sub, list):
            children.extend(((*parts, key, i), s) for i, s in enumerate(sub))
    for key in _SUBSCHEMA:
        if isinstance(node.get(key), dict):
            children.append(((*parts, key), node[key]))
    return children


def _iter_subschemas(schema: Any, parts: Parts) -> Iterator[tuple[Parts, dict[str, Any]]]:
    """The schema and all schemas nested in it (not following ``$ref``)."""
    stack = [(parts, schema)]
    while stack:
        here, node = stack.pop()
        if isinstance(node, dict):
            yield here, node
            stack.extend(reversed(_direct_subschemas(node, here)))


def _iter_refs(node: Any, parts: Parts, name_map: bool = False) -> Iterator[tuple[Parts, str]]:
    """Every ``$ref`` below ``node``: (parts of the object holding it, the reference)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if name_map:
                yield from _iter_refs(value, (*parts, key))
                continue
            if key == "$ref":
                if isinstance(value, str):
                    yield parts, value
                continue
            if key in _LITERAL_KEYS or (isinstance(key, str) and key.startswith("x-")):
                continue
            if key == "examples" and isinstance(value, list):  # JSON Schema examples: literal values
                continue
            yield from _iter_refs(value, (*parts, key), key in _NAME_MAPS and isinstance(value, dict))
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from _iter_refs(item, (*parts, i))


# --------------------------------------------------------------------------------------------------------------
# the checker


class _Checker:
    def __init__(self, doc: Mapping[str, Any], file: str, file_name: str | None) -> None:
        self.doc = doc
        self.file = file
        self.file_name = file_name
        self.problems: dict[tuple[str, str], None] = {}
        self.dangling = False
        self.openapi_problems = False
        self.meta = _get(doc, "info", "x-cloudmedia")
        if not isinstance(self.meta, dict):
            self.meta = {}
        self._validators: dict[Parts, Any] = {}
        self._registry: Any = None
        self._style: str | None = None

    def _check_family(self, style: str, parts: Parts) -> None:
        """One wire family per service, and only its signing schemes in ``info.x-cloudmedia.signing``."""
        if self._style is None:
            self._style = style
        elif style != self._style:
            self.add(parts, f"style {style!r} differs from {self._style!r}: a service uses one wire family")
            return
        family = family_for_style(style)
        signing = self.meta.get("signing")
        if isinstance(signing, list):
            foreign = [s for s in signing if isinstance(s, str) and s in SIGNING_SCHEMES and s not in family.signing]
            if foreign:
                self.add(
                    ("info", "x-cloudmedia", "signing"),
                    f"signing scheme(s) {', '.join(foreign)} are not schemes of the {style!r} wire family "
                    f"({', '.join(family.signing)})",
                )

    # -- plumbing ----------------------------------------------------------------------------------------------

    def add(self, parts: Parts | str, message: str) -> None:
        pointer = parts if isinstance(parts, str) else to_pointer(parts)
        self.problems.setdefault((pointer, _shorten(message)), None)

    def run(self) -> list[SpecProblem]:
        version_ok = self.check_version()
        keys_ok = self.check_keys_are_strings()
        self.guarded(self.check_refs)
        if version_ok and keys_ok and not self.dangling:
            self.check_openapi()
        for check in (
            self.check_service_metadata,
            self.check_operations,
            self.check_parameters,
            self.check_examples,
            self.check_descriptions,
            self.check_response_leniency,
            self.check_component_titles,
            self.check_unused_components,
        ):
            self.guarded(check)
        return sorted(SpecProblem(self.file, pointer, message) for pointer, message in self.problems)

    def guarded(self, check: Any) -> None:
        """Run one check; a document too broken for it becomes a problem instead of an exception."""
        try:
            check()
        except Exception as exc:  # noqa: BLE001 - a library reports, it does not crash on bad input
            self.add((), f"{check.__name__} could not finish on this document: {type(exc).__name__}: {exc}")

    def lookup(self, parts: Parts) -> Any:
        node: Any = self.doc
        for part in parts:
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif isinstance(node, list):
                try:
                    node = node[int(part)]
                except (ValueError, IndexError):
                    return _MISSING
            else:
                return _MISSING
        return node

    def deref(self, node: Any, parts: Parts) -> tuple[Any, Parts]:
        """Follow ``$ref`` chains; returns (_MISSING, parts of the ref) when one dangles."""
        seen: set[Parts] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if not _is_local_ref(ref) or parts in seen:
                return _MISSING, parts
            seen.add(parts)
            target_parts = _ref_parts(ref)
            node, parts = self.lookup(target_parts), target_parts
        return node, parts

    def real_parts(self, logical: Sequence[Any]) -> Parts:
        """Map a path that walks through ``$ref``s to the location of the definition."""
        node: Any = self.doc
        parts: Parts = ()
        for part in logical:
            node, parts = self.deref(node, parts)
            if isinstance(node, dict) and part in node:
                node, parts = node[part], (*parts, part)
            elif isinstance(node, list):
                try:
                    index = int(part)
                    node, parts = node[index], (*parts, index)
                except (ValueError, IndexError):
                    return tuple(logical)
            else:
                return tuple(logical)
        return parts

    # -- document-level ----------------------------------------------------------------------------------------

    def check_version(self) -> bool:
        version = self.doc.get("openapi")
        if not isinstance(version, str) or not re.fullmatch(r"3\.1\.\d+", version):
            self.add(("openapi",), f"openapi must be 3.1.x, got {version!r}")
            return False
        return True

    def check_keys_are_strings(self) -> bool:
        ok = True
        stack: list[tuple[Parts, Any]] = [((), self.doc)]
        while stack:
            parts, node = stack.pop()
            if isinstance(node, dict):
                for key, value in node.items():
                    if not isinstance(key, str):
                        ok = False
                        self.add(
                            (*parts, key), f"mapping key {key!r} is a {type(key).__name__}, not a string (quote it)"
                        )
                    stack.append(((*parts, key), value))
            elif isinstance(node, list):
                stack.extend(((*parts, i), v) for i, v in enumerate(node))
        return ok

    def check_refs(self) -> None:
        for parts, ref in _iter_refs(self.doc, ()):
            if not _is_local_ref(ref):
                self.dangling = True
                self.add((*parts, "$ref"), f"$ref {ref!r} points outside the document; specs are self-contained")
            elif self.lookup(_ref_parts(ref)) is _MISSING:
                self.dangling = True
                self.add((*parts, "$ref"), f"dangling $ref {ref!r}: no such location in the document")

    def check_openapi(self) -> None:
        try:
            self._run_openapi_spec_validator()
        except Exception as exc:  # noqa: BLE001 - the validator raises on some broken documents
            self.openapi_problems = True
            if not self._check_schemas_against_metaschema():
                self.add((), f"invalid OpenAPI 3.1: openapi-spec-validator failed: {type(exc).__name__}: {exc}")

    def _check_schemas_against_metaschema(self) -> bool:
        """Locate broken schemas with the JSON Schema 2020-12 metaschema; True when some were found."""
        from jsonschema import Draft202012Validator

        meta = Draft202012Validator(Draft202012Validator.META_SCHEMA)
        found = False
        for parts, schema in self.iter_schema_roots():
            for err in meta.iter_errors(schema):
                found = True
                self.add((*parts, *err.absolute_path), f"invalid OpenAPI 3.1: {err.message}")
        return found

    def _run_openapi_spec_validator(self) -> None:
        from jsonschema.exceptions import best_match
        from openapi_spec_validator.validation.exceptions import DuplicateOperationIDError

        validator = _located_validator_class()(self.doc)
        for err in _openapi_schema_validator().iter_errors(self.doc):
            if err.context:
                err = best_match(err.context)
            self.openapi_problems = True
            self.add(tuple(err.absolute_path), f"invalid OpenAPI 3.1: {err.message}")
        if self.openapi_problems:
            return  # the keyword validators below assume a structurally valid document (they raise otherwise)
        for err in validator.root_validator(validator.schema_path):
            if isinstance(err, DuplicateOperationIDError):
                continue  # reported by check_operations, with both locations
            self.openapi_problems = True
            logical = getattr(err, "_specdev_parts", ())
            self.add(self.real_parts(logical), f"invalid OpenAPI 3.1: {err.message}")

    # -- info.x-cloudmedia -------------------------------------------------------------------------------------

    def check_service_metadata(self) -> None:
        base: Parts = ("info", "x-cloudmedia")
        meta = _get(self.doc, *base)
        if meta is None:
            self.add(("info",), "info has no x-cloudmedia service metadata")
            return
        if not isinstance(meta, dict):
            self.add(base, "x-cloudmedia must be a mapping")
            return
        for key in meta:
            if key not in INFO_KEYS + INFO_OPTIONAL_KEYS:
                known = ", ".join(INFO_KEYS + INFO_OPTIONAL_KEYS)
                self.add((*base, key), f"unknown x-cloudmedia key {key!r} (known: {known})")
        for key in INFO_KEYS:
            if key not in meta:
                self.add(base, f"x-cloudmedia is missing {key!r}")

        vendor = meta.get("vendor")
        if "vendor" in meta and vendor not in VENDORS:
            self.add((*base, "vendor"), f"vendor must be one of {', '.join(VENDORS)}, got {vendor!r}")
        product = meta.get("product")
        if "product" in meta and (not isinstance(product, str) or not product.strip()):
            self.add((*base, "product"), f"product must be a non-empty string, got {product!r}")
        for key in ("package", "client"):
            value = meta.get(key)
            if key in meta and not (isinstance(value, str) and value.isidentifier() and not keyword.iskeyword(value)):
                self.add((*base, key), f"{key} must be a valid Python identifier, got {value!r}")
        if "signing" in meta:
            self._check_signing(meta["signing"], (*base, "signing"))
        if "endpoint" in meta:
            self._check_endpoint(meta["endpoint"], (*base, "endpoint"))
        if "waiters" in meta:
            self._check_waiters(meta["waiters"], (*base, "waiters"))

        if self.file_name:
            self._check_file_name(meta)

    def _check_signing(self, signing: Any, parts: Parts) -> None:
        if not isinstance(signing, list) or not signing:
            self.add(parts, f"signing must be a non-empty list of scheme names, got {signing!r}")
            return
        seen = set()
        for i, scheme in enumerate(signing):
            if not isinstance(scheme, str) or scheme not in SIGNING_SCHEMES:
                self.add((*parts, i), f"unknown signing scheme {scheme!r} (known: {', '.join(SIGNING_SCHEMES)})")
            elif scheme in seen:
                self.add((*parts, i), f"signing scheme {scheme!r} is listed twice")
            else:
                seen.add(scheme)

    def _check_endpoint(self, endpoint: Any, parts: Parts) -> None:
        if not isinstance(endpoint, dict):
            self.add(parts, f"endpoint must be a mapping, got {endpoint!r}")
            return
        for key, value in endpoint.items():
            here = (*parts, key)
            if key not in ENDPOINT_KEYS:
                self.add(here, f"unknown endpoint key {key!r} (known: {', '.join(ENDPOINT_KEYS)})")
            elif key == "regional_map":
                if not isinstance(value, dict) or not all(
                    isinstance(k, str) and isinstance(v, str) and v for k, v in value.items()
                ):
                    self.add(here, "regional_map must map region names to host names (strings)")
            elif not isinstance(value, str) or not value:
                self.add(here, f"{key} must be a non-empty string, got {value!r}")
            elif key in ("host_template", "vpc_host_template") and not any(p in value for p in HOST_PLACEHOLDERS):
                self.add(here, f"{key} {value!r} has no {{region}} or {{domain_id}} placeholder")
            elif key == "host" and "{" in value:
                self.add(here, f"host {value!r} is a fixed host name; use host_template for placeholders")
        if not any(k in endpoint for k in ("host", "host_template")):
            self.add(parts, "endpoint needs a host or a host_template")

    def _operations_by_id(self) -> dict[str, tuple[Parts, dict[str, Any], Parts]]:
        return {
            op["operationId"]: (op_parts, op, item_parts)
            for _key, _method, op_parts, op, item_parts in self.iter_operations()
            if isinstance(op.get("operationId"), str)
        }

    def _request_names(self, op_parts: Parts, op: dict[str, Any], item_parts: Parts) -> set[Any]:
        names = {
            _key(p.get("name"))
            for _, p in self.operation_parameters(op_parts, item_parts)
            if p.get("name") not in ("Action", "Version")
        }
        request = self.request_schema(op, op_parts)
        if request is not None:
            names |= set(self.schema_properties(*request))
        return names

    def _response_path_exists(self, op: dict[str, Any], op_parts: Parts, path: str) -> bool:
        """Whether a waiter path (``Result.Finish``, ``AIImageJobList[*].Status``) names fields of the '200' schema."""
        success = self.success_schema(op, op_parts)
        if success is None:
            return False
        schema, parts = success
        for segment in path.split("."):
            name, _, index = segment.partition("[")
            props = self.schema_properties(schema, parts)
            if name not in props:
                return False
            schema, parts = props[name]
            if index:
                if not isinstance(schema, dict) or "items" not in schema:
                    return False
                schema, parts = self.deref(schema["items"], (*parts, "items"))
        return True

    def _check_waiters(self, waiters: Any, parts: Parts) -> None:
        """``info.x-cloudmedia.waiters``: each names an operation of this spec, its parameter and its state field."""
        if not isinstance(waiters, list):
            self.add(parts, "waiters must be a list of {name, operation, argument, state, success, failure}")
            return
        operations = self._operations_by_id()
        names: set[str] = set()
        for i, waiter in enumerate(waiters):
            here = (*parts, i)
            if not isinstance(waiter, dict):
                self.add(here, "waiter must be a mapping")
                continue
            for key in waiter:
                if key not in WAITER_KEYS + WAITER_OPTIONAL_KEYS:
                    self.add((*here, key), f"unknown waiter key {key!r}")
            for key in WAITER_KEYS:
                if key not in waiter:
                    self.add(here, f"waiter is missing {key!r}")
            name = waiter.get("name")
            if "name" in waiter and not (isinstance(name, str) and name.isidentifier() and name.islower()):
                self.add((*here, "name"), f"waiter name must be a snake_case identifier, got {name!r}")
            elif isinstance(name, str):
                if name in names:
                    self.add((*here, "name"), f"waiter name {name!r} is used twice")
                names.add(name)
            for key in ("success", "failure"):
                values = waiter.get(key)
                if key in waiter and not (
                    isinstance(values, list)
                    and all(isinstance(v, (str, int)) and not isinstance(v, bool) for v in values)
                ):
                    self.add((*here, key), f"{key} must be a list of state values (strings or integers)")
            if isinstance(waiter.get("success"), list) and not waiter["success"]:
                self.add((*here, "success"), "success must name at least one state")
            for key in ("delay", "max_wait"):
                value = waiter.get(key)
                if key in waiter and not (
                    isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0
                ):
                    self.add((*here, key), f"{key} must be a positive number of seconds, got {value!r}")
            attempts = waiter.get("max_attempts")
            if "max_attempts" in waiter and not (
                isinstance(attempts, int) and not isinstance(attempts, bool) and attempts >= 1
            ):
                self.add((*here, "max_attempts"), f"max_attempts must be an integer >= 1, got {attempts!r}")
            op_id = waiter.get("operation")
            target = operations.get(op_id) if isinstance(op_id, str) else None
            if "operation" in waiter and target is None:
                self.add((*here, "operation"), f"waiter operation {op_id!r} is not an operationId of this spec")
            state = waiter.get("state")
            if "state" in waiter and not (isinstance(state, str) and _WAITER_PATH.fullmatch(state)):
                self.add((*here, "state"), f"state must be a path like Result.Finish or List[*].Status, got {state!r}")
                state = None
            if target is not None:
                op_parts, op, item_parts = target
                argument = waiter.get("argument")
                if "argument" in waiter and argument not in self._request_names(op_parts, op, item_parts):
                    self.add((*here, "argument"), f"argument {argument!r} is not a request parameter of {op_id}")
                if isinstance(state, str) and not self._response_path_exists(op, op_parts, state):
                    self.add((*here, "state"), f"state {state!r} is not a field of the '200' response of {op_id}")
            submitted = waiter.get("submitted_by")
            if "submitted_by" in waiter:
                self._check_waiter_submitter(submitted, (*here, "submitted_by"), operations)

    def _check_waiter_submitter(
        self, submitted: Any, parts: Parts, operations: Mapping[str, tuple[Parts, dict[str, Any], Parts]]
    ) -> None:
        if not isinstance(submitted, dict) or set(submitted) != {"operation", "output"}:
            self.add(parts, "submitted_by must be a mapping {operation, output}")
            return
        op_id, output = submitted["operation"], submitted["output"]
        target = operations.get(op_id) if isinstance(op_id, str) else None
        if target is None:
            self.add((*parts, "operation"), f"submitted_by operation {op_id!r} is not an operationId of this spec")
        elif not (isinstance(output, str) and _WAITER_PATH.fullmatch(output)) or not self._response_path_exists(
            target[1], target[0], output
        ):
            self.add((*parts, "output"), f"output {output!r} is not a field of the '200' response of {op_id}")

    def _check_file_name(self, meta: Mapping[str, Any]) -> None:
        assert self.file_name is not None
        directory, _, name = self.file_name.rpartition("/")
        match = _FILE_NAME.fullmatch(Path(name).stem)
        if match is None:
            return
        product = meta.get("product")
        if isinstance(product, str) and product != match["product"]:
            self.add(("info", "x-cloudmedia", "product"), f"product {product!r} does not match the file name {name}")
        version = _get(self.doc, "info", "version")
        if version != match["version"]:
            self.add(("info", "version"), f"info.version {version!r} does not match the file name {name}")
        vendor = meta.get("vendor")
        if directory in VENDORS and vendor in VENDORS and vendor != directory:
            self.add(("info", "x-cloudmedia", "vendor"), f"vendor {vendor!r} but the spec is in specs/{directory}/")

    # -- operations --------------------------------------------------------------------------------------------

    def iter_operations(self) -> Iterator[tuple[str, str, Parts, dict[str, Any], Parts]]:
        """(path key, method, parts of the operation, operation, parts of the path item definition)."""
        paths = self.doc.get("paths")
        if not isinstance(paths, dict):
            return
        for key, item in paths.items():
            item, item_parts = self.deref(item, ("paths", key))
            if not isinstance(item, dict):
                continue
            for method in METHODS:
                op = item.get(method)
                if isinstance(op, dict):
                    yield key, method, (*item_parts, method), op, item_parts

    def operation_parameters(self, op_parts: Parts, item_parts: Parts) -> list[tuple[Parts, dict[str, Any]]]:
        """The effective (dereferenced) parameters of an operation, with the parts of their definitions."""
        found: dict[tuple[Any, Any], tuple[Parts, dict[str, Any]]] = {}
        for owner in (item_parts, op_parts):
            params = self.lookup((*owner, "parameters"))
            if not isinstance(params, list):
                continue
            for i, param in enumerate(params):
                param, parts = self.deref(param, (*owner, "parameters", i))
                if isinstance(param, dict):
                    found[(_key(param.get("name")), _key(param.get("in")))] = (parts, param)
        return list(found.values())

    def check_operations(self) -> None:
        if "security" in self.doc:
            self.add(("security",), "security is not used; signing comes from info.x-cloudmedia.signing")
        op_ids: dict[str, Parts] = {}
        for key, _method, op_parts, op, item_parts in self.iter_operations():
            op_id = op.get("operationId")
            if op_id is None:
                self.add(op_parts, "operation has no operationId")
            elif isinstance(op_id, str):
                if op_id in op_ids:
                    self.add(
                        (*op_parts, "operationId"),
                        f"duplicate operationId {op_id!r} (also at {to_pointer(op_ids[op_id])}); "
                        "the generator would silently overwrite one of them",
                    )
                else:
                    op_ids[op_id] = op_parts
            if "security" in op:
                self.add((*op_parts, "security"), "security is not used; signing comes from info.x-cloudmedia.signing")
            self._check_responses(op, op_parts)
            meta = op.get("x-cloudmedia")
            if meta is None:
                self.add(op_parts, "operation has no x-cloudmedia metadata")
                continue
            if not isinstance(meta, dict):
                self.add((*op_parts, "x-cloudmedia"), "x-cloudmedia must be a mapping")
                continue
            self._check_operation_metadata(key, op_parts, op, item_parts, meta)

    def _check_responses(self, op: dict[str, Any], op_parts: Parts) -> None:
        responses = op.get("responses")
        if not isinstance(responses, dict):
            return
        if "200" not in responses:
            self.add((*op_parts, "responses"), "operation has no '200' response")
        for code in responses:
            if code == "200":
                response, parts = self.deref(responses[code], (*op_parts, "responses", code))
                if isinstance(response, dict) and self.json_schema(response, parts) is None:
                    self.add(parts, "the '200' response has no application/json schema")
            elif not (isinstance(code, str) and code[:1] in "45"):
                self.add(
                    (*op_parts, "responses", code),
                    f"response {code!r}: only '200' is a success response; declare errors per documented status",
                )

    def _check_operation_metadata(
        self, key: str, op_parts: Parts, op: dict[str, Any], item_parts: Parts, meta: dict[str, Any]
    ) -> None:
        base = (*op_parts, "x-cloudmedia")
        for k in meta:
            if k not in OPERATION_KEYS:
                self.add((*base, k), f"unknown x-cloudmedia key {k!r} (known: {', '.join(OPERATION_KEYS)})")
        for k in OPERATION_REQUIRED_KEYS:
            if k not in meta:
                self.add(base, f"x-cloudmedia is missing {k!r}")

        action = meta.get("action")
        if "action" in meta and not (isinstance(action, str) and action):
            self.add((*base, "action"), f"action must be a non-empty string, got {action!r}")
            action = None
        style = meta.get("style")
        if "style" in meta and style not in STYLES:
            self.add((*base, "style"), f"style must be one of {', '.join(STYLES)}, got {style!r}")
            style = None
        vendor = self.meta.get("vendor")
        if (
            style in STYLES
            and isinstance(vendor, str)
            and vendor in VENDOR_STYLES
            and style not in VENDOR_STYLES[vendor]
        ):
            self.add((*base, "style"), f"style {style!r} does not fit vendor {vendor!r}")
        if style in STYLES:
            self._check_family(style, (*base, "style"))
        if "idempotent" in meta and not isinstance(meta["idempotent"], bool):
            self.add((*base, "idempotent"), f"idempotent must be true or false, got {meta['idempotent']!r}")

        params = self.operation_parameters(op_parts, item_parts)
        if style in ("rpc", "volcengine") and isinstance(action, str):
            self._check_rpc_operation(key, op_parts, op, params, action, style)
        elif style == "roa":
            self._check_roa_operation(key, op_parts, op)

        if "paginator" in meta:
            self._check_paginator(meta["paginator"], (*base, "paginator"), op, op_parts, params, style)
        if "errors" in meta:
            self._check_errors(meta["errors"], (*base, "errors"), op)

    def _check_rpc_operation(
        self,
        key: str,
        op_parts: Parts,
        op: dict[str, Any],
        params: list[tuple[Parts, dict[str, Any]]],
        action: str,
        style: str,
    ) -> None:
        if key != f"/#{action}":
            self.add(("paths", key), f"{style} operation {action} must be keyed '/#{action}'")
        op_id = op.get("operationId")
        if isinstance(op_id, str) and op_id != action:
            self.add((*op_parts, "operationId"), f"operationId {op_id!r} differs from x-cloudmedia.action {action!r}")
        version = _get(self.doc, "info", "version")
        expected = {"Action": (action, "x-cloudmedia.action"), "Version": (version, "info.version")}
        by_name = {_key(p.get("name")): (parts, p) for parts, p in params if p.get("in") == "query"}
        for name, (value, source) in expected.items():
            if name not in by_name:
                self.add((*op_parts, "parameters"), f"missing required query parameter {name!r} (const {value!r})")
                continue
            parts, param = by_name[name]
            if param.get("required") is not True:
                self.add(parts, f"query parameter {name!r} must be required: true")
            schema, schema_parts = self.deref(param.get("schema"), (*parts, "schema"))
            if not isinstance(schema, dict):
                continue  # reported as a missing/`content` parameter schema elsewhere
            if schema.get("type") != "string":
                self.add(schema_parts, f"{name} must be declared as type: string")
            for keyword_ in ("const", "default"):
                if keyword_ not in schema:
                    self.add(schema_parts, f"{name} has no {keyword_} (expected {value!r} from {source})")
                elif schema[keyword_] != value:
                    self.add(
                        (*schema_parts, keyword_),
                        f"{name} {keyword_} {schema[keyword_]!r} does not match {source} {value!r}",
                    )
        for parts, param in params:
            name = _key(param.get("name"))
            if name in expected and param.get("in") == "query":
                continue
            if style == "rpc" and param.get("in") != "query":
                self.add((*parts, "in"), f"RPC parameter {name!r} must be in the query, not {param.get('in')!r}")
            elif style == "volcengine":
                self.add(parts, f"Volcengine parameter {name!r} belongs in the JSON requestBody")
        if style == "rpc" and "requestBody" in op:
            self.add((*op_parts, "requestBody"), "RPC operations send an empty body; declare query parameters")

    def _check_roa_operation(self, key: str, op_parts: Parts, op: dict[str, Any]) -> None:
        if key.startswith("/#"):
            self.add(("paths", key), "roa operations use their real path, not a '/#' key")
        if "requestBody" not in op:
            return
        body, body_parts = self.deref(op["requestBody"], (*op_parts, "requestBody"))
        if not isinstance(body, dict):
            return
        content = body.get("content")
        if not isinstance(content, dict):
            content = {}
        media = next((m for m in content if isinstance(m, str) and _is_json_media(m)), None)
        if media is None:
            self.add(body_parts, "roa request body must have application/json content")
            return
        schema = content[media].get("schema") if isinstance(content[media], dict) else None
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        if not (isinstance(ref, str) and ref.startswith("#/components/schemas/")):
            self.add(
                (*body_parts, "content", media, "schema"), "roa request body schema must be a named component ($ref)"
            )

    def json_schema(self, owner: Any, owner_parts: Parts) -> tuple[dict[str, Any], Parts] | None:
        """The (dereferenced) JSON schema of a request body or response object."""
        content = owner.get("content") if isinstance(owner, dict) else None
        if not isinstance(content, dict):
            return None
        for media_type, media in content.items():
            if isinstance(media_type, str) and _is_json_media(media_type) and isinstance(media, dict):
                schema, parts = self.deref(media.get("schema"), (*owner_parts, "content", media_type, "schema"))
                if isinstance(schema, dict):
                    return schema, parts
        return None

    def schema_properties(self, schema: Any, parts: Parts, depth: int = 0) -> dict[str, tuple[Any, Parts]]:
        """Top-level properties of a schema (through ``$ref`` and ``allOf``): name -> (schema, parts)."""
        schema, parts = self.deref(schema, parts)
        if not isinstance(schema, dict) or depth > 20:
            return {}
        props: dict[str, tuple[Any, Parts]] = {}
        for i, sub in enumerate(schema.get("allOf") or []):
            props.update(self.schema_properties(sub, (*parts, "allOf", i), depth + 1))
        if isinstance(schema.get("properties"), dict):
            for name, sub in schema["properties"].items():
                props[name] = self.deref(sub, (*parts, "properties", name))
        return props

    def request_schema(self, op: dict[str, Any], op_parts: Parts) -> tuple[dict[str, Any], Parts] | None:
        if "requestBody" not in op:
            return None
        body, parts = self.deref(op["requestBody"], (*op_parts, "requestBody"))
        return self.json_schema(body, parts)

    def success_schema(self, op: dict[str, Any], op_parts: Parts) -> tuple[dict[str, Any], Parts] | None:
        response = _get(op, "responses", "200")
        if response is None:
            return None
        response, parts = self.deref(response, (*op_parts, "responses", "200"))
        return self.json_schema(response, parts)

    def _check_paginator(
        self,
        paginator: Any,
        parts: Parts,
        op: dict[str, Any],
        op_parts: Parts,
        params: list[tuple[Parts, dict[str, Any]]],
        style: Any,
    ) -> None:
        if not isinstance(paginator, dict):
            self.add(parts, "paginator must be a mapping")
            return
        kind = paginator.get("kind")
        if not isinstance(kind, str) or kind not in PAGINATOR_KEYS:
            self.add((*parts, "kind"), f"paginator kind must be one of {', '.join(PAGINATOR_KEYS)}, got {kind!r}")
            return
        required, optional = PAGINATOR_KEYS[kind]
        for key in paginator:
            if key != "kind" and key not in required + optional:
                self.add((*parts, key), f"unknown key {key!r} for a {kind} paginator")
        for key in required:
            if key not in paginator:
                self.add(parts, f"{kind} paginator is missing {key!r}")

        request_names = {_key(p.get("name")) for _, p in params if p.get("name") not in ("Action", "Version")}
        request = self.request_schema(op, op_parts)
        if request is not None:
            request_names |= set(self.schema_properties(*request))
        response_props: dict[str, tuple[Any, Parts]] = {}
        success = self.success_schema(op, op_parts)
        if success is not None:
            response_props = self.schema_properties(*success)
            if style == "volcengine" and "Result" in response_props:
                response_props = self.schema_properties(*response_props["Result"])

        for key in required + optional:
            if key not in paginator:
                continue
            name = paginator[key]
            if not isinstance(name, str) or not name:
                self.add((*parts, key), f"paginator {key} must be a field name, got {name!r}")
            elif key in PAGINATOR_REQUEST_KEYS:
                if name not in request_names:
                    self.add((*parts, key), f"paginator {key} {name!r} is not a request parameter of this operation")
            elif name not in response_props:
                self.add((*parts, key), f"paginator {key} {name!r} is not a field of the '200' response schema")
            elif key == "items":
                items_schema = response_props[name][0]
                types = items_schema.get("type") if isinstance(items_schema, dict) else None
                if types is not None and "array" not in (types if isinstance(types, list) else [types]):
                    self.add((*parts, key), f"paginator items {name!r} is not an array in the '200' response schema")

    def _check_errors(self, errors: Any, parts: Parts, op: dict[str, Any]) -> None:
        if not isinstance(errors, list):
            self.add(parts, "errors must be a list of {status, code, message}")
            return
        responses = op.get("responses")
        if not isinstance(responses, dict):
            responses = {}
        missing_status: set[int] = set()
        for i, entry in enumerate(errors):
            here = (*parts, i)
            if not isinstance(entry, dict):
                self.add(here, "error entry must be a mapping {status, code, message}")
                continue
            for key in entry:
                if key not in ERROR_KEYS + ERROR_OPTIONAL_KEYS:
                    self.add((*here, key), f"unknown error entry key {key!r}")
            for key in ERROR_KEYS:
                if key not in entry:
                    self.add(here, f"error entry is missing {key!r}")
            status = entry.get("status")
            if "status" in entry and not (
                isinstance(status, int) and not isinstance(status, bool) and 400 <= status <= 599
            ):
                self.add((*here, "status"), f"status must be an HTTP error status (int 400-599), got {status!r}")
            elif isinstance(status, int) and str(status) not in responses and status not in missing_status:
                missing_status.add(status)
                self.add((*here, "status"), f"documented error status {status} has no declared response")
            for key in ("code", "message"):
                value = entry.get(key)
                if key in entry and not (isinstance(value, str) and value):
                    self.add((*here, key), f"{key} must be a non-empty string, got {value!r}")

    # -- parameters --------------------------------------------------------------------------------------------

    def iter_parameter_definitions(self) -> Iterator[tuple[Parts, dict[str, Any]]]:
        seen: set[Parts] = set()
        owners: list[Parts] = []
        for _key, _method, op_parts, _op, item_parts in self.iter_operations():
            owners += [item_parts, op_parts]
        for owner in owners:
            params = self.lookup((*owner, "parameters"))
            if isinstance(params, list):
                for i, param in enumerate(params):
                    parts = (*owner, "parameters", i)
                    if isinstance(param, dict) and "$ref" not in param and parts not in seen:
                        seen.add(parts)
                        yield parts, param
        components = _get(self.doc, "components", "parameters")
        if isinstance(components, dict):
            for name, param in components.items():
                if isinstance(param, dict) and "$ref" not in param:
                    yield ("components", "parameters", name), param

    def check_parameters(self) -> None:
        for parts, param in self.iter_parameter_definitions():
            name = param.get("name")
            if "content" in param:
                self.add(
                    (*parts, "content"),
                    f"parameter {name!r} is declared with 'content'; openapi-python-client drops such parameters "
                    "silently: declare it with 'schema'",
                )
            if not _has_text(param.get("description")):
                self.add(parts, f"parameter {name!r} has no description")
            schema, _ = self.deref(param.get("schema"), (*parts, "schema"))
            is_const = isinstance(schema, dict) and "const" in schema
            has_example = "example" in param or "examples" in param
            has_example = has_example or (isinstance(schema, dict) and ("example" in schema or "examples" in schema))
            if isinstance(param.get("content"), dict):
                has_example = has_example or any(
                    isinstance(m, dict) and ("example" in m or "examples" in m) for m in param["content"].values()
                )
            if not is_const and not has_example:
                self.add(parts, f"request parameter {name!r} has no example")
        for _key, _method, op_parts, op, _item_parts in self.iter_operations():
            request = self.request_schema(op, op_parts)
            if request is None:
                continue
            for name, (prop, prop_parts) in self.schema_properties(*request).items():
                if not isinstance(prop, dict) or "const" in prop:
                    continue
                if "example" not in prop and "examples" not in prop:
                    self.add(prop_parts, f"request property {name!r} has no example")

    # -- examples ----------------------------------------------------------------------------------------------

    def schema_validator(self, schema_parts: Parts) -> Any:
        """A JSON Schema 2020-12 validator for the schema at ``schema_parts``; ``$ref``s resolve in the document."""
        if schema_parts not in self._validators:
            from jsonschema import Draft202012Validator
            from referencing import Registry
            from referencing.jsonschema import DRAFT202012

            if self._registry is None:
                self._registry = Registry().with_resource(_SPEC_URI, DRAFT202012.create_resource(self.doc))
            ref = _SPEC_URI + "#" + quote(to_pointer(schema_parts), safe="/~!$&'()*+,;=:@")
            self._validators[schema_parts] = Draft202012Validator({"$ref": ref}, registry=self._registry)
        return self._validators[schema_parts]

    def check_example(self, value: Any, value_parts: Parts, schema_parts: Parts) -> None:
        validator = self.schema_validator(schema_parts)
        try:
            errors = sorted(validator.iter_errors(value), key=lambda e: [str(p) for p in e.absolute_path])
        except Exception as exc:  # noqa: BLE001 - broken schema or $ref, reported by the other checks
            if not (self.dangling or self.openapi_problems):
                self.add(value_parts, f"cannot validate the example against its schema: {type(exc).__name__}: {exc}")
            return
        for err in errors:
            self.add((*value_parts, *err.absolute_path), f"example does not match its schema: {err.message}")

    def iter_media_types(self) -> Iterator[tuple[Parts, dict[str, Any]]]:
        owners: list[Parts] = []
        for _key, _method, op_parts, op, _item_parts in self.iter_operations():
            if isinstance(op.get("requestBody"), dict) and "$ref" not in op["requestBody"]:
                owners.append((*op_parts, "requestBody"))
            if isinstance(op.get("responses"), dict):
                for code, response in op["responses"].items():
                    if isinstance(response, dict) and "$ref" not in response:
                        owners.append((*op_parts, "responses", code))
        for section in ("requestBodies", "responses"):
            entries = _get(self.doc, "components", section)
            if isinstance(entries, dict):
                owners += [("components", section, name) for name in entries]
        for parts, param in self.iter_parameter_definitions():
            if "content" in param:
                owners.append(parts)
        for owner in owners:
            content = self.lookup((*owner, "content"))
            if isinstance(content, dict):
                for media_type, media in content.items():
                    if isinstance(media, dict):
                        yield (*owner, "content", media_type), media

    def check_examples(self) -> None:
        holders = list(self.iter_parameter_definitions()) + list(self.iter_media_types())
        for parts, holder in holders:
            if "schema" not in holder:
                continue
            schema_parts = (*parts, "schema")
            if "example" in holder:
                self.check_example(holder["example"], (*parts, "example"), schema_parts)
            examples = holder.get("examples")
            if isinstance(examples, dict):
                for name, example in examples.items():
                    example_parts = (*parts, "examples", name)
                    resolved, resolved_parts = self.deref(example, example_parts)
                    if isinstance(resolved, dict) and "value" in resolved:
                        where = (*example_parts, "value") if resolved_parts == example_parts else example_parts
                        self.check_example(resolved["value"], where, schema_parts)
        for parts, schema in self.iter_all_schemas():
            if "example" in schema:
                self.check_example(schema["example"], (*parts, "example"), parts)
            if isinstance(schema.get("examples"), list):
                for i, value in enumerate(schema["examples"]):
                    self.check_example(value, (*parts, "examples", i), parts)

    def iter_schema_roots(self) -> Iterator[tuple[Parts, Any]]:
        schemas = _get(self.doc, "components", "schemas")
        if isinstance(schemas, dict):
            for name, schema in schemas.items():
                yield ("components", "schemas", name), schema
        for parts, holder in list(self.iter_parameter_definitions()) + list(self.iter_media_types()):
            if "schema" in holder:
                yield (*parts, "schema"), holder["schema"]

    def iter_all_schemas(self) -> Iterator[tuple[Parts, dict[str, Any]]]:
        seen: set[Parts] = set()
        for root_parts, root in self.iter_schema_roots():
            for parts, schema in _iter_subschemas(root, root_parts):
                if parts not in seen:
                    seen.add(parts)
                    yield parts, schema

    # -- descriptions ------------------------------------------------------------------------------------------

    def check_descriptions(self) -> None:
        for parts, schema in self.iter_all_schemas():
            props = schema.get("properties")
            if not isinstance(props, dict):
                continue
            for name, prop in props.items():
                prop_parts = (*parts, "properties", name)
                if not isinstance(prop, dict):
                    continue
                described = _has_text(prop.get("description"))
                if not described and "$ref" in prop:
                    target, _ = self.deref(prop, prop_parts)
                    described = isinstance(target, dict) and _has_text(target.get("description"))
                if not described:
                    self.add(prop_parts, f"property {name!r} has no description")

    # -- response schemas --------------------------------------------------------------------------------------

    def iter_response_schemas(self) -> Iterator[tuple[Parts, dict[str, Any]]]:
        """Every schema reachable from a 2XX response, once, at the location of its definition."""
        starts: list[tuple[Parts, Any]] = []
        for _key, _method, op_parts, op, _item_parts in self.iter_operations():
            responses = op.get("responses")
            if not isinstance(responses, dict):
                continue
            for code, response in responses.items():
                if not (isinstance(code, str) and code[:1] == "2"):
                    continue
                response, response_parts = self.deref(response, (*op_parts, "responses", code))
                content = response.get("content") if isinstance(response, dict) else None
                if isinstance(content, dict):
                    for media_type, media in content.items():
                        if isinstance(media, dict) and "schema" in media:
                            starts.append(((*response_parts, "content", media_type, "schema"), media["schema"]))
        seen: set[Parts] = set()
        stack = list(reversed(starts))
        while stack:
            parts, schema = stack.pop()
            if not isinstance(schema, dict) or parts in seen:
                continue
            seen.add(parts)
            yield parts, schema
            if "$ref" in schema:
                stack.append(tuple(reversed(self.deref(schema, parts))))
            stack.extend(reversed(_direct_subschemas(schema, parts)))

    def check_response_leniency(self) -> None:
        for parts, schema in self.iter_response_schemas():
            if "enum" in schema:
                self.add(
                    (*parts, "enum"),
                    "enum in a response schema: unknown values would fail parsing; list the values in the description",
                )
            if schema.get("format") == "date" or (
                schema.get("format") == "date-time" and schema.get("type") != "string"
            ):
                self.add(
                    (*parts, "format"),
                    f"format: {schema['format']} on {_article(str(schema.get('type', 'untyped')))} response schema: "
                    "mark a timestamp as `type: string, format: date-time` (it parses to a datetime, or stays the "
                    "string)",
                )
            if "required" in schema:
                self.add(
                    (*parts, "required"), "required in a response schema: vendors omit fields, keep responses lenient"
                )
            if schema.get("additionalProperties") is False:
                self.add(
                    (*parts, "additionalProperties"),
                    "additionalProperties: false in a response schema drops unknown fields",
                )
            is_component = len(parts) == 3 and parts[:2] == ("components", "schemas")
            if isinstance(schema.get("properties"), dict) and not is_component:
                self.add(parts, "inline object in a response schema: make it a named component schema with a title")
            if is_component and isinstance(schema.get("properties"), dict) and "title" not in schema:
                self.add(parts, f"response schema {parts[2]!r} has no title (expected {parts[2]!r})")

    def check_component_titles(self) -> None:
        schemas = _get(self.doc, "components", "schemas")
        if not isinstance(schemas, dict):
            return
        for name, schema in schemas.items():
            if isinstance(schema, dict) and "title" in schema and schema["title"] != name:
                self.add(
                    ("components", "schemas", name, "title"),
                    f"title {schema['title']!r} differs from the component name {name!r}",
                )

    # -- components --------------------------------------------------------------------------------------------

    def check_unused_components(self) -> None:
        components = self.doc.get("components")
        if not isinstance(components, dict):
            return
        outside = {k: v for k, v in self.doc.items() if k != "components"}
        pending = [ref for _, ref in _iter_refs(outside, ())]
        used: set[tuple[str, str]] = set()
        while pending:
            ref = pending.pop()
            if not _is_local_ref(ref):
                continue
            target = _ref_parts(ref)
            if len(target) < 3 or target[0] != "components":
                continue
            entry = (target[1], target[2])
            if entry in used:
                continue
            used.add(entry)
            node = self.lookup(("components", *entry))
            if node is not _MISSING:
                pending += [r for _, r in _iter_refs(node, ("components", *entry))]
        for section in CHECKED_COMPONENTS:
            entries = components.get(section)
            if not isinstance(entries, dict):
                continue
            for name in entries:
                if (section, name) not in used:
                    self.add(
                        ("components", section, name), f"unused component {section}/{name}: no operation references it"
                    )


class _Missing:
    def __repr__(self) -> str:
        return "<missing>"


_MISSING: Any = _Missing()


def _key(value: Any) -> Any:
    """``value`` if it can be a dict key or set member, else its repr (broken specs put lists where names go)."""
    try:
        hash(value)
    except TypeError:
        return repr(value)
    return value


def _has_text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


_LOCATED_CLASS: Any = None
_SCHEMA_VALIDATOR: Any = None


def _openapi_schema_validator() -> Any:
    """The OpenAPI 3.1 document schema, always checked with the Python ``jsonschema`` backend.

    openapi-spec-validator switches to jsonschema-rs when it is installed; its errors carry other messages
    (with the whole failing instance), so pinning the backend keeps the problems the same everywhere.
    """
    global _SCHEMA_VALIDATOR
    if _SCHEMA_VALIDATOR is None:
        from jsonschema.validators import validator_for
        from openapi_spec_validator.schemas import schema_v31

        schema = dict(schema_v31)
        _SCHEMA_VALIDATOR = validator_for(schema)(schema)
    return _SCHEMA_VALIDATOR


def _located_validator_class() -> Any:
    """openapi-spec-validator's 3.1 validator whose keyword validators record where each error was found.

    Its keyword validators yield errors whose paths are relative to the schema being checked; wrapping them
    keeps the document path of the innermost keyword validator on the error (``_specdev_parts``).
    """
    global _LOCATED_CLASS
    if _LOCATED_CLASS is not None:
        return _LOCATED_CLASS
    from jsonschema_path.paths import SchemaPath
    from openapi_spec_validator import OpenAPIV31SpecValidator
    from openapi_spec_validator.validation import keywords

    def located(cls: type) -> type:
        is_value_validator = issubclass(cls, keywords.ValueValidator)

        def __call__(self: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
            base = next((a for a in args if isinstance(a, SchemaPath)), None)
            for err in cls.__call__(self, *args, **kwargs):
                if base is not None and not hasattr(err, "_specdev_parts"):
                    extra = ("default",) if is_value_validator else ()
                    err._specdev_parts = (*base.parts, *extra, *err.absolute_path)
                yield err

        return type(cls.__name__, (cls,), {"__call__": __call__})

    keyword_validators = {name: located(cls) for name, cls in OpenAPIV31SpecValidator.keyword_validators.items()}
    _LOCATED_CLASS = type(
        "LocatedOpenAPIV31SpecValidator", (OpenAPIV31SpecValidator,), {"keyword_validators": keyword_validators}
    )
    return _LOCATED_CLASS


def _article(word: str) -> str:
    """``word`` with its indefinite article: "a string", "an integer"."""
    return f"{'an' if word[:1] in 'aeiou' else 'a'} {word}"
