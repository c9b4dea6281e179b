"""The job journal: written before submit returns, resumable, cached, safe across processes."""

from __future__ import annotations

import asyncio
import gc
import json
import math
import multiprocessing
import os
import sqlite3
import string
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from fal_queue_emulator import RunningEmulator
from uniapi_fal import (
    Client,
    ConfigurationError,
    JobCancelledError,
    JobFailedError,
    Journal,
    RateLimitError,
    ServerError,
    _journal,
)
from uniapi_fal._journal import ERROR_TEXT_LIMIT, default_path, normalise_base_url

from ._inputs import SEED_BODY, SEED_ENDPOINT, SEED_SUBMIT_ANSWER
from .conftest import TEST_KEY

RID = SEED_SUBMIT_ANSWER["request_id"]
VIDEO = {"video": {"url": "https://v/out.mp4"}}


def states(path: Path) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(path)) as db:  # closed: 3.13 warns of an unclosed one
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
    with closing(sqlite3.connect(tmp_path / "j.sqlite3")) as db:
        assert json.loads(db.execute("SELECT result FROM jobs").fetchone()[0]) == VIDEO


# ------------------------------------------------------------ base URLs, normalised
@pytest.mark.parametrize(
    ("url", "normal"),
    [
        ("https://api.uniapi.io", "https://api.uniapi.io"),
        ("https://API.UniAPI.io/", "https://api.uniapi.io"),
        ("HTTPS://api.uniapi.io:443//", "https://api.uniapi.io"),
        ("http://h:80/fal/", "http://h/fal"),
        ("http://h:0080/Fal/Run", "http://h/Fal/Run"),  # a path keeps its case
        ("https://h:80", "https://h:80"),  # not https's default port
        ("http://h:8080", "http://h:8080"),
        ("https://user:secret@h/x?q=1#frag", "https://h/x"),
        ("http://[::1]:80/", "http://[::1]"),
        ("http://[::1]:9000/p/", "http://[::1]:9000/p"),
        ("  https://h/  ", "https://h"),
        ("b", "b"),
        ("b/", "b"),
    ],
)
def test_base_urls_are_normalised(url: str, normal: str) -> None:
    assert normalise_base_url(url) == normal


_label = st.text(alphabet=string.ascii_letters + string.digits, min_size=1, max_size=10)
_hosts = st.lists(_label, min_size=1, max_size=3).map(".".join)
_paths = st.lists(_label, max_size=3).map(lambda parts: "".join("/" + p for p in parts))
_ports = st.sampled_from(["", ":80", ":443", ":8080", ":1"])


@given(
    scheme=st.sampled_from(["http", "https"]),
    host=_hosts,
    port=_ports,
    path=_paths,
    slashes=st.integers(0, 3),
    upper=st.booleans(),
)
def test_normalising_is_idempotent_and_ignores_case_and_trailing_slashes(
    scheme: str, host: str, port: str, path: str, slashes: int, upper: bool
) -> None:
    plain = normalise_base_url(f"{scheme}://{host}{port}{path}")
    shouted = f"{scheme.upper()}://{host.upper()}" if upper else f"{scheme}://{host.lower()}"
    assert normalise_base_url(f"{shouted}{port}{path}{'/' * slashes}") == plain
    assert normalise_base_url(plain) == plain
    assert plain.endswith(path) and not plain.endswith("/")  # the path prefix is kept


@given(st.text(max_size=40))
def test_normalising_any_text_is_idempotent_and_never_raises(text: str) -> None:
    once = normalise_base_url(text)
    assert normalise_base_url(once) == once


def test_jobs_are_found_whatever_the_base_url_spelling(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    answer = httpx.Response(200, json=SEED_SUBMIT_ANSWER)
    http = httpx.Client(transport=httpx.MockTransport(lambda r: answer))
    with Client(api_key=TEST_KEY, http_client=http, journal=path, base_url="https://h.io/") as c:
        c.submit(SEED_ENDPOINT, SEED_BODY)
    with Client(api_key=TEST_KEY, http_client=http, journal=path, base_url="HTTPS://H.io") as c:
        assert [e.request_id for e in c.jobs()] == [RID]
        assert [j.request_id for j in c.resume()] == [RID]


def test_a_journal_from_before_normalising_is_still_read(tmp_path: Path) -> None:
    """A file of the first schema (no batch_key, base URLs as the client spelled them)."""
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as db:
        db.executescript(
            "CREATE TABLE jobs (id INTEGER PRIMARY KEY AUTOINCREMENT, request_id TEXT UNIQUE,"
            " endpoint TEXT NOT NULL, base_url TEXT NOT NULL, input_digest TEXT NOT NULL,"
            " state TEXT NOT NULL, submitted_at REAL NOT NULL, updated_at REAL NOT NULL,"
            " status_url TEXT, response_url TEXT, cancel_url TEXT, error TEXT, result TEXT);"
            "INSERT INTO jobs (request_id, endpoint, base_url, input_digest, state,"
            " submitted_at, updated_at) VALUES"
            " ('old-1', 'e', 'https://api.uniapi.io/', '', 'IN_QUEUE', 1, 1),"
            " ('old-2', 'e', 'https://API.uniapi.io:443', '', 'IN_QUEUE', 1, 1),"
            " ('other', 'e', 'https://queue.fal.run', '', 'IN_QUEUE', 1, 1);"
        )
    db.close()
    journal = Journal(path)
    found = journal.entries(base_url="https://api.uniapi.io")
    assert [e.request_id for e in found] == ["old-1", "old-2"]
    assert {e.base_url for e in found} == {"https://api.uniapi.io"}
    assert found[0].batch_key is None
    journal.close()


# ------------------------------------------------------------------------- prune
class _Clock:
    """Stands in for the journal's `time` module: entries get the times a test sets."""

    def __init__(self) -> None:
        self.now = 1_000_000.0

    def time(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> _Clock:
    fake = _Clock()
    monkeypatch.setattr(_journal, "time", fake)
    return fake


def _job(journal: Journal, rid: str, state: str, base_url: str = "https://h") -> None:
    row = journal.begin("e", base_url, "d")
    journal.submitted(row, rid, "IN_QUEUE", (None, None, None))
    if state == "COLLECTED":
        journal.store_result(rid, VIDEO)
    else:
        journal.set_state(rid, state)


def _left(journal: Journal) -> set[str | None]:
    return {e.request_id for e in journal.entries()}


def test_prune_removes_finished_entries_only(tmp_path: Path, clock: _Clock) -> None:
    journal = Journal(tmp_path / "j.sqlite3")
    for state in ("COLLECTED", "FAILED", "CANCELLED", "IN_QUEUE", "IN_PROGRESS", "UNKNOWN"):
        _job(journal, state.lower(), state)
    journal.begin("e", "https://h", "d")  # a submit still being sent
    assert journal.prune() == 3
    assert _left(journal) == {"in_queue", "in_progress", "unknown", None}
    assert journal.cached_result("collected") is None
    assert journal.prune() == 0


def test_prune_by_age_keeps_recent_entries(tmp_path: Path, clock: _Clock) -> None:
    journal = Journal(tmp_path / "j.sqlite3")
    _job(journal, "old", "COLLECTED")
    clock.now += 7200
    _job(journal, "recent", "COLLECTED")
    clock.now += 60
    assert journal.prune(older_than=3600) == 1
    assert _left(journal) == {"recent"}
    assert journal.prune(older_than=math.inf) == 0
    assert journal.prune(older_than=0) == 1


def test_prune_takes_states_and_a_base_url(tmp_path: Path, clock: _Clock) -> None:
    journal = Journal(tmp_path / "j.sqlite3")
    _job(journal, "lost", "UNKNOWN")
    _job(journal, "queued", "IN_QUEUE")
    _job(journal, "failed-here", "FAILED", base_url="https://here.io/fal")
    _job(journal, "failed-there", "FAILED", base_url="https://there.io")
    assert journal.prune(states="UNKNOWN") == 1  # one state as a str, not its letters
    assert journal.prune(base_url="HTTPS://here.io/fal/") == 1
    assert journal.prune(states=[]) == 0
    assert _left(journal) == {"queued", "failed-there"}
    assert journal.prune(states={"IN_QUEUE", "FAILED"}) == 2
    assert Journal(None).prune() == 0


@pytest.mark.parametrize("age", [-1.0, math.nan, "3600"])
def test_prune_refuses_a_bad_age(tmp_path: Path, age: Any) -> None:
    with pytest.raises(ConfigurationError, match="older_than"):
        Journal(tmp_path / "j.sqlite3").prune(older_than=age)


# --------------------------------------------------------- stored text, settings
def test_error_text_is_capped(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.sqlite3")
    _job(journal, "r", "IN_QUEUE")
    journal.set_state("r", "FAILED", "x" * 1_000_000)
    row = journal.begin("e", "https://h", "d")
    journal.abandon(row, maybe_queued=True, error="\udc80" + "y" * 100_000)  # lone surrogate
    failed, unknown = journal.entries()
    assert failed.error is not None and len(failed.error) == ERROR_TEXT_LIMIT
    assert failed.error.startswith("xxx") and failed.error.endswith("[truncated]")
    assert unknown.error is not None and len(unknown.error) == ERROR_TEXT_LIMIT
    journal.set_state("r", "FAILED", "short")
    assert journal.entries()[0].error == "short"


def test_from_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    given = Journal(tmp_path / "j.sqlite3")
    assert Journal.from_setting(given) is given
    assert Journal.from_setting(str(tmp_path / "k")).path == tmp_path / "k"
    monkeypatch.setenv("HOME", str(tmp_path))
    assert Journal.from_setting("~/j.sqlite3").path == tmp_path / "j.sqlite3"
    for bad in ("", "  ", 3, b"bytes"):
        with pytest.raises(ConfigurationError, match="journal"):
            Journal.from_setting(bad)  # type: ignore[arg-type]


# --------------------------------------------------------------- closing, threads
def _open_files(path: Path) -> int:
    """How many of this process's descriptors are open on `path` (or its -wal/-shm)."""
    count = 0
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        count += target.startswith(str(path))
    return count


needs_proc = pytest.mark.skipif(
    not os.path.isdir("/proc/self/fd"), reason="counts open files by /proc"
)


@needs_proc
def test_close_releases_the_file_and_is_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    journal = Journal(path)
    _job(journal, "r", "IN_QUEUE")
    assert _open_files(path) > 0
    journal.close()
    assert _open_files(path) == 0
    journal.close()
    Journal(None).close()
    assert [e.request_id for e in journal.entries()] == ["r"]  # used again: reopened
    journal.close()
    assert _open_files(path) == 0


@needs_proc
def test_an_unclosed_journal_is_closed_when_collected(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    journal = Journal(path)
    journal.open()
    assert _open_files(path) > 0
    del journal
    gc.collect()
    assert _open_files(path) == 0


def test_a_client_that_does_not_own_its_pool_leaves_no_open_journal(tmp_path: Path) -> None:
    """Python 3.13 warns of an unclosed database at collection (warnings are errors here)."""
    path = tmp_path / "j.sqlite3"
    client = mock_client(path, lambda r: httpx.Response(200, json=SEED_SUBMIT_ANSWER))
    client.submit(SEED_ENDPOINT, SEED_BODY)
    conn = client.journal._conn
    assert conn is not None
    client.close()
    del client
    gc.collect()
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        conn.execute("SELECT 1")


def _record(journal: Journal, name: str) -> None:
    row = journal.begin("e", "https://h", name)
    journal.submitted(row, name, "IN_QUEUE", (None, None, None))
    journal.set_state(name, "IN_PROGRESS")
    journal.store_result(name, {"n": name})


def test_one_journal_is_shared_by_threads(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.sqlite3")
    journal.open()  # in this thread; used in the others
    names = [f"t{i}" for i in range(64)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(lambda n: _record(journal, n), names))
    entries = journal.entries()
    assert sorted(e.request_id or "" for e in entries) == sorted(names)
    assert all(e.state == "COLLECTED" and e.has_result for e in entries)
    assert journal.cached_result("t7") == {"n": "t7"}
    journal.close()


def test_worker_threads_of_an_event_loop_share_it(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.sqlite3")

    async def main() -> None:
        await asyncio.gather(*(asyncio.to_thread(_record, journal, f"a{i}") for i in range(20)))
        await asyncio.to_thread(journal.close)

    asyncio.run(main())
    assert len(journal.entries()) == 20
    journal.close()
