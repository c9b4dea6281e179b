"""fal's realtime sessions (`client.realtime(...)`): inputs and results over one WebSocket.

A token from `POST {rest}/tokens/` (with the key; one app, two minutes), then the socket
`{realtime}/{endpoint}/realtime?fal_jwt_token=<token>`, where the key never goes: a leaked
URL opens one app briefly, not everything. One msgpack frame per input and per result;
text frames are JSON (`x-fal-error` raised, `x-fal-message` skipped). Each step is a flow
of effects (`_Session`) that a sync and an async shell carry out, so they cannot drift apart.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import math
import threading
from collections.abc import AsyncIterator, Callable, Generator, Iterator, Mapping
from importlib import import_module
from typing import Any, ClassVar, Generic, Protocol, Self, TypeVar, cast
from urllib.parse import urlencode

import httpx

from uniapi_fal_api.fal_typing import FalInput

from . import _registry, _urls
from ._core.answers import read_json, status_error
from ._core.context import Context
from ._core.deadline import Deadline
from ._core.effects import Flow
from ._core.ref import endpoint_of
from ._core.requests import absolute
from ._core.sending import send
from ._core.submit import Prepared, prepared
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ConfigurationError,
    FalError,
    RealtimeError,
    ResponseParseError,
    ResponseTooLargeError,
)
from ._jsonread import JSONError, parse_json
from ._scrub import MIN_KEY_LENGTH
from ._version import __version__

__all__ = ["AsyncRealtime", "Realtime", "RealtimeError"]

T = TypeVar("T")
ResultT = TypeVar("ResultT")
"""What `receive()` gives: `XOutput | dict[str, Any]` for a session opened with an Input
class (a frame that is no Output comes as sent), `Any` for one opened with an id."""

TOKEN_SECONDS = 120  # as fal's clients ask
MAX_BUFFERING = 60
CLOSE_TIMEOUT = 5.0  # for the server's side of the closing handshake
EXTRA_HINT = "pip install 'uniapi-fal[realtime]'"
USER_AGENT = f"uniapi-fal/{__version__} (realtime)"
MESSAGE_TOO_BIG = 1009  # the close code of a message over the size limit

_Steps = Generator[tuple[str, Any], Any, T]
"""A session's flow. Effects: ("drive", a `_core` flow) on the client's driver; ("open", (url,
options)) the handshake; ("send", frame); ("recv", timeout) the next frame; ("arm", delay)
`_flushing` later. Each gets its outcome, or the socket's error (caught: no traceback)."""


class _Mark:
    """Not a result: `_SKIP` (a frame of fal's messages), `_END` (closed normally)."""


_SKIP, _END = _Mark(), _Mark()


class _Host(Protocol):
    """What a session needs of its client (a protocol: the clients import this module)."""

    def _check_open(self) -> None: ...
    def _context(self) -> Context: ...


class _SyncHost(_Host, Protocol):
    def _drive(self, flow: Flow[T]) -> T: ...


class _AsyncHost(_Host, Protocol):
    async def _drive(self, flow: Flow[T]) -> T: ...


def _extras(kind: str) -> tuple[Any, Callable[..., Any]]:
    """msgpack, and websockets' `connect` of `kind` ("sync", "asyncio": since websockets 13)."""
    for name in ("msgpack", f"websockets.{kind}.client"):
        try:
            import_module(name)
        except ImportError:
            needed = "msgpack" if name == "msgpack" else "websockets>=13"
            raise ConfigurationError(f"realtime sessions need {needed}: {EXTRA_HINT}") from None
    return import_module("msgpack"), import_module(f"websockets.{kind}.client").connect


def _seconds(name: str, value: object, *, zero: bool) -> float | None:
    if value is None:
        return None
    seconds = math.nan
    with contextlib.suppress(OverflowError):  # an int too large for a float
        if isinstance(value, int | float) and not isinstance(value, bool):
            seconds = float(value)
    if not math.isfinite(seconds) or seconds < 0 or (seconds == 0 and not zero):
        bound = ">= 0" if zero else "> 0"
        raise ConfigurationError(f"{name} must be {bound} seconds or None, not {value!r}")
    return seconds


def alias_of(endpoint_id: str) -> str:
    """The app a token is asked for: `owner/app[/path]` gives `app`, and so do
    `workflows/owner/app` and `comfy/owner/app` (fal's namespaces)."""
    segments = endpoint_id.strip("/").split("/")
    index = 2 if segments[0] in ("workflows", "comfy") and len(segments) > 2 else 1
    return segments[min(index, len(segments) - 1)]


def token_flow(ctx: Context, endpoint: str, deadline: Deadline) -> Flow[str]:
    """A realtime token for `endpoint`'s app, from the REST host (which takes the key);
    retried as a read is: asking twice costs nothing."""
    what = f"a realtime token for {endpoint}"

    def expired() -> FalError:
        timeout = deadline.timeout or 0
        return APITimeoutError(f"{what}: the timeout ({timeout:g} s) passed", endpoint=endpoint)

    body = json.dumps({"allowed_apps": [alias_of(endpoint)], "token_expiration": TOKEN_SECONDS})
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    request = {"method": "POST", "url": "/tokens/", "content": body.encode(), "headers": headers}
    request = absolute(ctx.hosts.rest, request)
    response = yield from send(ctx, request, deadline, expired, what=what, endpoint=endpoint)
    scrubber, limit = ctx.scrubber, ctx.max_response_bytes
    if response.status_code >= 300:
        raise status_error(response, scrubber, limit, what=what, endpoint=endpoint, request_id=None)
    data = read_json(response, scrubber, what=what, endpoint=endpoint, request_id=None)
    if isinstance(data, ResponseParseError):
        raise data
    token = data.get("token", data.get("detail")) if isinstance(data, Mapping) else data
    if not isinstance(token, str) or not 0 < len(token) <= 8192 or not token.isprintable():
        problem = f"{what}: the answer holds no usable token (a JSON string was expected)"
        raise ResponseParseError(problem, endpoint=endpoint, request_id=None)
    return token


def socket_url(realtime: httpx.URL, endpoint: str, token: str, max_buffering: int | None) -> str:
    """The session's URL: the token in its query (the key never is); `/realtime` added
    unless the endpoint id already ends with it."""
    path = "/" + endpoint.strip("/")
    if not path.endswith("/realtime"):
        path += "/realtime"
    query: dict[str, str | int] = {"fal_jwt_token": token}
    if max_buffering is not None:
        query["max_buffering"] = max_buffering
    return f"{_urls.join(realtime, path)}?{urlencode(query)}"


class _Throttle:
    """fal's JS throttle: the first input goes at once; those within `interval` of the last
    one sent replace each other, the latest going when the interval ends. For a live source
    (a slider, a camera): only the newest input matters, a backlog would lag."""

    def __init__(self, interval: float | None, clock: Callable[[], float]) -> None:
        self.interval, self.clock = interval or None, clock
        self.last: float | None = None
        self.pending: bytes | None = None
        self.armed = False

    def offer(self, frame: bytes) -> tuple[bytes | None, float | None]:
        """(the frame to send now, or None; the delay of a flush to arm, or None)."""
        now, last, interval = self.clock(), self.last, self.interval
        if not self.armed and (interval is None or last is None or now - last >= interval):
            self.last = now
            return frame, None
        self.pending = frame  # the latest replaces any held back
        if self.armed:
            return None, None
        self.armed = True
        return None, max(0.0, (last or now) + (interval or 0.0) - now)

    def due(self) -> bytes | None:
        """At the flush: the latest input held back (its window starts now)."""
        frame, self.pending, self.armed = self.pending, None, False
        if frame is not None:
            self.last = self.clock()
        return frame


class _Session(Generic[ResultT]):
    """What `Realtime` and `AsyncRealtime` share: the options, checked once; each step as
    a flow of effects; frames into results; every error typed and scrubbed."""

    _client: Any
    _kind: ClassVar[str]  # websockets' client: "sync" or "asyncio"

    def __init__(
        self,
        client: _Host,
        endpoint: str | type[FalInput[Any]],
        *,
        max_buffering: int | None = None,
        throttle: float | None = None,
        timeout: float | None = None,
    ) -> None:
        self._msgpack, self._connect = _extras(self._kind)
        client._check_open()
        ctx = client._context()
        self._client, self._info = client, endpoint_of(endpoint)
        self.endpoint: str = self._info.endpoint_id
        self._what = f"realtime session with {self.endpoint}"
        self.max_buffering = buffering = max_buffering
        if buffering is not None and not (
            type(buffering) is int and 0 < buffering <= MAX_BUFFERING
        ):
            raise ConfigurationError(f"max_buffering must be 1 to 60 or None, not {buffering!r}")
        self.throttle = _seconds("throttle", throttle, zero=True)
        self.timeout = _seconds("timeout", timeout, zero=False)
        # For connecting (token and handshake) and each receive(): by default a request's.
        self._wait = self.timeout if self.timeout is not None else ctx.timeout.read
        self._throttle = _Throttle(self.throttle, ctx.clock)
        self._scrubber = self._data_scrubber = ctx.scrubber
        self._limit, self._host = ctx.max_response_bytes, ctx.hosts.realtime
        self._ws: Any = None
        self._failed: FalError | None = None
        """A throttled send that failed, with no caller to tell: the next call raises it."""
        self._closed = False
        # To connect and to send, by the caller or the throttle: frames leave in order.
        self._lock: Any = threading.Lock() if self._kind == "sync" else asyncio.Lock()
        self._flush_timer: Any = None  # the throttle's Timer or Task, while one is armed

    def _error(self, message: str, error: str, **more: Any) -> RealtimeError:
        text = self._scrubber.text(f"{self._what}: {message}")
        return RealtimeError(text, error=error, endpoint=self.endpoint, **more)

    def _live(self) -> None:
        if self._failed is not None:
            raise self._failed
        if self._closed:
            raise self._error("the session is closed; open a new one", "CONNECTION_CLOSED")

    # ---------------------------------------------------------------- flows
    def _opening(self) -> _Steps[None]:
        """Connect, unless connected: a token, then the handshake."""
        self._live()
        if self._ws is not None:
            return
        ctx = self._client._context()
        deadline = Deadline.after(self._wait, ctx.clock)
        token = yield "drive", token_flow(ctx, self.endpoint, deadline)
        self._scrubber = self._scrubber.also(token)  # from now on blanked in what is shown
        if len(token) >= MIN_KEY_LENGTH:  # and in results, if it cannot be an everyday word
            self._data_scrubber = self._data_scrubber.also(token)
        wait = deadline.remaining()
        wait = None if wait is None else max(0.0, wait)
        url = socket_url(self._host, self.endpoint, token, self.max_buffering)
        options = {"open_timeout": wait, "max_size": self._limit, "close_timeout": CLOSE_TIMEOUT}
        ws = yield "open", (url, {**options, "user_agent_header": USER_AGENT})
        if isinstance(ws, BaseException):
            error = self._connect_error(ws, wait)
            del ws  # its text may hold the URL, token and all
            raise error
        self._ws = ws

    def _sending(self, ready: Prepared) -> _Steps[None]:
        """One checked input: sent now, held back by the throttle, or a flush armed."""
        if ready.info.endpoint_id != self.endpoint:
            expected = self._info.input_class or "a dict"
            raise TypeError(f"{self._what}, not {ready.info.endpoint_id}: pass {expected}")
        frame: bytes = self._msgpack.packb(ready.body, use_bin_type=True)
        yield from self._opening()
        now, delay = self._throttle.offer(frame)
        if now is not None:
            yield from self._sent(now)
        elif delay is not None:
            yield "arm", delay

    def _flushing(self) -> _Steps[None]:
        frame = self._throttle.due()
        if frame is not None and self._ws is not None and not self._closed:
            try:
                yield from self._sent(frame)
            except FalError as error:  # no caller here: the next call raises it
                self._failed = error

    def _sent(self, frame: bytes) -> _Steps[None]:
        failed = yield "send", frame
        if failed is not None:
            raise self._closed_error(failed)

    def _receiving(self) -> _Steps[ResultT | _Mark]:
        """The next result (fal's messages skipped), or `_END` after a normal close."""
        from websockets.exceptions import ConnectionClosedOK

        deadline = Deadline.after(self._wait)
        while True:
            self._live()
            wait = deadline.remaining()
            frame = yield "recv", None if wait is None else max(0.0, wait)
            if isinstance(frame, ConnectionClosedOK):
                return _END
            if isinstance(frame, TimeoutError):
                message = f"{self._what}: no result within {self._wait or 0:g} s (timeout=)"
                raise APITimeoutError(message + "; it stays open", endpoint=self.endpoint)
            if isinstance(frame, BaseException):
                raise self._closed_error(frame)
            result = self._result(frame)
            if not isinstance(result, _Mark):
                return result

    # --------------------------------------------------------------- frames
    def _prepared(self, ctx: Context, input: object) -> Flow[Prepared]:
        """The input checked as a submit's is (a `_core` flow: it may read files)."""
        if isinstance(input, Mapping):
            return prepared(ctx, self.endpoint, input)
        return prepared(ctx, input, None)

    def _result(self, frame: str | bytes) -> ResultT | _Mark:
        """A frame as a result; `_SKIP` for fal's messages; an `x-fal-error` raised."""
        binary, problem = not isinstance(frame, str), None
        try:
            if isinstance(frame, str):
                data = parse_json(frame.encode())
            else:
                data = self._msgpack.unpackb(frame, raw=False)
        except JSONError:  # text that is not JSON: kept, as fal's Python client keeps it
            data = {"type": "text", "payload": frame}
        except Exception as exc:  # msgpack's own errors, ValueError and more
            problem = f"{self._what}: a binary frame is not msgpack ({type(exc).__name__})"
        if problem is not None:
            raise ResponseParseError(problem, endpoint=self.endpoint, request_id=None)
        data = self._data_scrubber.json(data)
        if not isinstance(data, Mapping):
            data = {"type": "data" if binary else "text", "payload": data}
        elif data.get("type") == "x-fal-message":
            return _SKIP
        elif data.get("type") == "x-fal-error":
            code = self._scrubber.text(data.get("error", "UNKNOWN"), 200)
            reason = self._scrubber.text(data["reason"]) if "reason" in data else None
            message = f"the server sent {code}" + (f": {reason}" if reason else "")
            raise self._error(message, code, reason=reason, payload=dict(data))
        if binary:  # a result: the endpoint's Output if it is one
            with contextlib.suppress(KeyError, TypeError, ValueError, AttributeError):
                return cast(ResultT, _registry.parse_output(self._info, data))
        return cast(ResultT, dict(data))

    # --------------------------------------------------------------- errors
    def _connect_error(self, exc: BaseException, wait: float | None) -> FalError:
        """The handshake failed: refused (the status's typed error), out of time, or no
        connection. Nothing of `exc` is kept: its text may hold the URL, token and all."""
        from websockets.exceptions import InvalidStatus, InvalidURI

        what = f"realtime connection to {self.endpoint}"
        if isinstance(exc, InvalidStatus):
            return self._refused(exc.response, what)
        if isinstance(exc, TimeoutError):
            message = f"{what}: no handshake within {wait or 0:g} s (timeout=)"
            return APITimeoutError(message, endpoint=self.endpoint)
        if isinstance(exc, InvalidURI):
            message = f"{what}: not a WebSocket URL ({exc}); check Hosts(realtime=)"
            return ConfigurationError(self._scrubber.text(message))
        message = f"{what}: {type(exc).__name__}: {exc}; check the network and {self._host}"
        return APIConnectionError(self._scrubber.text(message), endpoint=self.endpoint)

    def _refused(self, answer: Any, what: str) -> APIStatusError:
        """The handshake's error answer as the typed error of its status."""
        drop = {"content-encoding", "content-length", "transfer-encoding"}
        headers = [(k, v) for k, v in answer.headers.raw_items() if k.lower() not in drop]
        request = httpx.Request("GET", _urls.join(self._host, "/" + self.endpoint))
        body, code = bytes(answer.body or b""), answer.status_code
        response = httpx.Response(code, headers=headers, content=body, request=request)
        response.read()
        endpoint, scrubber = self.endpoint, self._scrubber
        error = status_error(
            response, scrubber, self._limit, what=what, endpoint=endpoint, request_id=None
        )
        if code in (401, 403):  # the token's, not the key's: say so
            detail = f" ({error.detail})" if isinstance(error.detail, str) else ""
            message = (
                f"{what}: HTTP {code}: the realtime token was refused{detail}; it is for the "
                f"app {alias_of(endpoint)!r} for {TOKEN_SECONDS} s, and each session asks anew"
            )
            error.args = (self._scrubber.text(message),)
        return error

    def _closed_error(self, exc: BaseException) -> FalError:
        """The connection closed (or broke) under a send or a receive."""
        from websockets.exceptions import ConnectionClosed

        if not isinstance(exc, ConnectionClosed):
            return self._error(f"{type(exc).__name__}: {exc}", "CONNECTION_FAILED")
        sent, frame = exc.sent, exc.rcvd or exc.sent
        if sent is not None and sent.code == MESSAGE_TOO_BIG and not exc.rcvd_then_sent:
            message = f"{self._what}: a message passed {self._limit:,} bytes; it was closed."
            advice = " For large inline results, raise max_response_bytes= on the client."
            return ResponseTooLargeError(message + advice, endpoint=self.endpoint, request_id=None)
        code = frame.code if frame is not None else 1006
        reason = self._scrubber.text(frame.reason, 200) if frame is not None else ""
        message = f"the connection closed (code {code}{': ' if reason else ''}{reason})"
        return self._error(message, "CONNECTION_CLOSED", reason=reason or None, close_code=code)

    def _ended(self) -> RealtimeError:
        message = "the session ended (closed normally); open a new one for more"
        return self._error(message, "CONNECTION_CLOSED", close_code=1000)

    def _close_now(self) -> Any:
        """Mark the session closed, drop what the throttle holds; the socket to close."""
        self._closed = True
        self._throttle.due()
        return self._ws

    def __repr__(self) -> str:
        state = "closed" if self._closed else "open" if self._ws is not None else "not connected"
        return f"{type(self).__name__}({self.endpoint!r}, {state})"


class Realtime(_Session[ResultT]):
    """A realtime session on a `Client`: results in the order of the inputs sent.

    `with client.realtime("fal-ai/fast-lcm-diffusion") as rt: rt.send({"prompt": "a fox"});
    out = rt.receive()`, or `for out in rt` until the server closes the session. Connects
    when entered (or on first use); `send` checks an input as a submit does (nothing is
    sent when it fails). `throttle=` keeps only the latest of inputs sent closer than that
    many seconds; `timeout=` bounds connecting and each `receive()`."""

    _client: _SyncHost
    _kind = "sync"

    def _run(self, flow: _Steps[T]) -> T:
        """Carry out a flow's effects (see `_Steps`)."""
        from websockets.exceptions import WebSocketException

        box: list[Any] = [None]  # popped as sent: no frame of a traceback holds an outcome
        while True:
            try:
                kind, arg = flow.send(box.pop())
            except StopIteration as done:
                return cast(T, done.value)
            try:
                if kind == "drive":
                    box.append(self._client._drive(arg))
                elif kind == "open":  # the socket is ours to close (websockets 17 asks so)
                    box.append(self._connect(arg[0], **arg[1]).__enter__())
                elif kind == "send":
                    box.append(self._ws.send(arg))
                elif kind == "recv":
                    box.append(self._ws.recv(timeout=arg))
                else:
                    timer = self._flush_timer = threading.Timer(arg, self._flush)
                    timer.daemon = True
                    timer.start()
                    box.append(None)
            except (OSError, WebSocketException) as exc:  # TimeoutError is an OSError
                box.append(exc)

    def connect(self) -> Self:
        """Ask for a token and open the socket (done by `with`, or by the first call)."""
        with self._lock:
            self._run(self._opening())
        return self

    def send(self, input: FalInput[Any] | Mapping[str, Any]) -> None:
        """Send one input (an Input model, or a dict): checked first, as a submit is."""
        ready = self._client._drive(self._prepared(self._client._context(), input))
        with self._lock:
            self._run(self._sending(ready))

    def _flush(self) -> None:
        with self._lock:
            self._flush_timer = None
            self._run(self._flushing())

    def receive(self) -> ResultT:
        """The next result, in the order of the inputs (by `timeout=`, else APITimeoutError)."""
        got = self.connect()._run(self._receiving())
        if isinstance(got, _Mark):
            raise self._ended()
        return got

    def __iter__(self) -> Iterator[ResultT]:
        """Results until the session is closed normally."""
        while not isinstance(got := self.connect()._run(self._receiving()), _Mark):
            yield got

    def close(self) -> None:
        """Close the socket; an input the throttle still holds is dropped. Idempotent."""
        with self._lock:
            ws, timer = self._close_now(), self._flush_timer
        if timer is not None:
            timer.cancel()
        with contextlib.suppress(Exception):  # closing: nothing left to report
            if ws is not None:
                ws.close()

    def __enter__(self) -> Self:
        return self.connect()

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncRealtime(_Session[ResultT]):
    """`Realtime` on an `AsyncClient`: `async with client.realtime(...) as rt`,
    `await rt.send(...)`, `await rt.receive()`, `async for out in rt`."""

    _client: _AsyncHost
    _kind = "asyncio"

    async def _run(self, flow: _Steps[T]) -> T:
        """Carry out a flow's effects (see `_Steps`)."""
        from websockets.exceptions import WebSocketException

        box: list[Any] = [None]  # popped as sent: no frame of a traceback holds an outcome
        while True:
            try:
                kind, arg = flow.send(box.pop())
            except StopIteration as done:
                return cast(T, done.value)
            try:
                if kind == "drive":
                    box.append(await self._client._drive(arg))
                elif kind == "open":
                    box.append(await self._connect(arg[0], **arg[1]))
                elif kind == "send":
                    box.append(await self._ws.send(arg))
                elif kind == "recv":
                    async with asyncio.timeout(arg):  # cancelling recv() loses no frame
                        box.append(await self._ws.recv())
                else:
                    loop = asyncio.get_running_loop()
                    box.append(None)
                    self._flush_timer = loop.create_task(self._flush(arg))
            except (OSError, WebSocketException) as exc:  # TimeoutError is an OSError
                box.append(exc)

    async def connect(self) -> Self:
        """Ask for a token and open the socket (done by `async with`, or by the first call)."""
        async with self._lock:
            await self._run(self._opening())
        return self

    async def send(self, input: FalInput[Any] | Mapping[str, Any]) -> None:
        """Send one input (an Input model, or a dict): checked first, as a submit is."""
        ready = await self._client._drive(self._prepared(self._client._context(), input))
        async with self._lock:
            await self._run(self._sending(ready))

    async def _flush(self, delay: float) -> None:
        await asyncio.sleep(delay)
        async with self._lock:
            self._flush_timer = None
            await self._run(self._flushing())

    async def receive(self) -> ResultT:
        """The next result, in the order of the inputs (by `timeout=`, else APITimeoutError)."""
        got = await (await self.connect())._run(self._receiving())
        if isinstance(got, _Mark):
            raise self._ended()
        return got

    async def __aiter__(self) -> AsyncIterator[ResultT]:
        """Results until the session is closed normally."""
        while not isinstance(got := await (await self.connect())._run(self._receiving()), _Mark):
            yield got

    async def close(self) -> None:
        """Close the socket; an input the throttle still holds is dropped. Idempotent."""
        ws, flusher = self._close_now(), self._flush_timer
        if flusher is not None:
            flusher.cancel()
        with contextlib.suppress(Exception):  # closing: nothing left to report
            if ws is not None:
                await ws.close()

    async def __aenter__(self) -> Self:
        return await self.connect()

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
