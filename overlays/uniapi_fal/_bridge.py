"""An async transport that sends through a sync `httpx.Client`, for `Client.map`.

`Client.map` drives `AsyncClient.map` (the one batch core) on an event loop of its own.
Its requests must still go through the user's own `httpx.Client`, with its transport,
proxies, limits and event hooks: each request and each read of an answer runs in a
worker thread of this bridge, on that client.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx


class _ThreadedStream(httpx.AsyncByteStream):
    """The raw bytes of a sync answer, each read in a worker thread."""

    def __init__(self, response: httpx.Response, pool: ThreadPoolExecutor) -> None:
        self._response = response
        self._pool = pool
        self._chunks: Iterator[bytes] = response.iter_raw()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        loop = asyncio.get_running_loop()
        while True:
            chunk = await loop.run_in_executor(self._pool, next, self._chunks, b"")
            if not chunk:
                return
            yield chunk

    async def aclose(self) -> None:
        try:
            await asyncio.get_running_loop().run_in_executor(self._pool, self._response.close)
        except RuntimeError:  # the bridge already shut its threads down (the batch ended)
            self._response.close()


def _sync_extensions(extensions: dict[str, Any]) -> dict[str, Any]:
    """The request's extensions for a sync transport: an async `trace` callback (which
    does its work when called) is called, and its coroutine closed unawaited."""
    trace = extensions.get("trace")
    if trace is None:
        return extensions

    def sync_trace(name: str, info: dict[str, Any]) -> None:
        result = trace(name, info)
        if inspect.iscoroutine(result):
            result.close()

    return {**extensions, "trace": sync_trace}


def _trace(request: httpx.Request, name: str) -> None:
    trace = request.extensions.get("trace")
    if trace is not None:
        trace(name, {"request": request})


class SyncClientBridge(httpx.AsyncBaseTransport):
    """`httpx.AsyncClient(transport=SyncClientBridge(client, workers))`."""

    def __init__(self, client: httpx.Client, workers: int) -> None:
        self._client = client
        self._pool = ThreadPoolExecutor(workers, thread_name_prefix="uniapi-fal-map")

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        loop = asyncio.get_running_loop()
        sync = httpx.Request(
            request.method,
            request.url,
            headers=request.headers,
            content=await request.aread(),
            extensions=_sync_extensions(request.extensions),
        )

        def send() -> httpx.Response:
            return self._client.send(sync, stream=True, follow_redirects=False)

        # A worker thread cannot be called back: from this hand-over the request will be
        # sent, cancelled or not. Saying so now (the name a submit's `Leaving` listens
        # for) makes a cancelled submit wait for its answer rather than lose it.
        _trace(sync, "bridge.send_request_headers.started")
        answer = await loop.run_in_executor(self._pool, send)
        extensions: dict[str, Any] = {
            k: v for k, v in answer.extensions.items() if k in ("http_version", "reason_phrase")
        }
        return httpx.Response(
            answer.status_code,
            headers=answer.headers,
            stream=_ThreadedStream(answer, self._pool),
            extensions=extensions,
        )

    async def aclose(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
