"""Write the drift of a page into the spec of its operation, in place."""

from __future__ import annotations

from typing import Any

from ruamel.yaml.comments import CommentedMap

from specdev.docdiff.readers import Page
from specdev.docdiff.spec import SpecOperation

__all__ = ["UpdateError", "update_operation"]


class UpdateError(ValueError):
    """A change the page shows cannot be written into the spec."""


def update_operation(
    page: Page, doc: CommentedMap, op: SpecOperation, snapshot: Page | None
) -> tuple[list[str], list[str]]:
    raise UpdateError("updating an existing operation is not implemented yet")
    return [], []  # pragma: no cover
