"""The `AsyncClient`'s sharded connection pool (`_pool`)."""

from __future__ import annotations

import asyncio

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
