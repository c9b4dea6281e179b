"""The spec transforms of scripts/generate.py: keywords rewritten, names and data untouched."""

from __future__ import annotations

from ._inputs import load_generate

generate = load_generate()

SCHEMAS = {
    "Odd": {
        "type": "object",
        "title": "NotTheName",
        "properties": {
            "default": {"type": "string", "default": "x", "description": "A field named default."},
            "description": {"anyOf": [{"type": "integer"}, {"type": "null"}], "example": 3},
            "example": {"type": ["string", "null"], "enum": ["a", "b", None], "x-fal": {}},
            "nested": {"type": "array", "items": {"type": "number", "default": 1.5}},
            "title": {"type": "integer", "minimum": 1, "maximum": 4, "title": "Num Images"},
        },
        "example": {"default": "kept", "description": "kept"},
    }
}


def test_the_generator_gets_facts_as_docstrings_and_no_defaults_or_titles() -> None:
    moved = generate._for_generator(SCHEMAS["Odd"])
    props = moved["properties"]
    assert set(props) == {"default", "description", "example", "nested", "title"}
    assert "title" not in moved and "title" not in props["title"]
    assert props["default"] == {
        "type": "string",
        "description": 'A field named default. String. Server default: "x".',
    }
    assert props["title"]["description"] == "Num Images: integer, 1 to 4."
    assert props["description"]["description"] == "Integer or None."
    assert "default" not in props["nested"]["items"]
    assert moved["example"] == {"default": "kept", "description": "kept"}


def test_json_schema_keeps_facts_and_drops_examples_and_extensions() -> None:
    schema = generate._to_json_schema(SCHEMAS)["Odd"]
    props = schema["properties"]
    assert set(props) == {"default", "description", "example", "nested", "title"}
    assert props["description"] == {"anyOf": [{"type": "integer"}, {"type": "null"}]}
    assert props["example"] == {"type": ["string", "null"], "enum": ["a", "b", None]}
    assert "example" not in schema and props["default"]["default"] == "x"


def test_field_docs_say_limits_as_a_reader_would() -> None:
    doc = generate.field_doc
    assert doc({"type": "string", "maxLength": 2500}) == "String, at most 2,500 characters."
    assert doc({"type": "number", "exclusiveMinimum": 0}) == "Number, more than 0."
    assert doc(
        {"type": "array", "items": {"$ref": "#/components/schemas/Image"}, "maxItems": 4}
    ) == ("List of Image, at most 4 items.")
