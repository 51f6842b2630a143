"""Turning Python values into their wire form (models into dicts, recursively)."""

from __future__ import annotations

from typing import Any


def to_wire(value: Any) -> Any:
    """The JSON-ready form of a parameter value: generated models become dicts, lists are converted item by item."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [to_wire(v) for v in value]
    if isinstance(value, dict):
        return {k: to_wire(v) for k, v in value.items()}
    return value
