"""Many jobs: JOBS concurrent jobs in one process, each submitted and waited for.

uniapi-fal: one `AsyncClient`, `await (await client.submit(...)).result()` per job (status
stream, the default); fal-client: one `fal_client.AsyncClient`, `await (await
client.submit(...)).get()`; raw httpx: one `httpx.AsyncClient`, submit, poll every 0.1 s,
fetch the result. All `asyncio.gather`ed at once. Each run is a fresh worker process
against a fresh emulator (1 s queue + 3 s run); the wall time runs from the first submit
to the last result; the peak RSS is the worker's high-water mark (`VmHWM`) at the end,
imports included, and its value just before the jobs is kept to tell imports from jobs.
"""

from __future__ import annotations

import asyncio
import resource
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from ._emulator import CpuMeter, Emulator, count_delta, request_counts
from ._proc import API_KEY, Params, run_worker, worker_main
from ._report import FAL, HTTPX, UNIAPI, CpuRow, Row, Section, ratio_text
from ._stats import Summary

JOBS = 1000
REPEATS = 1
QUEUE_SECONDS = 1.0
RUN_SECONDS = 3.0
SCENARIO = "many jobs"

OneJob = Callable[[int], Awaitable[object]]


@dataclass(frozen=True)
class Timing:
    wall: float
    emulator_cpu: float
    rss_before_jobs_mib: float
    failures: dict[str, int]
    """Jobs that raised, by exception type (none expected)."""


def _peak_rss_mib() -> float:
    """This process's peak RSS: `VmHWM` on Linux.

    Not `ru_maxrss`: on Linux it survives fork + exec, so a worker would report its
    parent's peak (the orchestrator's, matplotlib included) whenever that is higher.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


async def _all_jobs(one_job: OneJob, emulator_pid: int) -> Timing:
    """Run JOBS jobs at once: the wall time, and the emulator's CPU share meanwhile."""
    before = _peak_rss_mib()
    meter = CpuMeter(emulator_pid)
    meter.start()
    started = time.perf_counter()
    outcomes = await asyncio.gather(*(one_job(i) for i in range(JOBS)), return_exceptions=True)
    wall = time.perf_counter() - started
    failures: dict[str, int] = {}
    for outcome in outcomes:
        if isinstance(outcome, BaseException):
            name = type(outcome).__name__
            failures[name] = failures.get(name, 0) + 1
    return Timing(wall, meter.stop(), before, failures)


async def _measure(client: str, base_url: str, emulator_pid: int, folder: Path) -> Timing:
    if client == UNIAPI:
        from uniapi_fal import AsyncClient
        from uniapi_fal.models import FluxDevInput

        from ._jobs import arguments

        async with AsyncClient(
            api_key=API_KEY, base_url=base_url, journal=folder / "journal.sqlite3"
        ) as sdk:

            async def uniapi_job(index: int) -> object:
                job = await sdk.submit(FluxDevInput(prompt=arguments(index)["prompt"]))
                return await job.result()

            return await _all_jobs(uniapi_job, emulator_pid)
    if client == FAL:
        from . import _fal_client
        from ._jobs import ENDPOINT, arguments

        fal = _fal_client.async_client(base_url)

        async def fal_job(index: int) -> object:
            return await _fal_client.submit_and_get_async(fal, ENDPOINT, arguments(index))

        return await _all_jobs(fal_job, emulator_pid)
    import httpx

    from ._jobs import raw_poll_run_async

    async with httpx.AsyncClient(timeout=120) as http:

        async def raw_job(index: int) -> object:
            return await raw_poll_run_async(http, base_url, index)

        return await _all_jobs(raw_job, emulator_pid)


def worker(params: Params) -> Params:
    base_url = params["base_url"]
    before = request_counts(base_url)
    with tempfile.TemporaryDirectory() as folder:
        timing = asyncio.run(
            _measure(params["client"], base_url, params["emulator_pid"], Path(folder))
        )
    counts = count_delta(before, request_counts(base_url))
    return {**asdict(timing), "peak_rss_mib": _peak_rss_mib(), "counts": counts}


def run(repeats: int = REPEATS) -> Section:
    section = Section()
    walls: dict[str, Summary | str | None] = {}
    rss: dict[str, Summary | str | None] = {}
    growth: dict[str, Summary | str | None] = {}
    requests: dict[str, Summary | str | None] = {}
    failed: dict[str, Summary | str | None] = {}
    failure_kinds: dict[tuple[str, str], int] = {}
    medians: dict[str, tuple[float, float]] = {}
    for client in (UNIAPI, FAL, HTTPX):
        runs = []
        for _ in range(repeats):
            with Emulator(queue_seconds=QUEUE_SECONDS, run_seconds=RUN_SECONDS) as emulator:
                out = run_worker(
                    "bench.many_jobs",
                    {"client": client, "base_url": emulator.base_url, "emulator_pid": emulator.pid},
                    timeout=900,
                )
            runs.append(out)
        wall = Summary.of([r["wall"] for r in runs])
        peak = Summary.of([r["peak_rss_mib"] for r in runs])
        walls[client], rss[client] = wall, peak
        medians[client] = (wall.median, peak.median)
        growth[client] = Summary.of([r["peak_rss_mib"] - r["rss_before_jobs_mib"] for r in runs])
        requests[client] = Summary.of(
            [(r["counts"]["status"] + r["counts"]["stream"]) / JOBS for r in runs]
        )
        failed[client] = Summary.of([float(sum(r["failures"].values())) for r in runs])
        for r in runs:
            for name, count in r["failures"].items():
                failure_kinds[(client, name)] = failure_kinds.get((client, name), 0) + count
        section.cpu.append(CpuRow(SCENARIO, client, Summary.of([r["emulator_cpu"] for r in runs])))
    (our_wall, our_rss), (fal_wall, fal_rss) = medians[UNIAPI], medians[FAL]
    ours_failed = failure_kinds and any(client == UNIAPI for client, _ in failure_kinds)
    section.rows += [
        Row(
            SCENARIO,
            f"jobs that raised, of {JOBS}",
            failed,
            "",
            "0",
            not ours_failed,
            digits=0,
        ),
        Row(
            SCENARIO,
            f"wall time for {JOBS} concurrent jobs, s",
            walls,
            ratio_text(our_wall, fal_wall, FAL),
            f"≤ {FAL} async",
            our_wall <= fal_wall,
        ),
        Row(
            SCENARIO,
            "peak RSS of the process, MiB",
            rss,
            ratio_text(our_rss, fal_rss, FAL),
            f"≤ {FAL}",
            our_rss <= fal_rss,
        ),
        Row(SCENARIO, "of which during the jobs, MiB", growth, "", "reported", None),
        Row(SCENARIO, "status requests per job (status + stream)", requests, "", "reported", None),
    ]
    section.notes.append(
        f"### Many jobs\n\n{JOBS} jobs per run ({QUEUE_SECONDS:g} s queue + {RUN_SECONDS:g} s "
        f"run: no run can take less than {QUEUE_SECONDS + RUN_SECONDS:g} s), {repeats} "
        f"run{'s' if repeats > 1 else ''} per client, each a fresh process against a fresh "
        "emulator. Every client keeps httpx's default pool (100 connections), so most requests "
        "wait in httpcore's pool queue, and httpcore 1.0.9 re-scans that whole queue against "
        "every connection whenever a request starts or ends: with ~1,000 waiting requests "
        "the client process is CPU-bound there, whichever client it is (the emulator's CPU "
        "share stays low: see the table above). uniapi-fal writes its journal (a temp SQLite "
        "file), as it does by default. `python -m bench --many-jobs-repeats N` runs it more often."
        + (
            "\n\nJobs that raised (all runs): "
            + ", ".join(f"{c}: {n} × {kind}" for (c, kind), n in sorted(failure_kinds.items()))
            + "."
            if failure_kinds
            else ""
        )
    )
    return section


if __name__ == "__main__":
    worker_main(worker)
