"""Checking submitted bodies against a model's Input schema, answering as fal does.

fal's gateway is a FastAPI app, so its 422 body is a list of pydantic-style items:
`{"loc": ["body", ...], "msg", "type", "ctx"?, "input"}`. Clients parse those items,
so the emulator reports every error in that shape rather than jsonschema's messages.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

from openapi_schema_validator import OAS30Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from ._spec import Model, Spec

_SPEC_URI = "urn:fal-queue-emulator:spec"

ErrorItem = dict[str, Any]

_TYPE_ERRORS: dict[str, tuple[str, str]] = {
    "integer": ("int_type", "Input should be a valid integer"),
    "number": ("float_type", "Input should be a valid number"),
    "string": ("string_type", "Input should be a valid string"),
    "boolean": ("bool_type", "Input should be a valid boolean"),
    "object": ("dict_type", "Input should be a valid dictionary"),
    "array": ("list_type", "Input should be a valid list"),
}


class BodyValidator:
    """Validators for every model of one spec, built once at start-up."""

    def __init__(self, spec: Spec) -> None:
        resource: Resource[Any] = Resource.from_contents(
            spec.document, default_specification=DRAFT4
        )
        registry: Registry[Any] = Registry().with_resource(_SPEC_URI, resource)
        # The root is a reference into the whole document, so `#/components/...`
        # inside any schema resolves against the spec, wherever the schema lives.
        self._validators: dict[str, Any] = {
            endpoint_id: OAS30Validator(
                {"$ref": f"{_SPEC_URI}{model.input_pointer}"}, registry=registry
            )
            for endpoint_id, model in spec.models.items()
        }

    def validate(self, model: Model, raw_body: bytes) -> tuple[Any, list[ErrorItem]]:
        """Parse and check a submit body; return the parsed body and the 422 items."""
        if not raw_body.strip():
            return None, [_item(["body"], "missing", "Field required", None)]
        try:
            body = json.loads(raw_body)
        except ValueError as exc:
            position = getattr(exc, "pos", 0)
            ctx = {"error": getattr(exc, "msg", str(exc))}
            return None, [_item(["body", position], "json_invalid", "JSON decode error", {}, ctx)]
        if not isinstance(body, dict):
            msg = "Input should be a valid dictionary or object to extract fields from"
            return body, [_item(["body"], "model_attributes_type", msg, body)]
        validator = self._validators[model.endpoint_id]
        return body, _dedupe(_convert_all(validator.iter_errors(body)))


def error_body(items: list[ErrorItem]) -> dict[str, Any]:
    """The 422 response body."""
    return {"detail": items}


def _item(
    loc: list[str | int],
    type_: str,
    msg: str,
    value: Any,
    ctx: Mapping[str, Any] | None = None,
) -> ErrorItem:
    item: ErrorItem = {"loc": loc, "msg": msg, "type": type_}
    if ctx:
        item["ctx"] = dict(ctx)
    item["input"] = value
    return item


def _dedupe(items: Iterable[ErrorItem]) -> list[ErrorItem]:
    """A null for a non-nullable field is reported twice by the OAS validator: keep one."""
    seen: set[tuple[str, str]] = set()
    unique: list[ErrorItem] = []
    for item in items:
        key = (json.dumps(item["loc"]), item["type"])
        if key not in seen:
            seen.add(key)
            unique.append(item)
    return unique


def _convert_all(errors: Iterable[Any]) -> list[ErrorItem]:
    items: list[ErrorItem] = []
    for error in errors:
        items.extend(_convert(error))
    return items


def _loc(error: Any) -> list[str | int]:
    return ["body", *error.absolute_path]


def _plural(count: Any, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _expected(values: Iterable[Any]) -> str:
    """pydantic's wording for a literal: `'a', 'b' or 'c'`."""
    shown = [repr(value) for value in values]
    if len(shown) <= 1:
        return "".join(shown)
    return f"{', '.join(shown[:-1])} or {shown[-1]}"


def _convert(error: Any) -> list[ErrorItem]:
    """One jsonschema error to zero or more pydantic-style items."""
    keyword: str = error.validator
    value = error.validator_value
    schema: Mapping[str, Any] = error.schema if isinstance(error.schema, Mapping) else {}
    instance = error.instance
    loc = _loc(error)

    if keyword == "required" and isinstance(instance, Mapping):
        return [
            _item([*loc, name], "missing", "Field required", instance)
            for name in value
            if name not in instance
        ]
    if keyword == "additionalProperties" and value is False and isinstance(instance, Mapping):
        known = schema.get("properties") or {}
        patterns = list((schema.get("patternProperties") or {}).keys())
        return [
            _item([*loc, key], "extra_forbidden", "Extra inputs are not permitted", item)
            for key, item in instance.items()
            if key not in known and not any(re.search(pattern, key) for pattern in patterns)
        ]
    if keyword in ("oneOf", "anyOf"):
        return _convert_union(error)
    type_, msg, ctx = _describe(keyword, value, schema, instance, error.message)
    return [_item(loc, type_, msg, instance, ctx)]


def _describe(
    keyword: str, value: Any, schema: Mapping[str, Any], instance: Any, message: str
) -> tuple[str, str, dict[str, Any] | None]:
    """pydantic's type, message and context for a keyword that failed on one value."""
    if keyword == "maximum":
        if schema.get("exclusiveMaximum") is True:
            return "less_than", f"Input should be less than {value}", {"lt": value}
        return "less_than_equal", f"Input should be less than or equal to {value}", {"le": value}
    if keyword == "minimum":
        if schema.get("exclusiveMinimum") is True:
            return "greater_than", f"Input should be greater than {value}", {"gt": value}
        msg = f"Input should be greater than or equal to {value}"
        return "greater_than_equal", msg, {"ge": value}
    if keyword == "maxLength":
        msg = f"String should have at most {_plural(value, 'character')}"
        return "string_too_long", msg, {"max_length": value}
    if keyword == "minLength":
        msg = f"String should have at least {_plural(value, 'character')}"
        return "string_too_short", msg, {"min_length": value}
    if keyword in ("maxItems", "minItems"):
        actual = len(instance) if isinstance(instance, list) else None
        bound, type_, limit = (
            ("most", "too_long", "max_length")
            if keyword == "maxItems"
            else ("least", "too_short", "min_length")
        )
        msg = f"List should have at {bound} {_plural(value, 'item')} after validation, not {actual}"
        return type_, msg, {"field_type": "List", limit: value, "actual_length": actual}
    if keyword == "enum":
        expected = _expected(value)
        return "literal_error", f"Input should be {expected}", {"expected": expected}
    if keyword == "type":
        type_, msg = _TYPE_ERRORS.get(str(value), ("type_error", f"Input should be {value}"))
        return type_, msg, None
    if keyword == "pattern":
        return (
            "string_pattern_mismatch",
            f"String should match pattern '{value}'",
            {"pattern": value},
        )
    if keyword == "multipleOf":
        return "multiple_of", f"Input should be a multiple of {value}", {"multiple_of": value}
    return "value_error", f"Value error, {message}", {"error": message}


def _convert_union(error: Any) -> list[ErrorItem]:
    """Report the branches the value could have meant, as pydantic's smart unions do.

    A branch whose own `type` rejected the value is of the wrong kind; if some branch
    has the right kind, only its complaints are useful. Otherwise all are reported.
    """
    context = list(error.context or [])
    if not context:
        msg = "Input should match exactly one of the allowed forms, it matches several"
        return [_item(_loc(error), "value_error", msg, error.instance)]
    by_branch: dict[Any, list[Any]] = {}
    for sub in context:
        by_branch.setdefault(sub.schema_path[0] if sub.schema_path else None, []).append(sub)
    fitting: list[list[Any]] = []
    kind_errors: list[Any] = []
    for subs in by_branch.values():
        wrong_kind = [sub for sub in subs if sub.validator == "type" and not sub.relative_path]
        if wrong_kind:
            kind_errors.extend(wrong_kind)
        else:
            fitting.append(subs)
    if fitting:
        return [item for subs in fitting for item in _convert_all(subs)]
    return _convert_all(kind_errors)
