"""The async driver of the protocol's flows (`_protocol`; the sync one and what both
share are in `_drivers`): `asyncio.timeout` bounds each read, and blocking local work
(the journal, reading files) runs in a worker thread, never on the event loop."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._drivers import _capped, _inflater, _late, _settled, _step
from ._pace import WokenBy
from ._protocol import CloseStream, Effect, Flow, Local, NextChunk, OpenStream, Send, Sleep

if TYPE_CHECKING:
    from ._async_client import AsyncClient

T = TypeVar("T")


async def _decoded_async(response: httpx.Response) -> AsyncIterator[bytes]:
    inflater = _inflater(response)
    if response.is_stream_consumed:
        yield response.content
        return
    async for raw in response.aiter_raw():
        for piece in inflater.feed(raw):
            yield piece
    for piece in inflater.end():
        yield piece


def _bound(deadline: float | None, clock: Callable[[], float]) -> asyncio.Timeout:
    return asyncio.timeout(None if deadline is None else max(0.0, deadline - clock()))


class _AsyncStream:
    def __init__(self) -> None:
        self._context: AbstractAsyncContextManager[httpx.Response] | None = None
        self._chunks: AsyncIterator[bytes] | None = None
        self._response: httpx.Response | None = None
        self._slot: asyncio.Semaphore | None = None

    async def open(self, client: AsyncClient, effect: OpenStream) -> httpx.Response:
        await self.close()
        await client._slots.acquire()
        self._slot = client._slots
        context = client._http.stream(**effect.request, auth=client._auth)
        try:
            async with _bound(effect.deadline, client._clock):
                response = await context.__aenter__()
        except TimeoutError:
            raise httpx.ReadTimeout("the deadline passed before the stream answered") from None
        self._context, self._response = context, response
        if response.status_code >= 300:
            return await _read_async(client, response, effect.deadline, effect.limit)
        self._chunks = _decoded_async(response)
        return response

    async def next(self, client: AsyncClient, deadline: float | None) -> bytes:
        assert self._chunks is not None and self._response is not None
        try:
            async with _bound(deadline, client._clock):
                return await anext(self._chunks, b"")
        except TimeoutError:
            raise _late(self._response) from None

    async def close(self) -> None:
        context, self._context, self._chunks = self._context, None, None
        slot, self._slot = self._slot, None
        try:
            if context is not None:
                await context.__aexit__(None, None, None)
        finally:
            if slot is not None:
                slot.release()


async def _read_async(
    client: AsyncClient, response: httpx.Response, deadline: float | None, limit: int
) -> httpx.Response:
    body = _capped(response, limit)
    try:
        async with _bound(deadline, client._clock):
            async for chunk in _decoded_async(response):
                body.feed(chunk)
    except TimeoutError:
        raise _late(response) from None
    return _settled(response, body.value(), client._scrub)


async def _send_async(client: AsyncClient, effect: Send) -> httpx.Response:
    async with client._limit.slot() as answered, client._slots:
        try:
            async with (
                _bound(effect.deadline, client._clock),
                client._http.stream(**effect.request, auth=client._auth) as response,
            ):
                answered()
                return await _read_async(client, response, None, effect.limit)
        except TimeoutError:
            request = httpx.Request(effect.request["method"], effect.request["url"])
            raise httpx.ReadTimeout(
                "the deadline passed before the answer", request=request
            ) from None


async def _sleep_or_wake(seconds: float, woken_by: WokenBy) -> None:
    loop = asyncio.get_running_loop()
    woken: asyncio.Future[None] = loop.create_future()

    def settle() -> None:
        if not woken.done():
            woken.set_result(None)

    def wake() -> None:  # may be called from another thread (a journal write's, say)
        with contextlib.suppress(RuntimeError):  # the loop is closed: nobody waits
            loop.call_soon_threadsafe(settle)

    unregister = woken_by(wake)
    try:
        await asyncio.wait([woken], timeout=seconds)
    finally:
        unregister()
        woken.cancel()


async def _perform_async(client: AsyncClient, effect: Effect, stream: _AsyncStream) -> Any:
    if isinstance(effect, Send):
        return await _send_async(client, effect)
    if isinstance(effect, Sleep):
        if effect.woken_by is None:
            await client._sleep(effect.seconds)
        else:
            await _sleep_or_wake(effect.seconds, effect.woken_by)
        return None
    if isinstance(effect, Local):
        return await asyncio.to_thread(effect.func, *effect.args)
    if isinstance(effect, OpenStream):
        return await stream.open(client, effect)
    if isinstance(effect, NextChunk):
        return await stream.next(client, effect.deadline)
    assert isinstance(effect, CloseStream)
    await stream.close()
    return None


async def drive_async(client: AsyncClient, flow: Flow[T]) -> T:
    """Run a flow to its end on the running event loop."""
    client._check_open()
    stream = _AsyncStream()
    reply: Any = None
    thrown: BaseException | None = None
    try:
        while True:
            done, value = _step(flow, reply, thrown)
            if done:
                result: T = value
                return result
            reply, thrown = None, None
            try:
                reply = await _perform_async(client, value, stream)
            except BaseException as exc:  # the flow decides (a cancelled submit too)
                thrown = exc
    finally:
        await stream.close()
        flow.close()
