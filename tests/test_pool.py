"""The `AsyncClient`'s sharded connection pool (`_pool`)."""

from __future__ import annotations

import asyncio
import socket

import httpx
import pytest

from uniapi_fal._pool import SHARD_SIZE, ShardedTransport
from uniapi_fal._proxies import EnvironmentProxies


@pytest.fixture
def https_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.invalid:3128")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,.internal.example")


@pytest.mark.usefixtures("https_proxy")
def test_proxies_come_from_the_environment_as_with_httpx() -> None:
    proxies = EnvironmentProxies()
    assert proxies.proxy_for(httpx.URL("https://api.uniapi.io/x")) == "http://proxy.invalid:3128"
    assert proxies.proxy_for(httpx.URL("https://queue.internal.example/x")) is None
    assert proxies.proxy_for(httpx.URL("http://127.0.0.1:8000/x")) is None


@pytest.mark.usefixtures("https_proxy")
def test_a_request_the_environment_proxies_goes_through_the_proxy() -> None:
    """httpx's client applies the environment's proxies only to a transport it makes
    itself: the pool applies them (`_proxies`)."""

    async def run() -> list[int]:
        transport, sent = _sharded(8)
        async with httpx.AsyncClient(transport=transport) as http:
            await http.get("https://api.uniapi.io/x")
            await http.get("http://127.0.0.1:8000/x")
        return [index for index, _ in sent]

    assert asyncio.run(run()) == [-1, 0]  # -1: the proxy's transport


class _Counting(httpx.AsyncBaseTransport):
    """A shard that answers at once, with a body that stays open until read and closed."""

    def __init__(self, size: int, sent: list[tuple[int, int]], index: int) -> None:
        self.size, self.sent, self.index = size, sent, index

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append((self.index, self.size))
        if request.url.path == "/refused":
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(200, stream=httpx.ByteStream(b"ok"))


def _sharded(max_connections: int) -> tuple[ShardedTransport, list[tuple[int, int]]]:
    sent: list[tuple[int, int]] = []
    made: list[int] = []

    def shard(size: int, proxy: str | None) -> httpx.AsyncBaseTransport:
        if proxy is not None:  # the proxy's transport: -1
            return _Counting(size, sent, -1)
        made.append(size)
        return _Counting(size, sent, len(made) - 1)

    return ShardedTransport(max_connections, shard=shard), sent


def test_shards_hold_the_pool_in_small_pieces() -> None:
    async def run() -> list[int]:
        transport, _ = _sharded(2 * SHARD_SIZE + 1)
        async with httpx.AsyncClient(transport=transport, base_url="http://q") as http:
            held = [await http.send(http.build_request("GET", "/"), stream=True) for _ in range(9)]
            for response in held:
                await response.aclose()
        return [shard.size for shard in transport._shards if isinstance(shard, _Counting)]

    assert asyncio.run(run()) == [SHARD_SIZE, SHARD_SIZE, 1]


def test_shards_are_made_when_first_needed() -> None:
    transport, sent = _sharded(64)
    assert not any(transport._shards)
    assert sent == []


def test_the_first_shard_serves_all_while_few_are_open_and_places_come_back() -> None:
    async def run() -> list[int]:
        transport, sent = _sharded(3 * SHARD_SIZE)
        async with httpx.AsyncClient(transport=transport, base_url="http://q") as http:
            for _ in range(5):  # one at a time: all on the first shard
                assert (await http.get("/")).text == "ok"
            request = http.build_request("GET", "/")
            held = [await http.send(request, stream=True) for _ in range(SHARD_SIZE + 2)]
            for response in held:
                await response.aclose()
                await response.aclose()  # closed twice: the place comes back once
            with pytest.raises(httpx.ConnectError):
                await http.get("/refused")  # failed before an answer: its place comes back
            await http.get("/")
        return [index for index, _ in sent]

    shards = asyncio.run(run())
    assert shards[:5] == [0] * 5
    assert shards[5 : 5 + SHARD_SIZE + 2] == [0] * SHARD_SIZE + [1, 1]
    assert shards[-2:] == [0, 0]


def test_a_kept_socket_reads_as_httpcore_s_check_does() -> None:
    """Readable (so the connection is dropped) once the peer sent something or left, or
    when no socket is left; not while the connection idles."""
    from uniapi_fal._pool import _readable

    ours, peer = socket.socketpair()
    try:
        assert not _readable(ours)
        peer.sendall(b"x")
        assert _readable(ours)
        ours.recv(1)
        assert not _readable(ours)
        peer.close()
        assert _readable(ours)
    finally:
        ours.close()
    assert _readable(ours) and _readable(None)


@pytest.mark.anyio
async def test_the_default_pool_drops_a_connection_the_server_closed() -> None:
    """Each shard's connections check their kept socket: a keep-alive connection the
    server closed while idle is not used again, and the next request gets an answer."""
    from uniapi_fal._pool import _KeptSockets

    answered: list[int] = []
    closed = asyncio.Event()

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        answered.append(1)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
        await writer.drain()
        writer.close()  # keep-alive announced (HTTP/1.1), then closed while idle
        await writer.wait_closed()
        closed.set()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        transport = ShardedTransport(8)
        async with httpx.AsyncClient(transport=transport) as http:
            for _ in range(3):
                closed.clear()
                assert (await http.get(f"http://127.0.0.1:{port}/")).text == "ok"
                await closed.wait()
            shard = transport._shards[0]
            assert isinstance(shard, httpx.AsyncHTTPTransport)
            assert isinstance(shard._pool._network_backend, _KeptSockets)
        assert len(answered) == 3
    finally:
        server.close()
        await server.wait_closed()
