"""The async driver: Local work cut by a cancel still reports to its flow."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import httpx

from uniapi_fal._async_driver import AsyncTransport, drive_async
from uniapi_fal._core.effects import Flow, Local, Sleep


def test_a_cancel_during_local_work_reaches_the_flow_after_its_outcome() -> None:
    """The journal write of a submit runs in a thread a cancel cannot stop: the flow gets
    the row it wrote, then the cancel at its next step (so it can remove the row)."""
    seen: list[Any] = []
    started = threading.Event()

    def write() -> int:
        started.set()
        time.sleep(0.2)
        return 7

    def flow() -> Flow[None]:
        row = yield Local(write)
        seen.append(row)
        try:
            yield Sleep(5)
        except asyncio.CancelledError:
            seen.append("cancelled at the next step")
            raise

    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            transport = AsyncTransport.bare(http, str, time.monotonic)
            task = asyncio.ensure_future(drive_async(transport, flow()))
            while not started.is_set():
                await asyncio.sleep(0.01)
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                seen.append("caller cancelled")

    asyncio.run(scenario())
    assert seen == [7, "cancelled at the next step", "caller cancelled"]


def test_a_submit_cancelled_while_its_row_is_written_is_never_sent(tmp_path: Any) -> None:
    """A transport that sends from a worker thread (Client.map's bridge) sends a request
    the moment it is handed over: a cancel owed by the journal write must stop the submit
    before that, not at the next suspension (CI: sent, its answer cut, journaled UNKNOWN)."""
    from uniapi_fal import AsyncClient
    from uniapi_fal._bridge import SyncClientBridge

    sent: list[httpx.Request] = []
    answer = {"request_id": "r-1", "status": "IN_QUEUE"}
    mock = httpx.MockTransport(
        lambda request: sent.append(request) or httpx.Response(200, json=answer)
    )
    writing = threading.Event()

    async def scenario() -> None:
        bridge = SyncClientBridge(httpx.Client(transport=mock), workers=2)
        async with (
            httpx.AsyncClient(transport=bridge) as http,
            AsyncClient(
                api_key="sk-test-0123456789abcdef",
                base_url="http://gateway.test",
                http_client=http,
                journal=tmp_path / "j.sqlite3",
            ) as client,
        ):
            begin = client.journal.begin

            def slow_begin(*args: Any) -> Any:
                writing.set()
                time.sleep(0.2)
                return begin(*args)

            client.journal.begin = slow_begin  # type: ignore[method-assign]
            task = asyncio.ensure_future(client.submit("fal-ai/flux/dev", {"prompt": "p"}))
            while not writing.is_set():
                await asyncio.sleep(0.01)
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                pass
            assert client.journal.entries() == []  # its row removed: nothing was sent

    asyncio.run(scenario())
    assert sent == []
