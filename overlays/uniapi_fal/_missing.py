"""Results that leave out a field their document marks required: kept, not refused.

fal sometimes sends less than its document promises (a speech result without
`duration_ms`, a webhook payload without `timings`). The user paid for that result, so
it is parsed all the same: each field left out holds `MISSING`, a falsy sentinel, while
type checkers still see the documented type. `missing_fields(output)` names them. Only
a top-level field can be missing this way; a result that lacks a field deeper inside
is refused (its raw JSON stays in the journal).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Final, NoReturn

import attrs


class _Missing(Mapping[str, Any]):
    """A value fal did not send. Falsy, and an empty mapping and sequence, so that the
    generated `from_dict` passes it through a list or an object field unchanged."""

    _instance: _Missing | None = None

    def __new__(cls) -> _Missing:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "MISSING"

    def __bool__(self) -> bool:
        return False

    def __len__(self) -> int:
        return 0

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __getitem__(self, key: str) -> NoReturn:
        raise KeyError(key)

    def __reduce__(self) -> str:
        return "MISSING"


MISSING: Final = _Missing()
"""What a field holds when fal's answer left it out (`output.duration_ms is MISSING`)."""


def missing_fields(output: object) -> tuple[str, ...]:
    """The names of the fields fal's answer left out (empty for a complete output)."""
    cls: Any = type(output)
    if not attrs.has(cls):
        return ()
    return tuple(f.name for f in attrs.fields(cls) if getattr(output, f.name) is MISSING)


def tolerant_from_dict(cls: Any, data: Mapping[str, Any]) -> Any:
    """`cls.from_dict(data)`, with each required top-level field the answer left out
    holding `MISSING`; KeyError (or the parse's own error) when something deeper lacks,
    or when the answer has none of the model's fields (a result of another model)."""
    try:
        return cls.from_dict(data)  # a complete result: no copy, no field list
    except KeyError:
        pass
    names = {f.name for f in attrs.fields(cls)} if attrs.has(cls) else set()
    filled: dict[str, Any] = dict(data)
    left_out: list[str] = []
    while True:
        try:
            output = cls.from_dict(filled)
        except KeyError as exc:
            key = exc.args[0] if exc.args else None
            if not isinstance(key, str) or key in filled or _field(key, names) is None:
                raise
            if not any(_field(sent, names) for sent in data):
                raise  # nothing of this model at all: not a partial result of it
            filled[key] = MISSING
            left_out.append(key)
            continue
        for key in left_out:
            setattr(output, _field(key, names) or key, MISSING)
        return output


def _field(key: str, names: set[str]) -> str | None:
    """The attribute a JSON key becomes (the generator keeps names, or appends `_`)."""
    for name in (key, key + "_", key.replace("-", "_")):
        if name in names:
            return name
    return None
