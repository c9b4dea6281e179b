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
