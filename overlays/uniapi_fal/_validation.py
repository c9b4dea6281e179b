"""Input checked against the spec's JSON Schema before anything is sent.

The generated models enforce no constraint (`maximum`, `maxLength`, `enum`, ...), and a
bad `oneOf` value makes them raise a bare TypeError; jsonschema reports every problem,
and each becomes one readable line such as `cfg_scale: 1.5 > maximum 1`.
"""

from __future__ import annotations

import functools
import json
import zlib
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from ._exceptions import FieldError, InputValidationError

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError


INPUT_SCHEMA_SHARDS = 64
"""How many files the generator writes the Input schemas into (scripts/generate.py)."""


@functools.cache
def _shard(number: int) -> dict[str, Any]:
    """One generated file of Input schemas: `components` with its Inputs and all they
    reference (a few dozen Inputs, so a first call reads one small file)."""
    from importlib import resources  # ~1 ms, paid with jsonschema's tens on a first validation

    folder = resources.files("uniapi_fal_api").joinpath("input_schemas")
    document: dict[str, Any] = json.loads(folder.joinpath(f"{number:02d}.json").read_text("utf-8"))
    return document


@functools.cache
def input_schema(schema_name: str) -> dict[str, Any]:
    """One Input's JSON Schema document: `$ref` to it, and the `components` it resolves in."""
    shard = _shard(zlib.crc32(schema_name.encode()) % INPUT_SCHEMA_SHARDS)
    return {"$ref": f"#/components/schemas/{schema_name}", "components": shard["components"]}


def schema_of(document: dict[str, Any], name: str) -> dict[str, Any]:
    """A named schema of an `input_schema` document."""
    found: dict[str, Any] = document["components"]["schemas"][name]
    return found


@functools.cache
def _validator(schema_name: str) -> Draft202012Validator:
    # Imported here: jsonschema costs tens of milliseconds, paid on the first call only.
    from jsonschema import Draft202012Validator

    return Draft202012Validator(input_schema(schema_name))


def _path(parts: Iterable[str | int]) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _type_name(value: object) -> str:
    names = {bool: "boolean", int: "integer", float: "number", str: "string", list: "array"}
    if value is None:
        return "null"
    if isinstance(value, Mapping):
        return "object"
    return names.get(type(value), type(value).__name__)


def _messages(error: ValidationError) -> list[FieldError]:
    """One or more readable lines for one jsonschema error."""
    path = _path(error.absolute_path) or "(input)"
    # jsonschema's stubs type these as possibly unset; they are set on every error it yields.
    value: Any = error.instance
    limit: Any = error.validator_value
    schema: Any = error.schema
    kind = error.validator
    if kind == "required":
        present = value if isinstance(value, Mapping) else {}
        missing = [name for name in limit if name not in present]
        prefix = "" if path == "(input)" else path + "."
        return [FieldError(prefix + m, f"{prefix}{m}: required") for m in missing]
    if kind == "additionalProperties":
        allowed = list((schema.get("properties") or {}).keys())
        extras = [k for k in value if k not in allowed] if isinstance(value, Mapping) else []
        prefix = "" if path == "(input)" else path + "."
        found = []
        for name in extras:
            import difflib  # only for this message: not paid by `import uniapi_fal`

            close = difflib.get_close_matches(name, allowed, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else f" (known: {', '.join(allowed)})"
            found.append(FieldError(prefix + name, f"{prefix}{name}: unknown field{hint}"))
        return found
    text = {
        "maximum": lambda: f"{value!r} > maximum {limit!r}",
        "minimum": lambda: f"{value!r} < minimum {limit!r}",
        "exclusiveMaximum": lambda: f"{value!r} >= exclusiveMaximum {limit!r}",
        "exclusiveMinimum": lambda: f"{value!r} <= exclusiveMinimum {limit!r}",
        "maxLength": lambda: f"length {len(value)} > maxLength {limit}",
        "minLength": lambda: f"length {len(value)} < minLength {limit}",
        "maxItems": lambda: f"{len(value)} items > maxItems {limit}",
        "minItems": lambda: f"{len(value)} items < minItems {limit}",
        "enum": lambda: f"{value!r} is not one of {', '.join(repr(v) for v in limit)}",
        "type": lambda: f"expected {limit}, got {_type_name(value)} {value!r}",
        "oneOf": lambda: f"{value!r} matches none of: {_alternatives(error, path)}",
        "anyOf": lambda: f"{value!r} matches none of: {_alternatives(error, path)}",
    }.get(str(kind))
    return [FieldError(path, f"{path}: {text() if text else error.message}")]


def _alternatives(error: ValidationError, path: str) -> str:
    """Why each branch of a oneOf/anyOf failed, without repeating the field name.

    A branch of the wrong type says only that, not also its enum or bounds.
    """
    branches: dict[object, list[ValidationError]] = {}
    for sub in error.context or ():
        branches.setdefault(sub.schema_path[0], []).append(sub)
    reasons = set()
    for subs in branches.values():
        wrong_type = [e for e in subs if e.validator == "type" and not e.relative_path]
        for sub in wrong_type or subs:
            for m in _messages(sub):
                reasons.add(m.message.removeprefix(path + ": ").removeprefix(path + "."))
    return "; ".join(sorted(reasons))


def validate_input(endpoint: str, schema_name: str, body: object) -> None:
    """Raise InputValidationError listing every problem of `body`, or return."""
    validate_with(_validator(schema_name), endpoint, body)


def validate_with(validator: Draft202012Validator, endpoint: str, body: object) -> None:
    """`validate_input` against any Input schema (fal's own document, at run time)."""
    if not isinstance(body, Mapping):
        raise InputValidationError(
            endpoint, [FieldError("(input)", f"(input): expected object, got {_type_name(body)}")]
        )
    errors = sorted(validator.iter_errors(body), key=lambda e: list(map(str, e.path)))
    problems = [m for e in errors for m in _messages(e)]
    if problems:
        raise InputValidationError(endpoint, problems)
