"""Paginators: PDS ScanFile (marker / next_marker) and ICE SearchMediaByFace (PageNo / Total), sync and async,
pages and items, max_items, and the loops they must refuse to follow."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterable
from typing import Any, TypeVar

import pytest
from cloudmedia import PaginationError
from cloudmedia._runtime.pagination import Paginator
from cloudmedia.ice import IceClient
from cloudmedia.ice.models import MediaInfo, SearchMediaByFaceResponse
from cloudmedia.pds.models import ScanFileResponse

from ._clients_support import FaultServer, MakeClient, Reply, Sleeps, error, ok

T = TypeVar("T")


def pds_page(ids: list[str], marker: str | None) -> Reply:
    return ok("pds", {"items": [{"file_id": i, "name": f"{i}.jpg"} for i in ids], "next_marker": marker})


def ice_page(ids: list[str], total: int | str) -> Reply:
    return ok("ice", {"RequestId": "r", "MediaInfoList": [{"MediaId": i} for i in ids], "Total": total})


def ice_pages(client: IceClient, **kwargs: Any) -> Paginator[SearchMediaByFaceResponse, MediaInfo]:
    return client.search_media_by_face_pages(person_image_url="u", face_search_token="t", **kwargs)


def collect_async(iterable: AsyncIterable[T]) -> list[T]:
    async def main() -> list[T]:
        return [x async for x in iterable]

    return asyncio.run(main())


def file_ids(page: ScanFileResponse) -> list[Any]:
    assert isinstance(page.items, list)
    return [f.file_id for f in page.items]


# ----------------------------------------------------------------------------------------------------- PDS


def test_pds_items_follow_the_marker(server: FaultServer, make_client: MakeClient) -> None:
    server.script(pds_page(["1", "2"], "m1"), pds_page(["3", "4"], "m2"), pds_page(["5"], ""))
    client = make_client("pds")
    items = list(client.scan_file_pages(drive_id="1", limit=2, fields="*").items())
    assert [f.file_id for f in items] == ["1", "2", "3", "4", "5"]
    bodies = [r.json() for r in server.requests]
    assert [b.get("marker") for b in bodies] == [None, "m1", "m2"]
    assert all(b["limit"] == 2 and b["drive_id"] == "1" and b["fields"] == "*" for b in bodies)
    assert server.connections == 1


def test_pds_pages_sync_and_async(server: FaultServer, make_client: MakeClient) -> None:
    client = make_client("pds")
    server.script(pds_page(["1"], "m1"), pds_page([], "m2"), pds_page(["3"], None))
    pages = list(client.scan_file_pages(drive_id="1"))
    assert [file_ids(p) for p in pages] == [["1"], [], ["3"]]
    server.script(pds_page(["1"], "m1"), pds_page(["2"], None))

    async def main() -> list[ScanFileResponse]:
        async with client:
            return [p async for p in client.scan_file_pages(drive_id="1")]

    assert [file_ids(p) for p in asyncio.run(main())] == [["1"], ["2"]]


def test_pds_async_items_with_max_items(server: FaultServer, make_client: MakeClient) -> None:
    server.script(pds_page(["1", "2"], "m1"), pds_page(["3", "4"], "m2"), pds_page(["5"], ""))
    client = make_client("pds")
    items = collect_async(client.scan_file_pages(drive_id="1", max_items=3).items())
    assert [f.file_id for f in items] == ["1", "2", "3"]
    assert len(server.requests) == 2, "no page is fetched beyond max_items"


def test_max_items_zero_sends_nothing_and_negative_is_refused(server: FaultServer, make_client: MakeClient) -> None:
    client = make_client("pds")
    assert list(client.scan_file_pages(drive_id="1", max_items=0).items()) == []
    assert server.requests == []
    with pytest.raises(ValueError):
        client.scan_file_pages(drive_id="1", max_items=-1)


def test_pds_repeated_marker_raises(server: FaultServer, make_client: MakeClient) -> None:
    server.script(pds_page(["1"], "m1"), pds_page(["2"], "m2"), pds_page(["3"], "m1"))
    client = make_client("pds")
    seen = []
    with pytest.raises(PaginationError) as info:
        for item in client.scan_file_pages(drive_id="1").items():
            seen.append(item.file_id)
    assert seen == ["1", "2", "3"]
    assert "m1" in str(info.value) and info.value.operation == "ScanFile"
    assert len(server.requests) == 3


def test_pds_marker_echoed_back_raises_async(server: FaultServer, make_client: MakeClient) -> None:
    server.script(pds_page(["1"], "same"), pds_page(["2"], "same"))
    client = make_client("pds")
    with pytest.raises(PaginationError):
        collect_async(client.scan_file_pages(drive_id="1"))
    assert len(server.requests) == 2


def test_a_repeat_after_max_items_is_not_an_error(server: FaultServer, make_client: MakeClient) -> None:
    server.script(pds_page(["1", "2"], "m1"), pds_page(["3", "4"], "m1"))
    items = list(make_client("pds").scan_file_pages(drive_id="1", max_items=3).items())
    assert [f.file_id for f in items] == ["1", "2", "3"]


def test_each_iteration_starts_again(server: FaultServer, make_client: MakeClient) -> None:
    server.script(pds_page(["1"], "m1"), pds_page(["2"], ""), pds_page(["1"], "m1"), pds_page(["2"], ""))
    paginator = make_client("pds").scan_file_pages(drive_id="1")
    assert [f.file_id for f in paginator.items()] == ["1", "2"]
    assert [f.file_id for f in paginator.items()] == ["1", "2"]
    assert [r.json().get("marker") for r in server.requests] == [None, "m1", None, "m1"]


def test_a_page_is_retried_inside_the_paginator(server: FaultServer, make_client: MakeClient, sleeps: Sleeps) -> None:
    server.script(pds_page(["1"], "m1"), error("pds", 503, "ServiceUnavailable"), pds_page(["2"], ""))
    items = list(make_client("pds").scan_file_pages(drive_id="1").items())
    assert [f.file_id for f in items] == ["1", "2"]
    assert [r.json().get("marker") for r in server.requests] == [None, "m1", "m1"]
    assert len(sleeps.delays) == 1


def test_items_that_do_not_fit_are_skipped_with_a_warning(
    server: FaultServer, make_client: MakeClient, caplog: pytest.LogCaptureFixture
) -> None:
    server.script(
        pds_page(["1"], "m1"),
        ok("pds", {"items": [{"file_id": "2"}, None, "three", {"file_id": "4"}], "next_marker": "m2"}),
        pds_page(["5"], ""),
    )
    caplog.set_level(logging.WARNING, logger="cloudmedia")
    items = list(make_client("pds").scan_file_pages(drive_id="1").items())
    assert [f.file_id for f in items] == ["1", "2", "4", "5"]
    (record,) = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert "2 item(s)" in record.getMessage() and "ScanFile" in record.getMessage()


# ----------------------------------------------------------------------------------------------------- ICE


def test_ice_items_count_pages_up_to_total(server: FaultServer, make_client: MakeClient) -> None:
    server.script(ice_page(["a", "b"], 5), ice_page(["c", "d"], 5), ice_page(["e"], 5))
    client = make_client("ice")
    items = list(ice_pages(client, page_size=2, media_type="video").items())
    assert [m.media_id for m in items] == ["a", "b", "c", "d", "e"]
    queries = [r.query for r in server.requests]
    assert [q["PageNo"] for q in queries] == ["1", "2", "3"]
    assert all(q["PageSize"] == "2" and q["MediaType"] == "video" for q in queries)


def test_ice_pages_async_and_max_items(server: FaultServer, make_client: MakeClient) -> None:
    client = make_client("ice")
    server.script(ice_page(["a", "b"], 6), ice_page(["c", "d"], 6), ice_page(["e", "f"], 6))
    pages = collect_async(ice_pages(client, page_size=2))
    assert [p.total for p in pages] == [6, 6, 6] and len(server.requests) == 3
    server.script(ice_page(["a", "b"], 6), ice_page(["c", "d"], 6))
    items = collect_async(ice_pages(client, page_size=2, max_items=3).items())
    assert [m.media_id for m in items] == ["a", "b", "c"]
    assert len(server.requests) == 5


def test_ice_sync_pages_with_max_items(server: FaultServer, make_client: MakeClient) -> None:
    server.script(ice_page(["a", "b"], 100), ice_page(["c", "d"], 100))
    pages = list(ice_pages(make_client("ice"), page_size=2, max_items=4))
    assert len(pages) == 2 and len(server.requests) == 2


def test_ice_stops_on_an_empty_page_and_on_missing_total(server: FaultServer, make_client: MakeClient) -> None:
    client = make_client("ice")
    server.script(ice_page(["a"], 50), ice_page([], 50))
    assert [m.media_id for m in ice_pages(client).items()] == ["a"]
    server.script(ok("ice", {"MediaInfoList": [{"MediaId": "x"}]}))
    assert [m.media_id for m in ice_pages(client).items()] == ["x"]
    assert len(server.requests) == 3


def test_ice_total_as_a_string_of_digits(server: FaultServer, make_client: MakeClient) -> None:
    server.script(ice_page(["a", "b"], "3"), ice_page(["c"], "3"))
    assert [m.media_id for m in ice_pages(make_client("ice"), page_size=2).items()] == ["a", "b", "c"]


def test_ice_page_loop_raises(server: FaultServer, make_client: MakeClient) -> None:
    """A service that ignores PageNo returns the first page again and again, with a Total that keeps it going."""
    server.script(*(ice_page(["a", "b"], 10**6) for _ in range(5)))
    with pytest.raises(PaginationError) as info:
        list(ice_pages(make_client("ice"), page_size=2).items())
    assert "PageNo" in str(info.value) and info.value.operation == "SearchMediaByFace"
    assert len(server.requests) == 2


def test_ice_page_cycle_raises_async(server: FaultServer, make_client: MakeClient) -> None:
    server.script(ice_page(["a"], 100), ice_page(["b"], 100), ice_page(["a"], 100), ice_page(["b"], 100))
    with pytest.raises(PaginationError):
        collect_async(ice_pages(make_client("ice"), page_size=1).items())
    assert len(server.requests) == 3


def test_ice_page_with_null_items_still_counts_toward_total(server: FaultServer, make_client: MakeClient) -> None:
    server.script(
        ok("ice", {"MediaInfoList": [None, {"MediaId": "b"}], "Total": 3}),
        ice_page(["c"], 3),
    )
    assert [m.media_id for m in ice_pages(make_client("ice"), page_size=2).items()] == ["b", "c"]
    assert [r.query["PageNo"] for r in server.requests] == ["1", "2"]
