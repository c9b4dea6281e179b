"""The sync driver of the protocol's flows (`_protocol`), and what both drivers share
(the async one, in `_async_driver`, brings asyncio: loaded with `AsyncClient` only).

A driver performs a flow's effects in order and sends back their outcomes (or throws
their errors in), reading every answer within the flow's size limit and deadline. Here,
httpx's timeouts bound each socket read, and `SocketDeadline` shuts a socket down when
its deadline passes, so that a server trickling one byte at a time cannot hold a read
past it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._deadlines import SocketDeadline
from ._limits import CappedBody, Inflater, LimitExceeded, declared_too_large
from ._protocol import CloseStream, Effect, Flow, Local, NextChunk, OpenStream, Send, Sleep

if TYPE_CHECKING:
    from ._client import Client

T = TypeVar("T")
_KEPT_EXTENSIONS = ("http_version", "reason_phrase")
_DECODED_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def _settled(response: httpx.Response, body: bytes, scrub: Callable[[str], str]) -> httpx.Response:
    """The answer with its body read (decompressed), detached from the connection. Its
    reason phrase is scrubbed: the response's repr shows it (in tracebacks, say)."""
    headers = [(k, v) for k, v in response.headers.multi_items() if k not in _DECODED_HEADERS]
    extensions = {k: v for k, v in response.extensions.items() if k in _KEPT_EXTENSIONS}
    extensions["reason_phrase"] = scrub(response.reason_phrase).encode("ascii", "replace")
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=body,
        request=response.request,
        extensions=extensions,
    )


def _late(response: httpx.Response) -> httpx.ReadTimeout:
    return httpx.ReadTimeout(
        "the deadline passed while the answer was still arriving", request=response.request
    )


def _capped(response: httpx.Response, limit: int) -> CappedBody:
    if declared_too_large(response.headers, limit):
        raise LimitExceeded(limit=limit, what="body")
    return CappedBody(limit)


def _inflater(response: httpx.Response) -> Inflater:
    """The decoder of the body as sent (an in-memory response is decoded already)."""
    encoding = "" if response.is_stream_consumed else response.headers.get("content-encoding", "")
    return Inflater(encoding)


def _decoded_sync(response: httpx.Response) -> Iterator[bytes]:
    """The body's decoded pieces, each at most one `Inflater` step."""
    inflater = _inflater(response)
    if response.is_stream_consumed:
        yield response.content
        return
    for raw in response.iter_raw():
        yield from inflater.feed(raw)
    yield from inflater.end()


def _step(flow: Flow[T], reply: Any, thrown: BaseException | None) -> tuple[bool, Any]:
    """Advance the flow: (True, its result) when it ends, else (False, the next effect)."""
    try:
        effect = flow.throw(thrown) if thrown is not None else flow.send(reply)
    except StopIteration as done:
        return True, done.value
    return False, effect


# ------------------------------------------------------------------------- sync
def _watch(
    response: httpx.Response, deadline: float | None, clock: Callable[[], float]
) -> SocketDeadline:
    return SocketDeadline(response, None if deadline is None else deadline - clock())


class _SyncStream:
    """The flow's open status stream, if any."""

    def __init__(self) -> None:
        self._context: AbstractContextManager[httpx.Response] | None = None
        self._chunks: Iterator[bytes] | None = None
        self._guard: SocketDeadline | None = None
        self._response: httpx.Response | None = None

    def open(self, client: Client, effect: OpenStream) -> httpx.Response:
        self.close()
        context = client._http.stream(**effect.request, auth=client._auth)
        response = context.__enter__()
        self._context, self._response = context, response
        self._guard = _watch(response, effect.deadline, client._clock)
        if response.status_code >= 300:
            return _read_sync(client, response, effect.deadline, effect.limit)
        self._chunks = _decoded_sync(response)
        return response

    def next(self, client: Client, deadline: float | None) -> bytes:
        assert self._chunks is not None and self._response is not None
        try:
            chunk = next(self._chunks, b"")
        except httpx.RequestError:
            if self._guard is not None and self._guard.fired:
                raise _late(self._response) from None
            raise
        if not chunk and self._guard is not None and self._guard.fired:
            raise _late(self._response)  # the shut socket looked like the stream's end
        return chunk

    def close(self) -> None:
        if self._guard is not None:
            self._guard.release()
        if self._context is not None:
            context, self._context, self._chunks, self._guard = self._context, None, None, None
            context.__exit__(None, None, None)


def _read_sync(
    client: Client, response: httpx.Response, deadline: float | None, limit: int
) -> httpx.Response:
    body = _capped(response, limit)
    with _watch(response, deadline, client._clock) as guard:
        try:
            for chunk in _decoded_sync(response):
                body.feed(chunk)
                if deadline is not None and client._clock() >= deadline:
                    raise _late(response)
        except httpx.RequestError:
            if guard.fired:
                raise _late(response) from None
            raise
        if guard.fired:  # the shut socket looked like the end of the body
            raise _late(response)
    return _settled(response, body.value(), client._scrub)


def _perform_sync(client: Client, effect: Effect, stream: _SyncStream) -> Any:
    if isinstance(effect, Send):
        with client._http.stream(**effect.request, auth=client._auth) as response:
            return _read_sync(client, response, effect.deadline, effect.limit)
    if isinstance(effect, Sleep):
        if effect.woken_by is None:
            client._sleep(effect.seconds)
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
        return stream.open(client, effect)
    if isinstance(effect, NextChunk):
        return stream.next(client, effect.deadline)
    assert isinstance(effect, CloseStream)
    stream.close()
    return None


def drive_sync(client: Client, flow: Flow[T]) -> T:
    """Run a flow to its end in this thread."""
    client._check_open()
    stream = _SyncStream()
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
                reply = _perform_sync(client, value, stream)
            except BaseException as exc:  # the flow decides (Ctrl-C during a submit too)
                thrown = exc
    finally:
        stream.close()
        flow.close()
