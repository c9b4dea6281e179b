"""The README shows what the commands print: its `make demo` sample is a real run."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from .conftest import ROOT

_VARYING = [
    (re.compile(r"127\.0\.0\.1:\d+"), "127.0.0.1:PORT"),
    (re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), "ID"),
    (re.compile(r"\[\s*\d+\.\d+s\]"), "[T]"),
    (re.compile(r"IN_QUEUE position \d+"), "IN_QUEUE position N"),
]


def _shape(text: str) -> list[str]:
    """The lines with what varies between runs (port, ids, timings) replaced, and
    repeated queue lines folded (how many depends on timing)."""
    out: list[str] = []
    for line in text.strip().splitlines():
        for pattern, stand_in in _VARYING:
            line = pattern.sub(stand_in, line)
        if not out or out[-1] != line or "IN_QUEUE" not in line:
            out.append(line)
    return out


def test_the_readme_demo_sample_is_what_the_demo_prints() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    sample = readme.split("`make demo` printed", 1)[1].split("```text\n", 1)[1].split("```")[0]
    run = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "demo.py")],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert _shape(run.stdout) == _shape(sample)


def _children(pid: int) -> list[int]:
    """The processes `pid` started (Linux's /proc; empty elsewhere)."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        found += [int(child) for child in task.read_text().split()]
    return found


def test_ctrl_c_in_the_demo_stops_it_and_its_emulator_quietly(tmp_path: Path) -> None:
    # stderr goes to a file, not a pipe: the emulator inherits it, and an emulator left
    # running would hold a pipe open and hide where the demo stood
    errors_file = tmp_path / "stderr.txt"
    with errors_file.open("w") as errors_out:
        demo = subprocess.Popen(
            [sys.executable, str(ROOT / "examples" / "demo.py")],
            stdout=subprocess.PIPE,
            stderr=errors_out,
            text=True,
            env={**os.environ, "PYTHONFAULTHANDLER": "1"},  # SIGABRT shows where it stands
        )
    emulators: list[int] = []
    try:
        assert demo.stdout is not None
        first = demo.stdout.readline()  # "emulator on http://127.0.0.1:PORT, ..."
        base_url = first.split()[2].rstrip(",")
        emulators = _children(demo.pid)
        while "submitted" not in (line := demo.stdout.readline()):
            assert line, "the demo ended before it submitted"
        demo.send_signal(signal.SIGINT)
        try:
            demo.wait(timeout=30)
        except subprocess.TimeoutExpired:
            demo.send_signal(signal.SIGABRT)
            demo.wait(timeout=10)
            where = errors_file.read_text()
            pytest.fail(f"the demo did not stop on Ctrl-C within 30 s; where it was:\n{where}")
    finally:
        if demo.poll() is None:
            demo.kill()
            demo.wait()
        if demo.stdout is not None:
            demo.stdout.close()
        for pid in emulators:  # never one left behind by a failed run
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
    errors = errors_file.read_text()
    assert demo.returncode == 130, errors
    assert "Traceback" not in errors and "stopped (Ctrl-C)" in errors, errors
    with pytest.raises(httpx.ConnectError):  # its emulator is gone too
        httpx.get(base_url + "/_emulator/stats", timeout=2)
