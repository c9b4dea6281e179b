"""Checking submitted bodies against a model's Input schema, answering as fal does.

fal's gateway is a FastAPI app, so its 422 body is a list of pydantic-style items:
`{"loc": ["body", ...], "msg", "type", "ctx"?, "input"}`. Clients parse those items,
so the emulator reports every error in that shape rather than jsonschema's messages.

Schemas are JSON Schema 2020-12 (OpenAPI 3.1; an OpenAPI 3.0 document gets the 3.0
dialect). One `referencing` registry holds the whole document, so a schema anywhere
resolves `#/components/schemas/...`; a model's validator is made on its first submit
and kept. Bodies are parsed defensively first: invalid JSON, `NaN`/`Infinity`, numbers
out of float range and nesting deeper than `MAX_DEPTH` are 422s, never a crash.
"""

from __future__ import annotations

import json
import math
import re
import threading
from collections.abc import Iterable, Mapping
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.protocols import Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4, DRAFT202012

from ._spec import Model, Spec

_SPEC_URI = "urn:fal-queue-emulator:spec"

MAX_DEPTH = 64
"""Deepest nesting of objects and arrays a submit body may have."""

ErrorItem = dict[str, Any]

_TYPE_ERRORS: dict[str, tuple[str, str]] = {
    "integer": ("int_type", "Input should be a valid integer"),
    "number": ("float_type", "Input should be a valid number"),
    "string": ("string_type", "Input should be a valid string"),
    "boolean": ("bool_type", "Input should be a valid boolean"),
    "object": ("dict_type", "Input should be a valid dictionary"),
    "array": ("list_type", "Input should be a valid list"),
    "null": ("none_required", "Input should be None"),
}


class SchemaSet:
    """Validators for the schemas of one document, by JSON pointer, made on first use."""

    def __init__(self, spec: Spec) -> None:
        self._oas30 = spec.openapi_version.startswith("3.0")
        resource: Resource[Any] = Resource.from_contents(
            spec.document, default_specification=DRAFT4 if self._oas30 else DRAFT202012
        )
        self._registry: Registry[Any] = Registry().with_resource(_SPEC_URI, resource)
        self._validators: dict[str, Validator] = {}
        self._lock = threading.Lock()

    def validator(self, pointer: str) -> Validator:
        """The validator of the schema at `pointer` (`#/components/schemas/Foo`)."""
        found = self._validators.get(pointer)
        if found is not None:
            return found
        with self._lock:
            found = self._validators.get(pointer)
            if found is None:
                # The root is a reference into the whole document, so `#/components/...`
                # inside any schema resolves against the spec, wherever the schema lives.
                found = self._validator_class()(
                    {"$ref": f"{_SPEC_URI}{pointer}"}, registry=self._registry
                )
                self._validators[pointer] = found
            return found

    def is_valid(self, pointer: str, value: Any) -> bool:
        try:
            return bool(self.validator(pointer).is_valid(value))
        except RecursionError:
            return False

    def _validator_class(self) -> Any:
        if self._oas30:
            from openapi_schema_validator import OAS30Validator  # slow import: 3.0 only

            return OAS30Validator
        return Draft202012Validator

    def __len__(self) -> int:
        """How many validators have been made so far."""
        return len(self._validators)


class BodyValidator:
    """Parses submit bodies and checks them against each model's Input schema."""

    def __init__(self, spec: Spec, schemas: SchemaSet | None = None) -> None:
        self.schemas = schemas if schemas is not None else SchemaSet(spec)

    def validate(self, model: Model, raw_body: bytes) -> tuple[Any, list[ErrorItem]]:
        """Parse and check a submit body; return the parsed body and the 422 items."""
        body, errors = parse_body(raw_body)
        if errors:
            return body, errors
        return body, self.check(model, body)

    def check(self, model: Model, body: Any) -> list[ErrorItem]:
        """The 422 items of an already parsed body (none when it is valid)."""
        validator = self.schemas.validator(model.input_pointer)
        try:
            return _dedupe(_convert_all(validator.iter_errors(body)))
        except RecursionError:
            return [_too_deep()]


def parse_body(raw_body: bytes) -> tuple[Any, list[ErrorItem]]:
    """A submit body as JSON, which must be an object; the 422 items if it is not.

    The parsed value is returned as far as it is safe to keep (None when it is not
    JSON or nested too deeply), so that a request can be recorded and counted.
    """
    if not raw_body.strip():
        return None, [_item(["body"], "missing", "Field required", None)]
    try:
        body = json.loads(raw_body, parse_constant=_no_constant, parse_float=_finite_float)
    except RecursionError:
        return None, [_too_deep()]
    except ValueError as exc:
        position = getattr(exc, "pos", 0)
        ctx = {"error": getattr(exc, "msg", str(exc))}
        return None, [_item(["body", position], "json_invalid", "JSON decode error", {}, ctx)]
    if _deeper_than(body, MAX_DEPTH):
        return None, [_too_deep()]
    if not isinstance(body, dict):
        msg = "Input should be a valid dictionary or object to extract fields from"
        return body, [_item(["body"], "model_attributes_type", msg, body)]
    return body, []


def error_body(items: list[ErrorItem]) -> dict[str, Any]:
    """The 422 response body."""
    return {"detail": items}


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"number {text[:40]} is out of range")
    return value


def _deeper_than(value: Any, limit: int) -> bool:
    """True if objects and arrays nest more than `limit` levels (iterative: no recursion)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        children: Iterable[Any]
        if isinstance(node, dict):
            children = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False


def _too_deep() -> ErrorItem:
    error = f"input is nested more than {MAX_DEPTH} levels deep"
    return _item(["body"], "value_error", f"Value error, {error}", None, {"error": error})


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
    """A value may break one rule through two paths (e.g. 3.0's nullable): keep one item."""
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
    keyword: str = str(error.validator)
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
        if schema.get("exclusiveMaximum") is True:  # OpenAPI 3.0's boolean form
            return "less_than", f"Input should be less than {value}", {"lt": value}
        return "less_than_equal", f"Input should be less than or equal to {value}", {"le": value}
    if keyword == "exclusiveMaximum":
        return "less_than", f"Input should be less than {value}", {"lt": value}
    if keyword == "minimum":
        if schema.get("exclusiveMinimum") is True:
            return "greater_than", f"Input should be greater than {value}", {"gt": value}
        msg = f"Input should be greater than or equal to {value}"
        return "greater_than_equal", msg, {"ge": value}
    if keyword == "exclusiveMinimum":
        return "greater_than", f"Input should be greater than {value}", {"gt": value}
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
    if keyword == "items" and value is False:  # items beyond `prefixItems`: a tuple too long
        allowed = len(schema.get("prefixItems") or [])
        actual = len(instance) if isinstance(instance, list) else None
        msg = f"Tuple should have at most {_plural(allowed, 'item')} after validation, not {actual}"
        return (
            "too_long",
            msg,
            {"field_type": "Tuple", "max_length": allowed, "actual_length": actual},
        )
    if keyword == "enum":
        expected = _expected(value)
        return "literal_error", f"Input should be {expected}", {"expected": expected}
    if keyword == "const":
        expected = _expected([value])
        return "literal_error", f"Input should be {expected}", {"expected": expected}
    if keyword == "type":
        kinds = [value] if isinstance(value, str) else [str(kind) for kind in value]
        kind = next((k for k in kinds if k != "null"), kinds[0] if kinds else "")
        type_, msg = _TYPE_ERRORS.get(kind, ("type_error", f"Input should be {kind}"))
        return type_, msg, None
    if keyword == "pattern":
        return (
            "string_pattern_mismatch",
            f"String should match pattern '{value}'",
            {"pattern": value},
        )
    if keyword == "multipleOf":
        return "multiple_of", f"Input should be a multiple of {value}", {"multiple_of": value}
    if keyword == "uniqueItems":
        error = "items must be unique"
        return "value_error", f"Value error, {error}", {"error": error}
    return "value_error", f"Value error, {message}", {"error": message}


def _is_null_schema(schema: Any) -> bool:
    return isinstance(schema, Mapping) and schema.get("type") == "null"


def _convert_union(error: Any) -> list[ErrorItem]:
    """Report the branches the value could have meant, as pydantic's smart unions do.

    A `{type: null}` branch is how 3.1 says "optional": a non-null value is never
    reported against it (pydantic reports `Optional[int]` as an int). A branch whose
    own `type` rejected the value is of the wrong kind; if some branch has the right
    kind, only its complaints are useful. Otherwise all are reported.
    """
    context = list(error.context or [])
    if not context:
        msg = "Input should match exactly one of the allowed forms, it matches several"
        return [_item(_loc(error), "value_error", msg, error.instance)]
    branches = error.validator_value if isinstance(error.validator_value, list) else []
    by_branch: dict[Any, list[Any]] = {}
    for sub in context:
        index = sub.schema_path[0] if sub.schema_path else None
        if (
            isinstance(index, int)
            and index < len(branches)
            and _is_null_schema(branches[index])
            and error.instance is not None
        ):
            continue
        by_branch.setdefault(index, []).append(sub)
    if not by_branch:  # only a null branch, and a value that is not null
        by_branch = {None: context}
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
