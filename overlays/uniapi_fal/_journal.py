"""The job journal: every submitted request_id on disk before `submit` returns.

fal bills every submit and keeps results about an hour. A process that dies while
waiting loses nothing: `client.jobs()` lists what was submitted and `client.resume()`
re-attaches the unfinished jobs. Results are cached, so a collected result survives
fal's expiry.

SQLite (stdlib) in WAL mode with a busy timeout: several processes may write at once,
and a write survives the writing process being killed (not a power cut: WAL is not
synced on every commit, see `PRAGMA synchronous`).

Failures: the file is opened on first use, not when the client is made, so `Client()`
works even where the default path is unusable; the first journal call (a submit's
`begin`, before anything is sent) then raises `JournalError`. Every failure of every
public method is that one error, naming the file and the ways out; a write about a known
request carries its `request_id`, so the job is not lost with the write.

Threads: one connection (`check_same_thread=False`) behind a lock; each call holds it for
its SQL only (JSON is encoded and decoded outside). `close()` releases the file; a later
call opens it again, so a job finishing after its client closed is still recorded. A
forked child opens a connection of its own (`_fork`).
"""

from __future__ import annotations

import errno
import functools
import hashlib
import json
import logging
import math
import os
import threading
import time
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from . import _fork, _owner
from ._constants import JOURNAL_ENV
from ._exceptions import ConfigurationError, JournalError
from ._journal_group import Group, Outcome, alone
from ._journal_paths import _as_path, default_path, normalise_base_url
from ._journal_schema import set_up

if TYPE_CHECKING:
    import sqlite3

log = logging.getLogger("uniapi_fal")

# Journal states, besides the queue's own (IN_QUEUE, IN_PROGRESS, COMPLETED, ...).
SUBMITTING = "SUBMITTING"
"""Written before the submit is sent; replaced once the answer is known."""
UNKNOWN = "UNKNOWN"
"""The submit failed after it was sent (5xx, dropped connection): fal may have queued it."""
COLLECTED = "COLLECTED"
FAILED = "FAILED"
CANCELLED = "CANCELLED"
EXPIRED = "EXPIRED"
"""The queue no longer knows the request (404/410 on a read): its result is gone."""
FINISHED = frozenset({COLLECTED, FAILED, CANCELLED, EXPIRED})

ERROR_TEXT_LIMIT = 4096
"""Characters of an error message kept per entry: enough to read, too few to fill a disk."""
BUSY_TIMEOUT = 30.0
"""Seconds a write waits for another process's write to finish before failing."""

_WAYS_OUT = (
    f'Or point the journal elsewhere (journal="path" or {JOURNAL_ENV}=path), or turn it off'
    f" (journal=False or {JOURNAL_ENV}=off): without a journal a crashed process cannot"
    " resume its jobs."
)


def input_digest(body: Mapping[str, Any]) -> str:
    """sha256 of the input's canonical JSON: identifies an input without storing it."""
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    # surrogatepass: a lone surrogate still gets a digest (valid text digests as before).
    return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()


def _capped(text: str | None) -> str | None:
    """Error text as stored: at most ERROR_TEXT_LIMIT characters, always encodable."""
    if text is None:
        return None
    if len(text) > ERROR_TEXT_LIMIT:
        marker = " ... [truncated]"
        text = text[: ERROR_TEXT_LIMIT - len(marker)] + marker
    return text.encode("utf-8", "replace").decode("utf-8")


def _hint(exc: BaseException) -> str:
    """What to do about one SQLite or OS failure, in a few words."""
    text = str(exc).lower()
    if "not a database" in text or "malformed" in text or "encrypted" in text:
        return "it is not a journal (corrupt, or another kind of file): move it away"
    if "disk is full" in text or (isinstance(exc, OSError) and exc.errno == errno.ENOSPC):
        return "the disk is full: free some space"
    if "locked" in text or "busy" in text:
        return "another process kept it locked: retry, or give each process its own journal"
    if isinstance(exc, IsADirectoryError):
        return "a folder is at that path: move it away"
    if isinstance(exc, FileExistsError | NotADirectoryError):
        return "a file stands where its folder should be: move that file away"
    if isinstance(exc, UnicodeError):
        return "a value given to it is not valid text"
    if (
        isinstance(exc, PermissionError)
        or "readonly" in text
        or "unable to open" in text
        or "permission" in text
    ):
        return "it cannot be written: fix the permissions of the file and its folder"
    return "fix the file's permissions or move it away"


@attrs.frozen
class JournalEntry:
    """One submitted (or attempted) request, as the journal knows it."""

    id: int
    request_id: str | None
    endpoint: str
    base_url: str
    input_digest: str
    state: str
    submitted_at: float
    """Unix time of the submit."""
    updated_at: float
    error: str | None
    status_url: str | None
    batch_key: str | None
    """`<batch>:<digest>:<n>` for jobs submitted by `map(..., batch=...)`, which resumes
    by it."""
    owner: str | None
    """The process that wrote the submit (see `_owner`): while it runs, a SUBMITTING row
    is its claim, which another run of the same batch waits for."""
    has_result: bool

    @property
    def unfinished(self) -> bool:
        """Submitted, and its result neither collected nor known to be lost or failed."""
        return self.request_id is not None and self.state not in FINISHED


_SENDING: set[tuple[str, int]] = set()
"""(journal file, row) of the submits this process is sending now: its own SUBMITTING row
that is not here was left by a submit whose last journal write failed."""


class Taken(Exception):
    """A batch item already has a journal row: another run claimed it first."""

    def __init__(self, batch_key: str) -> None:
        super().__init__(f"batch item {batch_key} is already in the journal")
        self.batch_key = batch_key


_ENTRY_COLUMNS = [field.name for field in attrs.fields(JournalEntry)][:-1]


class Journal:
    """A journal file. `Journal(None)` is a disabled journal that records nothing.

    ```python
    Client(journal="/var/lib/myapp/jobs.sqlite3")   # a path
    Client(journal=False)                          # off
    Client()   # UNIAPI_FAL_JOURNAL (a path, or "off"), else the per-user data folder
    ```

    The file is opened at first use (or by `open()`); any failure is a `JournalError`.
    Safe to share between threads.
    """

    def __init__(self, path: str | os.PathLike[str] | None) -> None:
        self.path: Path | None = None if path is None else _as_path(path)
        self._unavailable: str | None = None
        """Why a journal that should exist has no path (no home folder): said at first use."""
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._finalizer: weakref.finalize[Any, Any] | None = None
        self._group: Group | None = None
        """The transaction that the thread holding the lock runs several operations in."""
        _fork.register(self)

    def _after_fork(self) -> None:
        """In a forked child: the parent's connection is never used here (nor closed,
        which is the parent's business); the next call opens the child's own."""
        self._lock = threading.Lock()
        self._group = None
        if self._finalizer is not None:
            self._finalizer.detach()
        _fork.keep(self._conn)
        self._conn, self._finalizer = None, None

    @classmethod
    def from_setting(cls, setting: Journal | str | os.PathLike[str] | bool | None) -> Journal:
        """The journal for a client's `journal=` argument (None: the environment's default).

        Never touches the disk: an unusable path fails at first use, as a JournalError.
        """
        if isinstance(setting, Journal):
            return setting
        if setting is False:
            return cls(None)
        if setting is None or setting is True:
            env = os.environ.get(JOURNAL_ENV, "").strip()
            if env.lower() in ("off", "0", "false", "no", "none"):
                return cls(None)
            if env:
                return cls(env)
            try:
                return cls(default_path())
            except RuntimeError:
                journal = cls(None)
                journal._unavailable = (
                    "No folder for the job journal: no home folder is known (HOME is unset)"
                    " and XDG_DATA_HOME is not set. Set one of them."
                )
                return journal
        if isinstance(setting, str | os.PathLike):
            return cls(setting)
        raise ConfigurationError(
            f"journal= must be a path, True, False, None or a Journal, not {type(setting).__name__}"
        )

    @property
    def enabled(self) -> bool:
        return self.path is not None or self._unavailable is not None

    def __repr__(self) -> str:
        if self._unavailable is not None:
            return "Journal(<no folder: HOME unset>)"
        return f"Journal({str(self.path) if self.path else None!r})"

    # ------------------------------------------------------------ the file
    def open(self) -> None:
        """Open the file now rather than at first use, to learn early that it is unusable."""
        if self.enabled:
            with self._transaction("be opened"):
                pass

    def close(self) -> None:
        """Release the file (idempotent). A later call opens it again."""
        with self._lock:
            finalizer, self._finalizer, self._conn = self._finalizer, None, None
            if finalizer is None:
                return
            try:
                finalizer()  # closes the connection, and is not run again at collection
            except Exception as exc:
                raise self._error("be closed", exc) from exc

    @contextmanager
    def _transaction(
        self, doing: str, request_id: str | None = None
    ) -> Iterator[sqlite3.Connection]:
        """One transaction (committed, or rolled back on error) under the lock; any SQLite
        or OS failure, opening included, leaves as one JournalError."""
        import sqlite3  # here: a client that never submits need not load it

        if self.path is None:
            raise JournalError(f"{self._unavailable} {_WAYS_OUT}", request_id=request_id)
        failures = (sqlite3.Error, OSError, ValueError)
        group = self._here()
        if group is not None:  # within `run_grouped`, on its thread: the lock is held
            try:
                with group.savepoint(doing, request_id) as db:
                    yield db
            except failures as exc:
                raise self._error(doing, exc, request_id) from exc
            return
        try:
            with self._lock:
                conn = self._conn
                if conn is None:
                    try:
                        conn = self._open()
                    except failures as exc:
                        raise self._error("be opened", exc, request_id) from exc
                with conn:
                    yield conn
        except failures as exc:
            raise self._error(doing, exc, request_id) from exc

    def _here(self) -> Group | None:
        group = self._group
        return group if group is not None and group.here() else None

    def run_grouped(self, funcs: list[Callable[[], Any]]) -> list[Outcome]:
        """This journal's operations `funcs`, waiting on one thread, done in one
        transaction (`_journal_group`); each on its own where the file cannot be opened
        or locked (each then fails as it would have, with its own request_id)."""
        import sqlite3

        if len(funcs) > 1 and self.path is not None:
            with self._lock:
                try:
                    conn = self._conn or self._open()
                    conn.execute("BEGIN IMMEDIATE")  # one writer, for the whole group
                except (sqlite3.Error, OSError, ValueError):
                    pass
                else:
                    self._group = group = Group(conn)
                    try:
                        return group.run(funcs, self._error)
                    finally:
                        self._group = None
        return [alone(func) for func in funcs]

    def _open(self) -> sqlite3.Connection:
        """Connect, set the file up (schema, added columns, old base URL spellings)."""
        import sqlite3

        assert self.path is not None
        if self.path.is_dir():
            raise IsADirectoryError(errno.EISDIR, "a folder is at the journal's path")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT, check_same_thread=False)
        try:
            set_up(conn, BUSY_TIMEOUT)
        except BaseException:
            conn.close()
            raise
        self._conn = conn
        self._finalizer = weakref.finalize(self, conn.close)
        return conn

    def _error(
        self,
        doing: str,
        exc: BaseException | None,
        request_id: str | None = None,
        *,
        reason: str | None = None,
        hint: str | None = None,
    ) -> JournalError:
        """The JournalError for a failure: the file, what failed, why, and what to do."""
        reason = reason or f"{type(exc).__name__}: {exc}"
        hint = hint or (_hint(exc) if exc is not None else "fix the file or move it away")
        message = f"The job journal {self.path} cannot {doing} ({reason}): {hint}. {_WAYS_OUT}"
        if request_id is not None:
            message += (
                f" Request {request_id} exists on the server (it may be billed): keep its"
                " request_id to re-attach it with client.job(endpoint, request_id)."
            )
        return JournalError(message, path=str(self.path), request_id=request_id)

    # ----------------------------------------------------------------- writes
    def begin(
        self, endpoint: str, base_url: str, digest: str, batch_key: str | None = None
    ) -> int | None:
        """Record a submit about to be sent; returns its row id.

        With `batch_key`, the row is the item's claim: if the journal already has a row
        for that key (another run of the batch got there first), nothing is written and
        `Taken` is raised, in the same transaction, so two processes never both send it.
        """
        if not self.enabled:
            return None
        now = time.time()
        base = normalise_base_url(base_url)
        sending: tuple[str, int] | None = None
        try:
            with self._transaction("record a submit before sending it") as db:
                if batch_key is not None:
                    if not db.in_transaction:  # (a group's transaction is immediate already)
                        db.execute("BEGIN IMMEDIATE")  # the check and the insert: one writer
                    if db.execute(
                        "SELECT 1 FROM jobs WHERE base_url = ? AND batch_key = ? LIMIT 1",
                        (base, batch_key),
                    ).fetchone():
                        raise Taken(batch_key)
                row = db.execute(
                    "INSERT INTO jobs (endpoint, base_url, input_digest, state, submitted_at,"
                    " updated_at, batch_key, owner) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (endpoint, base, digest, SUBMITTING, now, now, batch_key, _owner.current()),
                ).lastrowid
                if row is not None:  # known as being sent before any reader can see the row
                    sending = (str(self.path), row)
                    _SENDING.add(sending)
                    group = self._here()
                    if group is not None:  # the row is gone if the group's commit fails
                        group.on_failure(functools.partial(_SENDING.discard, sending))
        except BaseException:
            if sending is not None:
                _SENDING.discard(sending)
            raise
        return row

    @contextmanager
    def _sent(self, row: int) -> Iterator[None]:
        """Around the write of a submit's outcome: the row leaves `_SENDING` once that
        write is done (or has failed), never before."""
        sending = (str(self.path), row)
        try:
            yield
        finally:
            group = self._here()
            if group is None:
                _SENDING.discard(sending)
            else:  # the write is done once the group's commit is
                group.afterwards(functools.partial(_SENDING.discard, sending))

    def claimed(self, entry: JournalEntry) -> bool:
        """Whether `entry` is a submit being sent right now, by this process or by another
        that still runs (see `_owner`): a batch waits for it rather than call it uncertain.
        Also true of an own row answered since it was read: look again."""
        if entry.state != SUBMITTING:
            return False
        if entry.owner != _owner.current():
            return _owner.holds(entry.owner, time.time() - entry.updated_at)
        if (str(self.path), entry.id) in _SENDING:
            return True
        with self._transaction("read an entry") as db:
            now = db.execute("SELECT state FROM jobs WHERE id = ?", (entry.id,)).fetchone()
        return now is None or now[0] != SUBMITTING  # answered meanwhile; else left behind

    def submitted(
        self,
        row: int | None,
        request_id: str,
        state: str,
        urls: tuple[str | None, str | None, str | None],
    ) -> None:
        """The submit was accepted: keep its request_id and queue URLs.

        An older entry with the same request_id is replaced: the server has just said what
        that id now stands for.
        """
        if row is None:
            return
        doing = f"record submitted request {request_id}"
        with self._sent(row), self._transaction(doing, request_id) as db:
            stale = db.execute(
                "DELETE FROM jobs WHERE request_id = ? AND id != ?", (request_id, row)
            )
            if stale.rowcount:
                log.warning("journal: request_id %s was already journaled; replaced", request_id)
            updated = db.execute(
                "UPDATE jobs SET request_id = ?, state = ?, updated_at = ?, status_url = ?,"
                " response_url = ?, cancel_url = ? WHERE id = ?",
                (request_id, state or "IN_QUEUE", time.time(), *urls, row),
            )
            if updated.rowcount == 0:
                raise self._error(
                    doing,
                    None,
                    request_id,
                    reason=f"its entry {row} was removed while the submit was sent",
                    hint="something else deleted it (forget, prune, another program)",
                )

    def abandon(self, row: int | None, *, maybe_queued: bool, error: str) -> None:
        """The submit failed: forget it if nothing was queued, else mark it UNKNOWN."""
        if row is None:
            return
        with self._sent(row), self._transaction("record a failed submit") as db:
            if maybe_queued:
                db.execute(
                    "UPDATE jobs SET state = ?, error = ?, updated_at = ? WHERE id = ?",
                    (UNKNOWN, _capped(error), time.time(), row),
                )
            else:
                db.execute("DELETE FROM jobs WHERE id = ?", (row,))

    def attach(self, endpoint: str, base_url: str, request_id: str) -> None:
        """Note a job re-attached by request_id that this journal has not seen."""
        if not self.enabled:
            return
        now = time.time()
        with self._transaction(f"record re-attached request {request_id}", request_id) as db:
            db.execute(
                "INSERT OR IGNORE INTO jobs (request_id, endpoint, base_url, input_digest, state,"
                " submitted_at, updated_at) VALUES (?, ?, ?, '', 'IN_QUEUE', ?, ?)",
                (request_id, endpoint, normalise_base_url(base_url), now, now),
            )

    def set_state(self, request_id: str, state: str, error: str | None = None) -> None:
        """A new queue state (and the failure's text, capped); a collected job stays so."""
        if not self.enabled:
            return
        with self._transaction(f"record the state of request {request_id}", request_id) as db:
            db.execute(
                "UPDATE jobs SET state = ?, error = coalesce(?, error), updated_at = ?"
                " WHERE request_id = ? AND state != ?",
                (state, _capped(error), time.time(), request_id, COLLECTED),
            )

    def store_result(self, request_id: str, payload: object) -> None:
        """Cache a collected result (JSON), so it outlives fal's hour."""
        if not self.enabled:
            return
        doing = f"cache the result of request {request_id}"
        try:
            encoded = json.dumps(payload)
        except (TypeError, ValueError, RecursionError) as exc:
            raise self._error(
                doing, exc, request_id, hint="the result is not plain JSON; it was not cached"
            ) from exc
        with self._transaction(doing, request_id) as db:
            db.execute(
                "UPDATE jobs SET state = ?, result = ?, updated_at = ? WHERE request_id = ?",
                (COLLECTED, encoded, time.time(), request_id),
            )

    def forget(self, entry_id: int) -> None:
        """Drop an entry (e.g. an UNKNOWN submit you checked), so a batch may resubmit it."""
        if not self.enabled:
            return
        with self._transaction(f"forget entry {entry_id}") as db:
            db.execute("DELETE FROM jobs WHERE id = ?", (entry_id,))

    def prune(
        self,
        *,
        older_than: float | None = None,
        states: Iterable[str] = FINISHED,
        base_url: str | None = None,
    ) -> int:
        """Delete entries (and their cached results) in `states`, by default the finished
        ones, last updated more than `older_than` seconds ago (None: any age); only those
        of `base_url` if given. Returns how many were removed.

        Unfinished jobs go only if `states` names their state: they may still be billed
        and collectable.
        """
        if older_than is not None and not (isinstance(older_than, int | float) and older_than >= 0):
            raise ConfigurationError(f"older_than must be seconds >= 0, not {older_than!r}")
        wanted = sorted({states} if isinstance(states, str) else set(states))
        if not self.enabled or not wanted:
            return 0
        if older_than is not None and math.isinf(older_than):
            return 0  # nothing is infinitely old
        query = f"DELETE FROM jobs WHERE state IN ({', '.join('?' * len(wanted))})"
        params: list[object] = list(wanted)
        if older_than is not None:
            query += " AND updated_at < ?"
            params.append(time.time() - older_than)
        if base_url is not None:
            query += " AND base_url = ?"
            params.append(normalise_base_url(base_url))
        with self._transaction("prune old entries") as db:
            return db.execute(query, params).rowcount

    # ------------------------------------------------------------------ reads
    def cached_result(self, request_id: str) -> object | None:
        """The cached result, or None (also when the stored text is unreadable: fetch it)."""
        if not self.enabled:
            return None
        doing = f"read the cached result of request {request_id}"
        with self._transaction(doing, request_id) as db:
            found = db.execute(
                "SELECT result FROM jobs WHERE request_id = ?", (request_id,)
            ).fetchone()
        if found is None or found[0] is None:
            return None
        try:
            value: object = json.loads(found[0])
        except (ValueError, TypeError, RecursionError):
            log.warning("journal: the cached result of %s is unreadable; ignored", request_id)
            return None
        return value

    def entries(
        self, *, base_url: str | None = None, batch_key: str | None = None
    ) -> list[JournalEntry]:
        """Every entry, oldest first; only those for `base_url` / `batch_key` if given."""
        if not self.enabled:
            return []
        query = f"SELECT {', '.join(_ENTRY_COLUMNS)}, result IS NOT NULL FROM jobs WHERE 1"
        params: tuple[str, ...] = ()
        if base_url is not None:
            query += " AND base_url = ?"
            params += (normalise_base_url(base_url),)
        if batch_key is not None:
            query += " AND batch_key = ?"
            params += (batch_key,)
        with self._transaction("list its entries") as db:
            rows = db.execute(query + " ORDER BY id", params).fetchall()
        return [
            JournalEntry(**dict(zip(_ENTRY_COLUMNS, row, strict=False)), has_result=bool(row[-1]))
            for row in rows
        ]
