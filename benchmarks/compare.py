#!/usr/bin/env python3
"""Before/after table of two ``benchmarks/run.py`` JSON reports (each figure is a ratio within its own run).

    .venv/bin/python benchmarks/compare.py BEFORE.json AFTER.json [--labels before,after]

Run both reports with the same harness, one after the other on the same machine (for example the old code in a
separate checkout and venv: ``<old venv>/bin/python benchmarks/run.py --json before.json --markdown /tmp/x.md``).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

Getter = Callable[[dict[str, Any]], dict[str, float] | float | None]


def _dig(*keys: str) -> Getter:
    def get(report: dict[str, Any]) -> Any:
        node: Any = report
        for key in keys:
            if not isinstance(node, dict) or key not in node:
                return None
            node = node[key]
        return node

    return get


FIGURES: list[tuple[str, str, Getter]] = [
    (
        "IMM BatchGetFileMeta, 100 Files, end to end / raw httpx + json.loads (CPU)",
        "<= 1.15",
        _dig("percall", "imm_page", "cpu", "ours/raw_httpx"),
    ),
    (
        "PDS ScanFile, 100 items, end to end / raw (CPU)",
        "<= 1.15",
        _dig("percall", "pds_page", "cpu", "ours/raw_httpx"),
    ),
    ("parse only, 100 IMM Files / official from_map", "<= 0.7", _dig("parse", "imm_page", "ours/official")),
    (
        "parse + read every field, 100 IMM Files / official",
        "<= 1.0",
        _dig("parse", "imm_page", "ours_read/official_read"),
    ),
    ("parse only, 100 PDS items / official from_map", "", _dig("parse", "pds_page", "ours/official")),
    ("parse + read every field, 100 PDS items / official", "", _dig("parse", "pds_page", "ours_read/official_read")),
    *[
        (f"small call {case} / raw + signing (CPU)", "<= 1.05", _dig("percall", case, "cpu", "ours/raw_httpx_sign"))
        for case in ("imm_small", "pds_small", "vod_small", "ice_small", "nta_small")
    ],
    *[
        (f"small call {case} / official (CPU)", "<= 1.0", _dig("percall", case, "cpu", "ours/official"))
        for case in ("imm_small", "pds_small", "vod_small", "ice_small", "nta_small")
    ],
    ("async over HTTPS, CPU per call / official", "<= 0.05", _dig("async", "ours/official_cpu")),
    ("cold import / official (wall)", "<= 0.35", _dig("import", "production", "import", "ours/official_wall")),
    ("cold import / httpx (wall)", "<= 1.6", _dig("import", "production", "import", "ours/httpx_wall")),
    (
        "cold import + first call / official (wall)",
        "",
        _dig("import", "production", "first_call", "ours/official_wall"),
    ),
    ("cold import + first call / httpx (wall)", "", _dig("import", "production", "first_call", "ours/httpx_wall")),
    ("cold import + first call / official (CPU)", "", _dig("import", "production", "first_call", "ours/official_cpu")),
    ("cold import + first call / httpx (CPU)", "", _dig("import", "production", "first_call", "ours/httpx_cpu")),
    ("bulk 100k URIs, throughput / raw httpx", ">= 0.9", _dig("bulk", "throughput", "ours/raw_httpx")),
    ("bulk peak RSS, 10x URIs: large/small", "<= 1.25", _dig("bulk", "memory", "ours_growth")),
]


def _cell(value: dict[str, float] | float | None) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, dict):
        return f"{value['median']:.2f} [{value.get('q1', value['min']):.2f}-{value.get('q3', value['max']):.2f}]"
    return f"{value:.2f}"


def table(before: dict[str, Any], after: dict[str, Any], labels: tuple[str, str]) -> str:
    lines = [
        f"| figure | target | {labels[0]} | {labels[1]} |",
        "|---|---|---|---|",
    ]
    for name, target, get in FIGURES:
        lines.append(f"| {name} | {target} | {_cell(get(before))} | {_cell(get(after))} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--labels", default="before,after")
    args = parser.parse_args(argv)
    before = json.loads(args.before.read_text())
    after = json.loads(args.after.read_text())
    first, _, second = args.labels.partition(",")
    print(
        f"Median [interquartile range] of per-round ratios; {args.before.name}: {before['date']}, "
        f"{args.after.name}: {after['date']}.\n"
    )
    print(table(before, after, (first, second or "after")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
