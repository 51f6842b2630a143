"""Types shared by every generated client: :data:`UNSET` and the raw :class:`Response`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import Generic, Literal, TypeVar


class Unset:
    """The type of :data:`UNSET`: a field or parameter that was not given (as opposed to ``None``)."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

T = TypeVar("T")


@dataclass(slots=True)
class Response(Generic[T]):
    """The HTTP layer of a successful call: status, headers, raw body and the parsed model.

    ``status_code`` is an :class:`HTTPStatus`, or a plain ``int`` for a status without a name (e.g. 299).
    """

    status_code: HTTPStatus | int
    content: bytes
    headers: Mapping[str, str]
    parsed: T
    request_id: str | None = None
    attempts: int = 1


__all__ = ["UNSET", "Response", "Unset"]
