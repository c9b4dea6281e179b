"""The sync driver: it runs a flow's effects in this thread, on a `SyncTransport` (an
`httpx.Client`, the auth, a clock), never on the client.

httpx's timeouts bound each socket read, and `SocketDeadline` shuts a socket down when
its deadline passes, so that a server trickling one byte at a time cannot hold a read
past it. A submit whose bytes have left defers Ctrl-C until its answer is read and
journaled (a second Ctrl-C interrupts at once); one not yet sent is simply dropped.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from types import FrameType
from typing import Any, NamedTuple, TypeVar

import httpx

from ._bodies import capped_for, inflater_for, late, settled
from ._core.effects import (
    CloseStream,
    Effect,
    Flow,
    Leaving,
    Local,
    NextChunk,
    OpenStream,
    Send,
    Sleep,
    step,
)
from ._deadlines import SocketDeadline

T = TypeVar("T")


class TraceSupport:
    """Whether the transport has shown it reports when a request's bytes leave (httpx's
    `trace` extension, which httpcore calls); until it has, a submit counts as leaving
    from the moment it is handed to the transport."""

    __slots__ = ("seen",)

    def __init__(self) -> None:
        self.seen = False


class SyncTransport(NamedTuple):
    """What the sync driver sends with."""

    http: httpx.Client
    auth: httpx.Auth
    clock: Callable[[], float]
    sleep: Callable[[float], None]
    scrub: Callable[[str], str]
    traces: TraceSupport

    @classmethod
    def bare(
        cls, http: httpx.Client, scrub: Callable[[str], str], clock: Callable[[], float]
    ) -> SyncTransport:
        """A transport that sends no key (a download on a plain client, fal's webhook keys)."""
        return cls(http, httpx.Auth(), clock, time.sleep, scrub, TraceSupport())


class _DeferredInterrupt:
    """Ctrl-C held back while a submit that has left is read and journaled."""

    def __init__(self) -> None:
        self.pending = False
        self._previous: Any = None
        self._active = False

    def start(self) -> None:
        if self._active or threading.current_thread() is not threading.main_thread():
            return
        if signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
            return  # the application handles Ctrl-C itself
        self._previous = signal.signal(signal.SIGINT, self._interrupted)
        self._active = True

    def _interrupted(self, signum: int, frame: FrameType | None) -> None:
        if self.pending:  # a second Ctrl-C: the user insists
            raise KeyboardInterrupt
        self.pending = True

    def stop(self) -> bool:
        """Restore Ctrl-C; True when one came in meanwhile."""
        if self._active:
            signal.signal(signal.SIGINT, self._previous)
            self._active = False
        return self.pending


def _decoded(response: httpx.Response) -> Iterator[bytes]:
    """The body's decoded pieces, each at most one `Inflater` step."""
    inflater = inflater_for(response)
    if response.is_stream_consumed:
        yield response.content
        return
    for raw in response.iter_raw():
        yield from inflater.feed(raw)
    yield from inflater.end()


def _raw(response: httpx.Response) -> Iterator[bytes]:
    """The body's bytes as sent (as they are when a transport kept it in memory)."""
    if response.is_stream_consumed:
        yield response.content
        return
    yield from response.iter_raw()


def _watch(
    response: httpx.Response, deadline: float | None, clock: Callable[[], float]
) -> SocketDeadline:
    return SocketDeadline(response, None if deadline is None else deadline - clock())


def _read(
    t: SyncTransport, response: httpx.Response, deadline: float | None, limit: int
) -> httpx.Response:
    body = capped_for(response, limit)
    with _watch(response, deadline, t.clock) as guard:
        try:
            for chunk in _decoded(response):
                body.feed(chunk)
                if deadline is not None and t.clock() >= deadline:
                    raise late(response)
        except httpx.RequestError:
            if guard.fired:
                raise late(response) from None
            raise
        if guard.fired:  # the shut socket looked like the end of the body
            raise late(response)
    return settled(response, body.value(), t.scrub)


class _Stream:
    """The flow's open status stream, if any."""

    def __init__(self) -> None:
        self._context: AbstractContextManager[httpx.Response] | None = None
        self._chunks: Iterator[bytes] | None = None
        self._guard: SocketDeadline | None = None
        self._response: httpx.Response | None = None

    def open(self, t: SyncTransport, effect: OpenStream) -> httpx.Response:
        self.close()
        request = effect.request
        if effect.leaving is not None:
            request = _traced(t, request, effect.leaving)
        context = t.http.stream(**request, auth=t.auth)
        response = context.__enter__()
        self._context, self._response = context, response
        self._guard = _watch(response, effect.deadline, t.clock)
        if effect.raw:
            self._chunks = _raw(response)
            return response
        if response.status_code >= 300:
            return _read(t, response, effect.deadline, effect.limit)
        self._chunks = _decoded(response)
        return response

    def next(self, t: SyncTransport, deadline: float | None) -> bytes:
        assert self._chunks is not None and self._response is not None
        try:
            chunk = next(self._chunks, b"")
        except httpx.RequestError:
            if self._guard is not None and self._guard.fired:
                raise late(self._response) from None
            raise
        if not chunk and self._guard is not None and self._guard.fired:
            raise late(self._response)  # the shut socket looked like the stream's end
        return chunk

    def close(self) -> None:
        if self._guard is not None:
            self._guard.release()
        if self._context is not None:
            context, self._context, self._chunks, self._guard = self._context, None, None, None
            context.__exit__(None, None, None)


def _traced(t: SyncTransport, request: dict[str, Any], leaving: Leaving) -> dict[str, Any]:
    """The request with a trace that marks when its bytes leave."""

    def trace(name: str, info: object) -> None:
        t.traces.seen = True
        leaving.trace(name, info)

    if not t.traces.seen:
        leaving.start()  # no trace seen yet from this transport: it may send at once
    return {**request, "extensions": {**request.get("extensions", {}), "trace": trace}}


def _perform(t: SyncTransport, effect: Effect, stream: _Stream) -> Any:
    if isinstance(effect, Send):
        request = effect.request
        chunks = getattr(request.get("content"), "chunks", None)
        if chunks is not None:  # an upload's `_upload_body.Body`: read as it is sent
            request = {**request, "content": chunks()}
        if effect.leaving is not None:
            request = _traced(t, request, effect.leaving)
        with t.http.stream(**request, auth=t.auth) as response:
            return _read(t, response, effect.deadline, effect.limit)
    if isinstance(effect, Sleep):
        if effect.woken_by is None:
            t.sleep(effect.seconds)
        else:
            woken = threading.Event()
            unregister = effect.woken_by(woken.set)
            try:
                woken.wait(effect.seconds)
            finally:
                unregister()
        return None
    if isinstance(effect, Local):
        return effect.func(*effect.args)
    if isinstance(effect, OpenStream):
        return stream.open(t, effect)
    if isinstance(effect, NextChunk):
        return stream.next(t, effect.deadline)
    assert isinstance(effect, CloseStream)
    stream.close()
    return None


def drive_sync(
    t: SyncTransport, flow: Flow[T], leaving: Leaving | None = None, stream: _Stream | None = None
) -> T:
    """Run a flow to its end in this thread. With `leaving` (a submit's), Ctrl-C is held
    back from the moment its bytes leave until the flow has journaled the answer. With
    `stream`, the flow's open stream outlives it (its caller closes it: a streaming
    endpoint read an event at a time)."""
    owned = stream is None
    stream = stream or _Stream()
    interrupt = _DeferredInterrupt()
    if leaving is not None:
        leaving.on_start = interrupt.start
    box: list[Any] = [None]  # an outcome is handed over, never kept in this frame
    thrown: BaseException | None = None
    try:
        while True:
            done, value = step(flow, box, thrown)
            if done:
                result: T = value
                return result
            thrown = None
            try:
                box.append(_perform(t, value, stream))
            except BaseException as exc:  # the flow decides (Ctrl-C during a submit too)
                thrown = exc
            del value
    finally:
        if owned:
            stream.close()
        flow.close()
        if interrupt.stop():
            raise KeyboardInterrupt
