"""An operation added to a spec is served by the emulator with no other edit: in a copy of the repository, IMM
GetDataset is added to the IMM spec and the package regenerated; an emulator given the copy's service model routes
it, verifies its signature, validates it against the spec and answers the spec's example for the request."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from _emulator_support import http_client
from cloudmedia._runtime.model import ServiceModel
from cloudmedia._runtime.signing import AcsRpcV1Signer, AcsV3Signer
from cloudmedia._runtime.wire import build_request
from cloudmedia.emulator import Emulator
from cloudmedia.emulator.services import default_services

REPO = Path(__file__).resolve().parents[2]

EXAMPLE = {
    "RequestId": "5F74C5C9-5AC0-49F9-914D-E01589DB****",
    "Dataset": {"ProjectName": "test-project", "DatasetName": "test-dataset", "FileCount": 100, "BindCount": 3},
}

NEW_OPERATION: dict[str, Any] = {
    "post": {
        "operationId": "GetDataset",
        "summary": "Queries a dataset.",
        "description": "Queries the information about a dataset.",
        "x-cloudmedia": {"action": "GetDataset", "style": "rpc", "idempotent": True},
        "parameters": [
            {
                "name": "Action",
                "in": "query",
                "required": True,
                "description": "The name of the operation.",
                "schema": {"type": "string", "const": "GetDataset", "default": "GetDataset"},
                "example": "GetDataset",
            },
            {"$ref": "#/components/parameters/Version"},
            {
                "name": "ProjectName",
                "in": "query",
                "required": True,
                "description": "The name of the project.",
                "schema": {"type": "string", "minLength": 1, "maxLength": 128},
                "example": "test-project",
            },
            {
                "name": "DatasetName",
                "in": "query",
                "required": True,
                "description": "The name of the dataset.",
                "schema": {"type": "string", "minLength": 1, "maxLength": 128},
                "example": "test-dataset",
            },
        ],
        "responses": {
            "200": {
                "description": "The dataset.",
                "content": {
                    "application/json": {
                        "schema": {"$ref": "#/components/schemas/GetDatasetResponse"},
                        "examples": {"doc": {"value": EXAMPLE}},
                    }
                },
            },
            "400": {
                "description": "The request is invalid.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AlibabaError"}}},
            },
        },
    }
}

SCHEMAS = {
    "GetDatasetResponse": {
        "title": "GetDatasetResponse",
        "type": "object",
        "description": "The response.",
        "properties": {
            "RequestId": {"type": "string", "description": "The request ID.", "example": EXAMPLE["RequestId"]},
            "Dataset": {"$ref": "#/components/schemas/DatasetInfo"},
        },
    },
    "DatasetInfo": {
        "title": "DatasetInfo",
        "type": "object",
        "description": "The dataset.",
        "properties": {
            "ProjectName": {"type": "string", "description": "The project.", "example": "test-project"},
            "DatasetName": {"type": "string", "description": "The dataset.", "example": "test-dataset"},
            "FileCount": {"type": "integer", "description": "The number of files.", "example": 100},
            "BindCount": {"type": "integer", "description": "The number of bindings.", "example": 3},
        },
    },
}


def _load_service(path: Path) -> ServiceModel:
    # The copy's rendered service model, imported as a module of the installed cloudmedia.imm package so that its
    # relative import of the runtime's model resolves.
    spec = importlib.util.spec_from_file_location("cloudmedia.imm._service_with_get_dataset", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    service: ServiceModel = module.SERVICE
    return service


@pytest.fixture(scope="module")
def imm_with_a_new_operation(tmp_path_factory: pytest.TempPathFactory) -> ServiceModel:
    copy = tmp_path_factory.mktemp("repo")
    for name in ("specs", "overlays", "scripts", "generated"):
        shutil.copytree(REPO / name, copy / name, ignore=shutil.ignore_patterns("__pycache__", ".regenerate.lock"))
    spec_path = copy / "specs" / "alibaba" / "imm-2020-09-30.yaml"
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    spec["paths"]["/#GetDataset"] = NEW_OPERATION
    spec["components"]["schemas"].update(SCHEMAS)
    spec_path.write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(copy / "scripts" / "regenerate.py"), "imm"],
        check=False,
        cwd=copy,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return _load_service(copy / "generated" / "cloudmedia" / "imm" / "_service.py")


@pytest.fixture(scope="module")
def emu(imm_with_a_new_operation: ServiceModel) -> Iterator[Emulator]:
    services = [s for s in default_services() if s.product != "imm"] + [imm_with_a_new_operation]
    with Emulator(0, services=services) as emulator:
        yield emulator


def call(emu: Emulator, service: ServiceModel, signer: Any, **query: Any) -> httpx.Response:
    request = build_request(
        service, service.operation("GetDataset"), query, None, base_url=emu.url, user_agent="emulator-tests"
    )
    signer.sign(request)
    return http_client().send(request)


def test_the_new_operation_is_served(emu: Emulator, imm_with_a_new_operation: ServiceModel) -> None:
    service = imm_with_a_new_operation
    assert "imm.GetDataset" in emu.operations
    for signer in (AcsV3Signer(emu.credentials.alibaba_key), AcsRpcV1Signer(emu.credentials.alibaba_sts)):
        response = call(emu, service, signer, ProjectName="my-project", DatasetName="my-dataset")
        assert response.status_code == 200, response.text
        body = response.json()
        assert body == {"RequestId": response.headers["x-acs-request-id"], "Dataset": EXAMPLE["Dataset"]}
        record = emu.requests.last
        assert record is not None and (record.action, record.status) == ("GetDataset", 200)
        assert record.scheme in ("acs3", "rpc-hmac-sha1")
    # the emulator's other services are unchanged
    assert "imm.BatchGetFileMeta" in emu.operations and "nta.CreateFileDetection" in emu.operations


def test_the_new_operation_is_validated_and_verified(emu: Emulator, imm_with_a_new_operation: ServiceModel) -> None:
    service = imm_with_a_new_operation
    key = emu.credentials.alibaba_key
    missing = call(emu, service, AcsV3Signer(key), ProjectName="p")
    assert (missing.status_code, missing.json()["Code"]) == (400, "MissingParameter")
    assert '"DatasetName"' in missing.json()["Message"]
    too_long = call(emu, service, AcsV3Signer(key), ProjectName="p" * 129, DatasetName="d")
    assert (too_long.status_code, too_long.json()["Code"]) == (400, "InvalidParameter")
    wrong = type(key)(key.access_key_id, "not-the-secret")
    refused = call(emu, service, AcsV3Signer(wrong), ProjectName="p", DatasetName="d")
    assert (refused.status_code, refused.json()["Code"]) == (400, "SignatureDoesNotMatch")
