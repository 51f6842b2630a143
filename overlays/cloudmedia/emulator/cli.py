"""``cloudmedia-emulator``: run the emulator from the command line until interrupted."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType
from typing import Any

from .._runtime.credentials_types import AccessToken, AlibabaCredentials, VolcengineCredentials
from .credentials import DEFAULT_CREDENTIALS, CredentialSet
from .faults import parse_fault
from .server import Emulator
from .services import default_services

__all__ = ["build_parser", "emulator_options", "main"]


def _routes() -> str:
    """One line per operation of every installed service model, as the real endpoints tell them apart."""
    lines = []
    for service in default_services():
        for op in service.operations.values():
            if op.style == "roa":
                where = f"{op.method} {op.path}"
            elif op.style == "volcengine":
                where = f"{op.method} /?Action={op.action}&Version={service.version}"
            else:
                where = f"{op.method} / + x-acs-action {op.action} / Action, version {service.version}"
            lines.append(f"  {service.product.upper()} {op.action:<26} {where}  ({', '.join(service.signing)})")
    return "\n".join(lines)


_EPILOG = f"""\
routes (all on one port, as the real endpoints tell them apart; every operation of the installed specs):
{{routes}}

credentials (default, when none is given; public test values, never real ones):
  --access-key {DEFAULT_CREDENTIALS.alibaba_key.access_key_id}:{DEFAULT_CREDENTIALS.alibaba_key.access_key_secret}
  --access-key {DEFAULT_CREDENTIALS.alibaba_sts.access_key_id}:{DEFAULT_CREDENTIALS.alibaba_sts.access_key_secret}:{DEFAULT_CREDENTIALS.alibaba_sts.security_token}
  --volc-key {DEFAULT_CREDENTIALS.volcengine_key.access_key_id}:{DEFAULT_CREDENTIALS.volcengine_key.secret_access_key}
  --volc-key {DEFAULT_CREDENTIALS.volcengine_sts.access_key_id}:{DEFAULT_CREDENTIALS.volcengine_sts.secret_access_key}:{DEFAULT_CREDENTIALS.volcengine_sts.session_token}
  --pds-token {DEFAULT_CREDENTIALS.access_token.token}

faults (--fault, repeatable): ROUTE:EFFECT[,KEY=VALUE...]
  ROUTE   * | pds | imm | vod | ice | nta | an action (ScanFile) | product.Action, comma-separated
  EFFECT  status=CODE | html | reset | truncate | delay=SECONDS
  KEYS    times=N (apply N times), after=K (let K requests through first), retry_after=SECONDS,
          code=ErrorCode, message=TEXT
  e.g.    --fault imm:status=503,times=2   --fault pds:status=429,retry_after=1,after=100
          --fault '*:delay=0.25'   --fault nta:reset,times=1   --fault vod:html   --fault ice:truncate
  Faults apply after the signature is verified (its nonce is spent: a retry must be re-signed); truncate
  cuts the real answer.

data: PDS drives hold --pds-files files each (generated on demand; a drive id containing "missing" does not
exist); IMM knows oss:// and pds:// URIs not containing "missing"; VOD videos have 1..--vod-images AI images;
ICE face searches match --ice-total media; NTA QueryKey = md5(SignURL). Jobs (NTA file detections, VOD AI
image jobs) report "in progress" to --job-polls polls, then their seeded outcome. Operations without seeded
behaviour answer their documentation example, with the request's id and values.
"""


def _split_key(value: str, option: str) -> tuple[str, str, str | None]:
    parts = value.split(":", 2)
    if len(parts) < 2 or not parts[0] or not parts[1]:
        raise argparse.ArgumentTypeError(f"{option} takes ID:SECRET[:TOKEN]")
    return parts[0], parts[1], parts[2] if len(parts) == 3 and parts[2] else None


def _non_negative(value: str) -> int:
    number = int(value)
    if number < 0:
        raise argparse.ArgumentTypeError(f"must be >= 0; got {number}")
    return number


def emulator_options(args: argparse.Namespace) -> dict[str, Any]:
    """The :class:`Emulator` keyword arguments of the parsed seeded-data and behaviour options."""
    return {
        "seed": args.seed,
        "pds_files": args.pds_files,
        "pds_domain_id": args.pds_domain,
        "ice_total": args.ice_total,
        "vod_images": args.vod_images,
        "max_skew": args.max_skew,
        "job_polls": args.job_polls,
        "request_timeout": args.request_timeout,
        "max_body": args.max_body,
        "max_connections": args.max_connections,
    }


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cloudmedia-emulator",
        description="A local, signature-verifying emulator of every operation of the cloudmedia services (Alibaba "
        "Cloud PDS, IMM, VOD, ICE and Volcengine NTA), on 127.0.0.1.",
        epilog=_EPILOG.replace("{routes}", _routes()),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--port", type=int, default=8080, help="port on 127.0.0.1 (0: pick a free one; default 8080)")
    creds = parser.add_argument_group("credentials (any given replaces the default set)")
    creds.add_argument(
        "--access-key",
        action="append",
        default=[],
        metavar="ID:SECRET[:TOKEN]",
        help="an Alibaba Cloud AccessKey pair (IMM, VOD, ICE, PDS); with TOKEN an STS credential (repeatable)",
    )
    creds.add_argument(
        "--volc-key",
        action="append",
        default=[],
        metavar="ID:SECRET[:TOKEN]",
        help="a Volcengine AccessKey pair (NTA); with TOKEN an STS session credential (repeatable)",
    )
    creds.add_argument(
        "--pds-token", action="append", default=[], metavar="TOKEN", help="a PDS bearer access token (repeatable)"
    )
    data = parser.add_argument_group("seeded data")
    data.add_argument("--seed", type=int, default=0, help="seed of every generated answer (default 0)")
    data.add_argument("--pds-files", type=int, default=1000, metavar="N", help="files per PDS drive (default 1000)")
    data.add_argument(
        "--pds-domain", default="bj12345", metavar="ID", help="PDS domain id in answers (default bj12345)"
    )
    data.add_argument("--ice-total", type=int, default=163, metavar="N", help="media per ICE face search (default 163)")
    data.add_argument("--vod-images", type=int, default=3, metavar="N", help="max AI images per VOD video (default 3)")
    behaviour = parser.add_argument_group("behaviour")
    behaviour.add_argument(
        "--fault", action="append", default=[], metavar="SPEC", help="inject a fault (repeatable; see below)"
    )
    behaviour.add_argument(
        "--latency", type=float, default=0.0, metavar="SECONDS", help="delay every answer (same as --fault '*:delay=S')"
    )
    behaviour.add_argument(
        "--max-skew",
        type=float,
        default=900.0,
        metavar="SECONDS",
        help="accepted distance between a request's timestamp and the clock (default 900)",
    )
    behaviour.add_argument(
        "--job-polls",
        type=_non_negative,
        default=2,
        metavar="N",
        help="polls an asynchronous job reports in progress before its outcome (default 2)",
    )
    behaviour.add_argument(
        "--request-timeout",
        type=float,
        default=10.0,
        metavar="SECONDS",
        help="time a client has to send a whole request, from its first byte (default 10; else 408)",
    )
    behaviour.add_argument(
        "--max-body", type=int, default=8 * 1024 * 1024, metavar="BYTES", help="largest request body (default 8 MiB)"
    )
    behaviour.add_argument(
        "--max-connections",
        type=int,
        default=2048,
        metavar="N",
        help="connections served at once; more wait in the listen backlog (default 2048)",
    )
    behaviour.add_argument("-q", "--quiet", action="store_true", help="do not print one line per request")
    return parser


def _credentials(args: argparse.Namespace) -> CredentialSet | None:
    if not (args.access_key or args.volc_key or args.pds_token):
        return None
    out = CredentialSet()
    for value in args.access_key:
        ak, sk, token = _split_key(value, "--access-key")
        out.add_alibaba(AlibabaCredentials(ak, sk, token))
    for value in args.volc_key:
        ak, sk, token = _split_key(value, "--volc-key")
        out.add_volcengine(VolcengineCredentials(ak, sk, token))
    for value in args.pds_token:
        out.add_access_token(AccessToken(value))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        credentials = _credentials(args)
        faults = [parse_fault(spec) for spec in args.fault]
        if args.latency:
            faults.insert(0, parse_fault(f"*:delay={args.latency}"))
    except (argparse.ArgumentTypeError, ValueError) as exc:
        parser.error(str(exc))
    try:
        emulator = Emulator(
            args.port,
            credentials,
            faults=faults,
            log_stream=None if args.quiet else sys.stderr,
            **emulator_options(args),
        )
        emulator.start()
    except ValueError as exc:
        parser.error(str(exc))
    except OSError as exc:
        print(f"cloudmedia-emulator: cannot listen on 127.0.0.1:{args.port}: {exc}", file=sys.stderr)
        return 1
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    keys = [c.access_key_id for c in emulator.credentials.alibaba_keys + emulator.credentials.volcengine_keys]
    print(f"cloudmedia-emulator listening on {emulator.url}", flush=True)
    print(
        f"  access keys: {', '.join(keys) or '-'}; access tokens: {len(emulator.credentials.access_tokens)}", flush=True
    )
    for fault in emulator.faults:
        print(f"  fault: {fault!r}", flush=True)
    try:
        while not stop.wait(0.5):
            pass
    finally:
        emulator.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
