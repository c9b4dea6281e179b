"""Group commit (`_journal_group`): a batch of journal operations in one transaction, each
failing alone, none answered before the commit, all failing together if it fails."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from uniapi_fal import JournalError
from uniapi_fal._journal import _SENDING, SUBMITTING, Journal, Taken

URLS = (None, None, None)


def rows(path: Path) -> list[tuple[Any, ...]]:
    """What another connection (another process) sees."""
    with closing(sqlite3.connect(path)) as db:
        return db.execute(
            "SELECT id, request_id, state, batch_key FROM jobs ORDER BY id"
        ).fetchall()


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    journal = Journal(tmp_path / "j.sqlite3")
    journal.open()
    return journal


def commits(journal: Journal) -> list[str]:
    seen: list[str] = []
    assert journal._conn is not None
    journal._conn.set_trace_callback(
        lambda sql: seen.append(sql) if sql.split()[0] in ("COMMIT", "BEGIN") else None
    )
    return seen


def test_a_batch_is_one_transaction_and_each_outcome_comes_back(journal: Journal) -> None:
    statements = commits(journal)
    outcomes = journal.run_grouped(
        [lambda i=i: journal.begin("fal-ai/x", "http://h", f"d{i}") for i in range(5)]  # type: ignore[misc]
    )
    ids = [value for value, error in outcomes]
    assert [error for _, error in outcomes] == [None] * 5 and len(set(ids)) == 5
    assert statements == ["BEGIN IMMEDIATE", "COMMIT"]
    assert [row[0] for row in rows(journal.path)] == ids  # type: ignore[arg-type]
    for row in ids:
        _SENDING.discard((str(journal.path), row))


def test_an_operation_that_fails_is_rolled_back_alone(journal: Journal) -> None:
    first = journal.begin("fal-ai/x", "http://h", "d0", batch_key="k1")
    outcomes = journal.run_grouped(
        [
            lambda: journal.begin("fal-ai/x", "http://h", "d1", batch_key="k1"),  # taken
            lambda: journal.submitted(999, "r-gone", "IN_QUEUE", URLS),  # its row is not there
            lambda: journal.submitted(first, "r-1", "IN_QUEUE", URLS),
            lambda: journal.begin("fal-ai/x", "http://h", "d2", batch_key="k2"),
        ]
    )
    assert isinstance(outcomes[0][1], Taken)
    assert isinstance(outcomes[1][1], JournalError) and "r-gone" in str(outcomes[1][1])
    assert outcomes[2] == (None, None) and outcomes[3][1] is None
    assert rows(journal.path) == [  # type: ignore[arg-type]
        (first, "r-1", "IN_QUEUE", "k1"),
        (outcomes[3][0], None, SUBMITTING, "k2"),
    ]
    _SENDING.discard((str(journal.path), outcomes[3][0]))


def test_a_row_stays_known_as_sending_until_the_group_commits(journal: Journal) -> None:
    row = journal.begin("fal-ai/x", "http://h", "d0")
    key = (str(journal.path), row)
    during: list[bool] = []
    journal.run_grouped(
        [
            lambda: journal.submitted(row, "r-1", "IN_QUEUE", URLS),
            lambda: during.append(key in _SENDING),
        ]
    )
    assert during == [True] and key not in _SENDING


class _CommitFails:
    """The journal's connection, whose commit fails as a full disk's would."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)

    def commit(self) -> None:
        raise sqlite3.OperationalError("database or disk is full")


def test_when_the_commit_fails_every_write_fails_with_its_request_id(journal: Journal) -> None:
    row = journal.begin("fal-ai/x", "http://h", "d0")
    real = journal._conn
    assert real is not None
    journal._conn = _CommitFails(real)  # type: ignore[assignment]
    try:
        outcomes = journal.run_grouped(
            [
                lambda: journal.submitted(row, "r-paid", "IN_QUEUE", URLS),
                lambda: journal.begin("fal-ai/x", "http://h", "d1"),
                lambda: 42,  # wrote nothing: its outcome stands
            ]
        )
    finally:
        journal._conn = real
    paid, claimed, other = outcomes
    assert isinstance(paid[1], JournalError) and "r-paid" in str(paid[1])
    assert "disk is full" in str(paid[1]) and paid[1].request_id == "r-paid"
    assert isinstance(claimed[1], JournalError) and other == (42, None)
    assert rows(journal.path) == [(row, None, SUBMITTING, None)]  # type: ignore[arg-type]
    assert not any(key[0] == str(journal.path) and key[1] != row for key in _SENDING)
    _SENDING.discard((str(journal.path), row))
    assert journal.run_grouped([lambda: journal.submitted(row, "r-paid", "IN_QUEUE", URLS)] * 2)


def test_an_unusable_file_runs_each_alone(tmp_path: Path) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    journal = Journal(folder)
    outcomes = journal.run_grouped([lambda: journal.begin("fal-ai/x", "http://h", "d")] * 2)
    assert all(isinstance(error, JournalError) for _, error in outcomes)
