"""The spec transforms of scripts/generate.py: keywords rewritten, names and data untouched."""

from __future__ import annotations

from ._inputs import load_generate

generate = load_generate()

SCHEMAS = {
    "Odd": {
        "type": "object",
        "properties": {
            "default": {"type": "string", "default": "x", "description": "A field named default."},
            "description": {"type": "integer", "nullable": True, "example": 3},
            "example": {"type": "string", "enum": ["a", "b"], "nullable": True},
            "nested": {"type": "array", "items": {"type": "number", "default": 1.5}},
        },
        "example": {"default": "kept", "description": "kept"},
    }
}


def test_defaults_move_into_descriptions_but_names_and_data_stay() -> None:
    moved = generate._move_defaults(SCHEMAS)["Odd"]
    props = moved["properties"]
    assert set(props) == {"default", "description", "example", "nested"}
    assert props["default"] == {
        "type": "string",
        "description": 'A field named default. Server default: "x".',
    }
    assert props["nested"]["items"] == {"type": "number", "description": "Server default: 1.5."}
    assert moved["example"] == {"default": "kept", "description": "kept"}


def test_json_schema_turns_nullable_into_null_types() -> None:
    schema = generate._to_json_schema(SCHEMAS)["Odd"]
    props = schema["properties"]
    assert set(props) == {"default", "description", "example", "nested"}
    assert props["description"] == {"type": ["integer", "null"]}
    assert props["example"] == {"type": ["string", "null"], "enum": ["a", "b", None]}
    assert "example" not in schema and props["default"]["default"] == "x"
