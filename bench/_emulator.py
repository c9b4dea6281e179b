"""The emulator in a process of its own: start it on a free port, read its counters,
measure its CPU, stop it.

It runs as `python -m fal_queue_emulator --port 0 --ready-file F`, the way any user
would start it, so its CPU time can be read apart from the clients' (psutil on its pid).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import Self

import httpx
import psutil  # type: ignore[import-untyped]

from ._proc import ROOT

START_TIMEOUT = 30.0
STATS_PATH = "/_emulator/stats"


class Emulator:
    """`with Emulator(queue_seconds=1, run_seconds=3) as emu:` serves on `emu.base_url`."""

    def __init__(
        self,
        *,
        queue_seconds: float,
        run_seconds: float,
        spec: Path | None = None,
        env: Mapping[str, str] | None = None,
    ) -> None:
        self.queue_seconds = queue_seconds
        self.run_seconds = run_seconds
        self.spec = spec
        self.env = dict(env or {})
        self.base_url = ""
        self._folder = tempfile.TemporaryDirectory(prefix="bench-emulator-")
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def pid(self) -> int:
        if self._process is None:
            raise RuntimeError("the emulator is not running")
        return self._process.pid

    def start(self) -> Self:
        folder = Path(self._folder.name)
        ready = folder / "ready"
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
        self._log = (folder / "emulator.log").open("wb")
        self._process = subprocess.Popen(
            command,
            cwd=ROOT,
            env={**os.environ, **self.env},
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + START_TIMEOUT
        while not ready.exists():
            if self._process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                log = (folder / "emulator.log").read_text(errors="replace")
                raise RuntimeError(f"the emulator did not start: {' '.join(command)}\n{log}")
            time.sleep(0.02)
        self.base_url = ready.read_text(encoding="utf-8").strip()
        return self

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(10)
        if hasattr(self, "_log"):
            self._log.close()
        self._folder.cleanup()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def request_counts(base_url: str) -> dict[str, int]:
    """Requests received so far by kind (submit, status, stream, result, cancel, other)."""
    response = httpx.get(base_url + STATS_PATH, timeout=10)
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
