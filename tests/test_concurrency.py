"""The adaptive limit on an AsyncClient's short requests in flight (`_concurrency`)."""

from __future__ import annotations

import asyncio

import pytest
from hypothesis import given
from hypothesis import strategies as st

from uniapi_fal._concurrency import GROWTH, INITIAL, MINIMUM, READ_SHARE, WINDOW, AdaptiveLimit


def test_flat_latency_opens_up_to_the_maximum() -> None:
    """A distant server: 100 ms whatever the load, so more in flight is more done."""
    limit = AdaptiveLimit(128)
    assert limit.limit == INITIAL
    for _ in range(60):
        limit.observe(0.1)
    assert limit.limit == 128


def test_latency_that_grows_with_the_load_keeps_the_limit_low() -> None:
    """A near server and a busy CPU: each request in flight adds 1 ms to every answer."""
    limit = AdaptiveLimit(16)
    limit.observe(0.001)  # the first answer, alone
    for _ in range(200):
        limit.observe(0.001 * int(limit.limit))
    assert MINIMUM <= limit.limit <= 5


def test_the_limit_is_cut_once_per_round_trip() -> None:
    """A burst of slow answers from one congested moment cuts the limit once: answers to
    requests sent before the cut are not counted again; one sent after it is."""
    now = [0.0]
    limit = AdaptiveLimit(256, clock=lambda: now[0])
    limit.observe(0.01, started=0.0)  # the baseline
    limit.limit = 100.0
    now[0] = 1.0
    limit.observe(0.05, started=0.9)  # 5x the fastest: cut in half
    assert limit.limit == 50.0
    for _ in range(50):  # the rest of the burst, sent before the cut
        limit.observe(0.05, started=0.95)
    assert limit.limit == 50.0
    now[0] = 1.2
    limit.observe(0.05, started=1.1)  # sent under the cut limit, and still slow
    assert limit.limit == 25.0


def test_a_changed_baseline_is_learned_within_two_windows() -> None:
    """The server got slower for good: within two windows the slower answers are the base."""
    limit = AdaptiveLimit(16)
    limit.observe(0.001)
    for _ in range(2 * WINDOW + 20):
        limit.observe(0.05)
    assert limit.limit == 16


@given(st.lists(st.floats(min_value=0.0, max_value=60.0), max_size=300), st.integers(1, 64))
def test_the_limit_stays_within_its_bounds(latencies: list[float], maximum: int) -> None:
    limit = AdaptiveLimit(maximum)
    for seconds in latencies:
        limit.observe(seconds)
        assert min(MINIMUM, maximum) <= limit.limit <= maximum


def test_never_more_in_flight_than_the_limit_and_first_come_first_served() -> None:
    async def run() -> tuple[int, list[int]]:
        limit = AdaptiveLimit(2)
        peak, order = 0, []

        async def request(index: int) -> None:
            nonlocal peak
            async with limit.slot():
                peak = max(peak, limit.in_flight)
                order.append(index)
                await asyncio.sleep(0)

        await asyncio.gather(*(request(i) for i in range(10)))
        assert limit.in_flight == 0
        return peak, order

    peak, order = asyncio.run(run())
    assert peak == 2 and order == list(range(10))


def test_a_cancelled_wait_gives_no_place_away() -> None:
    async def run() -> None:
        limit = AdaptiveLimit(2)  # starts at 2 places
        release = asyncio.Event()

        async def hold() -> None:
            async with limit.slot():
                await release.wait()

        holders = [asyncio.ensure_future(hold()) for _ in range(2)]
        await asyncio.sleep(0)
        waiting = asyncio.ensure_future(hold())
        await asyncio.sleep(0)
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
        release.set()
        await asyncio.gather(*holders)
        assert limit.in_flight == 0
        async with limit.slot(), limit.slot():
            assert limit.in_flight == 2

    asyncio.run(run())


def test_only_answered_requests_teach_the_limit() -> None:
    """A request that failed before its headers says nothing about the latency."""

    async def run() -> float:
        now = [0.0]
        limit = AdaptiveLimit(64, clock=lambda: now[0])
        for _ in range(10):
            with pytest.raises(OSError):
                async with limit.slot():
                    now[0] += 30.0
                    raise OSError("refused")
        async with limit.slot() as answered:
            now[0] += 0.1
            answered(None)
        return limit.limit

    assert asyncio.run(run()) == INITIAL + GROWTH


def test_reads_go_before_waiting_submits_but_submits_keep_a_share() -> None:
    """A burst of submits does not hold back the polls of jobs already paid for, and
    polls never stop new work: one place in READ_SHARE goes to a submit."""

    async def run() -> list[str]:
        limit = AdaptiveLimit(MINIMUM)
        limit.limit = 1.0
        order: list[str] = []
        gate = asyncio.Event()

        async def request(kind: str) -> None:
            async with limit.slot(read=kind == "read"):
                order.append(kind)
                await gate.wait()
                await asyncio.sleep(0)

        first = asyncio.ensure_future(request("first"))
        await asyncio.sleep(0)
        waits = [asyncio.ensure_future(request("submit")) for _ in range(3)]
        waits += [asyncio.ensure_future(request("read")) for _ in range(2 * READ_SHARE)]
        await asyncio.sleep(0)
        gate.set()
        await asyncio.gather(first, *waits)
        return order[1:]

    order = asyncio.run(run())
    share = ["read"] * (READ_SHARE - 1) + ["submit"]
    assert order[: 2 * READ_SHARE] == share * 2
    assert order[2 * READ_SHARE :] == ["read", "read", "submit"]


def test_a_connections_first_answer_does_not_teach_the_limit() -> None:
    """The first answer on a connection carries its handshake: not a sign of queueing."""

    class Connection:
        pass

    async def run() -> list[float]:
        now = [0.0]
        limit = AdaptiveLimit(64, clock=lambda: now[0])
        connection = Connection()
        seen = []
        for seconds in (0.3, 0.1, 0.1):
            async with limit.slot() as answered:
                now[0] += seconds
                answered(connection)
            seen.append(limit.limit)
        return seen

    assert asyncio.run(run()) == [INITIAL, INITIAL + GROWTH, INITIAL + 2 * GROWTH]
