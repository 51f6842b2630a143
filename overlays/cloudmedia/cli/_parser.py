"""The argparse tree: ``cloudmedia [global options] SERVICE OPERATION [--param value ...]``.

Importing a client package is most of the start-up time, so a service's operations are added to the tree
only when that service is named on the command line (or when the top-level help lists every service).
Global options are accepted before the service and after the operation alike: the nested copies default
to ``argparse.SUPPRESS`` so they never overwrite a value given earlier.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
import textwrap
from collections.abc import Sequence
from typing import Any, NoReturn

from .._runtime import __version__
from .._runtime import credentials as _credentials
from ._commands import ClientOption, Operation, Service, load_service, service_names

__all__ = ["EXIT_CODES", "OUTPUT_FORMATS", "RESERVED_FLAGS", "Parser", "build_parser", "suggestion"]

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_SERVICE = 3
EXIT_TRANSPORT = 4
EXIT_INVALID_RESPONSE = 5
EXIT_WAIT_FAILED = 6
EXIT_WAIT_TIMEOUT = 7

#: Exit status -> meaning, as the help shows it.
EXIT_CODES = {
    EXIT_OK: "success",
    EXIT_ERROR: "unexpected error (--debug shows the traceback)",
    EXIT_USAGE: "usage error: bad arguments, a parameter the client rejects, missing credentials or endpoint",
    EXIT_SERVICE: "the service answered with an error",
    EXIT_TRANSPORT: "transport error: no response (connection refused, timeout, TLS)",
    EXIT_INVALID_RESPONSE: "invalid response: a body that is not what the operation documents, or pages that "
    "do not progress",
    EXIT_WAIT_FAILED: "--wait: the job reached a failure state (its last result is printed)",
    EXIT_WAIT_TIMEOUT: "--wait: the job was still running after the attempts or the time allowed (its last "
    "result is printed)",
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
        "--query",
        "--dry-run",
        "--debug",
        "--max-attempts",
        "--all",
        "--max-items",
        "--wait",
        "--wait-delay",
        "--wait-max-attempts",
        "--wait-max-time",
    }
)

#: The output formats of ``--output``.
OUTPUT_FORMATS = ("json", "table", "text")


class Parser(argparse.ArgumentParser):
    """An argument parser that never takes an abbreviation for a flag and suggests the closest name when a
    command or a flag is unknown."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["allow_abbrev"] = False
        super().__init__(*args, **kwargs)

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        self._given = list(sys.argv[1:] if args is None else args)
        return super().parse_known_args(args, namespace)

    def _unknown_given(self) -> list[str]:
        """Flags given to this parser that it does not know: reported before what they caused (a required
        flag seemingly missing, or the value of an unknown flag taken for a command)."""
        given: list[str] = getattr(self, "_given", [])
        known = self._option_string_actions
        unknown = [a for a in given if a.startswith("--") and a.split("=", 1)[0] not in known]
        if self._subparsers is not None:  # global options and the command: only what comes before it
            leading = []
            for arg in given:
                if not arg.startswith("-"):
                    break
                leading.append(arg)
            unknown = [a for a in unknown if a in leading]
        return unknown

    def error(self, message: str) -> NoReturn:
        if message.startswith(("the following arguments are required", "argument ")):
            unknown = self._unknown_given()
            if unknown:
                self.unknown_flags(unknown)
        choice = _INVALID_CHOICE.search(message)
        if choice is not None:
            wrong = choice.group(1)
            known = [name for name in _quoted(choice.group(2))]
            message += suggestion(wrong, known)
        super().error(message)

    def unknown_flags(self, extras: Sequence[str]) -> NoReturn:
        """Report arguments no parser took (``argparse`` would show only the top-level usage)."""
        flags = [a for a in extras if a.startswith("-")]
        first = flags[0] if flags else extras[0]
        name = first.split("=", 1)[0]
        known = [o for action in self._actions for o in action.option_strings]
        message = f"unrecognized arguments: {' '.join(extras)}"
        if name.startswith("-"):
            message += suggestion(name, known)
        super().error(message)


_INVALID_CHOICE = re.compile(r"invalid choice: '([^']*)' \(choose from (.*)\)$")


def _quoted(text: str) -> list[str]:
    return re.findall(r"'([^']*)'", text)


def suggestion(wrong: str, known: Sequence[str]) -> str:
    """`` (did you mean --project-name?)`` for the names closest to ``wrong``; empty when none is close."""
    folded: dict[str, list[str]] = {}
    for name in known:
        folded.setdefault(name.lower().replace("-", "").replace("_", ""), []).append(name)
    key = wrong.lower().replace("-", "").replace("_", "")
    matches = list(folded.get(key, ()))
    bare = {name.lstrip("-"): name for name in known}
    cutoff = 0.6 if len(wrong.lstrip("-")) <= 4 else 0.75
    close = difflib.get_close_matches(wrong.lstrip("-"), list(bare), n=3, cutoff=cutoff)
    matches += [bare[m] for m in close]
    if not matches:
        matches = [n for m in difflib.get_close_matches(key, list(folded), n=2, cutoff=0.75) for n in folded[m]]
    return f"; did you mean {' or '.join(dict.fromkeys(matches))}?" if matches else ""


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
    """Help with each parameter under its own flag; the vendor's spelling (an alias) is named in the help text."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=36)

    def _format_action_invocation(self, action: argparse.Action) -> str:
        if getattr(action, "vendor_aliases", ()):
            shown = argparse.Action(action.option_strings[:1], action.dest, nargs=action.nargs)
            shown.metavar, shown.choices = action.metavar, action.choices
            return super()._format_action_invocation(shown)
        return super()._format_action_invocation(action)


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
    group.add_argument(
        "--region",
        default=default(None),
        help="region of the endpoint (and of the signature scope); else ALIBABA_CLOUD_REGION_ID / "
        "VOLCENGINE_REGION, else the profile's region, else the service's default",
    )
    group.add_argument(
        "--endpoint-url",
        metavar="URL",
        default=default(None),
        help="send to this URL, e.g. http://127.0.0.1:8080 (else CLOUDMEDIA_ENDPOINT_URL)",
    )
    group.add_argument(
        "--profile", default=default(None), help="credentials profile (Alibaba Cloud; else ALIBABA_CLOUD_PROFILE)"
    )
    group.add_argument(
        "--output",
        choices=OUTPUT_FORMATS,
        default=default(None),
        help="output format (else CLOUDMEDIA_OUTPUT, else json); text: tab-separated values for shell pipelines",
    )
    group.add_argument(
        "--query",
        metavar="JMESPATH",
        default=default(None),
        help="a JMESPath expression applied to the result (to each item when following pages) before it is printed",
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


def _seconds(text: str) -> float:
    value = float(text)
    if not value >= 0 or value == float("inf"):
        raise ValueError(text)
    return value


_seconds.__name__ = "number of seconds"


def _add_wait_options(parser: argparse.ArgumentParser, service: Service, op: Operation) -> None:
    waiter = op.waiter
    assert waiter is not None
    polled = service.model.operations[waiter.operation]
    group = parser.add_argument_group("waiting")
    group.add_argument(
        "--wait",
        action="store_true",
        help=f"after {op.model.name}, poll {polled.name} with the {waiter.argument} it returned until "
        f"{waiter.state} is {' or '.join(map(str, waiter.success))}, then print that final result",
    )
    group.add_argument(
        "--wait-delay",
        type=_seconds,
        metavar="SECONDS",
        help=f"seconds between polls (default {waiter.delay:g})",
    )
    group.add_argument(
        "--wait-max-attempts",
        type=_positive,
        metavar="N",
        help=f"polls at most (default {waiter.max_attempts})",
    )
    group.add_argument(
        "--wait-max-time",
        type=_seconds,
        metavar="SECONDS",
        help="seconds at most, polls and delays included"
        + (f" (default {waiter.max_wait:g})" if waiter.max_wait else " (default: no limit besides the attempts)"),
    )


def _add_operation(commands: Any, service: Service, op: Operation) -> None:
    epilog = [
        f"The {op.model.name} operation of {service.model.title} (API version {service.model.version})"
        + (f"; also callable as cloudmedia {service.name} {op.model.name}." if op.aliases else ".")
    ]
    if op.pages_method:
        epilog.append(
            "--all prints one JSON object per line (JSON lines), one per item of every page, as the pages arrive;\n"
            "with --output table the items are collected first, then printed as one table."
        )
    lists = [p.flag for p in op.params if p.repeat]
    if lists:
        epilog.append(
            f"List parameters ({', '.join(lists)}) take the flag repeated or one JSON array:\n"
            f'  {lists[0]} a {lists[0]} b   or   {lists[0]} \'["a", "b"]\''
        )
    epilog.append(_exit_codes_text())
    shown = []
    for param in (p for p in op.params if p.required):
        value = param.metavar or "{" + ",".join(map(str, param.choices or ())) + "}"
        shown.append(f"{param.flag} {value}" + (f" [{param.flag} ...]" if param.repeat else ""))
    parser = commands.add_parser(
        op.name,
        aliases=list(op.aliases),
        usage=" ".join(["%(prog)s", *shown, "[options]"]),
        help=op.summary,
        description=op.description,
        epilog="\n\n".join(epilog),
        formatter_class=_Formatter,
    )
    if op.aliases:  # listed under its own name only; the vendor's name is in the operation's help
        commands._choices_actions[-1].metavar = op.name
    required = parser.add_argument_group("required parameters")
    optional = parser.add_argument_group("optional parameters")
    for param in op.params:
        kwargs: dict[str, Any] = {"dest": param.dest, "help": param.help}
        if param.repeat:
            # Items are converted after parsing: one JSON array or the flag repeated (Param.values).
            kwargs.update(action="append", metavar=param.metavar)
        else:
            kwargs["type"] = param.convert
            if param.choices:
                kwargs["choices"] = param.choices
            else:
                kwargs["metavar"] = param.metavar
        if param.aliases:
            kwargs["help"] = f"{param.help} (also {', '.join(param.aliases)})"
        group = required if param.required else optional
        action = group.add_argument(*param.flags, required=param.required, **kwargs)
        action.vendor_aliases = param.aliases  # read by _Formatter
    if op.waiter is not None:
        _add_wait_options(parser, service, op)
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


class _TopParser(Parser):
    services: _Services

    def format_help(self) -> str:
        loaded = self.services.load_all()
        catalog = ["operations (cloudmedia SERVICE OPERATION --help for their parameters):"]
        width = max((len(s.name) + 1 + len(o) for s in loaded for o in s.operations), default=0)
        for service in loaded:
            for op in service.operations.values():
                catalog.append(f"  {f'{service.name} {op.name}'.ljust(width)}  {op.summary}")
        from ._globals import ORDER

        order = ["global options, each from the first place that has it:"]
        order += [_wrap(f"{flag}: {text}", indent="  ", hanging="      ") for flag, text in ORDER.items()]
        self.epilog = "\n\n".join(
            [
                "\n".join(catalog),
                "\n".join(order),
                _credentials_text(loaded),
                _exit_codes_text(),
                _EXAMPLES,
            ]
        )
        return super().format_help()


def build_parser() -> Parser:
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
        parser_class=Parser,
    )
    for name in service_names():
        services.add_parser(name, help=None, formatter_class=_Formatter)
    parser.services = services  # type: ignore[assignment]
    return parser
