"""The job journal: every submitted request_id on disk before `submit` returns.

fal bills every submit and keeps results about an hour. A process that dies while
waiting loses nothing: `client.jobs()` lists what was submitted and `client.resume()`
re-attaches the unfinished jobs. Results are cached, so a collected result survives
fal's expiry.

SQLite (stdlib) in WAL mode with a busy timeout: several processes may write at once,
and a write survives the writing process being killed (not a power cut: WAL is not
synced on every commit, see `PRAGMA synchronous`).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from ._constants import JOURNAL_ENV

if TYPE_CHECKING:
    import sqlite3

# Journal states, besides the queue's own (IN_QUEUE, IN_PROGRESS, COMPLETED, ...).
SUBMITTING = "SUBMITTING"
"""Written before the submit is sent; replaced once the answer is known."""
UNKNOWN = "UNKNOWN"
"""The submit failed after it was sent (5xx, dropped connection): fal may have queued it."""
COLLECTED = "COLLECTED"
FAILED = "FAILED"
CANCELLED = "CANCELLED"
FINISHED = frozenset({COLLECTED, FAILED, CANCELLED})

_SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id TEXT UNIQUE,
    endpoint TEXT NOT NULL,
    base_url TEXT NOT NULL,
    input_digest TEXT NOT NULL,
    state TEXT NOT NULL,
    submitted_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    status_url TEXT,
    response_url TEXT,
    cancel_url TEXT,
    error TEXT,
    result TEXT,
    batch_key TEXT
);
CREATE INDEX IF NOT EXISTS jobs_by_base_state ON jobs (base_url, state);
"""
# Columns added after the first release of the schema, for journals made before them.
_ADDED_COLUMNS = {"batch_key": "TEXT"}


def input_digest(body: Mapping[str, Any]) -> str:
    """sha256 of the input's canonical JSON: identifies an input without storing it."""
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def default_path() -> Path:
    """The per-user data folder's `uniapi-fal/journal.sqlite3`."""
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return base / "uniapi-fal" / "journal.sqlite3"


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
    """`<batch>:<index>` for jobs submitted by `map(..., batch=...)`, which resumes by it."""
    has_result: bool

    @property
    def unfinished(self) -> bool:
        """Submitted, and its result neither collected nor known to be lost or failed."""
        return self.request_id is not None and self.state not in FINISHED


class Journal:
    """A journal file. `Journal(None)` is a disabled journal that records nothing.

    ```python
    Client(journal="/var/lib/myapp/jobs.sqlite3")   # a path
    Client(journal=False)                          # off
    Client()   # UNIAPI_FAL_JOURNAL (a path, or "off"), else the per-user data folder
    ```
    """

    def __init__(self, path: str | os.PathLike[str] | None) -> None:
        self.path = None if path is None else Path(path)
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None

    @classmethod
    def from_setting(cls, setting: Journal | str | os.PathLike[str] | bool | None) -> Journal:
        """The journal for a client's `journal=` argument (None: the environment's default)."""
        if isinstance(setting, Journal):
            return setting
        if setting is False:
            return cls(None)
        if setting is None or setting is True:
            env = os.environ.get(JOURNAL_ENV, "").strip()
            if env.lower() in ("off", "0", "false", "no", "none"):
                return cls(None)
            return cls(env or default_path())
        return cls(setting)

    @property
    def enabled(self) -> bool:
        return self.path is not None

    def __repr__(self) -> str:
        return f"Journal({str(self.path) if self.path else None!r})"

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            if self._conn is None:
                import sqlite3  # here: a client that never submits need not load it

                assert self.path is not None
                self.path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(self.path, timeout=30.0, check_same_thread=False)
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
                conn.executescript(_SCHEMA)
                have = {row[1] for row in conn.execute("PRAGMA table_info(jobs)")}
                for name, kind in _ADDED_COLUMNS.items():
                    if name not in have:
                        conn.execute(f"ALTER TABLE jobs ADD COLUMN {name} {kind}")
                conn.execute(
                    "CREATE INDEX IF NOT EXISTS jobs_by_batch ON jobs (base_url, batch_key)"
                )
                self._conn = conn
            with self._conn:  # one transaction: committed, or rolled back on error
                yield self._conn

    # ----------------------------------------------------------------- writes
    def begin(
        self, endpoint: str, base_url: str, digest: str, batch_key: str | None = None
    ) -> int | None:
        """Record a submit about to be sent; returns its row id."""
        if not self.enabled:
            return None
        now = time.time()
        with self._transaction() as db:
            cursor = db.execute(
                "INSERT INTO jobs (endpoint, base_url, input_digest, state, submitted_at,"
                " updated_at, batch_key) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (endpoint, base_url, digest, SUBMITTING, now, now, batch_key),
            )
            return cursor.lastrowid

    def submitted(
        self,
        row: int | None,
        request_id: str,
        state: str,
        urls: tuple[str | None, str | None, str | None],
    ) -> None:
        """The submit was accepted: keep its request_id and queue URLs."""
        if row is None:
            return
        with self._transaction() as db:
            db.execute(
                "UPDATE jobs SET request_id = ?, state = ?, updated_at = ?, status_url = ?,"
                " response_url = ?, cancel_url = ? WHERE id = ?",
                (request_id, state or "IN_QUEUE", time.time(), *urls, row),
            )

    def abandon(self, row: int | None, *, maybe_queued: bool, error: str) -> None:
        """The submit failed: forget it if nothing was queued, else mark it UNKNOWN."""
        if row is None:
            return
        with self._transaction() as db:
            if maybe_queued:
                db.execute(
                    "UPDATE jobs SET state = ?, error = ?, updated_at = ? WHERE id = ?",
                    (UNKNOWN, error, time.time(), row),
                )
            else:
                db.execute("DELETE FROM jobs WHERE id = ?", (row,))

    def attach(self, endpoint: str, base_url: str, request_id: str) -> None:
        """Note a job re-attached by request_id that this journal has not seen."""
        if not self.enabled:
            return
        now = time.time()
        with self._transaction() as db:
            db.execute(
                "INSERT OR IGNORE INTO jobs (request_id, endpoint, base_url, input_digest, state,"
                " submitted_at, updated_at) VALUES (?, ?, ?, '', 'IN_QUEUE', ?, ?)",
                (request_id, endpoint, base_url, now, now),
            )

    def set_state(self, request_id: str, state: str, error: str | None = None) -> None:
        if not self.enabled:
            return
        with self._transaction() as db:
            db.execute(
                "UPDATE jobs SET state = ?, error = coalesce(?, error), updated_at = ?"
                " WHERE request_id = ? AND state != ?",
                (state, error, time.time(), request_id, COLLECTED),
            )

    def store_result(self, request_id: str, payload: object) -> None:
        """Cache a collected result (JSON), so it outlives fal's hour."""
        if not self.enabled:
            return
        with self._transaction() as db:
            db.execute(
                "UPDATE jobs SET state = ?, result = ?, updated_at = ? WHERE request_id = ?",
                (COLLECTED, json.dumps(payload), time.time(), request_id),
            )

    def forget(self, entry_id: int) -> None:
        """Drop an entry (e.g. an UNKNOWN submit you checked), so a batch may resubmit it."""
        if not self.enabled:
            return
        with self._transaction() as db:
            db.execute("DELETE FROM jobs WHERE id = ?", (entry_id,))

    # ------------------------------------------------------------------ reads
    def cached_result(self, request_id: str) -> object | None:
        if not self.enabled:
            return None
        with self._transaction() as db:
            row = db.execute("SELECT result FROM jobs WHERE request_id = ?", (request_id,))
            found = row.fetchone()
        return None if found is None or found[0] is None else json.loads(found[0])

    def entries(
        self, *, base_url: str | None = None, batch_key: str | None = None
    ) -> list[JournalEntry]:
        """Every entry, oldest first; only those for `base_url` / `batch_key` if given."""
        if not self.enabled:
            return []
        names = [field.name for field in attrs.fields(JournalEntry)][:-1]
        query = f"SELECT {', '.join(names)}, result IS NOT NULL FROM jobs WHERE 1"
        params: tuple[str, ...] = ()
        if base_url is not None:
            query += " AND base_url = ?"
            params += (base_url,)
        if batch_key is not None:
            query += " AND batch_key = ?"
            params += (batch_key,)
        with self._transaction() as db:
            rows = db.execute(query + " ORDER BY id", params).fetchall()
        return [
            JournalEntry(**dict(zip(names, row, strict=False)), has_result=bool(row[-1]))
            for row in rows
        ]

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
