"""Many jobs: N concurrent jobs in one process, each submitted and waited for.

uniapi-fal: one `AsyncClient(api_key=..., base_url=..., journal=<temp file>)`, `await (await
client.submit(FluxDevInput(...))).result()` per job (its default way of waiting);
fal-client: one `fal_client.AsyncClient`, `await (await client.submit(...)).get()`; raw
httpx: one `httpx.AsyncClient` told the job length, the floor for any httpx client
(submit, sleep to the job's known end, fetch the result, again every 0.1 s while it is
not ready; at most `RAW_IN_FLIGHT` requests in flight). All
`asyncio.gather`ed at once. Each run is a fresh worker process against a fresh server
(1 s queue + 3 s run); the wall time runs from the first submit to the last result.

Two servers:

- the project's emulator (validation on, as users run it): 1,000 jobs for every client,
  10,000 for uniapi-fal alone (fal-client's fixed 0.1 s polling takes minutes at 1,000);
- `bench._plain_queue`: a stand-alone standard-library server that speaks fal's queue
  protocol but has no status stream, so a client that relies on the stream must fall
  back: 1 and 200 jobs for uniapi-fal and fal-client, 1,000 for uniapi-fal (and for
  fal-client with `--full`).

Memory: the worker's peak RSS (`VmHWM`) at the end, imports included, and its RSS
(`VmRSS`) just before the jobs; RSS per waiting job = (peak − before) / jobs. Open file
descriptors of the worker are sampled every 0.25 s during the jobs (sockets, mostly).
"""

from __future__ import annotations

import asyncio
import os
import resource
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Coroutine, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ._emulator import STATS_PATH, CpuMeter, Emulator, count_delta, request_counts
from ._plain_queue import STATS_PATH as PLAIN_STATS_PATH
from ._plain_queue import PlainQueue
from ._proc import API_KEY, Params, ServerProcess, run_worker, worker_main
from ._report import (
    FAL,
    HTTPX,
    UNIAPI,
    CpuRow,
    Row,
    Section,
    ratio_text,
    round_ratio_text,
)
from ._stats import Spread, Summary, per_round, rotated, verdict

SIZES = (1000, 10000)
"""Jobs per run against the emulator (`--many-jobs-sizes`)."""
PLAIN_SIZES = (1, 200, 1000)
"""Jobs per run against the plain queue server (`--plain-sizes`)."""
ALL_CLIENTS_UP_TO = 1000
"""Above this many jobs only uniapi-fal runs against the emulator."""
FAL_PLAIN_UP_TO = 200
"""fal-client runs against the plain server up to this many jobs unless `--full`."""
REPEATS = 1
WALL_ROUNDS = 3
"""Rounds of uniapi-fal (both installs) and raw httpx at ALL_CLIENTS_UP_TO jobs on the
emulator, at least: the wall target sits near the measured ratio, and one round gives no
spread to judge it by. fal-client runs in the first `repeats` rounds only (about 4
minutes a run)."""
PLAIN_SMALL_ROUNDS = 3
"""Rounds for the plain server's sizes up to FAL_PLAIN_UP_TO (a few seconds each)."""
QUEUE_SECONDS = 1.0
RUN_SECONDS = 3.0
WALL_LIMIT = 1.25 * (QUEUE_SECONDS + RUN_SECONDS)
REQUESTS_PER_JOB = 3.0
RAW_IN_FLIGHT = 8
"""Raw httpx's requests in flight: with 2 to 8 it submitted 1,000 jobs to the emulator
in 1.7–2.3 s on the 2-CPU bench machine (no order between them from run to run), with
16 in 3.5 s."""
JOBS_DEADLINE = 600.0
"""A run's jobs not done by then are cancelled and counted as lost (fal-client's 1,000
jobs on the emulator take about 4 minutes)."""
SOLO_DEADLINE = 240.0
"""The same for the sizes only uniapi-fal runs (10,000 jobs): the bench must end."""
BUSY_SERVER = 0.8
FAST = "uniapi-fal, fast extras"
"""uniapi-fal with `http_backend="aiohttp"`, in uvloop's event loop (`pip install
'uniapi-fal[fast,aiohttp]'`)."""
FLOOR_WITHIN = 1.1
"""uniapi-fal's wall at 1,000 jobs on the emulator, at most this times raw httpx's..."""
FAST_FLOOR_WITHIN = 1.0
"""...and this with uvloop."""
SCENARIO = "many jobs"
PLAIN = "plain queue"

OneJob = Callable[[int], Awaitable[object]]


# ------------------------------------------------------------------ worker side
def _status_kib(field: str) -> float | None:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return float(line.split()[1])  # kB
    except OSError:
        pass
    return None


def _peak_rss_mib() -> float:
    """This process's peak RSS: `VmHWM` on Linux.

    Not `ru_maxrss`: on Linux it survives fork + exec, so a worker would report its
    parent's peak (the orchestrator's, matplotlib included) whenever that is higher.
    """
    found = _status_kib("VmHWM")
    if found is not None:
        return found / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _rss_mib() -> float:
    found = _status_kib("VmRSS")
    return _peak_rss_mib() if found is None else found / 1024


def _open_fds() -> int:
    try:
        return len(os.listdir("/proc/self/fd"))
    except OSError:
        return 0


async def _all_jobs(one_job: OneJob, jobs: int, server_pid: int, deadline: float) -> Params:
    """Run `jobs` jobs at once: wall time, outcomes, the server's CPU share, fds, RSS."""
    rss_before = _rss_mib()
    fds_before = _open_fds()
    peak_fds = fds_before
    meter = CpuMeter(server_pid)
    meter.start()
    own = CpuMeter(os.getpid())
    own.start()
    started = time.perf_counter()
    tasks = [asyncio.ensure_future(one_job(i)) for i in range(jobs)]

    async def sample() -> None:
        nonlocal peak_fds
        while True:
            await asyncio.sleep(0.25)
            peak_fds = max(peak_fds, _open_fds())

    sampler = asyncio.ensure_future(sample())
    done, pending = await asyncio.wait(tasks, timeout=deadline)
    wall = time.perf_counter() - started
    cpu = meter.stop()
    client_cpu = own.stop()
    sampler.cancel()
    for task in pending:
        task.cancel()
    await asyncio.gather(sampler, *pending, return_exceptions=True)
    failures: dict[str, int] = {}
    empty = 0
    for task in done:
        error = task.exception()
        if error is not None:
            failures[type(error).__name__] = failures.get(type(error).__name__, 0) + 1
        elif task.result() is None:
            empty += 1
    return {
        "wall": wall,
        "server_cpu": cpu,
        "client_cpu": client_cpu,
        "rss_before_mib": rss_before,
        "failures": failures,
        "lost": len(pending) + empty,
        "fds_before": fds_before,
        "peak_fds": peak_fds,
    }


async def _measure(
    client: str,
    base_url: str,
    jobs: int,
    pid: int,
    folder: Path,
    deadline: float,
    fixed: int | None = None,
    http_backend: str = "httpx",
) -> Params:
    if client == UNIAPI:
        from uniapi_fal import AsyncClient
        from uniapi_fal.models import FluxDevInput

        from ._jobs import arguments

        async with AsyncClient(
            api_key=API_KEY,
            base_url=base_url,
            journal=folder / "journal.sqlite3",
            http_backend="aiohttp" if http_backend == "aiohttp" else "httpx",
            **({} if fixed is None else {"max_connections": 2 * fixed}),
        ) as sdk:
            if fixed is not None:  # the latency scenario's comparison: no adapting
                sdk._limit.limit = float(fixed)
                sdk._limit.observe = lambda *_: None  # type: ignore[method-assign]

            async def uniapi_job(index: int) -> object:
                job = await sdk.submit(FluxDevInput(prompt=arguments(index)["prompt"]))
                return await job.result()

            return await _all_jobs(uniapi_job, jobs, pid, deadline)
    if client == FAL:
        from . import _fal_client
        from ._jobs import ENDPOINT, arguments

        fal = _fal_client.async_client(base_url)

        async def fal_job(index: int) -> object:
            handle = await fal.submit(ENDPOINT, arguments(index))
            return await handle.get()

        return await _all_jobs(fal_job, jobs, pid, deadline)
    import httpx

    from ._jobs import raw_known_end_run_async

    gate = asyncio.Semaphore(RAW_IN_FLIGHT)
    async with httpx.AsyncClient(timeout=120) as http:

        async def raw_job(index: int) -> object:
            return await raw_known_end_run_async(
                http, base_url, index, gate, QUEUE_SECONDS + RUN_SECONDS
            )

        return await _all_jobs(raw_job, jobs, pid, deadline)


def _event_loop(params: Params) -> Callable[[Coroutine[Any, Any, Params]], Params]:
    if not params.get("uvloop"):
        return asyncio.run
    import uvloop

    return uvloop.run


def worker(params: Params) -> Params:
    if params.get("cpus"):  # pinned (the latency scenario's plain queue rows)
        os.sched_setaffinity(0, params["cpus"])
    base_url, stats = params["base_url"], params["stats_path"]
    before = request_counts(base_url, stats)
    with tempfile.TemporaryDirectory() as folder:
        timing = _event_loop(params)(
            _measure(
                params["client"],
                base_url,
                params["jobs"],
                params["server_pid"],
                Path(folder),
                float(params["deadline"]),
                params.get("fixed"),
                params.get("http_backend", "httpx"),
            )
        )
    counts = count_delta(before, request_counts(base_url, stats))
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    return {**timing, "peak_rss_mib": _peak_rss_mib(), "counts": counts, "nofile": [soft, hard]}


# ------------------------------------------------------------ orchestrator side
@dataclass(frozen=True)
class Runs:
    """One client's runs at one size against one server."""

    client: str
    jobs: int
    runs: list[Params]

    def each(self, key: str) -> list[float]:
        return [float(run[key]) for run in self.runs]

    def summary(self, pick: Callable[[Params], float]) -> Summary:
        return Summary.of([pick(run) for run in self.runs])

    def walls(self) -> list[float]:
        return self.each("wall")

    def requests_per_job(self) -> list[float]:
        """Status requests, streams and result requests beyond one per job (a result
        asked for before the job ended is a status check too), per job."""
        return [
            (
                run["counts"].get("status", 0)
                + run["counts"].get("stream", 0)
                + max(0, run["counts"].get("result", 0) - self.jobs)
            )
            / self.jobs
            for run in self.runs
        ]

    def raised(self) -> int:
        return sum(sum(run["failures"].values()) for run in self.runs)

    def lost(self) -> int:
        return sum(int(run["lost"]) for run in self.runs)

    def kib_per_job(self) -> list[float]:
        return [
            (run["peak_rss_mib"] - run["rss_before_mib"]) * 1024 / self.jobs for run in self.runs
        ]

    def failure_kinds(self) -> dict[str, int]:
        found: dict[str, int] = {}
        for run in self.runs:
            for name, count in run["failures"].items():
                found[name] = found.get(name, 0) + int(count)
        return found


def run_clients(
    server: Callable[[], ServerProcess],
    stats_path: str,
    clients: Sequence[str],
    jobs: int,
    rounds: int,
    deadline: float = JOBS_DEADLINE,
    params_of: Mapping[str, Params] | None = None,
    server_cpus: set[int] | None = None,
    rounds_of: Mapping[str, int] | None = None,
) -> dict[str, Runs]:
    """`rounds` rounds of every client (order rotated), each a fresh worker and server.
    A client's name may stand for a configuration (`params_of`: the worker's parameters,
    the client itself among them); `server_cpus` pins the server to those CPUs;
    `rounds_of` runs a client in the first so many rounds only."""
    found: dict[str, list[Params]] = {client: [] for client in clients}
    for index in range(rounds):
        present = [c for c in clients if index < (rounds_of or {}).get(c, rounds)]
        for client in rotated(present, index):
            with server() as running:
                if server_cpus:
                    os.sched_setaffinity(running.pid, server_cpus)
                out = run_worker(
                    "bench.many_jobs",
                    {
                        "client": client,
                        "base_url": running.base_url,
                        "server_pid": running.pid,
                        "stats_path": stats_path,
                        "jobs": jobs,
                        "deadline": deadline,
                        **(params_of or {}).get(client, {}),
                    },
                    timeout=deadline + 300,
                )
            found[client].append(out)
            print(
                f"bench: {running.name}: {client}, {jobs} jobs: {out['wall']:.1f} s",
                file=sys.stderr,
                flush=True,
            )
    return {client: Runs(client, jobs, runs) for client, runs in found.items()}


def _emulator() -> ServerProcess:
    return Emulator(queue_seconds=QUEUE_SECONDS, run_seconds=RUN_SECONDS)


def _plain() -> ServerProcess:
    return PlainQueue(queue_seconds=QUEUE_SECONDS, run_seconds=RUN_SECONDS)


def _values(
    measured: dict[str, Runs], pick: Callable[[Runs], Summary | str]
) -> dict[str, Summary | str | None]:
    return {client: pick(runs) for client, runs in measured.items()}


def _kinds(measured: dict[str, Runs]) -> list[str]:
    return [
        f"{client}: {count} × {kind}"
        for client, runs in measured.items()
        for kind, count in sorted(runs.failure_kinds().items())
    ]


def _emulator_rows(jobs: int, measured: dict[str, Runs], section: Section) -> None:
    ours = measured[UNIAPI]
    scenario = f"{SCENARIO} ({jobs:,})"
    targeted = jobs <= ALL_CLIENTS_UP_TO
    """Above that size (uniapi-fal alone) only "no job lost or raised" is a target."""
    requests = Summary.of(ours.requests_per_job())
    peak = ours.summary(lambda r: r["peak_rss_mib"])
    section.rows += [
        Row(
            scenario,
            f"jobs that raised or were lost, of {jobs:,}",
            _values(measured, lambda r: f"{r.raised()} + {r.lost()} lost"),
            "",
            "0",
            ours.raised() + ours.lost() == 0,
        ),
        *_wall_rows(jobs, measured),
        Row(
            scenario,
            "status requests per job (status + stream + results asked early)",
            _values(measured, lambda r: Summary.of(r.requests_per_job())),
            "",
            f"≤ {REQUESTS_PER_JOB:g}" if targeted else "reported",
            verdict(requests, REQUESTS_PER_JOB) if targeted else None,
        ),
    ]
    if FAL in measured:
        theirs = measured[FAL]
        rss = ours.each("peak_rss_mib")[: len(theirs.runs)]  # the rounds fal-client ran in
        ratios = Spread.of(per_round(rss, theirs.each("peak_rss_mib")))
        section.rows.append(
            Row(
                scenario,
                "peak RSS of the process, MiB",
                _values(measured, lambda r: r.summary(lambda x: x["peak_rss_mib"])),
                round_ratio_text(ratios, FAL),
                f"≤ {FAL}",
                verdict(ratios, 1.0),
            )
        )
    else:
        section.rows.append(
            Row(
                scenario,
                "peak RSS of the process, MiB",
                {UNIAPI: peak},
                "",
                "reported",
                None,
            )
        )
    section.rows += [
        Row(
            scenario,
            "RSS per waiting job, KiB ((peak − before) / jobs)",
            _values(measured, lambda r: Summary.of(r.kib_per_job())),
            "",
            "reported",
            None,
        ),
        *_process_rows(scenario, measured),
    ]
    _server_cpu(section, scenario, measured)


def _wall_rows(jobs: int, measured: dict[str, Runs]) -> list[Row]:
    """The wall time: against raw httpx's floor where it ran (per round), with the
    default install and with uvloop (the `fast` extra); else only reported."""
    scenario = f"{SCENARIO} ({jobs:,})"
    if HTTPX not in measured:
        walls = _values(measured, lambda r: Summary.of(r.walls()))
        return [
            Row(scenario, f"wall time for {jobs:,} concurrent jobs, s", walls, "", "reported", None)
        ]
    floor = measured[HTTPX].walls()
    rows = []
    for label, limit in ((UNIAPI, FLOOR_WITHIN), (FAST, FAST_FLOOR_WITHIN)):
        if label not in measured:
            continue
        ratios = Spread.of(per_round(measured[label].walls(), floor))
        values = _values(measured, lambda r: Summary.of(r.walls()))
        values[UNIAPI] = Summary.of(measured[label].walls())
        rows.append(
            Row(
                scenario,
                f"wall time for {jobs:,} concurrent jobs, s"
                + (" (fast extras: aiohttp, uvloop)" if label == FAST else ""),
                values,
                round_ratio_text(ratios, HTTPX),
                f"≤ {limit:g}× {HTTPX}",
                verdict(ratios, limit),
            )
        )
    return rows


def _process_rows(scenario: str, measured: dict[str, Runs]) -> list[Row]:
    """The client process's open files and CPU: what says whether the client was the limit."""
    fds = Row(
        scenario,
        "peak open fds of the client process (sampled)",
        _values(measured, lambda r: r.summary(lambda x: x["peak_fds"])),
        "",
        "reported",
        None,
        digits=0,
    )
    return [fds, _client_cpu_row(scenario, measured)]


def _server_cpu(section: Section, scenario: str, measured: dict[str, Runs]) -> None:
    for client, runs in measured.items():
        section.cpu.append(CpuRow(scenario, client, runs.summary(lambda r: r["server_cpu"])))


def _client_cpu_row(scenario: str, measured: dict[str, Runs]) -> Row:
    """The client process's own CPU over the jobs: near 100 % means the client is the limit."""
    return Row(
        scenario,
        "client process CPU during the jobs, % of a core",
        _values(measured, lambda r: r.summary(lambda x: x["client_cpu"] * 100)),
        "",
        "reported",
        None,
        digits=0,
    )


def _plain_rows(jobs: int, measured: dict[str, Runs], section: Section) -> None:
    ours = measured[UNIAPI]
    scenario = f"{PLAIN} ({jobs:,})"
    requests = Summary.of(ours.requests_per_job())
    walls = _values(measured, lambda r: Summary.of(r.walls()))
    if jobs > FAL_PLAIN_UP_TO:
        wall_ratio = (
            round_ratio_text(Spread.of(per_round(ours.walls(), measured[FAL].walls())), FAL)
            if FAL in measured
            else ""
        )
        wall_target, wall_met = (
            f"≤ {WALL_LIMIT:.1f} s",
            verdict(Spread.of(ours.walls()), WALL_LIMIT),
        )
    else:
        ratios = Spread.of(per_round(ours.walls(), measured[FAL].walls()))
        wall_ratio, wall_target, wall_met = (
            round_ratio_text(ratios, FAL),
            f"≤ {FAL}",
            verdict(ratios, 1.0),
        )
    section.rows += [
        Row(
            scenario,
            f"jobs that raised or were lost, of {jobs:,}",
            _values(measured, lambda r: f"{r.raised()} + {r.lost()} lost"),
            "",
            "0",
            ours.raised() + ours.lost() == 0,
        ),
        Row(
            scenario,
            f"wall time for {jobs:,} concurrent job{'s' if jobs > 1 else ''}, s",
            walls,
            wall_ratio,
            wall_target,
            wall_met,
            digits=2 if jobs == 1 else 1,
        ),
        Row(
            scenario,
            "status requests per job (status + stream + results asked early)",
            _values(measured, lambda r: Summary.of(r.requests_per_job())),
            ratio_text(requests.median, Summary.of(measured[FAL].requests_per_job()).median, FAL)
            if FAL in measured
            else "",
            f"≤ {REQUESTS_PER_JOB:g}" if jobs > FAL_PLAIN_UP_TO else "reported",
            verdict(requests, REQUESTS_PER_JOB) if jobs > FAL_PLAIN_UP_TO else None,
        ),
    ]
    if jobs > FAL_PLAIN_UP_TO:
        section.rows += _process_rows(scenario, measured)
    _server_cpu(section, scenario, measured)


def run(
    repeats: int = REPEATS,
    sizes: Sequence[int] = SIZES,
    plain_sizes: Sequence[int] = PLAIN_SIZES,
    full: bool = False,
) -> Section:
    section = Section()
    busy: list[str] = []
    bound: list[str] = []
    kinds: list[str] = []
    nofile: list[int] = []
    took: list[str] = []
    for jobs in sizes:
        every = (UNIAPI, FAST, FAL, HTTPX)
        clients: tuple[str, ...] = every if jobs <= ALL_CLIENTS_UP_TO else (UNIAPI,)
        started = time.perf_counter()
        deadline = JOBS_DEADLINE if jobs <= ALL_CLIENTS_UP_TO else SOLO_DEADLINE
        fast = {FAST: {"client": UNIAPI, "uvloop": True, "http_backend": "aiohttp"}}
        rounds = max(repeats, WALL_ROUNDS) if FAL in clients else repeats
        measured = run_clients(
            _emulator, STATS_PATH, clients, jobs, rounds, deadline, fast, rounds_of={FAL: repeats}
        )
        took.append(f"emulator {jobs:,}: {time.perf_counter() - started:.0f} s")
        _emulator_rows(jobs, measured, section)
        kinds += [f"emulator, {jobs:,} jobs, {kind}" for kind in _kinds(measured)]
        nofile = [int(x) for x in measured[UNIAPI].runs[0]["nofile"]]
        for client, runs in measured.items():
            share = max(runs.each("server_cpu"))
            if share >= BUSY_SERVER:
                busy.append(f"emulator, {jobs:,} jobs, {client}: {share * 100:.0f} %")
            own = min(runs.each("client_cpu"))
            if own >= BUSY_SERVER:
                bound.append(f"emulator, {jobs:,} jobs, {client}: {own * 100:.0f} %")
    for jobs in plain_sizes:
        with_fal = jobs <= FAL_PLAIN_UP_TO or full
        clients = (UNIAPI, FAL) if with_fal else (UNIAPI,)
        rounds = PLAIN_SMALL_ROUNDS if jobs <= FAL_PLAIN_UP_TO else repeats
        started = time.perf_counter()
        deadline = JOBS_DEADLINE if with_fal else SOLO_DEADLINE
        measured = run_clients(_plain, PLAIN_STATS_PATH, clients, jobs, rounds, deadline)
        took.append(f"plain {jobs:,}: {time.perf_counter() - started:.0f} s")
        _plain_rows(jobs, measured, section)
        kinds += [f"plain queue, {jobs:,} jobs, {kind}" for kind in _kinds(measured)]
        nofile = [int(x) for x in measured[UNIAPI].runs[0]["nofile"]]
        for client, runs in measured.items():
            share = max(runs.each("server_cpu"))
            if share >= BUSY_SERVER:
                busy.append(f"plain queue, {jobs:,} jobs, {client}: {share * 100:.0f} %")
            own = min(runs.each("client_cpu"))
            if own >= BUSY_SERVER:
                bound.append(f"plain queue, {jobs:,} jobs, {client}: {own * 100:.0f} %")
    section.notes.append(_note(repeats, sizes, plain_sizes, full, busy, bound, kinds, nofile, took))
    return section


def _note(
    repeats: int,
    sizes: Sequence[int],
    plain_sizes: Sequence[int],
    full: bool,
    busy: list[str],
    bound: list[str],
    kinds: list[str],
    nofile: list[int],
    took: list[str],
) -> str:
    solo = [f"{n:,}" for n in sizes if n > ALL_CLIENTS_UP_TO]
    lines = [
        "### Many jobs" + ("" if sizes else ": the plain queue server"),
        "",
        f"Jobs of {QUEUE_SECONDS:g} s queue + {RUN_SECONDS:g} s run: no run can take less "
        f"than {QUEUE_SECONDS + RUN_SECONDS:g} s, and the wall target is "
        f"{WALL_LIMIT:.1f} s (1.25 × that). Each run is a fresh worker process against a fresh "
        f"server; {repeats} run{'s' if repeats > 1 else ''} per client and size "
        "(`--many-jobs-repeats`), the clients' order rotated from round to round"
        + (
            f", but {max(repeats, WALL_ROUNDS)} rounds of uniapi-fal and raw httpx at "
            f"up to {ALL_CLIENTS_UP_TO:,} jobs on the emulator, where the wall target is judged "
            f"(fal-client in the first {repeats} only). "
            if sizes and WALL_ROUNDS > repeats
            else ". "
        )
        + "uniapi-fal writes its journal (a temp SQLite file) and validates its input, as it "
        "does by default. Requests per job: the server's status + stream counters over the "
        "run / jobs. RSS per waiting job: (peak RSS − RSS just before the jobs) / jobs. "
        "Lost: jobs that neither returned a result nor raised within "
        f"{JOBS_DEADLINE:.0f} s ({SOLO_DEADLINE:.0f} s where uniapi-fal runs alone; then "
        "cancelled), or returned nothing. With one run, a "
        "row has no spread and is judged on its single figure.",
    ]
    if sizes:
        lines += [
            "",
            f"Against the emulator: {', '.join(f'{n:,}' for n in sizes)} jobs "
            f"(`--many-jobs-sizes`); every client up to {ALL_CLIENTS_UP_TO:,} jobs, where "
            f"uniapi-fal's targets are: wall ≤ {FLOOR_WITHIN:g}× raw httpx's in the same round "
            f'(≤ {FAST_FLOOR_WITHIN:g}× with the fast extras: `http_backend="aiohttp"` in '
            "uvloop's event loop, run as a client of its own), no job raising, "
            f"≤ {REQUESTS_PER_JOB:g} status requests per job, peak RSS ≤ fal-client's in the "
            "same round. Raw httpx knows the job length and sends the fewest requests "
            "(a submit and a result fetch per job), so its wall time is the floor for a "
            "client built on httpx on this machine; the wall row's ratio is to it. Above "
            f'{ALL_CLIENTS_UP_TO:,} jobs only "none lost or raised" is a target'
            + (
                f", uniapi-fal alone at {', '.join(solo)}: fal-client polls each job every "
                "0.1 s through httpx's 100-connection pool, whose queue httpcore re-scans on "
                f"every request, so {solo[0]} jobs would take it many minutes (about 4 "
                "minutes at 1,000 already)."
                if solo
                else "."
            ),
        ]
    if plain_sizes:
        lines += [
            "",
            "Against the plain queue server (`bench/_plain_queue.py`: standard library only, "
            "fal's queue protocol, no status stream: `GET .../status/stream` answers 404): "
            f"{', '.join(f'{n:,}' for n in plain_sizes)} jobs (`--plain-sizes`); "
            f"{PLAIN_SMALL_ROUNDS} rounds for sizes up to {FAL_PLAIN_UP_TO}, {repeats} above. "
            + (
                "fal-client ran at every size (`--full`)."
                if full
                else f"fal-client ran up to {FAL_PLAIN_UP_TO} jobs only: at 1,000 it takes "
                "minutes (`python -m bench --full` runs it)."
            )
            + f" uniapi-fal's targets there: ≤ {WALL_LIMIT:.1f} s and ≤ {REQUESTS_PER_JOB:g} "
            f"status requests per job at 1,000 jobs; wall ≤ fal-client's (ratio per round) "
            f"at {FAL_PLAIN_UP_TO} jobs and 1 job.",
        ]
    lines += [
        "",
        f"Open files: the workers' `ulimit -n` is {nofile[0] if nofile else '?'} (hard "
        f"{nofile[1] if nofile else '?'}); the servers run under the same limit, and the "
        "emulator (uvicorn) has no concurrency limit of its own (backlog 2048). Peak open "
        "fds of the client are sampled every 0.25 s: a client that holds one connection per "
        "waiting job shows about one fd per job.",
        "",
        "Time taken: " + "; ".join(took) + ".",
    ]
    if busy:
        lines += [
            "",
            f"The server used {BUSY_SERVER:.0%} of a core or more in: {'; '.join(busy)}: "
            "those wall times may be bounded by the server (one Python process) rather than "
            "by the client.",
        ]
    else:
        lines += [
            "",
            f"The server stayed below {BUSY_SERVER:.0%} of a core in every run here: it was "
            "not the bottleneck.",
        ]
    if bound:
        lines += [
            "",
            f"The client process itself used {BUSY_SERVER:.0%} of a core or more throughout "
            f"the jobs in: {'; '.join(bound)}: there the client's own CPU (one Python "
            "thread) bounds the wall time.",
        ]
    if kinds:
        lines += ["", "Jobs that raised (all runs): " + "; ".join(kinds) + "."]
    return "\n".join(lines)


if __name__ == "__main__":
    worker_main(worker)
