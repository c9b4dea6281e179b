"""Waiting: how many status requests a job costs, and how late its completion is seen.

Each run submits JOBS jobs at once (1 s queue + 3 s run on the emulator), one thread per
job as a user of a sync client would, and each thread returns once it holds the result:
uniapi-fal `job.result()` (status stream, or polling with `stream=False`), fal-client
`handle.get()`, raw httpx a hand-read SSE stream or a 0.1 s poll loop.

Every emulated job lasts exactly 4.000 s, a multiple of fal-client's 0.1 s poll: a poller
that starts at submit would see the completion at the same phase every time (a few ms of
drift, not the ~50 ms a real job of any length costs on average). So each thread starts
waiting a random 0-100 ms after its submit (uniform, the same seeded pauses for every
client), which is a job length spread over one poll interval for such a poller. A
client that anchors its polls at the submit is not moved by the pause; the polling rows
are therefore also run on a 1 + 3.25 s job, which ends off a 0.5 s or 0.1 s grid.

- requests per job: the emulator's `status` + `stream` counters over the run / JOBS;
- detection latency: when the client returned the result − when the job completed
  (see `bench._jobs` for how the completion time is read from the emulator).
"""

from __future__ import annotations

import random
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from ._emulator import CpuMeter, Emulator, count_delta, request_counts
from ._proc import API_KEY, Params, run_worker, worker_main
from ._report import FAL, HTTPX, UNIAPI, CpuRow, Row, Section, ratio_text
from ._stats import Summary, percentile

JOBS = 10
REPEATS = 3
QUEUE_SECONDS = 1.0
RUN_SECONDS = 3.0
OFF_GRID_RUN_SECONDS = 3.25
"""A second job length for polling: completion half a 0.5 s interval off a grid anchored
at the submit, and off fal-client's 0.1 s grid too (the emulator's timeline is exact)."""
STREAM, POLLING, DEFAULT = "stream", "polling", "default"

STREAM_SHARE = 0.10
POLLING_SHARE = 0.20
POLLING_P50_MS = 300.0
MAX_PAUSE = 0.1


@dataclass(frozen=True)
class Config:
    """One way of waiting: a client and its mode, on jobs of one length."""

    client: str
    mode: str
    run_seconds: float = RUN_SECONDS

    @property
    def label(self) -> str:
        name = f"{FAL} (polls every 0.1 s)" if self.client == FAL else f"{self.client} {self.mode}"
        if self.run_seconds != RUN_SECONDS:
            name += f", {QUEUE_SECONDS:g} + {self.run_seconds:g} s job"
        return name


CONFIGS = [
    Config(UNIAPI, STREAM),
    Config(UNIAPI, POLLING),
    Config(FAL, DEFAULT),
    Config(HTTPX, STREAM),
    Config(HTTPX, POLLING),
    Config(UNIAPI, POLLING, OFF_GRID_RUN_SECONDS),
    Config(FAL, DEFAULT, OFF_GRID_RUN_SECONDS),
]


@dataclass(frozen=True)
class Measured:
    """A configuration's runs, summarised."""

    requests_per_job: Summary
    p50_ms: Summary
    p95_ms: Summary
    emulator_cpu: Summary


# ----------------------------------------------------------------- worker side
OneJob = Callable[[int, float], str]
"""Submit job `index`, pause, wait for it, fetch its result: its request_id."""


def _concurrently(one_job: OneJob, seed: int) -> list[tuple[str, float]]:
    """Run JOBS jobs on JOBS threads: (request_id, unix time the client returned)."""
    rng = random.Random(seed)
    pauses = [rng.uniform(0, MAX_PAUSE) for _ in range(JOBS)]

    def timed(index: int) -> tuple[str, float]:
        request_id = one_job(index, pauses[index])
        return request_id, time.time()

    with ThreadPoolExecutor(JOBS) as pool:
        return list(pool.map(timed, range(JOBS)))


def _job_runner(client: str, mode: str, base_url: str, folder: Path) -> OneJob:
    if client == UNIAPI:
        from uniapi_fal import Client
        from uniapi_fal.models import FluxDevInput

        from ._jobs import arguments

        sdk = Client(
            api_key=API_KEY,
            base_url=base_url,
            stream=mode == STREAM,
            journal=folder / "journal.sqlite3",
        )

        def uniapi_job(index: int, pause: float) -> str:
            job = sdk.submit(FluxDevInput(prompt=arguments(index)["prompt"]))
            time.sleep(pause)
            job.result()
            return job.request_id

        return uniapi_job
    if client == FAL:
        from . import _fal_client
        from ._jobs import ENDPOINT, arguments

        fal = _fal_client.sync_client(base_url)
        return lambda index, pause: _fal_client.submit_and_get(
            fal, ENDPOINT, arguments(index), pause
        )
    import httpx

    from ._jobs import raw_poll_run, raw_stream_run

    http = httpx.Client(timeout=60)
    raw = raw_stream_run if mode == STREAM else raw_poll_run
    return lambda index, pause: raw(http, base_url, index, pause)


def worker(params: Params) -> Params:
    from ._jobs import completion_times

    base_url = params["base_url"]
    runs = []
    with tempfile.TemporaryDirectory() as folder:
        one_job = _job_runner(params["client"], params["mode"], base_url, Path(folder))
        for repeat in range(REPEATS):
            before = request_counts(base_url)
            meter = CpuMeter(params["emulator_pid"])
            meter.start()
            returned = _concurrently(one_job, seed=repeat)
            cpu = meter.stop()
            counts = count_delta(before, request_counts(base_url))
            done = completion_times(base_url, [rid for rid, _ in returned], params["run_seconds"])
            latencies = [(at - done[rid]) * 1000 for rid, at in returned]
            runs.append({"counts": counts, "latencies_ms": latencies, "emulator_cpu": cpu})
    return {"runs": runs}


# ----------------------------------------------------------- orchestrator side
def measure(config: Config) -> Measured:
    with Emulator(queue_seconds=QUEUE_SECONDS, run_seconds=config.run_seconds) as emulator:
        out = run_worker(
            "bench.waiting",
            {
                "client": config.client,
                "mode": config.mode,
                "run_seconds": config.run_seconds,
                "base_url": emulator.base_url,
                "emulator_pid": emulator.pid,
            },
        )
    runs = out["runs"]
    for run_ in runs:
        counts = run_["counts"]
        if counts["submit"] != JOBS or counts["result"] != JOBS:
            raise RuntimeError(f"{config.label}: expected {JOBS} submits and results: {counts}")
    return Measured(
        requests_per_job=Summary.of(
            [(r["counts"]["status"] + r["counts"]["stream"]) / JOBS for r in runs]
        ),
        p50_ms=Summary.of([percentile(r["latencies_ms"], 50) for r in runs]),
        p95_ms=Summary.of([percentile(r["latencies_ms"], 95) for r in runs]),
        emulator_cpu=Summary.of([r["emulator_cpu"] for r in runs]),
    )


def run() -> tuple[Section, dict[Config, Measured]]:
    measured = {config: measure(config) for config in CONFIGS}
    fal = measured[Config(FAL, DEFAULT)]
    section = Section()
    for mode, share, scenario in (
        (STREAM, STREAM_SHARE, "waiting (stream)"),
        (POLLING, POLLING_SHARE, "waiting (polling)"),
    ):
        ours, raw = measured[Config(UNIAPI, mode)], measured[Config(HTTPX, mode)]
        ratio = ours.requests_per_job.median / fal.requests_per_job.median
        section.rows.append(
            Row(
                scenario,
                "status requests per job (status + stream)",
                {
                    UNIAPI: ours.requests_per_job,
                    FAL: fal.requests_per_job,
                    HTTPX: raw.requests_per_job,
                },
                ratio_text(ours.requests_per_job.median, fal.requests_per_job.median, FAL),
                f"≤ {share:.2f}× {FAL}",
                ratio <= share,
            )
        )
        if mode == STREAM:
            target, met = f"≤ {FAL}'s", ours.p50_ms.median <= fal.p50_ms.median
        else:
            target, met = f"≤ {POLLING_P50_MS:.0f} ms", ours.p50_ms.median <= POLLING_P50_MS
        section.rows.append(
            Row(
                scenario,
                "detection latency p50, ms",
                {UNIAPI: ours.p50_ms, FAL: fal.p50_ms, HTTPX: raw.p50_ms},
                ratio_text(ours.p50_ms.median, fal.p50_ms.median, FAL),
                target,
                met,
                digits=0,
            )
        )
        section.rows.append(
            Row(
                scenario,
                "detection latency p95, ms",
                {UNIAPI: ours.p95_ms, FAL: fal.p95_ms, HTTPX: raw.p95_ms},
                ratio_text(ours.p95_ms.median, fal.p95_ms.median, FAL),
                "reported",
                None,
                digits=0,
            )
        )
        section.cpu += [
            CpuRow(scenario, UNIAPI, ours.emulator_cpu),
            CpuRow(scenario, FAL, fal.emulator_cpu),
            CpuRow(scenario, HTTPX, raw.emulator_cpu),
        ]
    section.rows += _off_grid_rows(measured)
    section.notes.append(
        f"### Waiting\n\n{JOBS} jobs at once per run ({QUEUE_SECONDS:g} s queue + "
        f"{RUN_SECONDS:g} s run), {REPEATS} runs per client; a thread per job. "
        "fal-client has one way of waiting (polling every 0.1 s), so its figures serve both "
        "the stream and the polling rows. Raw httpx: a hand-read status stream in the stream "
        "rows, a 0.1 s poll loop in the polling rows. Detection latency is the time the "
        "client returned the result minus the job's completion time; each client starts "
        f"waiting a random 0–{MAX_PAUSE * 1000:.0f} ms after its submit (seeded, the same for "
        "every client), so that a poller whose grid starts when it starts waiting (fal-client, "
        "raw httpx) does not meet the emulator's exact 4.000 s jobs at the same phase every "
        "time (a grid anchored at the submit is not moved by this: see below). The emulator "
        "does not "
        "expose completion times, so each is read from the job's first log line (stamped "
        "submit + queue time, to the millisecond) plus the run time."
    )
    section.notes.append(_schedule_note())
    return section, measured


def _off_grid_rows(measured: dict[Config, Measured]) -> list[Row]:
    """The polling rows again for the off-grid job length, against the same targets."""
    ours = measured[Config(UNIAPI, POLLING, OFF_GRID_RUN_SECONDS)]
    fal = measured[Config(FAL, DEFAULT, OFF_GRID_RUN_SECONDS)]
    scenario = f"waiting (polling), {QUEUE_SECONDS:g} + {OFF_GRID_RUN_SECONDS:g} s job"
    share = ours.requests_per_job.median / fal.requests_per_job.median
    return [
        Row(
            scenario,
            "status requests per job (status + stream)",
            {UNIAPI: ours.requests_per_job, FAL: fal.requests_per_job},
            ratio_text(ours.requests_per_job.median, fal.requests_per_job.median, FAL),
            f"≤ {POLLING_SHARE:.2f}× {FAL}",
            share <= POLLING_SHARE,
        ),
        Row(
            scenario,
            "detection latency p50, ms",
            {UNIAPI: ours.p50_ms, FAL: fal.p50_ms},
            ratio_text(ours.p50_ms.median, fal.p50_ms.median, FAL),
            f"≤ {POLLING_P50_MS:.0f} ms",
            ours.p50_ms.median <= POLLING_P50_MS,
            digits=0,
        ),
        Row(
            scenario,
            "detection latency p95, ms",
            {UNIAPI: ours.p95_ms, FAL: fal.p95_ms},
            ratio_text(ours.p95_ms.median, fal.p95_ms.median, FAL),
            "reported",
            None,
            digits=0,
        ),
    ]


def _schedule_note() -> str:
    """uniapi-fal's polling schedule, as its `PollSchedule` gives it (if it is there)."""
    try:
        from uniapi_fal._waiting import PollSchedule

        schedule = PollSchedule()
        delays = [schedule.next_delay() for _ in range(30)]
    except (ImportError, TypeError, AttributeError):
        return ""
    shown = ", ".join(f"{d:g}" for d in delays[:8])
    return (
        f"uniapi-fal with `stream=False` waits by `PollSchedule` (`overlays/uniapi_fal/"
        f"_waiting.py`); its delays in one state: {shown}, ... {delays[-1]:g} s "
        f"(30th). For scale: a {QUEUE_SECONDS + RUN_SECONDS:g} s job costs fal-client about "
        f"{(QUEUE_SECONDS + RUN_SECONDS) / 0.1:.0f} polls, so ≤ {POLLING_SHARE:.2f}× of them "
        f"is ≤ {(QUEUE_SECONDS + RUN_SECONDS) / 0.1 * POLLING_SHARE:.0f} polls, an average "
        f"of ≥ {1 / (10 * POLLING_SHARE):.1f} s between polls, while a median detection "
        f"latency ≤ {POLLING_P50_MS:.0f} ms asks for the last interval to be ≲ "
        f"{2 * POLLING_P50_MS / 1000:.1f} s. The emulator's jobs end at an exact time after "
        "the submit, so a poll grid anchored at the submit meets the end at the same phase "
        f"every run: the {QUEUE_SECONDS:g} + {OFF_GRID_RUN_SECONDS:g} s rows show the same "
        "clients on a job that ends off that grid."
    )


if __name__ == "__main__":
    worker_main(worker)
