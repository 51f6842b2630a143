"""The argparse tree: ``cloudmedia [global options] SERVICE OPERATION [--param value ...]``.

Importing a client package is most of the start-up time, so a service's operations are added to the tree
only when that service is named on the command line (or when the top-level help lists every service).
Global options are accepted before the service and after the operation alike: the nested copies default
to ``argparse.SUPPRESS`` so they never overwrite a value given earlier.
"""

from __future__ import annotations

import argparse
import textwrap
from typing import Any

from .._runtime import __version__
from .._runtime import credentials as _credentials
from ._commands import ClientOption, Operation, Service, load_service, service_names

__all__ = ["EXIT_CODES", "RESERVED_FLAGS", "build_parser"]

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_SERVICE = 3
EXIT_TRANSPORT = 4
EXIT_INVALID_RESPONSE = 5

#: Exit status -> meaning, as the help shows it.
EXIT_CODES = {
    EXIT_OK: "success",
    EXIT_ERROR: "unexpected error (--debug shows the traceback)",
    EXIT_USAGE: "usage error: bad arguments, a parameter the client rejects, missing credentials or endpoint",
    EXIT_SERVICE: "the service answered with an error",
    EXIT_TRANSPORT: "transport error: no response (connection refused, timeout, TLS)",
    EXIT_INVALID_RESPONSE: "invalid response: a body that is not what the operation documents, or pages that "
    "do not progress",
}

#: Flags of the command line itself; an operation parameter of the same name becomes ``--param-<name>``.
RESERVED_FLAGS = frozenset(
    {
        "-h",
        "--help",
        "--version",
        "--region",
        "--endpoint-url",
        "--profile",
        "--output",
        "--dry-run",
        "--debug",
        "--max-attempts",
        "--all",
        "--max-items",
    }
)


def _non_negative(text: str) -> int:
    value = int(text)
    if value < 0:
        raise ValueError(text)
    return value


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise ValueError(text)
    return value


_non_negative.__name__ = "non-negative integer"
_positive.__name__ = "positive integer"


class _Formatter(argparse.RawDescriptionHelpFormatter):
    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=36)


def _exit_codes_text() -> str:
    return "exit status:\n" + "\n".join(f"  {code}  {meaning}" for code, meaning in EXIT_CODES.items())


def _credentials_text(services: list[Service]) -> str:
    by_vendor: dict[str, list[str]] = {}
    for service in services:
        by_vendor.setdefault(service.model.vendor, []).append(service.name)
    c = _credentials
    sources = {
        "alibaba": (
            f"{c.ALIBABA_ENV_ACCESS_KEY_ID} + {c.ALIBABA_ENV_ACCESS_KEY_SECRET} [+ {c.ALIBABA_ENV_SECURITY_TOKEN}], "
            f"then ~/.alibabacloud/credentials.ini and ~/.aliyun/config.json (profile: --profile or "
            f"{c.ALIBABA_ENV_PROFILE}); PDS also takes an access token: {c.PDS_ENV_ACCESS_TOKEN} or --access-token"
        ),
        "volcengine": f"{c.VOLCENGINE_ENV_ACCESS_KEY} + {c.VOLCENGINE_ENV_SECRET_KEY} [+ {c.VOLCENGINE_ENV_SESSION_TOKEN}]",
    }
    lines = ["credentials (the clients' own chain; AccessKey pairs are never taken from flags):"]
    for vendor, names in sorted(by_vendor.items()):
        text = f"{', '.join(names)}: {sources.get(vendor, 'see the client documentation')}"
        lines.append(_wrap(text, indent="  ", hanging="      "))
    return "\n".join(lines)


def _wrap(text: str, *, indent: str = "", hanging: str = "") -> str:
    return textwrap.fill(text, width=100, initial_indent=indent, subsequent_indent=hanging or indent)


def add_global_options(parser: argparse.ArgumentParser, *, nested: bool) -> None:
    def default(value: Any) -> Any:
        return argparse.SUPPRESS if nested else value

    group = parser.add_argument_group("global options")
    group.add_argument("--region", default=default(None), help="region of the endpoint (and of the signature scope)")
    group.add_argument(
        "--endpoint-url", metavar="URL", default=default(None), help="send to this URL, e.g. http://127.0.0.1:8080"
    )
    group.add_argument("--profile", default=default(None), help="credentials profile (Alibaba Cloud)")
    group.add_argument(
        "--output", choices=("json", "table"), default=default("json"), help="output format (default: json)"
    )
    group.add_argument(
        "--dry-run",
        action="store_true",
        default=default(False),
        help="print the signed request that would be sent (tokens masked) and send nothing",
    )
    group.add_argument(
        "--debug", action="store_true", default=default(False), help="log requests to stderr (secrets masked)"
    )
    group.add_argument(
        "--max-attempts",
        type=_positive,
        metavar="N",
        default=default(None),
        help="attempts per request, retries included (default: the client's policy)",
    )


def _add_client_options(parser: argparse.ArgumentParser, options: tuple[ClientOption, ...]) -> None:
    if not options:
        return
    group = parser.add_argument_group("client options")
    for option in options:
        group.add_argument(
            option.flag,
            dest=option.dest,
            type=option.convert,
            choices=option.choices,
            metavar=None if option.choices else option.name.upper(),
            default=argparse.SUPPRESS,
            help=option.help,
        )


def _add_operation(commands: Any, service: Service, op: Operation) -> None:
    epilog = [f"The {op.model.name} operation of {service.model.title} (API version {service.model.version})."]
    if op.pages_method:
        epilog.append(
            "--all prints one JSON object per line (JSON lines), one per item of every page, as the pages arrive;\n"
            "with --output table the items are collected first, then printed as one table."
        )
    epilog.append(_exit_codes_text())
    shown = []
    for param in (p for p in op.params if p.required):
        value = param.metavar or "{" + ",".join(map(str, param.choices or ())) + "}"
        shown.append(f"{param.flag} {value}" + (f" [{param.flag} ...]" if param.repeat else ""))
    parser = commands.add_parser(
        op.name,
        usage=" ".join(["%(prog)s", *shown, "[options]"]),
        help=op.summary,
        description=op.description,
        epilog="\n\n".join(epilog),
        formatter_class=_Formatter,
    )
    required = parser.add_argument_group("required parameters")
    optional = parser.add_argument_group("optional parameters")
    for param in op.params:
        kwargs: dict[str, Any] = {"dest": param.dest, "type": param.convert, "help": param.help}
        if param.choices:
            kwargs["choices"] = param.choices
        else:
            kwargs["metavar"] = param.metavar
        if param.repeat:
            kwargs["action"] = "append"
        (required if param.required else optional).add_argument(param.flag, required=param.required, **kwargs)
    if op.pages_method:
        paging = parser.add_argument_group("pagination")
        paging.add_argument("--all", action="store_true", help="follow every page and print each item")
        paging.add_argument("--max-items", type=_non_negative, metavar="N", help="stop after N items (implies --all)")
    _add_client_options(parser, service.client_options)
    add_global_options(parser, nested=True)
    parser.set_defaults(_service=service, _operation=op, _parser=parser)


class _Services(argparse._SubParsersAction):  # type: ignore[type-arg]
    """The service sub-commands, each filled with its operations the first time it is needed (argparse has no
    public hook for this: the private action class is subclassed, as ``add_subparsers(action=...)`` allows)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.loaded: dict[str, Service] = {}

    def load(self, name: str) -> Service:
        service = self.loaded.get(name)
        if service is not None:
            return service
        service = self.loaded[name] = load_service(name, RESERVED_FLAGS)
        title = f"{service.model.title} (API version {service.model.version})"
        for choice in self._choices_actions:
            if choice.dest == name:
                choice.help = title
        parser = self._name_parser_map[name]
        parser.usage = "%(prog)s [options] OPERATION [parameters]"
        parser.description = title
        parser.epilog = _exit_codes_text()
        _add_client_options(parser, service.client_options)
        add_global_options(parser, nested=True)
        commands = parser.add_subparsers(
            title="operations", dest="operation", metavar="OPERATION", required=True, prog=parser.prog
        )
        for op in service.operations.values():
            _add_operation(commands, service, op)
        return service

    def load_all(self) -> list[Service]:
        return [self.load(name) for name in self._name_parser_map]

    def __call__(self, parser: Any, namespace: Any, values: Any, option_string: Any = None) -> None:
        if values and values[0] in self._name_parser_map:
            self.load(values[0])
        super().__call__(parser, namespace, values, option_string)


_EXAMPLES = """examples:
  cloudmedia imm batch-get-file-meta --project-name p --dataset-name d \\
      --uris oss://b/a.jpg --uris oss://b/b.jpg
  cloudmedia pds scan-file --domain-id d --drive-id 1 --all
  cloudmedia --output table vod list-ai-image-info --video-id VIDEO_ID
  cloudmedia nta create-file-detection --sign-url URL --dry-run"""


class _TopParser(argparse.ArgumentParser):
    services: _Services

    def format_help(self) -> str:
        loaded = self.services.load_all()
        catalog = ["operations (cloudmedia SERVICE OPERATION --help for their parameters):"]
        width = max((len(s.name) + 1 + len(o) for s in loaded for o in s.operations), default=0)
        for service in loaded:
            for op in service.operations.values():
                catalog.append(f"  {f'{service.name} {op.name}'.ljust(width)}  {op.summary}")
        self.epilog = "\n\n".join(
            [
                "\n".join(catalog),
                _credentials_text(loaded),
                _exit_codes_text(),
                _EXAMPLES,
            ]
        )
        return super().format_help()


def build_parser() -> argparse.ArgumentParser:
    parser = _TopParser(
        prog="cloudmedia",
        usage="%(prog)s [options] SERVICE OPERATION [parameters]",
        description=_wrap(
            "Call the operations of the cloudmedia clients from the command line. Services, operations and their "
            "parameters are derived from the generated clients; global options go before the service or after "
            "the operation."
        ),
        formatter_class=_Formatter,
    )
    parser.add_argument("--version", action="version", version=f"cloudmedia {__version__}")
    add_global_options(parser, nested=False)
    services = parser.add_subparsers(
        title="services",
        prog=parser.prog,
        dest="service",
        metavar="SERVICE",
        required=True,
        action=_Services,
        parser_class=argparse.ArgumentParser,
    )
    for name in service_names():
        services.add_parser(name, help=None, formatter_class=_Formatter)
    parser.services = services  # type: ignore[assignment]
    return parser
