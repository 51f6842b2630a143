"""Intelligent Media Management (API version 2020-09-30), generated from its OpenAPI spec."""

from .client import ImmClient, ImmClientWithRawResponse
from .types import UNSET, Response, Unset

__all__ = (
    "ImmClient",
    "ImmClientWithRawResponse",
    "Response",
    "UNSET",
    "Unset",
)
