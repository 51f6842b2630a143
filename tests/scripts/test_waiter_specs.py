"""The spec validator's checks of ``info.x-cloudmedia.waiters`` (contract: specs/CONVENTION.md, "Waiters")."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from specdev.loader import load_spec
from specdev.validate import validate_spec

REPO_ROOT = Path(__file__).resolve().parents[2]
NTA = REPO_ROOT / "specs" / "volcengine" / "nta-2024-07-30.yaml"
VOD = REPO_ROOT / "specs" / "alibaba" / "vod-2017-03-21.yaml"
BASE = "/info/x-cloudmedia/waiters/0"


def problems(tmp_path: Path, spec: Path, mutate: Callable[[dict[str, Any]], None]) -> list[tuple[str, str]]:
    doc = copy.deepcopy(load_spec(spec))
    mutate(doc["info"]["x-cloudmedia"]["waiters"][0])
    path = tmp_path / spec.name
    path.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return [(p.pointer, p.message) for p in validate_spec(path)]


def test_the_project_specs_declare_valid_waiters(tmp_path: Path) -> None:
    for spec in (NTA, VOD):
        assert problems(tmp_path, spec, lambda w: None) == []


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (
            lambda w: w.update(operation="GetFileDetections"),
            (f"{BASE}/operation", "waiter operation 'GetFileDetections' is not an operationId of this spec"),
        ),
        (
            lambda w: w.update(argument="SignURL"),
            (f"{BASE}/argument", "argument 'SignURL' is not a request parameter of GetFileDetection"),
        ),
        (
            lambda w: w.update(state="Result.Done"),
            (f"{BASE}/state", "state 'Result.Done' is not a field of the '200' response of GetFileDetection"),
        ),
        (
            lambda w: w.update(state="Result..Finish"),
            (f"{BASE}/state", "state must be a path like Result.Finish or List[*].Status, got 'Result..Finish'"),
        ),
        (lambda w: w.update(success=[]), (f"{BASE}/success", "success must name at least one state")),
        (
            lambda w: w.update(failure=[True]),
            (f"{BASE}/failure", "failure must be a list of state values (strings or integers)"),
        ),
        (lambda w: w.update(delay=0), (f"{BASE}/delay", "delay must be a positive number of seconds, got 0")),
        (lambda w: w.update(max_attempts=0), (f"{BASE}/max_attempts", "max_attempts must be an integer >= 1, got 0")),
        (
            lambda w: w.update(name="FileDetection"),
            (f"{BASE}/name", "waiter name must be a snake_case identifier, got 'FileDetection'"),
        ),
        (lambda w: w.update(polls=3), (f"{BASE}/polls", "unknown waiter key 'polls'")),
        (lambda w: w.pop("state"), (BASE, "waiter is missing 'state'")),
        (
            lambda w: w.update(submitted_by={"operation": "CreateFileDetection", "output": "Result.Key"}),
            (
                f"{BASE}/submitted_by/output",
                "output 'Result.Key' is not a field of the '200' response of CreateFileDetection",
            ),
        ),
        (
            lambda w: w.update(submitted_by={"operation": "Create"}),
            (f"{BASE}/submitted_by", "submitted_by must be a mapping {operation, output}"),
        ),
    ],
)
def test_a_broken_waiter_is_reported_where_it_is(
    tmp_path: Path, mutate: Callable[[dict[str, Any]], None], expected: tuple[str, str]
) -> None:
    assert expected in problems(tmp_path, NTA, mutate)


def test_an_item_path_is_checked_through_the_array(tmp_path: Path) -> None:
    found = problems(tmp_path, VOD, lambda w: w.update(state="AIImageJobList[*].State"))
    assert (
        f"{BASE}/state",
        "state 'AIImageJobList[*].State' is not a field of the '200' response of GetAIImageJobs",
    ) in found
    assert problems(tmp_path, VOD, lambda w: w.update(state="AIImageJobList[0].Status")) == []
