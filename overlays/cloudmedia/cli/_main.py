"""Running one command: build the client, call the operation (or its pages), print, map errors to exit codes."""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
import time
import traceback
from collections.abc import Sequence
from typing import Any, NoReturn, TextIO

import httpx

from .._runtime import credentials as _credentials
from .._runtime.errors import (
    CloudMediaError,
    CredentialsError,
    InvalidResponseError,
    PaginationError,
    ParamValidationError,
    ServiceError,
    TransportError,
    WaiterError,
    WaiterFailedError,
)
from .._runtime.logs import redact_headers, redact_text, redact_url
from .._runtime.waiters import MISSING, find_path
from . import _output
from ._commands import Operation, Service
from ._globals import Globals, UsageError
from ._globals import resolve as resolve_globals
from ._parser import (
    EXIT_ERROR,
    EXIT_INVALID_RESPONSE,
    EXIT_OK,
    EXIT_SERVICE,
    EXIT_TRANSPORT,
    EXIT_USAGE,
    EXIT_WAIT_FAILED,
    EXIT_WAIT_TIMEOUT,
    Parser,
    build_parser,
)

__all__ = ["main"]

log = logging.getLogger("cloudmedia.cli")


# ---------------------------------------------------------------------------------------------- dry run


class _Captured(Exception):
    """Carries the signed request out of the client's pipeline; deliberately not an ``httpx`` error, so the
    client neither wraps nor retries it."""

    def __init__(self, request: httpx.Request) -> None:
        super().__init__("dry run")
        self.request = request


class _CaptureTransport(httpx.BaseTransport):
    """A transport that sends nothing: it receives the request after signing, exactly as it would go out."""

    def handle_request(self, request: httpx.Request) -> NoReturn:
        request.read()
        raise _Captured(request)


# ---------------------------------------------------------------------------------------------- debug


class _Plain(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return f"{record.levelname.lower()}: {record.getMessage()}"


_handler: logging.Handler | None = None


def _configure_logging(debug: bool) -> None:
    """Warnings of the clients (``warning: ...``) always reach stderr; with ``--debug``, everything, timestamped."""
    global _handler
    root = logging.getLogger("cloudmedia")
    if _handler is not None:
        root.removeHandler(_handler)
    _handler = logging.StreamHandler(sys.stderr)
    _handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s") if debug else _Plain())
    root.addHandler(_handler)
    root.setLevel(logging.DEBUG if debug else logging.WARNING)


def _log_request(request: httpx.Request) -> None:
    log.debug(
        "sending %s %s headers=%s body=%d bytes",
        request.method,
        redact_url(str(request.url)),
        redact_headers(request.headers.raw),
        len(request.content),
    )


def _log_response(response: httpx.Response) -> None:
    log.debug("received HTTP %s headers=%s", response.status_code, redact_headers(response.headers.raw))


def _http_client(dry_run: bool, debug: bool) -> httpx.Client | None:
    """The httpx client to give the service client, when the default one will not do."""
    if dry_run:
        return httpx.Client(transport=_CaptureTransport())
    if debug:
        # The hooks see each request after the client signed it (retries included).
        return httpx.Client(
            follow_redirects=False, event_hooks={"request": [_log_request], "response": [_log_response]}
        )
    return None


# ---------------------------------------------------------------------------------------------- progress


class _Progress:
    """``N items`` on one self-overwriting line of stderr, at most ten times a second; only on a terminal."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.shown = 0.0

    def update(self, count: int) -> None:
        now = time.monotonic()
        if now - self.shown >= 0.1:
            self.shown = now
            self.stream.write(f"\r{count} items...")
            self.stream.flush()

    def close(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


# ---------------------------------------------------------------------------------------------- the command


def _call_kwargs(args: argparse.Namespace, op: Operation) -> dict[str, Any]:
    """The operation's keyword arguments; array parameters from the flag repeated or one JSON array."""
    call: dict[str, Any] = {}
    for p in op.params:
        value = getattr(args, p.dest, None)
        if value is None:
            continue
        if p.repeat:
            try:
                value = p.values(value)
            except ValueError as exc:
                raise UsageError(f"argument {p.flag}: {exc}") from None
        call[p.name] = value
    return call


def _print(text: str, stream: TextIO | None = None) -> None:
    stream = stream or sys.stdout
    stream.write(text + "\n")
    stream.flush()


def _line_width() -> int:
    return shutil.get_terminal_size((_output.DEFAULT_LINE_WIDTH, 24)).columns


def _queried(data: Any, settings: Globals) -> Any:
    return settings.query.search(data) if settings.query is not None else data


def _render(data: Any, output: str, rows_key: str | None = None) -> str:
    if output == "table":
        return _output.table(data, rows_key, _line_width())
    if output == "text":
        return "\n".join(_output.text_lines(data))
    return _output.json_document(data)


def _stream_items(
    client: Any, op: Operation, call: dict[str, Any], args: argparse.Namespace, settings: Globals
) -> None:
    pages = getattr(client, op.pages_method or "")(**call, max_items=args.max_items)
    progress = _Progress(sys.stderr) if sys.stderr.isatty() else None
    rows: list[Any] = []
    count = 0
    try:
        for item in pages.items():
            data = _output.as_data(item)
            if settings.query is not None:
                data = settings.query.search(data)
                if data is None:
                    continue  # the query selects nothing of this item
            if settings.output == "table":
                rows.append(data)
            elif settings.output == "text":
                lines = _output.text_lines(data)
                if lines:
                    _print("\n".join(lines))
            else:
                _print(_output.json_line(data))
            count += 1
            if progress is not None:
                progress.update(count)
    finally:
        if progress is not None:
            progress.close()
    if settings.output == "table":
        _print("\n".join(_output.rows_table(rows, _line_width())))


def _print_result(result: Any, op: Operation, settings: Globals) -> None:
    data = _output.as_data(result)
    paginator = op.model.paginator
    rows_key = paginator.items if paginator is not None and settings.query is None else None
    text = _render(_queried(data, settings), settings.output, rows_key)
    if text:
        _print(text)


def _submit_and_wait(
    client: Any, service: Service, op: Operation, call: dict[str, Any], args: argparse.Namespace, settings: Globals
) -> int:
    """``--wait``: call the submitting operation, then run its waiter with what it returned; print the final
    result (also the last one when the job failed or the wait ran out)."""
    waiter = op.waiter
    assert waiter is not None and waiter.submitted_output is not None
    polled = next(o for o in service.operations.values() if o.model.name == waiter.operation)
    submitted = _output.as_data(getattr(client, op.model.python_name)(**call))
    value = find_path(submitted, waiter.submitted_output)
    if value is MISSING or value in (None, ""):
        return _fail(
            f"--wait: the {op.model.name} response carries no {waiter.submitted_output} to wait for",
            EXIT_INVALID_RESPONSE,
        )
    note = f"submitted: {waiter.argument} {value}; polling {waiter.operation} until {waiter.state} is final"
    log.debug("%s", note)
    if sys.stderr.isatty():
        _print(note + " ...", sys.stderr)
    try:
        result = getattr(client, waiter.method)(
            value, delay=args.wait_delay, max_attempts=args.wait_max_attempts, max_wait=args.wait_max_time
        )
    except WaiterError as exc:
        if exc.last_response is not None:
            _print_result(exc.last_response, polled, settings)
        code = EXIT_WAIT_FAILED if isinstance(exc, WaiterFailedError) else EXIT_WAIT_TIMEOUT
        return _fail(f"{type(exc).__name__}: {exc}", code)
    _print_result(result, polled, settings)
    return EXIT_OK


def _usage(parser: argparse.ArgumentParser, message: str) -> int:
    parser.print_usage(sys.stderr)
    _print(f"{parser.prog}: error: {message}", sys.stderr)
    return EXIT_USAGE


def _fail(message: str, code: int) -> int:
    _print("error: " + " ".join(redact_text(message).split()), sys.stderr)
    return code


def _credentials_message(service: Service, exc: CredentialsError) -> str:
    """The credentials error in command-line terms: what to set, never Python argument names."""
    if len(exc.looked_in) <= 1:
        return str(exc)  # incomplete credentials in one place: that message names the variable or file key
    c = _credentials
    places = [p for p in exc.looked_in if "argument" not in p]
    if service.model.vendor == "volcengine":
        remedy = (
            f"Set {c.VOLCENGINE_ENV_ACCESS_KEY} and {c.VOLCENGINE_ENV_SECRET_KEY} "
            f"(and {c.VOLCENGINE_ENV_SESSION_TOKEN} for temporary credentials)."
        )
    else:
        remedy = (
            f"Set {c.ALIBABA_ENV_ACCESS_KEY_ID} and {c.ALIBABA_ENV_ACCESS_KEY_SECRET} (and "
            f"{c.ALIBABA_ENV_SECURITY_TOKEN} for STS), or name a profile of ~/.alibabacloud/credentials.ini or "
            f"~/.aliyun/config.json with --profile or {c.ALIBABA_ENV_PROFILE}."
        )
        if "access_token" in service.client_args:
            remedy += f" {service.name} also takes an access token: {c.PDS_ENV_ACCESS_TOKEN} or --access-token."
    return f"No credentials found for {service.name}. Looked in: {'; '.join(places)}. {remedy}"


def _validation_message(op: Operation, exc: ParamValidationError) -> str:
    """In flag terms: ``argument --page-size: must be <= 50; got 51`` (an item or property keeps its path)."""
    name = exc.parameter.split("[", 1)[0].split(".", 1)[0]
    param = op.param_by_name(name)
    if param is None:
        return str(exc)
    within = exc.wire_name[len(param.model.wire) :]
    return f"argument {param.flag}{f' (item {within})' if within else ''}: {exc.detail}"


def _run(args: argparse.Namespace) -> int:
    service: Service = args._service
    op: Operation = args._operation
    parser: argparse.ArgumentParser = args._parser
    paging = op.pages_method is not None and (args.all or args.max_items is not None)
    try:
        call = _call_kwargs(args, op)
        settings = resolve_globals(args, service)
    except UsageError as exc:
        return _usage(parser, str(exc))
    for note in settings.notes:
        log.debug("%s", note)
    if paging:
        stray = [p.flag for p in op.params if p.name in call and p.name not in op.pages_params]
        if stray:
            return _usage(parser, f"{', '.join(stray)} cannot be combined with --all: every page is followed")
    client_kwargs = settings.client_kwargs
    http = _http_client(args.dry_run, args.debug)
    if http is not None:
        client_kwargs["http_client"] = http
    try:
        try:
            client = service.client_cls(**client_kwargs)
        except ValueError as exc:  # an endpoint, region or algorithm the client cannot use
            return _usage(parser, str(exc))
        log.debug("%r", client)
        with client:
            if paging:
                _stream_items(client, op, call, args, settings)
            elif getattr(args, "wait", False):
                return _submit_and_wait(client, service, op, call, args, settings)
            else:
                _print_result(getattr(client, op.model.python_name)(**call), op, settings)
        return EXIT_OK
    except _Captured as captured:
        record = _output.request_record(captured.request)
        _print(_output.json_document(record) if settings.output == "json" else _output.request_text(record))
        return EXIT_OK
    except ParamValidationError as exc:
        return _usage(parser, _validation_message(op, exc))
    except CredentialsError as exc:
        return _fail(_credentials_message(service, exc), EXIT_USAGE)
    except ServiceError as exc:
        return _fail(str(exc), EXIT_SERVICE)
    except TransportError as exc:
        return _fail(f"{type(exc).__name__}: {exc}", EXIT_TRANSPORT)
    except (InvalidResponseError, PaginationError) as exc:
        return _fail(f"{type(exc).__name__}: {exc}", EXIT_INVALID_RESPONSE)
    except CloudMediaError as exc:
        return _fail(f"{type(exc).__name__}: {exc}", EXIT_ERROR)
    finally:
        if http is not None:
            http.close()


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``cloudmedia`` with ``argv`` (default: the process arguments); return the exit status."""
    parser = build_parser()
    try:
        args, extras = parser.parse_known_args(argv)
        if extras:
            # Reported by the parser of the operation given, with its usage and the closest flags.
            reporter: Parser = getattr(args, "_parser", parser)
            reporter.unknown_flags(extras)
    except SystemExit as exc:  # --help, --version and argparse's usage errors
        return exc.code if isinstance(exc.code, int) else (EXIT_OK if exc.code is None else EXIT_USAGE)
    _configure_logging(args.debug)
    try:
        return _run(args)
    except KeyboardInterrupt:
        _print("", sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (``| head``): not an error. Keep the interpreter from complaining at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - the last line of defence of a command-line tool
        if args.debug:
            traceback.print_exc()
        return _fail(f"unexpected {type(exc).__name__}: {exc}", EXIT_ERROR)
