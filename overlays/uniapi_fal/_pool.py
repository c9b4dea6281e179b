"""The `AsyncClient`'s connections: several small httpcore pools instead of one large one.

httpcore 1.0's pool re-examines every connection it holds on every request event: it
asks each idle one's socket whether the server closed it (a system call) and, for each
idle one, counts all of them again. The CPU a request costs so grows with the pool's
size, and with its square: against a server 50 ms away, with 33 connections open, that
work was most of the client's CPU and made 32 requests in flight slower than 16.

So the pool is split into shards of at most SHARD_SIZE connections, each an ordinary
`httpx.AsyncHTTPTransport` (its timeouts, errors, traces and TLS unchanged). A request
goes to the first shard with a free place: while few are in flight, the first shard
serves them all on its kept-alive connections, and the later shards open connections
only as more requests are in flight at once (the client's adaptive limit decides how
many: see `_concurrency`). A request the environment sends through a proxy (`_proxies`)
goes to a transport of that proxy's instead, as httpx's own client would send it.

The same check of idle connections asks anyio for the socket each time, and anyio builds
all of a socket's attributes to answer (a `getpeername` call among them): 8 % of a
submit's CPU. Each shard's connections keep their socket instead (`_KeptSocket`).
"""

from __future__ import annotations

import select
import socket
import ssl
from collections.abc import AsyncIterator, Callable, Iterable
from typing import Any

import httpcore
import httpx

from ._proxies import EnvironmentProxies

SHARD_SIZE = 4
"""Connections per shard: each request event costs work for each, and a square of them."""


class ShardedTransport(httpx.AsyncBaseTransport):
    """At most `max_connections` connections, in shards of at most SHARD_SIZE, each
    made when first needed (they share one TLS context: making one costs 27 ms)."""

    def __init__(
        self,
        max_connections: int,
        shard: Callable[[int, str | None], httpx.AsyncBaseTransport] | None = None,
    ) -> None:
        self._sizes = [SHARD_SIZE] * (max_connections // SHARD_SIZE)
        if max_connections % SHARD_SIZE:
            self._sizes.append(max_connections % SHARD_SIZE)
        self._make = shard or _shard_maker()
        self._shards: list[httpx.AsyncBaseTransport | None] = [None] * len(self._sizes)
        self._proxies = EnvironmentProxies()
        self._via: dict[str, httpx.AsyncBaseTransport] = {}
        """Per proxy, its transport (the whole pool's size: proxies are rarely used)."""
        self._open = [0] * len(self._sizes)
        """Per shard, requests sent and not yet closed (a stream's body included)."""

    def _choose(self) -> int:
        for index, size in enumerate(self._sizes):
            if self._open[index] < size:
                return index
        return self._open.index(min(self._open))  # more than the pool (not from the client)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        proxy = self._proxies.proxy_for(request.url)
        if proxy is not None:
            via = self._via.get(proxy)
            if via is None:
                via = self._via[proxy] = self._make(sum(self._sizes), proxy)
            return await via.handle_async_request(request)
        index = self._choose()
        shard = self._shards[index]
        if shard is None:
            shard = self._shards[index] = self._make(self._sizes[index], None)
        self._open[index] += 1
        try:
            response = await shard.handle_async_request(request)
        except BaseException:
            self._open[index] -= 1
            raise
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _Released(response.stream, self._open, index)
        return response

    async def aclose(self) -> None:
        for shard in [*self._shards, *self._via.values()]:
            if shard is not None:
                await shard.aclose()


def _shard_maker() -> Callable[[int, str | None], httpx.AsyncBaseTransport]:
    """httpx's own transport for each shard (of `size` connections, through `proxy` if
    given), as `httpx.AsyncClient()` would make it."""
    tls: list[ssl.SSLContext] = []

    def make(size: int, proxy: str | None) -> httpx.AsyncBaseTransport:
        if not tls:
            tls.append(httpx.create_ssl_context())
        limits = httpx.Limits(max_connections=size, max_keepalive_connections=size)
        transport = httpx.AsyncHTTPTransport(verify=tls[0], limits=limits, proxy=proxy)
        pool = getattr(transport, "_pool", None)
        if proxy is None and isinstance(pool, httpcore.AsyncConnectionPool):
            backend = getattr(pool, "_network_backend", None)
            if isinstance(backend, httpcore.AsyncNetworkBackend):  # else httpcore changed
                pool._network_backend = _KeptSockets(backend)
        return transport

    return make


class _KeptSockets(httpcore.AsyncNetworkBackend):
    """httpcore's own network backend, its streams wrapped in `_KeptSocket`."""

    def __init__(self, backend: httpcore.AsyncNetworkBackend) -> None:
        self._backend = backend

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._backend.connect_tcp(host, port, timeout, local_address, socket_options)
        return _KeptSocket(stream)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        return _KeptSocket(await self._backend.connect_unix_socket(path, timeout, socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


class _KeptSocket(httpcore.AsyncNetworkStream):
    """A connection that answers httpcore's "is_readable" (has the server closed it, or
    sent what nobody asked for?) from the socket it asked for once."""

    def __init__(self, stream: httpcore.AsyncNetworkStream) -> None:
        self._stream = stream
        self._socket: socket.socket | None = None

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._stream.read(max_bytes, timeout)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, timeout)

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        return _KeptSocket(await self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        if info != "is_readable":
            return self._stream.get_extra_info(info)
        if self._socket is None:
            self._socket = self._stream.get_extra_info("socket")
        return _readable(self._socket)


def _readable(sock: socket.socket | None) -> bool:
    """True when reading would not wait (or there is no socket left): httpcore then
    drops the connection rather than send on it."""
    if sock is None or sock.fileno() < 0:
        return True
    if not hasattr(select, "poll"):  # Windows
        return bool(select.select([sock], [], [], 0)[0])
    poller = select.poll()
    poller.register(sock, select.POLLIN)
    return bool(poller.poll(0))


class _Released(httpx.AsyncByteStream):
    """A response body that gives its shard's place back when closed, once."""

    def __init__(self, stream: httpx.AsyncByteStream, counts: list[int], index: int) -> None:
        self._stream = stream
        self._counts = counts
        self._index: int | None = index

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        index, self._index = self._index, None
        try:
            await self._stream.aclose()
        finally:
            if index is not None:
                self._counts[index] -= 1
