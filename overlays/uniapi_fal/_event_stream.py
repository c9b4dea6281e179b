"""fal's streaming endpoints (`client.stream(...)`): `POST {run host}/{endpoint}/stream`, the
answer an event stream whose events are JSON, the last one the output.

The request is sent, checked and journaled as a direct call is (`_core.direct`): a row
before it leaves, never resent, UNKNOWN once it has left and the stream breaks off, the
output journaled (then parsed) when the stream ends. A stream is read one event at a
time, when the caller asks for it: so it is not one flow run to its end by a driver, but
small flows (open, next event, finish, abandon) run on one open connection that outlives
each of them (the drivers' `stream=`).

Every read has the guarantees of the status stream: the call's one deadline (`timeout=`),
at most `STREAM_READ_TIMEOUT` without a byte, each event capped at `max_response_bytes`,
every string of the server's scrubbed of the key before it is kept or shown.
"""

from __future__ import annotations

from collections.abc import Generator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Protocol, Self, TypeVar

from . import _sync_driver
from ._core.effects import Flow, Leaving
from ._core.events import (
    StreamCall,
    StreamOptions,
    abandoned,
    next_event,
    opening,
    split_options,
)
from ._sync_driver import SyncTransport, drive_sync

if TYPE_CHECKING:
    from ._async_driver import AsyncTransport
    from ._async_driver import _Stream as _AsyncStream
    from ._core.context import Context
    from ._core.deadline import Deadline


class Client(Protocol):
    """What a stream needs of a `Client` (typed here without importing it)."""

    def _check_open(self) -> None: ...
    def _deadline(self, timeout: float | None) -> Deadline: ...
    def _context(self) -> Context: ...
    def _transport(self) -> SyncTransport: ...
    def _uploaded(
        self, target: object, arguments: Mapping[str, Any] | None, deadline: Deadline
    ) -> tuple[object, Mapping[str, Any] | None]: ...


class AsyncClient(Protocol):
    """What a stream needs of an `AsyncClient`."""

    def _check_open(self) -> None: ...
    def _check_loop(self) -> None: ...
    def _deadline(self, timeout: float | None) -> Deadline: ...
    def _context(self) -> Context: ...
    def _transport(self) -> AsyncTransport: ...
    async def _uploaded(
        self, target: object, arguments: Mapping[str, Any] | None, deadline: Deadline
    ) -> tuple[object, Mapping[str, Any] | None]: ...


T = TypeVar("T")
OutputT = TypeVar("OutputT")

_NO_OUTPUT = (
    "the stream has no output yet: read it to its end (for ... in it, or get_output()); "
    "a stream that was closed early or failed has none"
)

__all__ = ["AsyncEventStream", "EventStream", "StreamOptions", "open_async_stream", "open_stream"]


async def _drive_async(transport: AsyncTransport, flow: Flow[T], stream: _AsyncStream) -> T:
    """`drive_async` (imported here: a sync stream brings no asyncio)."""
    from ._async_driver import drive_async

    return await drive_async(transport, flow, stream)


# ---------------------------------------------------------------------------- streams


class EventStream(Generic[OutputT]):
    """A streaming endpoint's events, read as they come; `output` once it has ended.

    ```python
    with client.stream(FluxLoraStreamInput(prompt="a fox")) as events:
        for event in events:        # each event's JSON (a dict), in order
            print(event.get("progress"))
    out = events.output             # the last event, typed as the model's Output
    ```

    The request is sent when `client.stream(...)` is called, and never again. Leaving the
    `with` block (or `close()`) before the end releases the connection; the request,
    which ran all the same, is then journaled as UNKNOWN. The call's `timeout=` bounds
    everything from the request to the last event, the caller's own time between events
    included.
    """

    def __init__(
        self, call: StreamCall, transport: SyncTransport, stream: _sync_driver._Stream
    ) -> None:
        self._call = call
        self._transport = transport
        self._stream: _sync_driver._Stream | None = stream
        self.request_id: str | None = call.given_id
        """fal's id for the request (`x-fal-request-id`), when it gave one."""

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> dict[str, Any]:
        event = self._advance()
        if event is None:
            raise StopIteration
        return event

    def _advance(self) -> dict[str, Any] | None:
        stream = self._stream
        if stream is None or self._call.over:
            return None
        try:
            event = drive_sync(self._transport, next_event(self._call), stream=stream)
        except BaseException:
            self._call.over = True
            self._release()
            raise
        if event is None:
            self._release()
        return event

    @property
    def output(self) -> OutputT:
        """The last event as the model's Output (a dict for an endpoint the spec lacks)."""
        if not self._call.finished:
            raise RuntimeError(_NO_OUTPUT)
        output: OutputT = self._call.output
        return output

    def get_output(self) -> OutputT:
        """Read the events not read yet (they are dropped) and return `output`."""
        while self._advance() is not None:
            pass
        return self.output

    def close(self) -> None:
        """Release the connection; before the end, the request is journaled as UNKNOWN."""
        stream = self._stream
        if stream is None:
            return
        try:
            if not self._call.over:
                drive_sync(self._transport, abandoned(self._call), stream=stream)
        finally:
            self._release()

    def _release(self) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            stream.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return _shown(self, self._call)


class AsyncEventStream(Generic[OutputT]):
    """`EventStream` for `AsyncClient`: `async for`, `async with`, `aclose()`, `await
    get_output()`.

    ```python
    async with client.stream(FluxLoraStreamInput(prompt="a fox")) as events:
        async for event in events:
            ...
    out = events.output
    ```

    The request is sent when the stream is first used: entered, awaited (`events = await
    client.stream(...)`), iterated or asked for its output. Leave it through `async with`
    or `aclose()`: a stream left open holds a connection.
    """

    def __init__(
        self,
        client: AsyncClient,
        target: object,
        arguments: Mapping[str, Any] | None,
        options: Mapping[str, Any],
    ) -> None:
        self._to_open: tuple[AsyncClient, object, Mapping[str, Any] | None] | None = (
            client,
            target,
            arguments,
        )
        self._options, self._timeout = split_options(options)  # a bad option: at the call
        self._call: StreamCall | None = None
        self._transport: AsyncTransport | None = None
        self._stream: _AsyncStream | None = None
        self.request_id: str | None = None
        """fal's id for the request (`x-fal-request-id`), when it gave one (once opened)."""

    async def _open(self) -> StreamCall | None:
        """The stream, opened on first use (None once it has failed or was closed)."""
        if self._to_open is None:
            return self._call
        client, target, arguments = self._to_open
        self._to_open = None
        from ._async_driver import _Stream as AsyncStream

        client._check_open()
        client._check_loop()
        deadline = client._deadline(self._timeout)
        target, arguments = await client._uploaded(target, arguments, deadline)
        transport = client._transport()
        stream = AsyncStream()
        leaving = Leaving()
        flow = opening(client._context(), target, arguments, self._options, deadline, leaving)
        try:
            call = await _drive_async(transport, flow, stream)
        except BaseException:
            await stream.close()
            raise
        self._call, self._transport, self._stream = call, transport, stream
        self.request_id = call.given_id
        return call

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> dict[str, Any]:
        event = await self._advance()
        if event is None:
            raise StopAsyncIteration
        return event

    async def _advance(self) -> dict[str, Any] | None:
        call = await self._open()
        stream, transport = self._stream, self._transport
        if call is None or call.over or stream is None or transport is None:
            return None
        try:
            event = await _drive_async(transport, next_event(call), stream)
        except BaseException:
            call.over = True
            await self._release()
            raise
        if event is None:
            await self._release()
        return event

    @property
    def output(self) -> OutputT:
        """The last event as the model's Output (a dict for an endpoint the spec lacks)."""
        if self._call is None or not self._call.finished:
            raise RuntimeError(_NO_OUTPUT)
        output: OutputT = self._call.output
        return output

    async def get_output(self) -> OutputT:
        """Read the events not read yet (they are dropped) and return `output`."""
        while await self._advance() is not None:
            pass
        return self.output

    async def aclose(self) -> None:
        """Release the connection; before the end, the request is journaled as UNKNOWN.
        A stream never used is never sent."""
        self._to_open = None
        call, stream, transport = self._call, self._stream, self._transport
        if stream is None or transport is None or call is None:
            return
        try:
            if not call.over:
                await _drive_async(transport, abandoned(call), stream)
        finally:
            await self._release()

    async def _release(self) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            await stream.close()

    def __await__(self) -> Generator[Any, None, Self]:
        return self._opened().__await__()

    async def _opened(self) -> Self:
        await self._open()
        return self

    async def __aenter__(self) -> Self:
        await self._open()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return _shown(self, self._call)


def _shown(stream: EventStream[Any] | AsyncEventStream[Any], call: StreamCall | None) -> str:
    """A repr with no data of the server's in it."""
    name = type(stream).__name__
    if call is None:
        return f"{name}(not opened)"
    state = "ended" if call.finished else "over" if call.over else "open"
    return f"{name}(endpoint={call.endpoint!r}, request_id={call.given_id!r}, {state})"


# ---------------------------------------------------------------------------- entries


def open_stream(
    client: Client,
    target: object,
    arguments: Mapping[str, Any] | None,
    options: Mapping[str, Any],
) -> EventStream[Any]:
    """`Client.stream`: the request sent and its answer's headers read (an error answer
    raises here), its events left to read."""
    client._check_open()
    sent, timeout = split_options(options)
    deadline = client._deadline(timeout)
    target, arguments = client._uploaded(target, arguments, deadline)
    transport = client._transport()
    stream = _sync_driver._Stream()
    leaving = Leaving()
    flow = opening(client._context(), target, arguments, sent, deadline, leaving)
    try:
        call = drive_sync(transport, flow, stream=stream)
    except BaseException:
        stream.close()
        raise
    return EventStream(call, transport, stream)


def open_async_stream(
    client: AsyncClient,
    target: object,
    arguments: Mapping[str, Any] | None,
    options: Mapping[str, Any],
) -> AsyncEventStream[Any]:
    """`AsyncClient.stream`: a stream that sends its request when first used (entered,
    awaited or iterated); options are checked at once."""
    return AsyncEventStream(client, target, arguments, options)
