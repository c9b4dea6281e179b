"""`map`: many inputs with bounded concurrency, resumable from the journal."""

from __future__ import annotations

import sys
from pathlib import Path

import httpx
import pytest

from fal_queue_emulator import RunningEmulator
from uniapi_fal import (
    AsyncClient,
    Client,
    InputValidationError,
    JobFailedError,
    SubmitUncertainError,
)
from uniapi_fal._batch import batch_keys
from uniapi_fal.models import FluxDevInput, FluxDevOutput

from .conftest import TEST_KEY


def digests_submitted(emulator: RunningEmulator) -> list[str]:
    return [r.body["prompt"] for r in emulator.emulator.requests_of("submit")]


@pytest.mark.parametrize("loop", ["uvloop if installed", "asyncio"])
def test_map_runs_every_input_in_order(
    client: Client, loop: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if loop == "asyncio":  # the loop of an install without the `fast` extra
        monkeypatch.setitem(sys.modules, "uvloop", None)
    seen: list[int] = []
    results = client.map(
        [FluxDevInput(prompt=f"p{i}") for i in range(12)],
        concurrency=4,
        on_result=lambda r: seen.append(r.index),
    )
    assert [r.index for r in results] == list(range(12)) and sorted(seen) == list(range(12))
    assert all(
        r.ok and isinstance(r.output, FluxDevOutput) and r.source == "submitted" for r in results
    )


@pytest.mark.anyio
async def test_async_map_reports_each_failure_on_its_item(async_client: AsyncClient) -> None:
    inputs = [{"prompt": "fine"}, {"prompt": "EMULATOR_FAIL"}, {"prompt": 3}]
    results = await async_client.map(inputs, endpoint="fal-ai/flux/dev", concurrency=2)
    assert results[0].ok
    assert isinstance(results[1].error, JobFailedError) and results[1].request_id
    assert results[2].error is not None and "prompt: expected string" in str(results[2].error)


def test_an_interrupted_batch_resumes_without_resubmitting(
    emulator: RunningEmulator, tmp_path: Path
) -> None:
    journal = tmp_path / "batch.sqlite3"
    inputs = [{"prompt": f"batch item {i}"} for i in range(10)]
    with Client(api_key=TEST_KEY, base_url=emulator.base_url, journal=journal) as first:
        # An interruption: items 0-3 ran to the end, 4-6 were submitted and never collected.
        done = first.map(inputs[:4], endpoint="fal-ai/flux/dev", batch="b1")
        assert all(r.ok for r in done)
        keys = batch_keys("b1", inputs, "fal-ai/flux/dev")
        for i in range(4, 7):
            first._submit_endpoint("fal-ai/flux/dev", inputs[i], {}, batch_key=keys[i])
    emulator.emulator.clear_requests()
    with Client(api_key=TEST_KEY, base_url=emulator.base_url, journal=journal) as again:
        results = again.map(inputs, endpoint="fal-ai/flux/dev", batch="b1", concurrency=5)
    assert [r.source for r in results] == ["journal"] * 4 + ["reattached"] * 3 + ["submitted"] * 3
    assert all(r.ok for r in results)
    assert sorted(digests_submitted(emulator)) == [f"batch item {i}" for i in range(7, 10)]


def test_an_uncertain_submit_is_not_sent_again(emulator: RunningEmulator, tmp_path: Path) -> None:
    journal = tmp_path / "batch.sqlite3"
    with Client(api_key=TEST_KEY, base_url=emulator.base_url, journal=journal) as client:
        (key,) = batch_keys("b2", [{"prompt": "x"}], "fal-ai/flux/dev")
        row = client.journal.begin("fal-ai/flux/dev", str(client.base_url), "d", key)
        client.journal.abandon(row, maybe_queued=True, error="HTTP 502 after sending")
        (result,) = client.map([{"prompt": "x"}], endpoint="fal-ai/flux/dev", batch="b2")
        assert isinstance(result.error, SubmitUncertainError) and "HTTP 502" in str(result.error)
        client.journal.forget(row or 0)
        (again,) = client.map([{"prompt": "x"}], endpoint="fal-ai/flux/dev", batch="b2")
        assert again.ok and again.source == "submitted"


def test_map_needs_a_positive_concurrency(client: Client) -> None:
    with pytest.raises(ValueError, match="concurrency"):
        client.map([], concurrency=0)


def test_sync_map_sends_through_the_clients_own_http_client(emulator: RunningEmulator) -> None:
    """The user's `httpx.Client` (here one that counts and tags every request) carries the
    whole batch, though `map` runs on an event loop of its own."""
    seen: list[str] = []

    def tag(request: httpx.Request) -> None:
        seen.append(request.url.path)

    http = httpx.Client(event_hooks={"request": [tag]})
    with Client(api_key=TEST_KEY, base_url=emulator.base_url, http_client=http) as client:
        results = client.map([FluxDevInput(prompt=f"own {i}") for i in range(5)], concurrency=3)
    http.close()
    assert all(r.ok for r in results)
    assert sum(path == "/fal-ai/flux/dev" for path in seen) == 5  # every submit, through it
    assert any(path.endswith(("/status/stream", "/status")) for path in seen)


@pytest.mark.anyio
async def test_sync_map_works_inside_a_running_event_loop(client: Client) -> None:
    """As in a notebook: `Client.map` called from code that runs an event loop."""
    results = client.map([FluxDevInput(prompt=f"loop {i}") for i in range(3)], concurrency=2)
    assert [r.index for r in results] == [0, 1, 2] and all(r.ok for r in results)


def test_an_edited_batch_sends_what_changed_and_reuses_the_rest(
    emulator: RunningEmulator, tmp_path: Path
) -> None:
    """An item is its content: replace line 0 and add a line, and only those two are sent;
    no result comes back for an input no longer in the batch."""
    journal = tmp_path / "batch.sqlite3"
    before = [{"prompt": "a cat"}, {"prompt": "a dog"}, {"prompt": "a dog"}]
    after = [{"prompt": "a whale"}, {"prompt": "a dog"}, {"prompt": "a dog"}, {"prompt": "new"}]
    with Client(api_key=TEST_KEY, base_url=emulator.base_url, journal=journal) as client:
        assert all(r.ok for r in client.map(before, endpoint="fal-ai/flux/dev", batch="e"))
        emulator.emulator.clear_requests()
        results = client.map(after, endpoint="fal-ai/flux/dev", batch="e")
    assert [r.source for r in results] == ["submitted", "journal", "journal", "submitted"]
    assert sorted(digests_submitted(emulator)) == ["a whale", "new"]
    assert results[0].output.prompt == "a whale"


def test_items_refused_before_sending_are_not_counted_as_submitted(client: Client) -> None:
    results = client.map([{"prompt": 3}, "not a dict"], endpoint="fal-ai/flux/dev")
    assert [r.source for r in results] == ["not sent", "not sent"]
    assert all(isinstance(r.error, InputValidationError) for r in results)


def test_map_passes_fals_submit_options_on(emulator: RunningEmulator) -> None:
    emulator.emulator.clear_requests()
    with Client(api_key=TEST_KEY, base_url=emulator.base_url) as client:
        (result,) = client.map(
            [{"prompt": "p"}], endpoint="fal-ai/flux/dev", runner_hint="warm", no_retry=True
        )
    assert result.ok
    (sent,) = emulator.emulator.requests_of("submit")
    assert sent.headers["x-fal-runner-hint"] == "warm" and sent.headers["x-fal-no-retry"] == "1"


def test_a_failing_on_result_ends_sync_map_cleanly(
    client: Client, capfd: pytest.CaptureFixture[str]
) -> None:
    """The callback's error reaches the caller; the bridge's teardown prints nothing."""

    def boom(_: object) -> None:
        raise ValueError("callback failed")

    with pytest.raises(ValueError, match="callback failed"):
        client.map([FluxDevInput(prompt="x")], on_result=boom)
    assert "RuntimeError" not in capfd.readouterr().err


def test_a_batch_resends_submits_refused_with_429(tmp_path: Path) -> None:
    """Submits refused with 429 queued nothing: they go again after Retry-After, so a
    batch under rate limiting ends with every item done and each queued once.

    Reads see the same 30 % of 429s; with the default 5 retries one of the batch's
    ~150 reads is refused six times in a row in about one run in twenty, so the
    reads get more retries here: this test is about the submits."""
    from fal_queue_emulator import EmulatorConfig, FaultConfig, run_in_thread
    from uniapi_fal import Client

    from .conftest import SPEC

    faults = FaultConfig(rate_429=0.3, retry_after=0.01, seed=3)
    config = EmulatorConfig(spec_path=SPEC, queue_seconds=0.01, run_seconds=0.02, faults=faults)
    inputs = [FluxDevInput(prompt=f"p{i}") for i in range(50)]
    with (
        run_in_thread(config) as server,
        Client(
            api_key=TEST_KEY, base_url=server.base_url, journal=tmp_path / "j", max_retries=30
        ) as client,
    ):
        results = client.map(inputs, concurrency=8, timeout=60)
        jobs = len(server.emulator.jobs)
        refused = server.emulator.faults_injected
    assert [r.error for r in results if not r.ok] == []
    assert jobs == 50 and refused > 0
