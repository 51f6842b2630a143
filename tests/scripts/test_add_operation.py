"""Adding an operation to a spec needs no other edit: after regeneration it is a client method (sync, async, raw),
a command of the command line, an emulator route, and oracle cases compared with the official SDK.

A copy of the repository gets IMM GetFileMeta (``fixtures/imm-GetFileMeta.yaml``; the official IMM SDK has it)
added to ``specs/alibaba/imm-2020-09-30.yaml`` — when the spec already has it, it is first taken out, with the
components only it used, and the copy regenerated, so the test always starts from a spec without it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest
from _repo_copy import FIXTURES, add_operation, copy_repo, install, regenerate, remove_operation, run

pytestmark = pytest.mark.slow

IMM_SPEC = Path("specs") / "alibaba" / "imm-2020-09-30.yaml"


@dataclass(frozen=True)
class Copy:
    repo: Path
    site: Path
    before: str
    """The IMM client module before the operation was added."""
    changed: list[str]
    """The files under generated/ the regeneration changed."""


def _snapshot(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.name != ".regenerate.lock"
    }


@pytest.fixture(scope="module")
def copy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Copy]:
    repo = copy_repo(tmp_path_factory.mktemp("repo"), tests=True)
    spec = repo / IMM_SPEC
    if remove_operation(spec, "GetFileMeta"):
        result = regenerate(repo, "imm")
        assert result.returncode == 0, result.stderr
    before = (repo / "generated" / "cloudmedia" / "imm" / "client.py").read_text(encoding="utf-8")
    generated = _snapshot(repo / "generated")

    add_operation(spec, FIXTURES / "imm-GetFileMeta.yaml")
    result = regenerate(repo, "imm")
    assert result.returncode == 0, result.stderr
    after = _snapshot(repo / "generated")
    changed = sorted(k for k in generated.keys() | after.keys() if generated.get(k) != after.get(k))
    yield Copy(repo, install(repo, tmp_path_factory.mktemp("site")), before, changed)


def test_regeneration_touches_only_the_service(copy: Copy) -> None:
    assert "def get_file_meta(" not in copy.before
    assert "cloudmedia/imm/api/default/get_file_meta.py" in copy.changed
    assert all(path.startswith("cloudmedia/imm/") for path in copy.changed), copy.changed


CALL = r"""
import asyncio, json
import httpx
from cloudmedia.imm import ImmClient

sent = []

def handler(request):
    sent.append(request)
    return httpx.Response(200, json={"RequestId": "r", "Files": [{"URI": "oss://b/k.jpg", "Size": 7}]})

def transport():
    return httpx.MockTransport(handler)

kwargs = dict(region="cn-hangzhou", access_key_id="LTAI5tTest", access_key_secret="secret")
with ImmClient(**kwargs, http_client=httpx.Client(transport=transport())) as imm:
    meta = imm.get_file_meta(project_name="p", dataset_name="d", uri="oss://b/k.jpg", with_fields=["Size"])
    raw = imm.with_raw_response.get_file_meta(project_name="p", dataset_name="d", uri="oss://b/k.jpg")

async def call_async():
    async with ImmClient(**kwargs, async_http_client=httpx.AsyncClient(transport=transport())) as imm:
        return await imm.get_file_meta_async(project_name="p", dataset_name="d", uri="oss://b/k.jpg")

again = asyncio.run(call_async())
print(json.dumps({
    "size": meta.files[0].size,
    "raw_status": raw.status_code,
    "async_uri": again.files[0].uri,
    "action": sent[0].headers["x-acs-action"],
    "query": dict(sent[0].url.params),
}))
"""


def test_it_is_a_client_method(copy: Copy, tmp_path: Path) -> None:
    result = run(copy.site, "-c", CALL, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out == {
        "size": 7,
        "raw_status": 200,
        "async_uri": "oss://b/k.jpg",
        "action": "GetFileMeta",
        "query": {"ProjectName": "p", "DatasetName": "d", "URI": "oss://b/k.jpg", "WithFields": '["Size"]'},
    }


def test_it_is_a_command(copy: Copy, tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path), "ALIBABA_CLOUD_ACCESS_KEY_ID": "LTAI5tTest", "ALIBABA_CLOUD_ACCESS_KEY_SECRET": "s"}
    listing = run(copy.site, "-m", "cloudmedia.cli", "imm", "--help", cwd=tmp_path, env=env)
    assert listing.returncode == 0, listing.stderr
    assert re.search(r"^\s+get-file-meta\s+Queries the metadata of a file", listing.stdout, re.MULTILINE)
    args = ["--project-name", "p", "--dataset-name", "d", "--uri", "oss://b/k.jpg", "--with-fields", "Size"]
    result = run(copy.site, "-m", "cloudmedia.cli", "--dry-run", "imm", "get-file-meta", *args, cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    request = json.loads(result.stdout)
    query = dict(parse_qsl(urlsplit(request["url"]).query))
    assert query == {"ProjectName": "p", "DatasetName": "d", "URI": "oss://b/k.jpg", "WithFields": '["Size"]'}
    assert request["headers"]["x-acs-action"] == "GetFileMeta"


def test_it_is_compared_with_the_official_sdk(copy: Copy) -> None:
    test = "tests/runtime/signing/test_oracle.py"
    result = run(
        copy.site, "-m", "pytest", "-q", "-p", "no:cacheprovider", test, "-k", "imm-GetFileMeta", cwd=copy.repo
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    # 2 tests x 4 credential kinds (ACS3 and RPC HMAC-SHA1, each AccessKey and STS) x 2 argument variants
    assert re.search(r"^16 passed", result.stdout.splitlines()[-1]), result.stdout[-500:]


EMULATED = r"""
import json
from cloudmedia.emulator import Emulator
from cloudmedia.imm import ImmClient

with Emulator(port=0) as emu:
    key = emu.credentials.alibaba_key
    with ImmClient(access_key_id=key.access_key_id, access_key_secret=key.access_key_secret, endpoint_url=emu.url) as imm:
        meta = imm.get_file_meta(project_name="p", dataset_name="d", uri="oss://test-bucket/test-object.jpg")
    record = emu.requests.last
    print(json.dumps({"files": len(meta.files), "status": record.status, "scheme": record.scheme}))
"""


def test_it_is_an_emulator_route(copy: Copy, tmp_path: Path) -> None:
    result = run(copy.site, "-c", EMULATED, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"files": 1, "status": 200, "scheme": "acs3"}
    test = "tests/emulator/test_emulator_official_sdks.py"
    result = run(
        copy.site, "-m", "pytest", "-q", "-p", "no:cacheprovider", test, "-k", "imm-GetFileMeta", cwd=copy.repo
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    # the official SDK through the emulator, every credential kind
    assert re.search(r"^4 passed", result.stdout.splitlines()[-1]), result.stdout[-500:]


def test_a_spec_that_disagrees_with_the_sdk_fails_the_oracle(tmp_path: Path) -> None:
    """The oracle is a real comparison: the same operation with one parameter misnamed (``Uri`` for ``URI``)
    regenerates fine but is refused by the official SDK's comparison."""
    repo = copy_repo(tmp_path / "repo", tests=True)
    spec = repo / IMM_SPEC
    remove_operation(spec, "GetFileMeta")
    wrong = tmp_path / "wrong.yaml"
    wrong.write_text(
        (FIXTURES / "imm-GetFileMeta.yaml").read_text(encoding="utf-8").replace("- name: URI\n", "- name: Uri\n", 1),
        encoding="utf-8",
    )
    add_operation(spec, wrong)
    result = regenerate(repo, "imm")
    assert result.returncode == 0, result.stderr
    site = install(repo, tmp_path / "site")
    test = "tests/runtime/signing/test_oracle.py"
    result = run(site, "-m", "pytest", "-q", "-p", "no:cacheprovider", test, "-k", "imm-GetFileMeta", cwd=repo)
    assert result.returncode == 1
    last = result.stdout.splitlines()[-1]
    assert re.search(r"^8 failed, 8 passed", last), result.stdout[-2000:]
