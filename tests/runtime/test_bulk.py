"""cloudmedia._runtime.bulk: input order, bounded window, lazy input, errors and early exit cancel the rest."""

from __future__ import annotations

import asyncio
import random
from dataclasses import dataclass, field
from typing import Any

import pytest
from cloudmedia._runtime.bulk import fetch_file_meta, iter_batches


@dataclass
class _File:
    uri: str


@dataclass
class _Page:
    files: Any


@dataclass
class _FakeImm:
    """Answers BatchGetFileMeta after a random delay; drops the URIs in ``missing``; fails on ``fail_on``."""

    missing: set[str] = field(default_factory=set)
    fail_on: str | None = None
    in_flight: int = 0
    max_in_flight: int = 0
    calls: list[dict[str, Any]] = field(default_factory=list)
    cancelled: int = 0

    async def batch_get_file_meta_async(self, **kwargs: Any) -> _Page:
        self.calls.append(kwargs)
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            await asyncio.sleep(random.uniform(0, 0.003))
            if self.fail_on is not None and self.fail_on in kwargs["uris"]:
                raise RuntimeError(f"boom on {self.fail_on}")
            files = [_File(u) for u in reversed(kwargs["uris"]) if u not in self.missing]
            return _Page(files)
        except asyncio.CancelledError:
            self.cancelled += 1
            raise
        finally:
            self.in_flight -= 1


def _collect(client: _FakeImm, uris: Any, **kwargs: Any) -> list[Any]:
    async def run() -> list[Any]:
        return [f async for f in fetch_file_meta(client, project_name="p", dataset_name="d", uris=uris, **kwargs)]

    return asyncio.run(run())


def test_results_in_input_order_with_none_for_missing() -> None:
    uris = [f"oss://b/{i}" for i in range(1037)]
    client = _FakeImm(missing={"oss://b/5", "oss://b/1036"})
    out = _collect(client, iter(uris), batch_size=50, concurrency=4)
    assert len(out) == len(uris)
    for uri, file in zip(uris, out):
        if uri in client.missing:
            assert file is None
        else:
            assert file.uri == uri
    assert [len(c["uris"]) for c in client.calls] == [50] * 20 + [37]
    assert all(c["project_name"] == "p" and c["dataset_name"] == "d" for c in client.calls)
    assert "with_fields" not in client.calls[0]
    assert client.max_in_flight <= 4


def test_with_fields_is_passed_on_and_duplicates_share_the_file() -> None:
    client = _FakeImm()
    out = _collect(client, ["a", "b", "a"], with_fields=["URI"])
    assert client.calls[0]["with_fields"] == ["URI"]
    assert out[0] is out[2] and out[1].uri == "b"


def test_input_is_read_lazily_within_the_window() -> None:
    consumed = 0

    def uris() -> Any:
        nonlocal consumed
        for i in range(10_000):
            consumed += 1
            yield f"u{i}"

    async def run() -> int:
        client = _FakeImm()
        agen = fetch_file_meta(client, project_name="p", dataset_name="d", uris=uris(), batch_size=10, concurrency=3)
        first = await agen.__anext__()
        assert first.uri == "u0"
        seen = consumed
        await agen.aclose()
        return seen

    seen = asyncio.run(run())
    assert seen <= 10 * 4  # the window (3 batches) plus the one submitted when the first completed


def test_an_error_cancels_the_batches_in_flight() -> None:
    client = _FakeImm(fail_on="u25")

    async def run() -> list[Any]:
        got = []
        with pytest.raises(RuntimeError, match="boom on u25"):
            async for f in fetch_file_meta(
                client,
                project_name="p",
                dataset_name="d",
                uris=(f"u{i}" for i in range(1000)),
                batch_size=10,
                concurrency=8,
            ):
                got.append(f)
        await asyncio.sleep(0.01)
        return got

    got = asyncio.run(run())
    assert [f.uri for f in got] == [f"u{i}" for i in range(20)]
    assert client.in_flight == 0
    assert len(client.calls) < 100


def test_iter_batches_validates_arguments() -> None:
    async def fetch(batch: list[int]) -> int:
        return sum(batch)

    async def run(**kwargs: Any) -> list[Any]:
        return [x async for x in iter_batches(fetch, range(7), **kwargs)]

    assert asyncio.run(run(batch_size=3, concurrency=2)) == [([0, 1, 2], 3), ([3, 4, 5], 12), ([6], 6)]
    with pytest.raises(ValueError):
        asyncio.run(run(batch_size=0))
    with pytest.raises(ValueError):
        asyncio.run(run(batch_size=1, concurrency=0))
    with pytest.raises(ValueError):
        _collect(_FakeImm(), ["a"], batch_size=101)


# ------------------------------------------------------------------------------------- against the emulator


def test_fetch_file_meta_against_the_emulator() -> None:
    """The real client, signed and verified: every URI gets its file (or None), in order, in 100-URI batches."""
    from cloudmedia.bulk import fetch_file_meta as public_fetch_file_meta
    from cloudmedia.emulator import Emulator
    from cloudmedia.imm import ImmClient

    uris = [f"oss://bucket/photos/{i}.jpg" if i % 97 else f"oss://bucket/missing/{i}.jpg" for i in range(1037)]

    async def run(emu: Emulator) -> list[Any]:
        async with ImmClient(credentials=emu.credentials.alibaba_sts, endpoint_url=emu.url) as imm:
            return [
                f
                async for f in public_fetch_file_meta(
                    imm, project_name="p", dataset_name="d", uris=iter(uris), concurrency=4, with_fields=["URI", "Size"]
                )
            ]

    with Emulator(0) as emu:
        out = asyncio.run(run(emu))
        records = emu.requests.snapshot()
        peak = emu.peak_connections
    assert len(out) == len(uris)
    for uri, file in zip(uris, out):
        if "missing" in uri:
            assert file is None
        else:
            assert (file.uri, file.size > 0) == (uri, True)
    assert len(records) == 11 and all(
        (r.action, r.status, r.scheme) == ("BatchGetFileMeta", 200, "acs3") for r in records
    )
    assert sorted(len(r.params["URIs"]) for r in records) == [37] + [100] * 10
    assert peak <= 4  # the window: at most 4 batches in flight


def test_fetch_file_meta_stops_at_a_service_error_from_the_emulator() -> None:
    from cloudmedia import ClientError
    from cloudmedia.emulator import Emulator
    from cloudmedia.imm import ImmClient

    async def run(emu: Emulator) -> list[Any]:
        got: list[Any] = []
        async with ImmClient(credentials=emu.credentials.alibaba_key, endpoint_url=emu.url) as imm:
            with pytest.raises(ClientError) as info:
                async for f in fetch_file_meta(
                    imm, project_name="missing-project", dataset_name="d", uris=(f"oss://b/{i}" for i in range(500))
                ):
                    got.append(f)
        assert info.value.code == "ResourceNotFound"
        return got

    with Emulator(0) as emu:
        assert asyncio.run(run(emu)) == []
        assert emu.requests.total <= 8  # the first failure cancels the rest; the input is not read to its end
