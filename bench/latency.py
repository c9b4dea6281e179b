"""At a distance: many jobs against a queue server tens of milliseconds away, and pinned.

On 127.0.0.1 a request costs well under a millisecond and the client's CPU is the
limit; against a real gateway every request costs a round trip, and how many are in
flight sets the time of a batch. `bench._plain_queue --latency S` adds that round trip
to every request (and one more to each new connection, its handshake).

- **Latency rows**, at each of LATENCIES: 1,000 jobs for uniapi-fal as it is (its
  in-flight limit adapts) and for uniapi-fal with the limit fixed at each of
  FIXED_LIMITS (not adapting; twice as many connections, the other half for status
  streams); the target is the adaptive run within WITHIN_BEST of the best fixed limit's
  median. Then 200 jobs, uniapi-fal against fal-client, wall per round ≤ fal-client's.
  Clients interleaved, order rotated from round to round.
- **Pinned rows**: 1,000 jobs against the plain queue server (no latency, no status
  stream), unpinned and then with the server pinned to CPU 0 and the client to CPU 1
  (`sched_setaffinity`, as `taskset` does), in alternating rounds; the target is every
  round's pinned wall within PINNED_WITHIN of the unpinned one (a client whose work
  grows with the number of waiting jobs is bimodal there).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from . import many_jobs
from ._plain_queue import STATS_PATH, PlainQueue
from ._proc import ServerProcess
from ._report import FAL, UNIAPI, Row, Section, round_ratio_text
from ._stats import Spread, Summary, per_round, verdict

LATENCIES = (0.02, 0.05, 0.15)
"""Round trips added to every request, seconds."""
FIXED_LIMITS = (16, 32, 64, 128)
JOBS = 1000
FAL_JOBS = 200
ROUNDS = 2
WITHIN_BEST = 1.15
PINNED_ROUNDS = 10
PINNED_WITHIN = 1.2
SCENARIO = "latency"
PINNED = "plain queue, pinned"
DEADLINE = 300.0


def _fixed(limit: int) -> str:
    return f"fixed {limit}"


def _server(latency: float) -> Callable[[], ServerProcess]:
    return lambda: PlainQueue(
        queue_seconds=many_jobs.QUEUE_SECONDS, run_seconds=many_jobs.RUN_SECONDS, latency=latency
    )


def _latency_rows(latency: float, rounds: int, section: Section, took: list[str]) -> None:
    started = time.perf_counter()
    scenario = f"{SCENARIO} {latency * 1000:.0f} ms"
    fixed = {_fixed(limit): {"client": UNIAPI, "fixed": limit} for limit in FIXED_LIMITS}
    measured = many_jobs.run_clients(
        _server(latency), STATS_PATH, [UNIAPI, *fixed], JOBS, rounds, DEADLINE, fixed
    )
    medians = {name: Summary.of(measured[name].walls()).median for name in fixed}
    best = min(medians, key=medians.__getitem__)
    ours = measured[UNIAPI]
    ratios = Spread.of(per_round(ours.walls(), measured[best].walls()))
    lost = sum(runs.raised() + runs.lost() for runs in measured.values())
    section.rows.append(
        Row(
            scenario,
            f"wall for {JOBS:,} jobs, s; fixed limits: "
            + ", ".join(f"{name.split()[1]} {medians[name]:.1f}" for name in fixed)
            + f"; raised or lost: {lost}",
            {UNIAPI: Summary.of(ours.walls())},
            round_ratio_text(ratios, best),
            f"≤ {WITHIN_BEST:g}× best fixed",
            verdict(ratios, WITHIN_BEST) if lost == 0 else False,
        )
    )
    small = many_jobs.run_clients(
        _server(latency), STATS_PATH, [UNIAPI, FAL], FAL_JOBS, rounds, DEADLINE
    )
    ratios = Spread.of(per_round(small[UNIAPI].walls(), small[FAL].walls()))
    section.rows.append(
        Row(
            scenario,
            f"wall for {FAL_JOBS} jobs, s",
            {client: Summary.of(runs.walls()) for client, runs in small.items()},
            round_ratio_text(ratios, FAL),
            f"< {FAL}",
            verdict(ratios, 1.0),
            digits=2,
        )
    )
    took.append(f"{scenario}: {time.perf_counter() - started:.0f} s")


def _pinned_rows(rounds: int, section: Section, took: list[str]) -> None:
    started = time.perf_counter()
    walls: dict[str, list[float]] = {"unpinned": [], "pinned": []}
    for index in range(rounds):
        for label in ("unpinned", "pinned") if index % 2 == 0 else ("pinned", "unpinned"):
            pinned = label == "pinned"
            measured = many_jobs.run_clients(
                _server(0.0),
                STATS_PATH,
                [UNIAPI],
                JOBS,
                1,
                DEADLINE,
                {UNIAPI: {"cpus": [1]}} if pinned else None,
                {0} if pinned else None,
            )
            walls[label] += measured[UNIAPI].walls()
    ratios = per_round(walls["pinned"], walls["unpinned"])
    section.rows.append(
        Row(
            PINNED,
            f"wall for {JOBS:,} jobs pinned, s; per-round pinned / unpinned: "
            + ", ".join(f"{ratio:.2f}" for ratio in ratios),
            {UNIAPI: Summary.of(walls["pinned"])},
            f"unpinned {Summary.of(walls['unpinned']).show()} s",
            f"each ≤ {PINNED_WITHIN:g}× unpinned",
            max(ratios) <= PINNED_WITHIN,
        )
    )
    took.append(f"pinned: {time.perf_counter() - started:.0f} s")


def run(rounds: int = ROUNDS, pinned_rounds: int = PINNED_ROUNDS) -> Section:
    section = Section()
    took: list[str] = []
    for latency in LATENCIES:
        _latency_rows(latency, rounds, section, took)
    if len(os.sched_getaffinity(0)) >= 2:
        _pinned_rows(pinned_rounds, section, took)
    else:
        print("bench: latency: fewer than 2 CPUs, pinned rows skipped", file=sys.stderr)
    section.notes.append(_note(rounds, pinned_rounds, took))
    return section


def _note(rounds: int, pinned_rounds: int, took: list[str]) -> str:
    return "\n".join(
        [
            "### At a distance (latency) and pinned",
            "",
            f"Jobs of {many_jobs.QUEUE_SECONDS:g} s queue + {many_jobs.RUN_SECONDS:g} s run "
            "against `bench/_plain_queue.py --latency S` (every request answered S seconds "
            "after it is sent, a new connection one round trip more; no status stream). "
            f"At each latency, {rounds} interleaved rounds of {JOBS:,} jobs: uniapi-fal "
            "(its in-flight limit adapts) and uniapi-fal with the limit fixed at "
            + ", ".join(map(str, FIXED_LIMITS))
            + f". The ratio is to the best fixed limit (lowest median), per round; the "
            f"target {WITHIN_BEST:g}×. Then {FAL_JOBS} jobs against fal-client, per round. "
            f"Pinned: {pinned_rounds} rounds of {JOBS:,} jobs against the plain queue server "
            "without latency, the server on CPU 0 and the client on CPU 1 "
            "(`sched_setaffinity`), each against an unpinned run in the same round.",
            "",
            "Time taken: " + "; ".join(took) + ".",
        ]
    )
