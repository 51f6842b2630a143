"""Client-side parameter validation: every rule, its message, and its cost."""

from __future__ import annotations

import math

import pytest
from cloudmedia._runtime import validation
from cloudmedia._runtime.errors import ParamValidationError
from cloudmedia._runtime.model import BODY, QUERY, RPC, OperationModel, ParamModel
from cloudmedia._runtime.validation import validate_params
from hypothesis import given
from hypothesis import strategies as st


def param(wire: str, python: str, schema: dict, required: bool = False, location: str = QUERY) -> ParamModel:
    return ParamModel(wire=wire, python=python, location=location, required=required, schema=schema)


def operation(*params: ParamModel, name: str = "BatchGetFileMeta") -> OperationModel:
    return OperationModel(
        name=name,
        action=name,
        style=RPC,
        method="POST",
        path="/",
        idempotent=True,
        params=params,
        python_name="batch_get_file_meta",
    )


BATCH = operation(
    param("Action", "action", {"type": "string", "const": "BatchGetFileMeta", "default": "BatchGetFileMeta"}, True),
    param("ProjectName", "project_name", {"type": "string", "minLength": 1, "maxLength": 10}, True),
    param(
        "URIs",
        "uris",
        {"type": "array", "minItems": 1, "maxItems": 100, "items": {"type": "string", "minLength": 6, "maxLength": 40}},
        True,
    ),
    param("Limit", "limit", {"type": "integer", "minimum": 1, "maximum": 100}),
    param("Ratio", "ratio", {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1}),
    param("Recursive", "recursive", {"type": "boolean"}),
    param("Order", "order", {"type": "string", "enum": ["asc", "desc"]}),
    param("Level", "level", {"type": "integer", "enum": [1, 2, 3]}),
    param("Code", "code", {"type": "string", "pattern": "^[a-z][a-z0-9-]*$"}),
    param(
        "Meta",
        "meta",
        {
            "type": "object",
            "required": ["Key"],
            "properties": {"Key": {"type": "string", "maxLength": 3}, "Size": {"type": "integer", "minimum": 0}},
        },
    ),
    param("Step", "step", {"type": "integer", "multipleOf": 5}),
    param("Mixed", "mixed", {"type": ["string", "integer"]}),
    param("Loose", "loose", {}),
)

GOOD = {"Action": "BatchGetFileMeta", "ProjectName": "proj", "URIs": ["oss://bucket/a.jpg"]}


def check(**overrides):
    values = {**GOOD, **overrides}
    validate_params(BATCH, values)


def fails(rule: str, **overrides) -> ParamValidationError:
    with pytest.raises(ParamValidationError) as info:
        check(**overrides)
    assert info.value.rule == rule, str(info.value)
    return info.value


# -------------------------------------------------------------------------------------------------- success


def test_valid_values_pass():
    check(
        Limit=100,
        Ratio=0.5,
        Recursive=False,
        Order="desc",
        Level=2,
        Code="abc-1",
        Meta={"Key": "k", "Size": 0},
        Step=15,
        Mixed=3,
        Loose=object(),
    )


def test_absent_and_none_optional_values_are_not_checked():
    check(Limit=None, Order=None)


def test_unknown_keys_are_ignored():
    check(Unrelated="whatever")


# ------------------------------------------------------------------------------------------------- required


def test_missing_required():
    values = dict(GOOD)
    del values["URIs"]
    with pytest.raises(ParamValidationError) as info:
        validate_params(BATCH, values)
    err = info.value
    assert str(err) == "BatchGetFileMeta: parameter 'uris' (URIs) is required"
    assert (err.operation, err.parameter, err.wire_name, err.rule, err.value) == (
        "BatchGetFileMeta",
        "uris",
        "URIs",
        "required",
        None,
    )


def test_required_none_counts_as_missing():
    assert (
        str(fails("required", ProjectName=None))
        == "BatchGetFileMeta: parameter 'project_name' (ProjectName) is required"
    )


def test_same_python_and_wire_name_is_shown_once():
    op = operation(param("drive_id", "drive_id", {"type": "string"}, True, BODY), name="ScanFile")
    with pytest.raises(ParamValidationError) as info:
        validate_params(op, {})
    assert str(info.value) == "ScanFile: parameter 'drive_id' is required"


# ----------------------------------------------------------------------------------------------------- types


@pytest.mark.parametrize(
    ("wire", "value", "message"),
    [
        ("ProjectName", 5, "parameter 'project_name' (ProjectName) must be a string; got int 5"),
        ("Limit", "10", "parameter 'limit' (Limit) must be an integer; got str '10'"),
        ("Limit", True, "parameter 'limit' (Limit) must be an integer; got bool True"),
        ("Limit", 10.0, "parameter 'limit' (Limit) must be an integer; got float 10.0"),
        ("Ratio", "0.5", "parameter 'ratio' (Ratio) must be a finite number; got str '0.5'"),
        ("Ratio", False, "parameter 'ratio' (Ratio) must be a finite number; got bool False"),
        ("Ratio", math.nan, "parameter 'ratio' (Ratio) must be a finite number; got float nan"),
        ("Recursive", 1, "parameter 'recursive' (Recursive) must be a boolean; got int 1"),
        ("URIs", "oss://bucket/a.jpg", "parameter 'uris' (URIs) must be a list; got str 'oss://bucket/a.jpg'"),
        ("Meta", ["Key"], "parameter 'meta' (Meta) must be a mapping; got list ['Key']"),
        ("Mixed", 1.5, "parameter 'mixed' (Mixed) must be a string or an integer; got float 1.5"),
    ],
)
def test_wrong_type(wire, value, message):
    err = fails("type", **{wire: value})
    assert str(err) == f"BatchGetFileMeta: {message}"
    assert err.value is value


def test_numbers_accept_ints_and_arrays_accept_tuples():
    check(Ratio=0.25, URIs=("oss://bucket/a.jpg",))
    check(Mixed="text")


# ---------------------------------------------------------------------------------------------------- strings


def test_min_length():
    err = fails("minLength", ProjectName="")
    assert (
        str(err)
        == "BatchGetFileMeta: parameter 'project_name' (ProjectName) must be at least 1 character long; got 0 characters"
    )


def test_max_length_counts_characters_not_bytes():
    check(ProjectName="é" * 10)  # 20 UTF-8 bytes, 10 characters
    check(ProjectName="🚀" * 10)
    err = fails("maxLength", ProjectName="abcdefghijk")
    assert str(err).endswith("must be at most 10 characters long; got 11 characters")
    assert err.value == "abcdefghijk"


def test_pattern():
    err = fails("pattern", Code="Bad_Code")
    assert (
        str(err)
        == "BatchGetFileMeta: parameter 'code' (Code) must match the pattern '^[a-z][a-z0-9-]*$'; got 'Bad_Code'"
    )


# ---------------------------------------------------------------------------------------------------- numbers


def test_minimum_and_maximum():
    assert str(fails("minimum", Limit=0)).endswith("parameter 'limit' (Limit) must be >= 1; got 0")
    assert str(fails("maximum", Limit=101)).endswith("parameter 'limit' (Limit) must be <= 100; got 101")
    check(Limit=1)
    check(Limit=100)


def test_exclusive_bounds():
    assert str(fails("exclusiveMinimum", Ratio=0)).endswith("must be > 0; got 0")
    assert str(fails("exclusiveMaximum", Ratio=1.0)).endswith("must be < 1; got 1.0")
    check(Ratio=0.999)


def test_openapi_30_boolean_exclusive_bounds():
    op = operation(
        param(
            "N",
            "n",
            {"type": "integer", "minimum": 0, "exclusiveMinimum": True, "maximum": 9, "exclusiveMaximum": True},
        )
    )
    validate_params(op, {"N": 1})
    for bad, rule in ((0, "exclusiveMinimum"), (9, "exclusiveMaximum")):
        with pytest.raises(ParamValidationError) as info:
            validate_params(op, {"N": bad})
        assert info.value.rule == rule


def test_multiple_of():
    assert str(fails("multipleOf", Step=7)).endswith("must be a multiple of 5; got 7")
    op = operation(param("F", "f", {"type": "number", "multipleOf": 0.1}))
    validate_params(op, {"F": 0.3})  # float arithmetic tolerance
    with pytest.raises(ParamValidationError):
        validate_params(op, {"F": 0.35})


# ---------------------------------------------------------------------------------------------- enum / const


def test_enum():
    err = fails("enum", Order="ASC")
    assert str(err) == "BatchGetFileMeta: parameter 'order' (Order) must be one of 'asc', 'desc'; got 'ASC'"


def test_integer_enum_does_not_accept_bool():
    check(Level=1)
    assert fails("type", Level=True).rule == "type"
    assert str(fails("enum", Level=4)).endswith("must be one of 1, 2, 3; got 4")


def test_enum_without_type_distinguishes_bool_from_int():
    op = operation(param("E", "e", {"enum": [1, "x"]}))
    validate_params(op, {"E": 1})
    with pytest.raises(ParamValidationError) as info:
        validate_params(op, {"E": True})
    assert info.value.rule == "enum"


def test_const():
    err = fails("const", Action="ListFiles")
    assert str(err) == "BatchGetFileMeta: parameter 'action' (Action) must be 'BatchGetFileMeta'; got 'ListFiles'"


# ----------------------------------------------------------------------------------------------------- arrays


def test_max_items_message_from_the_spec():
    uris = [f"oss://bucket/{i:04d}.jpg" for i in range(101)]
    err = fails("maxItems", URIs=uris)
    assert str(err) == "BatchGetFileMeta: parameter 'uris' (URIs) must have at most 100 items; got 101 items"
    assert err.value == uris
    check(URIs=uris[:100])


def test_min_items():
    assert str(fails("minItems", URIs=[])).endswith("parameter 'uris' (URIs) must have at least 1 item; got 0 items")


def test_array_items_report_the_index():
    uris = ["oss://bucket/a.jpg"] * 3 + [42]
    err = fails("type", URIs=uris)
    assert (err.parameter, err.wire_name, err.value) == ("uris[3]", "URIs[3]", 42)
    assert str(err) == "BatchGetFileMeta: parameter 'uris[3]' (URIs[3]) must be a string; got int 42"


def test_array_item_limits_report_the_index():
    err = fails("minLength", URIs=["oss://bucket/a.jpg", "oss:/"])
    assert (
        str(err)
        == "BatchGetFileMeta: parameter 'uris[1]' (URIs[1]) must be at least 6 characters long; got 5 characters"
    )
    err = fails("maxLength", URIs=["oss://bucket/" + "x" * 40])
    assert err.parameter == "uris[0]"


def test_none_inside_an_array_is_a_type_error():
    assert fails("type", URIs=[None]).parameter == "uris[0]"


def test_nested_arrays():
    op = operation(
        param("M", "m", {"type": "array", "items": {"type": "array", "items": {"type": "integer", "maximum": 9}}})
    )
    validate_params(op, {"M": [[1, 2], [3]]})
    with pytest.raises(ParamValidationError) as info:
        validate_params(op, {"M": [[1], [2, 10]]})
    assert info.value.parameter == "m[1][1]" and info.value.rule == "maximum"


# ---------------------------------------------------------------------------------------------------- objects


def test_object_properties_and_required():
    err = fails("required", Meta={"Size": 1})
    assert str(err) == "BatchGetFileMeta: parameter 'meta.Key' (Meta.Key) is required"
    err = fails("maxLength", Meta={"Key": "long"})
    assert err.parameter == "meta.Key"
    err = fails("minimum", Meta={"Key": "k", "Size": -1})
    assert err.wire_name == "Meta.Size"


def test_additional_properties_false():
    op = operation(
        param("O", "o", {"type": "object", "properties": {"A": {"type": "string"}}, "additionalProperties": False})
    )
    validate_params(op, {"O": {"A": "x"}})
    with pytest.raises(ParamValidationError) as info:
        validate_params(op, {"O": {"A": "x", "B": 1}})
    assert info.value.rule == "additionalProperties" and info.value.parameter == "o.B"


# ------------------------------------------------------------------------------------------------ messages


def test_long_values_are_shortened_in_the_message():
    value = "Z" * 5000
    err = fails("pattern", Code=value)
    assert err.value == value  # the attribute keeps the whole value
    assert len(str(err)) < 200
    assert "..." in str(err)


def test_error_is_a_value_error():
    with pytest.raises(ValueError):
        check(Limit=0)


def test_a_pattern_python_cannot_compile_is_an_error_not_a_skip():
    op = operation(param("P", "p", {"type": "string", "pattern": r"^\p{L}+$"}))
    with pytest.raises(validation.UnsupportedPatternError) as info:
        validate_params(op, {"P": "abc"})
    assert "BatchGetFileMeta: parameter 'p' (P): pattern " in str(info.value)
    assert "cannot be enforced: Python's re does not compile it" in str(info.value)
    nested = operation(param("L", "l", {"type": "array", "items": {"type": "string", "pattern": "[unclosed"}}))
    with pytest.raises(validation.UnsupportedPatternError):
        validate_params(nested, {"L": ["x"]})


def test_a_pattern_is_enforced_wherever_it_is():
    op = operation(param("L", "l", {"type": "array", "items": {"type": "string", "pattern": "^oss://"}}))
    validate_params(op, {"L": ["oss://b/k"]})
    with pytest.raises(ParamValidationError) as info:
        validate_params(op, {"L": ["oss://b/k", "http://x"]})
    assert (info.value.rule, info.value.parameter) == ("pattern", "l[1]")


# --------------------------------------------------------------------------------------------- compile cache


def test_each_operation_is_compiled_once(monkeypatch):
    validation.clear_cache()
    calls = []
    real = validation.compile_operation

    def counting(op):
        calls.append(op)
        return real(op)

    monkeypatch.setattr(validation, "compile_operation", counting)
    for _ in range(50):
        validate_params(BATCH, GOOD)
    assert calls == [BATCH]
    twin = operation(*BATCH.params)  # equal, but a different object: compiled on its own
    validate_params(twin, GOOD)
    assert len(calls) == 2 and calls[1] is twin


# ------------------------------------------------------------------------------------------------ properties


@given(st.integers(min_value=-1000, max_value=1000))
def test_integer_bounds_property(n):
    op = operation(param("Limit", "limit", {"type": "integer", "minimum": 1, "maximum": 100}))
    if 1 <= n <= 100:
        validate_params(op, {"Limit": n})
    else:
        with pytest.raises(ParamValidationError) as info:
            validate_params(op, {"Limit": n})
        assert info.value.rule == ("minimum" if n < 1 else "maximum")


@given(st.lists(st.text(max_size=50), max_size=120))
def test_array_property(items):
    op = operation(
        param(
            "URIs",
            "uris",
            {
                "type": "array",
                "minItems": 1,
                "maxItems": 100,
                "items": {"type": "string", "minLength": 1, "maxLength": 40},
            },
        )
    )
    ok = 1 <= len(items) <= 100 and all(1 <= len(s) <= 40 for s in items)
    if ok:
        validate_params(op, {"URIs": items})
    else:
        with pytest.raises(ParamValidationError):
            validate_params(op, {"URIs": items})
