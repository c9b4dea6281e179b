"""Running a scenario's worker in a fresh interpreter, and the worker side of that."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
"""The repository: workers run here, so `python -m bench.<scenario>` finds the package."""

API_KEY = "sk-bench-0123456789abcdef"
"""Any key works with the emulator; every client must still send `Authorization: Key ...`."""

WORKER_TIMEOUT = 300.0

Params = dict[str, Any]


class WorkerError(RuntimeError):
    """A worker exited with an error or printed no result."""


def run_worker(
    module: str,
    params: Mapping[str, Any],
    *,
    env: Mapping[str, str] | None = None,
    timeout: float = WORKER_TIMEOUT,
) -> Params:
    """Run `python -m <module> '<params as JSON>'` and return the JSON it prints last."""
    return _run([sys.executable, "-m", module, json.dumps(dict(params))], env, timeout)


def run_code(
    code: str,
    params: Mapping[str, Any],
    *,
    env: Mapping[str, str] | None = None,
    timeout: float = WORKER_TIMEOUT,
) -> Params:
    """Run `python -c <code> '<params as JSON>'`: a process that imports nothing of ours."""
    return _run([sys.executable, "-c", code, json.dumps(dict(params))], env, timeout)


def _run(command: list[str], env: Mapping[str, str] | None, timeout: float) -> Params:
    full_env = {**os.environ, **(env or {})}
    done = subprocess.run(
        command,
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    if done.returncode != 0 or not lines:
        raise WorkerError(
            f"{command[1:]} exited {done.returncode}:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}"
        )
    result: Params = json.loads(lines[-1])
    return result


def worker_main(work: Callable[[Params], Params]) -> None:
    """The `__main__` of a worker: JSON parameters in `argv[1]`, one JSON line out."""
    params: Params = json.loads(sys.argv[1])
    result = work(params)
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()
