"""The bulk benchmark: IMM metadata for many URIs, 100 per call, 8 calls in flight, results in input order.

- ``ours``: ``cloudmedia.bulk.fetch_file_meta`` over an ``ImmClient`` (signed requests, typed ``File`` models);
- ``raw_httpx``: the same job written directly on one ``httpx.AsyncClient``: the same window of 8 batches and the
  same in-order yield of one result per URI, a static (unsigned) request per batch, ``json.loads`` and a dict;
- ``raw_httpx_sign``: ``raw_httpx`` plus a minimal ACS3 signature per batch (the floor of any signed client).

The server answers every call with the ``imm_bulk`` fixture: 100 Files holding the fields a bulk job asks for with
``WithFields`` (``_fixtures.BULK_FIELDS``). The input URIs repeat ``object-00000`` ... ``object-00099``, so every
batch of 100 matches the 100 Files and every URI gets a File. Throughput is URIs per second (wall); memory is the
peak resident set size (``VmHWM``) of a fresh process per variant and input size, which covers what tracemalloc does
not see (interpreter, modules, C allocations): reported as the process peak and as the peak added by the job over
the process after its imports and a warm-up batch, at two input sizes (a window-bounded helper adds the same at
both).
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import subprocess
import sys
import time
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterable
from itertools import islice
from typing import Any
from urllib.parse import quote_plus

import _fixtures as fx
import _harness as h
import _variants as v

CONCURRENCY = 8
BATCH = 100
WITH_FIELDS = list(fx.BULK_FIELDS)


def _uris(n: int) -> Iterable[str]:
    return (fx.page_uri(i) for i in range(n))


async def _ours(url: str, n: int) -> tuple[int, int]:
    from cloudmedia.bulk import fetch_file_meta
    from cloudmedia.imm import ImmClient

    count = found = 0
    async with ImmClient(access_key_id=v.AK, access_key_secret=v.SK, endpoint_url=url) as imm:
        async for file in fetch_file_meta(
            imm,
            project_name="test-project",
            dataset_name="test-dataset",
            uris=_uris(n),
            with_fields=WITH_FIELDS,
            concurrency=CONCURRENCY,
        ):
            count += 1
            found += file is not None
    return count, found


async def _raw_window(fetch: Callable[[list[str]], Any], items: Iterable[str]) -> AsyncIterator[Any]:
    source = iter(items)
    window: deque[tuple[list[str], asyncio.Task[Any]]] = deque()

    def submit() -> bool:
        batch = list(islice(source, BATCH))
        if batch:
            window.append((batch, asyncio.ensure_future(fetch(batch))))
        return bool(batch)

    while len(window) < CONCURRENCY and submit():
        pass
    while window:
        batch, task = window.popleft()
        data = await task
        submit()
        by_uri = {f.get("URI"): f for f in data.get("Files", ())}
        for uri in batch:
            yield by_uri.get(uri)


async def _raw(url: str, n: int) -> tuple[int, int]:
    import httpx

    headers = {
        "x-acs-action": "BatchGetFileMeta",
        "x-acs-version": "2020-09-30",
        "user-agent": v.UA,
        "accept": "application/json",
        "authorization": "ACS3-HMAC-SHA256 Credential=AK,SignedHeaders=host,Signature=" + "0" * 64,
    }
    fixed = (
        f"DatasetName=test-dataset&ProjectName=test-project&WithFields="
        f"{quote_plus(json.dumps(WITH_FIELDS, separators=(',', ':')))}"
    )
    count = found = 0
    async with httpx.AsyncClient() as http:

        async def fetch(batch: list[str]) -> Any:
            uris = quote_plus(json.dumps(batch, separators=(",", ":"), ensure_ascii=False))
            response = await http.post(f"{url}/?{fixed}&URIs={uris}", headers=headers, content=b"")
            return json.loads(response.content)

        async for file in _raw_window(fetch, _uris(n)):
            count += 1
            found += file is not None
    return count, found


async def _raw_sign(url: str, n: int) -> tuple[int, int]:
    """``_raw`` plus a minimal ACS3 signature per batch (query encoding, canonical query, hash, date, nonce)."""
    import hashlib
    import hmac
    import secrets
    from urllib.parse import quote

    import httpx

    host = url.split("://", 1)[1]
    key = v.SK.encode()
    fields = json.dumps(WITH_FIELDS, separators=(",", ":"))
    count = found = 0
    async with httpx.AsyncClient() as http:

        async def fetch(batch: list[str]) -> Any:
            pairs = [
                ("DatasetName", "test-dataset"),
                ("ProjectName", "test-project"),
                ("URIs", json.dumps(batch, separators=(",", ":"), ensure_ascii=False)),
                ("WithFields", fields),
            ]
            qs = "&".join(f"{k}={quote_plus(val)}" for k, val in pairs)
            cq = "&".join(f"{k}={quote(val, safe='~')}" for k, val in pairs)
            payload = hashlib.sha256(b"").hexdigest()
            headers = {
                "host": host,
                "x-acs-action": "BatchGetFileMeta",
                "x-acs-content-sha256": payload,
                "x-acs-date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                "x-acs-signature-nonce": secrets.token_hex(16),
                "x-acs-version": "2020-09-30",
            }
            signed = ";".join(headers)
            canon = "".join(f"{k}:{val}\n" for k, val in headers.items())
            creq = f"POST\n/\n{cq}\n{canon}\n{signed}\n{payload}"
            sts = "ACS3-HMAC-SHA256\n" + hashlib.sha256(creq.encode()).hexdigest()
            sig = hmac.new(key, sts.encode(), hashlib.sha256).hexdigest()
            headers["authorization"] = f"ACS3-HMAC-SHA256 Credential={v.AK},SignedHeaders={signed},Signature={sig}"
            headers["user-agent"] = v.UA
            headers["accept"] = "application/json"
            response = await http.post(f"{url}/?{qs}", headers=headers, content=b"")
            return json.loads(response.content)

        async for file in _raw_window(fetch, _uris(n)):
            count += 1
            found += file is not None
    return count, found


VARIANTS = {"ours": _ours, "raw_httpx": _raw, "raw_httpx_sign": _raw_sign}


def _run(name: str, url: str, n: int) -> tuple[float, float, int, int]:
    c0, w0 = time.process_time(), time.perf_counter()
    count, found = asyncio.run(VARIANTS[name](url, n))
    return time.perf_counter() - w0, time.process_time() - c0, count, found


def _vm(field: str) -> int:
    """A ``/proc/self/status`` memory figure in bytes (``VmRSS``, ``VmHWM``)."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    raise RuntimeError(f"{field} not in /proc/self/status")


def _reset_peak() -> bool:
    """Reset this process's VmHWM to its current RSS (Linux: ``echo 5 > /proc/self/clear_refs``)."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def _peak_main(name: str, url: str, n: int) -> None:
    """In a fresh process: warm up (imports, one job of 2 batches), then run the job; print the JSON figures."""
    _run(name, url, 2 * BATCH)
    gc.collect()
    reset = _reset_peak()
    before = _vm("VmRSS")
    count, found = _run(name, url, n)[2:]
    assert count == found == n, (name, count, found)
    peak = _vm("VmHWM")
    print(json.dumps({"peak": peak, "before": before, "added": peak - before if reset else None}))


def _peak(name: str, url: str, n: int) -> dict[str, Any]:
    res = subprocess.run(
        [sys.executable, __file__, name, url, str(n)],
        check=False,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": os.path.dirname(os.path.abspath(__file__))},
    )
    if res.returncode:
        raise RuntimeError(f"bulk memory probe {name} failed: {res.stderr[-2000:]}")
    return dict(json.loads(res.stdout.strip().splitlines()[-1]))


def section_bulk(cfg: Any, server: h.Server, progress: Callable[[str], None]) -> dict[str, Any]:
    url = server.url("imm_bulk")
    n = cfg.bulk_uris
    for name in VARIANTS:  # warm-up: imports, code paths
        count, found = _run(name, url, 2 * BATCH)[2:]
        assert count == found == 2 * BATCH, (name, count, found)
    rows = []
    for rep in range(cfg.bulk_reps):
        row = {}
        names = list(VARIANTS)
        names = names[rep % len(names) :] + names[: rep % len(names)]
        for name in names:
            gc.collect()
            wall, cpu, count, found = _run(name, url, n)
            assert count == found == n, (name, count, found)
            row[name] = {"wall": wall, "cpu": cpu}
        rows.append(row)
    tput = [{k: n / r[k]["wall"] for k in r} for r in rows]
    ratios = [t["ours"] / t["raw_httpx"] for t in tput]
    ratios_sign = [t["ours"] / t["raw_httpx_sign"] for t in tput]
    out: dict[str, Any] = {
        "uris": n,
        "batch_size": BATCH,
        "concurrency": CONCURRENCY,
        "with_fields": WITH_FIELDS,
        "throughput": {
            "uris_per_s_median": {k: h.median([t[k] for t in tput]) for k in VARIANTS},
            "cpu_s_median": {k: h.median([r[k]["cpu"] for r in rows]) for k in VARIANTS},
            "ours/raw_httpx": h.summary(ratios),
            "ours/raw_httpx_sign": h.summary(ratios_sign),
        },
    }
    small, large = cfg.bulk_mem_small, cfg.bulk_mem_large
    mem: dict[str, Any] = {"small_uris": small, "large_uris": large}
    for name, key in (("ours", "ours"), ("raw_httpx", "raw")):
        for size, n_uris in (("small", small), ("large", large)):
            fig = _peak(name, url, n_uris)
            mem[f"{key}_{size}_peak_mib"] = fig["peak"] / 2**20
            mem[f"{key}_{size}_added_mib"] = None if fig["added"] is None else fig["added"] / 2**20
        mem[f"{key}_growth"] = mem[f"{key}_large_peak_mib"] / mem[f"{key}_small_peak_mib"]
        if mem[f"{key}_small_added_mib"] is not None:
            mem[f"{key}_added_growth"] = mem[f"{key}_large_added_mib"] / max(mem[f"{key}_small_added_mib"], 1.0)
    out["memory"] = mem
    progress(
        f"bulk: ours/raw {out['throughput']['ours/raw_httpx']['median']:.2f}, peak growth {mem['ours_growth']:.2f}"
    )
    return out


if __name__ == "__main__":
    _peak_main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
