"""A parameter may have any name the vendor gives it: names the generated code could use for itself (``query``,
``body``, ``client``, ``kwargs``, ``self``) reach the wire under their own name, in the query (RPC) and in a JSON
body (Volcengine), as scalars, objects and arrays of objects, through the client and the command line.

The fixture specs (``fixtures/names-2024-01-01.yaml``, ``fixtures/bodynames-2024-01-01.yaml``) are added to a copy
of the repository, which is regenerated and run in a subprocess.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest
from _repo_copy import FIXTURES, copy_repo, install, regenerate, run

pytestmark = pytest.mark.slow

CALLS = r"""
import json
import httpx
from cloudmedia.names import NamesClient
from cloudmedia.names.models import Item
from cloudmedia.bodynames import BodyNamesClient
from cloudmedia.bodynames.models import TaskArgument, TaskBody

sent = []

def handler(request):
    sent.append(request)
    if request.headers.get("x-acs-action") == "SearchItems":
        page = int(request.url.params.get("PageNo", "1"))
        items = [{"ItemId": f"item-{page}"}, "not an object"] if page == 2 else [{"ItemId": f"item-{page}"}]
        return httpx.Response(200, json={"RequestId": "r", "Items": items, "Total": 4})
    return httpx.Response(200, json={"ResponseMetadata": {"RequestId": "r"}, "Result": {"TaskId": "t-1"}})

http = httpx.Client(transport=httpx.MockTransport(handler))
names = NamesClient(access_key_id="LTAI5tTest", access_key_secret="secret", http_client=http)
names.search_items(query="Size > 10", body=True, client="tour", kwargs=["fuzzy", "exact"], self_=False)
query = dict(sent[-1].url.params)
action = sent[-1].headers["x-acs-action"]
items = list(names.search_items_pages(query="q", client="c", page_size=1).items())
body_names = BodyNamesClient(access_key_id="AKLTtest", secret_access_key="secret", http_client=http)
result = body_names.submit_task(
    query="q", body=TaskBody(text="t"), client="c", kwargs=[TaskArgument(name="n", value="v")]
)
print(json.dumps({
    "query": query,
    "action": action,
    "items": [i.item_id for i in items],
    "item_types": sorted({type(i).__name__ for i in items}),
    "body": json.loads(sent[-1].content),
    "body_query": dict(sent[-1].url.params),
    "task_id": result.result.task_id,
}))
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    repo = copy_repo(tmp_path_factory.mktemp("repo"))
    shutil.copyfile(FIXTURES / "names-2024-01-01.yaml", repo / "specs" / "alibaba" / "names-2024-01-01.yaml")
    shutil.copyfile(FIXTURES / "bodynames-2024-01-01.yaml", repo / "specs" / "volcengine" / "bodynames-2024-01-01.yaml")
    result = regenerate(repo, "names", "bodynames")
    assert result.returncode == 0, result.stderr
    yield install(repo, tmp_path_factory.mktemp("site"))


def test_parameters_named_like_generated_locals_reach_the_wire(site: Path, tmp_path: Path) -> None:
    result = run(site, "-c", CALLS, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    # (an RPC boolean travels as str() gives it, as the official SDK sends it)
    assert {k: out["query"][k] for k in ("Query", "Body", "Client", "Kwargs", "Self")} == {
        "Query": "Size > 10",
        "Body": "True",
        "Client": "tour",
        "Kwargs": '["fuzzy","exact"]',
        "Self": "False",
    }
    assert out["action"] == "SearchItems"
    # page 2 lists one item that is not an object: the generated item parser keeps the other one (Total counts both)
    assert out["items"] == ["item-1", "item-2", "item-3"]
    assert out["item_types"] == ["Item"]
    assert out["body"] == {"Query": "q", "Body": {"Text": "t"}, "Client": "c", "Kwargs": [{"Name": "n", "Value": "v"}]}
    assert out["body_query"] == {"Action": "SubmitTask", "Version": "2024-01-01"}
    assert out["task_id"] == "t-1"


def test_the_command_line_offers_them_as_flags(site: Path, tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path), "ALIBABA_CLOUD_ACCESS_KEY_ID": "LTAI5tTest", "ALIBABA_CLOUD_ACCESS_KEY_SECRET": "s"}
    args = ["--Query", "Size > 10", "--body", "true", "--client", "tour", "--kwargs", "fuzzy", "--self", "false"]
    result = run(site, "-m", "cloudmedia.cli", "--dry-run", "names", "search-items", *args, cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    query = dict(parse_qsl(urlsplit(json.loads(result.stdout)["url"]).query))
    assert query == {"Query": "Size > 10", "Body": "True", "Client": "tour", "Kwargs": '["fuzzy"]', "Self": "False"}


def test_a_paginated_operation_cannot_take_a_parameter_named_max_items(tmp_path: Path) -> None:
    repo = copy_repo(tmp_path / "repo")
    spec = repo / "specs" / "alibaba" / "names-2024-01-01.yaml"
    shutil.copyfile(FIXTURES / "names-2024-01-01.yaml", spec)
    text = spec.read_text(encoding="utf-8").replace("- name: Self", "- name: MaxItems", 1)
    spec.write_text(text, encoding="utf-8")
    result = regenerate(repo, "names")
    assert result.returncode == 2
    assert "SearchItems: a parameter named max_items clashes" in result.stderr
    assert not (repo / "generated" / "cloudmedia" / "names").exists()
