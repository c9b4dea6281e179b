"""The spec transforms of scripts/generate.py: keywords rewritten, names and data untouched."""

from __future__ import annotations

import ast
import functools

from uniapi_fal import ENDPOINTS

from ._inputs import ROOT, SPEC, load_generate

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


# ------------------------------------------------ docstrings as the IDE shows them
_PACKAGE = ROOT / "generated" / "uniapi_fal_api"


def _classes(text: str) -> dict[str, tuple[str | None, dict[str, str | None]]]:
    """class -> (its docstring, field -> the docstring right after it) in a module or stub."""
    found = {}
    for node in ast.parse(text).body:
        if isinstance(node, ast.ClassDef):
            fields: dict[str, str | None] = {}
            for item, after in zip(node.body, [*node.body[1:], None], strict=True):
                if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                    doc = None
                    if isinstance(after, ast.Expr) and isinstance(after.value, ast.Constant):
                        doc = after.value.value
                    fields[item.target.id] = doc
            found[node.name] = (ast.get_docstring(node), fields)
    return found


@functools.cache
def _stub() -> dict[str, tuple[str | None, dict[str, str | None]]]:
    return _classes((_PACKAGE / "all_models.pyi").read_text(encoding="utf-8"))


def _module(endpoint: str, side: str = "input") -> tuple[str, str | None, dict[str, str | None]]:
    info = ENDPOINTS[endpoint]
    module = info.input_module if side == "input" else info.output_module
    name = info.input_class if side == "input" else info.output_class
    path = _PACKAGE / "models" / (module.rsplit(".", 1)[1] + ".py")
    doc, fields = _classes(path.read_text(encoding="utf-8"))[name]
    return name, doc, fields


def _flat(doc: str | None) -> str:
    return " ".join((doc or "").split())


def test_field_docs_state_limits_the_ide_shows_in_module_and_stub() -> None:
    kling = "fal-ai/kling-video/v1.5/pro/text-to-video"
    cases = [
        ("fal-ai/flux/dev", "num_images", "Num Images: integer, 1 to 4. Server default: 1."),
        (kling, "prompt", "Prompt: string, at most 2,500 characters."),
        (kling, "cfg_scale", "Cfg Scale: number, 0 to 1. Server default: 0.5."),
    ]
    for endpoint, field, expected in cases:
        name, _, fields = _module(endpoint)
        assert _flat(fields[field]) == expected, (endpoint, field)
        assert _flat(_stub()[name][1][field]) == expected, (endpoint, field)


def test_every_input_and_output_class_has_its_docstring_in_module_and_stub() -> None:
    for endpoint, info in ENDPOINTS.items():
        about = f"`{endpoint}`" + (f" ({info.category})" if info.category else "")
        for side, word in (("input", "Input"), ("output", "Output")):
            name, doc, _ = _module(endpoint, side)
            assert doc, (endpoint, side)
            assert _stub()[name][0] == doc, (endpoint, side)
            if not SPEC["components"]["schemas"][name].get("description"):
                notes = ""
                if side == "input" and info.source == "typescript":
                    notes += " " + generate.UNCONSTRAINED
                if not info.listed:
                    notes += " " + generate.UNLISTED
                assert _flat(doc) == f"{word} of {about}.{notes}", (endpoint, side)
    assert _module("fal-ai/flux/dev")[1] == "Input of `fal-ai/flux/dev` (text-to-image)."
    assert _module("fal-ai/flux/dev", "output")[1] == "Output of `fal-ai/flux/dev` (text-to-image)."


def test_models_from_fal_types_say_their_constraints_are_not_published() -> None:
    from_types = [e for e, info in ENDPOINTS.items() if info.source == "typescript"]
    assert len(from_types) > 800
    doc = _flat(_module(from_types[0])[1])
    assert "fal publishes no constraints" in doc and "bounds and lengths are not" in doc
    unlisted = [e for e, info in ENDPOINTS.items() if not info.listed]
    assert len(unlisted) > 100
    assert _flat(_module(unlisted[0], "output")[1]).endswith("fal no longer lists this endpoint.")


def test_fields_that_are_a_ref_keep_their_own_docstring_and_default() -> None:
    # The generator reuses the referenced class for a `$ref` field, and with it that
    # class's description (or none): the field's title and server default were lost.
    name, _, fields = _module("fal-ai/minimax/preview/speech-2.5-hd")
    expected = (
        'Voice Setting: VoiceSetting. Server default: {"speed": 1, "vol": 1, "voice_id": '
        '"Wise_Woman", "pitch": 0, "english_normalization": false}.'
    )
    assert _flat(fields["voice_setting"]) == expected
    assert _flat(_stub()[name][1]["voice_setting"]) == expected
    assert _flat(fields["audio_setting"]) == "Audio Setting: AudioSetting."
    out, _, out_fields = _module("fal-ai/kling-video/v1.5/pro/text-to-video", "output")
    assert _flat(out_fields["video"]) == "Video: FalFile."
    assert _flat(_stub()[out][1]["video"]) == "Video: FalFile."


def test_every_field_of_every_spec_class_has_the_docstring_of_its_facts() -> None:
    from openapi_python_client.strings import PythonIdentifier

    schemas = SPEC["components"]["schemas"]
    wrong = []
    for name, (_, fields) in _stub().items():
        for prop, sub in (schemas.get(name, {}).get("properties") or {}).items():
            attr = str(PythonIdentifier(value=prop, prefix="field_"))
            if _flat(fields.get(attr)) != _flat(generate.field_doc(sub)):
                wrong.append((name, prop, fields.get(attr)))
    assert not wrong, wrong[:5]


def test_field_docs_wrap_at_spaces_so_urls_and_values_stay_whole() -> None:
    name, _, fields = _module("fal-ai/chatterbox/text-to-speech")
    doc = fields["audio_url"] or ""
    assert "https://storage.googleapis.com/chatterbox-demo-samples/" in doc
    assert all(len(line) <= 100 or " " not in line.strip() for line in doc.splitlines())


def test_field_docs_look_through_allof_and_say_how_many_values() -> None:
    doc = generate.field_doc
    assert doc({"allOf": [{"type": "integer", "minimum": 1, "maximum": 4}], "default": 2}) == (
        "Integer, 1 to 4. Server default: 2."
    )
    assert doc({"allOf": [{"$ref": "#/components/schemas/Image"}], "title": "Image"}) == (
        "Image: Image."
    )
    many = doc({"type": "string", "enum": [str(i) for i in range(10)]})
    assert many.endswith('"7", ... (10 values).') and "...." not in many
    assert doc({"type": "string", "minLength": 1}) == "String, at least 1 character."
    assert doc({"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1}) == (
        "Number, more than 0, less than 1."
    )
    assert doc({"type": "array", "items": {"type": "string"}, "minItems": 1}) == (
        "List of string, at least 1 item."
    )
