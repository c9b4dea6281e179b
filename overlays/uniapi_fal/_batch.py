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
from typing import Any, Generic, Literal, TypeVar

import attrs
import httpx

from ._core.collect import cached_result
from ._core.context import Context
from ._core.deadline import Deadline
from ._core.ref import attached
from ._exceptions import (
    FalError,
    JobCancelledError,
    JobError,
    JobFailedError,
    SubmitUncertainError,
    WaitTimeoutError,
)
from ._journal import (
    CANCELLED,
    COLLECTED,
    EXPIRED,
    FAILED,
    SUBMITTING,
    UNKNOWN,
    Journal,
    JournalEntry,
)

OutputT = TypeVar("OutputT")

Source = Literal["submitted", "reattached", "journal", "not sent"]


@attrs.frozen
class BatchResult(Generic[OutputT]):
    """One item of `map`: its output, or the typed error that ended it. Typed by the
    items' Input class (`BatchResult[FluxDevOutput]`); `Any` for dicts with `endpoint=`."""

    index: int
    input: object
    output: OutputT | None = None
    """The typed result; None when the item failed (`error` says why)."""
    error: FalError | None = None
    request_id: str | None = None
    source: Source = "submitted"
    """Where the outcome came from: a new submit, a re-attached job, the journal's cache,
    or nowhere ("not sent": refused before anything was sent, an invalid input say)."""

    @property
    def ok(self) -> bool:
        return self.error is None


OnResult = Callable[[BatchResult[OutputT]], None]
"""What `map(on_result=...)` calls with each item as it ends."""

Action = Literal[
    "submit", "wait", "cached", "attach", "failed", "cancelled", "expired", "uncertain"
]

CLAIM_POLL_SECONDS = 0.2
"""How often an item another run is submitting is looked up again in the journal."""


def plan(entry: JournalEntry | None, claimed: bool = False) -> Action:
    """What to do with a batch item, given its newest journal entry and whether that is a
    submit being sent now (`Journal.claimed`). No I/O."""
    if entry is None:
        return "submit"
    if claimed:
        return "wait"  # another run (or another map of this one) is submitting it now
    if entry.state == COLLECTED and entry.has_result:
        return "cached"
    if entry.state == FAILED:
        return "failed"
    if entry.state == CANCELLED:
        return "cancelled"
    if entry.state == EXPIRED:
        return "expired"
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


def entry_of(
    journal: Journal, base_url: httpx.URL, key: str | None
) -> tuple[JournalEntry | None, bool]:
    """The newest journal entry of a batch item, if it was ever submitted, and whether it
    is being submitted right now."""
    if key is None:
        return None, False
    found = journal.entries(base_url=str(base_url), batch_key=key)
    return (found[-1], journal.claimed(found[-1])) if found else (None, False)


def outcome_of(
    ctx: Context, index: int, item: object, entry: JournalEntry | None
) -> BatchResult[Any]:
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
    elif action == "expired" and entry is not None:
        error = JobError(
            f"{endpoint} request {rid}: the queue no longer knows it, so its result is gone "
            f"(from the journal; not submitted again). To pay for it again, "
            f"client.journal.forget({entry.id}) and rerun the batch.",
            endpoint=endpoint,
            request_id=rid,
        )
    else:
        error = SubmitUncertainError(
            f"item {index}: an earlier submit to {endpoint or 'its endpoint'} may have been "
            f"queued ({_why_uncertain(entry)}), so it is not sent again. Check the queue or "
            f"your bill; to send it anyway, client.journal.forget("
            f"{entry.id if entry else '...'}) and rerun the batch.",
            endpoint=endpoint,
            request_id=rid,
        )
    return BatchResult(index, item, error=error, request_id=rid, source="journal")


def _why_uncertain(entry: JournalEntry | None) -> str:
    if entry is None:
        return "no answer was recorded"
    if entry.state == SUBMITTING:
        return "the process sending it stopped before its answer was recorded"
    return entry.error or f"its journal state is {entry.state} with no request_id"


def claim_timeout(index: int, entry: JournalEntry | None, deadline: Deadline) -> FalError:
    """The error of an item whose timeout passed while another run was submitting it."""
    endpoint = entry.endpoint if entry else ""
    return WaitTimeoutError(
        f"item {index}: another run of this batch is submitting it, and this call's timeout "
        f"({deadline.timeout or 0:g} s) passed first; this run sent nothing for it. Rerun the "
        "batch once the other run is done: it takes the item from the journal.",
        endpoint=endpoint,
        request_id=None,
    )
