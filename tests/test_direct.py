"""`run(..., direct=True)`: fal's synchronous path, checked, typed and journaled as the
queue's calls are."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from fal_queue_emulator import RunningEmulator
from uniapi_fal import (
    APIConnectionError,
    AsyncClient,
    Client,
    ConfigurationError,
    InputValidationError,
    ServerError,
)
from uniapi_fal.models import FluxDevInput, FluxDevOutput

from .conftest import TEST_KEY

OUTPUT = {
    "images": [{"url": "https://v3.fal.media/files/a.jpg", "width": 8, "height": 8}],
    "seed": 7,
    "prompt": "p",
    "has_nsfw_concepts": [False],
    "timings": {},
}


def mocked(handler: Callable[[httpx.Request], httpx.Response], **options: object) -> Client:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return Client(
        api_key=TEST_KEY,
        base_url="https://queue.fal.run",
        http_client=http,
        **options,  # type: ignore[arg-type]
    )


def test_a_direct_run_on_the_emulator_is_typed_and_journaled(emulator: RunningEmulator) -> None:
    before = emulator.emulator.stats().requests_by_kind
    with Client(api_key=TEST_KEY, base_url=emulator.base_url) as client:
        out = client.run(FluxDevInput(prompt="a lighthouse"), direct=True)
        (entry,) = client.jobs()
    after = emulator.emulator.stats().requests_by_kind
    assert isinstance(out, FluxDevOutput) and out.images
    assert after["run"] - before["run"] == 1 and after["submit"] == before["submit"]
    assert entry.state == "COLLECTED" and entry.has_result
    assert entry.endpoint == "fal-ai/flux/dev"


@pytest.mark.anyio
async def test_an_async_direct_run_on_the_emulator(emulator: RunningEmulator) -> None:
    async with AsyncClient(api_key=TEST_KEY, base_url=emulator.base_url) as client:
        out = await client.run("fal-ai/flux/dev", {"prompt": "p"}, direct=True)
        (entry,) = client.jobs()
    assert isinstance(out, FluxDevOutput)
    assert entry.has_result


def test_it_goes_to_fals_run_host_with_fals_request_id_kept() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=OUTPUT, headers={"x-fal-request-id": "req-123"})

    with mocked(handler) as client:
        out = client.run(FluxDevInput(prompt="p"), direct=True, request_timeout=30)
        (entry,) = client.jobs()
        kept = client.journal.cached_result("req-123")
    (request,) = seen
    assert str(request.url) == "https://fal.run/fal-ai/flux/dev"
    assert request.method == "POST" and json.loads(request.content) == {"prompt": "p"}
    assert request.headers["authorization"] == f"Key {TEST_KEY}"
    assert request.headers["x-fal-request-timeout"] == "30"
    assert out.seed == 7 and entry.request_id == "req-123" and kept == OUTPUT


def test_without_fals_request_id_the_journal_names_it_itself() -> None:
    with mocked(lambda request: httpx.Response(200, json=OUTPUT)) as client:
        client.run(FluxDevInput(prompt="p"), direct=True)
        (entry,) = client.jobs()
    assert entry.request_id is not None and entry.request_id.startswith("direct-")


def test_the_read_may_take_the_calls_whole_timeout() -> None:
    timeouts: list[dict[str, float]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        timeouts.append(request.extensions["timeout"])
        return httpx.Response(200, json=OUTPUT)

    with mocked(handler, timeout=5) as client:
        client.run(FluxDevInput(prompt="p"), direct=True, timeout=100)
        client.run(FluxDevInput(prompt="p"), direct=True)
    assert 95 < timeouts[0]["read"] <= 100 and timeouts[0]["connect"] <= 5
    assert timeouts[1]["read"] == 5


def test_queue_options_and_bad_input_never_reach_the_network() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=OUTPUT)

    with mocked(handler) as client:
        with pytest.raises(ConfigurationError, match="priority"):
            client.run(FluxDevInput(prompt="p"), direct=True, priority="low")
        with pytest.raises(ConfigurationError, match="webhook_url"):
            client.run(FluxDevInput(prompt="p"), direct=True, webhook_url="https://x.example/h")
        with pytest.raises(InputValidationError, match="num_images"):
            client.run("fal-ai/flux/dev", {"prompt": "p", "num_images": 99}, direct=True)
        assert client.jobs() == []
    assert seen == []


def test_a_failed_run_is_a_typed_error_and_a_dropped_one_stays_unknown() -> None:
    def failing(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            500,
            json={"detail": "Runner disconnected", "error_type": "runner_disconnected"},
            headers={"x-fal-request-id": "req-9"},
        )

    with mocked(failing, max_retries=0) as client, pytest.raises(ServerError) as failed:
        client.run(FluxDevInput(prompt="p"), direct=True)
    assert failed.value.status_code == 500 and failed.value.error_type == "runner_disconnected"

    def dropped(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadError("connection reset by peer", request=request)

    with mocked(dropped) as client:
        with pytest.raises(APIConnectionError) as lost:
            client.run(FluxDevInput(prompt="p"), direct=True)
        entry = client.jobs()[-1]
    assert lost.value.maybe_queued
    assert entry.state == "UNKNOWN" and entry.request_id is None


def test_an_output_that_does_not_parse_is_kept(tmp_path: Path) -> None:
    odd = {"images": "not a list"}
    with mocked(
        lambda request: httpx.Response(200, json=odd, headers={"x-fal-request-id": "req-odd"})
    ) as client:
        with pytest.raises(Exception, match="cached_result"):
            client.run(FluxDevInput(prompt="p"), direct=True)
        assert client.journal.cached_result("req-odd") == odd
