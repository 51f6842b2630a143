"""Tests of the spec validator (scripts/specdev, scripts/validate_specs.py).

Each test breaks one thing in a small valid fixture spec and asserts the exact problem and JSON pointer.
"""

from __future__ import annotations

import copy
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from specdev.loader import DuplicateKeyError, SpecLoadError, find_specs, load_spec, to_pointer
from specdev.validate import SpecProblem, check_document, validate_all, validate_spec

REPO_ROOT = Path(__file__).resolve().parents[2]
SCRIPT = REPO_ROOT / "scripts" / "validate_specs.py"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
RPC_FIXTURE = FIXTURES / "demo-2024-01-01.yaml"  # Alibaba RPC, page_number paginator, errors
ROA_FIXTURE = FIXTURES / "files-2024-01-01.yaml"  # Alibaba ROA (PDS-like), marker paginator
VOLC_FIXTURE = FIXTURES / "scan-2024-07-30.yaml"  # Volcengine, JSON request body

OP = "/paths/~1#ListItems/post"
ITEM = "/components/schemas/Item"
OK_200 = f"{OP}/responses/200/content/application~1json"


def write_spec(tmp_path: Path, doc: dict[str, Any], name: str = "demo-2024-01-01.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def broken(tmp_path: Path, mutate: Callable[[dict[str, Any]], None], fixture: Path = RPC_FIXTURE) -> list[SpecProblem]:
    """Validate a copy of ``fixture`` changed by ``mutate``; returns its problems."""
    doc = copy.deepcopy(load_spec(fixture))
    mutate(doc)
    return validate_spec(write_spec(tmp_path, doc, fixture.name))


def found(problems: list[SpecProblem]) -> list[tuple[str, str]]:
    return [(p.pointer, p.message) for p in problems]


def rpc_op(doc: dict[str, Any]) -> dict[str, Any]:
    op: dict[str, Any] = doc["paths"]["/#ListItems"]["post"]
    return op


def item(doc: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = doc["components"]["schemas"]["Item"]
    return schema


# ------------------------------------------------------------------------------------------------------------
# the valid fixtures


@pytest.mark.parametrize("fixture", [RPC_FIXTURE, ROA_FIXTURE, VOLC_FIXTURE], ids=lambda p: p.stem)
def test_valid_fixture_has_no_problems(fixture: Path) -> None:
    assert validate_spec(fixture) == []


def test_validate_all_concatenates_and_accepts_fixtures() -> None:
    assert validate_all([RPC_FIXTURE, ROA_FIXTURE, VOLC_FIXTURE]) == []


def test_problem_str_is_file_pointer_message() -> None:
    problem = SpecProblem("specs/alibaba/imm-2020-09-30.yaml", "/paths/~1#BatchGetFileMeta/post/parameters/3", "bad")
    assert str(problem) == "specs/alibaba/imm-2020-09-30.yaml#/paths/~1#BatchGetFileMeta/post/parameters/3: bad"


def test_problems_name_the_file(tmp_path: Path) -> None:
    problems = broken(tmp_path, lambda d: item(d)["properties"]["Size"].pop("description"))
    assert [p.file for p in problems] == [str(tmp_path / RPC_FIXTURE.name)]


def test_to_pointer_escapes() -> None:
    assert to_pointer(["paths", "/#A", "post", "parameters", 3]) == "/paths/~1#A/post/parameters/3"
    assert to_pointer(["a~b", "application/json"]) == "/a~0b/application~1json"
    assert to_pointer([]) == ""


# ------------------------------------------------------------------------------------------------------------
# OpenAPI validity


def test_invalid_openapi_bad_type(tmp_path: Path) -> None:
    problems = broken(tmp_path, lambda d: item(d)["properties"]["Size"].update(type="integr"))
    assert found(problems) == [
        (f"{ITEM}/properties/Size/type", "invalid OpenAPI 3.1: 'integr' is not valid under any of the given schemas")
    ]


def test_invalid_openapi_bad_parameter_location(tmp_path: Path) -> None:
    problems = broken(tmp_path, lambda d: rpc_op(d)["parameters"][2].update({"in": "querry"}))
    assert found(problems) == [
        (f"{OP}/parameters/2/in", "RPC parameter 'PageNo' must be in the query, not 'querry'"),
        (f"{OP}/parameters/2/in", "invalid OpenAPI 3.1: 'querry' is not one of ['query', 'header', 'path', 'cookie']"),
    ]


def test_invalid_openapi_bad_default_points_at_the_default(tmp_path: Path) -> None:
    problems = broken(tmp_path, lambda d: rpc_op(d)["parameters"][3]["schema"].update(default="ten"))
    assert found(problems) == [
        (f"{OP}/parameters/3/schema/default", "invalid OpenAPI 3.1: 'ten' is not of type 'integer'")
    ]


def test_openapi_30_is_rejected(tmp_path: Path) -> None:
    problems = broken(tmp_path, lambda d: d.update(openapi="3.0.3"))
    assert found(problems) == [("/openapi", "openapi must be 3.1.x, got '3.0.3'")]


def test_unquoted_response_code_is_reported(tmp_path: Path) -> None:
    problems = broken(tmp_path, lambda d: rpc_op(d)["responses"].update({400: rpc_op(d)["responses"].pop("400")}))
    assert ("/paths/~1#ListItems/post/responses/400", "mapping key 400 is a int, not a string (quote it)") in found(
        problems
    )


# ------------------------------------------------------------------------------------------------------------
# examples


def test_response_example_not_matching_schema(tmp_path: Path) -> None:
    def mutate(doc: dict[str, Any]) -> None:
        rpc_op(doc)["responses"]["200"]["content"]["application/json"]["examples"]["doc"]["value"]["Items"][0][
            "Size"
        ] = "ten"

    assert found(broken(tmp_path, mutate)) == [
        (
            f"{OK_200}/examples/doc/value/Items/0/Size",
            "example does not match its schema: 'ten' is not of type 'integer'",
        )
    ]


def test_parameter_example_not_matching_schema(tmp_path: Path) -> None:
    problems = broken(tmp_path, lambda d: rpc_op(d)["parameters"][4].update(example="audio"))
    assert found(problems) == [
        (f"{OP}/parameters/4/example", "example does not match its schema: 'audio' is not one of ['image', 'video']")
    ]


def test_parameter_example_over_max_items(tmp_path: Path) -> None:
    problems = broken(tmp_path, lambda d: rpc_op(d)["parameters"][5].update(example=["oss://b/o"] * 101))
    assert len(problems) == 1
    assert problems[0].pointer == f"{OP}/parameters/5/example"
    assert problems[0].message.startswith("example does not match its schema: [")
    assert problems[0].message.endswith("is too long")


def test_schema_example_not_matching_schema(tmp_path: Path) -> None:
    problems = broken(tmp_path, lambda d: item(d)["properties"]["Size"].update(example="ten"))
    assert found(problems) == [
        (f"{ITEM}/properties/Size/example", "example does not match its schema: 'ten' is not of type 'integer'")
    ]


def test_referenced_example_component_is_checked(tmp_path: Path) -> None:
    def mutate(doc: dict[str, Any]) -> None:
        doc["components"]["examples"]["ScanFileResponse"]["value"]["items"][0]["size"] = "1"

    problems = broken(tmp_path, mutate, ROA_FIXTURE)
    assert found(problems) == [
        (
            "/paths/~1v2~1file~1scan/post/responses/200/content/application~1json/examples/doc/items/0/size",
            "example does not match its schema: '1' is not of type 'integer'",
        )
    ]


# ------------------------------------------------------------------------------------------------------------
# x-cloudmedia metadata


def test_missing_operation_metadata(tmp_path: Path) -> None:
    problems = broken(tmp_path, lambda d: rpc_op(d).pop("x-cloudmedia"))
    assert found(problems) == [(OP, "operation has no x-cloudmedia metadata")]


def test_missing_service_metadata(tmp_path: Path) -> None:
    problems = broken(tmp_path, lambda d: d["info"].pop("x-cloudmedia"))
    assert found(problems) == [("/info", "info has no x-cloudmedia service metadata")]


def test_bad_style(tmp_path: Path) -> None:
    problems = broken(tmp_path, lambda d: rpc_op(d)["x-cloudmedia"].update(style="rest"))
    assert found(problems) == [(f"{OP}/x-cloudmedia/style", "style must be one of rpc, roa, volcengine, got 'rest'")]


def test_style_must_fit_the_vendor(tmp_path: Path) -> None:
    problems = broken(tmp_path, lambda d: rpc_op(d)["x-cloudmedia"].update(style="volcengine"))
    assert (f"{OP}/x-cloudmedia/style", "style 'volcengine' does not fit vendor 'alibaba'") in found(problems)


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("vendor", "aws", "vendor must be one of alibaba, volcengine, got 'aws'"),
        ("package", "demo-client", "package must be a valid Python identifier, got 'demo-client'"),
        ("client", "class", "client must be a valid Python identifier, got 'class'"),
        ("signing", [], "signing must be a non-empty list of scheme names, got []"),
        ("product", "", "product must be a non-empty string, got ''"),
    ],
)
def test_bad_service_metadata(tmp_path: Path, key: str, value: Any, message: str) -> None:
    problems = broken(tmp_path, lambda d: d["info"]["x-cloudmedia"].update({key: value}))
    assert (f"/info/x-cloudmedia/{key}", message) in found(problems)


def test_unknown_signing_scheme(tmp_path: Path) -> None:
    problems = broken(tmp_path, lambda d: d["info"]["x-cloudmedia"]["signing"].append("hmac-md5"))
    assert found(problems) == [
        (
            "/info/x-cloudmedia/signing/2",
            "unknown signing scheme 'hmac-md5' (known: acs3, rpc-hmac-sha1, pds-hmac-sha1, bearer, volc-hmac-sha256)",
        )
    ]


def test_missing_service_metadata_key(tmp_path: Path) -> None:
    problems = broken(tmp_path, lambda d: d["info"]["x-cloudmedia"].pop("endpoint"))
    assert found(problems) == [("/info/x-cloudmedia", "x-cloudmedia is missing 'endpoint'")]


def test_endpoint_template_without_placeholder(tmp_path: Path) -> None:
    problems = broken(
        tmp_path, lambda d: d["info"]["x-cloudmedia"]["endpoint"].update(host_template="demo.aliyuncs.com")
    )
    assert found(problems) == [
        (
            "/info/x-cloudmedia/endpoint/host_template",
            "host_template 'demo.aliyuncs.com' has no {region} or {domain_id} placeholder",
        )
    ]


def test_version_must_match_file_name(tmp_path: Path) -> None:
    doc = load_spec(RPC_FIXTURE)
    problems = validate_spec(write_spec(tmp_path, doc, "demo-2025-01-01.yaml"))
    assert found(problems) == [
        ("/info/version", "info.version '2024-01-01' does not match the file name demo-2025-01-01.yaml")
    ]


def test_idempotent_must_be_bool(tmp_path: Path) -> None:
    problems = broken(tmp_path, lambda d: rpc_op(d)["x-cloudmedia"].update(idempotent="yes"))
    assert found(problems) == [(f"{OP}/x-cloudmedia/idempotent", "idempotent must be true or false, got 'yes'")]


def test_bad_error_entry(tmp_path: Path) -> None:
    problems = broken(tmp_path, lambda d: rpc_op(d)["x-cloudmedia"]["errors"].append({"status": "400", "code": "X"}))
    assert found(problems) == [
        (f"{OP}/x-cloudmedia/errors/1", "error entry is missing 'message'"),
        (f"{OP}/x-cloudmedia/errors/1/status", "status must be an HTTP error status (int 400-599), got '400'"),
    ]


def test_documented_error_status_needs_a_response(tmp_path: Path) -> None:
    def mutate(doc: dict[str, Any]) -> None:
        rpc_op(doc)["x-cloudmedia"]["errors"].append({"status": 403, "code": "Forbidden", "message": "No."})

    assert found(broken(tmp_path, mutate)) == [
        (f"{OP}/x-cloudmedia/errors/1/status", "documented error status 403 has no declared response")
    ]


def test_action_const_mismatch(tmp_path: Path) -> None:
    problems = broken(
        tmp_path, lambda d: rpc_op(d)["parameters"][0]["schema"].update(const="ListThings", default="ListThings")
    )
    assert found(problems) == [
        (f"{OP}/parameters/0/schema/const", "Action const 'ListThings' does not match x-cloudmedia.action 'ListItems'"),
        (
            f"{OP}/parameters/0/schema/default",
            "Action default 'ListThings' does not match x-cloudmedia.action 'ListItems'",
        ),
    ]


def test_version_const_mismatch_in_referenced_parameter(tmp_path: Path) -> None:
    def mutate(doc: dict[str, Any]) -> None:
        doc["components"]["parameters"]["Version"]["schema"].update(const="2023-01-01", default="2023-01-01")

    assert found(broken(tmp_path, mutate)) == [
        (
            "/components/parameters/Version/schema/const",
            "Version const '2023-01-01' does not match info.version '2024-01-01'",
        ),
        (
            "/components/parameters/Version/schema/default",
            "Version default '2023-01-01' does not match info.version '2024-01-01'",
        ),
    ]


def test_action_parameter_missing(tmp_path: Path) -> None:
    problems = broken(tmp_path, lambda d: rpc_op(d)["parameters"].pop(0))
    assert found(problems) == [(f"{OP}/parameters", "missing required query parameter 'Action' (const 'ListItems')")]


def test_action_parameter_not_required(tmp_path: Path) -> None:
    problems = broken(tmp_path, lambda d: rpc_op(d)["parameters"][0].update(required=False))
    assert found(problems) == [(f"{OP}/parameters/0", "query parameter 'Action' must be required: true")]


def test_rpc_path_key_must_be_the_action(tmp_path: Path) -> None:
    problems = broken(tmp_path, lambda d: d.update(paths={"/ListItems": d["paths"]["/#ListItems"]}))
    assert found(problems) == [("/paths/~1ListItems", "rpc operation ListItems must be keyed '/#ListItems'")]


def test_rpc_operation_has_no_body(tmp_path: Path) -> None:
    def mutate(doc: dict[str, Any]) -> None:
        rpc_op(doc)["requestBody"] = {
            "content": {"application/json": {"schema": {"type": "object", "description": "Nothing."}}}
        }

    assert found(broken(tmp_path, mutate)) == [
        (f"{OP}/requestBody", "RPC operations send an empty body; declare query parameters")
    ]


def test_content_parameter(tmp_path: Path) -> None:
    def mutate(doc: dict[str, Any]) -> None:
        uris = rpc_op(doc)["parameters"][5]
        uris["content"] = {"application/json": {"schema": uris.pop("schema"), "example": uris.pop("example")}}

    assert found(broken(tmp_path, mutate)) == [
        (
            f"{OP}/parameters/5/content",
            (
                "parameter 'URIs' is declared with 'content'; openapi-python-client drops such parameters silently: "
                "declare it with 'schema'"
            ),
        )
    ]


def test_security_is_rejected(tmp_path: Path) -> None:
    def mutate(doc: dict[str, Any]) -> None:
        doc["security"] = [{"ak": []}]
        rpc_op(doc)["security"] = []

    assert found(broken(tmp_path, mutate)) == [
        (f"{OP}/security", "security is not used; signing comes from info.x-cloudmedia.signing"),
        ("/security", "security is not used; signing comes from info.x-cloudmedia.signing"),
    ]


def test_paginator_names_a_missing_response_field(tmp_path: Path) -> None:
    problems = broken(tmp_path, lambda d: rpc_op(d)["x-cloudmedia"]["paginator"].update(total="TotalCount"))
    assert found(problems) == [
        (
            f"{OP}/x-cloudmedia/paginator/total",
            "paginator total 'TotalCount' is not a field of the '200' response schema",
        )
    ]


def test_paginator_names_a_missing_request_parameter(tmp_path: Path) -> None:
    problems = broken(tmp_path, lambda d: rpc_op(d)["x-cloudmedia"]["paginator"].update(page="Page"))
    assert found(problems) == [
        (f"{OP}/x-cloudmedia/paginator/page", "paginator page 'Page' is not a request parameter of this operation")
    ]


def test_paginator_items_must_be_an_array(tmp_path: Path) -> None:
    problems = broken(tmp_path, lambda d: rpc_op(d)["x-cloudmedia"]["paginator"].update(items="RequestId"))
    assert found(problems) == [
        (
            f"{OP}/x-cloudmedia/paginator/items",
            "paginator items 'RequestId' is not an array in the '200' response schema",
        )
    ]


def test_marker_paginator_uses_request_body_fields(tmp_path: Path) -> None:
    problems = broken(
        tmp_path,
        lambda d: d["paths"]["/v2/file/scan"]["post"]["x-cloudmedia"]["paginator"].update(input="cursor"),
        ROA_FIXTURE,
    )
    assert found(problems) == [
        (
            "/paths/~1v2~1file~1scan/post/x-cloudmedia/paginator/input",
            "paginator input 'cursor' is not a request parameter of this operation",
        )
    ]


def test_paginator_missing_key(tmp_path: Path) -> None:
    problems = broken(tmp_path, lambda d: rpc_op(d)["x-cloudmedia"]["paginator"].pop("items"))
    assert found(problems) == [(f"{OP}/x-cloudmedia/paginator", "page_number paginator is missing 'items'")]


def test_volcengine_parameters_go_in_the_body(tmp_path: Path) -> None:
    def mutate(doc: dict[str, Any]) -> None:
        doc["paths"]["/#CreateScan"]["post"]["parameters"].append(
            {"name": "SignURL", "in": "query", "description": "The URL.", "schema": {"type": "string"}, "example": "u"}
        )

    assert found(broken(tmp_path, mutate, VOLC_FIXTURE)) == [
        ("/paths/~1#CreateScan/post/parameters/2", "Volcengine parameter 'SignURL' belongs in the JSON requestBody")
    ]


def test_roa_request_body_must_be_a_component(tmp_path: Path) -> None:
    def mutate(doc: dict[str, Any]) -> None:
        media = doc["paths"]["/v2/file/scan"]["post"]["requestBody"]["content"]["application/json"]
        media["schema"] = doc["components"]["schemas"].pop("ScanFileRequest")

    assert found(broken(tmp_path, mutate, ROA_FIXTURE)) == [
        (
            "/paths/~1v2~1file~1scan/post/requestBody/content/application~1json/schema",
            "roa request body schema must be a named component ($ref)",
        )
    ]


# ------------------------------------------------------------------------------------------------------------
# operationId, $ref, components


def test_duplicate_operation_id(tmp_path: Path) -> None:
    problems = broken(tmp_path, lambda d: d["paths"]["/#ListItems"].update(get=copy.deepcopy(rpc_op(d))))
    assert found(problems) == [
        (
            f"{OP}/operationId",
            (
                "duplicate operationId 'ListItems' (also at /paths/~1#ListItems/get); "
                "the generator would silently overwrite one of them"
            ),
        )
    ]


def test_missing_operation_id(tmp_path: Path) -> None:
    problems = broken(tmp_path, lambda d: rpc_op(d).pop("operationId"))
    assert found(problems) == [(OP, "operation has no operationId")]


def test_dangling_ref(tmp_path: Path) -> None:
    def mutate(doc: dict[str, Any]) -> None:
        doc["components"]["schemas"]["ListItemsResponse"]["properties"]["Extra"] = {
            "$ref": "#/components/schemas/Nope",
            "description": "Not there.",
        }

    assert found(broken(tmp_path, mutate)) == [
        (
            "/components/schemas/ListItemsResponse/properties/Extra/$ref",
            "dangling $ref '#/components/schemas/Nope': no such location in the document",
        )
    ]


def test_external_ref(tmp_path: Path) -> None:
    def mutate(doc: dict[str, Any]) -> None:
        item(doc)["properties"]["Tags"]["additionalProperties"] = {"$ref": "common.yaml#/Tag"}

    assert found(broken(tmp_path, mutate)) == [
        (
            f"{ITEM}/properties/Tags/additionalProperties/$ref",
            "$ref 'common.yaml#/Tag' points outside the document; specs are self-contained",
        )
    ]


def test_unused_component(tmp_path: Path) -> None:
    def mutate(doc: dict[str, Any]) -> None:
        doc["components"]["schemas"]["Unused"] = {
            "title": "Unused",
            "type": "string",
            "description": "Nothing uses it.",
        }

    assert found(broken(tmp_path, mutate)) == [
        ("/components/schemas/Unused", "unused component schemas/Unused: no operation references it")
    ]


def test_component_used_only_by_unused_component_is_unused(tmp_path: Path) -> None:
    def mutate(doc: dict[str, Any]) -> None:
        doc["components"]["schemas"]["Orphan"] = {
            "title": "Orphan",
            "type": "array",
            "description": "Nothing uses it.",
            "items": {"$ref": "#/components/schemas/Orphan2"},
        }
        doc["components"]["schemas"]["Orphan2"] = {"title": "Orphan2", "type": "string", "description": "Only Orphan."}

    assert found(broken(tmp_path, mutate)) == [
        ("/components/schemas/Orphan", "unused component schemas/Orphan: no operation references it"),
        ("/components/schemas/Orphan2", "unused component schemas/Orphan2: no operation references it"),
    ]


def test_unused_parameter_component(tmp_path: Path) -> None:
    def mutate(doc: dict[str, Any]) -> None:
        rpc_op(doc)["parameters"][1] = copy.deepcopy(doc["components"]["parameters"]["Version"])

    assert found(broken(tmp_path, mutate)) == [
        ("/components/parameters/Version", "unused component parameters/Version: no operation references it")
    ]


def test_package_used_by_two_specs(tmp_path: Path) -> None:
    doc = load_spec(ROA_FIXTURE)
    doc["info"]["x-cloudmedia"]["package"] = "demo"
    other = write_spec(tmp_path, doc, ROA_FIXTURE.name)
    problems = validate_all([RPC_FIXTURE, other])
    assert found(problems) == [
        ("/info/x-cloudmedia/package", "package 'demo' is also used by " + str(RPC_FIXTURE.relative_to(REPO_ROOT)))
    ]
    assert problems[0].file == str(other)


# ------------------------------------------------------------------------------------------------------------
# YAML


def test_duplicate_yaml_key(tmp_path: Path) -> None:
    lines = RPC_FIXTURE.read_text(encoding="utf-8").splitlines(keepends=True)
    first = next(i for i, line in enumerate(lines) if line.strip() == "operationId: ListItems")
    lines.insert(first + 1, "      operationId: ListThings\n")
    path = tmp_path / RPC_FIXTURE.name
    path.write_text("".join(lines), encoding="utf-8")

    assert found(validate_spec(path)) == [
        (f"{OP}/operationId", f"line {first + 2}: duplicate key 'operationId' (first defined on line {first + 1})")
    ]
    with pytest.raises(DuplicateKeyError) as excinfo:
        load_spec(path)
    assert excinfo.value.line == first + 2
    assert excinfo.value.key == "operationId"
    assert str(excinfo.value) == f"{path}:{first + 2}: duplicate key 'operationId' (first defined on line {first + 1})"


def test_duplicate_path_key(tmp_path: Path) -> None:
    path = tmp_path / "dup.yaml"
    path.write_text("openapi: 3.1.0\npaths:\n  /#A:\n    post: {}\n  /#A:\n    get: {}\n", encoding="utf-8")
    with pytest.raises(DuplicateKeyError, match=r"dup\.yaml:5: duplicate key '/#A' \(first defined on line 3\)"):
        load_spec(path)


def test_yaml_syntax_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("openapi: 3.1.0\ninfo: [title\n", encoding="utf-8")
    problems = validate_spec(path)
    assert len(problems) == 1
    assert problems[0].pointer == ""
    assert problems[0].message.startswith("line 3: YAML syntax error")


def test_load_spec_rejects_non_mapping(tmp_path: Path) -> None:
    path = tmp_path / "list.yaml"
    path.write_text("- a\n", encoding="utf-8")
    with pytest.raises(SpecLoadError, match="top level is list"):
        load_spec(path)


def test_load_spec_keeps_plain_data(tmp_path: Path) -> None:
    assert load_spec(RPC_FIXTURE)["info"]["version"] == "2024-01-01"


def test_find_specs_skips_snapshots(tmp_path: Path) -> None:
    for rel in [
        "specs/b/y-2020-01-01.yaml",
        "specs/a/x-2020-01-01.yaml",
        "specs/snapshots/a/x.yaml",
        "specs/README.md",
    ]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("{}\n", encoding="utf-8")
    assert find_specs(tmp_path) == [tmp_path / "specs/a/x-2020-01-01.yaml", tmp_path / "specs/b/y-2020-01-01.yaml"]


def test_find_specs_defaults_to_the_repository() -> None:
    assert all(p.is_relative_to(REPO_ROOT / "specs") for p in find_specs())
    assert not any("snapshots" in p.parts for p in find_specs())


# ------------------------------------------------------------------------------------------------------------
# lenient responses, descriptions, titles


def test_response_enum(tmp_path: Path) -> None:
    problems = broken(tmp_path, lambda d: item(d)["properties"]["Status"].update(enum=["ready", "failed"]))
    assert found(problems) == [
        (
            f"{ITEM}/properties/Status/enum",
            "enum in a response schema: unknown values would fail parsing; list the values in the description",
        )
    ]


def test_response_date_time_on_a_string_is_a_timestamp(tmp_path: Path) -> None:
    assert found(broken(tmp_path, lambda d: item(d)["properties"]["CreateTime"].update(format="date-time"))) == []


def test_response_date_time_on_a_number(tmp_path: Path) -> None:
    def mutate(d: dict[str, Any]) -> None:
        item(d)["properties"]["CreateTime"].update(type="integer", format="date-time")
        item(d)["properties"]["CreateTime"].pop("example", None)

    problems = [p for p in found(broken(tmp_path, mutate)) if "example does not match" not in p[1]]
    assert problems == [
        (
            f"{ITEM}/properties/CreateTime/format",
            (
                "format: date-time on an integer response schema: mark a timestamp as `type: string, format: date-time` "
                "(it parses to a datetime, or stays the string)"
            ),
        )
    ]


def test_response_date(tmp_path: Path) -> None:
    problems = broken(tmp_path, lambda d: item(d)["properties"]["CreateTime"].update(format="date"))
    assert found(problems) == [
        (
            f"{ITEM}/properties/CreateTime/format",
            (
                "format: date on a string response schema: mark a timestamp as `type: string, format: date-time` "
                "(it parses to a datetime, or stays the string)"
            ),
        )
    ]


def test_response_required(tmp_path: Path) -> None:
    problems = broken(tmp_path, lambda d: item(d).update(required=["ItemId"]))
    assert found(problems) == [
        (f"{ITEM}/required", "required in a response schema: vendors omit fields, keep responses lenient")
    ]


def test_request_side_enum_and_required_are_allowed() -> None:
    # The fixture has an enum on the Kind parameter and `required` in the (error-only) AlibabaError schema.
    doc = load_spec(RPC_FIXTURE)
    assert rpc_op(doc)["parameters"][4]["schema"]["enum"] == ["image", "video"]
    assert doc["components"]["schemas"]["AlibabaError"]["required"] == ["Code"]
    assert check_document(doc) == []


def test_inline_response_object(tmp_path: Path) -> None:
    def mutate(doc: dict[str, Any]) -> None:
        item(doc)["properties"]["Owner"] = {
            "type": "object",
            "description": "The owner.",
            "properties": {"Name": {"type": "string", "description": "The name."}},
        }

    assert found(broken(tmp_path, mutate)) == [
        (
            f"{ITEM}/properties/Owner",
            "inline object in a response schema: make it a named component schema with a title",
        )
    ]


def test_component_title_must_match_name(tmp_path: Path) -> None:
    problems = broken(tmp_path, lambda d: item(d).update(title="Thing"))
    assert found(problems) == [(f"{ITEM}/title", "title 'Thing' differs from the component name 'Item'")]


def test_response_component_needs_a_title(tmp_path: Path) -> None:
    problems = broken(tmp_path, lambda d: item(d).pop("title"))
    assert found(problems) == [(ITEM, "response schema 'Item' has no title (expected 'Item')")]


def test_missing_property_description(tmp_path: Path) -> None:
    problems = broken(tmp_path, lambda d: item(d)["properties"]["Size"].pop("description"))
    assert found(problems) == [(f"{ITEM}/properties/Size", "property 'Size' has no description")]


def test_missing_parameter_description(tmp_path: Path) -> None:
    problems = broken(tmp_path, lambda d: rpc_op(d)["parameters"][2].pop("description"))
    assert found(problems) == [(f"{OP}/parameters/2", "parameter 'PageNo' has no description")]


def test_missing_request_body_property_description(tmp_path: Path) -> None:
    def mutate(doc: dict[str, Any]) -> None:
        doc["components"]["schemas"]["ScanFileRequest"]["properties"]["limit"].pop("description")

    assert found(broken(tmp_path, mutate, ROA_FIXTURE)) == [
        ("/components/schemas/ScanFileRequest/properties/limit", "property 'limit' has no description")
    ]


def test_ref_property_takes_the_description_of_its_target(tmp_path: Path) -> None:
    problems = broken(
        tmp_path, lambda d: d["components"]["schemas"]["ResponseMetadata"].pop("description"), VOLC_FIXTURE
    )
    assert found(problems) == [
        (
            "/components/schemas/CreateScanResponse/properties/ResponseMetadata",
            "property 'ResponseMetadata' has no description",
        ),
        (
            "/components/schemas/VolcengineErrorResponse/properties/ResponseMetadata",
            "property 'ResponseMetadata' has no description",
        ),
    ]


def test_missing_parameter_example(tmp_path: Path) -> None:
    problems = broken(tmp_path, lambda d: rpc_op(d)["parameters"][3].pop("example"))
    assert found(problems) == [(f"{OP}/parameters/3", "request parameter 'PageSize' has no example")]


def test_only_200_is_a_success_response(tmp_path: Path) -> None:
    problems = broken(tmp_path, lambda d: rpc_op(d)["responses"].update({"default": {"description": "Anything."}}))
    assert found(problems) == [
        (
            f"{OP}/responses/default",
            "response 'default': only '200' is a success response; declare errors per documented status",
        )
    ]


# ------------------------------------------------------------------------------------------------------------
# the command line


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], cwd=cwd, capture_output=True, text=True, timeout=120, check=False
    )


def test_cli_ok(tmp_path: Path) -> None:
    result = run_cli(str(RPC_FIXTURE), str(ROA_FIXTURE), str(VOLC_FIXTURE), cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == "3 spec(s) OK\n"


def test_cli_problems(tmp_path: Path) -> None:
    doc = load_spec(RPC_FIXTURE)
    rpc_op(doc)["x-cloudmedia"]["style"] = "rest"
    item(doc)["properties"]["Size"].pop("description")
    path = write_spec(tmp_path, doc)
    result = run_cli(str(path), str(ROA_FIXTURE), cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{path}#{ITEM}/properties/Size: property 'Size' has no description",
        f"{path}#{OP}/x-cloudmedia/style: style must be one of rpc, roa, volcengine, got 'rest'",
        "2 problem(s)",
    ]


def test_cli_missing_file(tmp_path: Path) -> None:
    result = run_cli(str(tmp_path / "nope.yaml"), cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.splitlines()[-1] == "1 problem(s)"
    assert "cannot read file" in result.stdout


def test_cli_default_runs_on_the_repository_specs(tmp_path: Path) -> None:
    result = run_cli(cwd=tmp_path)
    specs = find_specs()
    if not specs:
        assert result.returncode == 1
        return
    expected = validate_all(specs)
    assert result.returncode == (1 if expected else 0)
    last = result.stdout.splitlines()[-1]
    assert last == (f"{len(expected)} problem(s)" if expected else f"{len(specs)} spec(s) OK")


def test_a_pattern_python_cannot_compile_is_reported(tmp_path: Path) -> None:
    """The client enforces every pattern with Python's re (and refuses an operation whose pattern re cannot
    compile): a spec with an ECMA-262-only pattern is invalid."""

    def mutate(doc: dict[str, Any]) -> None:
        item(doc)["properties"]["Name"] = {"type": "string", "pattern": r"^\p{L}+$", "description": "d"}

    assert found(broken(tmp_path, mutate)) == [
        (f"{ITEM}/properties/Name/pattern", "invalid OpenAPI 3.1: '^\\\\p{L}+$' is not a 'regex'")
    ]
