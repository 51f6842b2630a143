"""ApsaraVideo VOD (API version 2017-03-21), generated from its OpenAPI spec."""

from .client import VodClient, VodClientWithRawResponse
from .types import UNSET, Response, Unset

__all__ = (
    "VodClient",
    "VodClientWithRawResponse",
    "Response",
    "UNSET",
    "Unset",
)
