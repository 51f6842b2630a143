"""Where a client's region comes from, in the order the vendors' own tools use, and which regions are known.

**Alibaba Cloud** (IMM, VOD, ICE; PDS builds its host from the domain id and takes no region):

1. the ``region`` argument (the command line's ``--region``);
2. the environment: ``ALIBABA_CLOUD_REGION_ID``;
3. the profile: ``region_id`` of the credentials ini file's section (same file and section as the
   credentials: ``ALIBABA_CLOUD_CREDENTIALS_FILE`` or ``~/.alibabacloud/credentials.ini``), then
   ``region_id`` of the Alibaba Cloud CLI's ``~/.aliyun/config.json`` profile (the ``profile`` argument,
   else ``ALIBABA_CLOUD_PROFILE``, else the file's ``current`` profile; skipped when
   ``ALIBABA_CLOUD_CLI_PROFILE_DISABLED`` is ``true``);
4. the service's documented default (the spec's ``endpoint.default_region``).

**Volcengine** (NTA): the argument, then ``VOLCENGINE_REGION``, then ``region`` of the Volcengine CLI's
profile (``VOLCENGINE_CLI_CONFIG_FILE`` or ``~/.volcengine/config.json``; profile ``VOLCENGINE_PROFILE``,
else the file's ``current``, else ``default``), then the documented default.

:func:`resolve_region` returns the value with the place it came from (``--debug`` prints it).

**Known regions** (:func:`known_regions`): a region is known to a service when its spec's endpoint metadata
names it: a key of ``regional_map`` or the ``default_region``. For a service whose host is built from a
template (``imm.{region}.aliyuncs.com``) or that only signs with the region (Volcengine), the official SDKs
carry no per-service list (IMM's endpoint map holds one region), so there the regions named by any service
of the same vendor count as known too: for Alibaba Cloud that is the VOD and ICE SDKs' full region tables. A
region outside that set still gets its host built, with one warning naming the known ones (a misspelt
``cn-hangzhu`` would otherwise fail later as a connection error).
"""

from __future__ import annotations

import difflib
import importlib
import json
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import credentials as _credentials

__all__ = [
    "ALIBABA_ENV_REGION",
    "ENV_ENDPOINT_URL",
    "VOLCENGINE_ENV_CLI_CONFIG_FILE",
    "VOLCENGINE_ENV_PROFILE",
    "VOLCENGINE_ENV_REGION",
    "Resolved",
    "known_regions",
    "resolve_endpoint_url",
    "resolve_region",
    "warn_unknown_region",
]

ALIBABA_ENV_REGION = "ALIBABA_CLOUD_REGION_ID"
VOLCENGINE_ENV_REGION = "VOLCENGINE_REGION"
VOLCENGINE_ENV_PROFILE = "VOLCENGINE_PROFILE"
VOLCENGINE_ENV_CLI_CONFIG_FILE = "VOLCENGINE_CLI_CONFIG_FILE"

log = logging.getLogger("cloudmedia")


@dataclass(frozen=True)
class Resolved:
    """A setting's value and where it came from (``"environment variable ALIBABA_CLOUD_REGION_ID"``)."""

    value: str | None
    source: str


def _text(value: object) -> str | None:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return None


def _json_file(path: Path) -> Any:
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, UnicodeDecodeError, ValueError):
        return None


def _alibaba_profile_region(
    profile: str | None, env: Mapping[str, str], home: str | os.PathLike[str] | None
) -> Resolved | None:
    home_dir = _credentials.home_dir(home, env)
    name = profile or _credentials.env_value(env, _credentials.ALIBABA_ENV_PROFILE)
    for path in _credentials.alibaba_ini_paths(env, home_dir):
        try:
            sections = _credentials.read_ini(path)
        except FileNotFoundError:
            continue
        except Exception:  # noqa: BLE001 - an unreadable file is the credentials chain's to report
            break
        section = name or "default"
        region = _text(sections.get(section, {}).get("region_id"))
        if region:
            return Resolved(region, f"{path} [{section}] region_id")
        break  # the first existing file is the credentials file
    if (_credentials.env_value(env, _credentials.ALIBABA_ENV_CLI_PROFILE_DISABLED) or "").lower() == "true":
        return None
    path = home_dir / ".aliyun" / "config.json"
    config = _json_file(path)
    if not isinstance(config, dict):
        return None
    cli_name = name or _text(config.get("current")) or "default"
    for entry in config.get("profiles") or ():
        if isinstance(entry, dict) and entry.get("name") == cli_name:
            region = _text(entry.get("region_id"))
            if region:
                return Resolved(region, f"{path} profile {cli_name!r} region_id")
            break
    return None


def _volcengine_profile_region(env: Mapping[str, str], home: str | os.PathLike[str] | None) -> Resolved | None:
    explicit = _credentials.env_value(env, VOLCENGINE_ENV_CLI_CONFIG_FILE)
    path = Path(explicit).expanduser() if explicit else _credentials.home_dir(home, env) / ".volcengine" / "config.json"
    config = _json_file(path)
    if not isinstance(config, dict):
        return None
    name = _credentials.env_value(env, VOLCENGINE_ENV_PROFILE) or _text(config.get("current")) or "default"
    profiles = config.get("profiles")
    entry = profiles.get(name) if isinstance(profiles, dict) else None
    region = _text(entry.get("region")) if isinstance(entry, dict) else None
    return Resolved(region, f"{path} profile {name!r} region") if region else None


def resolve_region(
    vendor: str,
    region: str | None,
    *,
    default: str | None,
    profile: str | None = None,
    given_as: str = "the region argument",
    environ: Mapping[str, str] | None = None,
    home: str | os.PathLike[str] | None = None,
) -> Resolved:
    """The region for a client of ``vendor`` (``alibaba``, ``volcengine``), in the order of the module docs.

    ``given_as`` names the explicit value in :attr:`Resolved.source` (``--region`` on the command line);
    ``environ`` and ``home`` replace ``os.environ`` and the home directory (tests, sandboxes).
    """
    if region:
        return Resolved(region, given_as)
    env = os.environ if environ is None else environ
    variable = {"alibaba": ALIBABA_ENV_REGION, "volcengine": VOLCENGINE_ENV_REGION}.get(vendor)
    if variable is not None:
        value = _credentials.env_value(env, variable)
        if value:
            return Resolved(value, f"environment variable {variable}")
    found: Resolved | None = None
    if vendor == "alibaba":
        found = _alibaba_profile_region(profile, env, home)
    elif vendor == "volcengine":
        found = _volcengine_profile_region(env, home)
    if found is not None:
        return found
    return Resolved(default, "the service's default region" if default else "not set")


# ------------------------------------------------------------------------------------------------ known regions


@lru_cache(maxsize=8)
def _vendor_regions(vendor: str) -> frozenset[str]:
    from cloudmedia._services import PACKAGES

    regions: set[str] = set()
    for package in PACKAGES:
        try:
            model = importlib.import_module(f"cloudmedia.{package}._service").SERVICE
        except ImportError:
            continue
        if model.vendor == vendor:
            regions |= _own_regions(model.endpoint)
    return frozenset(regions)


def _own_regions(endpoint: Mapping[str, Any]) -> set[str]:
    regions = set(endpoint.get("regional_map") or ())
    if endpoint.get("default_region"):
        regions.add(endpoint["default_region"])
    return regions


def known_regions(vendor: str, endpoint: Mapping[str, Any]) -> frozenset[str]:
    """The regions a service's endpoint metadata knows (see the module docs); empty when the service's host
    does not depend on a region at all (PDS)."""
    own = _own_regions(endpoint)
    templated = "{region}" in str(endpoint.get("host_template") or "")
    signs_with_region = vendor == "volcengine"
    if not own and not templated:
        return frozenset()
    if templated or signs_with_region:
        return frozenset(own) | _vendor_regions(vendor)
    return frozenset(own)


_warned: set[tuple[str, str]] = set()


def warn_unknown_region(product: str, vendor: str, endpoint: Mapping[str, Any], region: str | None) -> str | None:
    """Log (once per product and region) a warning when ``region`` is not known to the service; return it."""
    if not region or region in _own_regions(endpoint):
        return None
    known = known_regions(vendor, endpoint)
    if not known or region in known:
        return None
    close = difflib.get_close_matches(region, sorted(known), n=1, cutoff=0.75)
    hint = f"did you mean {close[0]!r}? " if close else ""
    message = (
        f"region {region!r} is not in {product}'s endpoint metadata; {hint}known regions: {', '.join(sorted(known))}"
    )
    if (product, region) not in _warned:
        _warned.add((product, region))
        log.warning("%s", message)
    return message


def client_region(service: Any, region: str | None, profile: str | None = None) -> str | None:
    """The region a client of ``service`` (its :class:`~.model.ServiceModel`) uses: resolved, then checked."""
    resolved = resolve_region(
        service.vendor, region, default=service.endpoint.get("default_region"), profile=profile
    ).value
    warn_unknown_region(service.product, service.vendor, service.endpoint, resolved)
    return resolved


# ------------------------------------------------------------------------------------------------ endpoint URL

#: An endpoint URL for every client (``http://127.0.0.1:8080`` for the emulator); ``CLOUDMEDIA_ENDPOINT_URL_<PACKAGE>``
#: (``CLOUDMEDIA_ENDPOINT_URL_IMM``) for one service. The ``endpoint_url`` argument (``--endpoint-url``) wins.
ENV_ENDPOINT_URL = "CLOUDMEDIA_ENDPOINT_URL"


def resolve_endpoint_url(
    package: str,
    endpoint_url: str | None,
    *,
    given_as: str = "the endpoint_url argument",
    environ: Mapping[str, str] | None = None,
) -> Resolved:
    """The endpoint URL a client of ``package`` uses: the argument, then ``CLOUDMEDIA_ENDPOINT_URL_<PACKAGE>``,
    then ``CLOUDMEDIA_ENDPOINT_URL``; ``Resolved(None, ...)`` when the host comes from the endpoint metadata."""
    if endpoint_url:
        return Resolved(endpoint_url, given_as)
    env = os.environ if environ is None else environ
    for variable in (f"{ENV_ENDPOINT_URL}_{package.upper()}", ENV_ENDPOINT_URL):
        value = _credentials.env_value(env, variable)
        if value:
            return Resolved(value, f"environment variable {variable}")
    return Resolved(None, "the endpoint metadata")
