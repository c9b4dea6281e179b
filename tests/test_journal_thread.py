"""Journal work on an `AsyncClient`'s own thread (`_journal_thread`)."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import pytest

from uniapi_fal import _journal_thread
from uniapi_fal._journal import Journal
from uniapi_fal._journal_thread import JournalThread


def test_work_is_done_in_order_on_one_thread_and_outcomes_come_back() -> None:
    async def run() -> None:
        thread = JournalThread(Journal(None))
        seen: list[tuple[int, int]] = []

        def work(index: int) -> int:
            seen.append((index, threading.get_ident()))
            if index == 3:
                raise OSError("disk full")
            return index * 10

        futures = [thread.run(lambda i=i: work(i)) for i in range(6)]  # type: ignore[misc]
        outcomes = await asyncio.gather(*futures, return_exceptions=True)
        assert outcomes[:3] == [0, 10, 20] and outcomes[4:] == [40, 50]
        assert isinstance(outcomes[3], OSError)
        assert [index for index, _ in seen] == list(range(6))
        assert len({ident for _, ident in seen}) == 1
        assert seen[0][1] != threading.get_ident()

    asyncio.run(run())


def test_the_thread_ends_when_idle_and_starts_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_journal_thread, "IDLE", 0.01)

    async def run() -> None:
        thread = JournalThread(Journal(None))
        first = await thread.run(threading.get_ident)
        for _ in range(200):
            if not any(t.ident == first for t in threading.enumerate()):
                break
            await asyncio.sleep(0.01)
        assert not any(t.ident == first for t in threading.enumerate())
        assert await thread.run(lambda: 2) == 2

    asyncio.run(run())


def test_a_fault_of_the_grouping_reaches_every_waiting_flow() -> None:
    class Broken(Journal):
        def run_grouped(self, funcs: list[Any]) -> list[Any]:
            raise RuntimeError("grouping broke")

    async def run() -> None:
        thread = JournalThread(Broken(None))
        outcomes = await asyncio.gather(
            *(thread.run(lambda: 1) for _ in range(3)), return_exceptions=True
        )
        assert [str(outcome) for outcome in outcomes] == ["grouping broke"] * 3

    asyncio.run(run())


def test_the_idle_thread_is_woken_once_for_all_the_work_of_a_loop_pass() -> None:
    class Batches(Journal):
        def __init__(self) -> None:
            super().__init__(None)
            self.sizes: list[int] = []

        def run_grouped(self, funcs: list[Any]) -> list[Any]:
            self.sizes.append(len(funcs))
            return super().run_grouped(funcs)

    async def run() -> None:
        journal = Batches()
        thread = JournalThread(journal)
        await thread.run(lambda: 0)
        for _ in range(500):  # until the thread waits for work
            if thread._idle:
                break
            await asyncio.sleep(0.002)
        assert thread._idle
        futures = []
        for index in range(20):  # one pass of the loop; each pause lets a woken thread run
            futures.append(thread.run(lambda i=index: i))  # type: ignore[misc]
            time.sleep(0.001)
        assert await asyncio.gather(*futures) == list(range(20))
        assert journal.sizes == [1, 20]

    asyncio.run(run())
