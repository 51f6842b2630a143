"""Photo and Drive Service (API version 2022-03-01), generated from its OpenAPI spec."""

from .client import PdsClient, PdsClientWithRawResponse
from .types import UNSET, Response, Unset

__all__ = (
    "PdsClient",
    "PdsClientWithRawResponse",
    "Response",
    "UNSET",
    "Unset",
)
