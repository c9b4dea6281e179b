"""Running a scenario's worker in a fresh interpreter, and the worker side of that."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any, Self

ROOT = Path(__file__).resolve().parents[1]
"""The repository: workers run here, so `python -m bench.<scenario>` finds the package."""

API_KEY = "sk-bench-0123456789abcdef"
"""Any key works with the emulator; every client must still send `Authorization: Key ...`."""

WORKER_TIMEOUT = 300.0
START_TIMEOUT = 30.0

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


class ServerProcess:
    """A server in a process of its own that writes its base URL to a ready file.

    Subclasses give the command (`command(ready)`); `with Server(...) as server:` starts
    it, waits for the ready file and serves on `server.base_url`; leaving stops it.
    """

    name = "the server"

    def __init__(self, *, env: Mapping[str, str] | None = None, prefix: str = "bench-") -> None:
        self.env = dict(env or {})
        self.base_url = ""
        self._folder = tempfile.TemporaryDirectory(prefix=prefix)
        self._process: subprocess.Popen[bytes] | None = None

    def command(self, ready: Path) -> list[str]:
        raise NotImplementedError

    @property
    def pid(self) -> int:
        if self._process is None:
            raise RuntimeError(f"{self.name} is not running")
        return self._process.pid

    def start(self) -> Self:
        folder = Path(self._folder.name)
        ready = folder / "ready"
        command = self.command(ready)
        self._log = (folder / "server.log").open("wb")
        self._process = subprocess.Popen(
            command,
            cwd=ROOT,
            env={**os.environ, **self.env},
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + START_TIMEOUT
        while not ready.exists() or not ready.read_text(encoding="utf-8").strip():
            if self._process.poll() is not None or time.monotonic() > deadline:
                self.stop(cleanup=False)
                log = (folder / "server.log").read_text(errors="replace")
                self._folder.cleanup()
                raise RuntimeError(f"{self.name} did not start: {' '.join(command)}\n{log}")
            time.sleep(0.02)
        self.base_url = ready.read_text(encoding="utf-8").strip()
        return self

    def stop(self, cleanup: bool = True) -> None:
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
        if cleanup:
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
