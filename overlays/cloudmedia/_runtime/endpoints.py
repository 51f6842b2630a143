"""Endpoint resolution: which host a service is called on.

A spec's ``info.x-cloudmedia.endpoint`` mapping drives it, in the official SDKs' order:

1. ``regional_map[region]``, when the region is listed: an exact host, used whatever the network (the SDKs apply
   the network only to their host rule, never to a map hit);
2. ``vpc_host_template`` (network ``vpc``) or ``host_template`` (network ``public``), with ``{region}`` and
   ``{domain_id}`` filled in (``imm.{region}.aliyuncs.com``, ``{domain_id}.api.aliyunpds.com``);
3. ``host``, one fixed host (``open.volcengineapi.com``).

``default_region`` is used when no region is given. An explicit endpoint URL given by the caller bypasses all of
this; :func:`split_endpoint_url` turns it into a scheme and the host (with port) to send and sign.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

__all__ = ["NETWORKS", "resolve_host", "split_endpoint_url"]

#: Networks a spec can describe.
NETWORKS = ("public", "vpc")

_LABEL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?")
_HOST = re.compile(r"(?:[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?\.?)+|\[[0-9A-Fa-f:.]+\]")


def _fill(template: str, name: str, value: str | None, what: str) -> str:
    placeholder = "{" + name + "}"
    if placeholder not in template:
        return template
    if not value:
        raise ValueError(f"{what}: a {name} is required to build the host from {template!r}")
    if not isinstance(value, str) or not _LABEL.fullmatch(value):
        raise ValueError(f"{what}: invalid {name} {value!r} (letters, digits and '-' only)")
    return template.replace(placeholder, value)


def resolve_host(
    endpoint: Mapping[str, Any],
    *,
    region: str | None,
    network: str = "public",
    domain_id: str | None = None,
) -> str:
    """The host (no scheme) to call, following the official SDKs' resolution order (see the module docstring).

    Raises :class:`ValueError` for an unknown network, a missing or malformed region / domain id that the host
    needs, or a VPC request for a service that has no VPC endpoint.
    """
    if network not in NETWORKS:
        raise ValueError(f"unknown network {network!r}; expected one of {', '.join(NETWORKS)}")
    region = region or endpoint.get("default_region") or None
    regional_map = endpoint.get("regional_map") or {}
    if region is not None:
        hit = regional_map.get(region)
        if hit:
            return str(hit)
    if network == "vpc":
        template = endpoint.get("vpc_host_template")
        if not template:
            raise ValueError("this service has no VPC endpoint; use network='public' or pass an explicit endpoint")
    else:
        template = endpoint.get("host_template")
    if template:
        host = _fill(template, "region", region, "endpoint")
        host = _fill(host, "domain_id", domain_id, "endpoint")
        if "{" in host or "}" in host:
            raise ValueError(f"endpoint host template {template!r} has an unknown placeholder")
        return host
    fixed = endpoint.get("host")
    if fixed:
        return str(fixed)
    if region is None:
        raise ValueError("a region is required to resolve this service's endpoint")
    raise ValueError(f"no endpoint for region {region!r}: the service describes no host for it")


@lru_cache(maxsize=256)
def split_endpoint_url(url: str) -> tuple[str, str]:
    """Split an explicit endpoint into ``(scheme, host_with_port)``.

    Accepts ``http://127.0.0.1:8080``, ``https://host`` or a bare ``host[:port]`` (HTTPS); a trailing ``/`` is
    ignored. Raises :class:`ValueError` for another scheme, a path, query, fragment or user info, or a bad port.
    """
    if not isinstance(url, str) or not url.strip():
        raise ValueError("endpoint must be a non-empty string")
    text = url.strip()
    scheme = "https"
    if "://" in text:
        scheme, _, text = text.partition("://")
        scheme = scheme.lower()
        if scheme not in ("http", "https"):
            raise ValueError(f"endpoint {url!r}: scheme must be http or https")
    text = text.rstrip("/")
    if any(c in text for c in "/?#@ \t"):
        raise ValueError(f"endpoint {url!r} must be a scheme and host[:port] only (no path, query or user info)")
    host, port = text, None
    if text.startswith("["):
        end = text.find("]")
        if end < 0:
            raise ValueError(f"endpoint {url!r}: unterminated IPv6 address")
        host, rest = text[: end + 1], text[end + 1 :]
        if rest:
            if not rest.startswith(":"):
                raise ValueError(f"endpoint {url!r}: malformed host")
            port = rest[1:]
    elif ":" in text:
        host, _, port = text.rpartition(":")
    if not host or not _HOST.fullmatch(host):
        raise ValueError(f"endpoint {url!r}: malformed host")
    if port is not None and (not port.isdigit() or not 0 < int(port) < 65536):
        raise ValueError(f"endpoint {url!r}: invalid port {port!r}")
    return scheme, text
