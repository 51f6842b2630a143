"""What the official SDK models know that a page may not say (when the SDK is installed: it is optional).

Volcengine pages show the "required" column as an icon, which a saved page loses; the SDK's request model
refuses ``None`` for a required member, which tells.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["volcengine_required"]


def volcengine_required(product: str, action: str) -> dict[str, bool] | None:
    """Wire name -> required, from ``volcenginesdk<product>.models.<Action>Request``; None without the SDK."""
    try:
        models = importlib.import_module(f"volcenginesdk{product}.models")
        cls: Any = getattr(models, f"{action}Request")
        attribute_map: dict[str, str] = dict(cls.attribute_map)
    except (ImportError, AttributeError, TypeError):
        return None
    out: dict[str, bool] = {}
    for attr, wire in attribute_map.items():
        required = _refuses_none(cls, {a: "x" for a in attribute_map if a != attr})
        if required is not None:
            out[wire] = required
    return out


def _refuses_none(cls: Any, others: dict[str, str]) -> bool | None:
    """Whether the model refuses to be built without one member (None: the probe tells nothing)."""
    try:
        cls(**others)
    except ValueError:
        return True
    except Exception:  # noqa: BLE001 - a model this probe cannot build tells nothing
        return None
    return False
