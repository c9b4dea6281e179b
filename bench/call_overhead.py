"""Call overhead: 2,000 sequential status calls on one job, per client.

uniapi-fal: `job.status()`; fal-client: `handle.status()` on the handle its submit
returned; raw httpx: `httpx.Client.get(status_url, params={"logs": "0"}).json()["status"]`.
The job stays IN_QUEUE throughout (the emulator is started with a one-hour queue), so
every answer is the same 202.

REPEATS rounds; each round runs every client once, in a fresh worker process (submit,
50 warm-up calls, then CALLS timed calls), the order rotated from round to round (ABC,
BCA, CAB, ...). The ratios uniapi-fal / raw httpx and uniapi-fal / fal-client are taken
per round; the table shows their median and interquartile range.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from ._emulator import CpuMeter, Emulator
from ._proc import API_KEY, Params, run_worker, worker_main
from ._report import CLIENTS, FAL, HTTPX, UNIAPI, CpuRow, Row, Section, round_ratio_text
from ._stats import Spread, Summary, per_round, rotated, verdict

CALLS = 2000
WARMUP = 50
REPEATS = 7
TARGET = 1.15
SCENARIO = "call overhead"


def _rounds(call: Callable[[], object], emulator_pid: int, calls: int) -> Params:
    for _ in range(WARMUP):
        call()
    meter = CpuMeter(emulator_pid)
    meter.start()
    started = time.perf_counter()
    for _ in range(calls):
        call()
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "emulator_cpu": meter.stop()}


def worker(params: Params) -> Params:
    client, base_url, pid = params["client"], params["base_url"], params["emulator_pid"]
    calls = int(params["calls"])
    if client == UNIAPI:
        from uniapi_fal import Client
        from uniapi_fal.models import FluxDevInput

        from ._jobs import arguments

        with tempfile.TemporaryDirectory() as folder:
            journal = Path(folder) / "journal.sqlite3"
            with Client(api_key=API_KEY, base_url=base_url, journal=journal) as sdk:
                job = sdk.submit(FluxDevInput(prompt=arguments()["prompt"]))
                return _rounds(job.status, pid, calls)
    if client == FAL:
        from . import _fal_client
        from ._jobs import ENDPOINT, arguments

        handle = _fal_client.sync_client(base_url).submit(ENDPOINT, arguments())
        return _rounds(handle.status, pid, calls)
    import httpx

    from ._jobs import raw_status, raw_submit

    with httpx.Client() as http:
        request_id = raw_submit(http, base_url)
        return _rounds(lambda: raw_status(http, base_url, request_id), pid, calls)


def run(rounds: int = REPEATS, calls: int = CALLS) -> Section:
    section = Section()
    micros: dict[str, list[float]] = {client: [] for client in CLIENTS}
    cpu: dict[str, list[float]] = {client: [] for client in CLIENTS}
    with Emulator(queue_seconds=3600, run_seconds=1) as emulator:
        for index in range(rounds):
            for client in rotated(list(CLIENTS), index):
                out = run_worker(
                    "bench.call_overhead",
                    {
                        "client": client,
                        "base_url": emulator.base_url,
                        "emulator_pid": emulator.pid,
                        "calls": calls,
                    },
                )
                micros[client].append(out["seconds"] / calls * 1e6)
                cpu[client].append(out["emulator_cpu"])
    for client in CLIENTS:
        section.cpu.append(CpuRow(SCENARIO, client, Summary.of(cpu[client])))
    per_call = {client: Summary.of(micros[client]) for client in CLIENTS}
    vs_httpx = Spread.of(per_round(micros[UNIAPI], micros[HTTPX]))
    vs_fal = Spread.of(per_round(micros[UNIAPI], micros[FAL]))
    section.rows += [
        Row(
            SCENARIO,
            f"µs per status call ({calls} sequential, {rounds} rounds)",
            dict(per_call),
            round_ratio_text(vs_httpx, HTTPX),
            f"≤ {TARGET:.2f}× {HTTPX}",
            verdict(vs_httpx, TARGET),
            digits=0,
        ),
        Row(
            SCENARIO,
            "same, against fal-client",
            {UNIAPI: per_call[UNIAPI], FAL: per_call[FAL]},
            round_ratio_text(vs_fal, FAL),
            "reported",
            None,
            digits=0,
        ),
    ]
    section.notes.append(
        f"### Call overhead\n\n{rounds} rounds; each round runs every client once in a fresh "
        f"worker process (submit, {WARMUP} warm-up calls, {calls} timed sequential status calls "
        "on a job that stays IN_QUEUE), the order rotated from round to round. The ratio column "
        "is the median of the per-round ratios with their interquartile range (IQR); the "
        "client columns are the median (min–max) of each client's rounds."
    )
    return section


if __name__ == "__main__":
    worker_main(worker)
