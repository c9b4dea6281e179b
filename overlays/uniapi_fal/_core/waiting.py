"""Waiting for a job: on the status stream where the server offers it, else (or when it
breaks off) polling, fast first, then backing off; polls planned with what the client's
other waits learned (`_pace`). Every request, chunk and sleep ends by the call's deadline.
"""

from __future__ import annotations

from collections.abc import Callable

import attrs
import httpx

from .._bodies import DecodeError, LimitExceeded
from .._constants import POLL_FACTOR, POLL_INITIAL_DELAY, POLL_MAX_DELAY, POLL_STEADY_POLLS
from .._exceptions import FalError, WaitTimeoutError
from .._pace import PollPlan
from .._sse import SSEDecoder, SSEEvent
from .._status import JobStatus, LogLine
from .._types import OnUpdate
from .answers import unreadable
from .context import Context
from .deadline import Deadline
from .effects import CloseStream, Flow, NextChunk, OpenStream
from .reads import Fetched, fetch_at_end, read_status, statuses_of_events
from .ref import JobRef
from .requests import read_request, stream_timeout
from .sending import sleep
from .submit import journal_write


@attrs.define
class PollSchedule:
    """Delays between polls: `initial` for the first `steady` polls of a state, then
    growing by `factor` up to `maximum`; back to `initial` when the state changes.

    Why these numbers: a poll every `initial` seconds finds a job done `initial / 2`
    seconds late on average, for `duration / initial` requests. At 0.5 s a typical 4 s
    job costs about 8 requests and a quarter of a second (fal-client: 0.1 s, so about 40
    requests). Jobs that run for minutes back off to one request every 2 s.
    """

    initial: float = POLL_INITIAL_DELAY
    steady: int = POLL_STEADY_POLLS
    factor: float = POLL_FACTOR
    maximum: float = POLL_MAX_DELAY
    _polls: int = attrs.field(init=False, default=0)
    _next: float = attrs.field(init=False, default=0.0)

    def __attrs_post_init__(self) -> None:
        self._next = self.initial

    def next_delay(self) -> float:
        delay = self._next
        self._polls += 1
        if self._polls >= self.steady:
            self._next = min(self.maximum, self._next * self.factor)
        return delay

    def reset(self) -> None:
        self._polls = 0
        self._next = self.initial


def _log_key(line: LogLine) -> tuple[str | None, str, str | None]:
    return (line.timestamp, line.message, line.source)


class Waiter:
    """The state of one wait: its deadline, the last state and the log lines seen."""

    def __init__(
        self,
        *,
        endpoint: str,
        request_id: str,
        on_update: OnUpdate | None,
        deadline: Deadline,
        schedule: PollSchedule | None = None,
    ) -> None:
        self.endpoint = endpoint
        self.request_id = request_id
        self._on_update = on_update
        self.deadline = deadline
        self._schedule = schedule or PollSchedule()
        self._seen: set[tuple[str | None, str, str | None]] = set()
        self._last: tuple[str, int | None] | None = None
        self.states: list[str] = []
        """States seen and not yet journaled (the flow writes them, off the event loop)."""

    def observe(self, status: JobStatus) -> JobStatus:
        """Record a status; tell `on_update` when anything changed. Returns it with `new_logs`."""
        new = tuple(line for line in status.logs if _log_key(line) not in self._seen)
        self._seen.update(_log_key(line) for line in new)
        status = attrs.evolve(status, new_logs=new)
        key = (status.state, status.queue_position)
        if not self.states or self.states[-1] != status.state:
            self.states.append(status.state)
        if key != self._last or new:
            if self._last is not None and key[0] != self._last[0]:
                self._schedule.reset()
            self._last = key
            if self._on_update is not None:
                self._on_update(status)
        return status

    def timed_out(self) -> FalError:
        """The error for a wait whose deadline passed: the job goes on."""
        return WaitTimeoutError(
            f"{self.endpoint} request {self.request_id} did not complete within "
            f"{self.deadline.timeout or 0:g} s. It is still queued or running: re-attach with "
            f"client.job({self.endpoint!r}, {self.request_id!r}) and wait again.",
            endpoint=self.endpoint,
            request_id=self.request_id,
        )

    def check_deadline(self) -> None:
        if self.deadline.expired():
            raise self.timed_out()

    def first_delay(self, submitted_at: float | None) -> float:
        """Seconds before the first poll: none for a re-attached job, whose state is
        unknown; for one just submitted, what is left of a poll interval since the
        submit answered (it said IN_QUEUE then)."""
        if submitted_at is None:
            return 0.0
        delay = max(0.0, self._schedule.initial - (self.deadline.clock() - submitted_at))
        remaining = self.deadline.remaining()
        return delay if remaining is None else max(0.0, min(delay, remaining))

    def next_delay(self) -> float:
        """Seconds to sleep before the next poll, never past the deadline."""
        self.check_deadline()
        delay = self._schedule.next_delay()
        remaining = self.deadline.remaining()
        return delay if remaining is None else max(0.0, min(delay, remaining))


def wait(
    ctx: Context,
    ref: JobRef,
    waiter: Waiter,
    *,
    stream: bool | None,
    fetch: bool,
) -> Flow[JobStatus | Fetched]:
    """Until COMPLETED: on the status stream where offered, else polling. With `fetch`, a
    poll at the job's expected end asks for the result instead (`fetch_at_end`). States
    are journaled as they are seen, what was seen also when the wait fails."""
    pace = ctx.pace
    try:
        if ctx.use_stream(stream, ref.endpoint) and pace.take_stream(ref.endpoint):
            try:
                final = yield from _wait_on_stream(ctx, ref, waiter)
                if final is not None and ref.submitted_at is not None:
                    pace.record(ref.endpoint, ctx.clock() - ref.submitted_at)
            finally:
                pace.release_stream(ref.endpoint)
            if final is not None:
                return final
        return (yield from _poll(ctx, ref, waiter, fetch))
    except Exception:  # a timeout or an error: what was seen is journaled all the same
        yield from record_states(ctx, ref, waiter)
        raise


def _poll(ctx: Context, ref: JobRef, waiter: Waiter, fetch: bool) -> Flow[JobStatus | Fetched]:
    """Polls planned by the client's `Pace`: the first when what is left of a poll
    interval since the submit (it said IN_QUEUE) has passed, or when the endpoint's jobs
    are expected to end (with `fetch`, that look asks for the result); a follower's sleep
    ends early when a scout learns something."""
    plan = PollPlan(ctx.pace, ref.endpoint, ref.submitted_at)
    own: Callable[[], float] = lambda: waiter.first_delay(ref.submitted_at)  # noqa: E731
    expired = waiter.timed_out
    try:
        while True:
            delay, wakeable = plan.next(own)
            own = waiter.next_delay
            if wakeable:  # a follower: woken or not, it plans again before any poll
                yield from sleep(delay, waiter.deadline, expired, plan.woken_by)
                continue
            yield from sleep(delay, waiter.deadline, expired)
            if fetch and plan.at_end:
                fetched = yield from fetch_at_end(ctx, ref, waiter.deadline, expired)
                plan.saw(fetched is not None)
                if fetched is not None:
                    return fetched
                continue
            found = yield from read_status(ctx, ref, waiter.deadline, expired, logs=True)
            current = waiter.observe(found)
            plan.saw(current.is_completed)
            yield from record_states(ctx, ref, waiter)
            if current.is_completed:
                return current
    finally:
        plan.close()


def record_states(ctx: Context, ref: JobRef, waiter: Waiter) -> Flow[None]:
    """Journal the newest state seen, if any (a `Local` effect: never on the event loop)."""
    if waiter.states:
        state = waiter.states[-1]
        waiter.states.clear()
        about = f"the state of request {ref.request_id}"
        yield from journal_write(ctx, about, ctx.journal.set_state, ref.request_id, state)


def _wait_on_stream(ctx: Context, ref: JobRef, waiter: Waiter) -> Flow[JobStatus | None]:
    """The COMPLETED status from the stream, or None to fall back to polling."""
    failed: httpx.RequestError | LimitExceeded | DecodeError | None = None
    try:
        final = yield from _stream_final(ctx, ref, waiter)
    except (httpx.RequestError, LimitExceeded, DecodeError) as exc:
        failed = exc
    yield CloseStream()
    if isinstance(failed, LimitExceeded | DecodeError):  # (raised outside the `except`)
        what = f"status stream of {ref.endpoint}"
        raise unreadable(failed, what=what, endpoint=ref.endpoint, request_id=ref.request_id)
    if failed is not None:
        del failed
        waiter.check_deadline()
        return None
    return final


def _stream_final(ctx: Context, ref: JobRef, waiter: Waiter) -> Flow[JobStatus | None]:
    """Every chunk, keep-alive comments included, is a point where the deadline is
    checked; a stream that ends or says nothing useful gives None. No chunk or event of
    the server's stays in this frame once it is read (a traceback would show it)."""
    decoder = SSEDecoder(max_event=ctx.max_response_bytes)
    request = read_request(ctx.base_url, ref, "stream", logs=True)
    request["timeout"] = stream_timeout(ctx.timeout, waiter.deadline.remaining())
    response: httpx.Response = yield OpenStream(request, waiter.deadline.at, ctx.max_response_bytes)
    if not _stream_opened(ctx, ref, response):
        return None
    del response
    while True:
        events = _events(decoder, (yield NextChunk(waiter.deadline.at)))
        waiter.check_deadline()
        if events is None:
            return None  # the stream ended before COMPLETED: poll
        for outcome in statuses_of_events(ctx, ref, events):
            if isinstance(outcome, FalError):
                raise outcome
            current = waiter.observe(outcome)
            yield from record_states(ctx, ref, waiter)
            if current.is_completed:
                return current
            waiter.check_deadline()


def _events(decoder: SSEDecoder, chunk: bytes) -> list[SSEEvent] | None:
    """The events a chunk completes; None at the end of the stream (an empty chunk)."""
    return decoder.feed(chunk) if chunk else None


def _stream_opened(ctx: Context, ref: JobRef, response: httpx.Response) -> bool:
    """Whether to read events from this answer (False: poll instead); raises on errors.

    An error answer's body must have been read.
    """
    from .._retry import RETRYABLE_STATUS
    from .answers import status_error

    code = response.status_code
    if code in (405, 501):  # no status stream on this server: poll from now on
        ctx.learned.stream_offered = False
        return False
    if code == 404:  # no stream for this endpoint (or no such request): its jobs poll
        ctx.learned.no_stream.add(ref.endpoint)
        return False
    if code in RETRYABLE_STATUS:
        return False  # a hiccup: this wait polls, the next tries the stream again
    if code >= 300:
        raise status_error(
            response,
            ctx.scrubber,
            ctx.max_response_bytes,
            what=f"status stream of {ref.endpoint}",
            endpoint=ref.endpoint,
            request_id=ref.request_id,
        )
    if "text/event-stream" not in response.headers.get("content-type", ""):
        ctx.learned.stream_offered = False
        return False
    return True
