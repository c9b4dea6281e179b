"""The emulator in a process of its own: start it on a free port, read its counters,
measure its CPU, stop it.

It runs as `python -m fal_queue_emulator --port 0 --ready-file F`, the way any user
would start it, so its CPU time can be read apart from the clients' (psutil on its pid).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Mapping
from pathlib import Path

import httpx
import psutil  # type: ignore[import-untyped]

from ._proc import ServerProcess

STATS_PATH = "/_emulator/stats"


class Emulator(ServerProcess):
    """`with Emulator(queue_seconds=1, run_seconds=3) as emu:` serves on `emu.base_url`."""

    name = "the emulator"

    def __init__(
        self,
        *,
        queue_seconds: float,
        run_seconds: float,
        spec: Path | None = None,
        env: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(env=env, prefix="bench-emulator-")
        self.queue_seconds = queue_seconds
        self.run_seconds = run_seconds
        self.spec = spec

    def command(self, ready: Path) -> list[str]:
        command = [
            sys.executable,
            "-m",
            "fal_queue_emulator",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--ready-file",
            str(ready),
            "--queue-seconds",
            str(self.queue_seconds),
            "--run-seconds",
            str(self.run_seconds),
        ]
        if self.spec is not None:
            command += ["--spec", str(self.spec)]
        return command


def request_counts(base_url: str, path: str = STATS_PATH) -> dict[str, int]:
    """Requests received so far by kind (submit, status, stream, result, cancel, other).

    `path`: the emulator's `/_emulator/stats`, or `/_stats` of `bench._plain_queue`; both
    answer `{"requests_by_kind": {...}}`."""
    response = httpx.get(base_url + path, timeout=30)
    response.raise_for_status()
    counts: dict[str, int] = response.json()["requests_by_kind"]
    return {str(kind): int(count) for kind, count in counts.items()}


def count_delta(before: dict[str, int], after: dict[str, int]) -> dict[str, int]:
    return {kind: after.get(kind, 0) - before.get(kind, 0) for kind in after}


class CpuMeter:
    """CPU seconds a process spent over a window, as a share of the window's wall time."""

    def __init__(self, pid: int) -> None:
        self._process = psutil.Process(pid)
        self._cpu = 0.0
        self._wall = 0.0

    def _cpu_seconds(self) -> float:
        times = self._process.cpu_times()
        return float(times.user) + float(times.system)

    def start(self) -> None:
        self._cpu = self._cpu_seconds()
        self._wall = time.perf_counter()

    def stop(self) -> float:
        """CPU time delta / wall time since `start` (1.0 = one core busy throughout)."""
        cpu = self._cpu_seconds() - self._cpu
        wall = time.perf_counter() - self._wall
        return cpu / wall if wall > 0 else 0.0
