"""A journal that cannot be used fails as one typed JournalError that names the file and
the ways out, from every public method; nothing raw (sqlite3.Error, OSError) escapes.

Most cases are built so they hold as root too (a folder or a file in the way, a corrupt
file, SQLite's own page limit as a full disk, a connection whose statements fail). The
chmod cases are skipped as root, for whom permissions do not stop a write.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from uniapi_fal import Client, Journal, JournalError, _journal

from ._inputs import SEED_BODY, SEED_ENDPOINT, SEED_SUBMIT_ANSWER
from .conftest import TEST_KEY

RID = SEED_SUBMIT_ANSWER["request_id"]

as_root = os.geteuid() == 0 if hasattr(os, "geteuid") else False
not_as_root = pytest.mark.skipif(as_root, reason="root writes whatever the permissions say")


def assert_explains(error: JournalError, path: Path | None, *words: str) -> None:
    """The message names the file, the cause, and every way out."""
    message = str(error)
    if path is not None:
        assert str(path) in message and error.path == str(path)
    for word in (*words, 'journal="path"', "UNIAPI_FAL_JOURNAL=off", "journal=False"):
        assert word in message, f"{word!r} not in {message!r}"
    assert "cannot resume" in message
    assert not isinstance(error, sqlite3.Error | OSError)


# ------------------------------------------------------------------------ opening
def test_a_corrupt_file_is_reported_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    garbage = b"this is not sqlite\n" * 500
    path.write_bytes(garbage)
    journal = Journal(path)
    for call in (journal.open, journal.entries, lambda: journal.begin("e", "https://h", "d")):
        with pytest.raises(JournalError) as caught:
            call()
        assert_explains(caught.value, path, "not a journal", "move it away")
    assert path.read_bytes() == garbage  # the user's file, not ours to overwrite
    path.unlink()  # moved away: the same journal now works
    assert journal.entries() == []
    journal.close()


def test_a_folder_at_the_path(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    path.mkdir()
    with pytest.raises(JournalError) as caught:
        Journal(path).entries()
    assert_explains(caught.value, path, "a folder is at that path")


def test_a_file_where_the_folder_should_be(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("a file, not a folder")
    path = tmp_path / "data" / "uniapi-fal" / "j.sqlite3"
    with pytest.raises(JournalError) as caught:
        Journal(path).begin("e", "https://h", "d")
    assert_explains(caught.value, path, "where its folder should be")
    assert caught.value.request_id is None


@not_as_root
def test_a_read_only_file(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    Journal(path).close()
    Journal(path).entries()
    path.chmod(stat.S_IRUSR)
    try:
        with pytest.raises(JournalError) as caught:
            Journal(path).begin("e", "https://h", "d")
        assert_explains(caught.value, path, "permissions")
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


@not_as_root
def test_a_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(JournalError) as caught:
            Journal(folder / "j.sqlite3").entries()
        assert_explains(caught.value, folder / "j.sqlite3", "permissions")
    finally:
        folder.chmod(stat.S_IRWXU)


@not_as_root
def test_an_unwritable_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    home.mkdir()
    home.chmod(stat.S_IRUSR | stat.S_IXUSR)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.delenv("UNIAPI_FAL_JOURNAL")
    try:
        journal = Journal.from_setting(None)
        with pytest.raises(JournalError) as caught:
            journal.entries()
        assert_explains(caught.value, journal.path, "permissions")
    finally:
        home.chmod(stat.S_IRWXU)


def test_no_home_folder_fails_at_first_use(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.delenv("UNIAPI_FAL_JOURNAL")
    journal = Journal.from_setting(None)  # no error yet: the client is still usable
    assert journal.enabled
    with pytest.raises(JournalError) as caught:
        journal.begin("e", "https://h", "d")
    assert_explains(caught.value, None, "HOME", "UNIAPI_FAL_JOURNAL=path")
    journal.close()


def test_an_unusable_default_journal_stops_a_submit_before_it_is_sent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`Client()` works; a submit fails before a (billed) request goes out; jobs() says so."""
    (tmp_path / "home").write_text("HOME is a file")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.delenv("UNIAPI_FAL_JOURNAL")
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=SEED_SUBMIT_ANSWER)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with Client(api_key=TEST_KEY, http_client=http, max_retries=0) as client:
        with pytest.raises(JournalError) as caught:
            client.submit(SEED_ENDPOINT, SEED_BODY)
        assert sent == []
        assert_explains(caught.value, client.journal.path, "where its folder should be")
        with pytest.raises(JournalError):
            client.jobs()
    with Client(api_key=TEST_KEY, http_client=http, max_retries=0, journal=False) as off:
        assert off.submit(SEED_ENDPOINT, SEED_BODY).request_id == RID


# ----------------------------------------------------------- reads and writes
class _Statements:
    """Makes the journal's connections fail their statements once armed, as a full disk
    (or any SQLite failure) would; opening still succeeds."""

    def __init__(self) -> None:
        self.error: str | None = None
        self.connect_kwargs: list[dict[str, Any]] = []

    def arm(self, error: str) -> None:
        self.error = error


@pytest.fixture
def failing(monkeypatch: pytest.MonkeyPatch) -> Iterator[_Statements]:
    control = _Statements()
    real_connect = sqlite3.connect

    class Failing(sqlite3.Connection):
        def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
            if control.error is not None:
                raise sqlite3.OperationalError(control.error)
            return super().execute(sql, parameters)

    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        control.connect_kwargs.append(kwargs)
        return real_connect(*args, **kwargs, factory=Failing)

    monkeypatch.setattr(sqlite3, "connect", connect)
    yield control


def _ready(tmp_path: Path) -> tuple[Journal, int | None]:
    journal = Journal(tmp_path / "j.sqlite3")
    journal.store_result("none-yet", {})  # opens it
    row = journal.begin("e", "https://h", "d")
    journal.submitted(row, "known", "IN_QUEUE", (None, None, None))
    return journal, journal.begin("e", "https://h", "d2")


CALLS: dict[str, tuple[Callable[[Journal, int | None], object], str | None]] = {
    "begin": (lambda j, row: j.begin("e", "https://h", "d"), None),
    "submitted": (lambda j, row: j.submitted(row, "new-id", "IN_QUEUE", (None,) * 3), "new-id"),
    "abandon": (lambda j, row: j.abandon(row, maybe_queued=True, error="502"), None),
    "attach": (lambda j, row: j.attach("e", "https://h", "other"), "other"),
    "set_state": (lambda j, row: j.set_state("known", "IN_PROGRESS"), "known"),
    "store_result": (lambda j, row: j.store_result("known", {"x": 1}), "known"),
    "forget": (lambda j, row: j.forget(row or 0), None),
    "cached_result": (lambda j, row: j.cached_result("known"), "known"),
    "entries": (lambda j, row: j.entries(base_url="https://h"), None),
    "prune": (lambda j, row: j.prune(older_than=0), None),
}


@pytest.mark.parametrize("name", sorted(CALLS))
def test_a_full_disk_fails_every_call_typed(
    tmp_path: Path, failing: _Statements, name: str
) -> None:
    journal, row = _ready(tmp_path)
    call, request_id = CALLS[name]
    failing.arm("database or disk is full")
    with pytest.raises(JournalError) as caught:
        call(journal, row)
    assert_explains(caught.value, tmp_path / "j.sqlite3", "disk is full", "free some space")
    assert isinstance(caught.value.__cause__, sqlite3.OperationalError)
    assert caught.value.request_id == request_id
    if request_id is not None:
        assert "keep its request_id" in str(caught.value)
    failing.error = None  # space freed: the same journal carries on
    assert [e.request_id for e in journal.entries()] == ["known", None]
    journal.close()


@pytest.mark.parametrize(
    ("error", "hint"),
    [
        ("attempt to write a readonly database", "permissions"),
        ("database is locked", "locked"),
        ("disk I/O error", "move it away"),
    ],
)
def test_other_sqlite_failures_say_what_to_do(
    tmp_path: Path, failing: _Statements, error: str, hint: str
) -> None:
    journal, row = _ready(tmp_path)
    failing.arm(error)
    with pytest.raises(JournalError) as caught:
        journal.submitted(row, "accepted", "IN_QUEUE", (None, None, None))
    assert_explains(caught.value, tmp_path / "j.sqlite3", error, hint)
    assert caught.value.request_id == "accepted"
    journal.close()


def test_connections_may_cross_threads(tmp_path: Path, failing: _Statements) -> None:
    Journal(tmp_path / "j.sqlite3").entries()
    assert failing.connect_kwargs[-1]["check_same_thread"] is False


def test_a_real_full_disk_keeps_what_was_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite's page limit answers SQLITE_FULL exactly as a full disk does."""
    path = tmp_path / "j.sqlite3"
    journal, _ = _ready(tmp_path)
    journal.close()
    real_connect = sqlite3.connect

    def capped(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = real_connect(*args, **kwargs)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")
        return conn

    monkeypatch.setattr(sqlite3, "connect", capped)
    with pytest.raises(JournalError) as caught:
        journal.store_result("known", {"big": "x" * 1_000_000})
    assert caught.value.request_id == "known" and "disk is full" in str(caught.value)
    (known,) = [e for e in journal.entries() if e.request_id == "known"]
    assert known.state == "IN_QUEUE" and not known.has_result  # rolled back, not half-written
    journal.set_state("known", "IN_PROGRESS")  # small writes still fit
    journal.close()
    monkeypatch.undo()
    assert Journal(path).entries()[0].state == "IN_PROGRESS"


def test_another_process_holding_the_lock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "j.sqlite3"
    journal = Journal(path)
    journal.open()
    monkeypatch.setattr(_journal, "BUSY_TIMEOUT", 0.0)
    journal.close()  # reopened below with no busy wait
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(JournalError) as caught:
            journal.begin("e", "https://h", "d")
        assert_explains(caught.value, path, "locked")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert journal.begin("e", "https://h", "d") is not None
    journal.close()


# ------------------------------------------------------------ odd situations
def test_a_submitted_entry_removed_meanwhile_is_reported_with_its_request_id(
    tmp_path: Path,
) -> None:
    journal = Journal(tmp_path / "j.sqlite3")
    row = journal.begin("e", "https://h", "d")
    journal.forget(row or 0)
    with pytest.raises(JournalError) as caught:
        journal.submitted(row, "accepted", "IN_QUEUE", (None, None, None))
    assert caught.value.request_id == "accepted" and "was removed" in str(caught.value)
    journal.close()


def test_a_request_id_seen_before_is_replaced_not_a_failure(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.sqlite3")
    journal.attach("e", "https://h", "same")
    row = journal.begin("e", "https://h", "d", "batch:0")
    journal.submitted(row, "same", "IN_QUEUE", (None, None, None))
    (entry,) = journal.entries()
    assert entry.id == row and entry.batch_key == "batch:0"
    journal.close()


def test_an_unreadable_cached_result_is_fetched_again(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    journal, _ = _ready(tmp_path)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE jobs SET result = '{not json' WHERE request_id = 'known'")
    db.close()
    assert journal.cached_result("known") is None
    journal.close()


def test_a_result_that_is_not_json_is_not_cached(tmp_path: Path) -> None:
    journal, _ = _ready(tmp_path)
    with pytest.raises(JournalError) as caught:
        journal.store_result("known", {"not json": object()})
    assert caught.value.request_id == "known" and "not plain JSON" in str(caught.value)
    journal.close()


def test_a_closed_journal_opens_again_when_used(tmp_path: Path) -> None:
    """A job that finishes after its client closed is still recorded."""
    journal, _ = _ready(tmp_path)
    journal.close()
    journal.set_state("known", "COMPLETED")
    journal.close()
    assert [e.state for e in Journal(tmp_path / "j.sqlite3").entries()][0] == "COMPLETED"
