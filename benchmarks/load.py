#!/usr/bin/env python3
"""The emulator under load: a burst of concurrent signed calls, and a soak at the highest rate the machine allows.

    .venv/bin/python benchmarks/load.py burst --calls 1000          # 1 000 calls in flight at once
    .venv/bin/python benchmarks/load.py soak --seconds 60 --workers 64 --json benchmarks/results/load.json
    .venv/bin/python benchmarks/load.py timings                     # start, stop, validation: times, not tests

Every call is made by a generated client (async, retries off) over loopback, signed as the real service expects,
with a credential kind and signature scheme taken in turn from every one the service accepts (Alibaba AccessKey and
STS with ACS3 and the legacy RPC signature, PDS AccessKey, STS and bearer token, Volcengine AccessKey and session
token), over every operation of every spec in ``specs/`` with the documented example values of its required parameters. A call
counts as a success only if it returned a parsed answer and the emulator's access log shows the request verified
(a signing scheme recorded) and answered 200.

``burst`` runs the emulator in this process (as a test suite does) and starts all calls at once over as many
connections. ``soak`` runs ``cloudmedia-emulator`` as a separate process, drives it with ``--workers`` closed-loop
callers for ``--seconds``, and samples the server's resident memory and thread count every second. Both print
requests per second, p50/p99 latency and failures; ``tests/emulator/test_emulator_load.py`` runs a burst and
asserts the counts (never the times).
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import yaml

REPO = Path(__file__).resolve().parents[1]
SPECS = REPO / "specs"

Call = Callable[[], Awaitable[Any]]


# --------------------------------------------------------------------------------------------------- the plan


def spec_arguments() -> dict[tuple[str, str], dict[str, Any]]:
    """``(product, operationId)`` -> the operation's documented example arguments, by wire name."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for path in sorted(SPECS.glob("*/*.yaml")):
        spec = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        product = spec["info"]["x-cloudmedia"]["product"]
        for item in spec["paths"].values():
            for op in item.values():
                args: dict[str, Any] = {}
                for param in op.get("parameters", []):
                    if "example" in param and param["name"] not in ("Action", "Version"):
                        args[param["name"]] = param["example"]
                body = op.get("requestBody", {}).get("content", {}).get("application/json", {})
                example = (body.get("examples") or {}).get("doc", {}).get("value")
                if isinstance(example, dict):
                    args.update(example)
                out[(product, op["operationId"])] = args
    return out


@dataclass(frozen=True)
class Target:
    """One operation called with one kind of credential."""

    product: str
    operation: str
    kind: str
    call: Call


@dataclass
class Clients:
    """Every client of the plan, each with its own connection pool (httpcore's pool costs O(connections) per
    event, so one pool of a thousand connections would measure the client, not the emulator)."""

    pools: list[httpx.AsyncClient] = field(default_factory=list)
    clients: list[Any] = field(default_factory=list)

    async def aclose(self) -> None:
        for client in self.clients:
            await client.aclose()
        for http in self.pools:
            await http.aclose()


def _kinds(product: str) -> list[str]:
    if product == "pds":
        return ["bearer", "ak", "sts"]
    if product == "nta":
        return ["ak", "sts"]
    return ["ak/acs3", "sts/acs3", "ak/rpc-hmac-sha1", "sts/rpc-hmac-sha1"]


def _client(product: str, kind: str, url: str, http: httpx.AsyncClient, creds: Any) -> Any:
    from cloudmedia import RetryPolicy

    common: dict[str, Any] = {"endpoint_url": url, "retry": RetryPolicy.none(), "async_http_client": http}
    if product == "pds":
        from cloudmedia.pds import PdsClient

        if kind == "bearer":
            return PdsClient(access_token=creds.access_token_value, **common)
        key = creds.alibaba_key if kind == "ak" else creds.alibaba_sts
        return PdsClient(domain_id="bj12345", credentials=key, **common)
    if product == "nta":
        from cloudmedia.nta import NtaClient

        key = creds.volcengine_key if kind == "ak" else creds.volcengine_sts
        return NtaClient(region="cn-beijing", credentials=key, **common)
    import importlib

    from cloudmedia._services import PACKAGES

    assert product in PACKAGES
    module = importlib.import_module(f"cloudmedia.{product}")
    service = importlib.import_module(f"cloudmedia.{product}._service").SERVICE
    who, algorithm = kind.split("/")
    key = creds.alibaba_key if who == "ak" else creds.alibaba_sts
    return getattr(module, service.client)(credentials=key, signature_algorithm=algorithm, **common)


def build_plan(url: str, credentials: Any, connections: int) -> tuple[list[Target], Clients]:
    """A target per (operation, credential kind), over every operation of the installed service models; each
    client may open ``connections`` connections."""
    from cloudmedia.emulator.services import default_services

    arguments = spec_arguments()
    clients = Clients()
    targets: list[Target] = []
    for service in default_services():
        for kind in _kinds(service.product):
            http = pool(connections)
            clients.pools.append(http)
            client = _client(service.product, kind, url, http, credentials)
            clients.clients.append(client)
            for op in service.operations.values():
                wire_args = arguments[(service.product, op.name)]
                # the required parameters, with the values the spec documents (optional ones such as a paging
                # marker are examples of another call's answer)
                kwargs = {p.python: wire_args[p.wire] for p in op.params if p.required and p.wire in wire_args}
                method = getattr(client, f"{op.python_name}_async")

                def call(method: Any = method, kwargs: dict[str, Any] = kwargs) -> Awaitable[Any]:
                    return method(**kwargs)  # type: ignore[no-any-return]

                targets.append(Target(service.product, op.name, kind, call))
    return targets, clients


def pool(connections: int) -> httpx.AsyncClient:
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    return httpx.AsyncClient(limits=limits, timeout=httpx.Timeout(60.0, connect=30.0, pool=60.0))


# ------------------------------------------------------------------------------------------------- measuring


@dataclass
class Outcome:
    calls: int = 0
    failures: dict[str, int] = field(default_factory=dict)
    latencies: list[float] = field(default_factory=list)
    seconds: float = 0.0

    def fail(self, exc: BaseException) -> None:
        name = f"{type(exc).__name__}: {str(exc)[:80]}"
        self.failures[name] = self.failures.get(name, 0) + 1

    @property
    def failed(self) -> int:
        return sum(self.failures.values())

    def percentile(self, q: float) -> float:
        if not self.latencies:
            return 0.0
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]

    def summary(self) -> dict[str, Any]:
        return {
            "calls": self.calls,
            "failed": self.failed,
            "failures": self.failures,
            "seconds": round(self.seconds, 2),
            "requests_per_second": round(self.calls / self.seconds, 1) if self.seconds else 0.0,
            "p50_ms": round(self.percentile(0.50) * 1000, 2),
            "p99_ms": round(self.percentile(0.99) * 1000, 2),
            "max_ms": round(max(self.latencies, default=0.0) * 1000, 2),
        }


async def _timed(call: Call, outcome: Outcome) -> None:
    started = time.perf_counter()
    try:
        await call()
    except Exception as exc:  # noqa: BLE001 - every failure is counted, by kind
        outcome.fail(exc)
    else:
        outcome.latencies.append(time.perf_counter() - started)
    outcome.calls += 1


def cycle(targets: list[Target], count: int) -> Iterator[Target]:
    return itertools.islice(itertools.cycle(targets), count)


async def burst(url: str, credentials: Any, calls: int) -> tuple[Outcome, list[Target]]:
    """``calls`` calls started at once, each on its own connection."""
    targets, clients = build_plan(url, credentials, calls)
    outcome = Outcome()
    started = time.perf_counter()
    try:
        await asyncio.gather(*(_timed(t.call, outcome) for t in cycle(targets, calls)))
    finally:
        outcome.seconds = time.perf_counter() - started
        await clients.aclose()
    return outcome, targets


async def soak(url: str, credentials: Any, seconds: float, workers: int, sample: Callable[[], None]) -> Outcome:
    """``workers`` closed-loop callers for ``seconds``; ``sample`` is called every second."""
    targets, clients = build_plan(url, credentials, workers)
    outcome = Outcome()
    deadline = time.perf_counter() + seconds
    order = itertools.cycle(targets)

    async def worker() -> None:
        while time.perf_counter() < deadline:
            await _timed(next(order).call, outcome)

    async def sampler() -> None:
        while time.perf_counter() < deadline:
            sample()
            await asyncio.sleep(1.0)

    started = time.perf_counter()
    try:
        await asyncio.gather(sampler(), *(worker() for _ in range(workers)))
    finally:
        outcome.seconds = time.perf_counter() - started
        await clients.aclose()
    return outcome


def proc_status(pid: int) -> tuple[int, int]:
    """``(resident KiB, threads)`` of a process, from /proc."""
    text = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
    rss = int(re.search(r"VmRSS:\s+(\d+)", text).group(1))  # type: ignore[union-attr]
    threads = int(re.search(r"Threads:\s+(\d+)", text).group(1))  # type: ignore[union-attr]
    return rss, threads


# ---------------------------------------------------------------------------------------------------- commands


def run_burst(args: argparse.Namespace) -> dict[str, Any]:
    from cloudmedia.emulator import Emulator

    with Emulator(0, log_size=args.calls + 100) as emu:
        outcome, targets = asyncio.run(burst(emu.url, emu.credentials, args.calls))
        records = emu.requests.snapshot()
        verified = sum(1 for r in records if r.scheme is not None and r.status == 200)
        _, threads = proc_status(os.getpid())
        result = {
            "mode": "burst",
            **outcome.summary(),
            "targets": len(targets),
            "operations": len({(t.product, t.operation) for t in targets}),
            "served": emu.requests.total,
            "verified_200": verified,
            "internal_errors": len(emu.internal_errors),
            "peak_connections": emu.peak_connections,
            "threads_after": threads,
        }
    return result


def run_soak(args: argparse.Namespace) -> dict[str, Any]:
    from cloudmedia.emulator import DEFAULT_CREDENTIALS, CredentialSet

    exe = Path(sys.executable).with_name("cloudmedia-emulator")
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "cloudmedia.emulator.cli"]
    process = subprocess.Popen(
        [*command, "--port", "0", "--quiet"],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    samples: list[tuple[float, int, int]] = []
    try:
        assert process.stdout is not None
        url = process.stdout.readline().rsplit(" ", 1)[1].strip()
        started = time.perf_counter()

        def sample() -> None:
            rss, threads = proc_status(process.pid)
            samples.append((round(time.perf_counter() - started, 1), rss, threads))

        outcome = asyncio.run(soak(url, CredentialSet.default(), args.seconds, args.workers, sample))
        sample()
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert DEFAULT_CREDENTIALS is not None
    rss = [s[1] for s in samples]
    threads = [s[2] for s in samples]
    return {
        "mode": "soak",
        "workers": args.workers,
        **outcome.summary(),
        "server_rss_kib": {"first": rss[0], "max": max(rss), "last": rss[-1]},
        "server_threads": {"first": threads[0], "max": max(threads), "last": threads[-1]},
        "samples": samples,
    }


def run_timings(args: argparse.Namespace) -> dict[str, Any]:
    """What tests must not time: an emulator's start with a huge drive (nothing is generated up front), its stop
    with an idle keep-alive connection open, and the client's per-call validation."""
    from cloudmedia._runtime.validation import validate_params
    from cloudmedia.emulator import Emulator
    from cloudmedia.emulator.services import default_services

    started = time.perf_counter()
    emu = Emulator(0, pds_files=50_000_000).start()
    start_ms = (time.perf_counter() - started) * 1000
    with httpx.Client() as client:
        token = {"Authorization": f"Bearer {emu.credentials.access_token_value}"}
        client.post(f"{emu.url}/v2/file/scan", headers=token, json={"drive_id": "1", "limit": 1})
        started = time.perf_counter()
        emu.stop()
        stop_ms = (time.perf_counter() - started) * 1000
    imm = next(s for s in default_services() if s.product == "imm").operation("BatchGetFileMeta")
    values = {"ProjectName": "p", "DatasetName": "d", "URIs": [f"oss://bucket/{i}.jpg" for i in range(10)]}
    validate_params(imm, values)
    n = 20_000
    started = time.perf_counter()
    for _ in range(n):
        validate_params(imm, values)
    per_call_us = (time.perf_counter() - started) / n * 1e6
    return {
        "mode": "timings",
        "failed": 0,
        "emulator_start_50M_files_ms": round(start_ms, 1),
        "emulator_stop_with_idle_keep_alive_ms": round(stop_ms, 1),
        "validate_batch_get_file_meta_us": round(per_call_us, 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="mode", required=True)
    b = sub.add_parser("burst", help="N concurrent calls at once, emulator in this process")
    b.add_argument("--calls", type=int, default=1000)
    s = sub.add_parser("soak", help="closed-loop callers for a while against cloudmedia-emulator in a subprocess")
    s.add_argument("--seconds", type=float, default=60.0)
    s.add_argument("--workers", type=int, default=64)
    t = sub.add_parser("timings", help="emulator start and stop, client validation per call")
    for p in (b, s, t):
        p.add_argument("--json", type=Path, help="also write the result there")
    args = parser.parse_args(argv)
    runs = {"burst": run_burst, "soak": run_soak, "timings": run_timings}
    result = runs[args.mode](args)
    shown = {k: v for k, v in result.items() if k != "samples"}
    print(json.dumps(shown, indent=2))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0 if result["failed"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
