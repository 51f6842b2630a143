"""Volcengine NTA (API version 2024-07-30), generated from its OpenAPI spec."""

from .client import NtaClient, NtaClientWithRawResponse
from .types import UNSET, Response, Unset

__all__ = (
    "NtaClient",
    "NtaClientWithRawResponse",
    "Response",
    "UNSET",
    "Unset",
)
