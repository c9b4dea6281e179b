"""Call overhead: 2,000 sequential status calls on one job, per client.

uniapi-fal: `job.status()`; fal-client: `handle.status()` on the handle its submit
returned; raw httpx: `httpx.Client.get(status_url, params={"logs": "0"}).json()["status"]`.
The job stays IN_QUEUE throughout (the emulator is started with a one-hour queue), so
every answer is the same 202. Each worker warms its connection up with 50 calls, then
times REPEATS rounds of CALLS calls in the same process.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from ._emulator import CpuMeter, Emulator
from ._proc import API_KEY, Params, run_worker, worker_main
from ._report import FAL, HTTPX, UNIAPI, CpuRow, Row, Section, ratio_text
from ._stats import Summary

CALLS = 2000
WARMUP = 50
REPEATS = 5
TARGET = 1.15
SCENARIO = "call overhead"


def _rounds(call: Callable[[], object], emulator_pid: int) -> Params:
    for _ in range(WARMUP):
        call()
    seconds, cpu = [], []
    for _ in range(REPEATS):
        meter = CpuMeter(emulator_pid)
        meter.start()
        started = time.perf_counter()
        for _ in range(CALLS):
            call()
        seconds.append(time.perf_counter() - started)
        cpu.append(meter.stop())
    return {"seconds": seconds, "emulator_cpu": cpu}


def worker(params: Params) -> Params:
    client, base_url, pid = params["client"], params["base_url"], params["emulator_pid"]
    if client == UNIAPI:
        from uniapi_fal import Client
        from uniapi_fal.models import FluxDevInput

        from ._jobs import arguments

        with tempfile.TemporaryDirectory() as folder:
            journal = Path(folder) / "journal.sqlite3"
            with Client(api_key=API_KEY, base_url=base_url, journal=journal) as sdk:
                job = sdk.submit(FluxDevInput(prompt=arguments()["prompt"]))
                return _rounds(job.status, pid)
    if client == FAL:
        from . import _fal_client
        from ._jobs import ENDPOINT, arguments

        handle = _fal_client.sync_client(base_url).submit(ENDPOINT, arguments())
        return _rounds(handle.status, pid)
    import httpx

    from ._jobs import raw_status, raw_submit

    with httpx.Client() as http:
        request_id = raw_submit(http, base_url)
        return _rounds(lambda: raw_status(http, base_url, request_id), pid)


def run() -> Section:
    section = Section()
    per_call: dict[str, Summary] = {}
    with Emulator(queue_seconds=3600, run_seconds=1) as emulator:
        for client in (UNIAPI, FAL, HTTPX):
            out = run_worker(
                "bench.call_overhead",
                {"client": client, "base_url": emulator.base_url, "emulator_pid": emulator.pid},
            )
            per_call[client] = Summary.of([s / CALLS * 1e6 for s in out["seconds"]])
            section.cpu.append(CpuRow(SCENARIO, client, Summary.of(out["emulator_cpu"])))
    ours, raw = per_call[UNIAPI].median, per_call[HTTPX].median
    section.rows.append(
        Row(
            SCENARIO,
            f"µs per status call ({CALLS} sequential, {REPEATS} rounds)",
            dict(per_call),
            ratio_text(ours, raw, HTTPX),
            f"≤ {TARGET:.2f}× {HTTPX}",
            ours <= TARGET * raw,
            digits=0,
        )
    )
    return section


if __name__ == "__main__":
    worker_main(worker)
