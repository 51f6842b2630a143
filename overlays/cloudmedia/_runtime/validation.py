"""Client-side validation of request parameters against the operation's spec, before any I/O.

:func:`validate_params` checks the values of one call (keyed by **wire** name, JSON-shaped: strings,
numbers, booleans, lists, dicts) against each :class:`~.model.ParamModel`'s schema and raises
:class:`~.errors.ParamValidationError` at the first violation. A value that is absent or ``None`` counts as
not given.

Supported JSON-schema keywords: ``type`` (a name or a list of names: ``string``, ``integer``, ``number``,
``boolean``, ``array``, ``object``, ``null``), ``enum``, ``const``, ``minLength`` / ``maxLength``
(characters, i.e. code points), ``pattern`` (``re.search``), ``minimum`` / ``maximum`` /
``exclusiveMinimum`` / ``exclusiveMaximum`` (numbers, or the OpenAPI 3.0 boolean form), ``multipleOf``,
``minItems`` / ``maxItems``, ``items`` (each item, reported with its index: ``uris[3]``), and
``properties`` / ``required`` / ``additionalProperties`` for objects (reported as ``parent.child``). Other
keywords are ignored. A ``pattern`` is always enforced: one Python's ``re`` cannot compile (an ECMA-262 feature
such as ``\\p{L}``) makes compiling the operation fail with :class:`UnsupportedPatternError`, naming the
operation, the parameter and the pattern, instead of being skipped (the spec convention allows only patterns
``re`` compiles, and the spec validator reports any other as not a ``regex``). As in JSON schema, ``bool`` is
not an ``integer`` or ``number``; unlike it, ``1.0`` is not an ``integer`` either (it would be sent as
``1.0``), and ``number`` must be finite.

Each operation is compiled once into a chain of closures (cached by operation identity), so a call costs a
few microseconds.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Callable, Mapping
from typing import Any

from .errors import ParamValidationError
from .model import OperationModel

__all__ = ["UnsupportedPatternError", "clear_cache", "compile_operation", "validate_params"]

#: ``check(value)`` returns None or raises :class:`_Fail`.
Checker = Callable[[Any], None]


class _Fail(Exception):
    """A violation found below the top level; the path (``[3]``, ``.Key``) is prepended on the way up, so a
    passing value never pays for formatting it."""

    __slots__ = ("detail", "path", "rule", "value")

    def __init__(self, rule: str, value: Any, detail: str) -> None:
        self.rule = rule
        self.value = value
        self.detail = detail
        self.path = ""


class UnsupportedPatternError(ValueError):
    """A spec's ``pattern`` that Python's ``re`` cannot compile: it could not be enforced."""


_VALUE_LIMIT = 80


def _short(value: Any) -> str:
    text = repr(value)
    if len(text) > _VALUE_LIMIT:
        text = text[: _VALUE_LIMIT - 3] + "..."
    return text


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _num(x: Any) -> str:
    return repr(x) if isinstance(x, float) else str(x)


# ------------------------------------------------------------------------------------------------------- types


def _is_string(v: Any) -> bool:
    return isinstance(v, str)


def _is_integer(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _is_number(v: Any) -> bool:
    if isinstance(v, bool):
        return False
    if isinstance(v, int):
        return True
    return isinstance(v, float) and math.isfinite(v)


def _is_boolean(v: Any) -> bool:
    return isinstance(v, bool)


def _is_array(v: Any) -> bool:
    return isinstance(v, (list, tuple))


def _is_object(v: Any) -> bool:
    return isinstance(v, Mapping)


def _is_null(v: Any) -> bool:
    return v is None


_TYPES: dict[str, tuple[Callable[[Any], bool], str]] = {
    "string": (_is_string, "a string"),
    "integer": (_is_integer, "an integer"),
    "number": (_is_number, "a finite number"),
    "boolean": (_is_boolean, "a boolean"),
    "array": (_is_array, "a list"),
    "object": (_is_object, "a mapping"),
    "null": (_is_null, "null"),
}


def _json_equal(a: Any, b: Any) -> bool:
    """Equality as JSON sees it: ``True`` is not ``1``."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(_json_equal(x, y) for x, y in zip(a, b))
    return bool(a == b)


def _fail(rule: str, value: Any, detail: str) -> None:
    raise _Fail(rule, value, detail)


# ----------------------------------------------------------------------------------------------------- compile


def _compile_schema(schema: Mapping[str, Any]) -> Checker | None:
    """One checker for a schema, or None when the schema constrains nothing we check."""
    if not schema:
        return None
    checks: list[Checker] = []

    # type ---------------------------------------------------------------------------------------------
    declared = schema.get("type")
    names = [declared] if isinstance(declared, str) else list(declared or ())
    names = [n for n in names if n in _TYPES]
    if names:
        preds = tuple(_TYPES[n][0] for n in names)
        expected = " or ".join(_TYPES[n][1] for n in names)
        if len(preds) == 1:
            pred = preds[0]

            def check_type(v: Any) -> None:
                if not pred(v):
                    _fail("type", v, f"must be {expected}; got {type(v).__name__} {_short(v)}")

        else:

            def check_type(v: Any) -> None:
                for p in preds:
                    if p(v):
                        return
                _fail("type", v, f"must be {expected}; got {type(v).__name__} {_short(v)}")

        checks.append(check_type)

    # const / enum -------------------------------------------------------------------------------------
    if "const" in schema:
        const = schema["const"]

        def check_const(v: Any) -> None:
            if not _json_equal(v, const):
                _fail("const", v, f"must be {_short(const)}; got {_short(v)}")

        checks.append(check_const)

    enum = schema.get("enum")
    if enum is not None:
        choices = list(enum)
        shown = ", ".join(_short(c) for c in choices[:20]) + (", ..." if len(choices) > 20 else "")
        if choices and all(isinstance(c, str) for c in choices):
            allowed = frozenset(choices)

            def check_enum(v: Any) -> None:
                if not (isinstance(v, str) and v in allowed):
                    _fail("enum", v, f"must be one of {shown}; got {_short(v)}")

        else:

            def check_enum(v: Any) -> None:
                for c in choices:
                    if _json_equal(v, c):
                        return
                _fail("enum", v, f"must be one of {shown}; got {_short(v)}")

        checks.append(check_enum)

    # strings ------------------------------------------------------------------------------------------
    min_len = schema.get("minLength")
    max_len = schema.get("maxLength")
    pattern = schema.get("pattern")
    regex = None
    if isinstance(pattern, str):
        try:
            regex = re.compile(pattern)
        except re.error as exc:
            raise UnsupportedPatternError(
                f"pattern {pattern!r} cannot be enforced: Python's re does not compile it ({exc})"
            ) from None
    if min_len is not None or max_len is not None or regex is not None:

        def check_string(v: Any) -> None:
            if not isinstance(v, str):
                return
            n = len(v)
            if min_len is not None and n < min_len:
                _fail(
                    "minLength",
                    v,
                    f"must be at least {_plural(min_len, 'character')} long; got {_plural(n, 'character')}",
                )
            if max_len is not None and n > max_len:
                _fail(
                    "maxLength",
                    v,
                    f"must be at most {_plural(max_len, 'character')} long; got {_plural(n, 'character')}",
                )
            if regex is not None and regex.search(v) is None:
                _fail("pattern", v, f"must match the pattern {pattern!r}; got {_short(v)}")

        checks.append(check_string)

    # numbers ------------------------------------------------------------------------------------------
    minimum = schema.get("minimum")
    maximum = schema.get("maximum")
    ex_min = schema.get("exclusiveMinimum")
    ex_max = schema.get("exclusiveMaximum")
    if ex_min is True:  # OpenAPI 3.0 form
        ex_min, minimum = minimum, None
    elif ex_min is False:
        ex_min = None
    if ex_max is True:
        ex_max, maximum = maximum, None
    elif ex_max is False:
        ex_max = None
    multiple_of = schema.get("multipleOf")
    if any(x is not None for x in (minimum, maximum, ex_min, ex_max, multiple_of)):

        def check_number(v: Any) -> None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                return
            if minimum is not None and v < minimum:
                _fail("minimum", v, f"must be >= {_num(minimum)}; got {_num(v)}")
            if maximum is not None and v > maximum:
                _fail("maximum", v, f"must be <= {_num(maximum)}; got {_num(v)}")
            if ex_min is not None and v <= ex_min:
                _fail("exclusiveMinimum", v, f"must be > {_num(ex_min)}; got {_num(v)}")
            if ex_max is not None and v >= ex_max:
                _fail("exclusiveMaximum", v, f"must be < {_num(ex_max)}; got {_num(v)}")
            if multiple_of:
                if isinstance(v, int) and isinstance(multiple_of, int):
                    bad = v % multiple_of != 0
                else:
                    q = v / multiple_of
                    bad = abs(q - round(q)) > 1e-9
                if bad:
                    _fail("multipleOf", v, f"must be a multiple of {_num(multiple_of)}; got {_num(v)}")

        checks.append(check_number)

    # arrays -------------------------------------------------------------------------------------------
    min_items = schema.get("minItems")
    max_items = schema.get("maxItems")
    items = schema.get("items")
    item_check = _compile_schema(items) if isinstance(items, Mapping) else None
    if min_items is not None or max_items is not None or item_check is not None:

        def check_array(v: Any) -> None:
            if not isinstance(v, (list, tuple)):
                return
            n = len(v)
            if min_items is not None and n < min_items:
                _fail(
                    "minItems",
                    v,
                    f"must have at least {_plural(min_items, 'item')}; got {_plural(n, 'item')}",
                )
            if max_items is not None and n > max_items:
                _fail(
                    "maxItems",
                    v,
                    f"must have at most {_plural(max_items, 'item')}; got {_plural(n, 'item')}",
                )
            if item_check is not None:
                i = 0
                try:
                    for i, item in enumerate(v):
                        item_check(item)
                except _Fail as fail:
                    fail.path = f"[{i}]{fail.path}"
                    raise

        checks.append(check_array)

    # objects ------------------------------------------------------------------------------------------
    props = schema.get("properties")
    required = tuple(schema.get("required") or ())
    additional = schema.get("additionalProperties")
    prop_checks: tuple[tuple[str, Checker], ...] = ()
    if isinstance(props, Mapping):
        prop_checks = tuple(
            (name, c) for name, sub in props.items() if isinstance(sub, Mapping) and (c := _compile_schema(sub))
        )
    extra_check = _compile_schema(additional) if isinstance(additional, Mapping) else None
    known = frozenset(props or ())
    if prop_checks or required or extra_check is not None or additional is False:

        def check_object(v: Any) -> None:
            if not isinstance(v, Mapping):
                return
            name = ""
            try:
                for name in required:
                    if v.get(name) is None:
                        _fail("required", None, "is required")
                for name, c in prop_checks:
                    sub = v.get(name)
                    if sub is not None:
                        c(sub)
                if additional is False or extra_check is not None:
                    for name, sub in v.items():
                        if name in known:
                            continue
                        if additional is False:
                            _fail(
                                "additionalProperties",
                                sub,
                                f"is not a known property (known: {', '.join(sorted(known))})",
                            )
                        elif extra_check is not None:
                            extra_check(sub)
            except _Fail as fail:
                fail.path = f".{name}{fail.path}"
                raise

        checks.append(check_object)

    if not checks:
        return None
    if len(checks) == 1:
        return checks[0]
    chain = tuple(checks)

    def check_all(v: Any) -> None:
        for c in chain:
            c(v)

    return check_all


def compile_operation(op: OperationModel) -> Callable[[Mapping[str, Any]], None]:
    """Build the validator of one operation (not cached; :func:`validate_params` caches it)."""
    name = op.name
    checks = []
    for p in op.params:
        try:
            checks.append((p.wire, p.python, p.required, _compile_schema(p.schema or {})))
        except UnsupportedPatternError as exc:
            raise UnsupportedPatternError(f"{name}: parameter {p.python!r} ({p.wire}): {exc}") from None
    plan = tuple(checks)

    def validate(values: Mapping[str, Any]) -> None:
        get = values.get
        for wire, python, required, check in plan:
            value = get(wire)
            if value is None:
                if required:
                    raise ParamValidationError(name, python, wire, "required", None, "is required")
                continue
            if check is not None:
                try:
                    check(value)
                except _Fail as fail:
                    raise ParamValidationError(
                        name, python + fail.path, wire + fail.path, fail.rule, fail.value, fail.detail
                    ) from None

    return validate


_cache: dict[int, tuple[OperationModel, Callable[[Mapping[str, Any]], None]]] = {}
_lock = threading.Lock()


def validate_params(op: OperationModel, values: Mapping[str, Any]) -> None:
    """Raise :class:`~.errors.ParamValidationError` if ``values`` (keyed by wire name) break ``op``'s spec.

    Keys that name no parameter of ``op`` are not checked here.
    """
    entry = _cache.get(id(op))
    if entry is None or entry[0] is not op:
        with _lock:
            entry = _cache.get(id(op))
            if entry is None or entry[0] is not op:
                entry = (op, compile_operation(op))
                _cache[id(op)] = entry
    entry[1](values)


def clear_cache() -> None:
    """Forget every compiled operation (for tests and for reloading models)."""
    with _lock:
        _cache.clear()
