"""The queue protocol, written once: submit, send with retries, wait (stream, then poll),
collect and cancel, as generators that do no I/O.

A flow yields an effect (`Send` a request, `OpenStream`, read the `NextChunk`, `Sleep`,
run `Local` blocking work such as a journal write) and receives its outcome, or has its
error thrown in; `Client` and `AsyncClient` each drive flows with a small loop
(`_drivers`), the idea of httpx's `auth_flow`. So the two clients cannot drift apart:
the order of journal writes around a submit, every deadline and every retry are here.

Deadlines: a wait's `timeout=` (the `Waiter`) and a call's retry deadline (`Attempts`)
both bound every request sent under them and every sleep; each effect carries the
earliest of the two, which the drivers enforce while reading.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Generator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
import httpx

from ._exceptions import ConfigurationError, FalError
from ._limits import DecodeError, LimitExceeded, SSEDecoder
from ._pace import PollPlan, WokenBy
from ._status import IN_QUEUE, JobStatus
from ._waiting import Waiter

if TYPE_CHECKING:
    from ._base_client import BaseClient, JobRef
    from ._registry import EndpointInfo
    from ._types import OnUpdate, SubmitOptions

log = logging.getLogger("uniapi_fal")
T = TypeVar("T")


# ------------------------------------------------------------------------ effects
@attrs.frozen
class Send:
    """Send a request and read its whole answer, at most `limit` bytes after
    decompression, by `deadline` (the client's clock; None: the request timeout only).
    Outcome: the `httpx.Response`, its body read; or the error thrown in
    (`httpx.RequestError`, `LimitExceeded`)."""

    request: dict[str, Any]
    deadline: float | None
    limit: int


@attrs.frozen
class OpenStream:
    """Open a streamed request (the status stream). Outcome: the response, its body read
    (capped) when the status is an error, else left open for `NextChunk`."""

    request: dict[str, Any]
    deadline: float | None
    limit: int


@attrs.frozen
class NextChunk:
    """The next bytes of the open stream (b"" at its end), read by `deadline`."""

    deadline: float | None


@attrs.frozen
class CloseStream:
    """Close the open stream, if any."""


@attrs.frozen
class Sleep:
    """Sleep `seconds`; with `woken_by`, also end when the function it is given is
    called (`woken_by(wake)` registers `wake` and returns what unregisters it)."""

    seconds: float
    woken_by: WokenBy | None = None


@attrs.frozen
class Local:
    """Blocking local work (journal, files): run inline by `Client`, in a worker thread by
    `AsyncClient`, so that the event loop never waits on a disk."""

    func: Callable[..., Any]
    args: tuple[Any, ...] = ()


Effect = Send | OpenStream | NextChunk | CloseStream | Sleep | Local
Flow = Generator[Effect, Any, T]


def _earliest(*deadlines: float | None) -> float | None:
    known = [d for d in deadlines if d is not None]
    return min(known) if known else None


# -------------------------------------------------------------------------- send
def send(
    core: BaseClient,
    request: dict[str, Any],
    *,
    what: str,
    endpoint: str,
    request_id: str | None = None,
    submit: bool = False,
    waiter: Waiter | None = None,
) -> Flow[httpx.Response]:
    """One call: retried as the `RetryPolicy` says (a submit only when nothing was sent),
    every attempt and wait bounded by the retry deadline and the caller's."""
    attempts = core._attempts(what, resend_safe=not submit)
    retried: httpx.Response | httpx.RequestError | None = None  # what the last retry was for
    while True:
        if waiter is not None:
            waiter.check_deadline()
        deadline = _earliest(attempts.deadline, waiter.deadline if waiter else None)
        failed: httpx.RequestError | LimitExceeded | DecodeError | None = None
        try:
            response: httpx.Response = yield Send(
                core._bounded(request, deadline), deadline, core.max_response_bytes
            )
        except (httpx.RequestError, LimitExceeded, DecodeError) as exc:
            failed = exc
        # Errors are raised outside the `except`: an httpx error kept as their __context__
        # would carry the request, Authorization header included.
        if isinstance(failed, LimitExceeded | DecodeError):
            raise core._unreadable(failed, what=what, endpoint=endpoint, request_id=request_id)
        if failed is not None:
            if waiter is not None:
                waiter.check_deadline()  # our own bound fired: the caller's deadline passed
            if retried is not None and isinstance(failed, httpx.TimeoutException):
                if attempts.expired():  # the retry deadline cut a retry: report its cause
                    if isinstance(retried, httpx.Response):
                        return retried
                    failed = retried
            delay = None if failed is retried else attempts.after_error(failed)
            if delay is None:
                error = core._transport_error(
                    failed, what=what, endpoint=endpoint, request_id=request_id, submit=submit
                )
                del failed, retried
                raise error
            retried = failed
        else:
            delay = attempts.after_response(response)
            if delay is None:
                return response
            retried = response
        yield from _sleep(delay, waiter)


def _sleep(seconds: float, waiter: Waiter | None, woken_by: WokenBy | None = None) -> Flow[None]:
    """Sleep, but never past the caller's deadline (then WaitTimeoutError)."""
    remaining = waiter.remaining() if waiter is not None else None
    if remaining is not None and seconds >= remaining:
        yield Sleep(max(0.0, remaining), woken_by)
        assert waiter is not None
        waiter.check_deadline()
        return  # woken before the deadline
    yield Sleep(seconds, woken_by)


def _local(func: Callable[..., T], *args: Any) -> Flow[T]:
    result: T = yield Local(func, args)
    return result


def _journal(core: BaseClient, about: str, func: Callable[..., Any], *args: Any) -> Flow[None]:
    """A journal write whose failure must not cost the caller a job or a result: the
    failure is logged (JournalError names the file and the request_id) and the call goes
    on. (A failure before the submit is sent is raised instead: nothing is lost then.)"""
    try:
        yield Local(func, args)
    except Exception as error:  # JournalError, or the failure of a Journal subclass's own
        log.warning(
            "journal: could not record %s (%s: %s); the call goes on",
            about,
            type(error).__name__,
            core._scrub(str(error)),
        )


# ------------------------------------------------------------------------ submit
def submit(
    core: BaseClient,
    target: object,
    arguments: Mapping[str, Any] | None,
    options: SubmitOptions,
    batch_key: str | None = None,
    keep: list[httpx.Response] | None = None,
) -> Flow[JobRef]:
    """Check the input, journal it, send it once, journal the answer.

    The journal row is written before the request leaves (a crash mid-submit still
    leaves a trace) and after the input is known to be sendable (no row for a request
    that was never sent). A journal failure after fal accepted the job is logged and the
    job handed back: it exists, and it is billed.
    """
    info, _, body = yield from _prepared(core, target, arguments)
    request = core._submit_kwargs(info, body, options)
    row: int | None = yield from _local(core._journal_submit, info, body, batch_key)
    try:
        response = yield from send(
            core,
            request,
            what=f"submit to {info.endpoint_id}",
            endpoint=info.endpoint_id,
            submit=True,
        )
        if keep is not None:
            keep.append(response)
        ref = core._ref_from_submit(info, response)
    except FalError as error:
        yield from _journal(core, "a failed submit", core._journal_failed_submit, row, error)
        raise
    except BaseException as stop:  # interrupted while the request was out: it may be queued
        if not isinstance(stop, GeneratorExit):  # (a flow being closed may not yield)
            yield from _journal(
                core, "an interrupted submit", core._journal_interrupted_submit, row
            )
        raise
    about = f"{ref.endpoint} request {ref.request_id}, which was queued: keep its request_id"
    yield from _journal(core, about, core._journal_submitted, row, ref, IN_QUEUE)
    return ref


def _prepared(
    core: BaseClient, target: object, arguments: Mapping[str, Any] | None
) -> Flow[tuple[EndpointInfo, Any, dict[str, Any]]]:
    """`core._prepare`, in a worker thread when local files must be read; then, for an
    endpoint the spec lacks, the check against fal's document (which may fetch it)."""
    from ._files import has_local_files

    if has_local_files(arguments if arguments is not None else target):
        prepared: tuple[EndpointInfo, Any, dict[str, Any]] = yield Local(
            core._prepare, (target, arguments)
        )
    else:
        prepared = core._prepare(target, arguments)
    info, model, body = prepared
    if model is None and core._schemas is not None:  # not in the spec: fal's document, if any
        yield Local(core._check_remote, (info, body))
    return prepared


# ----------------------------------------------------------------- reading a job
def _queue_call(
    core: BaseClient,
    ref: JobRef,
    operation: str,
    what: str,
    waiter: Waiter | None = None,
    **params: Any,
) -> Flow[httpx.Response]:
    """One of the queue's reads of a job (status, result, cancel), retried."""
    response: httpx.Response = yield from send(
        core,
        core._queue_kwargs(operation, ref, **params),
        what=f"{what} of {ref.endpoint}",
        endpoint=ref.endpoint,
        request_id=ref.request_id,
        waiter=waiter,
    )
    return response


def status(
    core: BaseClient,
    ref: JobRef,
    *,
    logs: bool,
    waiter: Waiter | None = None,
    keep: list[httpx.Response] | None = None,
) -> Flow[JobStatus]:
    response = yield from _queue_call(core, ref, "get_status", "status", waiter, logs=int(logs))
    if keep is not None:
        keep.append(response)
    return core._status_from(ref, response)


def result(
    core: BaseClient,
    ref: JobRef,
    finished: JobStatus | None = None,
    keep: list[httpx.Response] | None = None,
) -> Flow[Any]:
    """The typed output, cached in the journal (a failure to cache is logged: the result
    is returned all the same)."""
    response = yield from _queue_call(core, ref, "get_result", "result")
    if keep is not None:
        keep.append(response)
    outcome = core._result_from(ref, response, finished)
    if outcome.journal is not None:
        yield from _journal(core, f"the outcome of request {ref.request_id}", *outcome.journal)
    if outcome.error is not None:
        raise outcome.error
    return outcome.output


def cancel(core: BaseClient, ref: JobRef) -> Flow[str]:
    response = yield from _queue_call(core, ref, "cancel_request", "cancel")
    return core._cancel_from(ref, response)


def collect(
    core: BaseClient,
    ref: JobRef,
    *,
    on_update: OnUpdate | None,
    timeout: float | None,
    stream: bool | None,
    keep: list[httpx.Response] | None = None,
) -> Flow[Any]:
    """The result: from the journal's cache if collected before, else wait and fetch
    (always fetched when the answer is to be kept)."""
    if keep is not None:
        finished = yield from wait(core, ref, on_update=on_update, timeout=timeout, stream=stream)
        fetched = yield from result(core, ref, finished, keep)
        return fetched
    try:
        cached = yield from _local(core._cached_result, ref)
    except Exception as error:  # (as in `_journal`): the result is fetched instead
        log.warning("journal: %s: %s", type(error).__name__, core._scrub(str(error)))
        cached = None
    if cached is not None:
        return cached
    # Nobody watches the states: at the expected end, ask for the result itself.
    ended = yield from _wait(
        core, ref, on_update=on_update, timeout=timeout, stream=stream, fetch=on_update is None
    )
    if isinstance(ended, Fetched):
        return ended.output
    output = yield from result(core, ref, ended)
    return output


@attrs.frozen
class Fetched:
    """A wait that ended with the result itself, fetched at the job's expected end."""

    output: Any


def _fetch_at_end(core: BaseClient, ref: JobRef, waiter: Waiter) -> Flow[Fetched | None]:
    """The result, asked for when the job is expected to have ended: the one request a
    follower needs when the guess is right. Any answer but 200 (400 while the job runs, or
    the job's failure) gives None: polling goes on, and a failure is read as usual after
    the status says COMPLETED."""
    response = yield from _queue_call(core, ref, "get_result", "result", waiter)
    if response.status_code != 200:
        return None
    outcome = core._result_from(ref, response, None)
    if outcome.journal is not None:
        yield from _journal(core, f"the outcome of request {ref.request_id}", *outcome.journal)
    return Fetched(outcome.output)


# ------------------------------------------------------------------------ waiting
def wait(
    core: BaseClient,
    ref: JobRef,
    *,
    on_update: OnUpdate | None,
    timeout: float | None,
    stream: bool | None,
) -> Flow[JobStatus]:
    """Until COMPLETED: on the status stream where offered, else (or when it breaks off)
    polling, fast first, then backing off. States are journaled as they are seen."""
    finished = yield from _wait(
        core, ref, on_update=on_update, timeout=timeout, stream=stream, fetch=False
    )
    assert isinstance(finished, JobStatus)
    return finished


def _wait(
    core: BaseClient,
    ref: JobRef,
    *,
    on_update: OnUpdate | None,
    timeout: float | None,
    stream: bool | None,
    fetch: bool,
) -> Flow[JobStatus | Fetched]:
    """`wait`; with `fetch`, a poll at the job's expected end asks for the result instead
    of the status (see `_fetch_at_end`)."""
    if timeout is not None and not timeout >= 0:
        raise ConfigurationError(f"timeout must be >= 0 seconds or None, not {timeout!r}")
    seen: list[str] = []
    waiter = Waiter(
        endpoint=ref.endpoint,
        request_id=ref.request_id,
        on_update=_remembering(seen, on_update),
        timeout=timeout,
        clock=core._clock,
    )
    pace = core._pace
    try:
        if core._use_stream(stream) and pace.take_stream(ref.endpoint):
            try:
                final = yield from _wait_on_stream(core, ref, waiter, seen)
                if final is not None and ref.submitted_at is not None:
                    pace.record(ref.endpoint, core._clock() - ref.submitted_at)
            finally:
                pace.release_stream(ref.endpoint)
            if final is not None:
                return final
        return (yield from _poll(core, ref, waiter, seen, fetch))
    except Exception:  # a timeout or an error: what was seen is journaled all the same
        yield from _record_states(core, ref, seen)
        raise


def _poll(
    core: BaseClient, ref: JobRef, waiter: Waiter, seen: list[str], fetch: bool
) -> Flow[JobStatus | Fetched]:
    """Polls planned by the client's `Pace`: the first when what is left of a poll
    interval since the submit (it said IN_QUEUE) has passed, or when the endpoint's jobs
    are expected to end (with `fetch`, that look asks for the result); a follower's sleep
    ends early when a scout learns something."""
    plan = PollPlan(core._pace, ref.endpoint, ref.submitted_at)
    own: Callable[[], float] = lambda: waiter.first_delay(ref.submitted_at)  # noqa: E731
    try:
        while True:
            delay, wakeable = plan.next(own)
            own = waiter.next_delay
            if wakeable:  # a follower: woken or not, it plans again before any poll
                yield from _sleep(delay, waiter, plan.woken_by)
                continue
            yield from _sleep(delay, waiter)
            if fetch and plan.at_end:
                fetched = yield from _fetch_at_end(core, ref, waiter)
                plan.saw(fetched is not None)
                if fetched is not None:
                    return fetched
                continue
            current = waiter.observe((yield from status(core, ref, logs=True, waiter=waiter)))
            plan.saw(current.is_completed)
            yield from _record_states(core, ref, seen)
            if current.is_completed:
                return current
    finally:
        plan.close()


def _remembering(seen: list[str], on_update: OnUpdate | None) -> OnUpdate:
    """`on_update`, also noting each new state for the journal (written by the flow, as
    a `Local` effect, so that it never runs on the event loop)."""

    def update(current: JobStatus) -> None:
        if not seen or seen[-1] != current.state:
            seen.append(current.state)
        if on_update is not None:
            on_update(current)

    return update


def _record_states(core: BaseClient, ref: JobRef, seen: list[str]) -> Flow[None]:
    if seen:
        state = seen[-1]
        seen.clear()
        about = f"the state of request {ref.request_id}"
        yield from _journal(core, about, core.journal.set_state, ref.request_id, state)


def _wait_on_stream(
    core: BaseClient, ref: JobRef, waiter: Waiter, seen: list[str]
) -> Flow[JobStatus | None]:
    """The COMPLETED status from the stream, or None to fall back to polling."""
    failed: httpx.RequestError | LimitExceeded | DecodeError | None = None
    try:
        final = yield from _stream_final(core, ref, waiter, seen)
    except (httpx.RequestError, LimitExceeded, DecodeError) as exc:
        failed = exc
    yield CloseStream()
    if isinstance(failed, LimitExceeded | DecodeError):  # (raised outside the `except`)
        what = f"status stream of {ref.endpoint}"
        raise core._unreadable(failed, what=what, endpoint=ref.endpoint, request_id=ref.request_id)
    if failed is not None:
        del failed
        waiter.check_deadline()
        return None
    return final


def _stream_final(
    core: BaseClient, ref: JobRef, waiter: Waiter, seen: list[str]
) -> Flow[JobStatus | None]:
    """Every chunk, keep-alive comments included, is a point where the deadline is
    checked; a stream that ends or says nothing useful gives None."""
    decoder = SSEDecoder(max_event=core.max_response_bytes)
    response: httpx.Response = yield OpenStream(
        core._stream_request(ref, waiter), waiter.deadline, core.max_response_bytes
    )
    if not core._stream_opened(ref, response):
        return None
    while True:
        chunk: bytes = yield NextChunk(waiter.deadline)
        waiter.check_deadline()
        if not chunk:
            return None  # the stream ended before COMPLETED: poll
        for event in decoder.feed(chunk):
            final = core._stream_event(ref, waiter, event.data)
            yield from _record_states(core, ref, seen)
            if final is not None:
                return final


__all__ = [
    "CloseStream",
    "Effect",
    "Flow",
    "Local",
    "NextChunk",
    "OpenStream",
    "Send",
    "Sleep",
    "cancel",
    "collect",
    "result",
    "send",
    "status",
    "submit",
    "wait",
]
