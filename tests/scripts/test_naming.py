"""Python names: idiomatic snake_case in the generated clients, exact vendor names on the wire."""

from __future__ import annotations

import importlib.util
import inspect
from pathlib import Path

import attrs
import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]


def _naming():
    spec = importlib.util.spec_from_file_location("overlay_naming", REPO_ROOT / "overlays" / "naming.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


TRICKY = {
    "URIs": "uris",
    "WithFields": "with_fields",
    "OSSURI": "oss_uri",
    "ContentMd5": "content_md5",
    "ETag": "etag",
    "EXIF": "exif",
    "OCRContents": "ocr_contents",
    "OCRTexts": "ocr_texts",
    "SignURL": "sign_url",
    "QueryKey": "query_key",
    "OSSCRC64": "oss_crc64",
    "OSSUserMeta": "oss_user_meta",
    "OSSTaggingCount": "oss_tagging_count",
    "ObjectACL": "object_acl",
    "AIImageInfoList": "ai_image_info_list",
    "AIImageInfoId": "ai_image_info_id",
    "FileURL": "file_url",
    "PersonImageUrl": "person_image_url",
    "HasBFrames": "has_b_frames",
    "AgeSD": "age_sd",
    "CodeN": "code_n",
    "custom_field_1": "custom_field_1",
    "drive_id": "drive_id",
    "next_marker": "next_marker",
    "PageNo": "page_no",
}


@pytest.mark.parametrize(("wire", "python"), sorted(TRICKY.items()))
def test_name_function(wire: str, python: str) -> None:
    assert _naming().snake_case(wire) == python


def _attribute_names(cls: type) -> set[str]:
    return {f.name for f in attrs.fields(cls)}


@pytest.mark.parametrize(
    ("module", "cls", "attribute", "wire"),
    [
        ("cloudmedia.imm.models", "File", "oss_uri", "OSSURI"),
        ("cloudmedia.imm.models", "File", "content_md5", "ContentMd5"),
        ("cloudmedia.imm.models", "File", "etag", "ETag"),
        ("cloudmedia.imm.models", "File", "exif", "EXIF"),
        ("cloudmedia.imm.models", "File", "ocr_contents", "OCRContents"),
        ("cloudmedia.imm.models", "File", "oss_crc64", "OSSCRC64"),
        ("cloudmedia.imm.models", "File", "uri", "URI"),
        ("cloudmedia.imm.models", "Figure", "age_sd", "AgeSD"),
        ("cloudmedia.vod.models", "ListAIImageInfoResponse", "ai_image_info_list", "AIImageInfoList"),
        ("cloudmedia.vod.models", "AIImageInfo", "file_url", "FileURL"),
        ("cloudmedia.nta.models", "CreateFileDetectionResult", "query_key", "QueryKey"),
        ("cloudmedia.nta.models", "ResponseError", "code_n", "CodeN"),
        ("cloudmedia.pds.models", "ImageMediaMetadata", "exif", "exif"),
    ],
)
def test_generated_models_use_python_names_and_keep_wire_names(
    module: str, cls: str, attribute: str, wire: str
) -> None:
    model = getattr(importlib.import_module(module), cls)
    assert attribute in _attribute_names(model)
    instance = model.from_dict({wire: "x" if attribute not in {"ai_image_info_list", "ocr_contents"} else []})
    assert getattr(instance, attribute) in ("x", [])
    assert instance.to_dict() == {wire: "x" if attribute not in {"ai_image_info_list", "ocr_contents"} else []}


@pytest.mark.parametrize(
    ("client", "method", "params"),
    [
        ("cloudmedia.imm:ImmClient", "batch_get_file_meta", ["project_name", "dataset_name", "uris", "with_fields"]),
        ("cloudmedia.nta:NtaClient", "create_file_detection", ["sign_url"]),
        ("cloudmedia.vod:VodClient", "list_ai_image_info", ["video_id"]),
        ("cloudmedia.pds:PdsClient", "scan_file", ["drive_id", "limit", "marker", "fields"]),
        ("cloudmedia.ice:IceClient", "search_media_by_face", ["person_image_url", "face_search_token", "page_no"]),
    ],
)
def test_client_methods_take_python_names(client: str, method: str, params: list[str]) -> None:
    module, name = client.split(":")
    cls = getattr(importlib.import_module(module), name)
    signature = inspect.signature(getattr(cls, method))
    for param in params:
        assert param in signature.parameters, (method, param, list(signature.parameters))
