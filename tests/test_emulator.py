"""The fal queue emulator: protocol, validation, job life cycle, faults, server and CLI.

Most tests run the app in-process with a fake clock, so no test sleeps to move a
job along; the SSE and CLI tests use real sockets with timings of a few tens of ms.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import logging
import math
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)
from httpx_sse import connect_sse
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

import fal_queue_emulator
from fal_queue_emulator import (
    EmulatedConnectionReset,
    Emulator,
    EmulatorConfig,
    EmulatorStats,
    Fault,
    FaultConfig,
    RecordedRequest,
    RunningEmulator,
    SpecError,
    create_app,
    input_digest,
    run_in_thread,
)
from fal_queue_emulator.__main__ import main as cli_main
from fal_queue_emulator._faults import GATEWAY_STATUSES, UNKNOWN_STATUSES
from fal_queue_emulator._jobs import JobStore, Timings, wants_failure

from .conftest import SPEC as SPEC_PATH

SPEC: dict[str, Any] = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
"""The bundled spec (OpenAPI 3.1, every model), read as JSON, as the emulator reads it."""

KLING = "fal-ai/kling-video/v2.1/standard/image-to-video"
SEED_BODY: dict[str, Any] = {
    "prompt": (
        "As the sun dips below the horizon, painting the sky in fiery hues of orange and "
        "purple, powerful waves relentlessly crash against jagged, dark rocks, their white "
        "foam a stark contrast to the deepening twilight; the textured surface of the rocks, "
        "wet and glistening, reflects the vibrant colors, creating a mesmerizing spectacle of "
        "nature's raw power and breathtaking beauty"
    ),
    "image_url": "https://v3.fal.media/files/panda/W-_J46zuJDQnUhqkKm9Iv_image.webp",
    "duration": "5",
    "aspect_ratio": "16:9",
    "negative_prompt": "blur, distort, and low quality",
    "cfg_scale": 0.5,
}
KEY = {"Authorization": "Key test-key"}
BASE = "http://127.0.0.1:8123"
FOREIGN = "http://localhost:8123"
ISO_MS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
NO_JOB_STATUS = "/fal-ai/kling-video/requests/00000000-0000-4000-8000-000000000000/status"
ALL_FAULT_TYPES = ("429", "5xx", "520", "reset", "slow", "unknown_status", "duplicate_events")


# ------------------------------------------------------------------ spec helpers


def _deref(node: Any) -> Any:
    """Follow `$ref`s at the top of a schema node; sibling keys (`default`...) win."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = {**target, **{key: value for key, value in node.items() if key != "$ref"}}
    return node


def spec_models() -> dict[str, dict[str, Any]]:
    """endpoint id -> {input schema, output pointer, category}, read straight from the JSON."""
    models: dict[str, dict[str, Any]] = {}
    for item in SPEC["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "x-fal-endpoint" in operation:
                body = _deref(operation["requestBody"])
                schema = _deref(body["content"]["application/json"]["schema"])
                models[operation["x-fal-endpoint"]] = {
                    "input": schema,
                    "output": operation["x-fal-output"],
                    "category": operation.get("x-fal-category", "unknown"),
                }
    return models


MODELS = spec_models()
SIX = (
    "fal-ai/flux/dev",
    "fal-ai/flux/schnell",
    "fal-ai/kling-video/v2.1/master/text-to-video",
    "fal-ai/kling-video/v2.1/pro/image-to-video",
    "fal-ai/kling-video/v2.1/standard/image-to-video",
    "fal-ai/minimax/video-01",
)
"""The models the spec was written with by hand (their Outputs had examples then)."""


def across_categories(per_category: int = 2) -> list[str]:
    """The six hand-written models and the first few of every category."""
    chosen: dict[str, list[str]] = {}
    for endpoint in sorted(MODELS):
        found = chosen.setdefault(MODELS[endpoint]["category"], [])
        if len(found) < per_category:
            found.append(endpoint)
    return sorted({*SIX, *(e for found in chosen.values() for e in found)})


SAMPLED = across_categories()

_REGISTRY: Registry[Any] = Registry().with_resource(
    "urn:spec", Resource.from_contents(SPEC, default_specification=DRAFT202012)
)


def schema_errors(pointer: str, value: Any) -> list[str]:
    """What the schema at `pointer` (in the bundled spec) finds wrong with `value`."""
    validator = Draft202012Validator({"$ref": f"urn:spec{pointer}"}, registry=_REGISTRY)
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(value)]


def output_errors(endpoint: str, value: Any) -> list[str]:
    """Where `value` breaks the model's Output schema."""
    return schema_errors(MODELS[endpoint]["output"], value)


def _number(schema: dict[str, Any]) -> int | float:
    integer = schema.get("type") == "integer"
    low, high = schema.get("minimum"), schema.get("maximum")
    above, below = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    value: float = low if low is not None else 1
    if above is not None and value <= above:
        value = above + 1
    if high is not None:
        value = min(value, high)
    if below is not None and value >= below:
        value = (below + (above if above is not None else below - 2)) / 2
    step = schema.get("multipleOf")
    if step:
        value = math.ceil(value / step) * step
    return int(value) if integer else value


def sample(schema: Any) -> Any:
    """A small value the schema accepts, built only from the schema (required fields only)."""
    schema = _deref(schema)
    if "example" in schema:
        return schema["example"]
    if schema.get("default") is not None:
        return schema["default"]
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    for key in ("oneOf", "anyOf"):
        if key in schema:
            branches = [b for b in schema[key] if _deref(b).get("type") != "null"]
            return sample((branches or schema[key])[0])
    kind = schema.get("type", "object")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "string":
        return "a lighthouse on a cliff at dawn"[: schema.get("maxLength", 100)].ljust(
            schema.get("minLength", 0), "x"
        )
    if kind in ("integer", "number"):
        return _number(schema)
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    if kind == "array":
        if "prefixItems" in schema:
            return [sample(item) for item in schema["prefixItems"]]
        return [sample(schema.get("items", {}))] * max(schema.get("minItems", 1), 1)
    properties = schema.get("properties", {})
    return {name: sample(properties.get(name, {})) for name in schema.get("required", [])}


# ----------------------------------------------------------------------- harness


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class Harness:
    """The app in-process behind httpx, with a fake clock that tests move by hand."""

    def __init__(self, **overrides: Any) -> None:
        self.clock = FakeClock()
        overrides.setdefault("clock", self.clock)
        overrides.setdefault("spec_path", SPEC_PATH)
        self.emulator = Emulator(EmulatorConfig(**overrides))
        self.app = create_app(self.emulator)

    def request(
        self, method: str, url: str, *, headers: dict[str, str] | None = None, **kwargs: Any
    ) -> httpx.Response:
        # URLs returned by the emulator point at the "foreign" host: rewrite them,
        # exactly as a well-behaved client must.
        url = url.replace(FOREIGN, BASE)

        async def send() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url=BASE) as client:
                return await client.request(
                    method, url, headers=KEY if headers is None else headers, **kwargs
                )

        return asyncio.run(send())

    def submit(self, endpoint: str = KLING, body: Any = None, **kwargs: Any) -> httpx.Response:
        return self.request(
            "POST", f"/{endpoint}", json=SEED_BODY if body is None else body, **kwargs
        )

    def submitted(self, endpoint: str = KLING, body: Any = None) -> dict[str, Any]:
        response = self.submit(endpoint, body)
        assert response.status_code == 200, response.text
        data: dict[str, Any] = response.json()
        return data


@pytest.fixture
def harness() -> Harness:
    # queue 1 s in steps of 0.25 s, run 2 s with a log line every 0.5 s
    return Harness(queue_seconds=1.0, run_seconds=2.0, queue_step=0.25, log_interval=0.5)


# ------------------------------------------------------------------------- spec


def test_the_spec_models_are_all_served(harness: Harness) -> None:
    assert MODELS, "the spec declares no model"
    assert set(harness.emulator.spec.models) == set(MODELS)


@pytest.mark.parametrize("endpoint", SAMPLED)
def test_models_run_end_to_end(harness: Harness, endpoint: str) -> None:
    body = sample(MODELS[endpoint]["input"])
    submitted = harness.submitted(endpoint, body)
    owner_app = "/".join(endpoint.split("/")[:2])
    assert submitted["status_url"].startswith(f"{FOREIGN}/{owner_app}/requests/")

    queued = harness.request("GET", submitted["status_url"])
    assert (queued.status_code, queued.json()["status"]) == (202, "IN_QUEUE")
    harness.clock.advance(1.0)
    running = harness.request("GET", submitted["status_url"])
    assert (running.status_code, running.json()["status"]) == (202, "IN_PROGRESS")
    harness.clock.advance(2.0)
    done = harness.request("GET", submitted["status_url"])
    assert (done.status_code, done.json()["status"]) == (200, "COMPLETED")
    assert done.json()["error"] is None

    result = harness.request("GET", submitted["response_url"])
    assert result.status_code == 200
    output = result.json()
    assert output_errors(endpoint, output) == []
    rid = submitted["request_id"]
    assert output == harness.emulator.output_for(endpoint, body, rid, BASE)


def _with_model(document: dict[str, Any], output: dict[str, Any]) -> dict[str, Any]:
    """`document` plus `acme/painter/v2`, taking an ImageSize, returning `output`."""
    document["paths"]["/acme/painter/v2"] = {
        "post": {
            "x-fal-endpoint": "acme/painter/v2",
            "x-fal-output": "#/components/schemas/PainterOutput",
            "requestBody": {
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "required": ["size"],
                            "properties": {"size": {"$ref": "#/components/schemas/ImageSize"}},
                        }
                    }
                }
            },
        }
    }
    document["components"]["schemas"]["PainterOutput"] = output
    return document


def test_a_model_added_to_the_spec_is_served_without_code(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.json"
    spec.write_text(json.dumps(_with_model(json.loads(json.dumps(SPEC)), {"example": {"ok": 1}})))
    harness = Harness(spec_path=spec, queue_seconds=0.0, run_seconds=0.0)

    bad = harness.submit("acme/painter/v2", {"size": {"width": 0, "height": 1}})
    assert bad.status_code == 422
    assert bad.json()["detail"][0]["loc"] == ["body", "size", "width"]
    submitted = harness.submitted("acme/painter/v2", {"size": {"width": 5, "height": 5}})
    assert submitted["response_url"].startswith(f"{FOREIGN}/acme/painter/requests/")
    # An Output with an `example` is served as it is.
    assert harness.request("GET", submitted["response_url"]).json() == {"ok": 1}


def test_a_small_yaml_spec_gets_outputs_built_from_its_schemas(tmp_path: Path) -> None:
    yaml = pytest.importorskip("yaml")
    output = {
        "type": "object",
        "required": ["picture", "strokes"],
        "properties": {
            "picture": {"$ref": "#/components/schemas/Image"},
            "strokes": {"type": "integer", "exclusiveMinimum": 10, "maximum": 20},
            "style": {"const": "oil"},
        },
    }
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {
            "schemas": {k: SPEC["components"]["schemas"][k] for k in ("Image", "ImageSize")}
        },
    }
    spec = tmp_path / "painter.yaml"
    spec.write_text(yaml.safe_dump(_with_model(document, output)), encoding="utf-8")
    harness = Harness(spec_path=spec, queue_seconds=0.0, run_seconds=0.0)
    assert list(harness.emulator.spec.models) == ["acme/painter/v2"]
    submitted = harness.submitted("acme/painter/v2", {"size": {"width": 5, "height": 5}})
    result = harness.request("GET", submitted["response_url"]).json()
    picture = result.pop("picture")
    assert result == {"strokes": 11, "style": "oil"}
    assert picture["url"].startswith(f"{BASE}/_emulator/files/{submitted['request_id']}/0/")
    assert picture["content_type"] == "image/jpeg"  # the Image schema's default
    assert isinstance(picture["width"], int) and isinstance(picture["height"], int)


def test_spec_problems_are_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["--port", "0", "--spec", str(tmp_path / "missing.json")]) == 1
    assert "missing.json" in capsys.readouterr().err

    broken = tmp_path / "broken.json"
    broken.write_text('{"openapi": "3.1.0", "paths": ', encoding="utf-8")
    with pytest.raises(SpecError, match="not valid JSON"):
        Emulator(EmulatorConfig(spec_path=broken))

    document = json.loads(json.dumps(SPEC))
    document["paths"][f"/{KLING}"]["post"]["x-fal-output"] = "#/components/schemas/Nowhere"
    spec = tmp_path / "openapi.json"
    spec.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(SpecError, match="Nowhere.*does not resolve"):
        Emulator(EmulatorConfig(spec_path=spec))


# ----------------------------------------------------------------------- submit


def test_seed_body_is_accepted_with_the_gateway_shape(harness: Harness) -> None:
    response = harness.submit(KLING, SEED_BODY)
    assert response.status_code == 200
    data = response.json()
    seed_example = SPEC["components"]["schemas"]["QueueSubmitted"]["example"]
    assert set(data) == set(seed_example) | {"cancel_url"}
    assert data["status"] == "IN_QUEUE"
    assert data["logs"] is None and data["metrics"] == {}
    request_id = data["request_id"]
    assert uuid.UUID(request_id).version == 4
    base = f"{FOREIGN}/fal-ai/kling-video/requests/{request_id}"
    assert data["response_url"] == base
    assert data["status_url"] == f"{base}/status"
    assert data["cancel_url"] == f"{base}/cancel"

    recorded = harness.emulator.requests_of("submit")
    assert len(recorded) == 1 and recorded[0].body == SEED_BODY
    assert harness.emulator.jobs.get(request_id) is not None


def test_urls_go_to_the_other_local_name_or_the_configured_host() -> None:
    harness = Harness()

    async def submit_on(host: str) -> dict[str, Any]:
        transport = httpx.ASGITransport(app=harness.app)
        async with httpx.AsyncClient(transport=transport) as client:
            response = await client.post(f"http://{host}:9000/{KLING}", json=SEED_BODY, headers=KEY)
            data: dict[str, Any] = response.json()
            return data

    assert asyncio.run(submit_on("localhost"))["status_url"].startswith("http://127.0.0.1:9000/")
    assert asyncio.run(submit_on("127.0.0.1"))["status_url"].startswith("http://localhost:9000/")

    foreign = Harness(foreign_base_url="https://queue.fal.run/")
    data = foreign.submitted()
    assert data["response_url"] == (
        f"https://queue.fal.run/fal-ai/kling-video/requests/{data['request_id']}"
    )


def test_webhook_is_stored_on_the_job(harness: Harness) -> None:
    response = harness.submit(params={"fal_webhook": "https://example.test/hook"})
    job = harness.emulator.jobs.get(response.json()["request_id"])
    assert job is not None and job.webhook_url == "https://example.test/hook"
    assert harness.emulator.requests[0].query == "fal_webhook=https%3A%2F%2Fexample.test%2Fhook"


def test_unknown_endpoint_is_404(harness: Harness) -> None:
    response = harness.submit("fal-ai/no-such-model", {"prompt": "x"})
    assert response.status_code == 404
    assert response.json() == {"detail": "Application 'fal-ai/no-such-model' not found"}
    assert harness.request("GET", "/nothing/here").status_code == 404


# ------------------------------------------------------------------------- auth


def test_missing_or_wrong_key_is_401() -> None:
    harness = Harness(api_key="right")
    missing = harness.submit(headers={})
    assert missing.status_code == 401
    assert missing.json() == {"detail": "Missing authorization header"}
    assert harness.submit(headers={"Authorization": "Key wrong"}).status_code == 401
    assert harness.submit(headers={"Authorization": "Basic right"}).status_code == 401
    assert harness.submit(headers={"Authorization": "Key right"}).status_code == 200
    assert harness.submit(headers={"Authorization": "Bearer right"}).status_code == 200
    assert len(harness.emulator.jobs) == 2
    # queue operations need the key too
    request_id = harness.emulator.jobs.all()[0].request_id
    status_path = f"/fal-ai/kling-video/requests/{request_id}/status"
    assert harness.request("GET", status_path, headers={}).status_code == 401
    assert harness.request("GET", status_path, headers={"Authorization": "Key right"}).is_success


def test_any_token_is_accepted_without_a_configured_key(harness: Harness) -> None:
    assert harness.submit(headers={"Authorization": "Bearer whatever"}).status_code == 200


def test_requests_are_recorded_with_host_and_headers(harness: Harness) -> None:
    data = harness.submitted()
    harness.request("GET", data["status_url"], headers={})
    first, second = harness.emulator.requests
    assert isinstance(first, RecordedRequest)
    assert (first.method, first.kind, first.path) == ("POST", "submit", f"/{KLING}")
    assert first.host == "127.0.0.1:8123"
    assert first.headers["authorization"] == "Key test-key"
    assert (second.kind, second.method) == ("status", "GET")
    assert "authorization" not in second.headers
    assert not [r for r in harness.emulator.requests if r.host.startswith("localhost")]
    harness.emulator.clear_requests()
    assert harness.emulator.requests == []


# ------------------------------------------------------------------- validation


def _errors(harness: Harness, body: Any) -> list[dict[str, Any]]:
    response = harness.submit(KLING, body)
    assert response.status_code == 422, response.text
    assert len(harness.emulator.jobs) == 0
    detail: list[dict[str, Any]] = response.json()["detail"]
    return detail


@pytest.mark.parametrize(
    ("change", "loc", "type_", "ctx", "bad"),
    [
        ({"cfg_scale": 1.5}, ["body", "cfg_scale"], "less_than_equal", {"le": 1}, 1.5),
        ({"cfg_scale": -1}, ["body", "cfg_scale"], "greater_than_equal", {"ge": 0}, -1),
        ({"prompt": None}, ["body", "prompt"], "missing", None, ...),
        (
            {"duration": "7"},
            ["body", "duration"],
            "literal_error",
            {"expected": "'5' or '10'"},
            "7",
        ),
        ({"seed": 42}, ["body", "seed"], "extra_forbidden", None, 42),
        (
            {"prompt": "x" * 2501},
            ["body", "prompt"],
            "string_too_long",
            {"max_length": 2500},
            "x" * 2501,
        ),
        ({"cfg_scale": "high"}, ["body", "cfg_scale"], "float_type", None, "high"),
        ({"image_url": 3}, ["body", "image_url"], "string_type", None, 3),
    ],
)
def test_invalid_bodies_get_fal_422_items(
    harness: Harness,
    change: dict[str, Any],
    loc: list[str],
    type_: str,
    ctx: dict[str, Any] | None,
    bad: Any,
) -> None:
    body = {**SEED_BODY, **change}
    if change.get("prompt", "") is None:
        del body["prompt"]
    (item,) = _errors(harness, body)
    assert item["loc"] == loc
    assert item["type"] == type_
    assert isinstance(item["msg"], str) and item["msg"]
    assert item.get("ctx") == ctx
    assert item["input"] == (body if bad is ... else bad)


def test_all_errors_are_reported_at_once(harness: Harness) -> None:
    body = {**SEED_BODY, "cfg_scale": 1.5, "duration": "7", "seed": 1, "prompt": "x" * 3000}
    del body["image_url"]
    items = _errors(harness, body)
    assert sorted(tuple(item["loc"]) for item in items) == sorted(
        [
            ("body", "cfg_scale"),
            ("body", "duration"),
            ("body", "seed"),
            ("body", "prompt"),
            ("body", "image_url"),
        ]
    )
    assert {item["msg"] for item in items} >= {
        "Field required",
        "Extra inputs are not permitted",
        "Input should be less than or equal to 1",
        "String should have at most 2500 characters",
        "Input should be '5' or '10'",
    }


def test_union_and_nested_errors(harness: Harness) -> None:
    def errors(body: dict[str, Any]) -> list[tuple[tuple[Any, ...], str]]:
        response = harness.submit("fal-ai/flux/dev", body)
        assert response.status_code == 422
        return [(tuple(item["loc"]), item["type"]) for item in response.json()["detail"]]

    assert errors({"prompt": "p", "image_size": "huge"}) == [
        (("body", "image_size"), "literal_error")
    ]
    assert errors({"prompt": "p", "image_size": {"width": 0, "height": 2}}) == [
        (("body", "image_size", "width"), "greater_than")  # exclusiveMinimum: 0
    ]
    assert sorted(errors({"prompt": "p", "image_size": 5})) == [
        (("body", "image_size"), "dict_type"),
        (("body", "image_size"), "string_type"),
    ]
    assert errors({"prompt": "p", "num_images": None}) == [(("body", "num_images"), "int_type")]
    # `anyOf [integer, null]` is an optional integer: only the integer is reported
    assert errors({"prompt": "p", "seed": "abc"}) == [(("body", "seed"), "int_type")]
    ok = harness.submit("fal-ai/flux/dev", {"prompt": "p", "image_size": {"width": 8, "height": 8}})
    assert ok.status_code == 200


@pytest.mark.parametrize(
    ("content", "type_"),
    [
        (b"[1, 2]", "model_attributes_type"),
        (b'"text"', "model_attributes_type"),
        (b"{nope", "json_invalid"),
        (b"", "missing"),
    ],
)
def test_a_body_that_is_not_a_json_object_is_422(
    harness: Harness, content: bytes, type_: str
) -> None:
    response = harness.request(
        "POST",
        f"/{KLING}",
        content=content,
        headers={**KEY, "Content-Type": "application/json"},
    )
    assert response.status_code == 422
    (item,) = response.json()["detail"]
    assert item["type"] == type_ and item["loc"][0] == "body"
    assert len(harness.emulator.jobs) == 0


# ---------------------------------------------------------------- status, logs


def test_queue_position_counts_down(harness: Harness) -> None:
    data = harness.submitted()
    positions = [data["queue_position"]]  # whole queue steps left: 1 s / 0.25 s
    harness.clock.advance(0.1)
    for _ in range(4):
        body = harness.request("GET", data["status_url"]).json()
        assert (body["status"], body["logs"], body["metrics"]) == ("IN_QUEUE", None, {})
        positions.append(body["queue_position"])
        harness.clock.advance(0.25)
    assert positions == [4, 3, 2, 1, 0]
    body = harness.request("GET", data["status_url"]).json()
    assert body["status"] == "IN_PROGRESS" and "queue_position" not in body


def test_logs_only_with_logs_1(harness: Harness) -> None:
    data = harness.submitted()
    harness.clock.advance(1.6)  # 0.6 s into the run: lines at 0.0 and 0.5
    without = harness.request("GET", data["status_url"]).json()
    assert without["logs"] is None
    with_logs = harness.request("GET", data["status_url"], params={"logs": 1}).json()
    assert [line["message"].split(":")[0] for line in with_logs["logs"]] == [
        "step 1/4",
        "step 2/4",
    ]
    for line in with_logs["logs"]:
        assert (line["level"], line["source"]) == ("INFO", "USER")
        assert ISO_MS.match(line["timestamp"])
    assert with_logs["metrics"] == {}
    assert set(with_logs) == {
        "status",
        "request_id",
        "logs",
        "metrics",
        "response_url",
        "status_url",
        "cancel_url",
    }
    harness.clock.advance(5)
    done = harness.request("GET", data["status_url"], params={"logs": "1"}).json()
    assert len(done["logs"]) == 4
    assert done["metrics"] == {"inference_time": 2.0}
    assert done["status_url"] == data["status_url"]


def test_status_of_unknown_or_mismatched_request_is_404(harness: Harness) -> None:
    data = harness.submitted()
    rid = data["request_id"]
    for path in (
        "/fal-ai/kling-video/requests/00000000-0000-4000-8000-000000000000/status",
        f"/fal-ai/flux/requests/{rid}/status",
        f"/fal-ai/flux/requests/{rid}",
    ):
        response = harness.request("GET", path)
        assert response.status_code == 404
        assert response.json() == {"detail": "Request not found"}


# ---------------------------------------------------------------------- result


def test_result_is_400_until_done(harness: Harness) -> None:
    data = harness.submitted()
    early = harness.request("GET", data["response_url"])
    assert early.status_code == 400
    assert early.json() == {"detail": "Request is still in progress"}
    harness.clock.advance(1.5)
    assert harness.request("GET", data["response_url"]).status_code == 400
    harness.clock.advance(1.5)
    assert harness.request("GET", data["response_url"]).status_code == 200


def test_emulator_fail_marker_fails_the_job(harness: Harness) -> None:
    data = harness.submitted(KLING, {**SEED_BODY, "negative_prompt": "please EMULATOR_FAIL"})
    harness.clock.advance(3.0)
    status = harness.request("GET", data["status_url"])
    assert status.status_code == 200
    body = status.json()
    assert body["status"] == "COMPLETED"
    assert (body["error"], body["error_type"]) == ("Emulated model failure", "emulated_failure")
    result = harness.request("GET", data["response_url"])
    assert result.status_code == 500
    assert result.headers["X-Fal-Error-Type"] == "emulated_failure"
    assert result.json() == {"detail": "Emulated model failure", "error_type": "emulated_failure"}


# ---------------------------------------------------------------------- cancel


def test_cancel_then_result_is_499(harness: Harness) -> None:
    data = harness.submitted()
    harness.clock.advance(1.2)
    cancel = harness.request("PUT", data["cancel_url"])
    assert (cancel.status_code, cancel.json()) == (202, {"status": "CANCELLATION_REQUESTED"})
    status = harness.request("GET", data["status_url"]).json()
    assert status["status"] == "COMPLETED"
    assert (status["error"], status["error_type"]) == ("Request was cancelled", "cancelled")
    result = harness.request("GET", data["response_url"])
    assert (result.status_code, result.json()) == (499, {"detail": "Request was cancelled"})
    again = harness.request("PUT", data["cancel_url"])
    assert (again.status_code, again.json()) == (400, {"status": "ALREADY_COMPLETED"})


def test_cancel_of_a_completed_or_unknown_request(harness: Harness) -> None:
    data = harness.submitted()
    harness.clock.advance(10)
    done = harness.request("PUT", data["cancel_url"])
    assert (done.status_code, done.json()) == (400, {"status": "ALREADY_COMPLETED"})
    assert harness.request("GET", data["response_url"]).status_code == 200
    unknown = harness.request("PUT", "/fal-ai/kling-video/requests/nope/cancel")
    assert (unknown.status_code, unknown.json()) == (404, {"status": "NOT_FOUND"})


# ---------------------------------------------------------------------- faults


def test_injected_429_and_html_500(harness: Harness) -> None:
    data = harness.submitted()
    harness.emulator.inject("status", Fault.rate_limited(retry_after=2))
    harness.emulator.inject("status", Fault.html_error(500))
    limited = harness.request("GET", data["status_url"])
    assert limited.status_code == 429
    assert limited.headers["Retry-After"] == "2"
    assert limited.json() == {"detail": "Rate limit exceeded"}
    broken = harness.request("GET", data["status_url"])
    assert broken.status_code == 500
    assert broken.headers["content-type"].startswith("text/html")
    assert broken.text == "<html><body><h1>500 Internal Server Error</h1></body></html>"
    assert harness.request("GET", data["status_url"]).status_code == 202
    assert harness.emulator.faults_injected == 2


def test_injected_fault_on_submit_creates_no_job(harness: Harness) -> None:
    harness.emulator.inject("submit", Fault(503, "<html>busy</html>", "text/html"), times=2)
    assert harness.submit().status_code == 503
    assert harness.submit().status_code == 503
    assert len(harness.emulator.jobs) == 0
    assert len(harness.emulator.requests_of("submit")) == 2
    assert harness.submit().status_code == 200
    assert len(harness.emulator.jobs) == 1


def test_injected_fault_kinds_and_any(harness: Harness) -> None:
    data = harness.submitted()
    harness.emulator.inject("result", Fault.html_error(520))
    harness.emulator.inject("any", Fault(504, '{"detail": "timeout"}'))
    assert harness.request("GET", data["status_url"]).status_code == 504
    assert harness.request("GET", data["response_url"]).status_code == 520
    with pytest.raises(ValueError):
        harness.emulator.inject("everything", Fault(500))


def test_random_faults_follow_rates_and_seed() -> None:
    always = Harness(faults=FaultConfig(rate_429=1.0, retry_after=0.5))
    response = always.submit()
    assert response.status_code == 429 and response.headers["Retry-After"] == "0.5"
    assert len(always.emulator.jobs) == 0 and always.emulator.faults_injected == 1

    def codes(seed: int) -> list[int]:
        harness = Harness(faults=FaultConfig(rate_429=0.3, rate_5xx=0.3, seed=seed))
        return [harness.request("GET", NO_JOB_STATUS).status_code for _ in range(30)]

    first = codes(7)
    assert first == codes(7)
    assert {429, 404} <= set(first) and set(first) & set(GATEWAY_STATUSES)
    with pytest.raises(ValueError):
        FaultConfig(rate_429=0.8, rate_5xx=0.5)


# ----------------------------------------------------- fault mix: configuration


def test_fault_config_is_validated() -> None:
    cases: list[dict[str, Any]] = [
        {"rate_429": 0.8, "rate_5xx": 0.5},
        {"rate_reset": -0.1},
        {"rate_slow": 1.5},
        {"rate_unknown_status": float("nan")},
        {"retry_after": -1.0},
        {"slow_seconds": -0.1},
    ]
    for bad in cases:
        with pytest.raises(ValueError):
            FaultConfig(**bad)
    assert FaultConfig(rate_520=0.5, rate_duplicate_events=0.5).total == 1.0


def test_mix_spreads_the_total_evenly_over_the_seven_kinds() -> None:
    mix = FaultConfig.mix(0.35, seed=4)
    assert mix.rates == {
        name: pytest.approx(0.05)
        for name in ("429", "5xx", "520", "reset", "slow", "unknown_status", "duplicate_events")
    }
    assert mix.total == pytest.approx(0.35)
    assert (mix.seed, mix.retry_after, mix.slow_seconds) == (4, 0.05, 0.05)
    assert FaultConfig.mix(0.7, retry_after=1.0, slow_seconds=0.2).retry_after == 1.0
    assert FaultConfig.mix(1.0).total == pytest.approx(1.0)  # seven sevenths is valid
    assert FaultConfig.mix(0.0) == FaultConfig(retry_after=0.05, slow_seconds=0.05)
    with pytest.raises(ValueError):
        FaultConfig.mix(1.2)


def test_input_digest_is_the_sha256_of_canonical_json() -> None:
    digest = input_digest({"b": [1, "é"], "a": None})
    canonical = json.dumps({"a": None, "b": [1, "é"]}, sort_keys=True, separators=(",", ":"))
    assert digest == hashlib.sha256(canonical.encode()).hexdigest()
    assert digest == input_digest({"a": None, "b": [1, "é"]})
    assert digest != input_digest({"a": None, "b": [1, "e"]})


# ------------------------------------------------ fault mix: each type on the wire


@contextmanager
def served(faults: FaultConfig, **overrides: Any) -> Iterator[tuple[RunningEmulator, httpx.Client]]:
    """An emulator on a real socket with instant jobs, and a client keyed for it."""
    settings: dict[str, Any] = {"queue_seconds": 0.0, "run_seconds": 0.0, **overrides}
    config = EmulatorConfig(spec_path=SPEC_PATH, faults=faults, **settings)
    with (
        run_in_thread(config) as running,
        httpx.Client(base_url=running.base_url, headers=KEY, timeout=5) as client,
    ):
        yield running, client


def local(running: RunningEmulator, url: str) -> str:
    """A returned (foreign) URL rewritten onto the emulator's own address."""
    return url.replace(f"http://localhost:{running.port}", running.base_url)


def raw_exchange(running: RunningEmulator, request: bytes) -> bytes:
    """Send bytes on a fresh socket; everything received until the server closes."""
    received = b""
    with socket.create_connection((running.host, running.port), timeout=5) as sock:
        sock.sendall(request)
        try:
            while chunk := sock.recv(65536):
                received += chunk
        except ConnectionResetError:
            pass
    return received


def test_random_429_carries_retry_after_and_creates_no_job() -> None:
    with served(FaultConfig(rate_429=1.0, retry_after=0.05)) as (running, client):
        for response in (client.post(f"/{KLING}", json=SEED_BODY), client.get(NO_JOB_STATUS)):
            assert response.status_code == 429
            assert response.headers["retry-after"] == "0.05"
            assert response.headers["content-type"] == "application/json"
            assert response.json() == {"detail": "Rate limit exceeded"}
        stats = running.emulator.stats()
    assert stats.faults_by_type["429"] == stats.faults_injected == 2
    assert stats.submit_requests_by_input == {input_digest(SEED_BODY): 1}
    assert stats.jobs_by_input == {} and stats.jobs_created == 0
    assert Fault.rate_limited(1.0).headers == {"Retry-After": "1"}


def test_random_5xx_are_load_balancer_html_pages() -> None:
    with served(FaultConfig(rate_5xx=1.0, seed=3)) as (running, client):
        assert client.post(f"/{KLING}", json=SEED_BODY).status_code in GATEWAY_STATUSES
        responses = [client.get(NO_JOB_STATUS) for _ in range(24)]
        stats = running.emulator.stats()
    assert {response.status_code for response in responses} == set(GATEWAY_STATUSES)
    for response in responses:
        assert response.headers["content-type"].startswith("text/html")
        assert f"<title>{response.status_code} " in response.text and "nginx" in response.text
    assert stats.faults_by_type["5xx"] == 25 and stats.jobs_created == 0


def test_random_520_is_cloudflare_style() -> None:
    with served(FaultConfig(rate_520=1.0)) as (running, client):
        submit = client.post(f"/{KLING}", json=SEED_BODY)
        status = client.get(NO_JOB_STATUS)
        stats = running.emulator.stats()
    for response in (submit, status):
        assert response.status_code == 520
        assert response.reason_phrase in ("", "Unknown Error")
        assert response.headers["content-type"].startswith("text/html")
        assert "Error code 520" in response.text
    assert stats.faults_by_type["520"] == 2 and stats.jobs_created == 0
    assert stats.submit_requests_by_input == {input_digest(SEED_BODY): 1}


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def test_random_reset_drops_the_connection_quietly() -> None:
    records = _Records()
    server_log = logging.getLogger("uvicorn.error")
    with served(FaultConfig(rate_reset=1.0)) as (running, client):
        server_log.addHandler(records)
        try:
            with pytest.raises(httpx.TransportError):
                client.post(f"/{KLING}", json=SEED_BODY)
            with pytest.raises(httpx.TransportError):
                client.get(NO_JOB_STATUS)

            # mid-response: a 200 whose body stops short of its content-length
            host = f"Host: {running.host}:{running.port}\r\n"
            raw = raw_exchange(
                running,
                f"GET {NO_JOB_STATUS} HTTP/1.1\r\n{host}Authorization: Key k\r\n\r\n".encode(),
            )
            head, _, body = raw.partition(b"\r\n\r\n")
            lines = head.decode().split("\r\n")
            assert lines[0].startswith("HTTP/1.1 200")
            headers = dict(line.lower().split(": ", 1) for line in lines[1:])
            assert headers["content-type"] == "application/json"
            assert 0 < len(body) < int(headers["content-length"])
            assert body.startswith(b'{"status": ')

            # a submit: not one byte of response
            content = json.dumps(SEED_BODY).encode()
            submit = (
                f"POST /{KLING} HTTP/1.1\r\n{host}Authorization: Key k\r\n"
                f"Content-Type: application/json\r\nContent-Length: {len(content)}\r\n\r\n"
            ).encode() + content
            assert raw_exchange(running, submit) == b""
        finally:
            server_log.removeHandler(records)
        stats = running.emulator.stats()
    assert records.records == []
    assert stats.faults_by_type["reset"] == 4
    assert stats.submit_requests_by_input == {input_digest(SEED_BODY): 2}
    assert stats.jobs_created == 0 and stats.jobs_by_input == {}


def test_random_slow_answers_late_but_never_delays_a_submit() -> None:
    with served(FaultConfig(rate_slow=1.0, slow_seconds=0.05), queue_seconds=60) as (
        running,
        client,
    ):
        data = client.post(f"/{KLING}", json=SEED_BODY).json()
        assert running.emulator.stats().faults_by_type["slow"] == 0
        started = time.monotonic()
        status = client.get(local(running, data["status_url"]))
        elapsed = time.monotonic() - started
        stats = running.emulator.stats()
    assert elapsed >= 0.05
    assert (status.status_code, status.json()["status"]) == (202, "IN_QUEUE")
    assert stats.faults_by_type["slow"] == 1 and stats.jobs_created == 1


def test_random_unknown_status_only_on_status_requests() -> None:
    with served(FaultConfig(rate_unknown_status=1.0, seed=5)) as (running, client):
        data = client.post(f"/{KLING}", json=SEED_BODY).json()
        assert data["status"] == "IN_QUEUE"
        statuses = [client.get(local(running, data["status_url"])) for _ in range(12)]
        with connect_sse(client, "GET", local(running, data["status_url"]) + "/stream") as sse:
            streamed = [json.loads(event.data)["status"] for event in sse.iter_sse()]
        result = client.get(local(running, data["response_url"]))
        stats = running.emulator.stats()
    for response in statuses:
        assert response.status_code == 202  # although the job is completed
        body = response.json()
        assert body["status"] in UNKNOWN_STATUSES
        assert body["request_id"] == data["request_id"]
        assert body["response_url"] == data["response_url"]
    assert len({response.json()["status"] for response in statuses}) > 1  # seeded choice
    assert streamed == ["COMPLETED"]
    assert result.json() == running.emulator.output_for(
        KLING, SEED_BODY, data["request_id"], running.base_url
    )
    assert stats.faults_by_type["unknown_status"] == stats.faults_injected == 12


def test_random_duplicate_events_only_on_streams() -> None:
    faults = FaultConfig(rate_duplicate_events=1.0)
    timings = {"queue_seconds": 0.05, "queue_step": 0.02, "run_seconds": 0.06, "log_interval": 0.03}
    with served(faults, **timings) as (running, client):
        data = client.post(f"/{KLING}", json=SEED_BODY).json()
        status = client.get(local(running, data["status_url"]))
        stream_url = local(running, data["status_url"]) + "/stream"
        with connect_sse(client, "GET", stream_url, params={"logs": 1}) as sse:
            events = [event.data for event in sse.iter_sse()]
        stats = running.emulator.stats()
    assert status.json()["status"] in ("IN_QUEUE", "IN_PROGRESS", "COMPLETED")
    assert len(events) >= 4 and len(events) % 2 == 0
    assert events[0::2] == events[1::2]
    assert len(set(events)) == len(events) // 2
    assert json.loads(events[-1])["status"] == "COMPLETED"
    assert stats.faults_by_type["duplicate_events"] == stats.faults_injected == 1


# ---------------------------------------------- fault mix: share, seed, injection


def outcome(harness: Harness, method: str, url: str, **kwargs: Any) -> str:
    """What a client saw: the status code (and status value), or a reset."""
    try:
        response = harness.request(method, url, **kwargs)
    except EmulatedConnectionReset:
        return "reset"
    if response.headers["content-type"].startswith("application/json"):
        value = response.json().get("status")
        if isinstance(value, str):
            return f"{response.status_code} {value}"
    return str(response.status_code)


def test_mix_observed_share_follows_the_rates() -> None:
    harness = Harness(faults=FaultConfig.mix(0.35, seed=11, slow_seconds=0.001), queue_seconds=60)
    submits = [outcome(harness, "POST", f"/{KLING}", json=SEED_BODY) for _ in range(210)]
    refused = sum(1 for seen in submits if seen != "200 IN_QUEUE")
    stats = harness.emulator.stats()
    # 429, 5xx, 520 and reset apply to submits: 4 x 0.05
    assert abs(refused / 210 - 0.20) < 0.06
    assert stats.faults_injected == refused
    assert stats.jobs_created == 210 - refused == len(harness.emulator.jobs)
    assert stats.submit_requests_by_input == {input_digest(SEED_BODY): 210}
    assert stats.jobs_by_input == {input_digest(SEED_BODY): 210 - refused}

    job = harness.emulator.jobs.all()[0]
    status_path = f"/fal-ai/kling-video/requests/{job.request_id}/status"
    for _ in range(280):
        outcome(harness, "GET", status_path)
    after = harness.emulator.stats()
    # every type but duplicate_events applies to status requests: 6 x 0.05
    assert abs((after.faults_injected - refused) / 280 - 0.30) < 0.06
    assert after.requests_by_kind == {**stats.requests_by_kind, "status": 280}
    assert all(after.faults_by_type[name] > 0 for name in ALL_FAULT_TYPES[:-1])
    assert after.faults_by_type["duplicate_events"] == after.faults_by_type["injected"] == 0
    assert sum(after.faults_by_type.values()) == after.faults_injected


def test_same_seed_same_fault_sequence() -> None:
    def sequence(seed: int) -> tuple[list[str], dict[str, int]]:
        harness = Harness(faults=FaultConfig.mix(0.7, seed=seed, slow_seconds=0.0))
        harness.emulator.jobs.submit(KLING, "fal-ai/kling-video", SEED_BODY)
        job = harness.emulator.jobs.all()[0]
        seen = [
            outcome(harness, "GET", f"/fal-ai/kling-video/requests/{job.request_id}/status")
            for _ in range(50)
        ]
        seen += [outcome(harness, "POST", f"/{KLING}", json=SEED_BODY) for _ in range(20)]
        return seen, harness.emulator.stats().faults_by_type

    first = sequence(7)
    assert first == sequence(7)
    assert first != sequence(8)
    assert {"reset", "429"} <= set(first[0])


def test_injected_reset_and_slow(harness: Harness) -> None:
    data = harness.submitted()
    harness.emulator.inject("status", Fault.reset())
    with pytest.raises(EmulatedConnectionReset) as caught:  # in-process: the app's exception
        harness.request("GET", data["status_url"])
    assert isinstance(caught.value, ConnectionResetError)
    harness.emulator.inject("submit", Fault.reset())
    with pytest.raises(EmulatedConnectionReset):
        harness.submit()
    assert len(harness.emulator.jobs) == 1

    harness.emulator.inject("status", Fault.slow(0.05))
    started = time.monotonic()
    assert harness.request("GET", data["status_url"]).status_code == 202
    assert time.monotonic() - started >= 0.05
    stats = harness.emulator.stats()
    assert stats.faults_by_type["injected"] == stats.faults_injected == 3
    assert stats.submit_requests_by_input == {input_digest(SEED_BODY): 2}
    assert stats.jobs_by_input == {input_digest(SEED_BODY): 1}


def test_injected_faults_only_reach_requests_they_apply_to(harness: Harness) -> None:
    for kind, fault in (
        ("submit", Fault.slow(0.1)),
        ("result", Fault.unknown_status()),
        ("status", Fault.duplicate_events()),
    ):
        with pytest.raises(ValueError):
            harness.emulator.inject(kind, fault)
    data = harness.submitted()
    harness.emulator.inject("any", Fault.unknown_status("PENDING_RETRY"))
    assert harness.submit().status_code == 200  # an "any" fault waits for a fitting request
    assert harness.request("GET", data["response_url"]).status_code == 400
    status = harness.request("GET", data["status_url"])
    assert (status.status_code, status.json()["status"]) == (202, "PENDING_RETRY")
    assert harness.request("GET", data["status_url"]).json()["status"] == "IN_QUEUE"
    assert harness.emulator.faults_injected == 1


def test_stats_route_needs_no_key_and_is_never_faulted() -> None:
    harness = Harness(api_key="secret", faults=FaultConfig(rate_429=1.0))
    assert harness.submit().status_code == 429
    for _ in range(3):
        response = harness.request("GET", "/_emulator/stats", headers={})
        assert response.status_code == 200
    stats = EmulatorStats.from_json(response.json())
    assert stats == harness.emulator.stats()
    assert stats.requests_by_kind == {
        "submit": 1,
        "run": 0,
        "status": 0,
        "stream": 0,
        "result": 0,
        "cancel": 0,
        "other": 0,
    }
    assert stats.faults_by_type == {**dict.fromkeys(ALL_FAULT_TYPES, 0), "429": 1, "injected": 0}
    assert [request.kind for request in harness.emulator.requests] == ["submit"]


# ------------------------------------------------------------------- job model


def test_job_states_from_a_fake_clock() -> None:
    clock = FakeClock()
    store = JobStore(
        Timings(queue_seconds=1.0, run_seconds=1.0, queue_step=0.5, log_interval=0.4),
        clock=clock,
        wall_clock=lambda: 1_800_000_000.0,
    )
    job = store.submit("fal-ai/flux/dev", "fal-ai/flux", {"prompt": "p"})
    assert (store.state(job).status, store.state(job).queue_position) == ("IN_QUEUE", 2)
    clock.advance(0.6)
    assert store.state(job).queue_position == 0
    clock.advance(0.4)
    state = store.state(job)
    assert (state.status, len(state.logs)) == ("IN_PROGRESS", 1)
    assert state.logs[0]["timestamp"] == "2027-01-15T08:00:01.000Z"
    clock.advance(0.5)
    assert len(store.state(job).logs) == 2
    clock.advance(0.5)
    state = store.state(job)
    assert (state.status, state.outcome, len(state.logs)) == ("COMPLETED", "ok", 2)
    assert state.metrics == {"inference_time": 1.0}
    assert store.cancel(job.request_id) == "already_completed"
    assert store.cancel("missing") == "not_found"


def test_job_cancelled_in_queue_keeps_no_logs() -> None:
    clock = FakeClock()
    store = JobStore(Timings(), clock=clock)
    job = store.submit("fal-ai/flux/dev", "fal-ai/flux", {})
    assert store.cancel(job.request_id) == "requested"
    clock.advance(100)
    state = store.state(job)
    assert (state.status, state.outcome, state.logs, state.error_type) == (
        "COMPLETED",
        "cancelled",
        [],
        "cancelled",
    )


def test_failure_marker_is_found_anywhere_in_the_input() -> None:
    assert wants_failure({"a": [{"b": "x EMULATOR_FAIL y"}]})
    assert not wants_failure({"a": [1, 2.0, None, True], "EMULATOR_FAIL": "key only"})


# ------------------------------------------------------- real sockets: SSE, CLI


def test_status_stream_over_a_real_socket() -> None:
    config = EmulatorConfig(
        spec_path=SPEC_PATH, queue_seconds=0.05, queue_step=0.02, run_seconds=0.1, log_interval=0.03
    )
    with (
        run_in_thread(config) as running,
        httpx.Client(base_url=running.base_url, headers=KEY, timeout=5) as client,
    ):
        assert running.base_url == f"http://127.0.0.1:{running.port}"
        data = client.post(f"/{KLING}", json=SEED_BODY).json()
        foreign = f"http://localhost:{running.port}"
        assert data["status_url"].startswith(foreign)
        stream_url = data["status_url"].replace(foreign, running.base_url) + "/stream"

        started = time.monotonic()
        with connect_sse(client, "GET", stream_url, params={"logs": 1}) as source:
            assert source.response.headers["content-type"].startswith("text/event-stream")
            events = [json.loads(event.data) for event in source.iter_sse()]
        assert time.monotonic() - started < 3

        statuses = [event["status"] for event in events]
        assert statuses[0] == "IN_QUEUE" and statuses[-1] == "COMPLETED"
        assert statuses.count("COMPLETED") == 1
        order = {"IN_QUEUE": 0, "IN_PROGRESS": 1, "COMPLETED": 2}
        assert [order[s] for s in statuses] == sorted(order[s] for s in statuses)
        assert "IN_PROGRESS" in statuses
        log_counts = [len(event["logs"]) for event in events]
        assert log_counts == sorted(log_counts) and log_counts[-1] == 3  # 0.1 s / 0.03 s
        assert events[-1]["error"] is None

        result = client.get(data["response_url"].replace(foreign, running.base_url))
        assert result.json() == running.emulator.output_for(
            KLING, SEED_BODY, data["request_id"], running.base_url
        )
        kinds = [r.kind for r in running.emulator.requests]
        assert kinds == ["submit", "stream", "result"]
        assert all(r.host == f"127.0.0.1:{running.port}" for r in running.emulator.requests)


def test_status_stream_sends_keepalives_and_404s() -> None:
    config = EmulatorConfig(
        spec_path=SPEC_PATH,
        queue_seconds=0.2,
        queue_step=1.0,
        run_seconds=0.0,
        keepalive_seconds=0.04,
    )
    with (
        run_in_thread(config) as running,
        httpx.Client(base_url=running.base_url, headers=KEY, timeout=5) as client,
    ):
        rid = client.post(f"/{KLING}", json=SEED_BODY).json()["request_id"]
        with client.stream("GET", f"/fal-ai/kling-video/requests/{rid}/status/stream") as stream:
            text = "".join(stream.iter_text())
        chunks = [chunk for chunk in text.split("\n\n") if chunk]
        assert chunks[0].startswith("data: ") and chunks[-1].startswith("data: ")
        assert json.loads(chunks[-1][len("data: ") :])["status"] == "COMPLETED"
        assert ": keep-alive" in chunks
        missing = client.get("/fal-ai/kling-video/requests/nope/status/stream")
        assert missing.status_code == 404


def test_cli_starts_writes_ready_file_serves_and_stops(tmp_path: Path) -> None:
    ready = tmp_path / "emulator.url"
    env = dict(os.environ)
    package_root = str(Path(fal_queue_emulator.__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "fal_queue_emulator",
            "--port",
            "0",
            "--ready-file",
            str(ready),
            "--spec",
            str(SPEC_PATH),
            "--queue-seconds",
            "0",
            "--run-seconds",
            "0",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    try:
        deadline = time.monotonic() + 10
        while not ready.exists():
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "the emulator did not start"
            time.sleep(0.02)
        base_url = ready.read_text(encoding="utf-8").strip()
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", base_url)
        assert process.stdout is not None
        assert process.stdout.readline() == f"fal-queue-emulator listening on {base_url}\n"

        with httpx.Client(base_url=base_url, headers=KEY, timeout=5) as client:
            data = client.post("/fal-ai/minimax/video-01", json={"prompt": "p"}).json()
            response_url = data["response_url"].replace("localhost", "127.0.0.1")
            result = client.get(response_url).json()
            # The output is built from the Output schema; the emulator serves its file.
            served = result["video"].pop("url")
            assert result == {
                "video": {
                    "content_type": "video/mp4",
                    "file_name": "output.mp4",
                    "file_size": 2097152,
                }
            }
            file = client.get(served)
            assert served.startswith(f"{base_url}/_emulator/files/") and file.status_code == 200
            assert len(file.content) == 2097152
            assert file.headers["content-type"] == "video/mp4"
        # another process reads the counters over HTTP, without a key
        stats = EmulatorStats.from_json(httpx.get(f"{base_url}/_emulator/stats", timeout=5).json())
        assert stats.jobs_by_input == {input_digest({"prompt": "p"}): 1}
        assert (stats.requests_by_kind["submit"], stats.requests_by_kind["result"]) == (1, 1)

        process.send_signal(signal.SIGTERM)
        stdout, stderr = process.communicate(timeout=10)
        assert process.returncode == 0, stderr
        assert stdout == ""
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()


def test_cli_fault_flags_build_the_fault_config(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    served: list[EmulatorConfig] = []

    def fake_serve(config: EmulatorConfig, **kwargs: Any) -> None:
        served.append(config)

    monkeypatch.setattr("fal_queue_emulator.__main__.serve", fake_serve)
    base = ["--port", "0", "--spec", str(SPEC_PATH), "--fault-seed", "3"]
    rates = [
        *("--fault-429-rate", "0.1", "--fault-5xx-rate", "0.1", "--fault-520-rate", "0.05"),
        *("--fault-reset-rate", "0.05", "--fault-slow-rate", "0.1", "--slow-seconds", "0.01"),
        *("--fault-unknown-status-rate", "0.2", "--fault-duplicate-events-rate", "0.3"),
        *("--retry-after", "0.5"),
    ]
    assert cli_main([*base, *rates]) == 0
    assert served[-1].faults == FaultConfig(
        rate_429=0.1,
        retry_after=0.5,
        rate_5xx=0.1,
        rate_520=0.05,
        rate_reset=0.05,
        rate_slow=0.1,
        slow_seconds=0.01,
        rate_unknown_status=0.2,
        rate_duplicate_events=0.3,
        seed=3,
    )
    assert cli_main([*base, "--fault-mix", "0.35", "--retry-after", "2"]) == 0
    assert served[-1].faults == FaultConfig.mix(0.35, seed=3, retry_after=2.0)
    assert cli_main([*base]) == 0
    assert served[-1].faults == FaultConfig(seed=3)

    with pytest.raises(SystemExit) as exited:
        cli_main([*base, "--fault-mix", "0.2", "--fault-5xx-rate", "0.1"])
    assert exited.value.code == 2
    assert "--fault-mix cannot be combined with --fault-5xx-rate" in capsys.readouterr().err
    assert cli_main([*base, "--fault-429-rate", "0.7", "--fault-reset-rate", "0.7"]) == 2
    assert "must not add up to more than 1" in capsys.readouterr().err
    assert len(served) == 3


# -------------------------------------------------------------------- webhooks


@dataclass
class HookSink:
    """Webhook deliveries through `httpx.MockTransport`, answering from a script."""

    answers: list[int | Exception] = field(default_factory=list)
    received: list[httpx.Request] = field(default_factory=list)

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.received.append(request)
        answer = self.answers.pop(0) if self.answers else 200
        if isinstance(answer, Exception):
            raise answer
        return httpx.Response(answer)

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handler)


HOOK = "http://127.0.0.1:9/hooks/fal"


def _webhook_harness(sink: HookSink, **overrides: Any) -> Harness:
    return Harness(
        queue_seconds=1.0,
        run_seconds=2.0,
        queue_step=0.25,
        log_interval=0.5,
        webhook_transport=sink.transport,
        **overrides,
    )


def _check_signature(emulator: Emulator, request: httpx.Request) -> None:
    """fal's scheme, checked with cryptography alone (the SDK's side is in test_webhooks)."""
    x = emulator.webhook_jwks()["keys"][0]["x"]
    key = Ed25519PublicKey.from_public_bytes(base64.urlsafe_b64decode(x + "=" * (-len(x) % 4)))
    headers = request.headers
    message = "\n".join(
        [
            headers["x-fal-webhook-request-id"],
            headers["x-fal-webhook-user-id"],
            headers["x-fal-webhook-timestamp"],
            hashlib.sha256(request.content).hexdigest(),
        ]
    ).encode()
    key.verify(bytes.fromhex(headers["x-fal-webhook-signature"]), message)  # raises if forged


def test_jwks_route_needs_no_key_and_is_never_faulted_or_counted() -> None:
    harness = Harness(api_key="secret", faults=FaultConfig(rate_429=1.0, rate_reset=0.0))
    for _ in range(3):
        response = harness.request("GET", fal_queue_emulator.JWKS_PATH, headers={})
        assert response.status_code == 200
        assert response.json() == harness.emulator.webhook_jwks()
    (key,) = response.json()["keys"]
    assert (key["kty"], key["crv"]) == ("OKP", "Ed25519")
    assert len(base64.urlsafe_b64decode(key["x"] + "=")) == 32 and "=" not in key["x"]
    assert harness.emulator.requests == []
    stats = harness.emulator.stats()
    assert sum(stats.requests_by_kind.values()) == 0 and stats.faults_injected == 0


def test_webhook_key_and_user_come_from_the_config() -> None:
    private = Ed25519PrivateKey.generate()
    raw = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    harness = Harness(webhook_private_key=raw, webhook_user_id="user-7")
    public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    x = harness.emulator.webhook_jwks()["keys"][0]["x"]
    assert base64.urlsafe_b64decode(x + "=") == public
    headers = harness.emulator.sign_webhook("rid-1", b"{}", timestamp=1700000000)
    assert headers["X-Fal-Webhook-User-Id"] == harness.emulator.webhook_user_id == "user-7"
    assert headers["X-Fal-Webhook-Timestamp"] == "1700000000"
    digest = hashlib.sha256(b"{}").hexdigest()
    signed = f"rid-1\nuser-7\n1700000000\n{digest}".encode()
    private.public_key().verify(bytes.fromhex(headers["X-Fal-Webhook-Signature"]), signed)
    # A fresh emulator has a fresh key.
    assert Harness().emulator.webhook_jwks() != Harness().emulator.webhook_jwks()
    with pytest.raises(ValueError, match="32 raw Ed25519 bytes"):
        EmulatorConfig(webhook_private_key=b"short")
    with pytest.raises(ValueError, match="webhook_user_id"):
        EmulatorConfig(webhook_user_id="")


def test_webhook_is_posted_once_when_the_job_completes() -> None:
    sink = HookSink()
    harness = _webhook_harness(sink)
    emulator = harness.emulator
    rid = harness.submit(params={"fal_webhook": HOOK}).json()["request_id"]
    plain = harness.submitted()["request_id"]  # no webhook: never posted
    assert asyncio.run(emulator.deliver_webhooks()) == 0
    harness.clock.advance(2.9)  # still running
    assert asyncio.run(emulator.deliver_webhooks()) == 0 and sink.received == []
    harness.clock.advance(0.2)
    assert asyncio.run(emulator.deliver_webhooks()) == 1
    assert asyncio.run(emulator.deliver_webhooks()) == 0  # once only
    (request,) = sink.received
    assert (request.method, str(request.url)) == ("POST", HOOK)
    assert request.headers["content-type"] == "application/json"
    assert request.headers["x-fal-webhook-request-id"] == rid != plain
    assert request.headers["x-fal-webhook-user-id"] == "emulator-user"
    assert abs(int(request.headers["x-fal-webhook-timestamp"]) - time.time()) < 60
    _check_signature(emulator, request)
    assert json.loads(request.content) == {
        "request_id": rid,
        "gateway_request_id": rid,
        "status": "OK",
        "payload": emulator.output_for(KLING, SEED_BODY, rid, BASE),  # the submit's host
    }
    stats = emulator.stats()
    assert (stats.webhooks_sent, stats.webhooks_failed, stats.webhooks_refused) == (1, 0, 0)
    assert EmulatorStats.from_json(stats.to_json()) == stats


@pytest.mark.parametrize(
    ("body", "cancel", "error"),
    [
        ({**SEED_BODY, "prompt": "EMULATOR_FAIL"}, False, "Emulated model failure"),
        (SEED_BODY, True, "Request was cancelled"),
    ],
)
def test_failed_and_cancelled_jobs_post_an_error(body: Any, cancel: bool, error: str) -> None:
    sink = HookSink()
    harness = _webhook_harness(sink)
    data = harness.submit(body=body, params={"fal_webhook": HOOK}).json()
    if cancel:
        harness.clock.advance(0.5)
        assert harness.request("PUT", data["cancel_url"]).status_code == 202
    else:
        harness.clock.advance(3.0)
    assert asyncio.run(harness.emulator.deliver_webhooks()) == 1
    _check_signature(harness.emulator, sink.received[0])
    assert json.loads(sink.received[0].content) == {
        "request_id": data["request_id"],
        "gateway_request_id": data["request_id"],
        "status": "ERROR",
        "payload": None,
        "error": error,
        "payload_error": None,
    }


@pytest.mark.parametrize(
    ("answers", "attempts", "outcome"),
    [
        ([503, 502, 200], 3, "sent"),
        ([httpx.ConnectError("refused"), 200], 2, "sent"),
        ([500, 500, 500], 3, "failed"),
        ([httpx.ConnectError("refused")] * 3, 3, "failed"),
        ([httpx.ReadTimeout("slow")] * 3, 3, "failed"),
        ([404], 1, "failed"),
        ([301], 1, "failed"),
    ],
)
def test_webhook_retries_connection_errors_and_5xx_twice(
    answers: list[int | Exception], attempts: int, outcome: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("fal_queue_emulator._webhooks.RETRY_DELAYS", (0.001, 0.001))
    sink = HookSink(answers=list(answers))
    harness = _webhook_harness(sink)
    harness.submit(params={"fal_webhook": HOOK})
    harness.clock.advance(10)
    assert asyncio.run(harness.emulator.deliver_webhooks()) == 1
    assert len(sink.received) == attempts
    assert len({request.headers["x-fal-webhook-signature"] for request in sink.received}) == 1
    stats = harness.emulator.stats()
    assert (stats.webhooks_sent, stats.webhooks_failed) == ((1, 0) if outcome == "sent" else (0, 1))


@pytest.mark.parametrize(
    "url",
    [
        "https://example.test/hook",
        "http://10.0.0.1:8080/hook",
        "http://localhost.example.com/hook",
        "http://127.0.0.1.nip.io/hook",
        "ftp://127.0.0.1/hook",
        "not a url",
    ],
)
def test_non_local_webhook_urls_are_refused_never_sent(
    url: str, caplog: pytest.LogCaptureFixture
) -> None:
    sink = HookSink()
    harness = _webhook_harness(sink)
    harness.submit(params={"fal_webhook": url})
    harness.clock.advance(10)
    with caplog.at_level(logging.WARNING, logger="fal_queue_emulator.webhooks"):
        assert asyncio.run(harness.emulator.deliver_webhooks()) == 1
    assert sink.received == []
    stats = harness.emulator.stats()
    assert (stats.webhooks_sent, stats.webhooks_failed, stats.webhooks_refused) == (0, 0, 1)
    assert f"to {url} refused" in caplog.text


@pytest.mark.parametrize(
    "url", ["http://localhost:9/h", "http://[::1]:9/h", "https://127.0.0.1/h", "HTTP://LOCALHOST/"]
)
def test_local_webhook_urls_are_called(url: str) -> None:
    sink = HookSink()
    harness = _webhook_harness(sink)
    harness.submit(params={"fal_webhook": url})
    harness.clock.advance(10)
    asyncio.run(harness.emulator.deliver_webhooks())
    assert len(sink.received) == 1 and harness.emulator.stats().webhooks_sent == 1


def test_stats_from_an_older_emulator_have_zero_webhooks() -> None:
    data = Harness().emulator.stats().to_json()
    for name in ("webhooks_sent", "webhooks_failed", "webhooks_refused"):
        del data[name]
    stats = EmulatorStats.from_json(data)
    assert (stats.webhooks_sent, stats.webhooks_failed, stats.webhooks_refused) == (0, 0, 0)


def test_webhooks_are_delivered_by_the_server_without_polling() -> None:
    """Over real sockets: the server's own task notices the completion and POSTs."""
    received: list[tuple[str, bytes]] = []

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.append((self.headers["X-Fal-Webhook-Request-Id"], body))
            self.send_response(204)
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    hook = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    threading.Thread(target=hook.serve_forever, daemon=True).start()
    config = EmulatorConfig(spec_path=SPEC_PATH, queue_seconds=0.02, run_seconds=0.05)
    try:
        with (
            run_in_thread(config) as running,
            httpx.Client(base_url=running.base_url, headers=KEY, timeout=5) as client,
        ):
            url = f"http://127.0.0.1:{hook.server_address[1]}/hook"
            rid = client.post(f"/{KLING}", params={"fal_webhook": url}, json=SEED_BODY).json()[
                "request_id"
            ]
            deadline = time.monotonic() + 10
            while not received and time.monotonic() < deadline:
                time.sleep(0.01)
            assert [r for r, _ in received] == [rid]
            while running.emulator.stats().webhooks_sent == 0 and time.monotonic() < deadline:
                time.sleep(0.01)  # counted once the receiver's answer is in
            assert running.emulator.stats().webhooks_sent == 1
            assert [r.kind for r in running.emulator.requests] == ["submit"]
            keys = client.get(fal_queue_emulator.JWKS_PATH, headers={}).json()
            assert keys == running.emulator.webhook_jwks()
    finally:
        hook.shutdown()
        hook.server_close()


def test_shutdown_with_pending_webhooks_is_prompt() -> None:
    """Jobs still running are dropped; a delivery under way gets a short grace, then ends."""
    config = EmulatorConfig(spec_path=SPEC_PATH, queue_seconds=0.0, run_seconds=0.02)
    with socket.create_server(("127.0.0.1", 0)) as silent:  # accepts, never answers
        hung = f"http://127.0.0.1:{silent.getsockname()[1]}/hook"
        running = run_in_thread(config)
        try:
            with httpx.Client(base_url=running.base_url, headers=KEY, timeout=5) as client:
                client.post(f"/{KLING}", params={"fal_webhook": hung}, json=SEED_BODY)
                deadline = time.monotonic() + 5
                while running.emulator.webhooks.pending and time.monotonic() < deadline:
                    time.sleep(0.01)
                assert running.emulator.webhooks.pending == 0  # picked up, now in flight
        finally:
            started = time.monotonic()
            running.stop()
        assert time.monotonic() - started < 2.5
        assert not running._thread.is_alive()
        stats = running.emulator.stats()
        assert (stats.webhooks_sent, stats.webhooks_failed) == (0, 0)  # abandoned

    slow = EmulatorConfig(spec_path=SPEC_PATH, queue_seconds=0.0, run_seconds=60.0)
    running = run_in_thread(slow)
    try:
        with httpx.Client(base_url=running.base_url, headers=KEY, timeout=5) as client:
            client.post(f"/{KLING}", params={"fal_webhook": hung}, json=SEED_BODY)
            assert running.emulator.webhooks.pending == 1
    finally:
        started = time.monotonic()
        running.stop()
    assert time.monotonic() - started < 1.5
    assert not running._thread.is_alive()
