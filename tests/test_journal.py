"""The job journal: written before submit returns, resumable, cached, safe across processes."""

from __future__ import annotations

import json
import multiprocessing
import sqlite3
from pathlib import Path
from typing import Any

import httpx
import pytest

from fal_queue_emulator import RunningEmulator
from uniapi_fal import (
    Client,
    JobCancelledError,
    JobFailedError,
    Journal,
    RateLimitError,
    ServerError,
)
from uniapi_fal._journal import default_path

from ._inputs import SEED_BODY, SEED_ENDPOINT, SEED_SUBMIT_ANSWER
from .conftest import TEST_KEY

RID = SEED_SUBMIT_ANSWER["request_id"]
VIDEO = {"video": {"url": "https://v/out.mp4"}}


def states(path: Path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT request_id, state FROM jobs ORDER BY id").fetchall()


def mock_client(path: Path, handler: Any) -> Client:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = Client(api_key=TEST_KEY, http_client=http, journal=path, stream=False, max_retries=0)
    client._sleep = lambda s: None
    return client


def test_the_intent_is_on_disk_before_the_submit_is_sent(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    seen_while_sending: list[Any] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen_while_sending.extend(states(path))  # another connection, as another process would
        return httpx.Response(200, json=SEED_SUBMIT_ANSWER)

    job = mock_client(path, handler).submit(SEED_ENDPOINT, SEED_BODY)
    assert seen_while_sending == [(None, "SUBMITTING")]
    assert states(path) == [(RID, "IN_QUEUE")]
    (entry,) = Journal(path).entries()
    assert entry.request_id == job.request_id and entry.endpoint == SEED_ENDPOINT
    assert entry.unfinished and not entry.has_result and len(entry.input_digest) == 64


@pytest.mark.parametrize(
    ("answer", "error", "left"),
    [
        (httpx.Response(429, json={"detail": "slow"}), RateLimitError, []),
        (httpx.Response(503, text="<h1>down</h1>"), ServerError, [(None, "UNKNOWN")]),
    ],
)
def test_a_failed_submit_is_forgotten_or_marked_unknown(
    tmp_path: Path, answer: httpx.Response, error: type[Exception], left: list[Any]
) -> None:
    path = tmp_path / "j.sqlite3"
    with pytest.raises(error):
        mock_client(path, lambda r: answer).submit(SEED_ENDPOINT, SEED_BODY)
    assert states(path) == left


def test_results_are_cached_and_outlive_the_queue(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        if request.method == "POST":
            return httpx.Response(200, json=SEED_SUBMIT_ANSWER)
        if request.url.path.endswith("/status"):
            return httpx.Response(200, json={"status": "COMPLETED"})
        return httpx.Response(200, json=VIDEO)

    first = mock_client(path, handler).submit(SEED_ENDPOINT, SEED_BODY).result()
    assert states(path) == [(RID, "COLLECTED")]
    before = len(calls)
    gone = mock_client(path, lambda r: httpx.Response(404, json={"detail": "expired"}))
    again = gone.job(SEED_ENDPOINT, RID).result()  # fal forgot it; the journal did not
    assert again == first and len(calls) == before
    assert gone.resume() == []


def test_resume_reattaches_unfinished_jobs(emulator: RunningEmulator, tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    with Client(api_key=TEST_KEY, base_url=emulator.base_url, journal=path) as first:
        ids = {first.submit("fal-ai/flux/dev", {"prompt": f"p{i}"}).request_id for i in range(3)}
    with Client(api_key=TEST_KEY, base_url=emulator.base_url, journal=path) as later:
        jobs = later.resume()
        assert {j.request_id for j in jobs} == ids
        assert all(j.result(timeout=30).images for j in jobs)
        assert later.resume() == [] and all(e.state == "COLLECTED" for e in later.jobs())
    with Client(api_key=TEST_KEY, base_url="http://127.0.0.1:9", journal=path) as other_host:
        assert other_host.jobs() == []  # request_ids belong to the host that issued them


def test_failed_and_cancelled_jobs_are_finished(emulator: RunningEmulator, tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    with Client(api_key=TEST_KEY, base_url=emulator.base_url, journal=path) as client:
        failing = client.submit("fal-ai/flux/dev", {"prompt": "EMULATOR_FAIL"})
        with pytest.raises(JobFailedError):
            failing.result(timeout=30)
        cancelled = client.submit("fal-ai/flux/dev", {"prompt": "never mind"})
        cancelled.cancel()
        with pytest.raises(JobCancelledError):
            cancelled.result(timeout=30)
        by_id = {e.request_id: e for e in client.jobs()}
    assert by_id[failing.request_id].state == "FAILED"
    assert by_id[failing.request_id].error == "Emulated model failure"
    assert by_id[cancelled.request_id].state == "CANCELLED"


def test_journal_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UNIAPI_FAL_JOURNAL", "off")
    client = mock_client(
        tmp_path / "unused.sqlite3", lambda r: httpx.Response(200, json=SEED_SUBMIT_ANSWER)
    )
    assert Client(api_key=TEST_KEY).journal.enabled is False
    assert Client(api_key=TEST_KEY, journal=False).jobs() == []
    assert client.journal.enabled  # an explicit path wins over the environment


def test_default_path_is_per_user(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_path() == tmp_path / "uniapi-fal" / "journal.sqlite3"


def _write_many(path: str, worker: int, count: int) -> None:
    journal = Journal(path)
    for i in range(count):
        row = journal.begin("fal-ai/flux/dev", "http://h", f"{worker}-{i}")
        journal.submitted(row, f"req-{worker}-{i}", "IN_QUEUE", (None, None, None))
        journal.set_state(f"req-{worker}-{i}", "IN_PROGRESS")
    journal.close()


def test_several_processes_write_at_once(tmp_path: Path) -> None:
    path = str(tmp_path / "shared.sqlite3")
    Journal(path).entries()  # create it once, as the first client would
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_write_many, args=(path, w, 40)) for w in range(4)]
    for process in workers:
        process.start()
    for process in workers:
        process.join(60)
        assert process.exitcode == 0
    entries = Journal(path).entries()
    assert len(entries) == 160 and {e.state for e in entries} == {"IN_PROGRESS"}
    assert len({e.request_id for e in entries}) == 160


def test_results_are_stored_as_json(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.sqlite3")
    row = journal.begin("e", "b", "d")
    journal.submitted(row, "r", "IN_QUEUE", (None, None, None))
    journal.store_result("r", VIDEO)
    assert journal.cached_result("r") == VIDEO
    with sqlite3.connect(tmp_path / "j.sqlite3") as db:
        assert json.loads(db.execute("SELECT result FROM jobs").fetchone()[0]) == VIDEO
