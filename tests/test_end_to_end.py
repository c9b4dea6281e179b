"""Models of the spec end to end through the SDK against the emulator, sync and async,
streamed and polled: the six first models and one of each of fal's categories (every
model runs once in test_corpus.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator

from fal_queue_emulator import EmulatorConfig, RunningEmulator, run_in_thread
from uniapi_fal import (
    ENDPOINTS,
    APIStatusError,
    AsyncClient,
    Client,
    InputValidationError,
    JobCancelledError,
    JobFailedError,
    JobStatus,
    NotFoundError,
    UnprocessableEntityError,
    WaitTimeoutError,
)
from uniapi_fal._registry import output_class
from uniapi_fal._validation import input_schema
from uniapi_fal.models import (
    FluxDevInput,
    ImageSize,
    KlingVideoV21StandardImageToVideoInput,
    KlingVideoV21StandardImageToVideoOutput,
)

from ._inputs import SCHEMAS, SEED_BODY, SEED_ENDPOINT, minimal_input
from .conftest import SPEC as SPEC_PATH
from .conftest import TEST_KEY

FIRST_SIX = [
    "fal-ai/flux/dev",
    "fal-ai/flux/schnell",
    "fal-ai/kling-video/v2.1/master/text-to-video",
    "fal-ai/kling-video/v2.1/pro/image-to-video",
    "fal-ai/kling-video/v2.1/standard/image-to-video",
    "fal-ai/minimax/video-01",
]
ONE_PER_CATEGORY = {info.category: e for e, info in sorted(ENDPOINTS.items(), reverse=True)}
ALL = sorted({*FIRST_SIX, *ONE_PER_CATEGORY.values()})


def expected_output(endpoint: str) -> Any:
    """What the emulator serves for a model: made from the Output schema, checked against it."""
    info = ENDPOINTS[endpoint]
    from ._inputs import SPEC

    schema = SPEC["components"]["schemas"][info.output_class]
    example = schema.get("example")
    if example is None:
        return None
    return output_class(info).from_dict(example)


def check_output(endpoint: str, out: Any) -> None:
    info = ENDPOINTS[endpoint]
    assert type(out).__name__ == info.output_class
    root = {"$ref": f"#/components/schemas/{info.output_class}", "components": {"schemas": SCHEMAS}}
    assert not list(Draft202012Validator(root).iter_errors(out.to_dict()))
    expected = expected_output(endpoint)
    assert expected is None or out == expected


@pytest.mark.parametrize("endpoint", ALL)
@pytest.mark.parametrize("stream", [True, False], ids=["stream", "poll"])
def test_every_model_runs_sync(client: Client, endpoint: str, stream: bool) -> None:
    out = client.run(endpoint, minimal_input(endpoint), stream=stream, timeout=30)
    check_output(endpoint, out)


@pytest.mark.anyio
@pytest.mark.parametrize("endpoint", ALL)
@pytest.mark.parametrize("stream", [True, False], ids=["stream", "poll"])
async def test_every_model_runs_async(
    async_client: AsyncClient, endpoint: str, stream: bool
) -> None:
    out = await async_client.run(endpoint, minimal_input(endpoint), stream=stream, timeout=30)
    check_output(endpoint, out)


@pytest.mark.parametrize("endpoint", ALL)
def test_input_models_are_routed_to_their_endpoint(
    client: Client, emulator: RunningEmulator, endpoint: str
) -> None:
    info = ENDPOINTS[endpoint]
    from uniapi_fal._registry import input_class

    model = input_class(info).from_dict(minimal_input(endpoint))
    job = client.submit(model)
    assert job.endpoint == endpoint
    submits = [
        r for r in emulator.emulator.requests_of("submit") if r.body == minimal_input(endpoint)
    ]
    assert submits and submits[-1].path == "/" + endpoint
    check_output(endpoint, job.result(timeout=30))


def test_seed_body_is_sent_exactly_and_answered_in_the_seed_shape(
    client: Client, emulator: RunningEmulator
) -> None:
    updates: list[JobStatus] = []
    job = client.submit(SEED_ENDPOINT, SEED_BODY)
    submitted = emulator.emulator.requests_of("submit")[-1]
    assert submitted.body == SEED_BODY  # nothing added, nothing dropped
    assert submitted.headers["authorization"] == f"Key {TEST_KEY}"
    out = job.result(on_update=updates.append, timeout=30)
    assert isinstance(out, KlingVideoV21StandardImageToVideoOutput)
    assert out.video.content_type == "video/mp4"
    states = [u.state for u in updates]
    assert states[0] == "IN_QUEUE" and states[-1] == "COMPLETED" and "IN_PROGRESS" in states
    assert any(u.queue_position is not None for u in updates)
    assert any(u.new_logs for u in updates)


def test_defaults_are_left_to_the_server(client: Client, emulator: RunningEmulator) -> None:
    client.submit(FluxDevInput(prompt="only this", image_size=ImageSize(width=512, height=256)))
    assert emulator.emulator.requests_of("submit")[-1].body == {
        "prompt": "only this",
        "image_size": {"width": 512, "height": 256},
    }


def test_invalid_input_is_rejected_before_sending(
    client: Client, emulator: RunningEmulator
) -> None:
    before = len(emulator.emulator.requests)
    with pytest.raises(InputValidationError) as caught:
        client.run(
            KlingVideoV21StandardImageToVideoInput(prompt="x" * 2501, image_url="u", cfg_scale=1.5)
        )
    with pytest.raises(InputValidationError):
        client.submit("fal-ai/flux/schnell", {"prompt": "p", "num_inference_steps": 13})
    assert len(emulator.emulator.requests) == before
    lines = [e.message for e in caught.value.errors]
    assert lines == ["cfg_scale: 1.5 > maximum 1", "prompt: length 2501 > maxLength 2500"]


def test_returned_urls_are_rewritten_and_the_key_stays_on_the_configured_host(
    client: Client, emulator: RunningEmulator
) -> None:
    """The emulator answers with URLs on `localhost`; we are configured on `127.0.0.1`."""
    emulator.emulator.clear_requests()
    job = client.submit(SEED_ENDPOINT, SEED_BODY)
    assert job.status_url is not None and job.status_url.startswith(emulator.base_url + "/")
    assert job.response_url is not None and job.response_url.startswith(emulator.base_url + "/")
    job.result(timeout=30)
    job.cancel()
    configured = httpx.URL(emulator.base_url).netloc.decode()
    hosts = {r.host for r in emulator.emulator.requests}
    assert hosts == {configured}
    assert all(
        r.headers.get("authorization") == f"Key {TEST_KEY}" for r in emulator.emulator.requests
    )


def test_a_redirect_is_never_followed_even_when_asked_to(emulator: RunningEmulator) -> None:
    """A user's httpx client that follows redirects: the submit's redirect to the other host
    name is refused, so neither the key nor the input reaches that host."""
    port = httpx.URL(emulator.base_url).port
    other = f"http://localhost:{port}"
    emulator.emulator.clear_requests()

    def redirect_everything(request: httpx.Request) -> httpx.Response:
        if request.url.host == "127.0.0.1":
            return httpx.Response(
                307, headers={"location": f"{other}{request.url.raw_path.decode()}"}
            )
        with httpx.Client() as real:  # the real emulator, on the second host name
            answer = real.send(request)
            return httpx.Response(answer.status_code, headers=answer.headers, content=answer.read())

    http = httpx.Client(transport=httpx.MockTransport(redirect_everything), follow_redirects=True)
    with Client(api_key=TEST_KEY, base_url=emulator.base_url, http_client=http) as c:
        with pytest.raises(APIStatusError, match="Redirects are not followed") as caught:
            c.submit(SEED_ENDPOINT, SEED_BODY)
        assert caught.value.status_code == 307 and not caught.value.maybe_queued
    assert emulator.emulator.requests == []


def test_reattach_by_request_id_from_another_client(
    client: Client, emulator: RunningEmulator
) -> None:
    job = client.submit(SEED_ENDPOINT, SEED_BODY)
    with Client(api_key=TEST_KEY, base_url=emulator.base_url) as other:
        again = other.job(SEED_ENDPOINT, job.request_id)
        assert again.request_id == job.request_id
        check_output(SEED_ENDPOINT, again.result(timeout=30))
        assert again.status().is_completed


@pytest.mark.anyio
async def test_async_submit_status_wait_result_cancel(async_client: AsyncClient) -> None:
    job = await async_client.submit(
        "fal-ai/minimax/video-01", {"prompt": "a cat", "prompt_optimizer": False}
    )
    first = await job.status()
    assert first.state in ("IN_QUEUE", "IN_PROGRESS")
    final = await job.wait(timeout=30)
    assert final.is_completed and not final.is_failed
    assert (await job.result()).video.url.endswith(".mp4")
    assert await job.cancel() == "ALREADY_COMPLETED"
    again = async_client.job("fal-ai/minimax/video-01", job.request_id)
    check_output("fal-ai/minimax/video-01", await again.result())


def test_failed_job_raises_with_request_id_and_detail(client: Client) -> None:
    job = client.submit(SEED_ENDPOINT, {**SEED_BODY, "prompt": "EMULATOR_FAIL please"})
    with pytest.raises(JobFailedError) as caught:
        job.result(timeout=30)
    error = caught.value
    assert error.request_id == job.request_id and error.endpoint == SEED_ENDPOINT
    assert error.detail == "Emulated model failure" and error.error_type == "emulated_failure"
    assert job.request_id in str(error)


@pytest.mark.anyio
async def test_failed_job_raises_async(async_client: AsyncClient) -> None:
    with pytest.raises(JobFailedError):
        await async_client.run("fal-ai/flux/dev", {"prompt": "EMULATOR_FAIL"}, timeout=30)


def test_cancelled_job_raises_cancelled(client: Client) -> None:
    job = client.submit("fal-ai/flux/schnell", {"prompt": "slow"})
    assert job.cancel() == "CANCELLATION_REQUESTED"
    with pytest.raises(JobCancelledError) as caught:
        job.result(timeout=30)
    assert caught.value.request_id == job.request_id


def test_wait_timeout_keeps_the_job(client: Client) -> None:
    job = client.submit("fal-ai/flux/dev", {"prompt": "p"})
    with pytest.raises(WaitTimeoutError) as caught:
        job.wait(timeout=0.0)
    assert caught.value.request_id == job.request_id
    check_output("fal-ai/flux/dev", job.result(timeout=30))


def test_unknown_request_id_is_not_found(client: Client) -> None:
    with pytest.raises(NotFoundError) as caught:
        client.job(SEED_ENDPOINT, "00000000-0000-0000-0000-000000000000").status()
    assert caught.value.status_code == 404


def test_bearer_scheme_is_sent_when_chosen(emulator: RunningEmulator) -> None:
    with Client(api_key=TEST_KEY, base_url=emulator.base_url, auth_scheme="Bearer") as c:
        c.submit("fal-ai/flux/dev", {"prompt": "p"})
    assert (
        emulator.emulator.requests_of("submit")[-1].headers["authorization"] == f"Bearer {TEST_KEY}"
    )


def test_schemas_cover_every_endpoint() -> None:
    for info in ENDPOINTS.values():
        assert info.input_schema in SCHEMAS and info.output_class in SCHEMAS
        assert input_schema(info.input_schema)["$ref"].endswith("/" + info.input_schema)


def test_server_side_422_from_the_emulator_is_parsed(tmp_path: Path) -> None:
    """A server stricter than the client's spec: its 422 items reach the caller typed."""
    spec = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    spec["components"]["schemas"]["MinimaxVideo01Input"]["properties"]["prompt"]["maxLength"] = 5
    strict = tmp_path / "openapi.json"
    strict.write_text(json.dumps(spec), encoding="utf-8")
    config = EmulatorConfig(spec_path=strict, queue_seconds=0.01, run_seconds=0.01)
    with run_in_thread(config) as server, Client(api_key=TEST_KEY, base_url=server.base_url) as c:
        with pytest.raises(UnprocessableEntityError) as caught:
            c.submit("fal-ai/minimax/video-01", {"prompt": "longer than five"})
    (item,) = caught.value.items
    assert item.loc == ("body", "prompt") and item.field == "prompt"
    assert caught.value.status_code == 422 and "prompt" in str(caught.value)
    assert server.emulator.requests_of("submit")  # it did reach the server
