"""Hostile inputs and answers around a submit: bad keys and settings, a closed client,
request_ids that would climb out of the queue path, inputs that cannot be sent, a
redirect to another origin, an unusable journal. Each ends in its one typed error (or,
for a journal write after an accepted submit, hands the job back), in bounded time and
memory, with nothing sent that should not be and the key nowhere."""

from __future__ import annotations

import asyncio
import contextlib
import math
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from uniapi_fal import (
    APIError,
    AsyncClient,
    Client,
    ClientClosedError,
    ConfigurationError,
    InputValidationError,
    Journal,
    JournalError,
    ResponseParseError,
)
from uniapi_fal.models import KlingVideoV21StandardImageToVideoOutput

from . import FIGURES
from .hostile import (
    ARGS,
    ENDPOINT,
    FLAVOURS,
    KEY,
    REQUEST_ID,
    UNTYPED_ENDPOINT,
    Driver,
    Flavour,
    HostileServer,
    LogCapture,
    Tally,
    answer,
    debug_log,
    disk_full_when,
    journal_path,
    leaks,
    status_answer,
    submitted,
    verdict,
)

WITHIN = 5.0
TALLY = Tally()
COUNTS: dict[str, int] = {}


def _count(group: str) -> None:
    COUNTS[group] = COUNTS.get(group, 0) + 1


@pytest.fixture(scope="module", autouse=True)
def _figures() -> Iterator[None]:
    yield
    if COUNTS:
        groups = ", ".join(f"{n} {group}" for group, n in COUNTS.items())
        FIGURES.append(
            f"hostile inputs: {groups}; slowest {TALLY.slowest():.2f} s, "
            f"peak {TALLY.peak():.1f} MiB"
        )


@pytest.fixture
def log(monkeypatch: pytest.MonkeyPatch) -> Iterator[LogCapture]:
    monkeypatch.setenv("UNIAPI_FAL_LOG", "debug")
    with debug_log() as capture:
        yield capture


def _close_quietly(client: object) -> None:
    if isinstance(client, AsyncClient):
        asyncio.run(client.aclose())
    elif isinstance(client, Client):
        client.close()


# ------------------------------------------------------------------------------ keys
BAD_KEYS: dict[str, object] = {
    "bytes": KEY.encode(),
    "int": 123,
    "blank": " ",
    "trailing-newline": KEY + "\n",
    "three-chars": "abc",
    "inner-space": KEY[:12] + " " + KEY[12:],
    "control-char": KEY[:12] + "\x07" + KEY[12:],
}


def _key_problems(error: BaseException, value: object) -> list[str]:
    """The key must not be in the message (a traceback's locals hold the caller's own
    argument, so only the exception itself is searched)."""
    shown = " ".join([str(error), repr(error), repr(error.args)])
    texts = {str(value).strip(), repr(value)} if not isinstance(value, bytes) else set()
    if isinstance(value, bytes):
        texts = {value.decode(), repr(value)}
    return [f"the message shows the key: {error}" for t in texts if len(t) >= 3 and t in shown]


@pytest.mark.timeout(10)
@pytest.mark.parametrize("cls", [Client, AsyncClient], ids=["Client", "AsyncClient"])
@pytest.mark.parametrize("name", list(BAD_KEYS))
def test_a_bad_key_is_refused_at_construction(name: str, cls: type[Any]) -> None:
    value = BAD_KEYS[name]
    try:
        client = cls(api_key=value, base_url="http://127.0.0.1:9", journal=False)
    except ConfigurationError as error:
        problems = _key_problems(error, value)
    except Exception as error:
        problems = [f"expected ConfigurationError, got {type(error).__name__}: {error}"]
    else:
        _close_quietly(client)
        problems = ["accepted"]
    _count("bad keys")
    assert not problems, problems


@pytest.mark.timeout(10)
@pytest.mark.parametrize("cls", [Client, AsyncClient], ids=["Client", "AsyncClient"])
def test_a_key_from_the_environment_with_a_newline_is_refused(
    cls: type[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("UNIAPI_API_KEY", KEY + "\n")
    try:
        client = cls(base_url="http://127.0.0.1:9", journal=False)
    except ConfigurationError as error:
        problems = _key_problems(error, KEY)
    except Exception as error:
        problems = [f"expected ConfigurationError, got {type(error).__name__}: {error}"]
    else:
        _close_quietly(client)
        problems = ["accepted"]
    _count("bad keys")
    assert not problems, problems


# -------------------------------------------------------------------------- settings
@pytest.mark.timeout(10)
@pytest.mark.parametrize("cls", [Client, AsyncClient], ids=["Client", "AsyncClient"])
@pytest.mark.parametrize("setting", [{"timeout": -1}, {"max_retries": -1}], ids=str)
def test_a_bad_setting_is_a_configuration_error(cls: type[Any], setting: dict[str, Any]) -> None:
    try:
        client = cls(api_key=KEY, base_url="http://127.0.0.1:9", journal=False, **setting)
    except ConfigurationError as error:
        problems = [f"the message shows the key: {error}"] if KEY in str(error) else []
    except Exception as error:
        problems = [f"expected ConfigurationError, got {type(error).__name__}: {error}"]
    else:
        _close_quietly(client)
        problems = ["accepted"]
    _count("bad settings")
    assert not problems, problems


def _video(url: str) -> Any:
    return KlingVideoV21StandardImageToVideoOutput.from_dict(
        {"video": {"url": url, "content_type": "video/mp4", "file_name": "o.mp4"}}
    )


AFTER_CLOSE: dict[str, Callable[[Any, Any, Path], Callable[[Any], Any]]] = {
    "submit": lambda job, out, dest: lambda c: c.submit(ENDPOINT, ARGS),
    "run": lambda job, out, dest: lambda c: c.run(ENDPOINT, ARGS, timeout=2),
    "job": lambda job, out, dest: lambda c: c.job(ENDPOINT, REQUEST_ID),
    "status": lambda job, out, dest: lambda c: job.status(),
    "wait": lambda job, out, dest: lambda c: job.wait(timeout=2),
    "result": lambda job, out, dest: lambda c: job.result(timeout=2),
    "cancel": lambda job, out, dest: lambda c: job.cancel(),
    "download": lambda job, out, dest: lambda c: c.download(out, dest),
    "jobs": lambda job, out, dest: lambda c: c.jobs(),
    "resume": lambda job, out, dest: lambda c: c.resume(),
}


@pytest.mark.timeout(20)
@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("call", list(AFTER_CLOSE))
def test_a_call_after_close_is_refused(
    call: str, flavour: Flavour, tmp_path: Path, log: LogCapture
) -> None:
    with HostileServer(status=status_answer("COMPLETED")) as server:
        with Driver(flavour, base_url=server.base_url) as d:
            job = d(lambda c: c.submit(ENDPOINT, ARGS))
            d(lambda c: c.aclose() if isinstance(c, AsyncClient) else c.close())
            sent = len(server.requests)
            out = _video(f"{server.base_url}/files/o.mp4")
            outcome = d.observe(AFTER_CLOSE[call](job, out, tmp_path / "out"))
        problems = verdict(outcome, ClientClosedError, within=WITHIN, log=log)
        if len(server.requests) != sent:
            problems.append(f"sent after close: {server.kinds()[sent:]}")
    TALLY.add(f"closed {call}/{flavour}", outcome)
    _count("calls after close")
    assert not problems, problems


# ------------------------------------------------------------------------ request_id
BAD_REQUEST_IDS = {
    "100-kb": "r" * 100_000,
    "dot-dot": "..",
    "dot": ".",
    "slash": "abc/def",
    "climbing": "../../status",
}


@pytest.mark.timeout(20)
@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("name", list(BAD_REQUEST_IDS))
def test_a_bad_request_id_is_refused(name: str, flavour: Flavour, log: LogCapture) -> None:
    with (
        HostileServer(submit=submitted(BAD_REQUEST_IDS[name])) as server,
        Driver(flavour, base_url=server.base_url) as d,
    ):
        outcome = d.observe(lambda c: c.submit(ENDPOINT, ARGS))
        if outcome.error is None:  # then see where its polls would go
            job = outcome.value
            d.observe(lambda c: job.status())
        problems = verdict(outcome, ResponseParseError, within=WITHIN, log=log)
        error = outcome.error
        if isinstance(error, ResponseParseError):
            if "queued" not in str(error).lower():
                problems.append(f"the message does not say it may be queued: {error}"[:400])
            if not error.maybe_queued:
                problems.append("maybe_queued is False")
        strays = [r.path[:80] for r in server.requests if r.kind != "submit"]
        if strays:
            problems.append(f"requests after the submit: {strays}")
    TALLY.add(f"request_id {name}/{flavour}", outcome)
    _count("bad request_ids")
    assert not problems, problems


# ----------------------------------------------------------------------------- input
def _deep_list(depth: int) -> Any:
    value: Any = []
    for _ in range(depth):
        value = [value]
    return value


def _deep_dict(depth: int) -> Any:
    value: Any = {}
    for _ in range(depth):
        value = {"a": value}
    return value


BAD_INPUTS: dict[str, Callable[[], dict[Any, Any]]] = {
    "nan": lambda: {"prompt": "p", "guidance_scale": math.nan},
    "inf": lambda: {"prompt": "p", "guidance_scale": math.inf},
    "lone-surrogate": lambda: {"prompt": "p\ud800"},
    "non-str-key": lambda: {"prompt": "p", 1: "x"},
    "10k-deep-object": lambda: {"prompt": "p", "image_size": _deep_dict(10_000)},
    "10k-deep-list": lambda: {"prompt": "p", "image_size": _deep_list(10_000)},
}


@pytest.mark.timeout(20)
@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("endpoint", [ENDPOINT, UNTYPED_ENDPOINT], ids=["typed", "untyped"])
@pytest.mark.parametrize("name", list(BAD_INPUTS))
def test_an_unsendable_input_is_refused_before_anything(
    name: str, endpoint: str, flavour: Flavour, log: LogCapture
) -> None:
    body = BAD_INPUTS[name]()
    with HostileServer() as server, Driver(flavour, base_url=server.base_url) as d:
        outcome = d.observe(lambda c: c.submit(endpoint, body))
        problems = verdict(outcome, InputValidationError, within=WITHIN, log=log)
        if server.requests:
            problems.append(f"sent: {server.kinds()}")
        try:
            rows = d(lambda c: c.jobs())
        except Exception as error:
            problems.append(f"client.jobs() raised {type(error).__name__}: {error}")
        else:
            if rows:
                problems.append(f"journal rows left: {[r.state for r in rows]}")
    TALLY.add(f"input {name}/{flavour}", outcome)
    _count("unsendable inputs")
    assert not problems, problems


# ------------------------------------------------------------------------- redirects
@pytest.mark.timeout(20)
@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("code", [307, 308])
def test_a_submit_is_not_resent_to_another_origin(
    code: int, flavour: Flavour, log: LogCapture
) -> None:
    """A user's http_client follows redirects: the submit body (and the key) must not
    follow one to another origin."""
    with HostileServer() as elsewhere:
        moved = answer(code, b"", headers=[("Location", f"{elsewhere.base_url}/{ENDPOINT}")])
        with (
            HostileServer(submit=moved) as server,
            Driver(flavour, base_url=server.base_url, follow_redirects=True) as d,
        ):
            outcome = d.observe(lambda c: c.submit(ENDPOINT, ARGS))
        problems = verdict(outcome, APIError, within=WITHIN, log=log)
        if elsewhere.requests:
            got = [(r.method, r.path, "authorization" in r.headers) for r in elsewhere.requests]
            problems.append(f"the other origin got (method, path, with a key): {got}")
    TALLY.add(f"redirect {code}/{flavour}", outcome)
    _count("cross-origin redirects")
    assert not problems, problems


# --------------------------------------------------------------------------- journal
def _corrupt(path: Path) -> None:
    path.write_bytes(b"this is not a database\n" * 200)


def _folder(path: Path) -> None:
    path.mkdir(parents=True)


UNUSABLE: dict[str, Callable[[Path], None]] = {"corrupt-file": _corrupt, "a-folder": _folder}
JOURNAL_CALLS: dict[str, Callable[[Any], Any]] = {
    "submit": lambda c: c.submit(ENDPOINT, ARGS),
    "jobs": lambda c: c.jobs(),
    "resume": lambda c: c.resume(),
}


@pytest.mark.timeout(20)
@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("call", list(JOURNAL_CALLS))
@pytest.mark.parametrize("kind", list(UNUSABLE))
def test_an_unusable_journal_is_a_journal_error(
    kind: str, call: str, flavour: Flavour, log: LogCapture
) -> None:
    path = journal_path()
    UNUSABLE[kind](path)
    with HostileServer() as server:
        try:
            d = Driver(flavour, base_url=server.base_url)
        except JournalError:  # refused at construction: also before anything is sent
            _count("unusable journals")
            assert not server.requests
            return
        with d:
            outcome = d.observe(JOURNAL_CALLS[call])
        problems = verdict(outcome, JournalError, within=WITHIN, log=log, journal=False)
        if server.requests:
            problems.append(f"sent: {server.kinds()}")
        if isinstance(outcome.error, JournalError):
            message = str(outcome.error)
            if str(path) not in message:
                problems.append(f"the message does not name the file: {message}")
            if "journal=False" not in message and "off" not in message:
                problems.append(f"the message does not say how to turn it off: {message}")
    TALLY.add(f"journal {kind} {call}/{flavour}", outcome)
    _count("unusable journals")
    assert not problems, problems


def _disk_full(*args: object, **kwargs: object) -> None:
    raise sqlite3.OperationalError("database or disk is full")


@contextlib.contextmanager
def _full_disk(
    how: str, method: str, armed: Callable[[], bool], monkeypatch: pytest.MonkeyPatch
) -> Iterator[list[str]]:
    """`sqlite`: the disk fills up under SQLite once `armed()` (the journal meets the error
    where a full disk puts it); `method`: the Journal's `method` raises sqlite3's error
    itself (the brief's simulation; also what a user's Journal subclass may do)."""
    if how == "method":
        monkeypatch.setattr(Journal, method, _disk_full)
        yield ["(the method)"]
    else:
        with disk_full_when(armed) as refused:
            yield refused


FULL_DISK = ["sqlite", "method"]


@pytest.mark.timeout(20)
@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("how", FULL_DISK)
def test_a_journal_failure_after_an_accepted_submit_keeps_the_job(
    how: str, flavour: Flavour, monkeypatch: pytest.MonkeyPatch, log: LogCapture
) -> None:
    """The server accepted (billed) the job: its request_id reaches the caller, as the
    returned job (with a warning logged) or on a JournalError."""
    with HostileServer() as server:
        accepted = lambda: "submit" in server.kinds()  # noqa: E731
        with (
            _full_disk(how, "submitted", accepted, monkeypatch) as refused,
            Driver(flavour, base_url=server.base_url) as d,
        ):
            outcome = d.observe(lambda c: c.submit(ENDPOINT, ARGS))
        kinds = server.kinds()
    if isinstance(outcome.error, JournalError):
        problems = verdict(outcome, JournalError, within=WITHIN, log=log)
        if outcome.error.request_id != REQUEST_ID:
            problems.append(f"JournalError.request_id is {outcome.error.request_id!r}")
    else:
        problems = verdict(outcome, None, within=WITHIN, log=log)
        job = outcome.value
        if outcome.error is None and getattr(job, "request_id", None) != REQUEST_ID:
            problems.append(f"returned {job!r}, not the job {REQUEST_ID}")
        if outcome.error is None and not any(REQUEST_ID in w for w in log.warnings()):
            problems.append(f"no warning naming the request_id: {log.warnings()}")
    if kinds != ["submit"]:
        problems.append(f"requests: {kinds} (one submit expected)")
    assert refused, "the disk never filled: no journal write came after the submit"
    TALLY.add(f"journal full at submit {how}/{flavour}", outcome)
    _count("journal write failures")
    assert not problems, problems


@pytest.mark.timeout(20)
@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("how", FULL_DISK)
def test_a_failing_result_cache_still_returns_the_result(
    how: str, flavour: Flavour, monkeypatch: pytest.MonkeyPatch, log: LogCapture
) -> None:
    with HostileServer(status=status_answer("COMPLETED")) as server:
        fetched = lambda: "result" in server.kinds()  # noqa: E731
        with (
            _full_disk(how, "store_result", fetched, monkeypatch) as refused,
            Driver(flavour, base_url=server.base_url) as d,
        ):
            job = d(lambda c: c.submit(ENDPOINT, ARGS))
            outcome = d.observe(lambda c: job.result(timeout=WITHIN - 1))
    problems = verdict(outcome, None, within=WITHIN, log=log)
    if outcome.error is None and getattr(outcome.value, "prompt", None) != "p":
        problems.append(f"returned {outcome.value!r:.200}")
    assert refused, "the disk never filled: no journal write came after the result"
    TALLY.add(f"journal full at result {how}/{flavour}", outcome)
    _count("journal write failures")
    assert not problems, problems


def test_the_key_is_realistic() -> None:
    """The suite's key looks like a real one, so that no length or shape rule refuses it."""
    assert KEY.startswith("sk-hostile-") and len(KEY) == 43
    assert uuid.UUID(KEY.removeprefix("sk-hostile-"))
    assert not leaks(objects={"nothing": "clean"}, journal=False)
