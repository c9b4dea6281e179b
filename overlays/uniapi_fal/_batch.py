"""Many inputs at once: `map`, resumable from the journal.

With `batch="name"`, item `i` is journaled under `name:i`. Run the same batch again after
an interruption and each item is taken from where it got to: a collected result comes
from the journal's cache, a submitted job is re-attached, a failed one is reported again,
and only items never submitted are sent. Nothing that ran is submitted twice.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

import attrs

from ._exceptions import FalError
from ._journal import CANCELLED, COLLECTED, FAILED, SUBMITTING, UNKNOWN, JournalEntry

Source = Literal["submitted", "reattached", "journal"]


@attrs.frozen
class BatchResult:
    """One item of `map`: its output, or the typed error that ended it."""

    index: int
    input: object
    output: Any = None
    error: FalError | None = None
    request_id: str | None = None
    source: Source = "submitted"
    """Where the outcome came from: a new submit, a re-attached job, the journal's cache."""

    @property
    def ok(self) -> bool:
        return self.error is None


OnResult = Callable[[BatchResult], None]

Action = Literal["submit", "cached", "attach", "failed", "cancelled", "uncertain"]


def plan(entry: JournalEntry | None) -> Action:
    """What to do with a batch item, given its newest journal entry (no I/O)."""
    if entry is None:
        return "submit"
    if entry.state == COLLECTED and entry.has_result:
        return "cached"
    if entry.state == FAILED:
        return "failed"
    if entry.state == CANCELLED:
        return "cancelled"
    if entry.state in (UNKNOWN, SUBMITTING) or entry.request_id is None:
        return "uncertain"
    return "attach"


def batch_key(batch: str | None, index: int) -> str | None:
    return None if batch is None else f"{batch}:{index}"
