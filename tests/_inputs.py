"""Inputs built from the spec alone, so tests cover every model without listing them."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx

from uniapi_fal import ENDPOINTS, Client, InputValidationError

from .conftest import TEST_KEY

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


SPEC: dict[str, Any] = json.loads(
    (ROOT / "generated" / "uniapi_fal_api" / "openapi.json").read_text(encoding="utf-8")
)
"""The bundled spec (root and model files), as `make generate` wrote it."""

# The spec's components as JSON Schema, made the way the generator makes them.
SCHEMAS: dict[str, Any] = load_generate()._to_json_schema(SPEC["components"]["schemas"])

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


def _value(name: str, schema: Any, depth: int = 0) -> Any:
    """A valid value for one field, from its schema's facts alone."""
    if not isinstance(schema, dict) or not schema:
        return f"a test {name}"
    if "$ref" in schema:
        return _object(SCHEMAS[schema["$ref"].rsplit("/", 1)[1]], depth + 1)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            branches = [b for b in schema[key] if b.get("type") != "null"] or schema[key]
            return _value(name, branches[0], depth)
    if "default" in schema:
        return schema["default"]
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "string":
        text = f"https://example.com/{name}.png" if name.endswith("url") else f"a test {name}"
        return text.ljust(schema.get("minLength", 0), "x")
    if kind in ("integer", "number"):
        low = schema.get(
            "minimum", schema.get("exclusiveMinimum", 0) + 1 if "exclusiveMinimum" in schema else 1
        )
        value = max(low, 1) if "maximum" not in schema else min(max(low, 0), schema["maximum"])
        step = schema.get("multipleOf")
        if step:
            value = step * -(-value // step)
        return int(value) if kind == "integer" else float(value)
    if kind == "boolean":
        return True
    if kind == "array":
        items = schema.get("prefixItems") or [schema.get("items", {})] * schema.get("minItems", 1)
        return [_value(name, item, depth + 1) for item in items]
    if kind == "object" or "properties" in schema:
        return _object(schema, depth + 1)
    if kind == "null":
        return None
    raise AssertionError(f"no test value for {name}: {schema}")


def _object(schema: dict[str, Any], depth: int = 0) -> dict[str, Any]:
    properties = schema.get("properties", {})
    return {n: _value(n, properties.get(n, {}), depth) for n in schema.get("required", [])}


def minimal(schema_name: str) -> dict[str, Any]:
    """The required fields of a schema, each with a valid value."""
    return _object(SCHEMAS[schema_name])


def minimal_input(endpoint: str) -> dict[str, Any]:
    return minimal(ENDPOINTS[endpoint].input_schema)


def refusal(endpoint: str, body: dict[str, Any]) -> InputValidationError:
    """The error submitting `body` raises, checked to have sent nothing."""
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(500))
    with Client(
        api_key=TEST_KEY,
        base_url="http://127.0.0.1:9",
        journal=False,
        http_client=httpx.Client(transport=transport),
    ) as client:
        try:
            client.submit(endpoint, body)
        except InputValidationError as refused:
            assert sent == []
            return refused
    raise AssertionError(f"{endpoint}: {body} was sent")
