"""How many short requests an `AsyncClient` keeps in flight: as many as help, no more.

`max_connections` is a ceiling, not a target. Against a distant server most of a
request's time is the network, and more requests in flight mean more done per second.
Against a near one (a local emulator, a gateway in the same rack) the client's own CPU
is the limit: more requests in flight only wait for one another, and each extra pooled
connection costs CPU on every request (httpcore checks every idle connection on every
request event), so 1,000 jobs took twice as long with 16 in flight as with 4.

So the limit follows the latency, as TCP Vegas and Netflix's gradient limiter do: while
requests answer about as fast as the fastest recent one, the limit grows by one; when
they take longer (they queue behind one another), it shrinks in proportion. Only the
time to the response's headers counts, so a large body does not read as congestion.
Status streams hold a connection for a job's life and are not counted here (the
client's `Pace` caps them); the client's semaphore keeps the sum within the pool.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

INITIAL = 4
"""Requests in flight before anything is measured."""
MINIMUM = 2
TOLERANCE = 2.0
"""A request this many times slower than the fastest recent one is not yet congestion."""
WINDOW = 256
"""Answers after which the fastest one seen is forgotten, so the baseline follows a
server whose latency changed for good."""

Clock = Callable[[], float]


class AdaptiveLimit:
    """An asyncio limit on requests in flight, between MINIMUM and `maximum`, adjusted on
    every answer from its latency (see the module doc)."""

    def __init__(self, maximum: int, clock: Clock = time.monotonic) -> None:
        self.maximum = max(1, maximum)
        self.limit = float(min(INITIAL, self.maximum))
        self._clock = clock
        self._in_flight = 0
        self._waiting: deque[asyncio.Future[None]] = deque()
        self._fastest: float | None = None  # the baseline: fastest of the last window
        self._window_fastest: float | None = None
        self._window = 0

    @property
    def in_flight(self) -> int:
        return self._in_flight

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[Callable[[], None]]:
        """Hold one place; call what it yields when the response's headers arrive."""
        await self._acquire()
        started = self._clock()
        answered: list[float] = []
        try:
            yield lambda: answered.append(self._clock() - started)
        finally:
            self._in_flight -= 1
            if answered:
                self.observe(answered[0])
            self._wake()

    def observe(self, seconds: float) -> None:
        """One answer's latency: the limit grows by one while answers stay near the
        baseline, and shrinks by the baseline's share of the latency when they do not."""
        seconds = max(seconds, 1e-6)
        self._window_fastest = min(seconds, self._window_fastest or seconds)
        self._window += 1
        fastest = min(seconds, self._fastest or seconds)
        if self._window >= WINDOW:  # forget old answers: this window's fastest is the base
            fastest, self._window, self._window_fastest = self._window_fastest, 0, None
        self._fastest = fastest
        gradient = min(1.0, max(0.5, TOLERANCE * fastest / seconds))
        grown = self.limit * gradient + (1.0 if gradient == 1.0 else 0.0)
        self.limit = min(float(self.maximum), max(float(MINIMUM), grown))

    async def _acquire(self) -> None:
        if self._in_flight < int(self.limit) and not self._waiting:
            self._in_flight += 1
            return
        waiter = asyncio.get_running_loop().create_future()
        self._waiting.append(waiter)
        try:
            await waiter  # resolved by `_wake`, which counts it in
        except BaseException:
            if waiter.done() and not waiter.cancelled():
                self._in_flight -= 1  # woken and cancelled at once: give the place on
                self._wake()
            elif waiter in self._waiting:
                self._waiting.remove(waiter)
            raise

    def _wake(self) -> None:
        while self._waiting and self._in_flight < int(self.limit):
            waiter = self._waiting.popleft()
            if not waiter.done():
                self._in_flight += 1
                waiter.set_result(None)
