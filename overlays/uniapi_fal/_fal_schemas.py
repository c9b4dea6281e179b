"""fal's per-endpoint OpenAPI documents, reduced to the facts this project keeps.

fal publishes one document per endpoint (`.../openapi.json?endpoint_id=<id>`). This
module reads one and returns its model in the project's conventions, with no I/O and
no knowledge of the rest of the spec (naming against the spec is `scripts/import_fal.py`'s):

- kept: names, types, enums, consts, defaults, bounds, lengths, patterns, required-ness,
  nullability, titles of fields, fal's category, and the field order fal shows
  (`x-fal-order-properties` becomes the order of `properties`);
- dropped: descriptions, examples, UI hints (`x-fal*`), `format: binary` (JSON carries
  text, not bytes);
- normalised to OpenAPI 3.1 / JSON Schema 2020-12, which fal's schemas already use
  inside a document that says 3.0.4: `nullable: true` becomes a null branch, a tuple's
  `items: [...]` becomes `prefixItems`, a single-`$ref` `allOf` becomes the `$ref` (its
  other keywords kept beside it), a `$ref` keeps only factual siblings.

Used by the importer and the drift check (scripts/), so that both compare like with like,
and at run time to check input for an endpoint the spec lacks against fal's document
(`_remote_schemas`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

REF_PREFIX = "#/components/schemas/"

# Keywords whose values are facts worth keeping, besides the structural ones below.
FACTS = (
    "type",
    "enum",
    "const",
    "default",
    "format",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
    "required",
    "deprecated",
    "title",
)
# Keywords holding one schema, a list of schemas, or a name -> schema map.
ONE_SCHEMA = ("items", "additionalProperties", "not", "propertyNames", "contains")
SCHEMA_LISTS = ("anyOf", "oneOf", "allOf", "prefixItems")
# Siblings of a `$ref` that say something about the field rather than about the type.
REF_SIBLINGS = ("default", "title", "deprecated")

DATA = ("default", "enum", "const", "example", "examples")
"""Keywords whose values are data, never schemas (a `$ref` key inside them is not a ref)."""

GENERATOR_NAMES = frozenset({"File", "Unset", "Response", "Client", "AuthenticatedClient"})
"""Class names the generator itself uses: a schema named so would shadow them."""


class DocumentError(ValueError):
    """The document cannot be read as a fal endpoint; the message says why."""


@dataclass
class FalModel:
    """One endpoint of a fal document, in the project's conventions.

    Schemas are keyed by fal's own component keys and their `$ref`s still name those
    keys: giving them the spec's names is the importer's job.
    """

    endpoint_id: str
    category: str
    input_key: str | None
    """fal's component key of the Input, None when the document has none."""
    output_key: str | None
    schemas: dict[str, Any]
    """fal key -> converted schema, for the Input, the Output and all they reference."""
    notes: list[str] = field(default_factory=list)
    """What the reader should know: missing schemas, undefined references."""


def endpoint_of(document: Mapping[str, Any]) -> str:
    """The endpoint id a document describes (its metadata, else its one POST path)."""
    info = document.get("info")
    meta = info.get("x-fal-metadata") if isinstance(info, Mapping) else None
    endpoint = meta.get("endpointId") if isinstance(meta, Mapping) else None
    if isinstance(endpoint, str) and endpoint.strip("/"):
        return endpoint.strip("/")
    posts = [
        p for p, item in _paths(document).items() if isinstance(item, Mapping) and "post" in item
    ]
    if len(posts) == 1:
        return str(posts[0]).strip("/")
    raise DocumentError("no endpoint id: neither info.x-fal-metadata.endpointId nor one POST path")


def _paths(document: Mapping[str, Any]) -> Mapping[str, Any]:
    paths = document.get("paths")
    return paths if isinstance(paths, Mapping) else {}


def _schema_ref(node: Any) -> str | None:
    """The component key a `{"$ref": ...}` (possibly inside a one-item allOf) names."""
    if not isinstance(node, Mapping):
        return None
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith(REF_PREFIX):
        return ref[len(REF_PREFIX) :]
    all_of = node.get("allOf")
    if isinstance(all_of, list) and len(all_of) == 1:
        return _schema_ref(all_of[0])
    return None


def _json_schema_of(operation: Any, *where: str) -> Any:
    node = operation
    for key in where:
        if not isinstance(node, Mapping):
            return None
        node = node.get(key)
    return node


def read_model(document: Any) -> FalModel:
    """The endpoint of one fal document, converted; raises DocumentError, saying why, for
    any document it cannot be (fal's documents are data: an odd shape is no crash)."""
    try:
        return _read_model(document)
    except DocumentError:
        raise
    except (TypeError, ValueError, KeyError, AttributeError, RecursionError) as exc:
        raise DocumentError(
            f"a schema of an unexpected shape ({type(exc).__name__}: {exc})"
        ) from None


def _read_model(document: Any) -> FalModel:
    if not isinstance(document, Mapping):
        raise DocumentError("not a JSON object")
    endpoint = endpoint_of(document)
    components = document.get("components")
    raw = components.get("schemas") if isinstance(components, Mapping) else None
    if not isinstance(raw, Mapping):
        raise DocumentError("no components.schemas")
    info = document.get("info")
    meta = info.get("x-fal-metadata") if isinstance(info, Mapping) else None
    category = meta.get("category") if isinstance(meta, Mapping) else None
    model = FalModel(
        endpoint_id=endpoint,
        category=category if isinstance(category, str) and category else "unknown",
        input_key=None,
        output_key=None,
        schemas={},
    )
    submit = _paths(document).get("/" + endpoint)
    if not isinstance(submit, Mapping) or "post" not in submit:
        raise DocumentError(f"no POST /{endpoint}")
    body = _json_schema_of(submit["post"], "requestBody", "content", "application/json", "schema")
    input_key = _schema_ref(body)
    if input_key is None or input_key not in raw:
        named = f" ({input_key!r} is referenced but not defined)" if input_key else ""
        model.notes.append(
            f"fal's document has no Input schema{named}: the input is typed as a plain object"
            " and not checked field by field"
        )
    else:
        model.input_key = input_key
    output_key = None
    for path, item in _paths(document).items():
        if str(path).endswith("/requests/{request_id}") and isinstance(item, Mapping):
            output_key = _schema_ref(
                _json_schema_of(
                    item.get("get"), "responses", "200", "content", "application/json", "schema"
                )
            )
    if output_key is None or output_key not in raw:
        named = f" ({output_key!r} is referenced but not defined)" if output_key else ""
        model.notes.append(
            f"fal's document has no Output schema{named}: the output is typed as a plain object"
        )
    else:
        model.output_key = output_key
    todo = [k for k in (model.input_key, model.output_key) if k]
    while todo:
        key = todo.pop()
        if key in model.schemas:
            continue
        converted = convert(raw[key], raw, model.notes, f"{key}")
        model.schemas[key] = converted
        todo.extend(r for r in sorted(refs(converted)) if r not in model.schemas)
    return model


def convert(node: Any, defined: Mapping[str, Any], notes: list[str], where: str) -> Any:
    """One fal schema, facts only, in 3.1 form; `$ref`s still name fal's keys."""
    if isinstance(node, bool):
        return node
    if not isinstance(node, Mapping):
        return {}
    ref = node.get("$ref")
    all_of = node.get("allOf")
    if (
        ref is None
        and isinstance(all_of, list)
        and len(all_of) == 1
        and "$ref" in (all_of[0] or {})
    ):
        ref = all_of[0]["$ref"]  # a single-$ref allOf: fal's way of putting keywords beside a $ref
    if isinstance(ref, str):
        key = ref[len(REF_PREFIX) :] if ref.startswith(REF_PREFIX) else ref
        if key not in defined:
            notes.append(
                f"{where}: refers to {ref!r}, which fal's document does not define; "
                "typed as any JSON value"
            )
            out: dict[str, Any] = {}
        else:
            out = {"$ref": REF_PREFIX + key}
        for sibling in REF_SIBLINGS:
            if sibling in node:
                out[sibling] = node[sibling]
        return _nullable(out, node)
    out = {}
    for key in FACTS:
        if key not in node:
            continue
        value = node[key]
        if key == "format" and value == "binary":
            continue
        if key == "required":
            value = [v for v in value if isinstance(v, str)] if isinstance(value, list) else []
            if not value:
                continue
        out[key] = value
    if "default" in out and not fits_schema(out["default"], out):
        notes.append(
            f"{where}: fal's default {out['default']!r} does not fit its own schema; left out"
        )
        del out["default"]
    properties = node.get("properties")
    if isinstance(properties, Mapping):
        order = node.get("x-fal-order-properties")
        names = [n for n in order if n in properties] if isinstance(order, list) else []
        names += [n for n in properties if n not in names]
        out["properties"] = {
            name: convert(properties[name], defined, notes, f"{where}.{name}") for name in names
        }
    for key in ONE_SCHEMA:
        if key not in node:
            continue
        value = node[key]
        if key == "items" and isinstance(value, list):  # the old tuple form
            out["prefixItems"] = [convert(v, defined, notes, f"{where}[]") for v in value]
            if node.get("additionalItems") is False:
                out["items"] = False
        else:
            out[key] = convert(value, defined, notes, f"{where}.{key}")
    for key in SCHEMA_LISTS:
        value = node.get(key)
        if isinstance(value, list):
            out[key] = [
                convert(v, defined, notes, f"{where}.{key}[{i}]") for i, v in enumerate(value)
            ]
    return _nullable(out, node)


_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}


def fits_schema(value: Any, schema: Mapping[str, Any]) -> bool:
    """Whether a default obeys its schema's enum and type (OpenAPI validators check it)."""
    if "enum" in schema and value not in schema["enum"]:
        return False
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind] if isinstance(kind, str) else []
    if value is None:
        return not kinds or "null" in kinds
    if isinstance(value, bool) and "boolean" not in kinds and kinds:
        return False
    return not kinds or any(isinstance(value, _TYPES.get(k, ())) for k in kinds)


def _nullable(out: dict[str, Any], node: Mapping[str, Any]) -> dict[str, Any]:
    """OpenAPI 3.0's `nullable: true` as a null branch, the way the rest of fal writes it."""
    if node.get("nullable") is not True:
        return out
    wrapped: dict[str, Any] = {"anyOf": [out, {"type": "null"}]}
    for key in ("default", "title", "deprecated"):
        if key in out:
            wrapped[key] = out.pop(key)
    return wrapped


def refs(node: Any) -> set[str]:
    """The component keys a converted schema refers to."""
    found: set[str] = set()
    if isinstance(node, list):
        for item in node:
            found |= refs(item)
    elif isinstance(node, Mapping):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(REF_PREFIX):
            found.add(ref[len(REF_PREFIX) :])
        for key, value in node.items():
            if key == "properties" and isinstance(value, Mapping):
                for sub in value.values():
                    found |= refs(sub)
            elif key not in DATA:
                found |= refs(value)
    return found


def rename_refs(node: Any, names: Mapping[str, str]) -> Any:
    """A copy of `node` with each `$ref` to a key of `names` pointing at its new name."""
    if isinstance(node, list):
        return [rename_refs(x, names) for x in node]
    if not isinstance(node, Mapping):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "$ref" and isinstance(value, str) and value.startswith(REF_PREFIX):
            out[key] = REF_PREFIX + names.get(value[len(REF_PREFIX) :], value[len(REF_PREFIX) :])
        elif key == "properties" and isinstance(value, Mapping):
            out[key] = {name: rename_refs(sub, names) for name, sub in value.items()}
        elif key in DATA:
            out[key] = value
        else:
            out[key] = rename_refs(value, names)
    return out


def without_titles(node: Any) -> Any:
    """A schema with every `title` removed (nested shared types compare on structure)."""
    if isinstance(node, list):
        return [without_titles(x) for x in node]
    if not isinstance(node, Mapping):
        return node
    out = {}
    for key, value in node.items():
        if key == "title":
            continue
        if key == "properties" and isinstance(value, Mapping):
            out[key] = {name: without_titles(sub) for name, sub in value.items()}
        elif key in DATA:
            out[key] = value
        else:
            out[key] = without_titles(value)
    return out


def canonical(schema: Any) -> str:
    """A schema as text that is equal exactly when the schemas are (key order aside)."""
    return json.dumps(schema, sort_keys=True, separators=(",", ":"))


def variant_suffix(schema: Any) -> str:
    """`V` + 6 hex digits of a definition: a name part that only the definition decides."""
    return "V" + hashlib.sha256(canonical(schema).encode()).hexdigest()[:6].upper()
