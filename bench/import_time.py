"""Import time: wall time of `python -c "import X"`, for uniapi_fal, fal_client and httpx.

Runs are interleaved (one of each, twenty times) so a slow moment hits all three alike,
after one warm-up each so that bytecode caches exist. A `-X importtime` reading then
lists what `import uniapi_fal` loads that `import fal_client` does not.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence

from ._proc import ROOT
from ._report import FAL, HTTPX, UNIAPI, Row, Section, markdown_table, ratio_text
from ._stats import Summary

RUNS = 20
HTTPX_ALLOWANCE_MS = 40.0
MODULES = {UNIAPI: "uniapi_fal", FAL: "fal_client", HTTPX: "httpx"}


def import_seconds(module: str, env: Mapping[str, str] | None = None) -> float:
    """Wall time of one `python -c "import <module>"`, interpreter start-up included."""
    full_env = {**os.environ, **(env or {})}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", f"import {module}"], cwd=ROOT, env=full_env, check=True)
    return time.perf_counter() - started


def time_imports(
    modules: Sequence[str], runs: int = RUNS, env: Mapping[str, str] | None = None
) -> dict[str, list[float]]:
    """Seconds per run for each module, interleaved, after one warm-up each."""
    for module in modules:
        import_seconds(module, env)
    times: dict[str, list[float]] = {module: [] for module in modules}
    for _ in range(runs):
        for module in modules:
            times[module].append(import_seconds(module, env))
    return times


def self_times(module: str, env: Mapping[str, str] | None = None) -> dict[str, float]:
    """Module -> own import time in ms, from `python -X importtime -c "import <module>"`."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        check=True,
    )
    found: dict[str, float] = {}
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, _cumulative, name = line[len("import time:") :].split("|")
        found[name.strip()] = int(own) / 1000.0
    return found


def breakdown() -> str:
    """The top-level packages `import uniapi_fal` adds over `import fal_client`, by cost."""
    ours, theirs = self_times("uniapi_fal"), self_times("fal_client")
    extra: dict[str, float] = {}
    for name, ms in ours.items():
        if name not in theirs:
            top = name.split(".")[0]
            extra[top] = extra.get(top, 0.0) + ms
    rows = [[name, f"{ms:.1f}"] for name, ms in sorted(extra.items(), key=lambda kv: -kv[1])[:12]]
    return (
        f"Loaded by `import uniapi_fal` and not by `import fal_client` "
        f"(`-X importtime` self times, one run, instrumented: compare, do not add up to "
        f"wall time): {sum(extra.values()):.0f} ms in all. "
        f"`import fal_client` loads {sum(theirs.values()):.0f} ms, "
        f"`import uniapi_fal` {sum(ours.values()):.0f} ms.\n\n"
        + markdown_table(["package", "ms"], rows)
    )


def run() -> Section:
    times = time_imports(list(MODULES.values()))
    ms = {client: Summary.of([t * 1000 for t in times[m]]) for client, m in MODULES.items()}
    ours, fal, raw = ms[UNIAPI].median, ms[FAL].median, ms[HTTPX].median
    rows = [
        Row(
            "import",
            f"`import` wall time, ms (median of {RUNS})",
            dict(ms),
            ratio_text(ours, fal, FAL),
            f"≤ {FAL}",
            ours <= fal,
        ),
        Row(
            "import",
            "same, uniapi-fal − raw httpx, ms",
            {UNIAPI: ms[UNIAPI], HTTPX: ms[HTTPX]},
            f"+{ours - raw:.0f} ms",
            f"≤ {HTTPX} + {HTTPX_ALLOWANCE_MS:.0f} ms",
            ours - raw <= HTTPX_ALLOWANCE_MS,
        ),
    ]
    return Section(rows=rows, notes=["### Import breakdown\n\n" + breakdown()])
