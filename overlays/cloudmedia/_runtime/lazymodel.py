"""The base of every generated model: an object's fields are read from the decoded JSON when it is first used.

``Model.from_dict(data)`` does not walk the tree: it keeps ``data`` and sets only the fields the model requires
(none in a response model). The first time any other field of the object is read, the model's generated ``_fill``
reads all of that object's fields from ``data`` in one pass, with the lenient rules
of every model: unknown fields go to ``additional_properties``; a nested object or list of the wrong shape leaves
its field ``UNSET`` and is kept in ``additional_properties``; a timestamp becomes a ``datetime``. The objects a
``from_dict`` object nests (a page's items) are created the same lazy way, so they cost one object each until they
are used; reading one of them builds everything it holds at once (first-use costs once per item, not per nested
object).

What users see is the same as with eagerly built models: attribute access, ``==`` and ``repr`` (attrs reads every
field), ``to_dict()``, ``additional_properties``, ``attrs.evolve``, pickling and copying (``__getstate__`` reads
every field, and keeps the source of a model with timestamps so a copy still writes the vendor's text back). Only when the work is done differs: a 100-item page costs about nothing until it is used, and reading one
item costs that item. ``from_dict`` therefore keeps a reference to ``data``: the mapping must not be changed
afterwards (the client decodes a fresh one per response).

A field set before anything was read is kept: the fill notes the slots already set and puts them back. (The models
define no ``__setattr__``/``__delattr__``: either would slow every field store. So ``del`` of a field of an object
not read yet fails as for a field never set; read the object first.) The collector is never touched.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from .timestamps import parse_timestamp

__all__ = ["MISMATCH", "LazyModel", "is_object", "source_of", "timestamp_value"]

#: What a nested parser raises when a value does not have the documented shape.
MISMATCH = (TypeError, ValueError, KeyError, AttributeError)

_get = object.__getattribute__
set_field = object.__setattr__
#: The objects an object's set slots hold (and its type): one C call that tells whether a program stored a field in
#: an object not read yet (an unread object holds only its type, ``_cm_src``, ``_cm_pending`` and required fields).
#: Read-only introspection: it does not run or change the collector.
_referents = gc.get_referents


def _set_before_fill(obj: LazyModel, cls: type[LazyModel]) -> dict[str, Any]:
    """The fields a program stored in ``obj`` before it was read (rare: the slow path)."""
    kept = {}
    for name in cls._cm_fields:
        for klass in cls.__mro__:
            slot = klass.__dict__.get(name)
            if slot is not None:
                try:
                    kept[name] = slot.__get__(obj, cls)
                except AttributeError:
                    pass
                break
    return kept


class LazyModel:
    """Mixin of the generated attrs models: the decoded source mapping and whether the object is still unread."""

    __slots__ = ("_cm_pending", "_cm_src")

    _cm_src: Mapping[str, Any] | None
    #: 0: read (or built by its constructor); 1: unread, its nested objects will be created unread in turn; 2: unread,
    #: its nested objects will be built at once. ``from_dict`` gives 1 and the objects it nests 2: a page and its items
    #: are read on first use, and reading an item builds what it holds at once (one first-use step per item, not per
    #: nested object).
    _cm_pending: int
    #: The fields ``_cm_fill`` sets (every field but the required ones); set by each generated model module.
    _cm_fields: ClassVar[frozenset[str]] = frozenset()
    #: Whether copies and pickles keep the source mapping (models with timestamps: see ``__getstate__``).
    _cm_keeps_source: ClassVar[bool] = False
    #: How many referents (``gc.get_referents``) an object has before it is read: 3 + its required fields.
    _cm_unread_refs: ClassVar[int] = 3
    #: ``_cm_fill(obj, src, lazy)``: read the fields in ``_cm_fields`` from ``src``; nested objects unread when
    #: ``lazy``; set by each generated model module.
    _cm_fill: ClassVar[Callable[[Any, Mapping[str, Any], bool], None]]

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:  # construction, copy and unpickling: nothing to read
        self = object.__new__(cls)
        self._cm_src = None
        self._cm_pending = 0
        return self

    def _cm_load(self) -> None:
        # _cm_pending is cleared only after the fill: another thread reading a field meanwhile fills the object too
        # (with the same values) instead of finding it neither unread nor filled.
        mode = self._cm_pending
        cls = type(self)
        kept = _set_before_fill(self, cls) if len(_referents(self)) > cls._cm_unread_refs else None
        cls._cm_fill(self, self._cm_src, mode == 1)  # type: ignore[arg-type]
        self._cm_pending = 0
        if kept:
            for name, value in kept.items():
                setattr(self, name, value)

    # Copying and pickling (the generated classes use these instead of attrs' own): every field, read first, and the
    # source mapping of a model with timestamps, so that to_dict() of a copy still writes the vendor's text back.
    def __getstate__(self) -> dict[str, Any]:
        cls = type(self)
        state = {f.name: getattr(self, f.name) for f in cls.__attrs_attrs__}  # type: ignore[attr-defined]
        if cls._cm_keeps_source:
            state["_cm_src"] = source_of(self)
        return state

    def __setstate__(self, state: Mapping[str, Any]) -> None:
        for name, value in state.items():
            set_field(self, name, value)

    if not TYPE_CHECKING:  # for type checkers, models have exactly their declared attributes

        def __getattr__(self, name: str) -> Any:
            # Only called when normal lookup failed: not an attribute, or a field of an object not read yet. (Objects
            # built at once have no _cm_pending slot set: every field is set, and a missing one was deleted.)
            if name in type(self)._cm_fields:
                try:
                    pending = _get(self, "_cm_pending")
                except AttributeError:
                    pending = 0
                if pending:
                    self._cm_load()
                    return _get(self, name)
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


def source_of(obj: Any) -> Mapping[str, Any] | None:
    """The mapping ``obj`` was parsed from, or None (built with its constructor, copied or unpickled)."""
    try:
        src: Mapping[str, Any] | None = _get(obj, "_cm_src")
    except AttributeError:
        return None
    return src


def is_object(value: Any) -> bool:
    """True for a decoded JSON object (any mapping)."""
    return value.__class__ is dict or isinstance(value, Mapping)


def timestamp_value(value: Any) -> Any:
    """A timestamp field's value: a timezone-aware ``datetime``, or the value as it came when it is not one."""
    return parse_timestamp(value) if value.__class__ is str else value
