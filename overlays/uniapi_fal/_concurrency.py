"""How many short requests an `AsyncClient` keeps in flight: as many as help, no more.

`max_connections` is a ceiling, not a target. Against a distant server most of a
request's time is the network, and more requests in flight mean more done per second
(1,000 jobs 50 ms away: 17 s with 8 in flight, 6.4 s with 64). Against a near one (a
local emulator, a gateway in the same rack) the client's own CPU is the limit: more
requests in flight only wait for one another.

So the limit follows the latency, as TCP Vegas and Netflix's gradient limiter do: while
requests answer within TOLERANCE times the fastest recent one, the limit grows by GROWTH
an answer (it about triples each round trip, from INITIAL); when they take longer (they
queue behind one another), it shrinks in proportion, once per round trip. Only the
time to the response's headers counts, so a large body does not read as congestion, and
the first answer on each connection does not count at all: its handshake cost one or two
more round trips, which say nothing of queueing. Waiting requests get their places in
order, a job's reads before submits (`_next`). Status streams hold a connection for a
job's life and are not counted here (the client's `Pace` caps them); the client's
semaphore keeps the sum within the pool.
"""

from __future__ import annotations

import asyncio
import time
import weakref
from collections import deque
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

INITIAL = 16
"""Requests in flight before anything is measured: a first round trip's worth."""
MINIMUM = 2
TOLERANCE = 2.5
"""A request this many times slower than the fastest recent one is not yet congestion."""
GROWTH = 2.0
"""Places added per answer while none is slow: the limit triples each round trip."""
WINDOW = 256
"""Answers after which the fastest one seen is forgotten, so the baseline follows a
server whose latency changed for good."""

READ_SHARE = 4
"""Of the places freed while both wait, reads get all but one in this many."""

Clock = Callable[[], float]


class AdaptiveLimit:
    """An asyncio limit on requests in flight, between MINIMUM and `maximum`, adjusted on
    every answer from its latency (see the module doc)."""

    def __init__(self, maximum: int, clock: Clock = time.monotonic) -> None:
        self.maximum = max(1, maximum)
        self.limit = float(min(INITIAL, self.maximum))
        self._clock = clock
        self._in_flight = 0
        self._reads: deque[asyncio.Future[None]] = deque()
        self._others: deque[asyncio.Future[None]] = deque()
        self._reads_in_a_row = 0
        self._connections: weakref.WeakSet[object] = weakref.WeakSet()
        """The connections that answered before."""
        self._fastest: float | None = None  # the baseline: fastest of the last window
        self._window_fastest: float | None = None
        self._window = 0
        self._cut_at = float("-inf")
        """When the limit was last cut: slower answers to earlier requests cut no more."""

    @property
    def in_flight(self) -> int:
        return self._in_flight

    @asynccontextmanager
    async def slot(self, *, read: bool = False) -> AsyncIterator[Callable[[object], None]]:
        """Hold one place; call what it yields with the connection (httpcore's network
        stream, or None) when the response's headers arrive. A `read` (a job's status or
        result) goes before waiting submits (see `_next`)."""
        await self._acquire(self._reads if read else self._others)
        started = self._clock()
        answered: list[float] = []

        def on_answer(connection: object) -> None:
            if connection is None or connection in self._connections:
                answered.append(self._clock() - started)
            else:  # its first answer: the handshake's round trips are in it
                self._connections.add(connection)

        try:
            yield on_answer
        finally:
            self._in_flight -= 1
            if answered:
                self.observe(answered[0], started)
            self._wake()

    def observe(self, seconds: float, started: float | None = None) -> None:
        """One answer's latency: the limit grows while answers stay near the baseline,
        and shrinks by the baseline's share of the latency when they do not; once per
        round trip, as TCP does: a request `started` before the last cut was sent under
        the limit that the cut already corrected, and its slowness is not counted again
        (a burst of slow answers from one congested moment cut the limit to its minimum
        and it took round trips to grow back)."""
        seconds = max(seconds, 1e-6)
        self._window_fastest = min(seconds, self._window_fastest or seconds)
        self._window += 1
        fastest = min(seconds, self._fastest or seconds)
        if self._window >= WINDOW:  # forget old answers: this window's fastest is the base
            fastest, self._window, self._window_fastest = self._window_fastest, 0, None
        self._fastest = fastest
        gradient = min(1.0, max(0.5, TOLERANCE * fastest / seconds))
        if gradient < 1.0:
            if started is not None and started < self._cut_at:
                return
            self._cut_at = self._clock()
        grown = self.limit * gradient + (GROWTH if gradient == 1.0 else 0.0)
        self.limit = min(float(self.maximum), max(float(MINIMUM), grown))

    async def _acquire(self, queue: deque[asyncio.Future[None]]) -> None:
        if self._in_flight < int(self.limit) and not self._reads and not self._others:
            self._in_flight += 1
            return
        waiter = asyncio.get_running_loop().create_future()
        queue.append(waiter)
        try:
            await waiter  # resolved by `_wake`, which counts it in
        except BaseException:
            if waiter.done() and not waiter.cancelled():
                self._in_flight -= 1  # woken and cancelled at once: give the place on
                self._wake()
            elif waiter in queue:
                queue.remove(waiter)
            raise

    def _wake(self) -> None:
        while self._in_flight < int(self.limit) and (self._reads or self._others):
            waiter = self._next()
            if not waiter.done():
                self._in_flight += 1
                waiter.set_result(None)

    def _next(self) -> asyncio.Future[None]:
        """Reads first: a job already paid for is not kept waiting by a burst of submits
        (its end would be seen late, and what its polls teach the client's `Pace` with
        it). But every READ_SHARE-th place goes to a waiting submit, so that polls never
        stop new work altogether."""
        if self._reads and (not self._others or self._reads_in_a_row < READ_SHARE - 1):
            self._reads_in_a_row += 1
            return self._reads.popleft()
        self._reads_in_a_row = 0
        return self._others.popleft()
