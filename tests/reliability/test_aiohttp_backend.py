"""`AsyncClient(http_backend="aiohttp")`: what the transport itself must get right (the
hostile suites run every case on it too, as their "aiohttp" flavour)."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

import httpx
import pytest

from uniapi_fal import APIConnectionError, AsyncClient, ConfigurationError
from uniapi_fal.models import FluxDevInput

from .hostile import (
    ARGS,
    KEY,
    Conn,
    HostileServer,
    Request,
    answer,
    reset_connection,
    submitted,
)

pytest.importorskip("aiohttp")
from uniapi_fal._aiohttp import AiohttpTransport  # noqa: E402


def test_the_backend_is_checked_when_the_client_is_made() -> None:
    with pytest.raises(ConfigurationError, match='"httpx" or "aiohttp"'):
        AsyncClient(api_key=KEY, http_backend="curl")  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="not both"):
        AsyncClient(api_key=KEY, http_backend="aiohttp", http_client=httpx.AsyncClient())


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_refused_submit_was_not_sent_and_leaves_no_row(tmp_path: Path) -> None:
    """A connection refused is `ConnectError` (not a timeout, not "maybe sent"): the submit
    is known unsent, so no UNKNOWN row is kept and it may be sent again."""

    async def run() -> None:
        async with AsyncClient(
            api_key=KEY,
            base_url=f"http://127.0.0.1:{_closed_port()}",
            http_backend="aiohttp",
            journal=tmp_path / "journal.sqlite3",
            max_retries=0,
        ) as client:
            with pytest.raises(APIConnectionError, match=r"ConnectError.*Nothing was sent"):
                await client.submit(FluxDevInput(**ARGS))
            assert client.journal is not None and client.journal.entries() == []

    asyncio.run(run())


def test_bytes_leave_with_a_trace_and_come_back_as_sent_without_cookies() -> None:
    """The trace tells when a request goes out; a compressed body comes back compressed
    (the SDK decompresses within its cap); a cookie the server sets is not sent back."""
    seen: list[Request] = []
    gzipped = bytes.fromhex("1f8b08000000000000034b4c4a06004c3b6eb703000000")  # "abc"

    async def file(request: Request, conn: Conn) -> None:
        seen.append(request)
        await answer(
            200,
            gzipped,
            content_type="text/plain",
            headers=[("Content-Encoding", "gzip"), ("Set-Cookie", "sid=1")],
        )(request, conn)

    async def run(base: str) -> tuple[list[str], bytes]:
        events: list[str] = []

        async def trace(name: str, info: object) -> None:
            events.append(name)

        transport = AiohttpTransport(4)  # itself: httpx's client keeps cookies of its own
        try:
            for _ in range(2):
                request = httpx.Request("GET", f"{base}/files/a.txt", extensions={"trace": trace})
                response = await transport.handle_async_request(request)
                raw = b"".join([chunk async for chunk in response.stream])  # type: ignore[union-attr]
                await response.aclose()
        finally:
            await transport.aclose()
        return events, raw

    with HostileServer(file=file) as server:
        events, raw = asyncio.run(run(server.base_url))
    assert events == ["http11.send_request_headers.started"] * 2
    assert raw == gzipped
    assert [request.headers.get("cookie") for request in seen] == [None, None]


def test_an_answer_cut_short_is_a_protocol_error_not_a_connect_error() -> None:
    """The server drops the connection after reading the request: it may have acted on
    it, so the error must not say that nothing was sent."""

    async def run(base: str) -> BaseException:
        async with httpx.AsyncClient(transport=AiohttpTransport(4)) as http:
            try:
                await http.post(f"{base}/fal-ai/flux/dev", json=ARGS)
            except httpx.HTTPError as error:
                return error
        raise AssertionError("no error")

    with HostileServer(submit=reset_connection) as server:
        error = asyncio.run(run(server.base_url))
    assert isinstance(error, httpx.RemoteProtocolError | httpx.ReadError)
    assert not isinstance(error, httpx.ConnectError | httpx.ConnectTimeout)


def test_submitted_answers_parse_as_over_httpx() -> None:
    async def run(base: str) -> str:
        async with AsyncClient(api_key=KEY, base_url=base, http_backend="aiohttp") as client:
            job = await client.submit(FluxDevInput(**ARGS))
            return job.request_id

    with HostileServer(submit=submitted("rid-aio")) as server:
        assert asyncio.run(run(server.base_url)) == "rid-aio"
