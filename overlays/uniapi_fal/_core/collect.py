"""What the client's calls on a job run: its status, a wait, its result (the journal's
cache first, else a wait and a fetch, under one deadline), its cancel."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

import httpx

from .. import _registry
from .._exceptions import APITimeoutError, FalError
from .._status import JobStatus
from .._types import OnUpdate
from .context import Context
from .deadline import Deadline
from .effects import Flow, journaled
from .reads import Fetched, cancel, read_result, read_status
from .ref import JobRef
from .sending import Expired
from .waiting import Waiter, wait

log = logging.getLogger("uniapi_fal")


def timed_out(what: str, ref: JobRef, deadline: Deadline) -> Expired:
    """The error for a read of a job (status, cancel) whose call deadline passed."""

    def error() -> FalError:
        return APITimeoutError(
            f"{what} of {ref.endpoint} (request_id {ref.request_id}): the call's timeout "
            f"({deadline.timeout or 0:g} s) passed. The job goes on: client.job("
            f"{ref.endpoint!r}, {ref.request_id!r}) re-attaches.",
            endpoint=ref.endpoint,
            request_id=ref.request_id,
        )

    return error


def status(
    ctx: Context,
    ref: JobRef,
    deadline: Deadline,
    *,
    logs: bool,
    keep: list[httpx.Response] | None = None,
) -> Flow[JobStatus]:
    expired = timed_out("status", ref, deadline)
    found = yield from read_status(ctx, ref, deadline, expired, logs=logs, keep=keep)
    return found


def cancel_job(ctx: Context, ref: JobRef, deadline: Deadline) -> Flow[str]:
    answer = yield from cancel(ctx, ref, deadline, timed_out("cancel", ref, deadline))
    return answer


def wait_for(
    ctx: Context,
    ref: JobRef,
    deadline: Deadline,
    *,
    on_update: OnUpdate | None,
    stream: bool | None,
) -> Flow[JobStatus]:
    """Until COMPLETED (failed or not), by the deadline (then WaitTimeoutError)."""
    waiter = Waiter(
        endpoint=ref.endpoint, request_id=ref.request_id, on_update=on_update, deadline=deadline
    )
    finished = yield from wait(ctx, ref, waiter, stream=stream, fetch=False)
    assert isinstance(finished, JobStatus)
    return finished


def collect(
    ctx: Context,
    ref: JobRef,
    deadline: Deadline,
    *,
    on_update: OnUpdate | None,
    stream: bool | None,
    keep: list[httpx.Response] | None = None,
) -> Flow[Any]:
    """The result: from the journal's cache if collected before, else wait and fetch
    (always fetched when the answer is to be kept), all by the one deadline."""
    waiter = Waiter(
        endpoint=ref.endpoint, request_id=ref.request_id, on_update=on_update, deadline=deadline
    )
    if keep is None:
        try:
            cached = yield from journaled(cached_result, ctx, ref)
        except Exception as error:  # a journal that cannot be read: fetch instead
            log.warning("journal: %s: %s", type(error).__name__, ctx.scrub(str(error)))
            cached = None
        if cached is not None:
            return cached
    # Nobody watches the states: at the expected end, ask for the result itself.
    fetch = on_update is None and keep is None
    ended = yield from wait(ctx, ref, waiter, stream=stream, fetch=fetch)
    if isinstance(ended, Fetched):
        return ended.output
    output = yield from read_result(ctx, ref, deadline, waiter.timed_out, ended, keep)
    return output


def cached_result(ctx: Context, ref: JobRef) -> Any | None:
    """The typed output from the journal's cache, if this job's result was collected."""
    cached = ctx.journal.cached_result(ref.request_id)
    if not isinstance(cached, Mapping):
        return None
    try:
        return _registry.parse_output(_registry.resolve(ref.endpoint), cached)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None  # cached under another version of the spec: fetch it again
