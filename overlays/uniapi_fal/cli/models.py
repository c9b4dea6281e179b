"""`models` and `schema`: what the spec offers, with no key and no network."""

from __future__ import annotations

import json
from collections import Counter
from typing import Annotated, Any

import typer
from rich.text import Text

from uniapi_fal_api.fal_endpoints import ENDPOINTS

from .._registry import endpoint_info
from .._validation import schema_of
from ._params import input_document
from ._settings import failures, settings

SOURCES = {"openapi": "document", "typescript": "types", "hand": "hand"}
"""How the listing names where the spec has a model from: fal's per-endpoint document (with
its constraints), fal's TypeScript types (types and enums only), or written by hand."""
SOURCE_ABOUT = {
    "openapi": "from fal's document",
    "typescript": "from fal's TypeScript types: no constraints published, types and enums checked",
    "hand": "written by hand",
}


def _source(info: Any) -> str:
    shown = SOURCES.get(info.source, info.source)
    return shown if info.listed else f"{shown}, unlisted"


def _describe_type(
    schema: dict[str, Any], document: dict[str, Any] | None = None, *, fields: bool = True
) -> str:
    """A field's type in words; a named object's own fields follow it (one level deep)."""
    if schema.get("x-fal-file"):
        return "URL or file"
    if "$ref" in schema:
        name = str(schema["$ref"]).rsplit("/", 1)[1]
        return f"{name} {{{_fields_of(name, document)}}}" if fields and document else name
    if "oneOf" in schema or "anyOf" in schema:
        return " | ".join(
            _describe_type(s, document, fields=fields)
            for s in schema.get("oneOf", schema.get("anyOf", []))
        )
    if "enum" in schema:
        return " | ".join(json.dumps(v) for v in schema["enum"])
    kind = schema.get("type", "any")
    if kind == "array":
        return f"array of {_describe_type(schema.get('items', {}), document, fields=fields)}"
    return " | ".join(kind) if isinstance(kind, list) else str(kind)


def _fields_of(name: str, document: dict[str, Any] | None) -> str:
    """`path: string (required), scale: number = 1`: the fields of a named object."""
    target = schema_of(document or {}, name)
    required = set(target.get("required", []))
    shown = []
    for field, sub in (target.get("properties") or {}).items():
        text = f"{field}: {_describe_type(sub, document, fields=False)}"
        if field in required:
            text += " (required)"
        elif sub.get("default") is not None:
            text += f" = {json.dumps(sub['default'])}"
        shown.append(text)
    return ", ".join(shown) or "any fields"


def _constraints(schema: dict[str, Any], document: dict[str, Any]) -> str:
    parts = []
    for key, label in (
        ("minimum", ">="),
        ("maximum", "<="),
        ("exclusiveMinimum", ">"),
        ("exclusiveMaximum", "<"),
        ("minLength", "length >="),
        ("maxLength", "length <="),
        ("minItems", "items >="),
        ("maxItems", "items <="),
    ):
        if key in schema:
            parts.append(f"{label} {schema[key]}")
    if "$ref" in schema:
        target = schema_of(document, str(schema["$ref"]).rsplit("/", 1)[1])
        inner = {n: _constraints(s, document) for n, s in target.get("properties", {}).items()}
        parts += [f"{n}: {c}" for n, c in inner.items() if c]
    for option in schema.get("oneOf", []):
        found = _constraints(option, document)
        if found:
            parts.append(found)
    return ", ".join(parts)


def register(app: typer.Typer) -> None:
    @app.command("models")
    def models(
        ctx: typer.Context,
        search: Annotated[
            str | None,
            typer.Argument(help="Only endpoints whose id, summary or classes contain this."),
        ] = None,
        category: Annotated[
            str | None,
            typer.Option("--category", "-c", help="Only this fal category, e.g. text-to-video."),
        ] = None,
        categories: Annotated[
            bool, typer.Option("--categories", help="List the categories with their counts.")
        ] = False,
        source: Annotated[
            str | None,
            typer.Option(
                "--source",
                "-s",
                help="Only models the spec has from: document (fal's, with constraints), "
                "types (fal's TypeScript types), hand.",
            ),
        ] = None,
        unlisted: Annotated[
            bool, typer.Option("--unlisted", help="Only models fal no longer lists.")
        ] = False,
    ) -> None:
        """List the endpoints of the spec, one per line (filtered by a word, a category, a
        source)."""
        out = settings(ctx).out
        wanted_source = None
        if source is not None:
            by_name = {shown: raw for raw, shown in SOURCES.items()} | {r: r for r in SOURCES}
            wanted_source = by_name.get(source.lower())
            if wanted_source is None:
                raise typer.BadParameter(
                    f"{source!r}: one of {', '.join(SOURCES.values())}", param_hint="--source"
                )
        if category is not None and category not in {i.category for i in ENDPOINTS.values()}:
            raise typer.BadParameter(
                f"no category {category!r}; `uniapi-fal models --categories` lists them",
                param_hint="--category",
            )
        if categories:
            counts = Counter(info.category for info in ENDPOINTS.values())
            for name, count in sorted(counts.items()):
                if out.json:
                    out.event("category", category=name, models=count)
                else:
                    out.console.print(f"{name:<20} {count}", markup=False, highlight=False)
            return
        word = (search or "").lower()
        chosen = [
            info
            for info in ENDPOINTS.values()
            if (category is None or info.category == category)
            and (wanted_source is None or info.source == wanted_source)
            and (not unlisted or not info.listed)
            and word
            in f"{info.endpoint_id} {info.summary} {info.input_class} {info.output_class}".lower()
        ]
        if out.json:
            for info in chosen:
                out.event(
                    "model",
                    endpoint=info.endpoint_id,
                    category=info.category,
                    summary=info.summary,
                    input=info.input_class,
                    output=info.output_class,
                    source=SOURCES.get(info.source, info.source),
                    listed=info.listed,
                )
            return
        if not chosen:
            out.say("no model matches; `uniapi-fal models --categories` lists the categories")
            return
        rows = [  # an imported model's summary is its category: shown once
            [
                info.endpoint_id,
                info.category,
                _source(info),
                "" if info.summary == info.category.replace("-", " ") else info.summary,
            ]
            for info in chosen
        ]
        out.records(
            ["endpoint", "category", "source", "summary"],
            rows,
            keep=["endpoint", "category"],
            others_min=6,
        )

    @app.command("schema")
    def schema(
        ctx: typer.Context,
        endpoint: Annotated[str, typer.Argument(help="An endpoint id, e.g. fal-ai/flux/dev.")],
    ) -> None:
        """Show an endpoint's inputs: type, default, constraints, required."""
        out = settings(ctx).out
        with failures(out):
            info = endpoint_info(endpoint)
            schema, document = input_document(info.endpoint_id)
            required = set(schema.get("required", []))
            rows = [
                {
                    "field": name,
                    "type": _describe_type(field, document),
                    "required": name in required,
                    "default": field.get("default"),
                    "constraints": _constraints(field, document),
                    "description": field.get("description", ""),
                }
                for name, field in schema.get("properties", {}).items()
            ]
            if out.json:
                for row in rows:
                    out.event("field", endpoint=info.endpoint_id, **row)
                return
            out.say(Text(info.endpoint_id, style="bold") + Text(f"  {info.summary}"))
            about = SOURCE_ABOUT.get(info.source, info.source)
            if not info.listed:
                about += "; fal no longer lists it"
            out.say(f"input {info.input_class} → output {info.output_class} ({about})\n")
            out.records(
                ["field", "type", "required", "default", "constraints", "description"],
                [
                    [
                        row["field"],
                        row["type"],
                        "yes" if row["required"] else "",
                        "" if row["default"] is None else json.dumps(row["default"]),
                        row["constraints"],
                        row["description"],
                    ]
                    for row in rows
                ],
                keep=["field"],
                others_min=12,
            )
