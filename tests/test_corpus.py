"""fal's own documents, every one: each imports into exactly the committed model file, and
each imported model takes an input made from fal's examples and defaults, runs against
the emulator with a typed output, and refuses a broken constraint by name before sending.

Needs `../shared/fal-openapi/` beside the checkout (CI has it); skipped when absent.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import referencing.exceptions
from jsonschema import Draft202012Validator

from uniapi_fal import ENDPOINTS, AsyncClient, Client, InputValidationError
from uniapi_fal._registry import input_class, output_class
from uniapi_fal._validation import validate_input

from ._inputs import ROOT, SCHEMAS, _value, refusal
from .conftest import SHARED_FAL, SHARED_TYPES

pytestmark = pytest.mark.skipif(
    not SHARED_FAL.is_dir(), reason=f"fal's documents are not at {SHARED_FAL}"
)

sys.path.insert(0, str(ROOT / "scripts"))
import fal_sources  # noqa: E402
import import_fal  # noqa: E402
import spec_bundle  # noqa: E402

DOCUMENTS = sorted(SHARED_FAL.glob("*.json")) if SHARED_FAL.is_dir() else []


@cache
def fal_document(endpoint: str) -> dict[str, Any]:
    found: dict[str, Any] = json.loads(
        (SHARED_FAL / (endpoint.replace("/", "__") + ".json")).read_text(encoding="utf-8")
    )
    return found


def fal_input_schema(endpoint: str) -> dict[str, Any] | None:
    document = fal_document(endpoint)
    body = document["paths"]["/" + endpoint]["post"]["requestBody"]["content"]
    ref = body["application/json"]["schema"].get("$ref", "")
    schema: dict[str, Any] | None = document["components"]["schemas"].get(ref.rsplit("/", 1)[-1])
    return schema


def fits_fal(endpoint: str, schema: dict[str, Any], value: Any) -> bool:
    """Whether fal's own schema for a field accepts a value (some of fal's examples and
    defaults contradict their schema: such a value says nothing about the import)."""
    root = {**schema, "components": fal_document(endpoint)["components"]}
    try:
        return Draft202012Validator(root).is_valid(value)
    except referencing.exceptions.Unresolvable:  # fal's $ref to a schema it never defines
        return True


def fal_values(endpoint: str) -> tuple[dict[str, Any], list[str]]:
    """Each field's first example, else its default, as fal's document gives them, and
    the fields whose given values fal's own schema refuses (left out)."""
    fal = fal_input_schema(endpoint) or {}
    body: dict[str, Any] = {}
    contradicted = []
    for name, prop in (fal.get("properties") or {}).items():
        candidates = [
            *prop.get("examples", [])[:1],
            *([prop["default"]] if "default" in prop else []),
        ]
        fitting = [v for v in candidates if fits_fal(endpoint, prop, v)]
        if fitting:
            body[name] = fitting[0]
        elif candidates:
            contradicted.append(name)
    return body, contradicted


def fal_example_input(endpoint: str) -> dict[str, Any]:
    """An input from fal's own document (`fal_values`); a required field with no usable
    value gets one made from the spec's constraints."""
    body, _ = fal_values(endpoint)
    ours = SCHEMAS[ENDPOINTS[endpoint].input_schema]
    for name in ours.get("required", []):
        body.setdefault(name, _value(name, ours["properties"][name]))
    return body


def problems(endpoint: str, body: dict[str, Any]) -> list[str]:
    try:
        validate_input(endpoint, ENDPOINTS[endpoint].input_schema, body)
    except InputValidationError as error:
        return [p.message for p in error.errors]
    return []


FAL_ENDPOINTS = sorted(
    json.loads(p.read_text(encoding="utf-8"))["info"]["x-fal-metadata"]["endpointId"]
    for p in DOCUMENTS
)


def test_every_document_imports_into_the_committed_model_file(tmp_path: Path) -> None:
    """Importing the whole folder afresh (then fal's types, when they are here) writes the
    spec's model files byte for byte, so re-importing changes nothing and no name depends
    on what was there before."""
    models = tmp_path / "models"
    sources = [str(SHARED_FAL)] + ([str(SHARED_TYPES)] if SHARED_TYPES.exists() else [])
    report = import_fal.import_batches(
        fal_sources.read_sources(sources), models, spec_bundle.ROOT_SPEC
    )
    assert report.refused == []
    assert set(FAL_ENDPOINTS) <= set(report.written) and len(FAL_ENDPOINTS) == len(DOCUMENTS)
    written = sorted(
        spec_bundle.endpoint_of_path(p, models) for p in spec_bundle.model_files(models)
    )
    committed = [
        spec_bundle.endpoint_of_path(p)
        for p in spec_bundle.model_files()
        if SHARED_TYPES.exists() or import_fal.source_of(spec_bundle.read_yaml(p)) == "openapi"
    ]
    assert written == sorted(committed)
    for endpoint in written:
        fresh = spec_bundle.model_path(endpoint, models).read_text(encoding="utf-8")
        on_disk = spec_bundle.model_path(endpoint).read_text(encoding="utf-8")
        if not SHARED_TYPES.exists():  # fal's types mark what fal no longer lists
            on_disk = on_disk.replace("      x-fal-listed: false\n", "")
        assert fresh == on_disk, f"{endpoint}: the committed model file is not its import"


def test_the_spec_holds_every_endpoint_of_the_folder() -> None:
    assert set(FAL_ENDPOINTS) <= set(ENDPOINTS)
    assert len(ENDPOINTS) >= 700


@pytest.mark.parametrize("endpoint", FAL_ENDPOINTS)
def test_an_input_from_fal_examples_is_valid(endpoint: str) -> None:
    assert problems(endpoint, fal_example_input(endpoint)) == []


def test_few_of_fal_examples_contradict_their_own_schema() -> None:
    """The values left out above: fal's document gives them, and refuses them itself."""
    contradicted = {e: fal_values(e)[1] for e in FAL_ENDPOINTS if fal_values(e)[1]}
    assert len(contradicted) < 0.03 * len(FAL_ENDPOINTS), contradicted


def _breakable(schema: dict[str, Any]) -> tuple[str, Any, str] | None:
    """A top-level field with a constraint, a value that breaks it, and the word the
    message must contain."""
    for name, prop in (schema.get("properties") or {}).items():
        if not isinstance(prop, dict):
            continue
        if "maximum" in prop and prop.get("type") in ("integer", "number"):
            return name, prop["maximum"] + 1, "maximum"
        if "maxLength" in prop and prop.get("type") == "string":
            return name, "x" * (prop["maxLength"] + 1), "maxLength"
        if "enum" in prop and all(isinstance(v, str) for v in prop["enum"]):
            return name, "no-such-value-" + "x" * 8, "is not one of"
    return None


BREAKABLE = [e for e in FAL_ENDPOINTS if _breakable(SCHEMAS[ENDPOINTS[e].input_schema])]


def test_most_models_have_a_constraint_to_break() -> None:
    assert len(BREAKABLE) > 0.8 * len(FAL_ENDPOINTS)


@pytest.mark.parametrize("endpoint", BREAKABLE)
def test_a_broken_constraint_is_refused_by_name_and_nothing_is_sent(endpoint: str) -> None:
    found = _breakable(SCHEMAS[ENDPOINTS[endpoint].input_schema])
    assert found is not None
    field, value, word = found
    refused = refusal(endpoint, {**fal_example_input(endpoint), field: value})
    assert any(p.path == field and word in p.message for p in refused.errors), str(refused)


@pytest.mark.anyio
async def test_every_model_runs_against_the_emulator(async_client: AsyncClient) -> None:
    """All of them at once, each as its typed Input model, each answered with its typed
    Output (the emulator makes it from the Output schema)."""
    inputs = [input_class(ENDPOINTS[e]).from_dict(fal_example_input(e)) for e in FAL_ENDPOINTS]
    results = await async_client.map(inputs, concurrency=64, timeout=60)
    failed = [(FAL_ENDPOINTS[r.index], r.error) for r in results if not r.ok]
    assert failed == []
    for endpoint, result in zip(FAL_ENDPOINTS, results, strict=True):
        assert type(result.output) is output_class(ENDPOINTS[endpoint]), endpoint


def _one_per_category() -> list[str]:
    by_category: dict[str, list[str]] = defaultdict(list)
    for endpoint in FAL_ENDPOINTS:
        by_category[ENDPOINTS[endpoint].category].append(endpoint)
    return [found[0] for _, found in sorted(by_category.items())]


@pytest.mark.parametrize("endpoint", _one_per_category())
def test_typed_round_trip_per_category(client: Client, endpoint: str) -> None:
    """Input model in, Output model out, and the output survives to_dict/from_dict."""
    info = ENDPOINTS[endpoint]
    model = input_class(info).from_dict(fal_example_input(endpoint))
    assert model.to_dict() == fal_example_input(endpoint)
    out = client.run(model, timeout=30)
    cls = output_class(info)
    assert isinstance(out, cls)
    assert cls.from_dict(out.to_dict()) == out
