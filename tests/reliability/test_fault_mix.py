"""(a) 300 jobs through AsyncClient while a fifth of the emulator's answers are faults of
every kind: each job ends with its correct result, each input is queued exactly once,
and no request_id is lost."""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from fal_queue_emulator import EmulatorConfig, FaultConfig, input_digest, run_in_thread
from uniapi_fal import ENDPOINTS, APIError, AsyncClient, RetryPolicy
from uniapi_fal._registry import output_class

from .._inputs import minimal_input
from ..conftest import SPEC, TEST_KEY
from ..test_end_to_end import FIRST_SIX
from . import FIGURES

JOBS = 300
FAULT_SHARE = 0.2
# FaultConfig.mix spreads a rate over seven fault kinds, and each request kind can carry
# only some of them (no slow submit, unknown status on status requests only, ...): this
# total makes about FAULT_SHARE of all answers faults, as the figures line shows.
MIX_TOTAL = 0.27
CONCURRENCY = 100


class RetryCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.retries = 0

    def emit(self, record: logging.LogRecord) -> None:
        if record.msg.startswith("retrying"):
            self.retries += 1


def inputs() -> list[tuple[str, dict[str, Any]]]:
    endpoints = FIRST_SIX  # models with a prompt, so that every input is distinct
    return [
        (
            endpoints[i % len(endpoints)],
            {**minimal_input(endpoints[i % len(endpoints)]), "prompt": f"job {i}"},
        )
        for i in range(JOBS)
    ]


@pytest.mark.anyio
@pytest.mark.timeout(110)
async def test_300_jobs_under_20_percent_faults(tmp_path: Path) -> None:
    faults = FaultConfig.mix(MIX_TOTAL, seed=20261126, retry_after=0.02, slow_seconds=0.02)
    config = EmulatorConfig(
        spec_path=SPEC, queue_seconds=0.05, run_seconds=0.1, log_interval=0.05, faults=faults
    )
    counter = RetryCounter()
    logger = logging.getLogger("uniapi_fal")
    logger.addHandler(counter)
    previous_level = logger.level
    logger.setLevel(logging.DEBUG)
    app_resubmits = Counter[str]()
    app_rereads = 0
    gate = asyncio.Semaphore(CONCURRENCY)
    policy = RetryPolicy(initial_delay=0.01, max_delay=0.2, max_retry_after=1.0, deadline=30)

    async def one(client: AsyncClient, endpoint: str, body: dict[str, Any]) -> tuple[str, Any]:
        """What an application does: resubmit only when told nothing may have been queued
        (the emulator also fails 5xx/reset submits before queueing; counted apart)."""
        nonlocal app_rereads
        async with gate:
            while True:
                try:
                    job = await client.submit(endpoint, body)
                    break
                except APIError as error:
                    app_resubmits["uncertain" if error.maybe_queued else "refused"] += 1
            while True:
                try:
                    return job.request_id, await job.result(timeout=60)
                except APIError:
                    app_rereads += 1  # reads are always safe to repeat

    try:
        with run_in_thread(config) as server:
            async with AsyncClient(
                api_key=TEST_KEY,
                base_url=server.base_url,
                journal=tmp_path / "journal.sqlite3",
                max_retries=8,
                retry=policy,
            ) as client:
                work = inputs()
                outcomes = await asyncio.gather(*(one(client, e, b) for e, b in work))
                entries = client.jobs()
                journal_ids = {e.request_id for e in entries if e.request_id is not None}
                uncertain = [e for e in entries if e.state == "UNKNOWN"]
                unfinished = client.resume()
            stats = server.emulator.stats()
    finally:
        logger.removeHandler(counter)
        logger.setLevel(previous_level)

    wrong = [
        i
        for i, ((endpoint, _), (_, out)) in enumerate(zip(work, outcomes, strict=True))
        if type(out) is not output_class(ENDPOINTS[endpoint])
    ]
    duplicates = sum(n - 1 for n in stats.jobs_by_input.values() if n > 1)
    never_queued = [
        i for i, (_, body) in enumerate(work) if stats.jobs_by_input.get(input_digest(body), 0) == 0
    ]
    collected_ids = {rid for rid, _ in outcomes}
    lost = stats.jobs_created - len(collected_ids & journal_ids)
    requests = sum(stats.requests_by_kind.values())
    FIGURES.append(
        f"fault-mix: jobs={JOBS} requests={requests} faults_injected={stats.faults_injected} "
        f"({stats.faults_injected / requests:.0%}: "
        f"{', '.join(f'{k} {v}' for k, v in sorted(stats.faults_by_type.items()) if v)}) "
        f"retries={counter.retries} duplicate_submits={duplicates} lost_jobs={lost} "
        f"app_resubmits={sum(app_resubmits.values())} (refused {app_resubmits['refused']}, "
        f"uncertain {app_resubmits['uncertain']}) app_rereads={app_rereads}"
    )
    assert wrong == [] and never_queued == []
    assert duplicates == 0 and lost == 0 and stats.jobs_created == JOBS
    assert unfinished == [] and len(journal_ids) == JOBS
    assert len(uncertain) == app_resubmits["uncertain"]  # each shows in client.jobs()
    assert stats.faults_injected >= (FAULT_SHARE - 0.03) * requests  # the mix really bit
    assert set(stats.faults_by_type) >= {"429", "5xx", "520", "reset", "slow", "unknown_status"}
