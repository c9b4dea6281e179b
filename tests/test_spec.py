"""The spec follows DESIGN.md's conventions, validates, and generated/ is fresh."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate

from uniapi_fal import ENDPOINTS

from ._inputs import SCHEMAS, SPEC, load_generate

ROOT = Path(__file__).resolve().parents[1]

MODEL_OPS = [
    (path, op)
    for path, item in SPEC["paths"].items()
    for op in item.values()
    if isinstance(op, dict) and "x-fal-endpoint" in op
]


def test_spec_is_valid_openapi() -> None:
    validate(SPEC)


def test_the_six_first_models_are_described() -> None:
    assert {
        "fal-ai/kling-video/v2.1/standard/image-to-video",
        "fal-ai/kling-video/v2.1/pro/image-to-video",
        "fal-ai/kling-video/v2.1/master/text-to-video",
        "fal-ai/flux/dev",
        "fal-ai/flux/schnell",
        "fal-ai/minimax/video-01",
    } <= {op["x-fal-endpoint"] for _, op in MODEL_OPS}


@pytest.mark.parametrize(("path", "op"), MODEL_OPS, ids=[p for p, _ in MODEL_OPS])
def test_model_path_follows_the_conventions(path: str, op: dict[str, Any]) -> None:
    assert op["tags"] == ["models"]
    assert path == "/" + op["x-fal-endpoint"]
    assert "{" not in path
    body_ref = op["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    input_name = body_ref.rsplit("/", 1)[1]
    output_name = op["x-fal-output"].rsplit("/", 1)[1]
    assert input_name.endswith("Input") and output_name.endswith("Output")
    assert output_name.removesuffix("Output") == input_name.removesuffix("Input")
    example = SPEC["components"]["schemas"][output_name].get("example")
    if example is not None:  # an example the emulator serves must itself be a valid output
        root = {"$ref": f"#/components/schemas/{output_name}", "components": {"schemas": SCHEMAS}}
        assert not list(Draft202012Validator(root).iter_errors(example))
    assert op["x-fal-endpoint"] in ENDPOINTS


def test_seed_constraints_are_in_the_spec() -> None:
    kling = SPEC["components"]["schemas"]["KlingVideoV21StandardImageToVideoInput"]
    props = kling["properties"]
    assert kling["required"] == ["prompt", "image_url"]
    assert props["prompt"]["maxLength"] == 2500
    assert props["cfg_scale"] == {**props["cfg_scale"], "minimum": 0, "maximum": 1, "default": 0.5}
    assert props["duration"]["enum"] == ["5", "10"] and props["duration"]["default"] == "5"
    flux = SPEC["components"]["schemas"]["FluxSchnellInput"]["properties"]
    assert (flux["num_inference_steps"]["maximum"], flux["num_inference_steps"]["default"]) == (
        12,
        4,
    )
    # fal's own schema, imported: schnell takes a guidance scale, and a seed may be null
    assert "guidance_scale" in flux
    assert {"type": "null"} in flux["seed"]["anyOf"]


def test_generated_code_is_from_this_spec() -> None:
    """The stamp's hashes match: generated/ was made from the spec as it is now."""
    stamp = dict(
        line.split(" ", 1)
        for line in (ROOT / "generated" / ".generation-stamp").read_text().splitlines()
    )
    for name in (
        "openapi/openapi.yaml",
        "generator-config.yml",
        "scripts/generate.py",
        "scripts/spec_bundle.py",
    ):
        digest = hashlib.sha256((ROOT / name).read_bytes()).hexdigest()
        assert stamp[name] == digest, f"{name} changed since generation: run `make generate`"
    models = load_generate().spec_digest()
    assert stamp["openapi/models/"] == models, "a model file changed: run `make generate`"
