"""`AsyncClient(http_backend="aiohttp")`: httpx's API over aiohttp's connections.

httpx, httpcore, h11 and anyio cost about a millisecond of CPU a job; aiohttp's
connections, parsed in C, cost less (1,000 jobs on the emulator: 2.1 s of client CPU
against 3.4 s). httpx stays the API: its client builds each request
(auth, URLs, timeouts) and reads each answer, and this transport only moves bytes, so
every guarantee above it holds as it does over httpcore: bodies read raw and
decompressed by the SDK within its caps (aiohttp does not decompress here), no
redirects, no cookies kept, the key only where httpx's auth sends it, the environment's
proxies (`_proxies`).

What a transport must say precisely is whether a request may have left, since a submit
that surely did not is sent again and one that may have is not:
- `httpx.ConnectError`, `ConnectTimeout`: aiohttp failed to make a connection, or to get
  one from its pool in time; nothing was sent.
- anything later (`RemoteProtocolError`, `ReadError`, `ReadTimeout`): it may have been.
The `trace` extension (how the SDK learns that a submit's bytes are leaving) is called
with `http11.send_request_headers.started` once aiohttp has the connection the request
goes out on, before it writes to it.
"""

from __future__ import annotations

import contextlib
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from types import SimpleNamespace
from typing import Any

import aiohttp
import httpx

from ._proxies import EnvironmentProxies

KEEPALIVE = 5.0
"""Seconds an idle connection is kept, as httpx's default pool does."""

Trace = Callable[[str, dict[str, Any]], Awaitable[None]]


class AiohttpTransport(httpx.AsyncBaseTransport):
    """At most `max_connections` connections, in one aiohttp session made in the event
    loop of the first request (an `AsyncClient` keeps to one loop)."""

    def __init__(self, max_connections: int) -> None:
        self._max_connections = max_connections
        self._session: aiohttp.ClientSession | None = None
        self._proxies = EnvironmentProxies()  # not aiohttp's `trust_env` (see _proxies)

    def _open_session(self) -> aiohttp.ClientSession:
        if self._session is None:
            tls: ssl.SSLContext = httpx.create_ssl_context()
            leaving = aiohttp.TraceConfig()
            leaving.on_connection_create_end.append(_connected)
            leaving.on_connection_reuseconn.append(_connected)
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(
                    limit=self._max_connections,
                    limit_per_host=0,
                    ssl=tls,
                    keepalive_timeout=KEEPALIVE,
                ),
                cookie_jar=aiohttp.DummyCookieJar(),
                auto_decompress=False,
                trace_configs=[leaving],
                skip_auto_headers=("Accept", "Accept-Encoding", "User-Agent", "Content-Type"),
            )
        return self._session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        session = self._open_session()
        trace: Trace | None = request.extensions.get("trace")
        body = await request.aread()
        with _mapped(request):
            response = await session.request(
                request.method,
                str(request.url),
                headers=list(request.headers.multi_items()),
                data=body or None,
                allow_redirects=False,
                compress=None,
                timeout=_timeout(request.extensions.get("timeout", {})),
                trace_request_ctx=SimpleNamespace(trace=trace),
                proxy=self._proxies.proxy_for(request.url),
            )
        connection = response.connection
        version = response.version or aiohttp.HttpVersion11
        return httpx.Response(
            response.status,
            headers=list(response.raw_headers),
            stream=_Body(response, request),
            extensions={
                "http_version": f"HTTP/{version.major}.{version.minor}".encode(),
                "reason_phrase": (response.reason or "").encode("ascii", "replace"),
                "network_stream": None if connection is None else connection.protocol,
            },
        )

    async def aclose(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            await session.close()


async def _connected(_: aiohttp.ClientSession, context: SimpleNamespace, __: object) -> None:
    """aiohttp has the request's connection and writes to it next: for the SDK, the
    request's bytes are leaving (httpcore's event of that moment, by name)."""
    trace: Trace | None = getattr(context.trace_request_ctx, "trace", None)
    if trace is not None:
        await trace("http11.send_request_headers.started", {})


def _timeout(timeouts: dict[str, float | None]) -> aiohttp.ClientTimeout:
    """httpx's timeouts in aiohttp's terms: `connect` there is the wait for the pool and
    the connecting together."""
    pool, connect = timeouts.get("pool"), timeouts.get("connect")
    both = None if pool is None or connect is None else pool + connect
    return aiohttp.ClientTimeout(
        total=None, connect=both, sock_connect=connect, sock_read=timeouts.get("read")
    )


@contextlib.contextmanager
def _mapped(request: httpx.Request) -> Iterator[None]:
    """aiohttp's errors as httpx's, by whether the request may have left (module doc)."""
    try:
        yield
    except aiohttp.ConnectionTimeoutError as error:
        raise httpx.ConnectTimeout(str(error), request=request) from error
    except aiohttp.ClientConnectorError as error:
        raise httpx.ConnectError(str(error), request=request) from error
    except aiohttp.SocketTimeoutError as error:
        raise httpx.ReadTimeout(str(error), request=request) from error
    except (aiohttp.ServerDisconnectedError, aiohttp.ClientPayloadError) as error:
        raise httpx.RemoteProtocolError(str(error), request=request) from error
    except aiohttp.ClientResponseError as error:  # a malformed answer (status line, headers)
        raise httpx.RemoteProtocolError(str(error), request=request) from error
    except aiohttp.ClientError as error:  # anything else: after the connection was had
        raise httpx.ReadError(str(error), request=request) from error
    except TimeoutError as error:  # aiohttp's own (a caller's deadline cancels instead)
        raise httpx.ReadTimeout(str(error) or "timed out", request=request) from error


class _Body(httpx.AsyncByteStream):
    """An answer's body as aiohttp receives it (still compressed); closing it before the
    end drops the connection, as httpcore does."""

    def __init__(self, response: aiohttp.ClientResponse, request: httpx.Request) -> None:
        self._response = response
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _mapped(self._request):
            async for chunk in self._response.content.iter_any():
                yield chunk

    async def aclose(self) -> None:
        if self._response.content.is_eof():
            self._response.release()
        else:
            self._response.close()
