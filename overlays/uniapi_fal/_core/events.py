"""The flows of a streaming endpoint's call (`client.stream(...)`, `_event_stream`):
open it (checked, journaled and sent as a direct call is), read its next event, finish
it (the last event journaled, then parsed, as the output), or abandon it. Each is a
small flow: the caller runs them one at a time on a connection that outlives each.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Mapping
from typing import Any, NamedTuple, TypedDict, TypeVar, cast

import httpx

from .._bodies import DecodeError, LimitExceeded
from .._constants import STREAM_READ_TIMEOUT
from .._exceptions import (
    APIError,
    APITimeoutError,
    ConfigurationError,
    FalError,
    JobFailedError,
    ResponseParseError,
)
from .._journal import FAILED, UNKNOWN
from .._jsonread import JSONError, parse_json
from .._registry import EndpointInfo
from .._sse import SSEDecoder, SSEEvent
from .._types import SubmitOptions
from .answers import status_error, transport_error, unreadable
from .context import Context
from .deadline import Deadline
from .direct import QUEUE_ONLY, REQUEST_ID_HEADER, begun, ended
from .effects import CloseStream, Flow, Leaving, NextChunk, OpenStream
from .ref import request_id_problem
from .requests import stream_timeout, submit_request
from .submit import journal_write, sent_once

T = TypeVar("T")

STREAM_PATH = "/stream"
"""Added to the endpoint id, unless the id already ends with it (fal's `.../stream` ids)."""
_SSE_LINE_SLACK = 64
"""A data line holds a whole event after its `data: ` prefix: the line cap is the event's
plus this."""


class StreamOptions(TypedDict, total=False):
    """Per-call options of `stream` (all optional): `submit`'s that fal's run host takes,
    and the call's deadline. Not the queue's (`priority`, `webhook_url`)."""

    request_timeout: float
    runner_hint: str
    no_retry: bool
    object_expiration: int
    store_io: bool
    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, str]
    extra_body: Mapping[str, Any]
    timeout: float | None
    """Seconds for the whole call, from the request to the last event (None: no bound);
    a gap of more than 30 s between bytes ends it in any case."""


def split_options(options: Mapping[str, Any]) -> tuple[SubmitOptions, float | None]:
    """The request's options and the call's timeout; an option a stream has not is a
    ConfigurationError (silently dropping `priority=` would hide a mistake)."""
    known = StreamOptions.__annotations__
    for name in options:
        if name in QUEUE_ONLY:
            raise ConfigurationError(
                f"{name}= is the queue's: a stream runs on fal's run host, not in the queue; "
                "drop it"
            )
        if name not in known:
            raise ConfigurationError(
                f"{name}= is not an option of stream(); it takes {', '.join(sorted(known))}"
            )
    sent = cast(SubmitOptions, {k: v for k, v in options.items() if k != "timeout"})
    return sent, options.get("timeout")


def stream_request(
    ctx: Context, endpoint: str, body: Mapping[str, Any], options: SubmitOptions
) -> dict[str, Any]:
    """The submit's request, on the run host, at the endpoint's `/stream` path, asking for
    an event stream."""
    path = endpoint if endpoint.endswith(STREAM_PATH) else endpoint + STREAM_PATH
    request = submit_request(ctx.hosts.run, path, body, options)
    request["headers"].update({"Accept": "text/event-stream", "Cache-Control": "no-store"})
    return request


class _Failure(NamedTuple):
    """An `error` event: the job failed on the server's side (fal's error body)."""

    detail: Any
    error_type: str | None


class StreamCall:
    """One stream between its steps: what its flows share (they keep nothing themselves)."""

    __slots__ = (
        "ctx",
        "info",
        "deadline",
        "leaving",
        "row",
        "given_id",
        "journal_id",
        "decoder",
        "pending",
        "events",
        "last",
        "over",
        "finished",
        "output",
    )

    def __init__(
        self,
        ctx: Context,
        info: EndpointInfo,
        deadline: Deadline,
        leaving: Leaving,
        row: int | None,
    ) -> None:
        self.ctx = ctx
        self.info = info
        self.deadline = deadline
        self.leaving = leaving
        self.row = row
        self.given_id: str | None = None
        """fal's `x-fal-request-id`, when given (and usable)."""
        self.journal_id = f"stream-{os.urandom(16).hex()}"
        """The id the output is journaled under: fal's when given, else this one."""
        limit = ctx.max_response_bytes
        self.decoder = SSEDecoder(max_line=limit + _SSE_LINE_SLACK, max_event=limit)
        self.pending: list[SSEEvent] = []
        self.events = 0
        self.last: Any = None
        """The last event's data, kept apart from the copy the caller got (who may change it)."""
        self.over = False
        """Ended, failed or closed: nothing more is read, nothing more journaled."""
        self.finished = False
        self.output: Any = None

    @property
    def endpoint(self) -> str:
        return self.info.endpoint_id

    @property
    def what(self) -> str:
        return f"stream of {self.endpoint}"

    def take_request_id(self, given: str | None) -> None:
        if given is None:
            return
        shown = self.ctx.scrub(given, 200)
        if shown == given and not request_id_problem(given):
            self.given_id = self.journal_id = given

    def _lost(self) -> str:
        if self.leaving.started:
            return " The request had left: fal may have run it (and billed it); its output is lost."
        return " Nothing was sent."

    def expired(self) -> APITimeoutError:
        return APITimeoutError(
            f"{self.what}: the call's timeout ({self.deadline.timeout or 0:g} s) passed before "
            f"the stream ended.{self._lost()}",
            endpoint=self.endpoint,
            request_id=self.given_id,
            maybe_queued=self.leaving.started,
        )

    def broken(self, exc: httpx.RequestError | LimitExceeded | DecodeError) -> APIError:
        """The error for a read that failed: too large or undecodable, the deadline, a
        silence longer than the stream allows, or the connection."""
        if isinstance(exc, LimitExceeded | DecodeError):
            error: APIError = unreadable(
                exc, what=self.what, endpoint=self.endpoint, request_id=self.given_id
            )
            error.maybe_queued = True
            return error
        if self.deadline.expired():
            return self.expired()
        if isinstance(exc, httpx.ReadTimeout):
            return APITimeoutError(
                f"{self.what}: nothing came for {STREAM_READ_TIMEOUT:g} s (a live stream sends "
                f"at least a keep-alive every 15 s): it was given up.{self._lost()}",
                endpoint=self.endpoint,
                request_id=self.given_id,
                maybe_queued=self.leaving.started,
            )
        return transport_error(
            exc,
            self.ctx.scrubber,
            self.ctx.hosts.run,
            what=self.what,
            endpoint=self.endpoint,
            request_id=self.given_id,
            submit=True,
            sent=self.leaving.started,
        )

    def unreadable_event(self, why: str) -> ResponseParseError:
        return ResponseParseError(
            self.ctx.scrub(f"{self.what}: {why}", 400) + self._lost(),
            endpoint=self.endpoint,
            request_id=self.given_id,
            maybe_queued=True,
        )


# ------------------------------------------------------------------------------ flows


def opening(
    ctx: Context,
    target: object,
    arguments: Mapping[str, Any] | None,
    options: SubmitOptions,
    deadline: Deadline,
    leaving: Leaving,
) -> Flow[StreamCall]:
    """Check the input, journal it, send it once; the stream, opened (its events unread)."""
    ready, request, row = yield from begun(ctx, target, arguments, options, stream_request)
    call = StreamCall(ctx, ready.info, deadline, leaving, row)
    yield from sent_once(ctx, row, leaving, _answered(call, request), "stream")
    return call


def _answered(call: StreamCall, request: dict[str, Any]) -> Flow[None]:
    ctx, deadline = call.ctx, call.deadline
    if deadline.expired():
        raise call.expired()
    request["timeout"] = stream_timeout(ctx.timeout, deadline.remaining())
    failed: httpx.RequestError | LimitExceeded | DecodeError | None = None
    try:
        response: httpx.Response = yield OpenStream(
            request, deadline.at, ctx.max_response_bytes, leaving=call.leaving
        )
    except (httpx.RequestError, LimitExceeded, DecodeError) as exc:
        failed = exc
    if failed is not None:  # (raised outside the `except`: the httpx error holds the request)
        error = call.broken(failed)
        del failed
        raise error
    call.take_request_id(response.headers.get(REQUEST_ID_HEADER))
    if response.status_code >= 300:
        raise status_error(
            response,
            ctx.scrubber,
            ctx.max_response_bytes,
            what=call.what,
            endpoint=call.endpoint,
            request_id=call.given_id,
            submit=True,
        )
    kind = response.headers.get("content-type", "")
    if "text/event-stream" not in kind.lower():
        raise call.unreadable_event(
            f"the answer is not an event stream (HTTP {response.status_code}, Content-Type "
            f"{kind!r}); nothing of it was read."
        )


def next_event(call: StreamCall) -> Flow[dict[str, Any] | None]:
    """The next event's JSON; None once the stream has ended, its output then journaled
    and parsed into `call.output`. An `error` event is the job's failure."""
    ctx = call.ctx
    found = yield from sent_once(ctx, call.row, call.leaving, _read_event(call), "stream")
    if isinstance(found, dict):
        return found
    call.over = True
    yield CloseStream()
    if found is None:
        yield from _finish(call)
        return None
    error = yield from _failed(call, found)
    raise error


def _read_event(call: StreamCall) -> Flow[dict[str, Any] | _Failure | None]:
    """Events are taken from what was read before any byte more is; every chunk (a
    keep-alive too) is a point where the deadline is checked."""
    while True:
        while call.pending:
            found = _take(call, call.pending.pop(0))
            if isinstance(found, FalError):
                raise found
            if found is not None:
                return found
        if call.deadline.expired():
            raise call.expired()
        failed: httpx.RequestError | LimitExceeded | DecodeError | None = None
        try:
            chunk: bytes = yield NextChunk(call.deadline.at)
        except (httpx.RequestError, LimitExceeded, DecodeError) as exc:
            failed = exc
        if failed is None and call.deadline.expired():
            raise call.expired()
        if failed is None and not chunk:
            if call.events == 0:
                raise call.unreadable_event("the stream ended without an event: no output came.")
            return None  # an event left unfinished at the end is dropped, as SSE says
        if failed is None:
            try:
                call.pending.extend(call.decoder.feed(chunk))
            except LimitExceeded as exc:
                failed = exc
            del chunk
        if failed is not None:
            error = call.broken(failed)
            del failed
            raise error


def _take(call: StreamCall, event: SSEEvent) -> dict[str, Any] | _Failure | FalError | None:
    """What one event says (None: nothing, as a blank one); its name is not read, but for
    `error`. Its data is the caller's copy: the kept one stays as the server sent it."""
    text = event.data
    if not text.strip():
        return None
    try:
        data: Any = call.ctx.scrubber.json(parse_json(text.encode("utf-8")))
    except JSONError as exc:
        return call.unreadable_event(f"an event is not JSON ({exc.reason}): {text!r}")
    del text
    if event.event == "error":
        detail = data.get("detail", data) if isinstance(data, dict) else data
        kind = data.get("error_type") if isinstance(data, dict) else None
        return _Failure(detail, kind if isinstance(kind, str) else None)
    if not isinstance(data, dict):
        return call.unreadable_event(f"an event is a JSON {type(data).__name__}, not an object.")
    call.events += 1
    call.last = data
    given: dict[str, Any] = copy.deepcopy(data)
    return given


def _finish(call: StreamCall) -> Flow[None]:
    """The last event is the output: journaled (as a collected job's), then parsed."""
    data, call.last = call.last, None
    call.output = yield from ended(call.ctx, call.info, call.row, call.journal_id, data, call.what)
    call.finished = True


def _failed(call: StreamCall, failure: _Failure) -> Flow[JobFailedError]:
    """The job's failure, journaled as FAILED (it ran: it is no UNKNOWN)."""
    ctx = call.ctx
    request_id = call.journal_id
    shown = ctx.scrub(failure.detail, 300)
    about = f"the failure of a {call.what} ({request_id})"
    urls = (None, None, None)
    yield from journal_write(ctx, about, ctx.journal.submitted, call.row, request_id, FAILED, urls)
    yield from journal_write(ctx, about, ctx.journal.set_state, request_id, FAILED, shown)
    return JobFailedError(
        f"{call.what} failed: {shown}",
        endpoint=call.endpoint,
        request_id=request_id,
        error=shown,
        error_type=failure.error_type,
        detail=failure.detail,
    )


def abandoned(call: StreamCall) -> Flow[None]:
    """A stream closed before its end: the connection released, the request journaled as
    UNKNOWN (it ran, and may be billed; its output was not read)."""
    call.over = True
    yield CloseStream()
    yield from journal_write(
        call.ctx,
        f"a {call.what} closed before its end",
        call.ctx.journal.abandon,
        call.row,
        maybe_queued=True,
        error=f"closed before the stream ended ({UNKNOWN}): its output was not read",
    )
