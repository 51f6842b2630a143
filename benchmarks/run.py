#!/usr/bin/env python3
"""The cloudmedia benchmark suite: one command, one process, every figure as a same-run ratio.

    .venv/bin/python benchmarks/run.py            # full run (several minutes), writes benchmarks/results/latest.json
    .venv/bin/python benchmarks/run.py --quick    # smoke run (under a minute), every figure, fewer iterations
    .venv/bin/python benchmarks/run.py --only percall,parse --reps 3 --json /tmp/x.json

Everything runs against a local keep-alive HTTP/1.1 server on 127.0.0.1 in a separate process, serving fixed
bodies built from the specs' documented examples (``benchmarks/_fixtures.py``). The variants of one figure are
measured in the same process, interleaved in alternating blocks; each repetition gives a ratio and the table shows
the median of the repetitions' ratios (with their min-max). Absolute times on a shared machine drift by tens of
percent between runs: only ratios measured in the same run are comparable.

Sections: ``percall`` (sync, client CPU and wall, five operations, small bodies and 100-item pages; ours vs raw
httpx, raw httpx + signing, the official SDK), ``parse`` (``from_dict`` vs the official ``from_map``), ``import``
(cold import in fresh interpreters), ``async`` (HTTPS per-call CPU; throughput with 1 and 8 callers), ``bulk``
(``cloudmedia.bulk.fetch_file_meta`` over 100 000 URIs vs raw ``httpx.AsyncClient``; tracemalloc peak at 10k vs
100k URIs), ``regen`` (full regeneration into a temporary directory).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import _fixtures as fx
import _harness as h
import _variants as v

SECTIONS = ("percall", "parse", "import", "async", "bulk", "regen", "techniques")


# ------------------------------------------------------------------------------------------------- settings


class Settings:
    def __init__(self, quick: bool, rounds: int | None) -> None:
        self.quick = quick
        # rounds: every figure is the median of this many per-round ratios (each round runs one block of every
        # variant, interleaved); the spread (quartiles, min-max) of those ratios is printed with it.
        self.rounds = rounds or (5 if quick else 21)
        # calls per block: small bodies / 100-item pages / parse only
        self.small_calls = 10 if quick else 40
        self.page_calls = 2 if quick else 4
        self.parse_calls = 3 if quick else 8
        self.import_reps = 3 if quick else 11
        self.async_ours_calls = 20 if quick else 60
        self.async_official_calls = 2 if quick else 4
        self.async_rounds = 3 if quick else 9
        self.throughput_seconds = 0.4 if quick else 1.5
        self.throughput_rounds = 2 if quick else 5
        self.bulk_uris = 10_000 if quick else 100_000
        self.bulk_mem_small, self.bulk_mem_large = (2_000, 10_000) if quick else (10_000, 100_000)
        self.bulk_reps = 2 if quick else 5


# ------------------------------------------------------------------------------------------------- sections


def _ratios(rows: list[dict[str, float]], num: str, den: str) -> dict[str, float]:
    return h.ratio_summary(rows, num, den)


def section_percall(cfg: Settings, server: h.Server) -> dict[str, Any]:
    import httpx

    ours = v.ours_clients(server.url)
    http = httpx.Client()
    out: dict[str, Any] = {}
    for case, (product, fixture) in v.CASES.items():
        base = server.url(fixture)
        fns: dict[str, Callable[[], Any]] = {
            "ours": v.ours_call(case, ours[case]),
            "raw_httpx": v.raw_httpx_call(case, http, base),
            "raw_httpx_sign": v.raw_httpx_sign_call(case, http, base),
            "official": v.official_call(case, server.hostport(fixture)),
        }
        for fn in fns.values():  # warm up: connections, lazy imports, caches
            for _ in range(3):
                fn()
        n = cfg.page_calls if case.endswith("_page") else cfg.small_calls
        res = h.rounds(fns, n, cfg.rounds)
        cpu_rows = [{k: c for k, (c, w) in r.items()} for r in res]
        wall_rows = [{k: w for k, (c, w) in r.items()} for r in res]
        entry: dict[str, Any] = {
            "label": v.CASE_LABELS[case],
            "body_bytes": len(fx.bodies()[fixture]),
            "calls_per_block": n,
            "rounds": cfg.rounds,
        }
        for metric, rows in (("cpu", cpu_rows), ("wall", wall_rows)):
            entry[metric] = {
                "us_per_call_median": {k: h.median([r[k] for r in rows]) * 1e6 for k in fns},
                "ours/raw_httpx": _ratios(rows, "ours", "raw_httpx"),
                "ours/raw_httpx_sign": _ratios(rows, "ours", "raw_httpx_sign"),
                "ours/official": _ratios(rows, "ours", "official"),
                "official/raw_httpx": _ratios(rows, "official", "raw_httpx"),
            }
        out[case] = entry
        _progress(f"percall {case}: cpu ours/raw_httpx {_fmt(entry['cpu']['ours/raw_httpx'])}")
    for c in ours.values():
        c.close()
    http.close()
    return out


def _bind(fn: Callable[[Any], Any], data: Any) -> Callable[[], Any]:
    """``fn(data)``, as a call without arguments."""
    return lambda: fn(data)


def _bind_then(after: Callable[[Any], Any], fn: Callable[[Any], Any], data: Any) -> Callable[[], Any]:
    """``after(fn(data))``, as a call without arguments."""
    return lambda: after(fn(data))


def _then(after: Callable[[Any], Any], fn: Callable[[], Any]) -> Callable[[], Any]:
    """``after(fn())``, as a call without arguments."""
    return lambda: after(fn())


def section_parse(cfg: Settings) -> dict[str, Any]:
    from alibabacloud_imm20200930 import models as imm_off
    from alibabacloud_pds20220301 import models as pds_off
    from cloudmedia.imm.models import BatchGetFileMetaResponse
    from cloudmedia.pds.models import ScanFileResponse

    pages = {
        "imm_page": (
            json.loads(fx.dumps(fx.imm_page())),
            BatchGetFileMetaResponse.from_dict,
            lambda d: imm_off.BatchGetFileMetaResponseBody().from_map(d),
        ),
        "pds_page": (
            json.loads(fx.dumps(fx.pds_page())),
            ScanFileResponse.from_dict,
            lambda d: pds_off.ScanFileResponseBody().from_map(d),
        ),
    }
    out: dict[str, Any] = {}
    walk = v.read_everything
    for name, (data, ours, official) in pages.items():
        fns: dict[str, Callable[[], Any]] = {
            "ours": _bind(ours, data),
            "official": _bind(official, data),
            # the same, then every field of the result read (lazy models are filled; the walk is the same code for
            # both, so this ratio is diluted towards 1 by the walk itself)
            "ours_read": _bind_then(walk, ours, data),
            "official_read": _bind_then(walk, official, data),
        }
        for fn in fns.values():
            fn()
        res = h.rounds(fns, cfg.parse_calls, cfg.rounds)
        rows = [{k: c for k, (c, w) in r.items()} for r in res]
        out[name] = {
            "ms_cpu_median": {k: h.median([r[k] for r in rows]) * 1e3 for k in fns},
            "ours/official": _ratios(rows, "ours", "official"),
            "ours_read/official_read": _ratios(rows, "ours_read", "official_read"),
        }
        _progress(
            f"parse {name}: ours/official {_fmt(out[name]['ours/official'])}, reading every field "
            f"{_fmt(out[name]['ours_read/official_read'])}"
        )
    return out


def section_techniques(cfg: Settings, server: h.Server) -> dict[str, Any]:
    """What each technique buys on a 100-item page, in one run: our client as shipped (lazy models, msgspec for large
    bodies), the same with every body decoded by ``json.loads`` (lazy models alone), and both of those with every
    field of the result read afterwards (which fills every lazy object), against raw httpx + ``json.loads`` with and
    without walking the decoded dicts the same way."""
    import httpx
    from cloudmedia._runtime import jsondecode

    ours = v.ours_clients(server.url)
    http = httpx.Client()
    walk = v.read_everything
    large = jsondecode.LARGE
    out: dict[str, Any] = {}
    for case in ("imm_page", "pds_page"):
        fixture = v.CASES[case][1]
        call = v.ours_call(case, ours[case])
        raw = v.raw_httpx_call(case, http, server.url(fixture))

        def stdlib_json(call: Any = call) -> Any:
            jsondecode.LARGE = 1 << 62  # every body through json.loads
            try:
                return call()
            finally:
                jsondecode.LARGE = large

        fns: dict[str, Callable[[], Any]] = {
            "ours": call,
            "ours_stdlib_json": stdlib_json,
            "raw_httpx": raw,
            "ours_read": _then(walk, call),
            "ours_stdlib_json_read": _then(walk, stdlib_json),
            "raw_httpx_read": _then(walk, raw),
        }
        for fn in fns.values():
            for _ in range(2):
                fn()
        res = h.rounds(fns, cfg.page_calls, cfg.rounds)
        rows = [{k: c for k, (c, w) in r.items()} for r in res]
        out[case] = {
            "ms_cpu_median": {k: h.median([r[k] for r in rows]) * 1e3 for k in fns},
            "ours/raw_httpx": _ratios(rows, "ours", "raw_httpx"),
            "ours_stdlib_json/raw_httpx": _ratios(rows, "ours_stdlib_json", "raw_httpx"),
            "ours_read/raw_httpx_read": _ratios(rows, "ours_read", "raw_httpx_read"),
            "ours_stdlib_json_read/raw_httpx_read": _ratios(rows, "ours_stdlib_json_read", "raw_httpx_read"),
        }
        _progress(
            f"techniques {case}: shipped {_fmt(out[case]['ours/raw_httpx'])}, json.loads only "
            f"{_fmt(out[case]['ours_stdlib_json/raw_httpx'])}, reading every field "
            f"{_fmt(out[case]['ours_read/raw_httpx_read'])}"
        )
    for c in ours.values():
        c.close()
    http.close()
    return out


_IMPORT_PROBE = r"""
import os, sys, time
if "--production" in sys.argv:
    # Simulate a production install: httpx imports its optional CLI (click, rich, pygments) when they happen to
    # be installed, as they are in this development venv (openapi-python-client needs them).
    class _NoCli:
        def find_spec(self, name, path=None, target=None):
            if name.partition(".")[0] in ("click", "rich", "pygments"):
                raise ModuleNotFoundError(name)
    sys.meta_path.insert(0, _NoCli())
def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
m0, r0 = len(sys.modules), rss()
w0, c0 = time.perf_counter(), time.process_time()
exec(sys.argv[1])
w1, c1 = time.perf_counter(), time.process_time()
print(w1 - w0, c1 - c0, rss() - r0, len(sys.modules) - m0)
# then the first call (against the benchmark server): what the first request loads on top of the import
URL = sys.argv[2]
exec(sys.argv[3])
w2, c2 = time.perf_counter(), time.process_time()
print(w2 - w0, c2 - c0, rss() - r0, len(sys.modules) - m0)
"""

#: name -> (import and construct a client, then its first call). ``URL`` is the server's base URL (IMM, 1 File).
IMPORT_STATEMENTS = {
    "httpx": (
        "import httpx\nclient = httpx.Client()",
        "import json\njson.loads(client.post(URL + '/?Action=BatchGetFileMeta', content=b'').content)",
    ),
    "ours": (
        (
            "from cloudmedia.imm import ImmClient\n"
            "client = ImmClient(access_key_id='AK', access_key_secret='SK', region='cn-hangzhou')"
        ),
        (
            "client = ImmClient(access_key_id='AK', access_key_secret='SK', endpoint_url=URL)\n"
            "client.batch_get_file_meta(project_name='p', dataset_name='d', uris=['oss://b/o.jpg'])"
        ),
    ),
    "official": (
        (
            "from alibabacloud_imm20200930.client import Client\n"
            "from alibabacloud_tea_openapi.utils_models import Config\n"
            "client = Client(Config(access_key_id='AK', access_key_secret='SK', region_id='cn-hangzhou'))"
        ),
        (
            "from alibabacloud_imm20200930 import models\nfrom darabonba.runtime import RuntimeOptions\n"
            "client = Client(Config(access_key_id='AK', access_key_secret='SK', region_id='cn-hangzhou',\n"
            "                       endpoint=URL.split('://')[1], protocol='http'))\n"
            "client.batch_get_file_meta_with_options(models.BatchGetFileMetaRequest(project_name='p',\n"
            "    dataset_name='d', uris=['oss://b/o.jpg']), RuntimeOptions())"
        ),
    ),
}


def section_import(cfg: Settings, server: h.Server) -> dict[str, Any]:
    env = {k: val for k, val in os.environ.items() if not k.startswith(("ALIBABA_CLOUD", "VOLC"))}
    # An installed package imports from compiled bytecode (pip compiles it at install time), as httpx and the
    # official SDKs do from site-packages. Compile into a private cache prefix once, untimed, so nothing is
    # written next to the sources and no variant pays for compiling.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp(prefix="cloudmedia-bench-pycache-")
    url = server.url("imm_small")

    def probe(name: str, production: bool) -> list[dict[str, float]]:
        stmt, first_call = IMPORT_STATEMENTS[name]
        args = [sys.executable, "-c", _IMPORT_PROBE, stmt, url, first_call] + (["--production"] if production else [])
        res = subprocess.run(args, check=False, capture_output=True, text=True, cwd=tempfile.gettempdir(), env=env)
        if res.returncode:
            raise RuntimeError(f"import probe {name} failed: {res.stderr[-2000:]}")
        rows = []
        for line in res.stdout.split("\n")[:2]:
            wall, cpu, rss, mods = line.split()
            rows.append({"wall": float(wall), "cpu": float(cpu), "rss": int(rss), "modules": int(mods)})
        return rows

    for name in IMPORT_STATEMENTS:
        probe(name, False)
    out: dict[str, Any] = {}
    for mode in ("production", "dev_venv"):
        rows: dict[str, list[dict[str, Any]]] = {"import": [], "first_call": []}
        names = list(IMPORT_STATEMENTS)
        for rep in range(cfg.import_reps):
            row: dict[str, Any] = {}
            for name in names[rep % len(names) :] + names[: rep % len(names)]:
                row[name] = probe(name, mode == "production")
            rows["import"].append({k: r[0] for k, r in row.items()})
            rows["first_call"].append({k: r[1] for k, r in row.items()})
        entry: dict[str, Any] = {}
        for stage, srows in rows.items():
            e: dict[str, Any] = {}
            for name in IMPORT_STATEMENTS:
                e[name] = {
                    "wall_ms_median": h.median([r[name]["wall"] for r in srows]) * 1e3,
                    "cpu_ms_median": h.median([r[name]["cpu"] for r in srows]) * 1e3,
                    "rss_mib_median": h.median([r[name]["rss"] for r in srows]) / 2**20,
                    "modules": srows[-1][name]["modules"],
                }
            for num, den in (("ours", "httpx"), ("ours", "official"), ("official", "httpx")):
                for metric in ("wall", "cpu"):
                    e[f"{num}/{den}_{metric}"] = h.summary([r[num][metric] / r[den][metric] for r in srows])
                e[f"{num}/{den}_rss"] = h.summary([r[num]["rss"] / max(r[den]["rss"], 1) for r in srows])
            entry[stage] = e
        out[mode] = entry
        _progress(
            f"import ({mode}): ours/httpx {_fmt(entry['import']['ours/httpx_wall'])}, "
            f"ours/official {_fmt(entry['import']['ours/official_wall'])}; with first call: "
            f"{_fmt(entry['first_call']['ours/httpx_wall'])}, {_fmt(entry['first_call']['ours/official_wall'])}"
        )
    return out


def section_async(cfg: Settings, server: h.Server, bundle: Path) -> dict[str, Any]:
    import httpx
    from cloudmedia.imm import ImmClient

    url = server.url("imm_small_tls", "https")
    hostport = server.hostport("imm_small_tls")

    async def run() -> dict[str, Any]:
        ours_client = ImmClient(access_key_id=v.AK, access_key_secret=v.SK, endpoint_url=url)
        raw_client = httpx.AsyncClient()
        fns: dict[str, Callable[[], Any]] = {
            "ours": v.ours_async_call("imm_small", ours_client),
            "raw_httpx": v.raw_httpx_async_call("imm_small", raw_client, url),
            "official": v.official_async_call("imm_small", hostport, str(bundle)),
        }
        counts = {"ours": cfg.async_ours_calls, "raw_httpx": cfg.async_ours_calls, "official": cfg.async_official_calls}
        for fn in fns.values():
            for _ in range(2):
                await fn()
        # per-call CPU, sequential calls, interleaved variants (rotating order), collector on, collected before
        # each block
        rows = []
        names = list(fns)
        for r in range(cfg.async_rounds):
            row = {}
            for name in names[r % len(names) :] + names[: r % len(names)]:
                fn = fns[name]
                gc.collect()
                c0 = time.process_time()
                for _ in range(counts[name]):
                    await fn()
                row[name] = (time.process_time() - c0) / counts[name]
            rows.append(row)
        result: dict[str, Any] = {
            "cpu_ms_per_call_median": {k: h.median([r[k] for r in rows]) * 1e3 for k in fns},
            "ours/official_cpu": _ratios(rows, "ours", "official"),
            "ours/raw_httpx_cpu": _ratios(rows, "ours", "raw_httpx"),
        }

        # throughput: calls completed in a fixed time by 1 and 8 concurrent callers
        async def throughput(fn: Any, callers: int, seconds: float) -> float:
            done = 0
            stop = time.perf_counter() + seconds

            async def caller() -> None:
                nonlocal done
                while time.perf_counter() < stop:
                    await fn()
                    done += 1

            t0 = time.perf_counter()
            await asyncio.gather(*(caller() for _ in range(callers)))
            return done / (time.perf_counter() - t0)

        for callers in (1, 8):
            trows = []
            for _ in range(cfg.throughput_rounds):
                trow = {}
                for name, fn in fns.items():
                    gc.collect()
                    trow[name] = await throughput(fn, callers, cfg.throughput_seconds)
                trows.append(trow)
            result[f"throughput_{callers}"] = {
                "calls_per_s_median": {k: h.median([r[k] for r in trows]) for k in fns},
                "ours/official": _ratios(trows, "ours", "official"),
                "ours/raw_httpx": _ratios(trows, "ours", "raw_httpx"),
            }
        await ours_client.aclose()
        await raw_client.aclose()
        return result

    out = asyncio.run(run())
    _progress(f"async: cpu ours/official {out['ours/official_cpu']['median']:.3f}")
    return out


def section_regen(cfg: Settings) -> dict[str, Any]:
    times = []
    for _ in range(1 if cfg.quick else 2):
        target = Path(tempfile.mkdtemp(prefix="cloudmedia-regen-"))
        try:
            t0 = time.perf_counter()
            subprocess.run(
                [sys.executable, str(REPO / "scripts" / "regenerate.py"), "--output", str(target)],
                check=True,
                capture_output=True,
                text=True,
                cwd=REPO,
            )
            times.append(time.perf_counter() - t0)
        finally:
            shutil.rmtree(target, ignore_errors=True)
    out = {"seconds_median": h.median(times), "seconds": times}
    _progress(f"regen: {out['seconds_median']:.1f} s")
    return out


# --------------------------------------------------------------------------------------------------- report


def _progress(msg: str) -> None:
    print(f"  [{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def _fmt(r: dict[str, float]) -> str:
    """``median [q1-q3] (min-max)`` of a ratio summary."""
    return f"{r['median']:.2f} [{r['q1']:.2f}-{r['q3']:.2f}] ({r['min']:.2f}-{r['max']:.2f})"


def table(results: dict[str, Any]) -> str:
    lines: list[str] = []
    add = lines.append
    if "percall" in results:
        add("### Per call, sync, one caller, keep-alive")
        add("")
        add("Ratios: median [interquartile range] (min-max) of the per-round ratios.")
        add("")
        add(
            "| operation | body | ours µs CPU | ours/raw_httpx CPU | ours/raw_httpx_sign CPU | ours/official CPU "
            "| official/raw_httpx CPU | ours/raw_httpx wall |"
        )
        add("|---|---|---|---|---|---|---|---|")
        for case, e in results["percall"].items():
            c, w = e["cpu"], e["wall"]
            add(
                f"| {e['label']} | {e['body_bytes'] / 1024:.0f} KiB | {c['us_per_call_median']['ours']:.0f} "
                f"| {_fmt(c['ours/raw_httpx'])} | {_fmt(c['ours/raw_httpx_sign'])} | {_fmt(c['ours/official'])} "
                f"| {_fmt(c['official/raw_httpx'])} | {_fmt(w['ours/raw_httpx'])} |"
            )
        add("")
    if "parse" in results:
        add("### Parsing one 100-item page (decoded dict -> models), CPU")
        add("")
        add(
            '`from_dict` of the lazy models only keeps the decoded dict; "+ read every field" then walks the whole '
            "result (the same walk for both: it fills every lazy object, and its own cost dilutes the ratio)."
        )
        add("")
        add(
            "| page | ours from_dict ms | official from_map ms | ours/official | ours + read every field ms "
            "| official + read every field ms | ratio, reading every field |"
        )
        add("|---|---|---|---|---|---|---|")
        for name, e in results["parse"].items():
            ms = e["ms_cpu_median"]
            add(
                f"| {name} | {ms['ours']:.2f} | {ms['official']:.2f} | {_fmt(e['ours/official'])} "
                f"| {ms['ours_read']:.2f} | {ms['official_read']:.2f} | {_fmt(e['ours_read/official_read'])} |"
            )
        add("")
    if "import" in results:
        add("### Cold import in a fresh interpreter (import and construct a client; then also its first call)")
        add("")
        add(
            "| environment | stage | httpx ms | ours ms | official ms | ours/httpx wall | ours/official wall "
            "| ours/httpx CPU | RSS added MiB (httpx / ours / official) | modules (httpx / ours / official) |"
        )
        add("|---|---|---|---|---|---|---|---|---|---|")
        rows = [(mode, stage, e) for mode, stages in results["import"].items() for stage, e in stages.items()]
        for mode, stage, e in rows:
            add(
                f"| {mode} | {stage.replace('_', ' ')} | {e['httpx']['wall_ms_median']:.0f} | {e['ours']['wall_ms_median']:.0f} "
                f"| {e['official']['wall_ms_median']:.0f} | {_fmt(e['ours/httpx_wall'])} "
                f"| {_fmt(e['ours/official_wall'])} | {_fmt(e['ours/httpx_cpu'])} "
                f"| {e['httpx']['rss_mib_median']:.1f} / {e['ours']['rss_mib_median']:.1f} / "
                f"{e['official']['rss_mib_median']:.1f} | {e['httpx']['modules']} / {e['ours']['modules']} / "
                f"{e['official']['modules']} |"
            )
        add("")
    if "async" in results:
        e = results["async"]
        add("### Async over HTTPS (IMM BatchGetFileMeta, 1 File)")
        add("")
        ms = e["cpu_ms_per_call_median"]
        add("| figure | ours | raw httpx | official | ours/official | ours/raw_httpx |")
        add("|---|---|---|---|---|---|")
        add(
            f"| CPU ms per call | {ms['ours']:.2f} | {ms['raw_httpx']:.2f} | {ms['official']:.2f} "
            f"| {_fmt(e['ours/official_cpu'])} | {_fmt(e['ours/raw_httpx_cpu'])} |"
        )
        for callers in (1, 8):
            t = e[f"throughput_{callers}"]
            cps = t["calls_per_s_median"]
            add(
                f"| calls/s, {callers} caller{'s' if callers > 1 else ''} | {cps['ours']:.0f} | {cps['raw_httpx']:.0f} "
                f"| {cps['official']:.1f} | {_fmt(t['ours/official'])} | {_fmt(t['ours/raw_httpx'])} |"
            )
        add("")
    if "bulk" in results:
        e = results["bulk"]
        add(f"### Bulk: metadata of {e['uris']:,} URIs, batches of 100, 8 in flight")
        add("")
        add("| figure | ours (fetch_file_meta) | raw httpx.AsyncClient | raw + signing | ours/raw | ours/raw+signing |")
        add("|---|---|---|---|---|---|")
        t = e["throughput"]
        u = t["uris_per_s_median"]
        add(
            f"| URIs/s | {u['ours']:.0f} | {u['raw_httpx']:.0f} | {u['raw_httpx_sign']:.0f} "
            f"| {_fmt(t['ours/raw_httpx'])} | {_fmt(t['ours/raw_httpx_sign'])} |"
        )
        cpu = t["cpu_s_median"]
        add(
            f"| client CPU s for all URIs | {cpu['ours']:.2f} | {cpu['raw_httpx']:.2f} | {cpu['raw_httpx_sign']:.2f} "
            f"| {cpu['raw_httpx'] / cpu['ours']:.2f} (CPU) | {cpu['raw_httpx_sign'] / cpu['ours']:.2f} (CPU) |"
        )
        m = e["memory"]

        def mib(x: float | None) -> str:
            return "n/a" if x is None else f"{x:.1f} MiB"

        for size in ("small", "large"):
            add(
                f"| peak RSS of the process, {m[size + '_uris']:,} URIs | {mib(m['ours_' + size + '_peak_mib'])} "
                f"| {mib(m['raw_' + size + '_peak_mib'])} | | | |"
            )
            add(
                f"| peak RSS added by the job, {m[size + '_uris']:,} URIs | {mib(m['ours_' + size + '_added_mib'])} "
                f"| {mib(m['raw_' + size + '_added_mib'])} | | | |"
            )
        add(f"| peak RSS growth, large/small | {m['ours_growth']:.2f} | {m['raw_growth']:.2f} | | | |")
        add("")
    if "techniques" in results:
        add("### What each technique buys on a 100-item page (CPU, ratios to raw httpx + json.loads)")
        add("")
        add(
            "| page | shipped (lazy models + msgspec) | lazy models, json.loads | shipped, then every field read "
            "/ raw, then every value read | lazy + json.loads, every field read / raw, every value read |"
        )
        add("|---|---|---|---|---|")
        for case, e in results["techniques"].items():
            add(
                f"| {case} | {_fmt(e['ours/raw_httpx'])} | {_fmt(e['ours_stdlib_json/raw_httpx'])} "
                f"| {_fmt(e['ours_read/raw_httpx_read'])} | {_fmt(e['ours_stdlib_json_read/raw_httpx_read'])} |"
            )
        add("")
    if "regen" in results:
        add(f"### Regeneration: {results['regen']['seconds_median']:.1f} s (`scripts/regenerate.py --output <tmp>`)")
        add("")
    return "\n".join(lines)


def targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    """The performance targets, each with its measured figure and whether it is met."""
    out: list[dict[str, Any]] = []

    def check(name: str, value: float | None, limit: float, op: str) -> None:
        met = None if value is None else (value <= limit if op == "<=" else value >= limit)
        out.append({"target": name, "value": value, "limit": limit, "op": op, "met": met})

    pc = results.get("percall")
    if pc:
        check(
            "IMM 100-File page end to end, CPU, ours/raw_httpx",
            pc["imm_page"]["cpu"]["ours/raw_httpx"]["median"],
            1.15,
            "<=",
        )
        check(
            "PDS 100-item page end to end, CPU, ours/raw_httpx",
            pc["pds_page"]["cpu"]["ours/raw_httpx"]["median"],
            1.15,
            "<=",
        )
        for case in ("imm_small", "pds_small", "vod_small", "ice_small", "nta_small"):
            check(
                f"small call {case}, CPU, ours/raw_httpx_sign",
                pc[case]["cpu"]["ours/raw_httpx_sign"]["median"],
                1.05,
                "<=",
            )
            check(f"small call {case}, CPU, ours/official", pc[case]["cpu"]["ours/official"]["median"], 1.0, "<=")
    if "parse" in results:
        check(
            "parse 100 IMM Files, ours/official from_map",
            results["parse"]["imm_page"]["ours/official"]["median"],
            0.7,
            "<=",
        )
        check(
            "parse 100 IMM Files and read every field, ours/official",
            results["parse"]["imm_page"]["ours_read/official_read"]["median"],
            1.0,
            "<=",
        )
    if "async" in results:
        check(
            "async per-call CPU over HTTPS, ours/official",
            results["async"]["ours/official_cpu"]["median"],
            1 / 20,
            "<=",
        )
    if "import" in results:
        imp = results["import"]["production"]
        check("cold import, ours/official (wall)", imp["import"]["ours/official_wall"]["median"], 0.35, "<=")
        check("cold import, ours/httpx (wall)", imp["import"]["ours/httpx_wall"]["median"], 1.6, "<=")
        check(
            "cold import + first call, ours/official (wall)",
            imp["first_call"]["ours/official_wall"]["median"],
            0.35,
            "<=",
        )
        check("cold import + first call, ours/httpx (wall)", imp["first_call"]["ours/httpx_wall"]["median"], 1.6, "<=")
    if "bulk" in results:
        b = results["bulk"]
        check("bulk 100k URIs, ours/raw httpx throughput", b["throughput"]["ours/raw_httpx"]["median"], 0.9, ">=")
        check("bulk peak RSS growth 10x URIs (ours, large/small)", b["memory"]["ours_growth"], 1.25, "<=")
    if "regen" in results:
        check("regenerate everything, seconds", results["regen"]["seconds_median"], 30.0, "<=")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer iterations, smaller bulk run (under a minute)")
    parser.add_argument(
        "--rounds",
        type=int,
        default=None,
        help="rounds per figure: each round runs one block of every variant (default 21; quick: 5)",
    )
    parser.add_argument("--only", default=",".join(SECTIONS), help=f"comma-separated sections: {','.join(SECTIONS)}")
    parser.add_argument("--json", type=Path, default=HERE / "results" / "latest.json", help="where to write JSON")
    parser.add_argument(
        "--markdown",
        type=Path,
        default=None,
        help="update the generated part of this Markdown file (default: benchmarks/RESULTS.md after "
        "a full run of every section, nothing otherwise)",
    )
    args = parser.parse_args(argv)
    sections = [s for s in args.only.split(",") if s]
    unknown = set(sections) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown section(s): {', '.join(sorted(unknown))}")
    cfg = Settings(args.quick, args.rounds)

    started = time.perf_counter()
    results: dict[str, Any] = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "mode": "quick" if args.quick else "full",
        "rounds": cfg.rounds,
        "machine": h.env_info(),
    }
    work = h.workdir()
    cert, key, bundle = h.make_certificate(work)
    # Our client and raw httpx build their default SSL context from SSL_CERT_FILE (httpx honours it); the official
    # SDK is given the same bundle through RuntimeOptions(ca=...). Both load certifi's bundle plus the local cert.
    os.environ["SSL_CERT_FILE"] = str(bundle)
    server = None
    try:
        if {"percall", "async", "bulk", "import", "techniques"} & set(sections):
            server = h.Server(work, fx.bodies(), tls_fixtures=["imm_small"], cert=cert, key=key)
        if "percall" in sections:
            assert server is not None
            results["percall"] = section_percall(cfg, server)
        if "parse" in sections:
            results["parse"] = section_parse(cfg)
        if "async" in sections:
            assert server is not None
            results["async"] = section_async(cfg, server, bundle)
        if "bulk" in sections:
            assert server is not None
            import _bulk

            results["bulk"] = _bulk.section_bulk(cfg, server, _progress)
        if "import" in sections:
            assert server is not None
            results["import"] = section_import(cfg, server)
        if "regen" in sections:
            results["regen"] = section_regen(cfg)
        if "techniques" in sections:
            assert server is not None
            results["techniques"] = section_techniques(cfg, server)
    finally:
        if server is not None:
            server.close()
        shutil.rmtree(work, ignore_errors=True)
    results["targets"] = targets(results)
    results["elapsed_seconds"] = round(time.perf_counter() - started, 1)

    args.json.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.json.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(results, indent=2, sort_keys=False) + "\n")
    tmp.replace(args.json)

    report = table(results) + "\n" + targets_table(results)
    print(report)
    print(f"({results['mode']} run, {cfg.rounds} rounds, {results['elapsed_seconds']} s; JSON: {args.json})")
    markdown = args.markdown
    if markdown is None and not args.quick and set(sections) == set(SECTIONS):
        markdown = HERE / "RESULTS.md"
    if markdown is not None:
        write_markdown(markdown, results, report)
        print(f"(updated {markdown})")
    return 0


def targets_table(results: dict[str, Any]) -> str:
    lines = ["### Targets", "", "| target | measured | limit | met |", "|---|---|---|---|"]
    for t in results["targets"]:
        val = "n/a" if t["value"] is None else f"{t['value']:.3f}"
        lines.append(f"| {t['target']} | {val} | {t['op']} {t['limit']:.3g} | {'yes' if t['met'] else 'NO'} |")
    return "\n".join(lines) + "\n"


BEGIN, END = "<!-- generated by benchmarks/run.py: begin -->", "<!-- generated by benchmarks/run.py: end -->"


def write_markdown(path: Path, results: dict[str, Any], report: str) -> None:
    """Replace the generated block of ``path`` (between the BEGIN/END markers) with this run's tables; the rest of
    the file (hand-written analysis) is kept. A file without the markers gets the block appended."""
    m = results["machine"]
    block = "\n".join(
        [
            BEGIN,
            "",
            (
                f"Run: {results['date']} ({results['mode']}, {results['rounds']} rounds, "
                f"{results['elapsed_seconds']} s). Machine: {m['nproc']} CPUs, {m['cpu_model']}, Python {m['python']}, "
                f"{m['platform']}; load average at start {m['loadavg_at_start']}."
            ),
            "",
            (
                "**Only ratios measured in the same run are comparable**: the machine is shared and absolute times drift by "
                "tens of percent between runs (and within a run)."
            ),
            "",
            report.rstrip(),
            "",
            END,
        ]
    )
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if BEGIN in text and END in text:
        head, _, rest = text.partition(BEGIN)
        _, _, tail = rest.partition(END)
        text = head + block + tail
    else:
        text = (text.rstrip() + "\n\n" if text.strip() else "") + block + "\n"
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    gc.collect()
    sys.exit(main())
