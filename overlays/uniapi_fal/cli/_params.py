"""`-p key=value` and `--input FILE.json` into an input dict, typed by the spec's schema.

A value is converted by the type the schema gives its field (integer, number, boolean,
object or array as JSON, else text); `@path` is a local file, sent as a data URI. For an
endpoint the spec does not know, a value is JSON where it parses as JSON (`5`, `true`,
`{"a": 1}`), else text.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .._exceptions import FieldError, InputValidationError
from .._registry import endpoint_info, known
from .._validation import input_schema, schema_of

_TRUE = {"true", "1", "yes", "y", "on"}
_FALSE = {"false", "0", "no", "n", "off"}


def input_document(endpoint: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """An endpoint's Input schema and the document its `$ref`s point into."""
    name = endpoint_info(endpoint).input_schema
    document = input_schema(name)
    return schema_of(document, name), document


def _types(schema: dict[str, Any], document: dict[str, Any]) -> list[str]:
    """The JSON types a field accepts, in the order the schema lists them."""
    if "$ref" in schema:
        return _types(schema_of(document, schema["$ref"].rsplit("/", 1)[1]), document)
    found: list[str] = []
    for option in schema.get("oneOf", []) + schema.get("anyOf", []):
        found += _types(option, document)
    kind = schema.get("type")
    if isinstance(kind, list):
        found += [k for k in kind if k != "null"]
    elif isinstance(kind, str):
        found.append(kind)
    return found or ["string"]


def convert_untyped(raw: str) -> Any:
    """A `-p` value for an endpoint with no schema: JSON where it parses, else text."""
    if raw.startswith("@"):
        return Path(raw[1:]).expanduser()
    try:
        return json.loads(raw)
    except json.JSONDecodeError:
        return raw


def convert(name: str, raw: str, schema: dict[str, Any] | None, document: dict[str, Any]) -> Any:
    """One `-p` value as the field's type; raises ValueError saying what was expected."""
    if raw.startswith("@"):
        return Path(raw[1:]).expanduser()
    types = _types(schema, document) if schema is not None else ["string"]
    if raw[:1] in "{[" and ("object" in types or "array" in types):
        return json.loads(raw)
    for kind in types:
        if kind == "integer":
            try:
                return int(raw)
            except ValueError:
                continue
        if kind == "number":
            try:
                return float(raw)
            except ValueError:
                continue
        if kind == "boolean" and raw.lower() in _TRUE | _FALSE:
            return raw.lower() in _TRUE
        if kind == "string":
            return raw
    raise ValueError(f"{name}: {raw!r} is not a {' or '.join(types)}")


def build_input(endpoint: str, params: Sequence[str], input_file: Path | None) -> dict[str, Any]:
    """The input dict from `--input` (a JSON object) overlaid with each `-p key=value`."""
    body: dict[str, Any] = {}
    problems: list[FieldError] = []
    if input_file is not None:
        try:
            loaded = json.loads(input_file.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise InputValidationError(
                endpoint, [FieldError("(input)", f"--input {input_file}: {exc}")]
            ) from None
        if not isinstance(loaded, dict):
            raise InputValidationError(
                endpoint, [FieldError("(input)", f"--input {input_file}: not a JSON object")]
            )
        body.update(loaded)
    typed = known(endpoint) is not None
    schema, document = input_document(endpoint) if typed else ({}, {})
    fields = schema.get("properties", {})
    for item in params:
        name, sep, raw = item.partition("=")
        name = name.strip()
        if not sep or not name:
            problems.append(FieldError(item, f"-p {item!r}: expected key=value"))
            continue
        if not typed:
            body[name] = convert_untyped(raw)
            continue
        try:
            body[name] = convert(name, raw, fields.get(name), document)
        except (ValueError, json.JSONDecodeError) as exc:
            problems.append(FieldError(name, str(exc)))
    if problems:
        raise InputValidationError(endpoint, problems)
    return body
