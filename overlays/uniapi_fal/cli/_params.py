"""`-p key=value` and `--input FILE.json` into an input dict, typed by the spec's schema.

A value is converted by the type the schema gives its field (integer, number, boolean,
object or array as JSON, else text). For an endpoint the spec does not know, a value is
JSON where it parses as JSON (`5`, `true`, `{"a": 1}`), else text.

The `@file` rule, the same for `-p name=@path`, `--input` and batch files: a value `"@path"`
is a local file (sent as a data URI) only in a field that takes a URL or a file, i.e. whose
name ends in `_url` / `_urls` (or is `url` / `urls`), or whose schema says `format: uri`
(or binary, a content media type, an `x-fal` file marker). In a `_urls` array each element
follows the rule. Anywhere else `@...` is an input error (exit 2); `@@` stands for a literal
`@` (`-p prompt=@@home` sends `@home`). Paths are relative to the current folder for `-p`,
to the JSON file's folder for `--input` and batch files; a missing file is an input error.
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


_FILE_FORMATS = {"uri", "uri-reference", "binary", "byte", "data-url"}


def _file_marked(schema: dict[str, Any], document: dict[str, Any], depth: int = 0) -> bool:
    if depth > 8:
        return False
    if "$ref" in schema:
        try:
            target = schema_of(document, str(schema["$ref"]).rsplit("/", 1)[1])
        except (KeyError, LookupError, ValueError):
            return False
        return _file_marked(target, document, depth + 1)
    if schema.get("format") in _FILE_FORMATS or "contentMediaType" in schema:
        return True
    if any(key.startswith("x-fal") and "file" in key.lower() for key in schema):
        return True
    options = schema.get("oneOf", []) + schema.get("anyOf", [])
    items = schema.get("items")
    if isinstance(items, dict):
        options = [*options, items]
    return any(_file_marked(o, document, depth + 1) for o in options if isinstance(o, dict))


def takes_file(name: str, schema: dict[str, Any] | None, document: dict[str, Any]) -> bool:
    """Whether a field takes a URL or a file, so that `@path` may fill it (see the module)."""
    if name in ("url", "urls") or name.endswith(("_url", "_urls")):
        return True
    return schema is not None and _file_marked(schema, document)


def at_value(name: str, value: str, file_field: bool, base: Path | None) -> Any:
    """A string value under the `@file` rule; raises ValueError saying what went wrong."""
    if value.startswith("@@"):
        return value[1:]
    if not value.startswith("@"):
        return value
    if not file_field:
        raise ValueError(
            f"{name}: {value!r} names a local file, but {name} does not take a file or URL; "
            f"write @@ for a text starting with @"
        )
    path = Path(value[1:]).expanduser()
    if base is not None and not path.is_absolute():
        path = base / path
    if not path.is_file():
        raise ValueError(f"{name}: {value!r}: no such file ({path})")
    return path


def files_in_object(
    endpoint: str, body: dict[str, Any], base: Path | None, where: str
) -> tuple[dict[str, Any], list[FieldError]]:
    """An input object (from `--input` or a batch line) with the `@file` rule applied."""
    typed = known(endpoint) is not None
    schema, document = input_document(endpoint) if typed else ({}, {})
    fields = schema.get("properties", {})
    problems: list[FieldError] = []
    result: dict[str, Any] = {}
    for name, value in body.items():
        file_field = takes_file(name, fields.get(name), document)
        try:
            if isinstance(value, str):
                result[name] = at_value(name, value, file_field, base)
            elif isinstance(value, list) and file_field:
                result[name] = [
                    at_value(name, v, True, base) if isinstance(v, str) else v for v in value
                ]
            else:
                result[name] = value
        except ValueError as exc:
            problems.append(FieldError(name, f"{where}: {exc}"))
    return result, problems


def convert_untyped(raw: str) -> Any:
    """A `-p` value for an endpoint with no schema: JSON where it parses, else text."""
    try:
        return json.loads(raw)
    except json.JSONDecodeError:
        return raw


def convert(name: str, raw: str, schema: dict[str, Any] | None, document: dict[str, Any]) -> Any:
    """One `-p` value as the field's type; raises ValueError saying what was expected."""
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
    wanted = " or ".join(types)
    article = "an" if wanted[:1] in "aeiou" else "a"
    raise ValueError(f"{name}: {raw!r} is not {article} {wanted}")


def build_input(endpoint: str, params: Sequence[str], input_file: Path | None) -> dict[str, Any]:
    """The input dict from `--input` (a JSON object) overlaid with each `-p key=value`."""
    body: dict[str, Any] = {}
    problems: list[FieldError] = []
    if input_file is not None:
        try:
            loaded = json.loads(input_file.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:  # ValueError: JSON or UTF-8
            raise InputValidationError(
                endpoint, [FieldError("(input)", f"--input {input_file}: {exc}")]
            ) from None
        if not isinstance(loaded, dict):
            raise InputValidationError(
                endpoint, [FieldError("(input)", f"--input {input_file}: not a JSON object")]
            )
        loaded, problems = files_in_object(
            endpoint, loaded, input_file.parent, f"--input {input_file}"
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
        try:
            if raw.startswith("@"):
                found = at_value(name, raw, takes_file(name, fields.get(name), document), None)
                if isinstance(found, Path):
                    body[name] = found
                    continue
                raw = found
            if not typed:
                body[name] = convert_untyped(raw)
                continue
            body[name] = convert(name, raw, fields.get(name), document)
        except (ValueError, json.JSONDecodeError) as exc:
            problems.append(FieldError(name, str(exc)))
    if problems:
        raise InputValidationError(endpoint, problems)
    return body
