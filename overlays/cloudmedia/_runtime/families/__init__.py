"""The wire families, registered in one place and selected by the spec's operation ``x-cloudmedia.style``.

=============== ============================== =================================================================
style           module                         services, signing schemes
=============== ============================== =================================================================
``rpc``         :mod:`.alibaba_rpc`            Alibaba Cloud RPC (IMM, VOD, ICE): ``acs3``, ``rpc-hmac-sha1``
``roa``         :mod:`.pds`                    Alibaba Cloud ROA (PDS): ``pds-hmac-sha1``, ``bearer``
``volcengine``  :mod:`.volcengine`             Volcengine OpenAPI (NTA): ``volc-hmac-sha256``
=============== ============================== =================================================================

Each module defines one :class:`WireFamily` (request builder hooks, signers, error classifier, request-id
headers, client base, emulator verifier and error shape). Adding a family is one new module and one
:func:`register` line below; the wire builder, the client pipeline, the spec validator and the emulator read
everything else from here (:data:`STYLES`, :func:`signing_schemes`, :func:`vendor_styles`).
"""

from __future__ import annotations

from ._base import WireFamily

__all__ = [
    "WireFamily",
    "families",
    "family_for_service",
    "family_for_style",
    "register",
    "signing_schemes",
    "vendor_styles",
]

_REGISTRY: dict[str, WireFamily] = {}


def register(family: WireFamily) -> WireFamily:
    """Add ``family`` under its :attr:`~WireFamily.style`; a style is registered once."""
    if family.style in _REGISTRY:
        raise ValueError(f"wire family style {family.style!r} is already registered")
    taken = {s for f in _REGISTRY.values() for s in f.signing}
    clash = taken.intersection(family.signing)
    if clash:
        raise ValueError(f"signing scheme(s) {', '.join(sorted(clash))} already belong to another family")
    _REGISTRY[family.style] = family
    return family


def family_for_style(style: str) -> WireFamily:
    """The family of an operation style; :class:`KeyError` naming the known styles otherwise."""
    try:
        return _REGISTRY[style]
    except KeyError:
        raise KeyError(f"unknown wire family style {style!r} (known: {', '.join(_REGISTRY)})") from None


def family_for_service(service: object) -> WireFamily:
    """The family of a service model: the one its operations' style names (a service has one)."""
    operations = getattr(service, "operations", {})
    styles = {op.style for op in operations.values()}
    if len(styles) != 1:
        name = getattr(service, "product", service)
        raise ValueError(f"service {name!r} must use exactly one operation style, has {sorted(styles)}")
    return family_for_style(styles.pop())


def families() -> tuple[WireFamily, ...]:
    """Every registered family, in registration order."""
    return tuple(_REGISTRY.values())


def signing_schemes() -> tuple[str, ...]:
    """Every signing scheme name a spec may list, in registration order."""
    return tuple(s for f in _REGISTRY.values() for s in f.signing)


def vendor_styles() -> dict[str, tuple[str, ...]]:
    """Vendor -> the styles of its families."""
    out: dict[str, tuple[str, ...]] = {}
    for f in _REGISTRY.values():
        out[f.vendor] = (*out.get(f.vendor, ()), f.style)
    return out


# ------------------------------------------------------------------------------------------------ registration

from . import alibaba_rpc, pds, volcengine

register(alibaba_rpc.FAMILY)
register(pds.FAMILY)
register(volcengine.FAMILY)

#: The registered styles.
STYLES = tuple(_REGISTRY)
