"""Smoke test of the benchmark suite: ``benchmarks/run.py --quick`` runs and reports every figure.

No timing assertion: figures on a shared machine are noisy and only same-run ratios mean anything. This only
checks that the suite works end to end (servers, every variant of every section, the JSON report).
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
RUN = REPO / "benchmarks" / "run.py"

CASES = ("imm_small", "imm_page", "pds_small", "pds_page", "vod_small", "ice_small", "nta_small")
PERCALL_VARIANTS = ("ours", "raw_httpx", "raw_httpx_sign", "official")
PERCALL_RATIOS = ("ours/raw_httpx", "ours/raw_httpx_sign", "ours/official", "official/raw_httpx")


def _number(value: Any, where: str) -> float:
    assert isinstance(value, (int, float)) and not isinstance(value, bool), f"{where}: {value!r} is not a number"
    assert math.isfinite(value) and value > 0, f"{where}: {value!r}"
    return float(value)


def _ratio(entry: dict[str, Any], where: str) -> None:
    for key in ("median", "q1", "q3", "min", "max", "n"):
        _number(entry[key], f"{where}.{key}")
    assert entry["min"] <= entry["q1"] <= entry["median"] <= entry["q3"] <= entry["max"], where


@pytest.mark.slow
def test_quick_run_reports_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "quick.json"
    proc = subprocess.run(
        [sys.executable, str(RUN), "--quick", "--json", str(out)],
        cwd=REPO,
        check=False,
        capture_output=True,
        text=True,
        timeout=280,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "### Targets" in proc.stdout
    report = json.loads(out.read_text())

    assert report["mode"] == "quick"
    assert report["rounds"] >= 5
    for key in ("nproc", "cpu_model", "python"):
        assert report["machine"][key], key

    percall = report["percall"]
    assert set(percall) == set(CASES)
    for case, entry in percall.items():
        _number(entry["body_bytes"], f"{case}.body_bytes")
        for metric in ("cpu", "wall"):
            for variant in PERCALL_VARIANTS:
                _number(entry[metric]["us_per_call_median"][variant], f"{case}.{metric}.{variant}")
            for ratio in PERCALL_RATIOS:
                _ratio(entry[metric][ratio], f"{case}.{metric}.{ratio}")

    for case, entry in percall.items():
        assert entry["cpu"]["ours/raw_httpx"]["n"] == report["rounds"], f"{case}: one ratio per round"

    for page in ("imm_page", "pds_page"):
        entry = report["parse"][page]
        for variant in ("ours", "official", "ours_read", "official_read"):
            _number(entry["ms_cpu_median"][variant], f"{page}.{variant}")
        _ratio(entry["ours/official"], f"parse.{page}")
        _ratio(entry["ours_read/official_read"], f"parse.{page}.read")

    for mode in ("production", "dev_venv"):
        for stage in ("import", "first_call"):
            entry = report["import"][mode][stage]
            for variant in ("httpx", "ours", "official"):
                for key in ("wall_ms_median", "cpu_ms_median", "rss_mib_median", "modules"):
                    _number(entry[variant][key], f"import.{mode}.{stage}.{variant}.{key}")
            for ratio in (
                "ours/httpx_wall",
                "ours/official_wall",
                "ours/httpx_cpu",
                "ours/official_cpu",
                "ours/httpx_rss",
                "ours/official_rss",
                "official/httpx_wall",
            ):
                _ratio(entry[ratio], f"import.{mode}.{stage}.{ratio}")
        first, imported = report["import"][mode]["first_call"], report["import"][mode]["import"]
        for variant in ("httpx", "ours", "official"):
            assert first[variant]["wall_ms_median"] >= imported[variant]["wall_ms_median"] * 0.9, variant
            assert first[variant]["modules"] >= imported[variant]["modules"], variant

    asyn = report["async"]
    for variant in ("ours", "raw_httpx", "official"):
        _number(asyn["cpu_ms_per_call_median"][variant], f"async.cpu.{variant}")
    _ratio(asyn["ours/official_cpu"], "async.ours/official_cpu")
    _ratio(asyn["ours/raw_httpx_cpu"], "async.ours/raw_httpx_cpu")
    for callers in (1, 8):
        entry = asyn[f"throughput_{callers}"]
        for variant in ("ours", "raw_httpx", "official"):
            _number(entry["calls_per_s_median"][variant], f"async.throughput_{callers}.{variant}")
        _ratio(entry["ours/official"], f"async.throughput_{callers}.ours/official")
        _ratio(entry["ours/raw_httpx"], f"async.throughput_{callers}.ours/raw_httpx")

    bulk = report["bulk"]
    _number(bulk["uris"], "bulk.uris")
    for variant in ("ours", "raw_httpx", "raw_httpx_sign"):
        _number(bulk["throughput"]["uris_per_s_median"][variant], f"bulk.{variant}")
    _ratio(bulk["throughput"]["ours/raw_httpx"], "bulk.ours/raw_httpx")
    _ratio(bulk["throughput"]["ours/raw_httpx_sign"], "bulk.ours/raw_httpx_sign")
    for key in ("ours", "raw"):
        for size in ("small", "large"):
            _number(bulk["memory"][f"{key}_{size}_peak_mib"], f"bulk.memory.{key}_{size}_peak_mib")
            added = bulk["memory"][f"{key}_{size}_added_mib"]
            assert added is None or added >= 0, (key, size, added)
        _number(bulk["memory"][f"{key}_growth"], f"bulk.memory.{key}_growth")

    _number(report["regen"]["seconds_median"], "regen")

    for page in ("imm_page", "pds_page"):
        entry = report["techniques"][page]
        for ratio in (
            "ours/raw_httpx",
            "ours_stdlib_json/raw_httpx",
            "ours_read/raw_httpx_read",
            "ours_stdlib_json_read/raw_httpx_read",
        ):
            _ratio(entry[ratio], f"techniques.{page}.{ratio}")

    targets = report["targets"]
    assert len(targets) >= 22
    for target in targets:
        _number(target["value"], target["target"])
        assert isinstance(target["met"], bool), target
