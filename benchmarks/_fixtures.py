"""Response bodies and request arguments for the benchmarks, built from the specs' documented examples.

Every body starts from the 200 response's ``examples.doc.value`` in ``specs/``:

- ``*_small``: the documented example as it is (IMM: one File, PDS: one item);
- ``imm_page``: 100 IMM Files, each the documented File with its own ``URI``
  (``oss://test-bucket/object-00000.jpg`` ... ``-00099.jpg``);
- ``pds_page``: 100 PDS items, each the documented item with its own ``file_id`` and ``name``, and a
  ``next_marker``;
- ``imm_bulk``: 100 IMM Files holding the fields a bulk metadata job typically asks for with ``WithFields``
  (see :data:`BULK_FIELDS`), with the same 100 URIs as ``imm_page``.

Bodies are compact JSON with raw UTF-8, as the services send them.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
SPECS = REPO / "specs"

PAGE_SIZE = 100
#: The fields the bulk fixture keeps in each File (what ``WithFields`` would ask for).
BULK_FIELDS = (
    "URI",
    "Filename",
    "Size",
    "ContentType",
    "MediaType",
    "FileHash",
    "UpdateTime",
    "ImageWidth",
    "ImageHeight",
    "ObjectId",
)

_SPEC_FILES = {
    "imm": ("alibaba/imm-2020-09-30.yaml", "/#BatchGetFileMeta"),
    "pds": ("alibaba/pds-2022-03-01.yaml", "/v2/file/scan"),
    "vod": ("alibaba/vod-2017-03-21.yaml", "/#ListAIImageInfo"),
    "ice": ("alibaba/ice-2020-11-09.yaml", "/#SearchMediaByFace"),
    "nta": ("volcengine/nta-2024-07-30.yaml", "/#CreateFileDetection"),
}


def doc_example(product: str) -> Any:
    """The documented example of the operation's 200 response."""
    file, path = _SPEC_FILES[product]
    spec = yaml.safe_load((SPECS / file).read_text(encoding="utf-8"))
    op = spec["paths"][path]["post"]
    return op["responses"]["200"]["content"]["application/json"]["examples"]["doc"]["value"]


def request_example(product: str) -> Any:
    """The documented example of the operation's JSON request body (PDS, NTA)."""
    file, path = _SPEC_FILES[product]
    spec = yaml.safe_load((SPECS / file).read_text(encoding="utf-8"))
    return spec["paths"][path]["post"]["requestBody"]["content"]["application/json"]["examples"]["doc"]["value"]


def page_uri(i: int) -> str:
    return f"oss://test-bucket/object-{i % PAGE_SIZE:05d}.jpg"


def dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def imm_page(n: int = PAGE_SIZE, fields: tuple[str, ...] | None = None) -> dict[str, Any]:
    example = doc_example("imm")
    template = example["Files"][0]
    files = []
    for i in range(n):
        f = copy.deepcopy(template)
        f["URI"] = page_uri(i)
        if fields is not None:
            f = {k: f[k] for k in fields if k in f}
        files.append(f)
    return {"RequestId": example["RequestId"], "Files": files}


def pds_page(n: int = PAGE_SIZE) -> dict[str, Any]:
    example = doc_example("pds")
    template = example["items"][0]
    items = []
    for i in range(n):
        item = copy.deepcopy(template)
        item["file_id"] = f"5d5b846942cf94fa72324c14a4bda34e81da{i:04d}"
        item["name"] = f"file-{i:04d}.jpg"
        items.append(item)
    return {"items": items, "next_marker": "NWQ1Yjk4YmI1ZDRlYmU1Y2E0YWE0NmJhYWJmODBhNDQ2NzhlMTRhMg"}


def bodies() -> dict[str, bytes]:
    """Fixture name -> response body."""
    return {
        "imm_small": dumps(doc_example("imm")),
        "imm_page": dumps(imm_page()),
        "imm_bulk": dumps(imm_page(fields=BULK_FIELDS)),
        "pds_small": dumps(doc_example("pds")),
        "pds_page": dumps(pds_page()),
        "vod_small": dumps(doc_example("vod")),
        "ice_small": dumps(doc_example("ice")),
        "nta_small": dumps(doc_example("nta")),
    }


#: Response headers per product (request ids, as the services send them).
HEADERS = {
    "imm": {"x-acs-request-id": "7F84C6D9-5AC0-49F9-914D-F02678E3AAAA"},
    "pds": {"x-ca-request-id": "7F84C6D9-5AC0-49F9-914D-F02678E3BBBB"},
    "vod": {"x-acs-request-id": "D73420CD-D221-9122-5B8FA995A511CCCC"},
    "ice": {"x-acs-request-id": "7CA7D615-CFB1-5437-9A12-2D185C3EE6CB"},
    "nta": {},
}

# ------------------------------------------------------------------------------------------ request arguments

IMM_SMALL_URIS = [page_uri(0)]
IMM_PAGE_URIS = [page_uri(i) for i in range(PAGE_SIZE)]
PDS_ARGS = {
    "drive_id": "1",
    "limit": 100,
    "marker": "NWQ1Yjk4YmI1ZDRlYmU1Y2E0YWE0NmJhYWJmODBhNDQ2NzhlMTRhMg",
    "fields": "*",
}
VOD_ARGS = {"video_id": "357a8748c5789d2726e6436aa1234"}
ICE_ARGS = {
    "person_image_url": "https://example.oss-cn-shanghai.aliyuncs.com/input/face-0001.jpg",
    "face_search_token": "bench-token-2024-06-01",
    "page_no": 1,
    "page_size": 10,
}
NTA_ARGS = {"sign_url": request_example("nta")["SignURL"]}
