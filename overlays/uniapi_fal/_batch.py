"""Many inputs at once: `map`, resumable from the journal.

With `batch="name"`, an item is journaled under its content (`name:<digest>:<n>`, the
n-th item of that content), not its position. Run the same batch again after an
interruption, or after editing its inputs, and each unchanged item is taken from where it
got to: a collected result comes from the journal's cache, a submitted job is
re-attached, a failed one is reported again. Changed and new items are sent. Nothing
that ran is submitted twice, and no result is given for an input no longer there.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any, Literal

import attrs
import httpx

from ._core.collect import cached_result
from ._core.context import Context
from ._core.ref import attached
from ._exceptions import FalError, JobCancelledError, JobFailedError, SubmitUncertainError
from ._journal import CANCELLED, COLLECTED, FAILED, SUBMITTING, UNKNOWN, Journal, JournalEntry

Source = Literal["submitted", "reattached", "journal", "not sent"]


@attrs.frozen
class BatchResult:
    """One item of `map`: its output, or the typed error that ended it."""

    index: int
    input: object
    output: Any = None
    error: FalError | None = None
    request_id: str | None = None
    source: Source = "submitted"
    """Where the outcome came from: a new submit, a re-attached job, the journal's cache,
    or nowhere ("not sent": refused before anything was sent, an invalid input say)."""

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


def item_digest(item: object, endpoint: str | None) -> str:
    """What identifies an item's content (its endpoint included), whatever its position."""
    try:
        content: object = item.to_dict() if hasattr(item, "to_dict") else item
        text = json.dumps(
            [endpoint or type(item).__name__, content],
            sort_keys=True,
            default=str,
            ensure_ascii=False,
        )
    except (TypeError, ValueError, AttributeError):  # (an Input whose to_dict() breaks)
        text = repr((endpoint, item))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def batch_keys(
    batch: str | None, items: Sequence[object], endpoint: str | None
) -> list[str | None]:
    """Each item's journal key: its content's digest, and which of the items with that
    content it is (two identical lines are two jobs)."""
    if batch is None:
        return [None] * len(items)
    seen: Counter[str] = Counter()
    keys: list[str | None] = []
    for item in items:
        digest = item_digest(item, endpoint)
        keys.append(f"{batch}:{digest}:{seen[digest]}")
        seen[digest] += 1
    return keys


def entry_of(journal: Journal, base_url: httpx.URL, key: str | None) -> JournalEntry | None:
    """The newest journal entry of a batch item, if it was ever submitted."""
    if key is None:
        return None
    found = journal.entries(base_url=str(base_url), batch_key=key)
    return found[-1] if found else None


def outcome_of(ctx: Context, index: int, item: object, entry: JournalEntry | None) -> BatchResult:
    """The result of a batch item that a journal entry settles without any request."""
    action = plan(entry)
    rid = entry.request_id if entry else None
    endpoint = entry.endpoint if entry else ""
    if entry is not None and action == "cached":
        ref = attached(entry.endpoint, entry.request_id or "", ctx.base_url, ctx.scrubber)
        output = cached_result(ctx, ref)
        if output is not None:
            return BatchResult(index, item, output=output, request_id=rid, source="journal")
    error: FalError
    if action == "failed":
        error = JobFailedError(
            f"{endpoint} request {rid} failed earlier: {entry.error if entry else ''} "
            "(from the journal; not submitted again)",
            endpoint=endpoint,
            request_id=rid or "",
            error=entry.error if entry else None,
        )
    elif action == "cancelled":
        error = JobCancelledError(
            f"{endpoint} request {rid} was cancelled earlier (from the journal)",
            endpoint=endpoint,
            request_id=rid,
        )
    else:
        error = SubmitUncertainError(
            f"item {index}: an earlier submit to {endpoint} may have been queued "
            f"({entry.error if entry else 'no answer was recorded'}); it is not sent "
            f"again. Check it, then client.journal.forget({entry.id if entry else '...'}) "
            "to resubmit.",
            endpoint=endpoint,
            request_id=rid,
        )
    return BatchResult(index, item, error=error, request_id=rid, source="journal")
