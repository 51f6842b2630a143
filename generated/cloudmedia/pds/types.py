"""Shared types of the generated models and endpoints (one definition for every cloudmedia client)."""

from .._runtime.types import UNSET, Response, Unset

__all__ = ["UNSET", "Response", "Unset"]
