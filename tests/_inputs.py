"""Inputs built from the spec alone, so tests cover every model without listing them."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

from uniapi_fal import ENDPOINTS

ROOT = Path(__file__).resolve().parents[1]


def load_generate() -> ModuleType:
    """scripts/generate.py as a module, for its spec transforms."""
    spec = importlib.util.spec_from_file_location(
        "generate_script", ROOT / "scripts" / "generate.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["generate_script"] = module
    spec.loader.exec_module(module)
    return module


# The spec's components as JSON Schema, made the way the generator makes them.
SCHEMAS: dict[str, Any] = load_generate()._to_json_schema(
    yaml.safe_load((ROOT / "openapi" / "openapi.yaml").read_text())["components"]["schemas"]
)

SEED_ENDPOINT = "fal-ai/kling-video/v2.1/standard/image-to-video"
SEED_BODY = {
    "prompt": (
        "As the sun dips below the horizon, painting the sky in fiery hues of orange and purple, "
        "powerful waves relentlessly crash against jagged, dark rocks, their white foam a stark "
        "contrast to the deepening twilight; the textured surface of the rocks, wet and "
        "glistening, reflects the vibrant colors, creating a mesmerizing spectacle of nature's "
        "raw power and breathtaking beauty"
    ),
    "image_url": "https://v3.fal.media/files/panda/W-_J46zuJDQnUhqkKm9Iv_image.webp",
    "duration": "5",
    "aspect_ratio": "16:9",
    "negative_prompt": "blur, distort, and low quality",
    "cfg_scale": 0.5,
}
SEED_SUBMIT_ANSWER = {
    "status": "IN_QUEUE",
    "request_id": "725e8f7a-afbf-4e9d-9e33-314220bb1fed",
    "response_url": "https://queue.fal.run/fal-ai/xxxx/requests/725e8f7a-afbf-4e9d-9e33-314220bb1fed",
    "status_url": "https://queue.fal.run/fal-ai/xxxx/requests/725e8f7a-afbf-4e9d-9e33-314220bb1fed/status",
    "logs": None,
    "metrics": {},
    "queue_position": 0,
}


def _value(name: str, schema: dict[str, Any]) -> Any:
    if "$ref" in schema:
        return minimal(schema["$ref"].rsplit("/", 1)[1])
    if "oneOf" in schema:
        return _value(name, schema["oneOf"][0])
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "string":
        return f"https://example.com/{name}.png" if name.endswith("_url") else f"a test {name}"
    if kind == "integer":
        return max(1, int(schema.get("minimum", 1)))
    if kind == "number":
        return float(schema.get("minimum", 0))
    if kind == "boolean":
        return True
    raise AssertionError(f"no test value for {name}: {schema}")


def minimal(schema_name: str) -> dict[str, Any]:
    """The required fields of a schema, each with a valid value."""
    schema = SCHEMAS[schema_name]
    return {name: _value(name, schema["properties"][name]) for name in schema.get("required", [])}


def minimal_input(endpoint: str) -> dict[str, Any]:
    return minimal(ENDPOINTS[endpoint].input_schema)
