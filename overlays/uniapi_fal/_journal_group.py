"""Group commit: the journal operations an `AsyncClient`'s journal thread has waiting are
done in one SQLite transaction, each in a savepoint of its own.

Each write on its own costs a transaction (about 80 us of CPU, most of it the commit);
in a batch of waiting writes a savepoint costs about a fifth of that. No write is held
back for work still to come: a group holds only what was already waiting when the
thread took its work, and every outcome goes back only after the commit. An operation
that fails is rolled back to its savepoint and fails alone, as it would have on its own;
if the commit fails, every operation that wrote in the group fails with that error (with
its own request_id), and what it undoes on failure is undone (`Journal.begin`'s claim of
a row being sent).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite3

Outcome = tuple[Any, BaseException | None]


class Group:
    """The transaction of one batch, on the thread that holds the journal's lock."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.thread = threading.get_ident()
        self._written: list[tuple[str, str | None]] = []
        """The current operation's writes: what it did, for which request (for errors)."""
        self._undo: list[Callable[[], None]] = []
        """What the current operation undoes if the commit fails."""
        self._after: list[Callable[[], None]] = []
        """What runs once the group has ended, committed or not."""

    def here(self) -> bool:
        return threading.get_ident() == self.thread

    @contextlib.contextmanager
    def savepoint(self, doing: str, request_id: str | None) -> Iterator[sqlite3.Connection]:
        """One operation's transaction within the group's."""
        self.conn.execute("SAVEPOINT journal_write")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK TO journal_write")
            self.conn.execute("RELEASE journal_write")
            raise
        self.conn.execute("RELEASE journal_write")
        self._written.append((doing, request_id))

    def on_failure(self, undo: Callable[[], None]) -> None:
        self._undo.append(undo)

    def afterwards(self, then: Callable[[], None]) -> None:
        self._after.append(then)

    def run(
        self,
        funcs: list[Callable[[], Any]],
        error: Callable[[str, BaseException, str | None], BaseException],
    ) -> list[Outcome]:
        """Each of `funcs` in turn, then the commit; a failed commit's `exc` becomes
        `error(doing, exc, request_id)` for each operation that wrote."""
        done: list[tuple[Outcome, list[tuple[str, str | None]], list[Callable[[], None]]]] = []
        try:
            for func in funcs:
                self._written, self._undo = [], []
                done.append((alone(func), self._written, self._undo))
            try:
                self.conn.commit()
            except Exception as exc:
                with contextlib.suppress(Exception):
                    self.conn.rollback()
                failed: list[Outcome] = []
                for outcome, written, undo in done:
                    if outcome[1] is None and written:
                        for step in undo:
                            step()
                        doing, request_id = written[0]
                        outcome = (None, error(doing, exc, request_id))
                    failed.append(outcome)
                return failed
            return [outcome for outcome, _, _ in done]
        finally:
            for then in self._after:
                then()


def alone(func: Callable[[], Any]) -> Outcome:
    """`func()`'s value, or its failure, handed back rather than raised."""
    try:
        return func(), None
    except BaseException as exc:
        return None, exc
