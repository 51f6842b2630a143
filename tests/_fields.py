"""Reading the generated models in tests: a field the test relies on must be present (absent ones are ``UNSET``)."""

from __future__ import annotations

from typing import TypeVar

from cloudmedia._runtime.types import Unset

T = TypeVar("T")


def present(value: T | Unset) -> T:
    """``value``, which the test expects the response to carry; fails the test when it is ``UNSET``."""
    assert not isinstance(value, Unset), "a field the test relies on is absent from the response"
    return value
