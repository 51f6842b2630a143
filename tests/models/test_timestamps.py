"""Response timestamps (``format: date-time`` in the specs) read as timezone-aware datetimes; anything else stays the
string it came as; to_dict() writes the vendor's original text back."""

from __future__ import annotations

import copy
import importlib
import pickle
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml
from cloudmedia._runtime.timestamps import parse_timestamp
from cloudmedia.imm.models import BatchGetFileMetaResponse, File
from cloudmedia.pds.models import File as PdsFile
from cloudmedia.pds.models import ScanFileResponse
from cloudmedia.vod.models import ListAIImageInfoResponse

from .._fields import present

REPO = Path(__file__).resolve().parents[2]
SPECS = sorted(p for p in (REPO / "specs").rglob("*.yaml") if "snapshots" not in p.parts)
CST = timezone(timedelta(hours=8))
IMM_TIME = "2021-06-29T14:50:13.011643661+08:00"
IMM_TIME_FIELDS = {
    "UpdateTime": "update_time",
    "CreateTime": "create_time",
    "FileModifiedTime": "file_modified_time",
    "FileCreateTime": "file_create_time",
    "FileAccessTime": "file_access_time",
    "ProduceTime": "produce_time",
}


def _imm_file(**fields: Any) -> dict[str, Any]:
    return {"URI": "oss://b/o.jpg", **fields}


def test_imm_nanosecond_rfc3339_reads_as_aware_datetime_and_writes_back_exactly() -> None:
    data = {"RequestId": "r", "Files": [_imm_file(**dict.fromkeys(IMM_TIME_FIELDS, IMM_TIME))]}
    page = BatchGetFileMetaResponse.from_dict(copy.deepcopy(data))
    file = present(page.files)[0]
    for attr in IMM_TIME_FIELDS.values():
        value = getattr(file, attr)
        assert isinstance(value, datetime), attr
        assert value == datetime(2021, 6, 29, 14, 50, 13, 11643, tzinfo=CST)  # nanoseconds truncated
        assert value.utcoffset() == timedelta(hours=8)
    assert page.to_dict() == data


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020-10-15T03:30:03Z", datetime(2020, 10, 15, 3, 30, 3, tzinfo=UTC)),
        ("2020-10-15T03:30:03.5z", datetime(2020, 10, 15, 3, 30, 3, 500000, tzinfo=UTC)),
        ("2023-01-01T08:00:00.000+08:00", datetime(2023, 1, 1, tzinfo=UTC)),
        ("2023-01-01 08:00:00+0800", datetime(2023, 1, 1, tzinfo=UTC)),
        ("2021-06-29T14:50:13.0116436612-05:30", datetime(2021, 6, 29, 20, 20, 13, 11643, tzinfo=UTC)),
        ("Tue, 29 Jun 2021 06:50:13 GMT", datetime(2021, 6, 29, 6, 50, 13, tzinfo=UTC)),
    ],
)
def test_timestamp_formats(text: str, expected: datetime) -> None:
    value = parse_timestamp(text)
    assert isinstance(value, datetime)
    assert value.tzinfo is not None
    assert value == expected


@pytest.mark.parametrize(
    "text",
    ["", "2006-01-02T15:04:05.000Z07:00", "2021-06-29T14:50:13", "2021-06-29", "yesterday", "1624949413", "  "],
)
def test_a_value_that_is_not_a_timestamp_with_an_offset_stays_a_string(text: str) -> None:
    assert parse_timestamp(text) == text
    data = {"items": [{"file_id": "f", "created_at": text, "updated_at": text}]}
    page = ScanFileResponse.from_dict(copy.deepcopy(data))
    assert present(page.items)[0].created_at == text
    assert page.to_dict() == data


@pytest.mark.parametrize("odd", [None, 1624949413, 16.5, ["2021"], {"t": 1}, True])
def test_a_timestamp_field_of_another_json_type_is_kept_as_it_came(odd: Any) -> None:
    data = {"RequestId": "r", "AIImageInfoList": [{"AIImageInfoId": "a", "CreationTime": odd}]}
    page = ListAIImageInfoResponse.from_dict(copy.deepcopy(data))
    assert present(page.ai_image_info_list)[0].creation_time == odd
    assert page.to_dict() == data


def test_vod_z_time_is_utc() -> None:
    data = {"AIImageInfoList": [{"CreationTime": "2020-10-15T03:30:03Z"}]}
    info = present(ListAIImageInfoResponse.from_dict(copy.deepcopy(data)).ai_image_info_list)[0]
    assert info.creation_time == datetime(2020, 10, 15, 3, 30, 3, tzinfo=UTC)
    assert isinstance(info.creation_time, datetime) and info.creation_time.tzinfo == UTC


def test_pds_item_times_and_nested_media_time() -> None:
    data = {
        "items": [
            {
                "file_id": "f",
                "created_at": "2023-02-03T04:05:06.789Z",
                "updated_at": "2023-02-03T04:05:07Z",
                "image_media_metadata": {"time": "2019-05-01T10:00:00+02:00", "width": 10},
            }
        ]
    }
    item = present(ScanFileResponse.from_dict(copy.deepcopy(data)).items)[0]
    assert item.created_at == datetime(2023, 2, 3, 4, 5, 6, 789000, tzinfo=UTC)
    assert present(item.image_media_metadata).time == datetime(2019, 5, 1, 8, tzinfo=UTC)
    assert ScanFileResponse.from_dict(copy.deepcopy(data)).to_dict() == data


def test_a_changed_timestamp_is_written_in_iso_8601() -> None:
    file = File.from_dict(_imm_file(CreateTime=IMM_TIME, UpdateTime=IMM_TIME))
    file.create_time = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert isinstance(file.update_time, datetime)
    file.update_time = file.update_time.astimezone(UTC)  # the same instant, another offset: no longer the vendor text
    out = file.to_dict()
    assert out["CreateTime"] == "2024-01-02T03:04:05+00:00"
    assert out["UpdateTime"] == "2021-06-29T06:50:13.011643+00:00"
    built = PdsFile(file_id="f", created_at=datetime(2024, 1, 2, tzinfo=CST))
    assert built.to_dict() == {"file_id": "f", "created_at": "2024-01-02T00:00:00+08:00"}


def test_copies_and_pickles_still_write_the_vendor_text() -> None:
    data = _imm_file(CreateTime=IMM_TIME)
    file = File.from_dict(copy.deepcopy(data))
    for clone in (copy.copy(file), copy.deepcopy(file), pickle.loads(pickle.dumps(file))):
        assert clone == file
        assert clone.to_dict() == data


def _date_time_fields() -> list[tuple[str, str, str]]:
    """(package, component schema title, wire name) of every ``format: date-time`` response property."""
    out = []
    for path in SPECS:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        package = document["info"]["x-cloudmedia"]["package"]
        for schema in document.get("components", {}).get("schemas", {}).values():
            for wire, prop in (schema.get("properties") or {}).items():
                if prop.get("format") == "date-time":
                    out.append((package, schema["title"], wire))
    return out


DATE_TIME_FIELDS = _date_time_fields()


def test_the_specs_mark_the_vendor_timestamps() -> None:
    marked = {(package, title, wire) for package, title, wire in DATE_TIME_FIELDS}
    for wire in IMM_TIME_FIELDS:
        assert ("imm", "File", wire) in marked
    for wire in ("created_at", "updated_at", "trashed_at"):
        assert ("pds", "File", wire) in marked
    assert ("vod", "AIImageInfo", "CreationTime") in marked


@pytest.mark.parametrize(
    ("package", "title", "wire"), DATE_TIME_FIELDS, ids=[f"{p}.{t}.{w}" for p, t, w in DATE_TIME_FIELDS]
)
def test_every_date_time_field_of_every_spec_is_a_timestamp(package: str, title: str, wire: str) -> None:
    model = getattr(importlib.import_module(f"cloudmedia.{package}.models"), title)
    parsed = model.from_dict({wire: IMM_TIME})
    values = [getattr(parsed, f.name) for f in attrs.fields(model)]
    assert [v for v in values if isinstance(v, datetime)] == [datetime(2021, 6, 29, 14, 50, 13, 11643, tzinfo=CST)]
    assert parsed.additional_properties == {}
    assert parsed.to_dict() == {wire: IMM_TIME}
    assert model.from_dict({wire: "not a time"}).to_dict() == {wire: "not a time"}
