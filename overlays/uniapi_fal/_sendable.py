"""What may go on the wire: checked before a journal row is written or a byte is sent.

JSON Schema validation passes NaN in a number field, a lone surrogate, a non-str key or
nesting a thousand deep, and each then fails untyped while encoding, after a SUBMITTING
row was journaled for a request never sent. Checking the body itself first gives one
readable line per problem, in the same `path: why` style as the schema validation.
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections.abc import Iterable, Sequence
from typing import Any, cast

from ._exceptions import FieldError
from ._jsonread import MAX_JSON_DEPTH
from ._validation import _path

MAX_PROBLEMS = 50
"""More problems than this are summed up in one last line."""

_SURROGATE = re.compile("[\ud800-\udfff]")
_INT_BITS_CHECKED = 10_000
"""Integers shorter than this (about 3,000 digits) always convert to text."""

_Part = str | int


class UnsendableBody(ValueError):
    """The body cannot be encoded as JSON; `problems` lists why, one item per field."""

    def __init__(self, problems: Sequence[FieldError]) -> None:
        self.problems: tuple[FieldError, ...] = tuple(problems)
        super().__init__("; ".join(problem.message for problem in self.problems))


def _shown(parts: tuple[_Part, ...]) -> str:
    return _path(parts) or "(input)"


def _printable_key(key: str) -> str:
    """A key as it can be shown: lone surrogates as `\\udxxx` escapes."""
    return key.encode("utf-8", "backslashreplace").decode("utf-8")


def _short_repr(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _scalar_problem(value: object) -> str | None:
    """Why one non-container value cannot be sent, or None."""
    if isinstance(value, str):
        if value.isascii():
            return None
        found = _SURROGATE.search(value)
        if found is None:
            return None
        return (
            f"text has a lone surrogate (U+{ord(found.group()):04X}) at position "
            f"{found.start()}, which UTF-8 cannot encode"
        )
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        if value.bit_length() > _INT_BITS_CHECKED:
            try:
                str(value)
            except ValueError:
                return (
                    f"an integer with more than {sys.get_int_max_str_digits()} digits "
                    "cannot be written as JSON"
                )
        return None
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN is not a number JSON can carry"
        if math.isinf(value):
            return f"{value!r} (infinity) is not a number JSON can carry"
        return None
    return (
        f"a {type(value).__name__} cannot be sent as JSON: use a str, number, bool, None, "
        "list or dict"
    )


def sendable_problems(body: object) -> list[FieldError]:
    """Every reason `body` cannot be sent as strict JSON, one `FieldError` per field.

    Refused: NaN and infinities, strings with lone surrogates, dict keys that are not
    str, nesting deeper than `MAX_JSON_DEPTH`, and values of other types (the client has
    already turned `Path` values into data URIs). Walked without recursion.
    """
    problems: list[FieldError] = []

    def report(parts: tuple[_Part, ...], why: str) -> bool:
        """Record one problem; False once there are too many to list."""
        if len(problems) >= MAX_PROBLEMS:
            more = f"(input): more problems, not listed after the first {MAX_PROBLEMS}"
            problems.append(FieldError("(input)", more))
            return False
        path = _shown(parts)
        problems.append(FieldError(path, f"{path}: {why}"))
        return True

    if not isinstance(body, dict | list | tuple):
        why = _scalar_problem(body)
        if why is not None:
            report((), why)
        return problems
    # Only containers are stacked; scalars are checked where they sit, and a path is
    # built only for a problem, so a list of a million numbers costs no tuples.
    stack: list[tuple[dict[object, object] | list[object] | tuple[object, ...], tuple[_Part, ...]]]
    stack = [(body, ())]
    while stack:
        value, parts = stack.pop()
        if len(parts) >= MAX_JSON_DEPTH:
            why = f"nested deeper than {MAX_JSON_DEPTH} levels (or it contains itself)"
            if not report(parts, why):
                return problems
            continue
        nested: list[tuple[Any, tuple[_Part, ...]]] = []
        items: Iterable[tuple[object, object]] = (
            value.items() if isinstance(value, dict) else enumerate(value)
        )
        for key, child in items:
            part: _Part
            if isinstance(value, dict):
                if not isinstance(key, str):
                    why = f"key {_short_repr(key)} has type {type(key).__name__}; JSON keys are str"
                    if not report(parts, why):
                        return problems
                    continue
                part = key if key.isascii() else _printable_key(key)
                if part != key:
                    why = "this key has a lone surrogate, which UTF-8 cannot encode"
                    if not report((*parts, part), why):
                        return problems
            else:
                part = cast(int, key)
            if isinstance(child, dict | list | tuple):
                nested.append((child, (*parts, part)))
                continue
            why = _scalar_problem(child)
            if why is not None and not report((*parts, part), why):
                return problems
        stack.extend(reversed(nested))  # nested containers in document order
    return problems


def encode_body(body: object) -> bytes:
    """`body` as compact UTF-8 JSON; `UnsendableBody` (a ValueError) listing every problem
    `sendable_problems` finds, before any encoding is tried."""
    problems = sendable_problems(body)
    if problems:
        raise UnsendableBody(problems)
    text = json.dumps(body, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return text.encode("utf-8")
