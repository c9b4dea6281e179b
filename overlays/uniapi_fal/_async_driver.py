"""The async driver: it runs a flow's effects on the running event loop, on an
`AsyncTransport` (an `httpx.AsyncClient`, the auth, a clock, the in-flight limits),
never on the client.

`asyncio.timeout` bounds each read; blocking local work (the journal, reading files,
fetching a schema) runs in a worker thread, never on the event loop. Requests wait for
the client's in-flight limits here, where a cancelled caller simply stops waiting.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import threading
from collections.abc import AsyncGenerator, Callable, Coroutine
from contextlib import AbstractAsyncContextManager
from typing import Any, TypeVar

import attrs
import httpx

from ._bodies import capped_for, inflater_for, late, settled
from ._concurrency import AdaptiveLimit
from ._constants import DEFAULT_MAX_CONNECTIONS
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
from ._journal import Journal
from ._journal_thread import JournalThread
from ._pace import WokenBy
from ._sync_driver import TraceSupport

T = TypeVar("T")


@attrs.frozen
class AsyncTransport:
    """What the async driver sends with."""

    http: httpx.AsyncClient
    auth: httpx.Auth
    clock: Callable[[], float]
    sleep: Callable[[float], Coroutine[Any, Any, None]]
    scrub: Callable[[str], str]
    traces: TraceSupport
    slots: asyncio.Semaphore
    """Requests in flight, status streams included (the connection pool's size)."""
    limit: AdaptiveLimit
    """Short requests in flight, as many as keep answers fast (`_concurrency`)."""
    journal: JournalThread
    """Where journal work is done, in order (`_journal_thread`)."""

    @classmethod
    def bare(
        cls, http: httpx.AsyncClient, scrub: Callable[[str], str], clock: Callable[[], float]
    ) -> AsyncTransport:
        """A transport that sends no key (a download on a plain client, fal's webhook keys),
        with limits of its own."""
        slots = asyncio.Semaphore(DEFAULT_MAX_CONNECTIONS)
        limit = AdaptiveLimit(DEFAULT_MAX_CONNECTIONS, clock=clock)
        return cls(
            http, httpx.Auth(), clock, asyncio.sleep, scrub, TraceSupport(), slots, limit, _BARE
        )


_BARE = JournalThread(Journal(None))
"""Bare transports write no journal: this one is never started."""


async def _decoded(response: httpx.Response) -> AsyncGenerator[bytes, None]:
    inflater = inflater_for(response)
    if response.is_stream_consumed:
        yield response.content
        return
    async for raw in response.aiter_raw():
        for piece in inflater.feed(raw):
            yield piece
    for piece in inflater.end():
        yield piece


async def _raw(response: httpx.Response) -> AsyncGenerator[bytes, None]:
    """The body's bytes as sent (as they are when a transport kept it in memory)."""
    if response.is_stream_consumed:
        yield response.content
        return
    async for raw in response.aiter_raw():
        yield raw


def _bound(deadline: float | None, clock: Callable[[], float]) -> asyncio.Timeout:
    return asyncio.timeout(None if deadline is None else max(0.0, deadline - clock()))


class _Stream:
    def __init__(self) -> None:
        self._context: AbstractAsyncContextManager[httpx.Response] | None = None
        self._chunks: AsyncGenerator[bytes, None] | None = None
        self._response: httpx.Response | None = None
        self._slot: asyncio.Semaphore | None = None

    async def open(self, t: AsyncTransport, effect: OpenStream) -> httpx.Response:
        await self.close()
        try:
            async with _bound(effect.deadline, t.clock):
                await t.slots.acquire()
                self._slot = t.slots
                request = effect.request
                if effect.leaving is not None:
                    request = _traced(t, request, effect.leaving)
                context = t.http.stream(**request, auth=t.auth)
                response = await context.__aenter__()
        except TimeoutError:
            raise httpx.ReadTimeout("the deadline passed before the stream answered") from None
        self._context, self._response = context, response
        if effect.raw:
            self._chunks = _raw(response)
            return response
        if response.status_code >= 300:
            return await _read(t, response, effect.deadline, effect.limit)
        self._chunks = _decoded(response)
        return response

    async def next(self, t: AsyncTransport, deadline: float | None) -> bytes:
        assert self._chunks is not None and self._response is not None
        try:
            async with _bound(deadline, t.clock):
                return await anext(self._chunks, b"")
        except TimeoutError:
            raise late(self._response) from None

    async def close(self) -> None:
        context, chunks, self._context, self._chunks = self._context, self._chunks, None, None
        slot, self._slot = self._slot, None
        try:
            async with contextlib.AsyncExitStack() as stack:
                if context is not None:
                    stack.push_async_exit(context)
                if chunks is not None:
                    await chunks.aclose()  # before the response it reads is closed
        finally:
            if slot is not None:
                slot.release()


async def _read(
    t: AsyncTransport, response: httpx.Response, deadline: float | None, limit: int
) -> httpx.Response:
    body = capped_for(response, limit)
    try:
        async with _bound(deadline, t.clock):
            async for chunk in _decoded(response):
                body.feed(chunk)
    except TimeoutError:
        raise late(response) from None
    return settled(response, body.value(), t.scrub)


def _traced(t: AsyncTransport, request: dict[str, Any], leaving: Leaving) -> dict[str, Any]:
    def trace(name: str, info: object) -> Coroutine[Any, Any, None]:
        t.traces.seen = True
        return leaving.atrace(name, info)  # type: ignore[return-value]

    if not t.traces.seen:
        leaving.start()  # no trace seen yet from this transport: it may send at once
    return {**request, "extensions": {**request.get("extensions", {}), "trace": trace}}


async def _send(t: AsyncTransport, effect: Send) -> httpx.Response:
    """The answer, by the deadline: waiting for the in-flight limits, the connection,
    the answer and its body all end by it."""
    request = effect.request
    chunks = getattr(request.get("content"), "achunks", None)
    upload = chunks is not None  # an upload's `_upload_body.Body`: its time says nothing
    if chunks is not None:  # of the server's queueing; read as it is sent
        request = {**request, "content": chunks()}
    leaving = effect.leaving
    handed = False
    try:
        async with _bound(effect.deadline, t.clock):
            async with t.limit.slot(read=leaving is None) as answered, t.slots:
                if leaving is not None:
                    request = _traced(t, request, leaving)
                handed = True
                async with t.http.stream(**request, auth=t.auth) as response:
                    if not upload:
                        answered(response.extensions.get("network_stream"))
                    return await _read(t, response, None, effect.limit)
    except TimeoutError:
        sent = handed and (leaving is None or leaving.started)
        cls = httpx.ReadTimeout if sent else httpx.PoolTimeout  # PoolTimeout: nothing sent
        shown = httpx.Request(request["method"], request["url"])
        raise cls("the deadline passed before the answer", request=shown) from None


async def _sleep_or_wake(seconds: float, woken_by: WokenBy) -> None:
    loop = asyncio.get_running_loop()
    woken: asyncio.Future[None] = loop.create_future()
    loop_thread = threading.get_ident()

    def settle() -> None:
        if not woken.done():
            woken.set_result(None)

    def wake() -> None:
        if threading.get_ident() == loop_thread:  # the usual case: another wait's step
            settle()
            return
        with contextlib.suppress(RuntimeError):  # from a worker thread; a closed loop: none
            loop.call_soon_threadsafe(settle)

    unregister = woken_by(wake)
    try:
        await asyncio.wait([woken], timeout=seconds)
    finally:
        unregister()
        woken.cancel()


def _cancel_again() -> None:
    task = asyncio.current_task()
    if task is not None:
        task.uncancel()
        task.cancel()


class _Cancel:
    """A cancel that came while Local work ran: owed to the flow at its next step."""

    owed = False


async def _finished(work: asyncio.Future[T], cancel: _Cancel) -> T:
    """Local work's outcome, even when the caller is cancelled meanwhile: its thread runs
    to the end anyway, and the flow must know what it did (a journal row it wrote, which
    an interrupted submit then removes). The cancel is owed to the flow's next step
    (`drive_async` throws it in there, before that step's effect is performed): not
    re-requested of the task, which would deliver it at the next suspension only, and a
    request handed to a transport that sends from a worker thread may leave before any
    (a submit cancelled while its row was written was sent, and its answer cut)."""
    try:
        return await asyncio.shield(work)
    except asyncio.CancelledError:
        while not work.done():
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.wait([work])
        cancel.owed = True
        return work.result()


async def _perform(t: AsyncTransport, effect: Effect, stream: _Stream, cancel: _Cancel) -> Any:
    if isinstance(effect, Send):
        return await _send(t, effect)
    if isinstance(effect, Sleep):
        if effect.woken_by is None:
            await t.sleep(effect.seconds)
        else:
            await _sleep_or_wake(effect.seconds, effect.woken_by)
        return None
    if isinstance(effect, Local):
        if effect.journal:
            work = t.journal.run(functools.partial(effect.func, *effect.args))
        else:
            work = asyncio.ensure_future(asyncio.to_thread(effect.func, *effect.args))
        return await _finished(work, cancel)
    if isinstance(effect, OpenStream):
        return await stream.open(t, effect)
    if isinstance(effect, NextChunk):
        return await stream.next(t, effect.deadline)
    assert isinstance(effect, CloseStream)
    await stream.close()
    return None


async def drive_async(t: AsyncTransport, flow: Flow[T], stream: _Stream | None = None) -> T:
    """Run a flow to its end on the running event loop; with `stream`, its open stream
    outlives it (as `drive_sync`'s)."""
    owned = stream is None
    stream = stream or _Stream()
    cancel = _Cancel()
    box: list[Any] = [None]  # an outcome is handed over, never kept in this frame
    thrown: BaseException | None = None
    try:
        while True:
            try:
                done, value = step(flow, box, thrown)
            except BaseException:
                if cancel.owed:  # the flow ended in its own error: the caller still owes
                    _cancel_again()  # the cancel, at its next suspension (no request left)
                raise
            if cancel.owed:  # cancelled during Local work: not this effect, the cancel
                cancel.owed = False
                thrown = asyncio.CancelledError()
                if done:
                    raise thrown
                del value
                continue
            if done:
                result: T = value
                return result
            thrown = None
            try:
                box.append(await _perform(t, value, stream, cancel))
            except BaseException as exc:  # the flow decides (a cancelled submit too)
                thrown = exc
            del value
    finally:
        if owned:
            await stream.close()
        flow.close()
