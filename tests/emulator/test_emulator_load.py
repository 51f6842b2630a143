"""The emulator under load: a thousand signed calls in flight at once, over every operation and credential kind, all
verified and answered; and a connection cap that bounds the server's threads without refusing anyone.

The calls are made by ``benchmarks/load.py`` (the same driver as the benchmark's burst and soak); this test asserts
counts only - how long the burst took is the benchmark's figure, not a test's.
"""

from __future__ import annotations

import asyncio
import sys
import threading
from pathlib import Path

from cloudmedia.emulator import Emulator

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import load

CALLS = 1000


def test_a_thousand_concurrent_signed_calls() -> None:
    with Emulator(0, log_size=CALLS + 100) as emu:
        outcome, targets = asyncio.run(load.burst(emu.url, emu.credentials, CALLS))
        records = emu.requests.snapshot()
        peak = emu.peak_connections
        internal = list(emu.internal_errors)
    assert (outcome.calls, outcome.failed, outcome.failures) == (CALLS, 0, {})
    assert len(records) == emu.requests.total == CALLS  # retries are off: one request per call, none lost
    assert all(r.status == 200 and r.scheme is not None for r in records)  # every one verified, then served
    assert {(r.route, r.action) for r in records} == {(t.product, t.operation) for t in targets}
    kinds = {(r.route, r.scheme, r.sts) for r in records}
    assert {("pds", "bearer", False), ("pds", "pds-hmac-sha1", True), ("nta", "volc-hmac-sha256", True)} <= kinds
    assert {("vod", "acs3", True), ("vod", "rpc-hmac-sha1", False), ("ice", "rpc-hmac-sha1", True)} <= kinds
    assert len({t.operation for t in targets}) >= 11 and len(targets) >= 38
    assert peak > CALLS // 2  # they were in flight together, not one after another
    assert not internal


def test_connections_beyond_the_cap_wait_instead_of_failing() -> None:
    before = threading.active_count()
    with Emulator(0, max_connections=20) as emu:
        outcome, _ = asyncio.run(load.burst(emu.url, emu.credentials, 200))
        assert (outcome.calls, outcome.failed, outcome.failures) == (200, 0, {})
        assert emu.peak_connections <= 20  # one thread per connection, at most 20 at once
        assert emu.requests.total == 200
    assert threading.active_count() <= before + 1
