"""Models read on first use behave as models built at once: attribute access, ==, repr, to_dict, additional_properties,
copying, pickling and attrs.evolve; a field set before anything was read is kept; the collector is never switched."""

from __future__ import annotations

import copy
import gc
import pickle
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml
from cloudmedia._runtime.timestamps import parse_timestamp
from cloudmedia.imm.models import BatchGetFileMetaResponse, Figure, File
from cloudmedia.imm.types import UNSET
from cloudmedia.pds.models import ScanFileResponse

from .._fields import present

REPO = Path(__file__).resolve().parents[2]


def _example(spec: str, path: str) -> Any:
    document = yaml.safe_load((REPO / "specs" / spec).read_text(encoding="utf-8"))
    response = document["paths"][path]["post"]["responses"]["200"]["content"]["application/json"]
    return response["examples"]["doc"]["value"]


IMM = _example("alibaba/imm-2020-09-30.yaml", "/#BatchGetFileMeta")
PDS = _example("alibaba/pds-2022-03-01.yaml", "/v2/file/scan")


def _page(n: int = 3) -> dict[str, Any]:
    page: dict[str, Any] = copy.deepcopy(IMM)
    file = page["Files"][0]
    page["Files"] = [dict(copy.deepcopy(file), URI=f"oss://b/object-{i}.jpg") for i in range(n)]
    return page


def _read_everything(value: Any) -> Any:
    """A plain-Python image of a model tree, read field by field through attribute access."""
    if isinstance(value, list):
        return [_read_everything(v) for v in value]
    if attrs.has(type(value)):
        return {f.name: _read_everything(getattr(value, f.name)) for f in attrs.fields(type(value))}
    return value


def test_from_dict_reads_nothing_until_an_object_is_used() -> None:
    data = _page()
    page = BatchGetFileMetaResponse.from_dict(data)
    data["RequestId"] = "changed after from_dict"  # the mapping is read on first use, as documented
    assert page.request_id == "changed after from_dict"
    files = page.files
    assert isinstance(files, list) and len(files) == 3
    data["Files"][1]["Filename"] = "read when the item is first used"
    assert files[1].filename == "read when the item is first used"


def test_unread_and_read_objects_are_equal_and_print_the_same() -> None:
    data = _page()
    read = BatchGetFileMetaResponse.from_dict(copy.deepcopy(data))
    _read_everything(read)
    unread = BatchGetFileMetaResponse.from_dict(copy.deepcopy(data))
    assert unread == read
    assert BatchGetFileMetaResponse.from_dict(copy.deepcopy(data)) == BatchGetFileMetaResponse.from_dict(data)
    assert repr(BatchGetFileMetaResponse.from_dict(copy.deepcopy(data))) == repr(read)
    assert "object-2.jpg" in repr(read)
    other = _page()
    other["Files"][2]["Size"] = 1
    assert BatchGetFileMetaResponse.from_dict(other) != read


def test_every_field_reads_as_with_a_model_built_by_its_constructor() -> None:
    page = BatchGetFileMetaResponse.from_dict(copy.deepcopy(IMM))
    file = present(page.files)[0]
    rebuilt = File(**{f.name: getattr(file, f.name) for f in attrs.fields(File) if f.init})
    rebuilt.additional_properties.update(file.additional_properties)
    assert rebuilt == file
    assert file.to_dict() == IMM["Files"][0]
    # a model built by its constructor has no vendor text to write back: its timestamps go out in ISO 8601
    expected = dict(IMM["Files"][0])
    for key in ("UpdateTime", "CreateTime", "FileModifiedTime", "FileCreateTime", "FileAccessTime", "ProduceTime"):
        expected[key] = "2021-06-29T14:50:13.011643+08:00"
    expected["OSSExpiration"] = parse_timestamp(expected["OSSExpiration"]).isoformat()  # type: ignore[union-attr]
    assert rebuilt.to_dict() == expected


def test_a_field_set_before_the_object_is_read_is_kept() -> None:
    page = BatchGetFileMetaResponse.from_dict(_page())
    file = present(page.files)[0]
    file.uri = "oss://b/set-by-the-program.jpg"  # nothing of this File was read yet
    assert file.size == IMM["Files"][0]["Size"]  # the first read fills the rest ...
    assert file.uri == "oss://b/set-by-the-program.jpg"  # ... and keeps what was set
    assert file.to_dict()["URI"] == "oss://b/set-by-the-program.jpg"
    fresh = BatchGetFileMetaResponse.from_dict(_page())
    fresh.request_id = "mine"
    fresh.files = []
    assert fresh.to_dict() == {"RequestId": "mine", "Files": []}


def test_nested_objects_of_an_item_are_built_when_the_item_is_read() -> None:
    page = BatchGetFileMetaResponse.from_dict(_page(1))
    figure = present(present(page.files)[0].figures)[0]
    assert isinstance(figure, Figure)
    assert present(present(figure.boundary).polygon)[0].x == 10
    assert figure.to_dict() == IMM["Files"][0]["Figures"][0]


@pytest.mark.parametrize("bad", ["a string", None, 42, [1, 2]])
def test_a_page_list_of_the_wrong_shape_stays_unset_and_is_kept(bad: Any) -> None:
    data = _page()
    data["Files"] = bad
    page = BatchGetFileMetaResponse.from_dict(data)
    assert page.files is UNSET
    assert page.additional_properties == {"Files": bad}
    assert page.to_dict() == data


def test_an_item_of_the_wrong_shape_keeps_the_list_raw() -> None:
    data = _page()
    data["Files"].append("not an object")
    page = BatchGetFileMetaResponse.from_dict(data)
    assert page.files is UNSET
    assert page.additional_properties["Files"] == data["Files"]
    assert page.to_dict() == data


def test_copy_deepcopy_pickle_and_evolve_give_equal_models() -> None:
    makers: tuple[Callable[[Any], Any], ...] = (copy.copy, copy.deepcopy, lambda m: pickle.loads(pickle.dumps(m)))
    for make in makers:
        page = BatchGetFileMetaResponse.from_dict(_page())
        clone = make(page)
        assert clone == BatchGetFileMetaResponse.from_dict(_page())
        assert clone.to_dict() == _page()
    page = BatchGetFileMetaResponse.from_dict(_page())
    evolved = attrs.evolve(page, request_id="other")
    assert evolved.request_id == "other"
    assert evolved.files == page.files


def test_pds_page_round_trips_unread_and_read() -> None:
    assert ScanFileResponse.from_dict(copy.deepcopy(PDS)).to_dict() == PDS
    page = ScanFileResponse.from_dict(copy.deepcopy(PDS))
    _read_everything(page)
    assert page.to_dict() == PDS


def test_an_attribute_that_is_not_a_field_still_raises_attribute_error() -> None:
    page = BatchGetFileMetaResponse.from_dict(_page())
    with pytest.raises(AttributeError, match="no attribute 'no_such_field'"):
        page.no_such_field  # type: ignore[attr-defined]  # noqa: B018
    file = present(page.files)[0]
    assert file.size == IMM["Files"][0]["Size"]
    del file.uri  # a read object: the field is gone, as with any attrs model
    with pytest.raises(AttributeError):
        file.uri  # noqa: B018


def test_parsing_never_switches_the_collector_for_other_threads() -> None:
    """The models (and the client) never call gc.disable(): another thread always runs with the collector on."""
    seen: list[bool] = []
    stop = threading.Event()

    def watch() -> None:
        while not stop.is_set():
            seen.append(gc.isenabled())

    calls: list[str] = []
    real_disable, real_enable = gc.disable, gc.enable
    gc.disable = lambda: calls.append("disable")
    gc.enable = lambda: calls.append("enable")
    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        for _ in range(20):
            page = BatchGetFileMetaResponse.from_dict(_page(20))
            _read_everything(page)
            page.to_dict()
    finally:
        stop.set()
        watcher.join()
        gc.disable, gc.enable = real_disable, real_enable
    assert calls == []
    assert seen and all(seen)


def test_threads_reading_one_unread_page_all_see_every_field() -> None:
    data = _page(50)
    expected = [f"oss://b/object-{i}.jpg" for i in range(50)]
    for _ in range(20):
        page = BatchGetFileMetaResponse.from_dict(copy.deepcopy(data))
        results: list[Any] = []
        errors: list[BaseException] = []

        def read(
            page: BatchGetFileMetaResponse = page, results: list[Any] = results, errors: list[BaseException] = errors
        ) -> None:
            try:
                results.append([(f.uri, f.size, f.create_time) for f in present(page.files)])
            except BaseException as exc:  # noqa: BLE001 - collected and asserted below
                errors.append(exc)

        threads = [threading.Thread(target=read) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        for rows in results:
            assert [uri for uri, _, _ in rows] == expected
            assert {size for _, size, _ in rows} == {IMM["Files"][0]["Size"]}
