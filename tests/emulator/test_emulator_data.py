"""The seeded data: the embedded documentation examples, determinism, huge drives without memory, and the rules of
each operation."""

from __future__ import annotations

import hashlib
import tracemalloc
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from cloudmedia.emulator import PDS_DEFAULT_FIELDS, DataSet, Emulator
from cloudmedia.emulator.services import default_services

from .._fields import present
from ._emulator_support import http_client

SPECS = Path(__file__).resolve().parents[2] / "specs"


def _spec_examples() -> dict[tuple[str, str], Any]:
    """(product, operationId) -> the success example of every operation of every spec in specs/."""
    out: dict[tuple[str, str], Any] = {}
    for path in sorted(SPECS.glob("*/*.yaml")):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        product = spec["info"]["x-cloudmedia"]["product"]
        for item in spec["paths"].values():
            for operation in item.values():
                media = operation["responses"]["200"]["content"]["application/json"]
                out[(product, operation["operationId"])] = media["examples"]["doc"]["value"]
    return out


def _example(product: str, operation: str) -> Any:
    service = next(s for s in default_services() if s.product == product)
    return service.operation(operation).example


def test_the_service_models_carry_every_spec_example() -> None:
    """The emulator answers from the examples the generator renders into the installed service models (it never
    reads specs/): they are the specs' examples, for every operation."""
    spec_examples = _spec_examples()
    served = {(s.product, op.name): op.example for s in default_services() for op in s.operations.values()}
    assert len(spec_examples) >= 5
    assert served == spec_examples


def test_deterministic_per_seed() -> None:
    a, b, c = DataSet(1), DataSet(1), DataSet(2)
    assert a.pds_file("1", 5) == b.pds_file("1", 5) != c.pds_file("1", 5)
    assert a.imm_file("p", "d", "oss://b/k.jpg") == b.imm_file("p", "d", "oss://b/k.jpg")
    assert a.vod_image_infos("v") == b.vod_image_infos("v") != c.vod_image_infos("v")
    assert a.pds_file("1", 5) != a.pds_file("2", 5)
    assert a.pds_marker("1", 50) != a.pds_marker("2", 50)
    assert a.pds_position("1", a.pds_marker("1", 50)) == 50 and a.pds_position("2", a.pds_marker("1", 50)) is None
    assert c.pds_position("1", a.pds_marker("1", 50)) is None  # another seed's marker
    for bad in ("", "x", "!!!!", "MTIz", "bm90LWEtbWFya2Vy"):
        assert a.pds_position("1", bad) is None


def test_millions_of_files_cost_one_page() -> None:
    tracemalloc.start()
    with Emulator(0, pds_files=50_000_000) as emu:
        _, started_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert started_peak < 10 * 1024 * 1024  # nothing is generated up front
        token = {"Authorization": f"Bearer {emu.credentials.access_token_value}"}
        marker = emu.data.pds_marker("big", 49_999_990)
        client = http_client()
        tracemalloc.start()
        page = client.post(f"{emu.url}/v2/file/scan", headers=token, json={"drive_id": "big", "marker": marker}).json()
        first = client.post(f"{emu.url}/v2/file/scan", headers=token, json={"drive_id": "big", "limit": 100}).json()
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert peak < 10 * 1024 * 1024  # a page, not a drive
    assert [i["file_id"] for i in page["items"]] == [
        emu.data.pds_file("big", k)["file_id"] for k in range(49_999_990, 50_000_000)
    ]
    assert page["next_marker"] == "" and first["next_marker"] == emu.data.pds_marker("big", 100)


def test_pds_fields() -> None:
    data = DataSet(0, pds_files=30)
    default = data.pds_scan("1", 0, 3, None)["items"]
    assert all(tuple(item) == PDS_DEFAULT_FIELDS for item in default)
    assert data.pds_scan("1", 0, 3, " name , size,nope")["items"][0].keys() == {"name", "size"}
    full = data.pds_scan("1", 0, 30, "*")["items"]
    kinds = {item["category"] for item in full}
    assert {"image", "video"} <= kinds
    for item in full:
        assert item["domain_id"] == "bj12345" and item["status"] == "available" and item["type"] == "file"
        assert ("image_media_metadata" in item) == (item["category"] == "image")
        assert ("video_media_metadata" in item) == (item["category"] == "video")
    image = next(item for item in full if item["category"] == "image")
    example = _example("pds", "ScanFile")["items"][0]
    assert image["image_media_metadata"]["faces_thumbnail"] == example["image_media_metadata"]["faces_thumbnail"]
    assert image["labels"] == ["Basketball"]
    assert data.pds_scan("1", 30, 10, None) == {"items": [], "next_marker": ""}
    assert len({data.pds_file("1", k)["file_id"] for k in range(30)}) == 30


def test_imm_rules() -> None:
    data = DataSet()
    assert data.imm_known("oss://bucket/a/b.jpg") and data.imm_known("pds://domains/d/drives/1/files/f")
    for unknown in ("oss://bucket", "oss:///key", "oss://bucket/missing.jpg", "http://x/y", "", "pds://domains/"):
        assert not data.imm_known(unknown)
    image = data.imm_file("p", "d", "oss://b/photo.JPG")
    video = data.imm_file("p", "d", "oss://b/clip.mp4")
    document = data.imm_file("p", "d", "oss://b/report.pdf")
    assert (image["MediaType"], video["MediaType"], document["MediaType"]) == ("image", "video", "document")
    assert "EXIF" in image and "VideoStreams" not in image and "Figures" in image
    assert "VideoStreams" in video and "EXIF" not in video and "AudioStreams" in video
    assert "PageCount" in document and "Figures" not in document
    assert image["ObjectId"] == hashlib.sha256(b"oss://b/photo.JPG").hexdigest() and "Reason" not in image
    assert image["Figures"] == _example("imm", "BatchGetFileMeta")["Files"][0]["Figures"]


def test_imm_with_fields_and_skipping(emulator: Emulator) -> None:
    from cloudmedia.imm import ImmClient

    with ImmClient(credentials=emulator.credentials.alibaba_sts, endpoint_url=emulator.url) as imm:
        files = imm.batch_get_file_meta(
            project_name="p",
            dataset_name="d",
            with_fields=["URI", "Size", "Nope"],
            uris=["oss://b/1.jpg", "garbage", "oss://b/missing-2.jpg", "oss://b/3.mp3"],
        ).files
    assert isinstance(files, list)
    # unknown and malformed URIs are skipped; only the fields asked for come back
    assert [(f.uri, bool(f.size), bool(f.filename)) for f in files] == [
        ("oss://b/1.jpg", True, False),
        ("oss://b/3.mp3", True, False),
    ]
    record = emulator.requests.last
    assert record is not None and record.params["URIs"][1] == "garbage"


def test_vod_and_ice_and_nta_rules() -> None:
    data = DataSet(vod_images=0, ice_total=163)
    assert data.vod_image_infos("v") == []
    counts = {len(DataSet(vod_images=4).vod_image_infos(f"v{i}")) for i in range(60)}
    assert counts == {1, 2, 3, 4}
    query = {"PersonImageUrl": "u", "FaceSearchToken": "t"}
    pages = [data.ice_search(query, n, 50) for n in range(1, 6)]
    assert [len(items) for items, _ in pages] == [50, 50, 50, 13, 0] and {total for _, total in pages} == {163}
    assert data.ice_search(query, 1, 10)[0] == pages[0][0][:10]
    assert data.ice_search({**query, "MediaType": "image"}, 1, 10)[0] != pages[0][0][:10]
    assert DataSet.nta_query_key("") == "d41d8cd98f00b204e9800998ecf8427e"  # the documentation's example key


def test_vod_image_fields(emulator: Emulator) -> None:
    from cloudmedia.vod import VodClient

    with VodClient(credentials=emulator.credentials.alibaba_key, endpoint_url=emulator.url) as vod:
        images = vod.list_ai_image_info(video_id="357a8748c5789d2726e6436aa****").ai_image_info_list
    assert isinstance(images, list)
    for image in images:
        assert isinstance(image.file_url, str) and isinstance(image.score, str)
        assert image.video_id == "357a8748c5789d2726e6436aa****" and image.format_ in ("gif", "png")
        assert image.file_url.startswith("http://example.aliyundoc.com/357a8748c5789d2726e6436aa%2A%2A%2A%2A/image/ai/")
        assert float(image.score) >= 0
        assert isinstance(image.creation_time, datetime) and image.creation_time.utcoffset() == timedelta(0)


@pytest.mark.parametrize("drive", ["1", "drive with spaces/和中文"])
def test_scan_everything_by_markers(emulator: Emulator, drive: str) -> None:
    token = {"Authorization": f"Bearer {emulator.credentials.access_token_value}"}
    seen, marker = [], ""
    while True:
        body: dict[str, Any] = {"drive_id": drive, "limit": 100, "fields": "file_id"}
        if marker:
            body["marker"] = marker
        page = http_client().post(f"{emulator.url}/v2/file/scan", headers=token, json=body).json()
        seen += [i["file_id"] for i in page["items"]]
        marker = page["next_marker"]
        if not marker:
            break
    assert len(seen) == len(set(seen)) == emulator.data.pds_files == 1000


def test_imm_get_file_meta_reads_the_same_seeded_file(emulator: Emulator) -> None:
    from cloudmedia import ClientError
    from cloudmedia.imm import ImmClient

    with ImmClient(credentials=emulator.credentials.alibaba_key, endpoint_url=emulator.url) as imm:
        one = present(imm.get_file_meta(project_name="p", dataset_name="d", uri="oss://b/photo.jpg").files)
        batch = present(imm.batch_get_file_meta(project_name="p", dataset_name="d", uris=["oss://b/photo.jpg"]).files)
        assert [f.to_dict() for f in one] == [f.to_dict() for f in batch] and one[0].media_type == "image"
        with pytest.raises(ClientError) as info:
            imm.get_file_meta(project_name="p", dataset_name="d", uri="oss://b/missing.jpg")
    assert (info.value.code, info.value.http_status) == ("ResourceNotFound", 404)
