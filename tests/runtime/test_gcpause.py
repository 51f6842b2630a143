"""cloudmedia._runtime.gcpause: nested and concurrent pauses restore the collector's state exactly once."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from cloudmedia._runtime import gcpause
from cloudmedia.imm.models import BatchGetFileMetaResponse


@pytest.fixture(autouse=True)
def _restore_gc() -> Iterator[None]:
    was = gc.isenabled()
    yield
    assert gcpause._depth == 0
    (gc.enable if was else gc.disable)()


def test_pause_disables_and_resume_restores() -> None:
    gc.enable()
    gcpause.pause()
    assert not gc.isenabled()
    gcpause.pause()
    gcpause.resume()
    assert not gc.isenabled()  # still inside the outer pause
    gcpause.resume()
    assert gc.isenabled()


def test_a_disabled_collector_stays_disabled() -> None:
    gc.disable()
    with gcpause.paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_resumed_on_error() -> None:
    gc.enable()
    with pytest.raises(RuntimeError), gcpause.paused():
        raise RuntimeError("x")
    assert gc.isenabled()


def test_concurrent_pauses_from_threads() -> None:
    gc.enable()
    barrier = threading.Barrier(8)

    def work() -> None:
        for _ in range(200):
            with gcpause.paused():
                barrier.wait() if _ == 0 else None
                assert not gc.isenabled()

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert gc.isenabled()


def test_from_dict_pauses_and_restores() -> None:
    seen = []

    class Probe(dict[str, Any]):
        def get(self, key: str, default: Any = None) -> Any:
            seen.append(gc.isenabled())
            return super().get(key, default)

    gc.enable()
    parsed = BatchGetFileMetaResponse.from_dict(Probe(RequestId="r", Files=[]))
    assert parsed.request_id == "r" and parsed.files == []
    assert seen and not any(seen)
    assert gc.isenabled()
