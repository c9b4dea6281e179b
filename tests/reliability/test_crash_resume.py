"""(b) A process killed with SIGKILL while waiting on 20 jobs loses none: a new process
resumes them from the journal and collects every result."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fal_queue_emulator import EmulatorConfig, run_in_thread

from ..conftest import SPEC, TEST_KEY
from . import FIGURES

JOBS = 20

SUBMIT_AND_WAIT = """
import sys
from uniapi_fal import Client
client = Client(api_key=sys.argv[1], base_url=sys.argv[2], journal=sys.argv[3])
count = int(sys.argv[4])
jobs = [client.submit("fal-ai/flux/schnell", {"prompt": f"crash {i}"}) for i in range(count)]
print("SUBMITTED", flush=True)
for job in jobs:
    job.result()
print("FINISHED", flush=True)  # never reached: the parent kills this process first
"""

RESUME = """
import json, sys
from uniapi_fal import Client
client = Client(api_key=sys.argv[1], base_url=sys.argv[2], journal=sys.argv[3])
jobs = client.resume()
results = {job.request_id: job.result(timeout=60).images[0].url for job in jobs}
print(json.dumps({"resumed": len(jobs), "results": results, "left": len(client.resume())}))
"""


@pytest.mark.timeout(120)
def test_a_killed_process_is_resumed_with_all_results(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite3"
    config = EmulatorConfig(spec_path=SPEC, queue_seconds=1.0, run_seconds=2.0, log_interval=0.5)
    with run_in_thread(config) as server:
        args = [TEST_KEY, server.base_url, str(journal)]
        child = subprocess.Popen(
            [sys.executable, "-c", SUBMIT_AND_WAIT, *args, str(JOBS)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "SUBMITTED"
        deadline = time.monotonic() + 30
        while not server.emulator.stats().requests_by_kind.get("stream"):  # it is waiting now
            assert time.monotonic() < deadline, "the child never started waiting"
            time.sleep(0.01)
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(10) == -signal.SIGKILL
        child.stdout.close()
        killed_while = [j for j in server.emulator.stats().jobs_by_input.values()]
        assert sum(killed_while) == JOBS

        resumed = subprocess.run(
            [sys.executable, "-c", RESUME, *args], capture_output=True, text=True, timeout=90
        )
        assert resumed.returncode == 0, resumed.stderr
        report = json.loads(resumed.stdout)
        stats = server.emulator.stats()

    assert report["resumed"] == JOBS and len(report["results"]) == JOBS and report["left"] == 0
    assert all(url.endswith(".jpg") for url in report["results"].values())
    assert stats.jobs_created == JOBS  # nothing was submitted again
    FIGURES.append(
        f"crash-resume: jobs={JOBS} killed_mid_wait=1 resumed={report['resumed']} "
        f"collected={len(report['results'])} resubmitted={stats.jobs_created - JOBS}"
    )
