"""What a flow asks its driver to do, and what it gets back.

A flow is a generator: it yields an effect and receives its outcome (or has its error
thrown in). `Client` and `AsyncClient` each run flows with a small driver
(`_sync_driver`, `_async_driver`), the idea of httpx's `auth_flow`: the protocol is
written once, the two drivers only send, read, sleep and run local work.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator
from typing import Any, NamedTuple, TypeVar

from .._pace import WokenBy

T = TypeVar("T")


class Leaving:
    """Whether a submit's bytes have started to leave: set when the request's headers go
    out (httpcore's `trace` request extension), or, where the transport gives no trace, as
    the request is handed to it. Until then, a cancelled or timed-out submit was never
    sent: it is dropped, and its journal row with it.

    `on_start` is called once when `started` becomes true (the sync driver defers Ctrl-C
    then)."""

    __slots__ = ("on_start", "started")

    def __init__(self, on_start: Callable[[], None] | None = None) -> None:
        self.started = False
        self.on_start = on_start

    def start(self) -> None:
        if not self.started:
            self.started = True
            if self.on_start is not None:
                self.on_start()

    def trace(self, name: str, info: object) -> None:
        """The `trace` extension for sync transports."""
        if name.endswith("send_request_headers.started"):
            self.start()

    def atrace(self, name: str, info: object) -> Awaitable[None]:
        """The `trace` extension for async transports: the work is done when called, so
        that a sync transport behind a bridge may call it and drop the awaitable."""
        self.trace(name, info)
        return _nothing()


async def _nothing() -> None:
    return None


class Send(NamedTuple):
    """Send a request and read its whole answer, at most `limit` bytes after
    decompression, by `deadline` (the client's clock; None: the request timeout only).
    Outcome: the `httpx.Response`, its body read; or the error thrown in
    (`httpx.RequestError`, `LimitExceeded`, `DecodeError`). A submit carries `leaving`:
    once its bytes have left, its answer is read even when the caller is cancelled."""

    request: dict[str, Any]
    deadline: float | None
    limit: int
    leaving: Leaving | None = None


class OpenStream(NamedTuple):
    """Open a streamed request (the status stream, a download). Outcome: the response,
    its body read (capped) when the status is an error, else left open for `NextChunk`.
    With `raw`, the body is always left open and `NextChunk` gives its bytes as sent,
    not decoded (a download decodes and counts them itself)."""

    request: dict[str, Any]
    deadline: float | None
    limit: int
    raw: bool = False
    leaving: Leaving | None = None
    """As a `Send`'s: a request that runs a paid job (a streaming endpoint's) is traced,
    to know when its bytes leave."""


class NextChunk(NamedTuple):
    """The next bytes of the open stream (b"" at its end), read by `deadline`."""

    deadline: float | None


class CloseStream(NamedTuple):
    """Close the open stream, if any."""


class Sleep(NamedTuple):
    """Sleep `seconds`; with `woken_by`, also end when the function it is given is
    called (`woken_by(wake)` registers `wake` and returns what unregisters it)."""

    seconds: float
    woken_by: WokenBy | None = None


class Local(NamedTuple):
    """Blocking local work (journal, files, fetching a schema): run inline by `Client`, in
    a worker thread by `AsyncClient`, so that the event loop never waits on a disk; with
    `journal`, on the client's journal thread, in order (`_journal_thread`)."""

    func: Callable[..., Any]
    args: tuple[Any, ...] = ()
    journal: bool = False


Effect = Send | OpenStream | NextChunk | CloseStream | Sleep | Local
Flow = Generator[Effect, Any, T]


def journaled(func: Callable[..., T], *args: Any) -> Flow[T]:
    """`func(*args)`, a journal read or write, as a `Local` effect: its result returned."""
    result: T = yield Local(func, args, journal=True)
    return result


def step(flow: Flow[T], box: list[Any], thrown: BaseException | None) -> tuple[bool, Any]:
    """Advance a flow with the outcome in `box` (taken out of it, so that no frame of a
    traceback holds a chunk of the server's): (True, its result) when it ends, else
    (False, its next effect)."""
    try:
        effect = flow.throw(thrown) if thrown is not None else flow.send(box.pop())
    except StopIteration as done:
        return True, done.value
    return False, effect
