"""The models the spec has from fal's TypeScript types only (no document, no constraints):
a sample across categories and one model per construct of the types, each run typed
against the emulator, each refusing a broken type or enum by field before sending; the
CLI and the listing say where a model comes from."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from fal_queue_emulator import RunningEmulator
from uniapi_fal import ENDPOINTS, Client
from uniapi_fal._registry import input_class, output_class

from ._inputs import SCHEMAS, minimal_input, refusal
from .test_cli import cli, events

FROM_TYPES = sorted(e for e, info in ENDPOINTS.items() if info.source == "typescript")


def _resolved(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[1]]
    return schema


def _first(kind: str) -> tuple[str, str] | None:
    """The first model from fal's types whose Input has a top-level field of `kind`."""
    for endpoint in FROM_TYPES:
        properties = SCHEMAS[ENDPOINTS[endpoint].input_schema].get("properties", {})
        for name, prop in properties.items():
            if _is(kind, prop):
                return endpoint, name
    return None


def _is(kind: str, prop: dict[str, Any]) -> bool:
    branches = prop.get("anyOf", [])
    return {
        "file": prop.get("x-fal-file") is True,
        "string enum": prop.get("type") == "string" and "enum" in prop,
        "number enum": prop.get("type") in ("integer", "number") and "enum" in prop,
        "array": prop.get("type") == "array" and prop.get("items", {}).get("type") == "string",
        "preset or object": any("$ref" in b for b in branches)
        and any("enum" in b for b in branches),
        "nested object": "$ref" in prop and _resolved(prop).get("type") == "object",
        "any value": prop == {},
        "number": prop.get("type") == "number" and "enum" not in prop,
        "boolean": prop.get("type") == "boolean",
    }[kind]


CONSTRUCTS = [
    "file",
    "string enum",
    "number enum",
    "array",
    "preset or object",
    "nested object",
    "any value",
    "number",
    "boolean",
]
WRONG = {
    "file": 42,
    "string enum": "no-such-value",
    "number enum": 123456,
    "array": "not a list",
    "preset or object": "no-such-preset",
    "nested object": "not an object",
    "number": "seven",
    "boolean": "yes",
}


def _one_per_category() -> list[str]:
    by_category: dict[str, list[str]] = defaultdict(list)
    for endpoint in FROM_TYPES:
        by_category[ENDPOINTS[endpoint].category].append(endpoint)
    return [found[len(found) // 2] for _, found in sorted(by_category.items())]


def test_the_spec_covers_fal_s_whole_catalogue() -> None:
    assert len(ENDPOINTS) >= 1500
    assert len(FROM_TYPES) > 800
    newest = {"bytedance/seedance-2.0/image-to-video", "fal-ai/flux-2-lora-gallery/add-background"}
    assert newest | {"alibaba/happy-horse/image-to-video"} <= set(FROM_TYPES)
    assert sum(not info.listed for info in ENDPOINTS.values()) > 100


@pytest.mark.parametrize("endpoint", _one_per_category())
def test_a_sample_across_categories_runs_typed(client: Client, endpoint: str) -> None:
    info = ENDPOINTS[endpoint]
    model = input_class(info).from_dict(minimal_input(endpoint))
    out = client.run(model, timeout=30)
    assert isinstance(out, output_class(info))


@pytest.mark.parametrize("construct", CONSTRUCTS)
def test_each_construct_runs_typed_and_refuses_a_wrong_value_by_field(
    client: Client, construct: str, tmp_path: Path
) -> None:
    found = _first(construct)
    assert found is not None, f"no model from fal's types has a {construct} field"
    endpoint, field = found
    info = ENDPOINTS[endpoint]
    body = minimal_input(endpoint)
    if construct == "file":  # a local file where fal's types take `string | Blob | File`
        image = tmp_path / "frame.png"
        image.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
        body[field] = image
    out = client.run(endpoint, body, timeout=30)
    assert isinstance(out, output_class(info))
    if construct not in WRONG:
        return  # any JSON value is right
    refused = refusal(endpoint, {**minimal_input(endpoint), field: WRONG[construct]})
    assert [e.path for e in refused.errors] == [field], str(refused)


def test_the_cli_takes_a_file_for_a_types_file_field(
    emulator: RunningEmulator, tmp_path: Path
) -> None:
    found = _first("file")
    assert found is not None
    endpoint, field = found
    image = tmp_path / "frame.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    params = [
        f"{k}={json.dumps(v) if not isinstance(v, str) else v}"
        for k, v in minimal_input(endpoint).items()
        if k != field
    ]
    args = [arg for pair in params for arg in ("-p", pair)]
    code, lines, text = cli(emulator, tmp_path, "run", endpoint, *args, "-p", f"{field}=@{image}")
    assert code == 0, text
    assert events(lines, "result")


def test_models_lists_the_source_and_filters_by_it(tmp_path: Path) -> None:
    code, lines, _ = cli("http://127.0.0.1:9", tmp_path, "models", "--source", "types")
    listed = events(lines, "model")
    assert code == 0 and len(listed) == len(FROM_TYPES)
    assert {m["source"] for m in listed} == {"types"}
    code, lines, _ = cli("http://127.0.0.1:9", tmp_path, "models", "--unlisted")
    assert code == 0 and events(lines, "model")
    assert not any(m["listed"] for m in events(lines, "model"))
    code, _, text = cli("http://127.0.0.1:9", tmp_path, "models", "--source", "guess")
    assert code == 2 and "document, types, hand" in text
    code, lines, _ = cli("http://127.0.0.1:9", tmp_path, "schema", FROM_TYPES[0])
    assert code == 0 and events(lines, "field")
