"""The global options of a command, each resolved as users of the vendors' tools expect it to be.

Every global option is accepted for every service. Each resolves flag -> environment -> profile -> default
(:data:`ORDER`, shown by ``--help`` and the README); one that has no effect on the service called is ignored.
``--debug`` logs where each value came from, and what was ignored and why.
"""

from __future__ import annotations

import argparse
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .._runtime import credentials as _credentials
from .._runtime import settings as _settings
from .._runtime.retry import RetryPolicy
from ._commands import Service
from ._parser import OUTPUT_FORMATS

__all__ = ["ENV_ENDPOINT_URL", "ENV_MAX_ATTEMPTS", "ENV_OUTPUT", "ORDER", "Globals", "UsageError", "resolve"]

ENV_OUTPUT = "CLOUDMEDIA_OUTPUT"
ENV_ENDPOINT_URL = _settings.ENV_ENDPOINT_URL
ENV_MAX_ATTEMPTS = "CLOUDMEDIA_MAX_ATTEMPTS"

#: Option -> where its value is looked for, first found wins (documentation and ``--help``).
ORDER: Mapping[str, str] = {
    "--region": (
        f"--region, then {_settings.ALIBABA_ENV_REGION} (Alibaba Cloud) / {_settings.VOLCENGINE_ENV_REGION} "
        "(Volcengine), then the profile's region (region_id of the ~/.alibabacloud/credentials.ini section, "
        "then of the ~/.aliyun/config.json profile; region of the ~/.volcengine/config.json profile), then the "
        "service's default"
    ),
    "--profile": f"--profile, then {_credentials.ALIBABA_ENV_PROFILE}, then the files' current or default profile",
    "--endpoint-url": (
        f"--endpoint-url, then {ENV_ENDPOINT_URL}_<SERVICE> (e.g. {ENV_ENDPOINT_URL}_IMM), then {ENV_ENDPOINT_URL}, "
        "then the host the region (or --domain-id) gives"
    ),
    "--output": f"--output, then {ENV_OUTPUT}, then json",
    "--max-attempts": f"--max-attempts, then {ENV_MAX_ATTEMPTS}, then the client's retry policy",
}


class UsageError(Exception):
    """A problem with the command line found after parsing (reported like argparse's own errors)."""


@dataclass
class Globals:
    """What the global options resolved to for one service."""

    client_kwargs: dict[str, Any]
    output: str
    query: Any
    """The compiled ``--query`` expression, or None."""
    notes: list[str] = field(default_factory=list)
    """For ``--debug``: each value and where it came from; each option ignored, and why."""


def _env(environ: Mapping[str, str], name: str) -> str | None:
    value = environ.get(name, "").strip()
    return value or None


def _host_inputs(service: Service) -> list[str]:
    """The placeholders of the service's host template other than the region (``domain_id`` for PDS)."""
    template = str(service.model.endpoint.get("host_template") or "")
    return [name for name in re.findall(r"{(\w+)}", template) if name != "region"]


def _flag_of(service: Service, name: str) -> str:
    for option in service.client_options:
        if option.name == name:
            return option.flag
    return "--" + name.replace("_", "-")


def _why_no_region(service: Service) -> str:
    inputs = _host_inputs(service)
    if inputs:
        flags = " and ".join(_flag_of(service, n) for n in inputs)
        return f"{service.name} builds its host from {flags}, not from a region"
    return f"{service.name} takes no region"


def compile_query(text: str | None) -> Any:
    if text is None:
        return None
    import jmespath
    from jmespath.exceptions import JMESPathError

    try:
        return jmespath.compile(text)
    except JMESPathError as exc:
        detail = " ".join(str(exc).split())
        raise UsageError(f"argument --query: not a valid JMESPath expression: {detail}") from None


def resolve(args: argparse.Namespace, service: Service, environ: Mapping[str, str] | None = None) -> Globals:
    """Resolve every global option for ``service``; raise :class:`UsageError` for a bad value (naming the flag
    or the environment variable it came from)."""
    env = os.environ if environ is None else environ
    notes: list[str] = []
    kwargs: dict[str, Any] = {}
    takes = service.client_args

    # --output
    if args.output is not None:
        output, source = args.output, "--output"
    elif (value := _env(env, ENV_OUTPUT)) is not None:
        if value not in OUTPUT_FORMATS:
            raise UsageError(f"{ENV_OUTPUT}={value}: expected one of {', '.join(OUTPUT_FORMATS)}")
        output, source = value, f"environment variable {ENV_OUTPUT}"
    else:
        output, source = "json", "the default"
    notes.append(f"output: {output} (from {source})")

    query = compile_query(args.query)
    if args.query is not None:
        notes.append(f"query: {args.query} (from --query)")

    # --profile
    profile: str | None = None
    if "profile" in takes:
        if args.profile:
            profile = kwargs["profile"] = args.profile
            notes.append(f"profile: {profile} (from --profile)")
        elif (value := _env(env, _credentials.ALIBABA_ENV_PROFILE)) is not None:
            profile = value
            notes.append(f"profile: {value} (from environment variable {_credentials.ALIBABA_ENV_PROFILE})")
        else:
            notes.append("profile: the credentials files' default (no --profile, ALIBABA_CLOUD_PROFILE not set)")
    elif args.profile:
        notes.append(f"--profile: ignored: {service.name} takes its credentials from environment variables only")

    # --endpoint-url
    endpoint = _settings.resolve_endpoint_url(
        service.model.package, args.endpoint_url, given_as="--endpoint-url", environ=env
    )
    endpoint_url = endpoint.value
    if endpoint_url:
        kwargs["endpoint_url"] = endpoint_url
        notes.append(f"endpoint-url: {endpoint_url} (from {endpoint.source})")

    # --region
    if "region" in takes:
        resolved = _settings.resolve_region(
            service.model.vendor,
            args.region,
            default=service.model.endpoint.get("default_region"),
            profile=profile,
            given_as="--region",
            environ=env,
        )
        if resolved.value:
            kwargs["region"] = resolved.value
        notes.append(f"region: {resolved.value} (from {resolved.source})")
    elif args.region:
        notes.append(f"--region: ignored: {_why_no_region(service)}")

    # --max-attempts
    attempts, source = args.max_attempts, "--max-attempts"
    if attempts is None and (value := _env(env, ENV_MAX_ATTEMPTS)) is not None:
        if not value.isdigit() or int(value) < 1:
            raise UsageError(f"{ENV_MAX_ATTEMPTS}={value}: expected a positive integer")
        attempts, source = int(value), f"environment variable {ENV_MAX_ATTEMPTS}"
    if attempts is not None:
        if "retry" in takes:
            kwargs["retry"] = RetryPolicy(max_attempts=attempts)
            notes.append(f"max-attempts: {attempts} (from {source})")
        else:
            notes.append(f"--max-attempts: ignored: {service.name} has no retry policy")

    # client options (--domain-id, --signature-algorithm, ...)
    for option in service.client_options:
        value = getattr(args, option.dest, None)
        if value is not None:
            kwargs[option.name] = value
    if not endpoint_url:
        for name in _host_inputs(service):
            if name in takes and not kwargs.get(name):
                template = service.model.endpoint.get("host_template")
                raise UsageError(
                    f"{_flag_of(service, name)} is required: the {service.name} host is built from it "
                    f"({template}); or give --endpoint-url"
                )
    return Globals(client_kwargs=kwargs, output=output, query=query, notes=notes)
