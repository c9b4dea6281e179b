"""A job's reads (its status, its result, its cancel) and what their answers mean.

The parsing functions return the error instead of raising it, and take what they parse
from the server out of the caller's hands: no string of the server's stays in a frame a
traceback shows (a status-stream event may echo the key).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

import attrs
import httpx

from .. import _registry, _urls
from .._exceptions import (
    APIStatusError,
    FalError,
    JobCancelledError,
    JobFailedError,
    ResponseParseError,
    UnprocessableEntityError,
)
from .._journal import CANCELLED, EXPIRED, FAILED
from .._jsonread import JSONError, parse_json
from .._sse import SSEEvent
from .._status import JobStatus, parse_status
from .answers import read_json, status_error
from .context import Context
from .deadline import Deadline
from .effects import Flow
from .ref import JobRef
from .requests import Read, read_request
from .sending import Expired, send
from .submit import journal_write


class Fetched(NamedTuple):
    """A wait that ended with the result itself, fetched at the job's expected end."""

    output: Any


class ResultOutcome(NamedTuple):
    """What a result answer means: the output or the job's failure, and the journal
    write that records it (run by the flow, off the event loop)."""

    output: Any = None
    error: FalError | None = None
    journal: tuple[Any, ...] | None = None


def read(
    ctx: Context,
    ref: JobRef,
    which: Read,
    deadline: Deadline,
    expired: Expired,
    *,
    logs: bool | None = None,
) -> Flow[httpx.Response]:
    """One of the queue's reads of a job, retried."""
    response: httpx.Response = yield from send(
        ctx,
        read_request(ctx.base_url, ref, which, logs=logs),
        deadline,
        expired,
        what=f"{which} of {ref.endpoint}",
        endpoint=ref.endpoint,
        request_id=ref.request_id,
    )
    return response


def read_status(
    ctx: Context,
    ref: JobRef,
    deadline: Deadline,
    expired: Expired,
    *,
    logs: bool,
    keep: list[httpx.Response] | None = None,
) -> Flow[JobStatus]:
    response = yield from read(ctx, ref, "status", deadline, expired, logs=logs)
    if keep is not None:
        keep.append(response)
    status = status_from(ctx, ref, response)
    del response
    if isinstance(status, FalError):
        yield from _forgotten(ctx, ref, status)
        raise status
    return status


def _forgotten(ctx: Context, ref: JobRef, error: FalError) -> Flow[None]:
    """A job its queue no longer knows (404 or 410 for its own status or result) is
    journaled EXPIRED: its result is gone, and `resume` stops coming back to it."""
    if isinstance(error, APIStatusError) and error.status_code in (404, 410):
        gone = f"the queue no longer knows it (HTTP {error.status_code})"
        yield from journal_write(
            ctx,
            f"request {ref.request_id} as expired",
            ctx.journal.set_state,
            ref.request_id,
            EXPIRED,
            gone,
        )


def status_from(ctx: Context, ref: JobRef, response: httpx.Response) -> JobStatus | FalError:
    what = f"status of {ref.endpoint}"
    if response.status_code >= 300:
        return _error(ctx, ref, response, what)
    data = read_json(
        response, ctx.scrubber, what=what, endpoint=ref.endpoint, request_id=ref.request_id
    )
    if isinstance(data, ResponseParseError):
        return data
    return _status(ctx, ref, [data])


def _status(ctx: Context, ref: JobRef, box: list[Any]) -> JobStatus | ResponseParseError:
    """The status in `box` (taken out of it), parsed tolerantly."""
    data = box.pop()
    try:
        status = parse_status(data, ref.request_id)
        if status.status_url is None and status.response_url is None:
            return status  # the usual answer: nothing to move
        return attrs.evolve(  # the key must never follow a URL to the gateway's queue host
            status,
            status_url=_urls.rewrite(status.status_url, ctx.base_url),
            response_url=_urls.rewrite(status.response_url, ctx.base_url),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        return ResponseParseError(
            ctx.scrub(
                f"status of {ref.endpoint} (request_id {ref.request_id}): unreadable "
                f"({exc}): {data}",
                400,
            ),
            endpoint=ref.endpoint,
            request_id=ref.request_id,
        )


def statuses_of_events(
    ctx: Context, ref: JobRef, events: list[SSEEvent]
) -> list[JobStatus | FalError]:
    """The statuses the stream's events say, in order (the list given is emptied);
    events that are not JSON (keep-alives) say nothing."""
    found: list[JobStatus | FalError] = []
    while events:
        text = events.pop(0).data
        if not text.strip():
            continue
        try:
            data: Any = ctx.scrubber.json(parse_json(text.encode("utf-8", "replace")))
        except JSONError:
            continue
        del text
        found.append(_status(ctx, ref, [data]))
        del data
    return found


def _error(ctx: Context, ref: JobRef, response: httpx.Response, what: str) -> APIStatusError:
    return status_error(
        response,
        ctx.scrubber,
        ctx.max_response_bytes,
        what=what,
        endpoint=ref.endpoint,
        request_id=ref.request_id,
    )


def result_from(
    ctx: Context, ref: JobRef, response: httpx.Response, status: JobStatus | None
) -> ResultOutcome:
    """The typed output, or the job's failure as JobFailedError / JobCancelledError;
    either way the journal write that records it. An error of the call itself (not the
    job's) is the outcome's error with no journal write."""
    what = f"result of {ref.endpoint}"
    code = response.status_code
    if code == 499:
        cancelled = JobCancelledError(
            f"{ref.endpoint} request {ref.request_id} was cancelled; it has no result.",
            endpoint=ref.endpoint,
            request_id=ref.request_id,
        )
        return ResultOutcome(
            error=cancelled, journal=(ctx.journal.set_state, ref.request_id, CANCELLED)
        )
    if code >= 300:
        error = _error(ctx, ref, response, what)
        failed = status is not None and status.is_failed
        # fal's own error bodies (validation, model failure, timeout) mean the job failed;
        # anything else (auth, not found, a gateway's HTML page) is an error of the call.
        job_failure = (
            code == 422
            or (code == 400 and failed)
            or (
                code >= 500
                and (failed or error.error_type is not None or isinstance(error.detail, str))
            )
        )
        if not job_failure:
            return ResultOutcome(error=error)
        failure = _job_failed(ref, error, status)
        failure.__cause__ = error
        return ResultOutcome(
            error=failure,
            journal=(ctx.journal.set_state, ref.request_id, FAILED, failure.error),
        )
    data = read_json(
        response, ctx.scrubber, what=what, endpoint=ref.endpoint, request_id=ref.request_id
    )
    if isinstance(data, ResponseParseError):
        return ResultOutcome(error=data)
    info = _registry.resolve(ref.endpoint)
    try:
        output = _registry.parse_output(info, data)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        expected = info.output_class or "a JSON object"
        kept = (  # paid for: the result as fal sent it is kept, whatever its shape
            " The result as sent is kept: client.journal.cached_result(request_id)."
            if ctx.journal.enabled
            else ""
        )
        return ResultOutcome(
            error=ResponseParseError(
                ctx.scrub(
                    f"{what} (request_id {ref.request_id}) does not match {expected} ({exc}): "
                    f"{data}",
                    400,
                )
                + kept,
                endpoint=ref.endpoint,
                request_id=ref.request_id,
            ),
            journal=(ctx.journal.store_result, ref.request_id, data),
        )
    return ResultOutcome(output=output, journal=(ctx.journal.store_result, ref.request_id, data))


def _job_failed(ref: JobRef, error: APIStatusError, status: JobStatus | None) -> JobFailedError:
    if isinstance(error, UnprocessableEntityError):
        text: str | None = "; ".join(str(i) for i in error.items)
    else:
        text = error.detail if isinstance(error.detail, str) else None
    text = text or (status.error if status else None) or error.error_type or "no detail given"
    return JobFailedError(
        f"{ref.endpoint} request {ref.request_id} failed (HTTP {error.status_code}): {text}",
        endpoint=ref.endpoint,
        request_id=ref.request_id,
        error=(status.error if status else None) or text,
        error_type=error.error_type or (status.error_type if status else None),
        detail=error.detail,
        status_code=error.status_code,
        items=list(error.items) if isinstance(error, UnprocessableEntityError) else None,
    )


def read_result(
    ctx: Context,
    ref: JobRef,
    deadline: Deadline,
    expired: Expired,
    finished: JobStatus | None = None,
    keep: list[httpx.Response] | None = None,
) -> Flow[Any]:
    """The typed output, cached in the journal (a failure to cache is logged: the result
    is returned all the same)."""
    response = yield from read(ctx, ref, "result", deadline, expired)
    if keep is not None:
        keep.append(response)
    outcome = result_from(ctx, ref, response, finished)
    del response
    if outcome.journal is not None:
        yield from journal_write(ctx, f"the outcome of request {ref.request_id}", *outcome.journal)
    if outcome.error is not None:
        yield from _forgotten(ctx, ref, outcome.error)
        raise outcome.error
    return outcome.output


def fetch_at_end(
    ctx: Context, ref: JobRef, deadline: Deadline, expired: Expired
) -> Flow[Fetched | None]:
    """The result, asked for when the job is expected to have ended: the one request a
    follower needs when the guess is right. Any answer but 200 (400 while the job runs, or
    the job's failure) gives None: polling goes on, and a failure is read as usual after
    the status says COMPLETED."""
    response = yield from read(ctx, ref, "result", deadline, expired)
    if response.status_code != 200:
        return None
    outcome = result_from(ctx, ref, response, None)
    del response
    if outcome.journal is not None:
        yield from journal_write(ctx, f"the outcome of request {ref.request_id}", *outcome.journal)
    if outcome.error is not None:
        raise outcome.error
    return Fetched(outcome.output)


def cancel(ctx: Context, ref: JobRef, deadline: Deadline, expired: Expired) -> Flow[str]:
    """`CANCELLATION_REQUESTED` or `ALREADY_COMPLETED`; anything else raises."""
    response = yield from read(ctx, ref, "cancel", deadline, expired)
    outcome = cancel_from(ctx, ref, response)
    del response
    if isinstance(outcome, FalError):
        raise outcome
    return outcome


def cancel_from(ctx: Context, ref: JobRef, response: httpx.Response) -> str | FalError:
    data: Any = None
    try:
        data = ctx.scrubber.json(parse_json(response.content))
    except JSONError:
        pass
    state = data.get("status") if isinstance(data, Mapping) else None
    del data
    code = response.status_code
    if code == 400 and state == "ALREADY_COMPLETED":
        return "ALREADY_COMPLETED"
    if code in (405, 501):
        what = f"cancel of {ref.endpoint} (this gateway may not support cancel)"
        return _error(ctx, ref, response, what)
    if code >= 300:
        return _error(ctx, ref, response, f"cancel of {ref.endpoint}")
    return ctx.scrub(state, 100) if isinstance(state, str) else "CANCELLATION_REQUESTED"
