"""A client made before `os.fork()` (multiprocessing's default on Linux, gunicorn
`--preload`): each child gets its own connections, journal connection and locks, so no
child reads another's answer, hangs, or loses a request_id."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from fal_queue_emulator import EmulatorConfig, RunningEmulator, run_in_thread
from uniapi_fal import AsyncClient, Client, ConfigurationError
from uniapi_fal._journal import Journal
from uniapi_fal._remote_schemas import RemoteSchemas, _Fetch
from uniapi_fal._scrub import Scrubber

from ..conftest import SPEC, TEST_KEY
from . import FIGURES

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")

ENDPOINT = "fal-ai/flux/schnell"
CHILDREN = 5


@pytest.fixture(scope="module")
def server() -> Iterator[RunningEmulator]:
    config = EmulatorConfig(spec_path=SPEC, queue_seconds=0.2, run_seconds=0.3, log_interval=0.1)
    with run_in_thread(config) as running:
        yield running


def fork(body: Callable[[], str]) -> tuple[int, int]:
    """Run `body` in a forked child: (its pid, the read end of a pipe with its answer)."""
    read, write = os.pipe()
    with warnings.catch_warnings():  # "multi-threaded, fork() may deadlock": what we test
        warnings.simplefilter("ignore", DeprecationWarning)
        pid = os.fork()
    if pid == 0:  # pragma: no cover (the child)
        code = 0
        try:
            answer = body()
        except BaseException as exc:
            answer, code = f"{type(exc).__name__}: {exc}", 1
        os.write(write, answer.encode()[:60_000])
        os._exit(code)
    os.close(write)
    return pid, read


def outcome(pid: int, read: int, deadline: float) -> tuple[str, str]:
    """("ok" | "failed" | "hung", what the child said), killing it past `deadline`."""
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            os.close(read)
            return "hung", ""
        time.sleep(0.02)
    with os.fdopen(read, "rb") as pipe:
        said = pipe.read().decode()
    return ("ok" if os.waitstatus_to_exitcode(status) == 0 else "failed"), said


def run_children(bodies: list[Callable[[], str]], seconds: float = 30) -> list[tuple[str, str]]:
    started = [fork(body) for body in bodies]
    deadline = time.monotonic() + seconds
    return [outcome(pid, read, deadline) for pid, read in started]


def journal_rows(path: Path) -> tuple[list[tuple[str, int]], str]:
    with sqlite3.connect(path) as db:
        states = db.execute("SELECT state, count(*) FROM jobs GROUP BY state").fetchall()
        (check,) = db.execute("PRAGMA integrity_check").fetchone()
    db.close()
    return sorted(states), check


def test_children_of_a_used_client_each_get_their_own_connections(
    server: RunningEmulator, tmp_path: Path
) -> None:
    journal = tmp_path / "j.sqlite3"
    with Client(api_key=TEST_KEY, base_url=server.base_url, journal=journal) as client:
        client.run(ENDPOINT, {"prompt": "parent"})  # a pooled connection, an open journal
        parents_pool = client._http

        def child(n: int) -> Callable[[], str]:
            def body() -> str:
                out = client.run(ENDPOINT, {"prompt": f"child {n}"}, timeout=20)
                assert client._http is not parents_pool
                return str(out.images[0].url)

            return body

        results = run_children([child(n) for n in range(CHILDREN)])
        client.run(ENDPOINT, {"prompt": "parent again"})  # the parent's pool still works
    assert [state for state, _ in results] == ["ok"] * CHILDREN, results
    assert len({said for _, said in results}) == CHILDREN  # each its own answer
    states, check = journal_rows(journal)
    assert states == [("COLLECTED", CHILDREN + 2)] and check == "ok"
    FIGURES.append(
        f"fork: children={CHILDREN} of a client with a pooled connection: ok "
        f"{sum(s == 'ok' for s, _ in results)}, hung 0, journaled {CHILDREN + 2}/{CHILDREN + 2}"
    )


def test_a_journal_lock_held_by_another_thread_at_the_fork_is_not_inherited(
    tmp_path: Path,
) -> None:
    journal = Journal(tmp_path / "j.sqlite3")
    journal.open()
    holding, release = threading.Event(), threading.Event()

    def writer() -> None:
        with journal._lock:  # another thread mid-write when the process forks
            holding.set()
            release.wait(10)

    thread = threading.Thread(target=writer)
    thread.start()
    holding.wait(5)
    try:
        [(state, said)] = run_children(
            [lambda: str(journal.begin("fal-ai/flux/dev", "http://x", "d"))], seconds=10
        )
    finally:
        release.set()
        thread.join()
    assert state == "ok" and said.isdigit(), said
    assert len(journal.entries()) == 1
    journal.close()


def test_an_async_client_used_in_the_parent_runs_in_a_childs_own_loop(
    server: RunningEmulator, tmp_path: Path
) -> None:
    client = AsyncClient(api_key=TEST_KEY, base_url=server.base_url, journal=tmp_path / "j.db")
    copy = client.with_options(max_retries=2)
    parents_loop = asyncio.new_event_loop()  # not running at the fork, as after asyncio.run
    parents_loop.run_until_complete(client.run(ENDPOINT, {"prompt": "parent"}))
    parents_pool = client._http

    def body() -> str:
        async def main() -> str:
            first = await client.run(ENDPOINT, {"prompt": "child"})
            second = await copy.run(ENDPOINT, {"prompt": "child's copy"})
            assert copy._http is client._http is not parents_pool  # still shared
            await client.aclose()
            return f"{first.images[0].url} {second.images[0].url}"

        return asyncio.run(main())

    [(state, said)] = run_children([body])
    parents_loop.run_until_complete(client.aclose())
    parents_loop.close()
    assert state == "ok", said
    assert len(said.split()) == 2


def test_a_callers_http_client_from_the_parent_is_refused_in_the_child(
    server: RunningEmulator, tmp_path: Path
) -> None:
    http = httpx.Client()
    client = Client(
        api_key=TEST_KEY, base_url=server.base_url, journal=tmp_path / "j.db", http_client=http
    )
    [(state, said)] = run_children([lambda: str(client.run(ENDPOINT, {"prompt": "x"}))])
    assert state == "failed" and said.startswith(ConfigurationError.__name__)
    assert "made before os.fork()" in said and "after the fork" in said
    assert client.run(ENDPOINT, {"prompt": "the parent's own"}).images  # the parent: fine
    client.close()
    http.close()


def test_a_document_fetch_running_in_the_parent_is_not_waited_for_in_a_child() -> None:
    schemas = RemoteSchemas(
        "http://127.0.0.1:9/openapi", cache_dir=None, scrub=Scrubber([]), fetch_seconds=0.2
    )
    schemas._running["fal-ai/some/model"] = _Fetch()  # the parent's thread is fetching it
    schemas._lock.acquire()  # and holds the lock at the fork
    try:
        [(state, said)] = run_children(
            [lambda: f"{schemas._running} {schemas._lock.acquire(timeout=1)}"], seconds=10
        )
    finally:
        schemas._lock.release()
    assert state == "ok" and said == "{} True", said


@pytest.mark.skipif(sys.platform != "linux", reason="multiprocessing forks by default on Linux")
def test_multiprocessing_workers_share_a_module_level_client(
    server: RunningEmulator, tmp_path: Path
) -> None:
    import multiprocessing

    script = tmp_path / "workers.py"
    script.write_text(
        "import multiprocessing, sys\n"
        "from uniapi_fal import Client\n"
        "client = Client(api_key=sys.argv[1], base_url=sys.argv[2], journal=sys.argv[3])\n"
        "def work(n):\n"
        f"    return client.run({ENDPOINT!r}, {{'prompt': f'worker {{n}}'}}).images[0].url\n"
        "if __name__ == '__main__':\n"
        f"    client.run({ENDPOINT!r}, {{'prompt': 'warm'}})\n"
        "    with multiprocessing.get_context('fork').Pool(4) as pool:\n"
        "        print(len(set(pool.map(work, range(12)))))\n"
    )
    import subprocess

    done = subprocess.run(
        [
            sys.executable,
            "-W",
            "ignore::DeprecationWarning",
            str(script),
            TEST_KEY,
            server.base_url,
            str(tmp_path / "j.db"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == "12"
    states, check = journal_rows(tmp_path / "j.db")
    assert states == [("COLLECTED", 13)] and check == "ok"
    del multiprocessing
