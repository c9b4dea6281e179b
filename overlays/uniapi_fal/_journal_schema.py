"""The journal file's layout, and setting a file up for it, new or made by an older
version, while other processes may be doing the same."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from ._journal_paths import normalise_base_url

if TYPE_CHECKING:
    import sqlite3

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
    batch_key TEXT,
    owner TEXT
);
CREATE INDEX IF NOT EXISTS jobs_by_base_state ON jobs (base_url, state);
"""
# Columns added after the first release of the schema, for journals made before them.
_ADDED_COLUMNS = {"batch_key": "TEXT", "owner": "TEXT"}


def set_up(conn: sqlite3.Connection, busy_timeout: float) -> None:
    """WAL, the schema, added columns, old base URL spellings: each step idempotent, all
    retried while another process holds the file (for `busy_timeout` seconds). Several processes
    opening a new journal at once meet "database is locked" at once, without SQLite's
    busy wait, while one of them switches the file to WAL (3 batch runs at once: CI)."""
    import sqlite3

    give_up = time.monotonic() + busy_timeout
    pause = 0.005
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.executescript(_SCHEMA)
            have = {row[1] for row in conn.execute("PRAGMA table_info(jobs)")}
            for name, kind in _ADDED_COLUMNS.items():
                if name not in have:
                    try:
                        conn.execute(f"ALTER TABLE jobs ADD COLUMN {name} {kind}")
                    except sqlite3.OperationalError as exc:
                        if "duplicate column" not in str(exc):  # another process was first
                            raise
            conn.execute("CREATE INDEX IF NOT EXISTS jobs_by_batch ON jobs (base_url, batch_key)")
            with conn:
                _normalise_stored_base_urls(conn)
            return
        except sqlite3.OperationalError as exc:
            busy = "locked" in str(exc) or "busy" in str(exc)
            if not busy or time.monotonic() >= give_up:
                raise
            if conn.in_transaction:
                conn.rollback()
            time.sleep(pause)
            pause = min(pause * 2, 0.1)


def _normalise_stored_base_urls(conn: sqlite3.Connection) -> None:
    """Give rows written before base URLs were normalised (or by an older version still
    running) the normalised spelling; a scan of a few distinct values on the index."""
    for (stored,) in conn.execute("SELECT DISTINCT base_url FROM jobs").fetchall():
        normal = normalise_base_url(stored)
        if normal != stored:
            conn.execute("UPDATE jobs SET base_url = ? WHERE base_url = ?", (normal, stored))
