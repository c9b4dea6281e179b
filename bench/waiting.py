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

import contextlib
import random
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from ._emulator import CpuMeter, Emulator, count_delta, request_counts
from ._proc import API_KEY, Params, run_worker, worker_main
from ._report import (
    FAL,
    HTTPX,
    UNIAPI,
    CpuRow,
    Row,
    Section,
    round_difference_text,
    round_ratio_text,
)
from ._stats import Spread, Summary, per_round, percentile, rotated, verdict

JOBS = 10
REPEATS = 5
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
    per_run_requests: list[float] = field(default_factory=list)
    per_run_p50: list[float] = field(default_factory=list)
    per_run_p95: list[float] = field(default_factory=list)
    """Run by run, in round order: run i of every configuration shares round i."""


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
    """One run (JOBS jobs at once) of one configuration, with the round's seed."""
    from ._jobs import completion_times

    base_url = params["base_url"]
    with tempfile.TemporaryDirectory() as folder:
        one_job = _job_runner(params["client"], params["mode"], base_url, Path(folder))
        before = request_counts(base_url)
        meter = CpuMeter(params["emulator_pid"])
        meter.start()
        returned = _concurrently(one_job, seed=int(params["seed"]))
        cpu = meter.stop()
        counts = count_delta(before, request_counts(base_url))
        done = completion_times(base_url, [rid for rid, _ in returned], params["run_seconds"])
        latencies = [(at - done[rid]) * 1000 for rid, at in returned]
    return {"counts": counts, "latencies_ms": latencies, "emulator_cpu": cpu}


# ----------------------------------------------------------- orchestrator side
def _one_run(config: Config, emulator: Emulator, seed: int) -> Params:
    out = run_worker(
        "bench.waiting",
        {
            "client": config.client,
            "mode": config.mode,
            "run_seconds": config.run_seconds,
            "base_url": emulator.base_url,
            "emulator_pid": emulator.pid,
            "seed": seed,
        },
    )
    counts = out["counts"]
    if counts["submit"] != JOBS or counts["result"] < JOBS:
        raise RuntimeError(f"{config.label}: expected {JOBS} submits and results: {counts}")
    return out


def measure_all(runs: int) -> dict[Config, Measured]:
    """`runs` rounds; each runs every configuration once (a fresh worker, one run of JOBS
    jobs), the order rotated from round to round, against one emulator per job length."""
    lengths = sorted({config.run_seconds for config in CONFIGS})
    per_config: dict[Config, list[Params]] = {config: [] for config in CONFIGS}
    with contextlib.ExitStack() as stack:
        emulators = {
            length: stack.enter_context(Emulator(queue_seconds=QUEUE_SECONDS, run_seconds=length))
            for length in lengths
        }
        for index in range(runs):
            for position in rotated([str(i) for i in range(len(CONFIGS))], index):
                config = CONFIGS[int(position)]
                per_config[config].append(
                    _one_run(config, emulators[config.run_seconds], seed=index)
                )
    return {config: _measured(found) for config, found in per_config.items()}


def _measured(runs: list[Params]) -> Measured:
    # A result asked for before its job ended (uniapi-fal's look at the expected end)
    # answers 400: it counts as a status request.
    requests = [
        (r["counts"]["status"] + r["counts"]["stream"] + r["counts"]["result"] - JOBS) / JOBS
        for r in runs
    ]
    p50 = [percentile(r["latencies_ms"], 50) for r in runs]
    p95 = [percentile(r["latencies_ms"], 95) for r in runs]
    return Measured(
        requests_per_job=Summary.of(requests),
        p50_ms=Summary.of(p50),
        p95_ms=Summary.of(p95),
        emulator_cpu=Summary.of([r["emulator_cpu"] for r in runs]),
        per_run_requests=requests,
        per_run_p50=p50,
        per_run_p95=p95,
    )


def run(runs: int = REPEATS) -> tuple[Section, dict[Config, Measured]]:
    measured = measure_all(runs)
    fal = measured[Config(FAL, DEFAULT)]
    section = Section()
    for mode, share, scenario in (
        (STREAM, STREAM_SHARE, "waiting (stream)"),
        (POLLING, POLLING_SHARE, "waiting (polling)"),
    ):
        ours, raw = measured[Config(UNIAPI, mode)], measured[Config(HTTPX, mode)]
        section.rows += _rows(scenario, mode, share, ours, fal, raw)
        section.cpu += [
            CpuRow(scenario, UNIAPI, ours.emulator_cpu),
            CpuRow(scenario, FAL, fal.emulator_cpu),
            CpuRow(scenario, HTTPX, raw.emulator_cpu),
        ]
    ours = measured[Config(UNIAPI, POLLING, OFF_GRID_RUN_SECONDS)]
    off_fal = measured[Config(FAL, DEFAULT, OFF_GRID_RUN_SECONDS)]
    off_scenario = f"waiting (polling), {QUEUE_SECONDS:g} + {OFF_GRID_RUN_SECONDS:g} s job"
    section.rows += _rows(off_scenario, POLLING, POLLING_SHARE, ours, off_fal, None)
    section.notes.append(
        f"### Waiting\n\n{JOBS} jobs at once per run ({QUEUE_SECONDS:g} s queue + "
        f"{RUN_SECONDS:g} s run), {runs} runs per client; a thread per job. The runs are "
        "interleaved in rounds: each round runs every configuration once (a fresh worker "
        "process each, against one emulator per job length kept for the scenario), the "
        "order rotated from round to round, with the same seeded pauses for every "
        "configuration of a round. Client columns: the median (min–max) of the per-run "
        "figures. Ratio column: the median of the per-round ratios to fal-client with their "
        "interquartile range (IQR); for the absolute target (p50 ≤ "
        f"{POLLING_P50_MS:.0f} ms) the median and IQR of uniapi-fal's per-run p50. A row is "
        '"too noisy" when that IQR holds the target. '
        "fal-client has one way of waiting (polling every 0.1 s), so its figures serve both "
        "the stream and the polling rows. Raw httpx: a hand-read status stream in the stream "
        "rows, a 0.1 s poll loop in the polling rows. Detection latency is the time the "
        "client returned the result minus the job's completion time; each client starts "
        f"waiting a random 0–{MAX_PAUSE * 1000:.0f} ms after its submit (seeded, the same for "
        "every client), so that a poller whose grid starts when it starts waiting (fal-client, "
        "raw httpx) does not meet the emulator's exact 4.000 s jobs at the same phase every "
        "time (a grid anchored at the submit is not moved by this: see below). The emulator "
        "does not expose completion times, so each is read from the job's first log line "
        "(stamped submit + queue time, to the millisecond) plus the run time."
    )
    section.notes.append(_schedule_note())
    return section, measured


def _rows(
    scenario: str,
    mode: str,
    share: float,
    ours: Measured,
    fal: Measured,
    raw: Measured | None,
) -> list[Row]:
    """Requests per job, p50 and p95 detection latency, against fal-client round by round."""

    def values(pick: Callable[[Measured], Summary]) -> dict[str, Summary | str | None]:
        found: dict[str, Summary | str | None] = {UNIAPI: pick(ours), FAL: pick(fal)}
        if raw is not None:
            found[HTTPX] = pick(raw)
        return found

    requests = Spread.of(per_round(ours.per_run_requests, fal.per_run_requests))
    p50_ratio = Spread.of(per_round(ours.per_run_p50, fal.per_run_p50))
    p95_ratio = Spread.of(per_round(ours.per_run_p95, fal.per_run_p95))
    if mode == STREAM:
        p50_text, p50_target = round_ratio_text(p50_ratio, FAL), f"≤ {FAL}'s"
        p50_met = verdict(p50_ratio, 1.0)
    else:
        own = Spread.of(ours.per_run_p50)
        p50_text, p50_target = (
            round_difference_text(own, "ms", sign=False),
            f"≤ {POLLING_P50_MS:.0f} ms",
        )
        p50_met = verdict(own, POLLING_P50_MS)
    return [
        Row(
            scenario,
            "status requests per job (status + stream)",
            values(lambda m: m.requests_per_job),
            round_ratio_text(requests, FAL),
            f"≤ {share:.2f}× {FAL}",
            verdict(requests, share),
        ),
        Row(
            scenario,
            "detection latency p50, ms",
            values(lambda m: m.p50_ms),
            p50_text,
            p50_target,
            p50_met,
            digits=0,
        ),
        Row(
            scenario,
            "detection latency p95, ms",
            values(lambda m: m.p95_ms),
            round_ratio_text(p95_ratio, FAL),
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
