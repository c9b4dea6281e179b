"""A batch item is claimed in the journal: runs of one batch never both submit an item,
and a run waits for what another live run is submitting."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from fal_queue_emulator import RunningEmulator
from uniapi_fal import (
    AsyncClient,
    JobError,
    SubmitUncertainError,
    WaitTimeoutError,
    _owner,
)
from uniapi_fal._batch import batch_keys
from uniapi_fal._journal import _SENDING, EXPIRED, Journal, Taken

from .conftest import TEST_KEY

ENDPOINT = "fal-ai/flux/dev"


def prompts_sent(emulator: RunningEmulator) -> list[str]:
    return [r.body["prompt"] for r in emulator.emulator.requests_of("submit")]


def dead_pid() -> int:
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(done.stdout)


def owner_with(
    *,
    host: str | None = None,
    boot: str | None = None,
    pid: int | None = None,
    start: str | None = None,
) -> str:
    mine = _owner.current().split("|")
    parts = [
        host or mine[0],
        mine[1] if boot is None else boot,
        str(pid if pid is not None else mine[2]),
        mine[3] if start is None else start,
    ]
    return "|".join(parts)


def test_an_owner_holds_its_claim_only_while_it_runs() -> None:
    assert _owner.holds(_owner.current(), age=1e6)
    assert not _owner.holds(None, 0) and not _owner.holds("garbage", 0)
    assert not _owner.holds(owner_with(pid=dead_pid()), 0)
    if _owner.current().split("|")[3]:  # Linux: a reused pid is told apart by its start
        assert not _owner.holds(owner_with(start="1"), 0)
    if _owner.current().split("|")[1]:  # a claim from before a restart
        assert not _owner.holds(owner_with(boot="another-boot"), 0)
    # another host's claim cannot be checked: held for a while, then given up
    assert _owner.holds(owner_with(host="elsewhere"), 10)
    assert not _owner.holds(owner_with(host="elsewhere"), _owner.FOREIGN_CLAIM_SECONDS + 1)


def test_a_second_claim_of_one_item_is_refused(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.sqlite3")
    row = journal.begin(ENDPOINT, "http://x", "d", "b:k:0")
    with pytest.raises(Taken):
        journal.begin(ENDPOINT, "http://x", "d", "b:k:0")
    assert journal.begin(ENDPOINT, "http://other", "d", "b:k:0") != row  # another base URL
    assert [e.id for e in journal.entries(base_url="http://x")] == [row]
    assert journal.entries()[0].owner == _owner.current()


@pytest.fixture
async def client(emulator: RunningEmulator, tmp_path: Path) -> AsyncIterator[AsyncClient]:
    """A client with a journal of its own, the emulator's record of submits cleared."""
    emulator.emulator.clear_requests()
    async with AsyncClient(
        api_key=TEST_KEY, base_url=emulator.base_url, journal=tmp_path / "j.sqlite3"
    ) as journaled:
        yield journaled


def claim(client: AsyncClient, batch: str, item: dict[str, str], owner: str) -> int:
    """A SUBMITTING row for the item, as another run writes it before sending."""
    (key,) = batch_keys(batch, [item], ENDPOINT)
    row = client.journal.begin(ENDPOINT, str(client.base_url), "d", key)
    assert row is not None
    path = client.journal.path
    assert path is not None
    import sqlite3

    db = sqlite3.connect(path)
    with db:
        db.execute("UPDATE jobs SET owner = ? WHERE id = ?", (owner, row))
    db.close()
    return row


@pytest.mark.anyio
async def test_an_item_a_live_run_is_submitting_is_waited_for_and_reused(
    emulator: RunningEmulator, client: AsyncClient
) -> None:
    item = {"prompt": "claimed by another run"}
    row = claim(client, "b", item, _owner.current())
    waiting = asyncio.ensure_future(client.map([item], endpoint=ENDPOINT, batch="b"))
    await asyncio.sleep(0.5)
    assert not waiting.done() and prompts_sent(emulator) == []
    # the other run's submit is answered: it records the job
    job = await client.submit(ENDPOINT, item)
    client.journal.submitted(row, job.request_id, "IN_QUEUE", (None, None, None))
    (result,) = await asyncio.wait_for(waiting, 10)
    assert result.ok and result.source == "reattached" and result.request_id == job.request_id
    assert prompts_sent(emulator) == [item["prompt"]]  # the one submit, the other run's


@pytest.mark.anyio
async def test_an_item_released_unsent_by_a_live_run_is_sent(
    emulator: RunningEmulator, client: AsyncClient
) -> None:
    item = {"prompt": "released by another run"}
    row = claim(client, "b", item, _owner.current())
    waiting = asyncio.ensure_future(client.map([item], endpoint=ENDPOINT, batch="b"))
    await asyncio.sleep(0.3)
    client.journal.abandon(row, maybe_queued=False, error="cancelled before sending")
    (result,) = await asyncio.wait_for(waiting, 10)
    assert result.ok and result.source == "submitted"
    assert prompts_sent(emulator) == [item["prompt"]]


@pytest.mark.anyio
async def test_an_item_left_submitting_by_a_dead_run_is_uncertain(
    emulator: RunningEmulator, client: AsyncClient
) -> None:
    item = {"prompt": "its run was killed"}
    row = claim(client, "b", item, owner_with(pid=dead_pid()))
    (result,) = await client.map([item], endpoint=ENDPOINT, batch="b")
    assert isinstance(result.error, SubmitUncertainError) and result.source == "journal"
    message = str(result.error)
    assert "stopped before its answer was recorded" in message and "None" not in message
    assert f"forget({row})" in message and prompts_sent(emulator) == []


@pytest.mark.anyio
async def test_a_timeout_while_another_run_submits_sends_nothing(
    emulator: RunningEmulator, client: AsyncClient
) -> None:
    item = {"prompt": "never released"}
    claim(client, "b", item, _owner.current())
    started = time.monotonic()
    (result,) = await client.map([item], endpoint=ENDPOINT, batch="b", timeout=0.5)
    assert isinstance(result.error, WaitTimeoutError) and "sent nothing" in str(result.error)
    assert time.monotonic() - started < 2 and prompts_sent(emulator) == []


@pytest.mark.anyio
async def test_two_maps_of_one_batch_at_once_submit_each_item_once(
    emulator: RunningEmulator, client: AsyncClient
) -> None:
    items = [{"prompt": f"twice at once {i}"} for i in range(12)]
    first, second = await asyncio.gather(
        client.map(items, endpoint=ENDPOINT, batch="b", concurrency=4),
        client.map(items, endpoint=ENDPOINT, batch="b", concurrency=4),
    )
    assert all(r.ok for r in first + second)
    assert sorted(prompts_sent(emulator)) == sorted(i["prompt"] for i in items)
    for a, b in zip(first, second, strict=True):
        assert a.request_id == b.request_id


@pytest.mark.anyio
async def test_an_expired_item_is_reported_not_resubmitted(
    emulator: RunningEmulator, client: AsyncClient
) -> None:
    item = {"prompt": "forgotten by the queue"}
    (key,) = batch_keys("b", [item], ENDPOINT)
    row = client.journal.begin(ENDPOINT, str(client.base_url), "d", key)
    client.journal.submitted(row, "gone-1", "IN_QUEUE", (None, None, None))
    client.journal.set_state("gone-1", EXPIRED)
    (result,) = await client.map([item], endpoint=ENDPOINT, batch="b")
    assert isinstance(result.error, JobError) and "no longer knows it" in str(result.error)
    assert result.request_id == "gone-1" and prompts_sent(emulator) == []


@pytest.mark.anyio
async def test_this_processs_own_row_whose_submit_ended_unrecorded_is_uncertain(
    emulator: RunningEmulator, client: AsyncClient
) -> None:
    """Its last journal write failed (a full disk): the row stays SUBMITTING, but no submit
    of this process is sending it, so it is not waited for forever."""
    item = {"prompt": "its answer was never recorded"}
    row = claim(client, "b", item, _owner.current())
    _SENDING.discard((str(client.journal.path), row))  # what submitted()/abandon() do first
    (result,) = await asyncio.wait_for(client.map([item], endpoint=ENDPOINT, batch="b"), 5)
    assert isinstance(result.error, SubmitUncertainError) and prompts_sent(emulator) == []
