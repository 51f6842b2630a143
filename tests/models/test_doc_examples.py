"""Every documented response example parses through the generated models and round-trips exactly;
bad responses are tolerated field by field instead of failing the page."""

from __future__ import annotations

import copy
import importlib
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
SPECS = sorted(p for p in (REPO_ROOT / "specs").rglob("*.yaml") if "snapshots" not in p.parts)


def _resolve(document: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def _success_examples() -> list[tuple[str, str, dict[str, Any]]]:
    """(package, response class name, example) for every operation's documented 200 example."""
    out = []
    for path in SPECS:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        package = document["info"]["x-cloudmedia"]["package"]
        for item in document["paths"].values():
            for op in item.values():
                media = op["responses"]["200"]["content"]["application/json"]
                schema = _resolve(document, media["schema"])
                for example in media.get("examples", {}).values():
                    out.append((package, schema["title"], _resolve(document, example)["value"]))
    return out


EXAMPLES = _success_examples()


def _model(package: str, name: str) -> Any:
    return getattr(importlib.import_module(f"cloudmedia.{package}.models"), name)


def test_every_spec_has_a_documented_success_example() -> None:
    assert {package for package, _, _ in EXAMPLES} == {"pds", "imm", "vod", "ice", "nta"}


@pytest.mark.parametrize(("package", "name", "example"), EXAMPLES, ids=[f"{p}.{n}" for p, n, _ in EXAMPLES])
def test_doc_example_round_trips(package: str, name: str, example: dict[str, Any]) -> None:
    parsed = _model(package, name).from_dict(copy.deepcopy(example))
    assert parsed.to_dict() == example


@pytest.mark.parametrize(("package", "name", "example"), EXAMPLES, ids=[f"{p}.{n}" for p, n, _ in EXAMPLES])
def test_unknown_fields_are_kept(package: str, name: str, example: dict[str, Any]) -> None:
    data = copy.deepcopy(example)
    data["BrandNewField"] = {"nested": [1, 2, 3]}
    parsed = _model(package, name).from_dict(data)
    assert parsed.additional_properties["BrandNewField"] == {"nested": [1, 2, 3]}
    assert parsed.to_dict() == data


@pytest.mark.parametrize(("package", "name", "example"), EXAMPLES, ids=[f"{p}.{n}" for p, n, _ in EXAMPLES])
def test_missing_optional_fields_are_fine(package: str, name: str, example: dict[str, Any]) -> None:
    parsed = _model(package, name).from_dict({})
    assert parsed.to_dict() == {}


def test_imm_file_reads_as_python() -> None:
    (_, name, example) = next(e for e in EXAMPLES if e[0] == "imm")
    response = _model("imm", name).from_dict(example)
    file = response.files[0]
    assert file.uri == "oss://test-bucket/test-object.jpg"
    assert file.oss_uri == "oss://examplebucket/sampleobject.jpg"
    assert file.content_md5 == "HZwoCnxPZ/fvhz4oRJ2+Fw=="
    assert file.etag == '"1D9C280A7C4F67F7EF873E28449****"'
    assert file.figures[0].boundary.polygon[0].x == 10
    assert file.oss_user_meta["key"] == "val"
    assert file.video_streams[0].has_b_frames == 2


def test_pds_vendor_values_the_doc_shows_parse() -> None:
    """The PDS example has "type": "" and a Go-layout timestamp: no enum or date-time may reject them."""
    (_, name, example) = next(e for e in EXAMPLES if e[0] == "pds")
    page = _model("pds", name).from_dict(example)
    item = page.items[0]
    assert item.type_ == ""
    assert item.image_media_metadata.time == "2006-01-02T15:04:05.000Z07:00"
    assert page.next_marker == example["next_marker"]


@pytest.mark.parametrize("bad", ["a string", None, 42, ["a", "list"]])
def test_a_nested_object_of_the_wrong_shape_does_not_fail_the_page(bad: Any) -> None:
    (_, name, example) = next(e for e in EXAMPLES if e[0] == "imm")
    data = copy.deepcopy(example)
    data["Files"][0]["Figures"][0]["Boundary"] = bad
    data["Files"][0]["Addresses"] = bad
    page = _model("imm", name).from_dict(data)
    figure = page.files[0].figures[0]
    assert not figure.boundary  # UNSET
    assert figure.additional_properties["Boundary"] == bad
    assert page.files[0].additional_properties["Addresses"] == bad
    assert page.to_dict() == data


def test_a_top_level_value_that_is_not_an_object_raises_a_type_error() -> None:
    (_, name, _) = next(e for e in EXAMPLES if e[0] == "imm")
    with pytest.raises((TypeError, AttributeError)):
        _model("imm", name).from_dict(["not", "an", "object"])
