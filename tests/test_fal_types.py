"""`scripts/fal_types.py`: fal's TypeScript types read construct by construct (golden
tests on small texts written here), and the whole `endpoints.ts` when it is beside us."""

from __future__ import annotations

import json
import sys
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from .conftest import ROOT, SHARED_TYPES

sys.path.insert(0, str(ROOT / "scripts"))

import fal_types  # noqa: E402

from uniapi_fal._fal_schemas import DocumentError  # noqa: E402

REF = "#/components/schemas/"


def model(text: str, endpoint: str = "fal-ai/x/text-to-image") -> Any:
    """The FalModel of the one endpoint a small TypeScript text declares."""
    catalogue = fal_types.read_catalogue(text)
    return catalogue.model(endpoint)


def one_input(members: str, extra: str = "") -> dict[str, Any]:
    """The Input schema of `export type XInput = { <members> };`."""
    text = (
        f"export type XInput = {{\n{members}\n}};\n"
        "export type XOutput = {\n  ok: boolean;\n};\n"
        f"{extra}"
        'export type EndpointTypeMap = {\n  "fal-ai/x/text-to-image": {\n'
        "    input: XInput;\n    output: XOutput;\n  };\n};\n"
    )
    schema: dict[str, Any] = model(text).schemas["XInput"]
    return schema


def field(members: str, extra: str = "") -> Any:
    """The one property of an Input with one member."""
    properties = one_input(members, extra)["properties"]
    assert len(properties) == 1
    return next(iter(properties.values()))


# --------------------------------------------------------------- each construct
def test_members_optional_and_required_in_file_order() -> None:
    schema = one_input(
        '  prompt: string;\n  seed?: number;\n  sync?: boolean;\n  "odd-key": string;'
    )
    assert schema == {
        "type": "object",
        "properties": {
            "prompt": {"type": "string"},
            "seed": {"type": "number"},
            "sync": {"type": "boolean"},
            "odd-key": {"type": "string"},
        },
        "required": ["prompt", "odd-key"],
    }


@pytest.mark.parametrize(
    ("comment", "kind", "expected"),
    [
        ("Steps. Default value: `28`", "number", 28),
        ("Scale. Default value: `3.5`", "number", 3.5),
        ('Format. Default value: `"jpeg"`', "string", "jpeg"),
        ("Flag. Default value: `true`", "boolean", True),
        ("Preset named bare. Default value: `square_hd`", "string", "square_hd"),
        ('Quoted inside. Default value: `"say "hi" now"`', "string", 'say "hi" now'),
        ('Empty. Default value: `""`', "string", ""),
    ],
)
def test_defaults_come_from_the_comment(comment: str, kind: str, expected: Any) -> None:
    assert field(f"  /**\n   * {comment}\n   */\n  x?: {kind};") == {
        "type": kind,
        "default": expected,
    }


def test_a_null_default_and_a_default_that_does_not_fit_are_left_out() -> None:
    assert field('  /**\n   * Data Default value: `"null"`\n   */\n  x?: string;') == {
        "type": "string"
    }
    text = (
        'export type XInput = {\n  /**\n   * Default value: `"5"`\n   */\n  d?: 5 | 10;\n};\n'
        "export type XOutput = {};\n"
        'export type EndpointTypeMap = {\n  "fal-ai/x/text-to-image": {\n'
        "    input: XInput;\n    output: XOutput;\n  };\n};\n"
    )
    found = model(text)
    assert found.schemas["XInput"]["properties"]["d"] == {"type": "integer", "enum": [5, 10]}
    assert found.notes == ["XInput.d: fal's default '5' does not fit its own type; left out"]


def test_a_comment_without_a_default_says_nothing() -> None:
    assert field("  /**\n   * Only prose, which is never kept.\n   */\n  x: string;") == {
        "type": "string"
    }


def test_literal_unions_on_one_line_and_on_several_are_enums() -> None:
    assert field('  x?: "png" | "jpeg" | "webp";') == {
        "type": "string",
        "enum": ["png", "jpeg", "webp"],
    }
    assert field('  x:\n    | "a"\n    | "b (c)"\n    | "it\'s";') == {
        "type": "string",
        "enum": ["a", "b (c)", "it's"],
    }
    assert field("  x?: 4 | 8 | -1;") == {"type": "integer", "enum": [4, 8, -1]}
    assert field("  x?: 0.5 | 1;") == {"type": "number", "enum": [0.5, 1]}
    assert field('  x?: "auto" | 5;') == {
        "anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "integer", "enum": [5]}]
    }
    assert field("  x?: '\"' | \"'\";") == {"type": "string", "enum": ['"', "'"]}
    assert field("  x?: true;") == {"type": "boolean", "enum": [True]}


def test_a_union_of_a_type_and_literals_is_any_of_with_the_literals_together() -> None:
    extra = "export type ImageSize = {\n  width?: number;\n};\n"
    assert field('  x?: ImageSize | "square" | "portrait";', extra) == {
        "anyOf": [
            {"$ref": REF + "ImageSize"},
            {"type": "string", "enum": ["square", "portrait"]},
        ]
    }
    assert field("  x?: string | Array<string>;") == {
        "anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]
    }
    assert field("  x?: number | number;") == {"type": "number"}
    assert field("  x?: unknown | number;") == {}
    assert field("  x?: string | null;") == {"anyOf": [{"type": "string"}, {"type": "null"}]}


def test_arrays_in_both_spellings_and_nested() -> None:
    assert field("  x: Array<number>;") == {"type": "array", "items": {"type": "number"}}
    assert field("  x: string[];") == {"type": "array", "items": {"type": "string"}}
    assert field("  x: Array<Array<number>>;") == {
        "type": "array",
        "items": {"type": "array", "items": {"type": "number"}},
    }
    assert field('  x: Array<"a" | "b">;') == {
        "type": "array",
        "items": {"type": "string", "enum": ["a", "b"]},
    }


def test_a_string_blob_or_file_is_a_file_field() -> None:
    mark = {"type": "string", "x-fal-file": True}
    assert field("  image_url: string | Blob | File;") == mark
    assert field("  urls: Array<string | Blob | File>;") == {"type": "array", "items": mark}
    assert field("  x?: Array<string | Blob | File> | string | Blob | File;") == {
        "anyOf": [mark, {"type": "array", "items": mark}]
    }


def test_file_without_blob_is_fal_s_own_file_type() -> None:
    extra = "export type File = {\n  url: string;\n  content_type?: string;\n};\n"
    assert field("  video: File;", extra) == {"$ref": REF + "File"}
    assert field("  video?: File | string;", extra) == {
        "anyOf": [{"$ref": REF + "File"}, {"type": "string"}]
    }
    found = model(
        "export type XInput = {\n  video: File;\n};\n"
        "export type XOutput = {\n  file: File;\n};\n"
        + extra
        + 'export type EndpointTypeMap = {\n  "fal-ai/x/text-to-image": {\n'
        "    input: XInput;\n    output: XOutput;\n  };\n};\n"
    )
    assert found.schemas["File"] == {
        "type": "object",
        "properties": {"url": {"type": "string"}, "content_type": {"type": "string"}},
        "required": ["url"],
    }


@pytest.mark.parametrize("kind", ["any", "unknown", "void"])
def test_any_unknown_and_void_are_any_json_value(kind: str) -> None:
    assert field(f"  x: {kind};") == {}
    assert field(f"  x: Array<{kind}>;") == {"type": "array", "items": {}}


def test_records_tuples_intersections_and_parentheses() -> None:
    assert field("  x: Record<string, number>;") == {
        "type": "object",
        "additionalProperties": {"type": "number"},
    }
    assert field("  x: Record<string, never>;") == {
        "type": "object",
        "additionalProperties": False,
    }
    assert field("  x: [number, string];") == {
        "type": "array",
        "prefixItems": [{"type": "number"}, {"type": "string"}],
        "items": False,
    }
    extra = "export type A = {\n  a: string;\n};\nexport type B = {\n  b?: number;\n};\n"
    assert field("  x: A & B;", extra) == {"allOf": [{"$ref": REF + "A"}, {"$ref": REF + "B"}]}
    assert field('  x: ("a" | "b")[];') == {
        "type": "array",
        "items": {"type": "string", "enum": ["a", "b"]},
    }


def test_aliases_are_followed_to_the_type_they_name() -> None:
    text = (
        "export type SharedOutput = {\n  images: Array<Picture>;\n};\n"
        "export type Picture = Image;\n"
        "export type Image = {\n  url: string;\n};\n"
        "export type XInput = BaseInput;\n"
        "export type BaseInput = {\n  prompt: string;\n};\n"
        "export type XOutput = SharedOutput;\n"
        'export type EndpointTypeMap = {\n  "fal-ai/x/text-to-image": {\n'
        "    input: XInput;\n    output: XOutput;\n  };\n};\n"
    )
    found = model(text)
    assert found.input_key == "XInput" and found.output_key == "XOutput"
    assert found.schemas == {
        "XInput": {
            "type": "object",
            "properties": {"prompt": {"type": "string"}},
            "required": ["prompt"],
        },
        "XOutput": {
            "type": "object",
            "properties": {"images": {"type": "array", "items": {"$ref": REF + "Image"}}},
            "required": ["images"],
        },
        "Image": {"type": "object", "properties": {"url": {"type": "string"}}, "required": ["url"]},
    }
    assert found.category == "text-to-image"


def test_an_input_that_is_an_empty_record() -> None:
    text = (
        "export type XInput = Record<string, never>;\n"
        "export type XOutput = {\n  ok: boolean;\n};\n"
        'export type EndpointTypeMap = {\n  "fal-ai/x/info": {\n'
        "    input: XInput;\n    output: XOutput;\n  };\n};\n"
    )
    found = model(text, "fal-ai/x/info")
    assert found.schemas["XInput"] == {"type": "object", "additionalProperties": False}
    assert found.category == "unknown"


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("export type A = {\n  x: Map<string>;\n};\n", "line 2: A.x: unknown type Map"),
        ("export type A = {\n  x: string\n  y: number;\n};\n", "line 3: expected ;"),
        ("export type A = {\n  x: string;\n};\nexport type A = {};\n", "A is declared twice"),
        ("export type A = B;\nexport type B = A;\n", "an alias of itself"),
        ("type A = {};\n", "expected export"),
        ("export type A = {\n  x: `tmpl`;\n};\n", "line 2: unexpected"),
    ],
)
def test_what_the_reader_does_not_know_is_refused_with_its_line(text: str, says: str) -> None:
    endpoint_map = (
        'export type EndpointTypeMap = {\n  "fal-ai/x/text-to-image": {\n'
        "    input: A;\n    output: A;\n  };\n};\n"
    )
    with pytest.raises(DocumentError, match=says.replace("(", r"\(")):
        model(text + endpoint_map)


def test_a_map_entry_must_name_an_input_and_an_output() -> None:
    with pytest.raises(DocumentError, match="expected {input: X; output: Y}"):
        fal_types.read_catalogue(
            'export type EndpointTypeMap = {\n  "fal-ai/x": {\n    input: A;\n  };\n};\n'
        )
    with pytest.raises(DocumentError, match="Missing is not declared"):
        fal_types.read_catalogue(
            'export type EndpointTypeMap = {\n  "fal-ai/x": {\n'
            "    input: Missing;\n    output: Missing;\n  };\n};\n"
        )


@pytest.mark.parametrize(
    ("endpoint", "category"),
    [
        ("fal-ai/kling-video/v2/master/image-to-video", "image-to-video"),
        ("fal-ai/flux-2/lora/edit", "unknown"),
        ("bria/text-to-image/3.2", "text-to-image"),
    ],
)
def test_the_category_is_the_one_the_id_names(endpoint: str, category: str) -> None:
    assert fal_types.category_of(endpoint) == category


# ------------------------------------------------------------------- properties
TEXTS = st.text(st.characters(blacklist_categories=["Cs", "Cc"]), max_size=30)


@given(st.lists(TEXTS, min_size=1, max_size=6, unique=True))
def test_any_string_literals_read_back_as_written(values: list[str]) -> None:
    union = " | ".join(json.dumps(v) for v in values)
    assert field(f"  x: {union};") == {"type": "string", "enum": values}


@given(
    st.lists(
        st.tuples(st.from_regex(r"[a-z_][a-z0-9_]{0,12}", fullmatch=True), st.booleans()),
        min_size=1,
        max_size=8,
        unique_by=lambda pair: pair[0],
    ),
    st.lists(st.integers(-(10**6), 10**6), min_size=1, max_size=5, unique=True),
)
def test_member_names_optionality_and_numbers_read_back(
    members: list[tuple[str, bool]], numbers: list[int]
) -> None:
    union = " | ".join(map(str, numbers))
    body = "\n".join(f"  {name}{'?' if optional else ''}: {union};" for name, optional in members)
    schema = one_input(body)
    assert list(schema["properties"]) == [name for name, _ in members]
    assert schema.get("required", []) == [name for name, optional in members if not optional]
    assert all(p == {"type": "integer", "enum": numbers} for p in schema["properties"].values())


# -------------------------------------------------------------- the real file
needs_types = pytest.mark.skipif(
    not SHARED_TYPES.exists(), reason=f"fal's types are not at {SHARED_TYPES}"
)


@needs_types
def test_every_endpoint_of_fal_s_types_is_read() -> None:
    catalogue = fal_types.read_catalogue(SHARED_TYPES.read_text(encoding="utf-8"))
    assert len(catalogue.endpoints) >= 1390
    models = [catalogue.model(e) for e in catalogue.endpoints]
    assert all(m.input_key and m.output_key for m in models)
    notes = [n for m in models for n in m.notes]
    assert len(notes) < 0.1 * len(models), notes  # defaults fal's own types refuse
    files = sum(json.dumps(m.schemas).count('"x-fal-file": true') for m in models)
    assert files > 1000


@needs_types
def test_reading_the_types_is_deterministic() -> None:
    text = SHARED_TYPES.read_text(encoding="utf-8")
    first, second = fal_types.read_catalogue(text), fal_types.read_catalogue(text)
    assert first.endpoints == second.endpoints
    for endpoint in list(first.endpoints)[::50]:
        assert first.model(endpoint) == second.model(endpoint)
