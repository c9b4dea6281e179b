"""The README shows what the commands print: its `make demo` sample is a real run."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys

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


def test_ctrl_c_in_the_demo_stops_it_and_its_emulator_quietly() -> None:
    demo = subprocess.Popen(
        [sys.executable, str(ROOT / "examples" / "demo.py")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONFAULTHANDLER": "1"},  # SIGABRT shows where it stands
    )
    try:
        assert demo.stdout is not None
        first = demo.stdout.readline()  # "emulator on http://127.0.0.1:PORT, ..."
        base_url = first.split()[2].rstrip(",")
        while "submitted" not in (line := demo.stdout.readline()):
            assert line, "the demo ended before it submitted"
        demo.send_signal(signal.SIGINT)
        try:
            _, errors = demo.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            demo.send_signal(signal.SIGABRT)
            _, errors = demo.communicate(timeout=10)
            pytest.fail(f"the demo did not stop on Ctrl-C within 30 s; where it was:\n{errors}")
    finally:
        if demo.poll() is None:
            demo.kill()
            demo.communicate()
    assert demo.returncode == 130, errors
    assert "Traceback" not in errors and "stopped (Ctrl-C)" in errors, errors
    with pytest.raises(httpx.ConnectError):  # its emulator is gone too
        httpx.get(base_url + "/_emulator/stats", timeout=2)
