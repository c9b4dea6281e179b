"""The CLI driven as a user would: subprocesses, JSON lines, exit codes, a forced terminal."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from fal_queue_emulator import EmulatorConfig, RunningEmulator, input_digest, run_in_thread

from ._inputs import SEED_ENDPOINT
from .conftest import SPEC, TEST_KEY

CLI = [sys.executable, "-m", "uniapi_fal.cli"]


def cli(
    emulator: RunningEmulator | str, tmp_path: Path, *args: str, env: dict[str, str] | None = None
) -> tuple[int, list[dict[str, Any]], str]:
    """Run the CLI; its JSON lines (stdout is a pipe, so JSON mode is automatic)."""
    base = emulator if isinstance(emulator, str) else emulator.base_url
    full_env = {
        **os.environ,
        "UNIAPI_API_KEY": TEST_KEY,
        "UNIAPI_BASE_URL": base,
        "UNIAPI_FAL_JOURNAL": str(tmp_path / "journal.sqlite3"),
        **(env or {}),
    }
    done = subprocess.run([*CLI, *args], capture_output=True, text=True, env=full_env, timeout=60)
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    return done.returncode, lines, done.stdout + done.stderr


def events(lines: list[dict[str, Any]], name: str) -> list[dict[str, Any]]:
    return [line for line in lines if line["event"] == name]


def test_run_prints_json_lines_with_progress_and_the_result(tmp_path: Path) -> None:
    """A queue of its own, long enough that the CLI sees the job queued even when the
    machine is busy (with the shared emulator's 0.06 s, a slow start missed it once)."""
    image = tmp_path / "frame.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n....")
    config = EmulatorConfig(
        spec_path=SPEC, queue_seconds=1.0, run_seconds=0.2, queue_step=0.25, log_interval=0.05
    )
    with run_in_thread(config) as emulator:
        code, lines, text = cli(
            emulator,
            tmp_path,
            "run",
            SEED_ENDPOINT,
            "-p",
            "prompt=waves at sunset",
            "-p",
            f"image_url=@{image}",
            "-p",
            "cfg_scale=0.7",
            "-p",
            "duration=10",
        )
    assert code == 0, text
    (submitted,) = events(lines, "submitted")
    updates = events(lines, "update")
    assert any(u["queue_position"] is not None for u in updates)
    assert any(u["logs"] for u in updates) and updates[-1]["state"] == "COMPLETED"
    (result,) = events(lines, "result")
    assert result["request_id"] == submitted["request_id"]
    assert result["output"]["video"]["content_type"] == "video/mp4"
    body = emulator.emulator.requests_of("submit")[-1].body
    assert body["cfg_scale"] == 0.7 and body["duration"] == "10"
    assert body["image_url"].startswith("data:image/png;base64,")


@pytest.mark.parametrize(
    ("args", "code", "error"),
    [
        (
            ["run", "fal-ai/flux/dev", "-p", "prompt=x", "-p", "num_images=9"],
            2,
            "InputValidationError",
        ),
        (["run", "fal-ai/flux/dev", "-p", "num_images=two"], 2, "InputValidationError"),
        (["schema", "fal-ai/nope"], 2, "UnknownEndpointError"),
        (["run", "fal-ai/nope", "-p", "prompt=x"], 3, "NotFoundError"),  # sent: not in the spec
        (["run", "fal-ai/flux/dev", "-p", "prompt=EMULATOR_FAIL"], 1, "JobFailedError"),
        (["run", "fal-ai/flux/dev", "-p", "prompt=x", "--timeout", "0"], 4, "WaitTimeoutError"),
    ],
)
def test_exit_codes(
    emulator: RunningEmulator, tmp_path: Path, args: list[str], code: int, error: str
) -> None:
    before = len(emulator.emulator.requests_of("submit"))
    got, lines, text = cli(emulator, tmp_path, *args)
    assert got == code, text
    (failure,) = events(lines, "error")
    assert failure["type"] == error and failure["exit_code"] == code
    if code == 2:
        assert len(emulator.emulator.requests_of("submit")) == before  # nothing was sent


def test_network_errors_exit_3(tmp_path: Path) -> None:
    code, lines, _ = cli(
        "http://127.0.0.1:9", tmp_path, "--max-retries", "0", "status", SEED_ENDPOINT, "abc"
    )
    assert code == 3 and events(lines, "error")[0]["type"] == "APIConnectionError"


def test_submit_status_result_cancel_jobs_resume(emulator: RunningEmulator, tmp_path: Path) -> None:
    code, lines, text = cli(emulator, tmp_path, "submit", "fal-ai/flux/dev", "-p", "prompt=later")
    assert code == 0, text
    rid = events(lines, "submitted")[0]["request_id"]
    code, lines, _ = cli(emulator, tmp_path, "jobs", "--unfinished")
    assert [j["request_id"] for j in events(lines, "job")] == [rid]
    code, lines, _ = cli(emulator, tmp_path, "resume")
    assert code == 0 and events(lines, "result")[0]["request_id"] == rid
    code, lines, _ = cli(emulator, tmp_path, "status", "fal-ai/flux/dev", rid, "--logs")
    assert code == 0 and events(lines, "status")[0]["state"] == "COMPLETED"
    code, lines, _ = cli(emulator, tmp_path, "cancel", "fal-ai/flux/dev", rid)
    assert code == 0 and events(lines, "cancel")[0]["status"] == "ALREADY_COMPLETED"
    code, lines, _ = cli(emulator, tmp_path, "result", "fal-ai/flux/dev", rid)
    assert code == 0 and events(lines, "result")[0]["output"]["images"]


def test_models_and_schema_need_no_key(tmp_path: Path) -> None:
    code, lines, _ = cli("http://127.0.0.1:9", tmp_path, "models", env={"UNIAPI_API_KEY": ""})
    assert code == 0 and SEED_ENDPOINT in [m["endpoint"] for m in events(lines, "model")]
    code, lines, _ = cli("http://127.0.0.1:9", tmp_path, "schema", SEED_ENDPOINT)
    fields = {f["field"]: f for f in events(lines, "field")}
    assert list(fields)[:2] == ["prompt", "image_url"]
    assert (
        fields["cfg_scale"]["constraints"] == ">= 0, <= 1" and fields["cfg_scale"]["default"] == 0.5
    )
    assert fields["prompt"]["required"] and not fields["cfg_scale"]["required"]


def test_forced_terminal_shows_live_progress(emulator: RunningEmulator, tmp_path: Path) -> None:
    """Human mode, as rich renders it on a terminal (forced: stdout is a pipe here)."""
    code, _, text = cli(
        emulator,
        tmp_path,
        "run",
        SEED_ENDPOINT,
        "-p",
        "prompt=waves",
        "-p",
        "image_url=https://x/y.png",
        env={"TTY_COMPATIBLE": "1", "TTY_INTERACTIVE": "1", "COLUMNS": "120"},
    )
    assert code == 0, text
    assert "IN_QUEUE · position" in text and "step 1/" in text and "COMPLETED" in text
    assert "KlingVideoV21StandardImageToVideoOutput" in text and '"video"' in text
    assert not text.lstrip().startswith("{")


@pytest.mark.timeout(120)
def test_batch_interrupted_and_resumed_submits_nothing_twice(tmp_path: Path) -> None:
    config = EmulatorConfig(spec_path=SPEC, queue_seconds=0.05, run_seconds=0.5, log_interval=0.05)
    inputs = tmp_path / "inputs.jsonl"
    bodies = [{"prompt": f"batch line {i}", "seed": i} for i in range(200)]
    inputs.write_text("".join(json.dumps(b) + "\n" for b in bodies))
    out = tmp_path / "results.jsonl"
    with run_in_thread(config) as server:
        env = {
            **os.environ,
            "UNIAPI_API_KEY": TEST_KEY,
            "UNIAPI_BASE_URL": server.base_url,
            "UNIAPI_FAL_JOURNAL": str(tmp_path / "journal.sqlite3"),
        }
        args = [*CLI, "batch", "fal-ai/flux/schnell", str(inputs), "-c", "16", "-o", str(out)]
        events = tmp_path / "events.jsonl"
        with events.open("w") as sink:
            first = subprocess.Popen(
                [*CLI, "--json", *args[len(CLI) :]], stdout=sink, stderr=subprocess.DEVNULL, env=env
            )
            deadline = time.monotonic() + 60
            while events.read_text().count('"event": "item"') < 40:  # some, not all, done
                assert time.monotonic() < deadline and first.poll() is None
                time.sleep(0.02)
            first.send_signal(signal.SIGINT)
            assert first.wait(30) == 130
        done_before = len(out.read_text().splitlines())  # what was done, written when stopped
        assert 40 <= done_before < 200
        again = subprocess.run(args, capture_output=True, text=True, env=env, timeout=90)
        stats = server.emulator.stats()
    failed = [line for line in out.read_text().splitlines() if '"ok": false' in line]
    assert again.returncode == 0, failed[:3]
    results = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["index"] for r in results] == list(range(200)) and all(r["ok"] for r in results)
    assert [r["line"] for r in results] == list(range(1, 201))  # in input order
    (summary,) = [json.loads(line) for line in again.stdout.splitlines() if '"done"' in line]
    assert summary["journal"] >= done_before and summary["submitted"] < 200
    assert stats.jobs_created == 200
    assert all(stats.jobs_by_input[input_digest(b)] == 1 for b in bodies)


def test_resume_collects_every_job_and_retires_what_the_queue_forgot(
    emulator: RunningEmulator, tmp_path: Path
) -> None:
    """A job the queue no longer knows (404) is reported and marked EXPIRED, the job after
    it is still collected, and the next resume has nothing left to do."""
    from uniapi_fal import Client
    from uniapi_fal._journal import EXPIRED

    journal = tmp_path / "journal.sqlite3"
    forgotten = "0badc0de-0000-4000-8000-000000000000"
    with Client(api_key=TEST_KEY, base_url=emulator.base_url, journal=journal) as client:
        client.journal.attach(SEED_ENDPOINT, str(client.base_url), forgotten)
        job = client.submit(SEED_ENDPOINT, {"prompt": "p", "image_url": "https://x/y.png"})
    code, lines, text = cli(emulator, tmp_path, "resume")
    assert code == 3, text
    assert [e["request_id"] for e in events(lines, "error")] == [forgotten]
    assert [e["request_id"] for e in events(lines, "result")] == [job.request_id]
    with Client(api_key=TEST_KEY, base_url=emulator.base_url, journal=journal) as client:
        states = {e.request_id: e.state for e in client.jobs()}
    assert states[forgotten] == EXPIRED
    code, lines, text = cli(emulator, tmp_path, "resume")
    assert code == 0 and events(lines, "resume") == [{"event": "resume", "count": 0}], text


def test_version_and_an_unknown_category(tmp_path: Path) -> None:
    from uniapi_fal import __version__

    code, _, text = cli("http://127.0.0.1:9", tmp_path, "--version")
    assert code == 0 and f"uniapi-fal {__version__}" in text
    code, _, text = cli("http://127.0.0.1:9", tmp_path, "models", "-c", "nope")
    assert code == 2 and "no category 'nope'" in text


def test_a_terminal_that_is_not_utf8_gets_a_run_not_a_crash(
    emulator: RunningEmulator, tmp_path: Path
) -> None:
    """`PYTHONIOENCODING=cp1252` (a Windows console): the live view and the result print,
    characters the encoding lacks replaced, and the exit code is the job's."""
    env = {
        **os.environ,
        "UNIAPI_API_KEY": TEST_KEY,
        "UNIAPI_BASE_URL": emulator.base_url,
        "UNIAPI_FAL_JOURNAL": str(tmp_path / "journal.sqlite3"),
        "PYTHONIOENCODING": "cp1252",
        "TTY_COMPATIBLE": "1",
        "TTY_INTERACTIVE": "1",
        "COLUMNS": "80",
    }
    args = ["run", SEED_ENDPOINT, "-p", "prompt=waves", "-p", "image_url=https://x/y.png"]
    done = subprocess.run(
        [*CLI, *args], capture_output=True, encoding="cp1252", env=env, timeout=60
    )
    text = done.stdout + done.stderr
    assert done.returncode == 0, text
    assert "UnicodeEncodeError" not in text and "COMPLETED" in text
