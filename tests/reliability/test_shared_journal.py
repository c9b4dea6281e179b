"""Several `uniapi-fal batch` runs of one file on one journal at once (a cron job started
twice, two terminals): every item is submitted once, and every run reports every item."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fal_queue_emulator import EmulatorConfig, run_in_thread

from ..conftest import SPEC, TEST_KEY
from . import FIGURES

ITEMS = 40
RUNS = 3


@pytest.mark.timeout(180)
def test_runs_of_one_batch_on_one_journal_submit_each_item_once(tmp_path: Path) -> None:
    inputs = tmp_path / "inputs.jsonl"
    inputs.write_text("".join(json.dumps({"prompt": f"shared {i}"}) + "\n" for i in range(ITEMS)))
    config = EmulatorConfig(spec_path=SPEC, queue_seconds=0.3, run_seconds=0.5, log_interval=0.2)
    with run_in_thread(config) as server:
        env = {
            **os.environ,
            "UNIAPI_API_KEY": TEST_KEY,
            "UNIAPI_BASE_URL": server.base_url,
            "UNIAPI_FAL_JOURNAL": str(tmp_path / "journal.sqlite3"),
        }
        runs = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "uniapi_fal.cli",
                    "--json",
                    "batch",
                    "fal-ai/flux/schnell",
                    str(inputs),
                    "--out",
                    str(tmp_path / f"out{n}.jsonl"),
                ],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for n in range(RUNS)
        ]
        answers = [run.communicate(timeout=150) for run in runs]
        created = server.emulator.stats().jobs_created

    for run, (stdout, stderr) in zip(runs, answers, strict=True):
        assert run.returncode == 0, stdout[-2000:] + stderr[-2000:]
        done = json.loads(stdout.splitlines()[-1])
        assert done["event"] == "done" and done["ok"] == ITEMS and done["failed"] == 0
    request_ids = [
        sorted(
            json.loads(line)["request_id"]
            for line in (tmp_path / f"out{n}.jsonl").read_text().splitlines()
        )
        for n in range(RUNS)
    ]
    assert request_ids[0] == request_ids[1] == request_ids[2]  # the same jobs, reused
    assert created == ITEMS
    FIGURES.append(f"shared journal: runs={RUNS} items={ITEMS} submits={created} duplicates=0")


OPEN_AT_ONCE = """
import sys, time
from uniapi_fal._journal import Journal
start = float(sys.argv[2])
while time.time() < start:
    pass
row = Journal(sys.argv[1]).begin("fal-ai/flux/dev", "http://127.0.0.1:9", "d")
print(row)
"""


@pytest.mark.timeout(120)
@pytest.mark.parametrize("attempt", range(3))
def test_processes_opening_a_new_journal_at_once_all_get_it(tmp_path: Path, attempt: int) -> None:
    """While one process turns a new file to WAL, the others were told "database is
    locked" at once, past SQLite's busy wait (3 batch runs at once failed that way)."""
    path = tmp_path / "new.sqlite3"
    start = time.time() + 1.5  # every process imported and waiting by then
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", OPEN_AT_ONCE, str(path), str(start)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(8)
    ]
    answers = [run.communicate(timeout=60) for run in runs]
    failed = [err[-500:] for run, (_, err) in zip(runs, answers, strict=True) if run.returncode]
    assert failed == []
    assert sorted(int(out) for out, _ in answers) == list(range(1, 9))
