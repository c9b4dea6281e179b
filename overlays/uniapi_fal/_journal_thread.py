"""An `AsyncClient`'s journal work: on one thread of its own, in order, handed back in
batches.

In a worker thread each journal read or write cost two thread hops (to the executor,
and back to the event loop: about 35 us each) around some 20 to 90 us of SQLite, and a
job makes four or five of them. One thread takes every job's journal work in the order
it was asked, and hands back the outcomes of all it did since it last looked with one
wake-up of each event loop; it is woken in turn once per pass of a loop (`_kick`). It
ends after IDLE seconds without work and starts again with the next (a client never
closed leaves no thread behind), and in a forked child it starts afresh (`_fork`): the
parent's thread does not run there. The operations it takes at once are committed
together (`Journal.run_grouped`).
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable
from typing import Any

from . import _fork
from ._journal import Journal

IDLE = 1.0
"""Seconds without work after which the thread ends."""

_Work = tuple[asyncio.AbstractEventLoop, "asyncio.Future[Any]", Callable[[], Any]]
_Outcome = tuple["asyncio.Future[Any]", Any, BaseException | None]


class JournalThread:
    """`await thread.run(func)`: `func()`, an operation of `journal`, done on the
    journal's thread (thread-safe)."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal
        self._start()
        _fork.register(self)

    def _start(self) -> None:
        self._lock = threading.Condition()
        self._work: list[_Work] = []
        self._running = False
        self._idle = False
        """The thread waits for work, and needs waking."""
        self._kicks: set[asyncio.AbstractEventLoop] = set()
        """The event loops with a wake-up on its way."""

    def _after_fork(self) -> None:
        self._start()  # the parent's work and thread are not the child's

    def run(self, func: Callable[[], Any]) -> asyncio.Future[Any]:
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Any] = loop.create_future()
        with self._lock:
            self._work.append((loop, future, func))
            if not self._running:
                self._running = True
                threading.Thread(target=self._serve, name="uniapi-fal-journal", daemon=True).start()
            elif self._idle and loop not in self._kicks:
                self._kicks.add(loop)
                loop.call_soon(self._kick, loop)
        return future

    def _kick(self, loop: asyncio.AbstractEventLoop) -> None:
        """Wake the thread once for all the work this loop's pass asked for. Woken for
        each operation, it took the core from the loop while the loop held the GIL: 9 %
        of the GIL's time over 1,000 jobs went to those wake-ups (py-spy --gil). Were
        this lost (a closed loop), the thread still finds the work within IDLE seconds."""
        with self._lock:
            self._kicks.discard(loop)
            self._lock.notify()

    def _serve(self) -> None:
        while True:
            with self._lock:
                if not self._work:
                    self._idle = True
                    self._lock.wait(IDLE)
                    self._idle = False
                    if not self._work:
                        self._running = False
                        return
                batch, self._work = self._work, []
            try:
                results = self._journal.run_grouped([func for _, _, func in batch])
            except BaseException as fault:  # never a flow left waiting: each hears of it
                results = [(None, fault)] * len(batch)
            done: dict[asyncio.AbstractEventLoop, list[_Outcome]] = {}
            for (loop, future, _), (value, error) in zip(batch, results, strict=True):
                done.setdefault(loop, []).append((future, value, error))  # the flow decides
            for loop, outcomes in done.items():
                with contextlib.suppress(RuntimeError):  # a closed loop: nobody waits
                    loop.call_soon_threadsafe(_settle, outcomes)


def _settle(outcomes: list[_Outcome]) -> None:
    for future, value, error in outcomes:
        if future.done():
            continue
        if error is None:
            future.set_result(value)
        else:
            future.set_exception(error)
