"""JSON read within bounds: strict, and never deeper than `MAX_JSON_DEPTH`."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from itertools import chain
from typing import Any, NoReturn

MAX_JSON_DEPTH = 100
"""The deepest nesting of arrays and objects accepted (`[]` is depth 1)."""


class JSONError(ValueError):
    """A body that is not JSON this SDK accepts; `reason` says why, without the body."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _refuse_constant(name: str) -> NoReturn:
    raise JSONError(f"{name} is not a JSON number")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):  # 1e999: valid JSON, but no float holds it
        raise JSONError("a number too large for a float")
    return value


def parse_json(data: bytes) -> Any:
    """Parse UTF-8 JSON (a leading BOM allowed), refusing what strict JSON refuses and more.

    Refused with `JSONError`: bytes that are not UTF-8, NaN/Infinity, numbers that
    overflow a float, integers with more digits than Python converts, and nesting deeper
    than `MAX_JSON_DEPTH` (never a RecursionError, however deep).
    """
    try:
        text = bytes(data).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise JSONError(f"not UTF-8 (byte {exc.start} cannot be decoded)") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        value = json.loads(text, parse_constant=_refuse_constant, parse_float=_finite_float)
    except JSONError:
        raise
    except RecursionError:  # json's C scanner stops near the interpreter's recursion limit
        raise JSONError(f"nested deeper than {MAX_JSON_DEPTH} levels") from None
    except json.JSONDecodeError as exc:
        raise JSONError(f"not JSON ({exc.msg} at line {exc.lineno} column {exc.colno})") from None
    except ValueError:  # int(): more digits than sys.get_int_max_str_digits()
        raise JSONError("an integer with too many digits") from None
    if json_depth(value) > MAX_JSON_DEPTH:  # shallower than json's own recursion limit
        raise JSONError(f"nested deeper than {MAX_JSON_DEPTH} levels")
    return value


def json_depth(value: Any, stop_after: int = MAX_JSON_DEPTH) -> int:
    """How deeply parsed JSON nests (`[]` is 1, a scalar 0), counted up to `stop_after` + 1.

    Walked level by level, without recursion: each level is one pass in C over the
    containers' children, so 8 MiB of small objects costs a fraction of parsing them
    (a node-by-node walk cost twice the parse).
    """
    level = [value] if type(value) is dict or type(value) is list else []
    depth = 0
    while level and depth <= stop_after:
        depth += 1
        dicts = [node for node in level if type(node) is dict]
        if dicts:
            lists = (node for node in level if type(node) is list)
            children: Iterable[Any] = chain(
                chain.from_iterable(map(dict.values, dicts)), chain.from_iterable(lists)
            )
        else:
            children = chain.from_iterable(level)
        level = [child for child in children if type(child) is dict or type(child) is list]
    return depth
