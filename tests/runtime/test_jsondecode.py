"""Response bodies decode to exactly what json.loads gives: large ones with msgspec, including what msgspec refuses,
and small ones with json.loads."""

from __future__ import annotations

import json
import math

import pytest
from cloudmedia._runtime import jsondecode
from cloudmedia._runtime.jsondecode import LARGE, loads
from hypothesis import given
from hypothesis import strategies as st

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(), children, max_size=5),
    max_leaves=30,
)


def large(body: bytes) -> bytes:
    """``body`` padded with trailing whitespace to the size decoded by msgspec."""
    return body + b" " * LARGE


@given(JSON)
def test_any_json_value_decodes_as_json_loads_does(value: object) -> None:
    body = json.dumps(value, ensure_ascii=False).encode("utf-8")
    assert loads(body) == json.loads(body)
    assert loads(large(body)) == json.loads(body)
    ascii_body = json.dumps(value).encode()  # \\uXXXX escapes, surrogate pairs
    assert loads(large(ascii_body)) == json.loads(ascii_body)


def test_large_bodies_use_msgspec() -> None:
    loads(large(b"{}"))
    assert jsondecode._fast is not None


@pytest.mark.parametrize(
    "body",
    [
        b'{"Size": 123456789012345678901234567890, "Neg": -9223372036854775809}',  # beyond 64 bits: exact ints
        b'{"Score": NaN, "Max": Infinity, "Min": -Infinity}',
        b'{"Big": 1e400}',
        b'{"Lone": "\\ud800"}',
        b"\xef\xbb\xbf" + b'{"bom": true}',
        b"[" * 500 + b"]" * 500,
        b'{"a": 1, "a": 2}',
        '{"名": "值", "f": 0.1, "g": 1.7976931348623157e308, "h": 5e-324}'.encode(),
    ],
)
def test_what_msgspec_refuses_decodes_as_json_loads_does(body: bytes) -> None:
    expected = json.loads(body)
    for got in (loads(body), loads(large(body))):
        if isinstance(expected, dict) and "Score" in expected:
            assert math.isnan(got["Score"]) and got["Max"] == math.inf and got["Min"] == -math.inf
        else:
            assert got == expected
            assert type(got) is type(expected)
    if isinstance(expected, dict) and "Size" in expected:
        assert type(loads(large(body))["Size"]) is int


@pytest.mark.parametrize(
    ("body", "error"),
    [
        (b'{"a": ', json.JSONDecodeError),
        (b'{"a": "\xff"}', UnicodeDecodeError),
        (b"", json.JSONDecodeError),
        (b'{"a": 1} trailing', json.JSONDecodeError),
        (b"[" * 5000 + b"]" * 5000, RecursionError),
    ],
)
def test_invalid_bodies_raise_what_json_loads_raises(body: bytes, error: type[Exception]) -> None:
    with pytest.raises(error):
        loads(body)
    with pytest.raises(error):
        loads(large(body))
