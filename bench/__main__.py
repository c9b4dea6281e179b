"""`python -m bench`: every scenario, one table, `bench/results.md` and `bench/waiting.png`.

Scenarios run one after another (never two at once: the machine has few cores), each
client in its own subprocess, against an emulator in its own process.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import sys
import time
from collections.abc import Callable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from . import (
    call_overhead,
    import_time,
    latency,
    many_jobs,
    spec_scale,
    ts_reader,
    upload,
    waiting,
)
from ._fal_client import DEFAULT_POLL_INTERVAL
from ._plot import waiting_plot
from ._report import Row, Section, cpu_table, noise_note, results_table
from ._stats import NOISY

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results.md"
PLOT = HERE / "waiting.png"
COMMAND = "make bench  (python -m bench)"
PACKAGES = [
    "uniapi-fal",
    "fal-client",
    "httpx",
    "httpcore",
    "httpx-sse",
    "attrs",
    "jsonschema",
    "starlette",
    "uvicorn",
    "matplotlib",
    "psutil",
]
SCENARIOS = (
    "import",
    "call overhead",
    "waiting",
    "many jobs",
    "plain queue",
    "latency",
    "upload",
    "spec scale",
    "ts reader",
)
"""Names for `--only`, in the order the scenarios run."""
BUSY_EMULATOR = 0.8
"""An emulator above this share of a core during a run may have slowed that run."""

FAL_CLIENT_WAITING = f"""\
### What fal-client 1.0.3 does while waiting (from its source)

`fal_client.submit(...)` POSTs to `QUEUE_URL_FORMAT + endpoint` and keeps the
`status_url` / `response_url` the server returns. `handle.get()` (also what `subscribe`
ends with) iterates `iter_events(with_logs=False, interval={DEFAULT_POLL_INTERVAL})`:
`GET status_url?logs=false`, then `time.sleep(interval)` (or `asyncio.sleep` in
`AsyncRequestHandle`), a fixed {DEFAULT_POLL_INTERVAL} s with no back-off, until the
status is COMPLETED; then one `GET response_url`. It never opens the status stream
(`/status/stream`; its `stream()` is fal.run's streaming endpoint, not the queue's). Each
request, submits included, goes through `_maybe_retry_request` (up to 10 attempts on
transport errors and timeouts, 408/409/429, and nginx-looking 502-504). The key rides
as a default header of its httpx client, so it goes to whatever host a returned URL names.

How the harness points it at the emulator: `QUEUE_URL_FORMAT` is built at import as
`https://{{FAL_QUEUE_RUN_HOST}}/`; the variable can move the host but not the scheme, and
the emulator is plain HTTP, so `bench/_fal_client.py` sets
`fal_client.client.QUEUE_URL_FORMAT = "<emulator>/"`. The key is passed as
`SyncClient(key=...)` / `AsyncClient(key=...)` and sent as `Authorization: Key ...`.
"""


def _versions() -> str:
    found = []
    for name in PACKAGES:
        try:
            found.append(f"{name} {version(name)}")
        except PackageNotFoundError:
            found.append(f"{name} (not installed)")
    return ", ".join(found)


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))  # what `nproc` prints
    except AttributeError:
        return os.cpu_count() or 1


def _missed(rows: list[Row]) -> str:
    missed = [row for row in rows if row.met is False]
    noisy = [row for row in rows if row.met == NOISY]
    lines = []
    if noisy:
        lines += [
            "Too noisy to call (the target lies inside the per-round interquartile range):",
            "",
        ]
        lines += [noise_note(row) for row in noisy]
        lines.append("")
    if not missed:
        return "\n".join(
            [*lines, "Every other target was met." if noisy else "Every target was met."]
        )
    lines += ["Targets missed:", ""]
    for row in missed:
        shown = ", ".join(
            f"{client} {cell}"
            for client, cell in zip(
                ("uniapi-fal", "fal-client", "raw httpx"), row.cells()[2:5], strict=True
            )
            if cell != "–"
        )
        ratio = f"; ratio {row.ratio}" if row.ratio else ""
        lines.append(f"- **{row.scenario}, {row.measure}**: {shown}{ratio}; target {row.target}.")
    return "\n".join(lines)


def _cpu_verdict(sections: list[Section]) -> str:
    busy = [
        f"{reading.scenario} / {reading.client} ({reading.share.high * 100:.0f} %)"
        for section in sections
        for reading in section.cpu
        if reading.share.high >= BUSY_EMULATOR
    ]
    if not busy:
        return (
            f"The server (the emulator, or the plain queue server in its rows) stayed below "
            f"{BUSY_EMULATOR:.0%} of one core in every run: it was "
            "not the bottleneck."
        )
    return (
        f"The server reached {BUSY_EMULATOR:.0%} of a core or more in: {', '.join(busy)}; "
        "those figures may be bounded by the emulator rather than the client."
    )


def _repetitions(args: argparse.Namespace) -> str:
    sizes = ", ".join(f"{n:,}" for n in args.many_jobs_sizes)
    plain = ", ".join(f"{n:,}" for n in args.plain_sizes)
    return (
        f"import {args.import_rounds} rounds (fresh venvs); call overhead {args.call_rounds} "
        f"rounds of {args.calls} calls; waiting {args.waiting_runs} rounds of {waiting.JOBS} "
        f"jobs; many jobs {args.many_jobs_repeats} run(s) of {sizes} jobs on the emulator "
        f"({max(args.many_jobs_repeats, many_jobs.WALL_ROUNDS)} rounds of uniapi-fal and raw "
        f"httpx at {many_jobs.ALL_CLIENTS_UP_TO:,}); "
        f"plain queue {plain} jobs ({many_jobs.PLAIN_SMALL_ROUNDS} rounds up to "
        f"{many_jobs.FAL_PLAIN_UP_TO} jobs{', --full' if args.full else ''}); latency "
        f"{args.latency_rounds} rounds at each latency, pinned {args.pinned_rounds} rounds; "
        f"upload {upload.ROUNDS} rounds of {upload.SIZE // (1 << 20)} MiB; "
        "spec scale "
        f"(models from documents vs full spec): import {spec_scale.IMPORT_RUNS} runs, first call "
        f"{spec_scale.FIRST_CALL_RUNS}, emulator start {spec_scale.EMULATOR_RUNS}, mypy "
        f"{spec_scale.MYPY_COLD_RUNS} cold + {spec_scale.MYPY_WARM_RUNS} warm, pyright "
        f"{spec_scale.PYRIGHT_RUNS}; generation, check-generated and wheel once each"
    )


def _only(parser: argparse.ArgumentParser, chosen: str | None) -> list[str]:
    """The scenarios `--only` names (all of them without it), in the order they run."""
    if chosen is None:
        return list(SCENARIOS)
    names = [name.strip() for name in chosen.split(",") if name.strip()]
    unknown = [name for name in names if name not in SCENARIOS]
    if unknown or not names:
        parser.error(f"--only: unknown scenario {unknown or chosen!r}; choose from {SCENARIOS}")
    return [name for name in SCENARIOS if name in names]


def _sizes(text: str) -> list[int]:
    """`1000,10000` -> [1000, 10000]; an empty string skips the runs."""
    try:
        sizes = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of job counts: {text!r}") from None
    if any(size < 1 for size in sizes):
        raise argparse.ArgumentTypeError(f"job counts must be positive: {text!r}")
    return sizes


def _timed(name: str, step: Callable[[], Section]) -> Section:
    print(f"bench: {name} ...", file=sys.stderr, flush=True)
    started = time.perf_counter()
    section = step()
    print(f"bench: {name} done in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return section


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument(
        "--many-jobs-repeats",
        type=int,
        default=many_jobs.REPEATS,
        help="runs per client and size of the many-jobs runs (default %(default)s)",
    )
    parser.add_argument(
        "--many-jobs-sizes",
        type=_sizes,
        default=list(many_jobs.SIZES),
        metavar="N[,N]",
        help="jobs per run against the emulator; every client up to "
        f"{many_jobs.ALL_CLIENTS_UP_TO}, uniapi-fal alone above (default "
        f"{','.join(map(str, many_jobs.SIZES))})",
    )
    parser.add_argument(
        "--plain-sizes",
        type=_sizes,
        default=list(many_jobs.PLAIN_SIZES),
        metavar="N[,N]",
        help="jobs per run against the plain queue server (default "
        f"{','.join(map(str, many_jobs.PLAIN_SIZES))})",
    )
    parser.add_argument(
        "--full",
        action="store_true",
        help=f"also run fal-client above {many_jobs.FAL_PLAIN_UP_TO} jobs on the plain queue "
        "server (minutes)",
    )
    parser.add_argument(
        "--latency-rounds",
        type=int,
        default=latency.ROUNDS,
        help="rounds of each latency's runs (default %(default)s)",
    )
    parser.add_argument(
        "--pinned-rounds",
        type=int,
        default=latency.PINNED_ROUNDS,
        help="rounds of the pinned plain queue runs (default %(default)s)",
    )
    parser.add_argument(
        "--import-rounds",
        type=int,
        default=import_time.RUNS,
        help="rounds of the import scenario (default %(default)s)",
    )
    parser.add_argument(
        "--call-rounds",
        type=int,
        default=call_overhead.REPEATS,
        help="rounds of the call-overhead scenario (default %(default)s)",
    )
    parser.add_argument(
        "--calls",
        type=int,
        default=call_overhead.CALLS,
        help="status calls per call-overhead round (default %(default)s)",
    )
    parser.add_argument(
        "--waiting-runs",
        type=int,
        default=waiting.REPEATS,
        help="rounds of the waiting scenario (default %(default)s)",
    )
    parser.add_argument(
        "--only",
        metavar="NAME[,NAME]",
        help=f"run only these scenarios ({', '.join(SCENARIOS)}) and print the table; "
        f"{RESULTS.name} and {PLOT.name} are left as they are",
    )
    args = parser.parse_args(argv)
    only = _only(parser, args.only)
    started = time.perf_counter()
    measured: dict[waiting.Config, waiting.Measured] = {}

    def waiting_step() -> Section:
        section, found = waiting.run(args.waiting_runs)
        measured.update(found)
        return section

    steps: dict[str, Callable[[], Section]] = {
        "import": lambda: import_time.run(args.import_rounds),
        "call overhead": lambda: call_overhead.run(args.call_rounds, args.calls),
        "waiting": waiting_step,
        "many jobs": lambda: many_jobs.run(
            args.many_jobs_repeats, args.many_jobs_sizes, (), args.full
        ),
        "plain queue": lambda: many_jobs.run(
            args.many_jobs_repeats, (), args.plain_sizes, args.full
        ),
        "latency": lambda: latency.run(args.latency_rounds, args.pinned_rounds),
        "upload": upload.run,
        "spec scale": spec_scale.run,
        "ts reader": ts_reader.run,
    }
    assert list(steps) == list(SCENARIOS)
    sections = [_timed(name, step) for name, step in steps.items() if name in only]
    rows = [row for section in sections for row in section.rows]
    cpu = [reading for section in sections for reading in section.cpu]
    table = results_table(rows)
    elapsed = time.perf_counter() - started
    print()
    print(table)
    print()
    print(_missed(rows))
    print()
    print("Emulator CPU (CPU time / wall time, 1 core = 100 %):")
    print(cpu_table(cpu))
    print(_cpu_verdict(sections))
    if args.only is not None:
        print(f"\n{elapsed:.0f} s; --only: {RESULTS.name} and {PLOT.name} not written")
        notes = "\n\n".join(note for section in sections for note in section.notes)
        print("\n" + notes)
        return 0
    if not measured:
        raise SystemExit("the waiting scenario did not run: nothing to plot")
    waiting_plot(measured, PLOT)
    print(f"\nwrote {RESULTS.relative_to(HERE.parent)} and {PLOT.relative_to(HERE.parent)}")

    now = datetime.datetime.now(datetime.UTC).astimezone()
    machine = (
        f"{_cpus()} CPUs (`nproc`), {platform.machine()}, {platform.system()} "
        f"{platform.release()}; Python {platform.python_version()} "
        f"({platform.python_implementation()})"
    )
    notes = "\n\n".join(note for section in sections for note in section.notes)
    RESULTS.write_text(
        f"""# Benchmarks: uniapi-fal vs fal-client vs raw httpx

- date: {now:%Y-%m-%d %H:%M %Z}
- command: `{COMMAND}`, {elapsed / 60:.1f} min
- machine: {machine}
- packages: {_versions()}
- back end: the local emulator (`python -m fal_queue_emulator`, its own process, on
  127.0.0.1, a free port), and for the "plain queue" rows `bench/_plain_queue.py` (a
  standard-library fal queue server without the status stream); each client runs in its
  own subprocess.
- figures: client columns are the median over repeated runs, (min–max) when there are
  several. Where the clients run in interleaved rounds (order rotated: ABC, BCA, CAB),
  the ratio column is the median of the per-round ratios (or differences) with their
  interquartile range, "(IQR q1…q3)"; "met?" reads "too noisy" when that range holds the
  target. Repetitions kept modest so that the whole run takes minutes on a small
  machine: {_repetitions(args)}.

{table}

{_missed(rows)}

![waiting](waiting.png)

## Emulator CPU per scenario

CPU time of the emulator process (psutil, user + system) over the measured window,
divided by the window's wall time; 100 % is one core busy throughout. The "plain queue"
rows are the plain queue server's process, measured the same way.

{cpu_table(cpu)}

{_cpu_verdict(sections)}

## Notes

{FAL_CLIENT_WAITING}
{notes}
""",
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
