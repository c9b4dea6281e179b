"""The emulator on the full bundled spec: start-up, schema-built outputs, files, any endpoint.

The spec holds every imported fal model (hundreds), their Outputs without examples:
the emulator builds each result from the Output schema. In-process tests use the
fake clock of `test_emulator`; the one CLI test starts a real process on a free port.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

import fal_queue_emulator
from fal_queue_emulator import Emulator, EmulatorConfig, SpecError
from fal_queue_emulator._spec import default_spec_path, load_spec
from fal_queue_emulator._validation import MAX_DEPTH

from .conftest import ROOT
from .conftest import SPEC as SPEC_PATH
from .test_emulator import (
    BASE,
    FOREIGN,
    KEY,
    KLING,
    MODELS,
    SAMPLED,
    SEED_BODY,
    SIX,
    SPEC,
    Harness,
    output_errors,
    sample,
)

RID = "11111111-1111-4111-8111-111111111111"
OTHER_RID = "22222222-2222-4222-8222-222222222222"


def _operations() -> int:
    return sum(
        1
        for item in SPEC["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "x-fal-endpoint" in operation
    )


def files_of(value: Any) -> list[dict[str, Any]]:
    """The file objects (a `url` with a `content_type`) of an output, in order."""
    if isinstance(value, list):
        return [file for item in value for file in files_of(item)]
    if isinstance(value, dict):
        if isinstance(value.get("url"), str) and "content_type" in value:
            return [value]
        return [file for item in value.values() for file in files_of(item)]
    return []


def run_job(harness: Harness, endpoint: str, body: Any) -> dict[str, Any]:
    """Submit, let the fake clock run the job through, return the submit answer."""
    submitted = harness.submitted(endpoint, body)
    harness.clock.advance(harness.emulator.config.queue_seconds)
    harness.clock.advance(harness.emulator.config.run_seconds + 0.01)
    return submitted


@pytest.fixture
def quick() -> Harness:
    return Harness(queue_seconds=0.5, run_seconds=1.0, queue_step=0.25, log_interval=0.5)


@pytest.fixture
def harness() -> Harness:
    return Harness(queue_seconds=1.0, run_seconds=2.0, queue_step=0.25, log_interval=0.5)


# ---------------------------------------------------------------------- loading


def test_the_default_spec_is_the_bundled_document(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert default_spec_path(ROOT).resolve() == SPEC_PATH.resolve()
    monkeypatch.chdir(tmp_path)  # not in the checkout: found above the package
    found = default_spec_path()
    assert found.name == "openapi.json" and json.loads(found.read_text()) == SPEC
    assert Emulator(EmulatorConfig()).spec.path == found


def test_start_up_loads_every_model_and_builds_nothing_yet(tmp_path: Path) -> None:
    copy = tmp_path / "openapi.json"  # a path never loaded: really parsed
    shutil.copyfile(SPEC_PATH, copy)
    started = time.perf_counter()
    spec = load_spec(copy)
    assert time.perf_counter() - started < 2.0
    assert len(spec.models) == _operations() > 600
    assert spec.openapi_version.startswith("3.1")

    harness = Harness(spec_path=copy, queue_seconds=0.0, run_seconds=0.0)
    emulator = harness.emulator
    assert len(emulator.spec.models) == len(spec.models)
    assert (len(emulator.schemas), len(emulator.outputs)) == (0, 0)  # all lazy
    data = harness.submitted(KLING, SEED_BODY)
    assert (len(emulator.schemas), len(emulator.outputs)) == (1, 0)  # one validator
    assert harness.request("GET", data["response_url"]).status_code == 200
    assert len(emulator.outputs) == 1  # and one output plan, kept
    harness.submitted(KLING, SEED_BODY)
    assert len(emulator.schemas) == 1


def test_a_document_without_models_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "openapi.json"  # e.g. the root document, before bundling
    root.write_text(json.dumps({"openapi": "3.1.0", "paths": {}}), encoding="utf-8")
    with pytest.raises(SpecError, match="no model"):
        Emulator(EmulatorConfig(spec_path=root))
    assert Emulator(EmulatorConfig(spec_path=root, any_endpoint=True)).spec.models == {}


def test_an_openapi_30_document_is_validated_as_30(tmp_path: Path) -> None:
    pytest.importorskip("openapi_schema_validator")
    document = {
        "openapi": "3.0.3",
        "paths": {
            "/acme/old/v1": {
                "post": {
                    "x-fal-endpoint": "acme/old/v1",
                    "x-fal-output": "#/components/schemas/OldOutput",
                    "requestBody": {
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Old"}}
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Old": {
                    "type": "object",
                    "additionalProperties": False,
                    "properties": {
                        "steps": {"type": "integer", "minimum": 0, "exclusiveMinimum": True},
                        "seed": {"type": "integer", "nullable": True},
                    },
                },
                "OldOutput": {
                    "type": "object",
                    "required": ["video"],
                    "properties": {
                        "video": {
                            "type": "object",
                            "required": ["url"],
                            "properties": {
                                "url": {"type": "string"},
                                "file_size": {"type": "integer", "nullable": True},
                            },
                        }
                    },
                },
            }
        },
    }
    spec = tmp_path / "old.json"
    spec.write_text(json.dumps(document), encoding="utf-8")
    harness = Harness(spec_path=spec, queue_seconds=0.0, run_seconds=0.0)
    bad = harness.submit("acme/old/v1", {"steps": 0}).json()["detail"]
    assert [(item["loc"], item["type"]) for item in bad] == [(["body", "steps"], "greater_than")]
    data = harness.submitted("acme/old/v1", {"steps": 1, "seed": None})
    video = harness.request("GET", data["response_url"]).json()["video"]
    assert video["file_size"] == 2097152
    assert len(harness.request("GET", video["url"]).content) == 2097152


# ------------------------------------------------------------ schema-built output


def test_every_schema_built_output_validates_against_its_output_schema() -> None:
    emulator = Harness().emulator
    broken = {}
    for endpoint in MODELS:
        bodies: list[dict[str, Any]] = [{}, sample(MODELS[endpoint]["input"])]
        for body in bodies:
            errors = output_errors(endpoint, emulator.output_for(endpoint, body, RID, BASE))
            if errors:
                broken[endpoint] = errors[:3]
    assert broken == {}


@pytest.mark.parametrize("endpoint", SAMPLED)
def test_outputs_are_deterministic_and_only_urls_carry_the_request_id(endpoint: str) -> None:
    body = sample(MODELS[endpoint]["input"])
    first = Harness().emulator.output_for(endpoint, body, RID, BASE)
    assert Harness().emulator.output_for(endpoint, body, RID, BASE) == first  # a new emulator
    other = json.dumps(Harness().emulator.output_for(endpoint, body, OTHER_RID, BASE))
    assert json.loads(other.replace(OTHER_RID, RID)) == first
    for file in files_of(first):
        assert file["url"].startswith(f"{BASE}/_emulator/files/{RID}/")


def test_outputs_follow_the_input() -> None:
    emulator = Harness().emulator
    asked = {
        "prompt": "a red fox in the snow",
        "num_images": 3,
        "seed": 7,
        "output_format": "png",
        "image_size": "square_hd",
    }
    out = emulator.output_for("fal-ai/flux/dev", asked, RID, BASE)
    assert (out["prompt"], out["seed"], len(out["images"])) == (asked["prompt"], 7, 3)
    assert out["has_nsfw_concepts"] == [False] * 3
    assert {(i["content_type"], i["width"], i["height"]) for i in out["images"]} == {
        ("image/png", 1024, 1024)
    }
    assert len({image["url"] for image in out["images"]}) == 3
    plain = emulator.output_for("fal-ai/flux/dev", {"prompt": "p"}, RID, BASE)
    assert len(plain["images"]) == 1 and plain["images"][0]["content_type"] == "image/jpeg"
    assert output_errors("fal-ai/flux/dev", out) == output_errors("fal-ai/flux/dev", plain) == []


@pytest.mark.parametrize(
    ("category", "content_type"),
    [
        ("text-to-video", "video/mp4"),
        ("image-to-video", "video/mp4"),
        ("text-to-image", "image/"),
        ("text-to-speech", "audio/"),
        ("image-to-3d", "model/"),
    ],
)
def test_the_content_type_follows_the_kind_of_model(category: str, content_type: str) -> None:
    emulator = Harness().emulator
    endpoints = [e for e in sorted(MODELS) if MODELS[e]["category"] == category][:10]
    # Each output's first file, its main one: a 3D model also comes with textures and a
    # thumbnail (images), a video with a poster frame.
    found = [
        files[0]["content_type"]
        for endpoint in endpoints
        if (files := files_of(emulator.output_for(endpoint, sample(MODELS[endpoint]["input"]))))
    ]
    assert len(found) >= len(endpoints) / 2, f"few files in the outputs of {endpoints}"
    share = sum(kind.startswith(content_type) for kind in found) / len(found)
    assert share >= 0.8, found


def test_file_urls_download_with_the_declared_size_and_type(quick: Harness) -> None:
    chosen = [
        KLING,
        "fal-ai/flux/dev",
        *(
            next(e for e in sorted(MODELS) if MODELS[e]["category"] == category)
            for category in ("image-to-3d", "text-to-speech", "training", "audio-to-audio")
        ),
    ]
    downloaded = 0
    for endpoint in chosen:
        body = {**sample(MODELS[endpoint]["input"])}
        if endpoint == "fal-ai/flux/dev":
            body["num_images"] = 2
        data = run_job(quick, endpoint, body)
        output = quick.request("GET", data["response_url"]).json()
        files = files_of(output)
        assert files, endpoint
        for file in files:
            assert file["url"].startswith(f"{BASE}/_emulator/files/{data['request_id']}/")
            got = quick.request("GET", file["url"], headers={})  # public, like a CDN
            assert got.status_code == 200, file
            assert got.headers["content-type"].startswith(file["content_type"])
            if "file_size" in file:
                assert len(got.content) == file["file_size"]
            if "file_name" in file:
                assert file["url"].endswith("/" + file["file_name"])
            downloaded += 1
    assert downloaded >= len(chosen) + 1
    missing = quick.request("GET", f"/_emulator/files/{data['request_id']}/99/x.bin")
    assert missing.status_code == 404


def test_a_json_file_is_valid_json(quick: Harness) -> None:
    trainer = next(
        e
        for e in sorted(MODELS)
        if MODELS[e]["category"] == "training"
        and "config_file"
        in (SPEC["components"]["schemas"][MODELS[e]["output"].rsplit("/")[-1]])["properties"]
    )
    data = run_job(quick, trainer, sample(MODELS[trainer]["input"]))
    config = quick.request("GET", data["response_url"]).json()["config_file"]
    assert config["content_type"] == "application/json"
    got = quick.request("GET", config["url"])
    assert isinstance(got.json(), dict) and len(got.content) == config["file_size"]


def test_an_output_without_fields_is_a_small_generic_object(quick: Harness) -> None:
    untyped = sorted(
        e
        for e in MODELS
        if SPEC["components"]["schemas"][MODELS[e]["output"].rsplit("/")[-1]].get("x-fal-untyped")
        and e not in SIX
    )
    assert untyped
    endpoint = untyped[0]
    body = sample(MODELS[endpoint]["input"])
    output = quick.request("GET", run_job(quick, endpoint, body)["response_url"]).json()
    assert output["endpoint"] == endpoint and output["echo"] == sorted(body)
    (file,) = files_of(output)
    assert len(quick.request("GET", file["url"]).content) == file["file_size"]


def test_webhook_payloads_point_files_at_the_submit_host() -> None:
    harness = Harness(queue_seconds=0.0, run_seconds=0.0)
    data = harness.submitted("fal-ai/minimax/video-01", {"prompt": "p"})
    job = harness.emulator.jobs.get(data["request_id"])
    assert job is not None and job.base_url == BASE
    payload = harness.emulator.render(job).output
    assert payload["video"]["url"].startswith(f"{BASE}/_emulator/files/{job.request_id}/0/")


# ------------------------------------------------------------------- validation


def _find(test: Callable[[dict[str, Any]], Any]) -> tuple[str, str, dict[str, Any]]:
    """The first imported model whose top-level input property passes `test`."""
    for endpoint in sorted(MODELS):
        if endpoint in SIX:
            continue
        for name, prop in (MODELS[endpoint]["input"].get("properties") or {}).items():
            if test(prop):
                return endpoint, name, prop
    raise AssertionError("no such model")


def _numeric(prop: dict[str, Any], key: str) -> bool:
    return prop.get("type") in ("integer", "number") and isinstance(prop.get(key), int | float)


Check = Callable[[dict[str, Any]], Any]

BROKEN: dict[str, tuple[Check, Check, str]] = {
    "maximum": (
        lambda p: _numeric(p, "maximum") and "exclusiveMinimum" not in p,
        lambda p: p["maximum"] + 1,
        "less_than_equal",
    ),
    "minimum": (
        lambda p: _numeric(p, "minimum") and p["minimum"] > 0,
        lambda p: p["minimum"] - 1,
        "greater_than_equal",
    ),
    "exclusiveMinimum": (
        lambda p: _numeric(p, "exclusiveMinimum"),
        lambda p: p["exclusiveMinimum"],
        "greater_than",
    ),
    "enum": (
        lambda p: p.get("type") == "string" and isinstance(p.get("enum"), list),
        lambda p: "not-one-of-them",
        "literal_error",
    ),
    "maxLength": (
        lambda p: isinstance(p.get("maxLength"), int) and p["maxLength"] < 10_000,
        lambda p: "x" * (p["maxLength"] + 1),
        "string_too_long",
    ),
    "const": (lambda p: "const" in p, lambda p: f"{p['const']}-other", "literal_error"),
    "multipleOf": (
        lambda p: _numeric(p, "multipleOf") and p["multipleOf"] > 1,
        lambda p: (p.get("minimum") or p["multipleOf"]) + 1,
        "multiple_of",
    ),
    "type": (
        lambda p: p.get("type") == "boolean",
        lambda p: "yes",
        "bool_type",
    ),
}


@pytest.mark.parametrize("constraint", sorted(BROKEN))
def test_a_broken_constraint_of_an_imported_model_names_the_field(
    harness: Harness, constraint: str
) -> None:
    test, bad_value, type_ = BROKEN[constraint]
    endpoint, name, prop = _find(test)
    body = {**sample(MODELS[endpoint]["input"]), name: bad_value(prop)}
    response = harness.submit(endpoint, body)
    assert response.status_code == 422, (endpoint, name, response.text)
    items = response.json()["detail"]
    assert [item["loc"] for item in items] == [["body", name]], items
    assert items[0]["type"] == type_ and items[0]["input"] == body[name]
    assert len(harness.emulator.jobs) == 0


def test_missing_and_extra_fields_of_an_imported_model(harness: Harness) -> None:
    endpoint = next(
        e for e in sorted(MODELS) if e not in SIX and MODELS[e]["input"].get("required")
    )
    required = MODELS[endpoint]["input"]["required"][0]
    body = sample(MODELS[endpoint]["input"])
    del body[required]
    body["no_such_field"] = 1
    items = harness.submit(endpoint, body).json()["detail"]
    assert sorted((tuple(i["loc"]), i["type"]) for i in items) == sorted(
        [(("body", required), "missing"), (("body", "no_such_field"), "extra_forbidden")]
    )


def _nested(depth: int) -> Any:
    value: Any = "leaf"
    for _ in range(depth):
        value = {"a": [value]}
    return value


@pytest.mark.parametrize(
    ("content", "type_"),
    [
        (json.dumps({**SEED_BODY, "deep": _nested(MAX_DEPTH)}).encode(), "value_error"),
        (b'{"prompt": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "value_error"),
        (b'{"prompt": "p", "image_url": "u", "cfg_scale": NaN}', "json_invalid"),
        (b'{"prompt": "p", "image_url": "u", "cfg_scale": 1e999}', "json_invalid"),
        (b'{"prompt": "p", "image_url": "u", "cfg_scale": -Infinity}', "json_invalid"),
    ],
    ids=["deep", "very-deep", "nan", "overflow", "infinity"],
)
@pytest.mark.parametrize("any_endpoint", [False, True])
def test_pathological_bodies_are_422_not_crashes(
    content: bytes, type_: str, any_endpoint: bool
) -> None:
    harness = Harness(any_endpoint=any_endpoint)
    for endpoint in (KLING, "fal-ai/not-in-the-spec") if any_endpoint else (KLING,):
        response = harness.request(
            "POST", f"/{endpoint}", content=content, headers={**KEY, "Content-Type": "x"}
        )
        assert response.status_code == 422, response.text
        (item,) = response.json()["detail"]
        assert item["type"] == type_ and item["loc"][0] == "body"
    assert len(harness.emulator.jobs) == 0
    assert all(r.body is None for r in harness.emulator.requests_of("submit"))
    assert harness.emulator.stats().requests_by_kind["submit"] == (2 if any_endpoint else 1)


def test_nesting_up_to_the_limit_is_fine() -> None:
    harness = Harness(any_endpoint=True)
    body = {"deep": _nested((MAX_DEPTH - 1) // 2)}
    assert harness.submit("fal-ai/not-in-the-spec", body).status_code == 200


# ------------------------------------------------------------------ any endpoint


@pytest.mark.parametrize(
    ("endpoint", "prefix"),
    [
        ("fal-ai/not-in-the-spec", "fal-ai/not-in-the-spec"),
        ("fal-ai/not-in-the-spec/v2/edit", "fal-ai/not-in-the-spec"),
        ("workflows/someone/my-flow", "workflows/someone/my-flow"),
        ("workflows/someone/my-flow/extra", "workflows/someone/my-flow"),
    ],
)
def test_any_endpoint_serves_endpoints_outside_the_spec(
    quick: Harness, endpoint: str, prefix: str
) -> None:
    closed = Harness()
    assert closed.submit(endpoint, {"anything": 1}).status_code == 404  # without the flag
    assert closed.submit(endpoint, {"anything": 1}).json() == {
        "detail": f"Application '{endpoint}' not found"
    }

    harness = Harness(any_endpoint=True, queue_seconds=0.5, run_seconds=1.0, queue_step=0.25)
    body = {"whatever": [1, 2], "prompt": None, "n": 3}
    data = harness.submitted(endpoint, body)  # any JSON object, unchecked
    rid = data["request_id"]
    assert data["status_url"] == f"{FOREIGN}/{prefix}/requests/{rid}/status"
    assert data["response_url"] == f"{FOREIGN}/{prefix}/requests/{rid}"

    status = harness.request("GET", data["status_url"])
    assert (status.status_code, status.json()["status"]) == (202, "IN_QUEUE")
    assert harness.request("GET", data["response_url"]).status_code == 400
    harness.clock.advance(0.6)
    status = harness.request("GET", data["status_url"], params={"logs": 1})
    assert status.json()["status"] == "IN_PROGRESS"
    assert endpoint in status.json()["logs"][0]["message"]
    harness.clock.advance(1.0)
    done = harness.request("GET", data["status_url"])
    assert (done.status_code, done.json()["status"]) == (200, "COMPLETED")
    stream = harness.request("GET", data["status_url"] + "/stream")  # ends: job completed
    events = [line[6:] for line in stream.text.splitlines() if line.startswith("data: ")]
    assert [json.loads(event)["status"] for event in events] == ["COMPLETED"]

    result = harness.request("GET", data["response_url"])
    assert result.status_code == 200
    output = result.json()
    assert output == {
        "endpoint": endpoint,
        "echo": ["n", "prompt", "whatever"],
        "output": {
            "url": f"{BASE}/_emulator/files/{rid}/0/output.txt",
            "content_type": "text/plain",
            "file_name": "output.txt",
            "file_size": output["output"]["file_size"],
        },
    }
    file = harness.request("GET", output["output"]["url"])
    assert file.status_code == 200 and len(file.content) == output["output"]["file_size"]

    second = harness.submitted(endpoint, {})
    cancel = harness.request("PUT", second["cancel_url"])
    assert (cancel.status_code, cancel.json()) == (202, {"status": "CANCELLATION_REQUESTED"})
    assert harness.request("GET", second["response_url"]).status_code == 499
    # the queue prefix must match: another app's prefix does not find the job
    assert harness.request("GET", f"/fal-ai/other/requests/{rid}/status").status_code == 404


def test_any_endpoint_still_validates_spec_models_and_refuses_odd_ids() -> None:
    harness = Harness(any_endpoint=True)
    assert harness.submit(KLING, {**SEED_BODY, "cfg_scale": 9}).status_code == 422
    for odd in ("fal-ai", "workflows/someone", "fal-ai/x/requests/abc"):
        assert harness.submit(odd, {}).status_code == 404, odd
    not_object = harness.request("POST", "/fal-ai/unlisted", content=b"[1]", headers=KEY)
    assert not_object.status_code == 422
    assert not_object.json()["detail"][0]["type"] == "model_attributes_type"
    assert harness.emulator.output_for("fal-ai/unlisted", {"b": 1, "a": 2})["echo"] == ["a", "b"]


def test_the_result_kind_of_an_unlisted_endpoint_follows_its_name() -> None:
    emulator = Harness(any_endpoint=True).emulator
    kinds = {
        endpoint: emulator.output_for(endpoint)["output"]["content_type"]
        for endpoint in ("acme/text-to-video", "acme/image-editor", "acme/tts-audio")
    }
    assert kinds == {
        "acme/text-to-video": "video/mp4",
        "acme/image-editor": "image/png",
        "acme/tts-audio": "audio/mpeg",
    }


# -------------------------------------------------------------------------- CLI


def test_cli_starts_on_the_full_spec_quickly_and_serves_any_endpoint(tmp_path: Path) -> None:
    ready = tmp_path / "emulator.url"
    env = dict(os.environ)
    package_root = str(Path(fal_queue_emulator.__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
    command = [sys.executable, "-m", "fal_queue_emulator", "--port", "0", "--any-endpoint"]
    command += ["--ready-file", str(ready), "--queue-seconds", "0", "--run-seconds", "0"]
    started = time.monotonic()
    process = subprocess.Popen(  # no --spec: the bundled document, found from the checkout
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True
    )
    try:
        while not ready.exists():
            assert process.poll() is None, process.communicate()
            assert time.monotonic() - started < 10, "the emulator did not start"
            time.sleep(0.01)
        # Generous for a loaded CI machine; about 0.6 s on a laptop.
        assert time.monotonic() - started < 5
        base_url = ready.read_text(encoding="utf-8").strip()
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", base_url)
        with httpx.Client(base_url=base_url, headers=KEY, timeout=5) as client:
            for endpoint in ("workflows/someone/my-flow", "fal-ai/not-in-the-spec", KLING):
                body = SEED_BODY if endpoint == KLING else {"x": 1}
                data = client.post(f"/{endpoint}", json=body).json()
                local = data["status_url"].replace("localhost", "127.0.0.1")
                deadline = time.monotonic() + 5
                while client.get(local).status_code != 200:
                    assert time.monotonic() < deadline
                    time.sleep(0.01)
                result = client.get(local.removesuffix("/status")).json()
                (file,) = files_of(result)
                got = client.get(file["url"])
                assert got.status_code == 200 and len(got.content) == file["file_size"]
                assert got.headers["content-type"].startswith(file["content_type"])
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=10)
        assert process.returncode == 0, stderr
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
