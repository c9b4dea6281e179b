"""Cancellation against a slow queue: a submit still waiting for a connection or the
in-flight limit is dropped when its caller goes, never sent and never journaled; one whose
bytes have left is read to its answer and journaled before its caller goes; nothing sent is
"maybe queued" unless it really was sent. The sync client under Ctrl-C the same."""

from __future__ import annotations

import asyncio
import signal
import threading
import time
import uuid
from collections.abc import Iterator

import httpx
import pytest

from uniapi_fal import AsyncClient, Client, JournalEntry
from uniapi_fal._journal import UNKNOWN

from . import FIGURES
from .hostile import ARGS, ENDPOINT, KEY, Conn, Handler, HostileServer, Request, queue_urls

SUBMIT_ANSWERS_AFTER = 1.0
SLACK = 0.5
"""Allowed on this slow machine (2 shared cores) on top of a bound."""
CANCEL_FIGURES: list[str] = []


@pytest.fixture(scope="module", autouse=True)
def _figures() -> Iterator[None]:
    yield
    if CANCEL_FIGURES:
        FIGURES.append("cancellation: " + "; ".join(CANCEL_FIGURES))


def slow_submit(seconds: float) -> Handler:
    """A submit answered `seconds` after it arrived, each with its own request_id."""

    async def handle(request: Request, conn: Conn) -> None:
        await asyncio.sleep(seconds)
        request_id = str(uuid.uuid4())
        body = {
            "status": "IN_QUEUE",
            "request_id": request_id,
            **queue_urls(conn.server.base_url, request_id),
        }
        await conn.json(200, body)

    return handle


def _journaled(client: Client | AsyncClient) -> list[JournalEntry]:
    return client.journal.entries()


def _check_rows(rows: list[JournalEntry], sent: int) -> None:
    """One row per submit that reached the server, each with the id fal gave it."""
    assert len(rows) == sent, [(r.request_id, r.state, r.error) for r in rows]
    assert all(r.request_id is not None and r.state != UNKNOWN for r in rows), [
        (r.request_id, r.state, r.error) for r in rows
    ]


@pytest.mark.timeout(30)
def test_cancelled_submits_waiting_for_a_connection_are_never_sent() -> None:
    """100 submits on 4 connections, all cancelled at 0.5 s: only those already sent reach
    the queue; the cancel ends when their answers are journaled, not 100 answers later."""

    async def scenario() -> tuple[float, list[JournalEntry]]:
        async with AsyncClient(api_key=KEY, base_url=server.base_url, max_connections=4) as c:
            tasks = [asyncio.ensure_future(c.submit(ENDPOINT, ARGS)) for _ in range(100)]
            await asyncio.sleep(0.5)
            started = time.monotonic()
            for task in tasks:
                task.cancel()
            outcomes = await asyncio.gather(*tasks, return_exceptions=True)
            took = time.monotonic() - started
            assert all(isinstance(o, asyncio.CancelledError) for o in outcomes), outcomes
            rows = await asyncio.to_thread(_journaled, c)
        return took, rows

    with HostileServer(submit=slow_submit(SUBMIT_ANSWERS_AFTER)) as server:
        took, rows = asyncio.run(scenario())
        time.sleep(SUBMIT_ANSWERS_AFTER)  # anything still on its way would arrive now
        sent = server.kinds().count("submit")
    CANCEL_FIGURES.append(
        f"100 submits on 4 connections cancelled at 0.5 s: {sent} reached the queue, "
        f"the cancel took {took:.2f} s"
    )
    assert 1 <= sent <= 4
    assert took <= SUBMIT_ANSWERS_AFTER + SLACK
    _check_rows(rows, sent)


@pytest.mark.timeout(30)
def test_wait_for_then_leaving_async_with_loses_no_answer() -> None:
    """`asyncio.wait_for(gather(20 submits), 0.2)`, then leaving `async with`: every submit
    that was sent has its request_id journaled; none that was not sent has a row."""

    async def scenario() -> list[JournalEntry]:
        async with AsyncClient(api_key=KEY, base_url=server.base_url) as c:
            submits = [c.submit(ENDPOINT, ARGS) for _ in range(20)]
            with pytest.raises(TimeoutError):
                await asyncio.wait_for(asyncio.gather(*submits), 0.2)
        return await asyncio.to_thread(_journaled, c)

    with HostileServer(submit=slow_submit(0.5)) as server:
        rows = asyncio.run(scenario())
        time.sleep(0.5)
        sent = server.kinds().count("submit")
    CANCEL_FIGURES.append(f"wait_for(gather(20), 0.2): {sent} sent, {len(rows)} journaled")
    assert sent >= 1
    _check_rows(rows, sent)


@pytest.mark.timeout(30)
def test_aclose_waits_for_submits_still_being_answered() -> None:
    """Submits cancelled and not awaited, then `aclose()` at once: it waits for the sent
    ones' answers, which are journaled with their request_ids, before it closes the pool."""

    async def scenario() -> tuple[float, list[JournalEntry]]:
        client = AsyncClient(api_key=KEY, base_url=server.base_url)
        tasks = [asyncio.ensure_future(client.submit(ENDPOINT, ARGS)) for _ in range(5)]
        while len(server.requests) < 2:
            await asyncio.sleep(0.01)
        for task in tasks:
            task.cancel()
        started = time.monotonic()
        await client.aclose()
        took = time.monotonic() - started
        await asyncio.gather(*tasks, return_exceptions=True)
        return took, await asyncio.to_thread(_journaled, client)

    with HostileServer(submit=slow_submit(SUBMIT_ANSWERS_AFTER)) as server:
        took, rows = asyncio.run(scenario())
        sent = server.kinds().count("submit")
    CANCEL_FIGURES.append(f"aclose() with {sent} sent submits unanswered: waited {took:.2f} s")
    assert took <= SUBMIT_ANSWERS_AFTER + SLACK
    _check_rows(rows, sent)


@pytest.mark.timeout(30)
def test_a_submit_handed_to_client_maps_thread_bridge_is_never_lost() -> None:
    """`Client.map` sends through the user's sync client in worker threads, which a cancel
    cannot stop: a submit handed over (here waiting for the sync pool's one connection)
    is sent anyway, so its cancelled caller waits for the answer and journals it."""
    from uniapi_fal._bridge import SyncClientBridge

    async def scenario() -> list[JournalEntry]:
        bridge = SyncClientBridge(http, workers=4)
        async with (
            httpx.AsyncClient(transport=bridge) as threaded,
            AsyncClient(api_key=KEY, base_url=server.base_url, http_client=threaded) as c,
        ):
            first = asyncio.ensure_future(c.submit(ENDPOINT, ARGS))
            while not server.requests:  # the one connection is taken
                await asyncio.sleep(0.01)
            second = asyncio.ensure_future(c.submit(ENDPOINT, ARGS))
            await asyncio.sleep(0.2)  # handed to the bridge, waiting for the connection
            second.cancel()
            await asyncio.gather(first, second, return_exceptions=True)
            return await asyncio.to_thread(_journaled, c)

    with (
        HostileServer(submit=slow_submit(0.5)) as server,
        httpx.Client(limits=httpx.Limits(max_connections=1)) as http,
    ):
        rows = asyncio.run(scenario())
        time.sleep(0.6)
        sent = server.kinds().count("submit")
    assert sent == 2
    _check_rows(rows, 2)


def _interrupt_main_after(seconds: float) -> threading.Timer:
    """Ctrl-C to this (the main) thread after `seconds`, as a terminal sends it."""
    main = threading.main_thread().ident
    assert main is not None and threading.current_thread() is threading.main_thread()
    timer = threading.Timer(seconds, signal.pthread_kill, (main, signal.SIGINT))
    timer.start()
    return timer


@pytest.mark.timeout(30)
def test_ctrl_c_during_a_sent_submit_keeps_its_answer() -> None:
    """Ctrl-C while a sent submit waits for its answer: the answer is read and journaled,
    then KeyboardInterrupt."""
    with (
        HostileServer(submit=slow_submit(SUBMIT_ANSWERS_AFTER)) as server,
        Client(api_key=KEY, base_url=server.base_url) as c,
    ):
        timer = _interrupt_main_after(0.3)
        started = time.monotonic()
        with pytest.raises(KeyboardInterrupt):
            c.submit(ENDPOINT, ARGS)
        took = time.monotonic() - started
        timer.join()
        rows = c.journal.entries()
        sent = server.kinds().count("submit")
    CANCEL_FIGURES.append(f"Ctrl-C 0.3 s into a sync submit: raised after {took:.2f} s")
    assert sent == 1
    assert SUBMIT_ANSWERS_AFTER - 0.1 <= took <= SUBMIT_ANSWERS_AFTER + SLACK
    _check_rows(rows, 1)


@pytest.mark.timeout(30)
def test_ctrl_c_while_a_submit_waits_for_a_connection_sends_nothing() -> None:
    """Ctrl-C while the submit waits for the pool's one connection (another thread's
    submit holds it): KeyboardInterrupt at once, nothing more reaches the queue, no row."""
    with (
        HostileServer(submit=slow_submit(SUBMIT_ANSWERS_AFTER)) as server,
        httpx.Client(limits=httpx.Limits(max_connections=1)) as http,
        Client(api_key=KEY, base_url=server.base_url, http_client=http) as c,
    ):
        other = threading.Thread(target=c.submit, args=(ENDPOINT, ARGS))
        other.start()
        while not server.requests:
            time.sleep(0.01)
        timer = _interrupt_main_after(0.2)
        started = time.monotonic()
        with pytest.raises(KeyboardInterrupt):
            c.submit(ENDPOINT, ARGS)
        took = time.monotonic() - started
        timer.join()
        other.join()
        time.sleep(0.2)
        rows = c.journal.entries()
        sent = server.kinds().count("submit")
    CANCEL_FIGURES.append(f"Ctrl-C while a sync submit waits for a connection: {took:.2f} s")
    assert sent == 1 and took <= 0.2 + SLACK
    _check_rows(rows, 1)  # the other thread's
