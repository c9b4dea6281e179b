"""Hostile servers for the reliability suite, and the probes that judge a call against them.

A `HostileServer` is a raw asyncio HTTP/1.1 server on 127.0.0.1 (a free port), run in a
thread of its own. Each kind of request of the queue protocol (submit, status, status
stream, result, cancel, file) is answered by a handler, a coroutine that gets the parsed
request and the connection and may send anything: a proper answer, bad framing, a trickle,
a reset, silence, or an endless body streamed lazily from a generator. Every request is
recorded, so a test can say what reached the server (or that nothing did).

The probes run one SDK call under `tracemalloc` and a clock (`observe`), on `Client` or
`AsyncClient` alike (`Driver`), and look for the API key in everything a user could see of
the outcome (`leaks`): the exception's text, its attributes walked recursively (responses
and requests included), its traceback with locals, the SDK's debug log and the journal.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import http
import importlib.util
import inspect
import json
import logging
import os
import re
import socket
import struct
import threading
import time
import tracemalloc
import types
import uuid
import zlib
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Literal

import attrs
import httpx

from uniapi_fal import AsyncClient, Client, FalError

MiB = 1024 * 1024
GiB = 1024 * MiB

KEY = "sk-hostile-" + uuid.uuid4().hex
"""A realistic key, echoed back by the servers in bodies, headers, reason phrases and URLs."""
ENDPOINT = "fal-ai/flux/dev"
ARGS: dict[str, Any] = {"prompt": "p"}
UNTYPED_ENDPOINT = "acme-labs/not-in-the-spec"
REQUEST_ID = "0d5e1c4a-9b7f-4e2a-8c3d-6f1a2b3c4d5e"

MEMORY_BOUND = 64 * MiB
"""The most a call may allocate (tracemalloc peak) while a server offers GiBs."""
OFFERED = 2 * GiB
"""What an endless body claims to hold."""
LIFETIME = 8.0
"""Seconds a connection lives at most: a misbehaviour (silence, a trickle, an endless
stream) then stops with the connection closed, so that an SDK without a deadline fails
its time bound on its own rather than by the test's timeout."""
SAFETY_VALVE = 128 * MiB
"""A server stops sending after this much on one connection, so that an SDK without a
cap fails its memory bound instead of taking the machine down."""

Flavour = Literal["sync", "async", "aiohttp"]
"""`Client`, `AsyncClient`, and `AsyncClient(http_backend="aiohttp")` (where installed)."""
FLAVOURS: tuple[Flavour, ...] = ("sync", "async") + (
    ("aiohttp",) if importlib.util.find_spec("aiohttp") else ()
)
Kind = Literal["submit", "status", "stream", "result", "cancel", "file", "other"]

_QUEUE_PATH = re.compile(
    r"^/(?:workflows/)?(?:[^/]+/){2,}requests/(?P<rid>[^/]+)(?P<tail>/status/stream|/status|/cancel)?$"
)


# --------------------------------------------------------------------------- the server
@attrs.frozen
class Request:
    """One request as the server read it."""

    method: str
    target: str
    headers: Mapping[str, str]
    body: bytes
    kind: Kind

    @property
    def path(self) -> str:
        return self.target.partition("?")[0]


def classify(method: str, path: str) -> Kind:
    """Which step of the queue protocol a request is."""
    if path.startswith("/files/"):
        return "file"
    found = _QUEUE_PATH.match(path)
    if found is None:
        return "submit" if method == "POST" else "other"
    tail = found["tail"]
    if tail == "/status/stream":
        return "stream"
    if tail == "/status":
        return "status"
    if tail == "/cancel":
        return "cancel"
    return "result" if method == "GET" else "other"


class Conn:
    """The server's side of one connection: what a handler writes with."""

    def __init__(
        self, server: HostileServer, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        self.server = server
        self._reader = reader
        self._writer = writer

    async def send(self, data: bytes) -> None:
        """Write and wait until the client took it; ConnectionError once it hung up."""
        if self._writer.is_closing():
            raise ConnectionResetError("the client hung up")
        self._writer.write(data)
        self.server.bytes_sent += len(data)
        await self._writer.drain()

    async def head(
        self,
        status: int,
        *,
        reason: str | None = None,
        headers: Iterable[tuple[str, str]] = (),
        length: int | None = None,
        content_type: str | None = "application/json",
    ) -> None:
        """The status line and headers; the body is chunked when `length` is None."""
        if reason is None:
            try:
                reason = http.HTTPStatus(status).phrase
            except ValueError:
                reason = "Unknown"
        lines = [f"HTTP/1.1 {status} {reason}", "Connection: close"]
        if content_type is not None:
            lines.append(f"Content-Type: {content_type}")
        if length is None:
            lines.append("Transfer-Encoding: chunked")
        else:
            lines.append(f"Content-Length: {length}")
        lines += [f"{name}: {value}" for name, value in headers]
        await self.send(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))

    async def respond(
        self,
        status: int,
        body: bytes = b"",
        *,
        content_type: str | None = "application/json",
        headers: Iterable[tuple[str, str]] = (),
        reason: str | None = None,
    ) -> None:
        await self.head(
            status, reason=reason, headers=headers, length=len(body), content_type=content_type
        )
        if body:
            await self.send(body)

    async def json(
        self,
        status: int,
        value: object,
        *,
        headers: Iterable[tuple[str, str]] = (),
        reason: str | None = None,
    ) -> None:
        await self.respond(status, json.dumps(value).encode(), headers=headers, reason=reason)

    async def chunk(self, data: bytes) -> None:
        """One chunk of a chunked body (an empty `data` ends the body)."""
        await self.send(f"{len(data):x}\r\n".encode() + data + b"\r\n")

    async def body(self, chunks: Iterable[bytes], *, chunked: bool, interval: float = 0.0) -> None:
        """Send a body lazily, piece by piece, until it ends, the client hangs up or the
        safety valve closes the connection."""
        sent = 0
        for piece in chunks:
            if sent >= SAFETY_VALVE:
                return
            await (self.chunk(piece) if chunked else self.send(piece))
            sent += len(piece)
            if interval:
                await asyncio.sleep(interval)
            else:
                await asyncio.sleep(0)
        if chunked:
            await self.chunk(b"")

    async def hang(self) -> None:
        """Say nothing until the client hangs up."""
        while await self._reader.read(65536):
            pass

    def reset(self) -> None:
        """Drop the connection with a TCP reset."""
        sock = self._writer.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self._writer.transport.abort()


Handler = Callable[[Request, Conn], Awaitable[None]]


class HostileServer:
    """An HTTP/1.1 server whose handlers misbehave on purpose; one request per connection.

    ```python
    with HostileServer(status=reset_connection) as server:
        Client(api_key=KEY, base_url=server.base_url) ...
        server.requests   # what reached it
    ```
    """

    def __init__(self, *, lifetime: float = LIFETIME, **handlers: Handler) -> None:
        unknown = set(handlers) - {"submit", "status", "stream", "result", "cancel", "file"}
        if unknown:
            raise TypeError(f"no such request kind: {sorted(unknown)}")
        self.handlers: dict[str, Handler] = {
            "submit": submitted(),
            "status": status_answer("IN_PROGRESS"),
            "stream": not_offered,
            "result": result_answer(),
            "cancel": cancel_answer,
            "file": not_found,
            "other": not_found,
            **handlers,
        }
        self.lifetime = lifetime
        self.requests: list[Request] = []
        self.bytes_sent = 0
        self.errors: list[BaseException] = []
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._ready = threading.Event()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def kinds(self) -> list[str]:
        return [r.kind for r in self.requests]

    # -------------------------------------------------------------- lifecycle
    def __enter__(self) -> HostileServer:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._serve, name="hostile-server", daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the hostile server did not start")
        return self

    def __exit__(self, *_: object) -> None:
        loop, thread = self._loop, self._thread
        assert loop is not None and thread is not None
        asyncio.run_coroutine_threadsafe(self._shutdown(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()

    def _serve(self) -> None:
        loop = self._loop
        assert loop is not None
        asyncio.set_event_loop(loop)
        self._server = loop.run_until_complete(
            asyncio.start_server(self._connected, "127.0.0.1", 0, limit=16 * MiB)
        )
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        loop.run_forever()

    async def _shutdown(self) -> None:
        assert self._server is not None
        self._server.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._server.wait_closed()

    # ------------------------------------------------------------ connections
    async def _connected(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            await asyncio.wait_for(self._exchange(reader, writer), self.lifetime)
        except (ConnectionError, TimeoutError, asyncio.IncompleteReadError, asyncio.CancelledError):
            pass  # the client hung up, the connection's lifetime ended, or the server stops
        except Exception as exc:  # a broken handler: kept for the test to see
            self.errors.append(exc)
        finally:
            self._tasks.discard(task)
            writer.close()
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await writer.wait_closed()

    async def _exchange(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        request = await _read_request(reader)
        if request is not None:
            self.requests.append(request)
            await self.handlers[request.kind](request, Conn(self, reader, writer))


async def _read_request(reader: asyncio.StreamReader) -> Request | None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError:
        return None
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if line:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
    body = b""
    if headers.get("transfer-encoding", "").lower() == "chunked":
        parts = []
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            parts.append(await reader.readexactly(size + 2))
            if size == 0:
                break
        body = b"".join(p[:-2] for p in parts)
    elif "content-length" in headers:
        body = await reader.readexactly(int(headers["content-length"]))
    return Request(method, target, headers, body, classify(method, target.partition("?")[0]))


# ------------------------------------------------------------------------- handlers
def queue_urls(base_url: str, request_id: str, suffix: str = "") -> dict[str, str]:
    queue = f"{base_url}/fal-ai/flux/requests/{request_id}"
    return {
        "status_url": f"{queue}/status{suffix}",
        "response_url": f"{queue}{suffix}",
        "cancel_url": f"{queue}/cancel{suffix}",
    }


def submitted(request_id: str = REQUEST_ID, *, url_suffix: str = "") -> Handler:
    """A proper submit answer (fal's shape), with `url_suffix` appended to each queue URL."""

    async def handle(request: Request, conn: Conn) -> None:
        body = {
            "status": "IN_QUEUE",
            "request_id": request_id,
            **queue_urls(conn.server.base_url, request_id, url_suffix),
            "queue_position": 0,
        }
        await conn.json(200, body)

    return handle


def status_answer(state: str, **extra: object) -> Handler:
    """A status answer: 202 while pending, 200 once COMPLETED."""

    async def handle(request: Request, conn: Conn) -> None:
        code = 200 if state == "COMPLETED" else 202
        await conn.json(code, {"status": state, "request_id": REQUEST_ID, "logs": [], **extra})

    return handle


FLUX_OUTPUT: dict[str, Any] = {
    "images": [{"url": "https://v3.fal.media/files/out.jpg", "width": 8, "height": 8}],
    "timings": {"inference": 0.1},
    "seed": 1,
    "has_nsfw_concepts": [False],
    "prompt": "p",
}


def result_answer(value: object = FLUX_OUTPUT) -> Handler:
    async def handle(request: Request, conn: Conn) -> None:
        await conn.json(200, value)

    return handle


async def cancel_answer(request: Request, conn: Conn) -> None:
    await conn.json(202, {"status": "CANCELLATION_REQUESTED"})


async def not_offered(request: Request, conn: Conn) -> None:
    """405: this server has no status stream (the client polls)."""
    await conn.json(405, {"detail": "Method Not Allowed"})


async def not_found(request: Request, conn: Conn) -> None:
    await conn.json(404, {"detail": "Not Found"})


def answer(
    status: int,
    body: bytes | str | object = b"",
    *,
    content_type: str | None = "application/json",
    headers: Iterable[tuple[str, str]] = (),
    reason: str | None = None,
) -> Handler:
    """Always the same answer: bytes or str sent as they are, anything else as JSON."""
    if isinstance(body, str):
        raw = body.encode()
    elif isinstance(body, bytes):
        raw = body
    else:
        raw = json.dumps(body).encode()
    fixed = tuple(headers)

    async def handle(request: Request, conn: Conn) -> None:
        await conn.respond(status, raw, content_type=content_type, headers=fixed, reason=reason)

    return handle


async def hang(request: Request, conn: Conn) -> None:
    """Accept the request, never answer."""
    await conn.hang()


async def reset_connection(request: Request, conn: Conn) -> None:
    """Read the request, then drop the connection with a reset."""
    conn.reset()


def silence_after(
    first: bytes = b"",
    *,
    status: int = 200,
    content_type: str = "text/event-stream",
    length: int | None = None,
) -> Handler:
    """An answer that opens (status line, headers, the bytes `first`) and then says
    nothing more: a status stream gone quiet, a stalled download."""

    async def handle(request: Request, conn: Conn) -> None:
        await conn.head(status, content_type=content_type, length=length)
        if first:
            await (conn.send(first) if length is not None else conn.chunk(first))
        await conn.hang()

    return handle


def sse_forever(event: bytes, *, interval: float) -> Handler:
    """A status stream that repeats `event` every `interval` seconds, for ever."""

    async def handle(request: Request, conn: Conn) -> None:
        await conn.head(200, content_type="text/event-stream")
        await conn.body(_repeat(event), chunked=True, interval=interval)

    return handle


def sse_trickle(event: bytes, *, interval: float) -> Handler:
    """A status stream that sends `event`, again and again, one byte every `interval` s."""

    async def handle(request: Request, conn: Conn) -> None:
        await conn.head(200, content_type="text/event-stream")
        await conn.body(_bytes_of(_repeat(event)), chunked=True, interval=interval)

    return handle


def trickle(
    status: int, body: bytes, *, interval: float, content_type: str = "application/json"
) -> Handler:
    """A proper answer whose body comes one byte every `interval` seconds."""

    async def handle(request: Request, conn: Conn) -> None:
        await conn.head(status, length=len(body), content_type=content_type)
        await conn.body(_bytes_of([body]), chunked=False, interval=interval)

    return handle


def endless(
    status: int,
    prefix: bytes,
    filler: bytes = b"x" * 65536,
    *,
    total: int = OFFERED,
    chunked: bool = True,
    content_type: str = "application/json",
) -> Handler:
    """A body of `total` bytes (a prefix, then filler), generated as it is sent: with a
    Content-Length of `total`, or chunked."""

    async def handle(request: Request, conn: Conn) -> None:
        await conn.head(status, length=None if chunked else total, content_type=content_type)
        await conn.body(_sized(prefix, filler, total), chunked=chunked)

    return handle


def gzip_answer(
    status: int, *, content_type: str = "application/json", length: bool = True
) -> Handler:
    """The gzip bomb, sent as `Content-Encoding: gzip`."""

    async def handle(request: Request, conn: Conn) -> None:
        bomb = gzip_bomb()
        await conn.head(
            status,
            length=len(bomb) if length else None,
            content_type=content_type,
            headers=[("Content-Encoding", "gzip")],
        )
        await conn.body(_pieces(bomb, 16384), chunked=not length)

    return handle


def deep_json(depth: int = 100_000) -> bytes:
    return b"[" * depth + b"]" * depth


def _repeat(piece: bytes) -> Iterator[bytes]:
    while True:
        yield piece


def _bytes_of(pieces: Iterable[bytes]) -> Iterator[bytes]:
    for piece in pieces:
        for i in range(len(piece)):
            yield piece[i : i + 1]


def _pieces(data: bytes, size: int) -> Iterator[bytes]:
    for i in range(0, len(data), size):
        yield data[i : i + size]


def _sized(prefix: bytes, filler: bytes, total: int) -> Iterator[bytes]:
    yield prefix
    left = total - len(prefix)
    while left > 0:
        piece = filler if left >= len(filler) else filler[:left]
        yield piece
        left -= len(piece)


BOMB_INFLATED = GiB


@functools.cache
def gzip_bomb() -> bytes:
    """gzip of 1 GiB of zeros (about 4.5 MiB): one fully flushed deflate block of 1 MiB of
    zeros, which compresses alike every time, repeated; built in milliseconds."""
    zeros = bytes(MiB)
    deflate = zlib.compressobj(1, zlib.DEFLATED, -15)
    deflate.compress(zeros)
    deflate.flush(zlib.Z_FULL_FLUSH)  # the first block differs (no history yet)
    block = deflate.compress(zeros) + deflate.flush(zlib.Z_FULL_FLUSH)
    first = zlib.compressobj(1, zlib.DEFLATED, -15)
    head_block = first.compress(zeros) + first.flush(zlib.Z_FULL_FLUSH)
    end = first.flush(zlib.Z_FINISH)
    crc = 0
    for _ in range(BOMB_INFLATED // MiB):
        crc = zlib.crc32(zeros, crc)
    count = BOMB_INFLATED // MiB
    return b"".join(
        [
            b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff",
            head_block,
            block * (count - 1),
            end,
            struct.pack("<II", crc, BOMB_INFLATED & 0xFFFFFFFF),
        ]
    )


# --------------------------------------------------------------------------- probes
@attrs.define
class Outcome:
    """One call: what it returned or raised, how long it took, what it allocated at most."""

    value: object
    error: Exception | None
    seconds: float
    peak: int

    def problems(
        self, expected: type[BaseException] | None, *, within: float, memory: int = MEMORY_BOUND
    ) -> list[str]:
        """What is wrong with this outcome: the error's type, the time, the memory."""
        found = []
        if expected is not None:
            if self.error is None:
                found.append(f"expected {expected.__name__}, the call returned {self.value!r:.200}")
            elif not isinstance(self.error, expected) or not isinstance(self.error, FalError):
                found.append(
                    f"expected {expected.__name__}, got {type(self.error).__module__}."
                    f"{type(self.error).__qualname__}: {str(self.error)[:300]}"
                )
        elif self.error is not None:
            found.append(
                f"expected a result, got {type(self.error).__name__}: {str(self.error)[:300]}"
            )
        if self.seconds > within:
            found.append(f"took {self.seconds:.2f} s, bound {within:.2f} s")
        if self.peak > memory:
            found.append(f"allocated {self.peak / MiB:.1f} MiB, bound {memory / MiB:.0f} MiB")
        return found


def observe(call: Callable[[], object]) -> Outcome:
    """Run `call` under tracemalloc and a clock."""
    tracing = tracemalloc.is_tracing()
    if not tracing:
        tracemalloc.start()
    tracemalloc.reset_peak()
    base = tracemalloc.get_traced_memory()[0]
    start = time.monotonic()
    value: object = None
    error: Exception | None = None
    try:
        value = call()
    except Exception as exc:
        error = exc
    seconds = time.monotonic() - start
    peak = max(0, tracemalloc.get_traced_memory()[1] - base)
    if not tracing:
        tracemalloc.stop()
    return Outcome(value, error, seconds, peak)


def _transport(flavour: Flavour) -> httpx.AsyncBaseTransport | None:
    """A caller's own async client: on aiohttp's transport for that flavour."""
    if flavour != "aiohttp":
        return None
    from uniapi_fal._aiohttp import AiohttpTransport

    return AiohttpTransport(16)


class Driver:
    """A `Client` or an `AsyncClient` behind one calling convention: `driver(fn)` calls
    `fn(client)` and, for the async client, runs what it returns on the driver's own event
    loop (one loop for the client's whole life, as an application has)."""

    def __init__(
        self, flavour: Flavour, *, follow_redirects: bool | None = None, **settings: Any
    ) -> None:
        self.flavour = flavour
        is_async = flavour != "sync"
        self.loop = asyncio.new_event_loop() if is_async else None
        self._user_http: httpx.Client | httpx.AsyncClient | None = None
        if follow_redirects is not None:
            self._user_http = (
                httpx.AsyncClient(follow_redirects=follow_redirects, transport=_transport(flavour))
                if is_async
                else httpx.Client(follow_redirects=follow_redirects)
            )
            settings["http_client"] = self._user_http
        elif flavour == "aiohttp":
            settings["http_backend"] = "aiohttp"
        settings.setdefault("api_key", KEY)
        self.client: Any = None
        try:
            self.client = (AsyncClient if is_async else Client)(**settings)
        except BaseException:
            self._close_rest()
            raise

    def __call__(self, fn: Callable[[Any], Any]) -> Any:
        value = fn(self.client)
        if inspect.isawaitable(value):
            assert self.loop is not None
            value = self.loop.run_until_complete(_awaited(value))
        return value

    def observe(self, fn: Callable[[Any], Any]) -> Outcome:
        return observe(lambda: self(fn))

    def close(self) -> None:
        try:
            if self.client is not None:
                if self.flavour != "sync":
                    assert self.loop is not None
                    self.loop.run_until_complete(self.client.aclose())
                else:
                    self.client.close()
        finally:
            self._close_rest()

    def _close_rest(self) -> None:
        user = self._user_http
        if isinstance(user, httpx.AsyncClient):
            assert self.loop is not None
            self.loop.run_until_complete(user.aclose())
        elif user is not None:
            user.close()
        if self.loop is not None:
            self.loop.run_until_complete(self.loop.shutdown_asyncgens())
            self.loop.close()

    def __enter__(self) -> Driver:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


async def _awaited(value: Awaitable[Any]) -> Any:
    return await value


# --------------------------------------------------------------------- the key's absence
class LogCapture(logging.Handler):
    """Every record that reaches the `uniapi_fal` logger, children's included."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []
        self._format = logging.Formatter("%(levelname)s %(name)s %(message)s")

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def texts(self) -> list[str]:
        out = []
        for record in self.records:
            try:
                out.append(self._format.format(record))
            except Exception as exc:  # a record that cannot be formatted: its parts then
                out.append(f"{record.msg!r} {record.args!r} ({exc})")
            out.append(repr(record.args))
        return out

    def warnings(self) -> list[str]:
        return [r.getMessage() for r in self.records if r.levelno >= logging.WARNING]


@contextlib.contextmanager
def debug_log() -> Iterator[LogCapture]:
    """Capture the `uniapi_fal` logger at debug level (set UNIAPI_FAL_LOG=debug too, before
    a client is made); the logger's level and handlers are restored afterwards."""
    logger = logging.getLogger("uniapi_fal")
    level, handlers = logger.level, list(logger.handlers)
    capture = LogCapture()
    logger.addHandler(capture)
    logger.setLevel(logging.DEBUG)
    try:
        yield capture
    finally:
        for handler in list(logger.handlers):
            if handler not in handlers:
                logger.removeHandler(handler)
        logger.setLevel(level)


_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


@contextlib.contextmanager
def disk_full_when(armed: Callable[[], bool]) -> Iterator[list[str]]:
    """A disk that fills up: SQLite connections opened meanwhile refuse every write with
    `database or disk is full` once `armed()` is true (say, once the server got the
    submit). Yields the statements refused. Inside SQLite, so that the journal meets the
    failure where a full disk would put it."""
    import sqlite3

    refused: list[str] = []

    def check(sql: str) -> None:
        if sql.lstrip().upper().startswith(_WRITES) and armed():
            refused.append(sql)
            raise sqlite3.OperationalError("database or disk is full")

    class FullConnection(sqlite3.Connection):
        def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
            check(sql)
            return super().execute(sql, parameters)

        def executemany(self, sql: str, parameters: Any, /) -> sqlite3.Cursor:
            check(sql)
            return super().executemany(sql, parameters)

    real = sqlite3.connect

    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        kwargs.setdefault("factory", FullConnection)
        connection: sqlite3.Connection = real(*args, **kwargs)
        return connection

    sqlite3.connect = connect  # type: ignore[assignment]
    try:
        yield refused
    finally:
        sqlite3.connect = real


def journal_path() -> Path:
    """The journal file the tests' conftest points UNIAPI_FAL_JOURNAL at."""
    return Path(os.environ["UNIAPI_FAL_JOURNAL"])


def journal_bytes(path: Path | None = None) -> dict[str, bytes]:
    """The journal's files (the database, its -wal and -shm), by name."""
    path = path or journal_path()
    if not path.parent.is_dir():
        return {}
    found = {}
    for candidate in sorted(path.parent.iterdir()):
        if candidate.name.startswith(path.name) and candidate.is_file():
            found[candidate.name] = candidate.read_bytes()
    return found


def needles(key: str) -> list[str]:
    """The key, and two 12-character pieces of it (a truncated or partly masked echo)."""
    found = [key]
    if len(key) >= 24:
        found += [key[-12:], key[-24:-12]]
    return found


def _walk(obj: object, where: str, out: list[tuple[str, str]], seen: set[int], depth: int) -> None:
    if depth > 10 or obj is None or isinstance(obj, bool | int | float | complex):
        return
    if isinstance(obj, str):
        out.append((where, obj))
        return
    if isinstance(obj, bytes | bytearray | memoryview):
        out.append((where, bytes(obj).decode("latin-1")))
        return
    if id(obj) in seen or isinstance(
        obj,
        types.ModuleType
        | type
        | types.FunctionType
        | types.BuiltinFunctionType
        | types.MethodType
        | types.CodeType,
    ):
        return
    seen.add(id(obj))
    out.append((f"repr({where})", _safe_repr(obj)))
    if isinstance(obj, httpx.Response):
        out.append((f"{where}.reason_phrase", obj.reason_phrase))
        with contextlib.suppress(RuntimeError):
            out.append((f"{where}.url", str(obj.url)))
        _walk(obj.headers.raw, f"{where}.headers", out, seen, depth + 1)
        _walk(obj.extensions, f"{where}.extensions", out, seen, depth + 1)
        with contextlib.suppress(httpx.ResponseNotRead, UnicodeDecodeError, LookupError):
            out.append((f"{where}.text", obj.text))
        with contextlib.suppress(RuntimeError):
            _walk(obj.request, f"{where}.request", out, seen, depth + 1)
        _walk(obj.history, f"{where}.history", out, seen, depth + 1)
        return
    if isinstance(obj, httpx.Request):
        out.append((f"{where}.url", str(obj.url)))
        _walk(obj.headers.raw, f"{where}.headers", out, seen, depth + 1)
        with contextlib.suppress(httpx.RequestNotRead):
            _walk(obj.content, f"{where}.content", out, seen, depth + 1)
        return
    if isinstance(obj, httpx.Headers):
        _walk(obj.raw, where, out, seen, depth + 1)
        return
    if isinstance(obj, Mapping):
        for k, v in list(obj.items())[:1000]:
            _walk(k, f"{where}[key]", out, seen, depth + 1)
            _walk(v, f"{where}[{k!r:.40}]", out, seen, depth + 1)
        return
    if isinstance(obj, list | tuple | set | frozenset):
        for i, v in enumerate(list(obj)[:1000]):
            _walk(v, f"{where}[{i}]", out, seen, depth + 1)
        return
    if isinstance(obj, BaseException):
        _walk(obj.args, f"{where}.args", out, seen, depth + 1)
        _walk(getattr(obj, "__notes__", None), f"{where}.__notes__", out, seen, depth + 1)
        _walk(obj.__cause__, f"{where}.__cause__", out, seen, depth + 1)
        if not obj.__suppress_context__:  # what tracebacks (and error trackers) show
            _walk(obj.__context__, f"{where}.__context__", out, seen, depth + 1)
    attributes: dict[str, object] = {}
    with contextlib.suppress(TypeError):
        attributes.update(vars(obj))
    for cls in type(obj).__mro__:
        for name in getattr(cls, "__slots__", ()):
            if isinstance(name, str) and hasattr(obj, name):
                attributes.setdefault(name, getattr(obj, name))
    for name, value in attributes.items():
        _walk(value, f"{where}.{name}", out, seen, depth + 1)


def _safe_repr(obj: object) -> str:
    try:
        return repr(obj)[:100_000]
    except Exception as exc:
        return f"<repr failed: {type(exc).__name__}>"


def exception_texts(error: BaseException) -> list[tuple[str, str]]:
    """Everything a user could print of an exception."""
    out: list[tuple[str, str]] = [("str(exc)", str(error)), ("repr(exc)", repr(error))]
    try:
        shown = "".join(traceback_with_locals(error))
    except Exception as exc:
        shown = f"<the traceback could not be formatted: {type(exc).__name__}>"
    out.append(("traceback with locals", shown))
    _walk(error, "exc", out, set(), 0)
    return out


def traceback_with_locals(error: BaseException) -> list[str]:
    import traceback

    return list(traceback.TracebackException.from_exception(error, capture_locals=True).format())


def leaks(
    key: str = KEY,
    *,
    error: BaseException | None = None,
    objects: Mapping[str, object] | None = None,
    log: LogCapture | None = None,
    journal: bool = True,
) -> list[str]:
    """Where the key (or a piece of it) shows: empty when nowhere."""
    texts: list[tuple[str, str]] = []
    if error is not None:
        texts += exception_texts(error)
    for name, value in (objects or {}).items():
        _walk(value, name, texts, set(), 0)
    if log is not None:
        texts += [("debug log", line) for line in log.texts()]
    if journal:
        texts += [
            (f"journal file {name}", data.decode("latin-1"))
            for name, data in journal_bytes().items()
        ]
    found = []
    for where, text in texts:
        for needle in needles(key):
            if needle in text:
                found.append(where)
                break
    return sorted(set(found))


def verdict(
    outcome: Outcome,
    expected: type[BaseException] | None,
    *,
    within: float,
    memory: int = MEMORY_BOUND,
    log: LogCapture | None = None,
    objects: Mapping[str, object] | None = None,
    journal: bool = True,
) -> list[str]:
    """Everything wrong with a call: its outcome's type, time and memory, and every place
    the key shows."""
    problems = outcome.problems(expected, within=within, memory=memory)
    places = leaks(error=outcome.error, objects=objects, log=log, journal=journal)
    if places:
        problems.append("the key shows in: " + ", ".join(places))
    return problems


# -------------------------------------------------------------------------- figures
@attrs.define
class Tally:
    """The measurements of one group of cases, for its figures line."""

    cases: list[tuple[str, Outcome, float]] = attrs.field(factory=list)

    def add(self, name: str, outcome: Outcome, bound: float = 0.0) -> None:
        self.cases.append((name, outcome, bound))

    def __len__(self) -> int:
        return len(self.cases)

    def worst_late(self) -> float:
        """Most seconds any call ended after its bound's reference (its timeout)."""
        return max((o.seconds - b for _, o, b in self.cases), default=0.0)

    def slowest(self) -> float:
        return max((o.seconds for _, o, _ in self.cases), default=0.0)

    def peak(self) -> float:
        """The largest tracemalloc peak, in MiB."""
        return max((o.peak for _, o, _ in self.cases), default=0) / MiB
