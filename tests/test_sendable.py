"""`uniapi_fal._sendable`: what may go on the wire, checked before journaling or sending.

The properties tie the checker to the encoder: a body is refused by `encode_body`
exactly when `sendable_problems` names a problem, a bad value planted anywhere is named
at its own path, and whatever is encoded is strict JSON that `parse_json` reads back.
"""

from __future__ import annotations

import json
import math
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from uniapi_fal._exceptions import FieldError
from uniapi_fal._jsonread import MAX_JSON_DEPTH, parse_json
from uniapi_fal._sendable import MAX_PROBLEMS, UnsendableBody, encode_body, sendable_problems


def messages(body: object) -> list[str]:
    return [problem.message for problem in sendable_problems(body)]


def test_a_good_body_has_no_problems_and_encodes_compactly() -> None:
    body = {
        "prompt": "a fox é 🦊",
        "image_size": {"width": 1024, "height": 768},
        "seed": None,
        "sync": True,
        "guidance": 3.5,
        "loras": [{"path": "x", "scale": 1}],
        "t": (1, 2),
    }
    assert sendable_problems(body) == []
    encoded = encode_body(body)
    assert encoded == json.dumps(
        {**body, "t": [1, 2]}, ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")
    assert b" " not in encoded.replace(b"a fox \xc3\xa9 ", b"")  # compact
    assert "é 🦊".encode() in encoded  # UTF-8, not \\u escapes
    assert parse_json(encoded) == {**body, "t": [1, 2]}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            {"image_size": {"width": math.nan}},
            ["image_size.width: NaN is not a number JSON can carry"],
        ),
        ({"scale": [1.0, math.inf]}, ["scale[1]: inf (infinity) is not a number JSON can carry"]),
        ({"s": -math.inf}, ["s: -inf (infinity) is not a number JSON can carry"]),
        (math.nan, ["(input): NaN is not a number JSON can carry"]),
        (
            {"prompt": "ab\ud800c"},
            ["prompt: text has a lone surrogate (U+D800) at position 2, which UTF-8 cannot encode"],
        ),
        ({"a\udfffb": 1}, ["a\\udfffb: this key has a lone surrogate, which UTF-8 cannot encode"]),
        ({"x": {1: "a"}}, ["x: key 1 has type int; JSON keys are str"]),
        ({("t", "u"): "a"}, ["(input): key ('t', 'u') has type tuple; JSON keys are str"]),
        ({None: 1}, ["(input): key None has type NoneType; JSON keys are str"]),
        (
            {"image": b"\x89PNG"},
            ["image: a bytes cannot be sent as JSON: use a str, number, bool, None, list or dict"],
        ),
        (
            {"files": [Path("/tmp/x.png")]},
            [
                "files[0]: a PosixPath cannot be sent as JSON: use a "
                "str, number, bool, None, list or dict"
            ],
        ),
        (
            {"tags": {"a", "b"}},
            ["tags: a set cannot be sent as JSON: use a str, number, bool, None, list or dict"],
        ),
        (
            {"n": 10**5000},
            [
                f"n: an integer with more than {sys.get_int_max_str_digits()} digits "
                "cannot be written as JSON"
            ],
        ),
    ],
)
def test_each_problem_is_named_at_its_path(body: object, expected: list[str]) -> None:
    assert messages(body) == expected
    with pytest.raises(UnsendableBody) as info:
        encode_body(body)
    assert isinstance(info.value, ValueError)
    assert [p.message for p in info.value.problems] == expected
    assert str(info.value) == "; ".join(expected)


def test_the_field_path_matches_the_schema_validation_style() -> None:
    [problem] = sendable_problems({"loras": [{"scale": math.nan}]})
    assert problem == FieldError(
        "loras[0].scale", "loras[0].scale: NaN is not a number JSON can carry"
    )
    [root] = sendable_problems([math.inf])
    assert root.path == "[0]"


def test_problems_come_in_a_stable_order_each_containers_values_first() -> None:
    body = {"a": math.nan, "b": {"c": "\ud800", "d": [math.inf, {2: 3}]}, "e": object()}
    assert [p.path for p in sendable_problems(body)] == ["a", "e", "b.c", "b.d[0]", "b.d[1]"]
    siblings = {"x": [math.nan], "y": [math.nan], "z": {"w": math.inf}}
    assert [p.path for p in sendable_problems(siblings)] == ["x[0]", "y[0]", "z.w"]


def nest(depth: int) -> Any:
    value: Any = []
    for _ in range(depth - 1):
        value = [value]
    return value


def test_nesting_up_to_the_limit_is_sendable_and_one_deeper_is_not() -> None:
    assert sendable_problems(nest(MAX_JSON_DEPTH)) == []
    assert sendable_problems({"a": nest(MAX_JSON_DEPTH - 1)}) == []
    parse_json(encode_body(nest(MAX_JSON_DEPTH)))  # the same limit both ways
    [problem] = sendable_problems({"a": nest(MAX_JSON_DEPTH)})
    assert problem.path == "a" + "[0]" * (MAX_JSON_DEPTH - 1)  # the 101st level
    assert problem.message.endswith("nested deeper than 100 levels (or it contains itself)")


def test_very_deep_or_self_containing_bodies_end_quickly() -> None:
    started = time.perf_counter()
    assert len(sendable_problems(nest(200_000))) == 1
    loop: list[Any] = []
    loop.append(loop)
    assert len(sendable_problems({"loop": loop})) == 1
    with pytest.raises(UnsendableBody, match="contains itself"):
        encode_body(loop)
    assert time.perf_counter() - started < 2.0


def test_a_flood_of_problems_is_cut_short() -> None:
    problems = sendable_problems([math.nan] * 10_000)
    assert len(problems) == MAX_PROBLEMS + 1
    assert problems[-1].message == "(input): more problems, not listed after the first 50"


def test_a_large_clean_body_is_checked_quickly() -> None:
    body = {
        "items": [{"n": i, "x": 0.5, "s": "é" * 20} for i in range(100_000)],
        "image": "data:image/png;base64," + "A" * 8_000_000,
    }
    started = time.perf_counter()
    assert sendable_problems(body) == []
    assert time.perf_counter() - started < 3.0


# ---------------------------------------------------------------------- properties

good_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text().filter(lambda s: not any("\ud800" <= c <= "\udfff" for c in s))
)
good_values = st.recursive(
    good_scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=6), children, max_size=4)
    ),
    max_leaves=30,
)
bad_values = st.sampled_from(
    [
        math.nan,
        math.inf,
        -math.inf,
        "x\udc80",
        b"bytes",
        {1, 2},
        object(),
        Path("p"),
        {3: "int key"},
        nest(MAX_JSON_DEPTH + 1),
    ]
)
any_values = st.recursive(
    good_scalars | bad_values | st.characters(categories=["Cs"]),
    lambda children: (
        st.lists(children, max_size=4)
        | st.tuples(children, children)
        | st.dictionaries(st.text(max_size=4) | st.integers() | st.none(), children, max_size=4)
    ),
    max_leaves=20,
)


@given(good_values)
def test_json_data_is_always_sendable_and_reads_back(value: Any) -> None:
    assert sendable_problems(value) == []
    assert parse_json(encode_body(value)) == value


@given(any_values)
def test_encode_body_fails_exactly_when_a_problem_is_named(value: Any) -> None:
    problems = sendable_problems(value)
    try:
        encoded = encode_body(value)
    except UnsendableBody as exc:
        assert list(exc.problems) == problems != []
        return
    assert problems == []
    parse_json(encoded)  # strict JSON: no NaN, valid UTF-8, not too deep


@given(good_values, st.lists(st.integers(min_value=0), max_size=6), bad_values)
def test_a_bad_value_planted_anywhere_is_named_at_its_path(
    value: Any, route: list[int], bad: Any
) -> None:
    # Walk down `route` through the containers of `value`, then plant `bad` there.
    root: Any = {"root": value}
    parent: Any = root
    slot: Any = "root"
    path: list[str | int] = ["root"]
    for step in route:
        child = parent[slot]
        if isinstance(child, list) and child:
            parent, slot = child, step % len(child)
        elif isinstance(child, dict) and child:
            parent, slot = child, sorted(child)[step % len(child)]
        else:
            break
        path.append(slot)
    parent[slot] = bad
    shown = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)[1:]
    paths = [p.path for p in sendable_problems(root)]
    assert len(paths) == 1
    assert paths[0].startswith(shown)
