"""Intelligent Media Services (API version 2020-11-09), generated from its OpenAPI spec."""

from .client import IceClient, IceClientWithRawResponse
from .types import UNSET, Response, Unset

__all__ = (
    "IceClient",
    "IceClientWithRawResponse",
    "Response",
    "UNSET",
    "Unset",
)
