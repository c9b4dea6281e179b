"""The CLI's rough edges of issue 12: markup, narrow terminals, option places, exit codes,
messages, `jobs forget`, the `@file` rule, batch counts, downloads, the emulator's name."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from fal_queue_emulator import RunningEmulator
from uniapi_fal._batch import BatchResult
from uniapi_fal._download_checks import place
from uniapi_fal._exceptions import JobFailedError
from uniapi_fal.cli._output import cli_message
from uniapi_fal.cli.app import hoist_global_options
from uniapi_fal.cli.batch import describe, source_counts

from ._inputs import SEED_ENDPOINT
from .conftest import TEST_KEY
from .test_cli import CLI, cli, events

OFFLINE = "http://127.0.0.1:9"
NARROW = {"COLUMNS": "80"}
TERMINAL_80 = {"TTY_COMPATIBLE": "1", "TTY_INTERACTIVE": "1", "COLUMNS": "80"}


def plain(text: str) -> str:
    """Output without the terminal's colour codes."""
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", text)


def submits(emulator: RunningEmulator) -> int:
    return len(emulator.emulator.requests_of("submit"))


# 1. markup never interprets data


def test_models_and_schema_print_brackets_literally(tmp_path: Path) -> None:
    code, _, text = cli(OFFLINE, tmp_path, "--no-json", "models", "flux/dev", env=NARROW)
    assert code == 0 and "FLUX.1 [dev]" in text, text
    code, _, text = cli(OFFLINE, tmp_path, "--no-json", "schema", "fal-ai/flux/dev", env=NARROW)
    assert code == 0 and "FLUX.1 [dev]" in text, text


def test_error_text_with_closing_tag_prints_literally(tmp_path: Path) -> None:
    code, _, text = cli(
        OFFLINE, tmp_path, "--no-json", "run", "fal-ai/flux/dev", "-p", "num_images=[/x]"
    )
    assert code == 2 and "[/x]" in text and "Traceback" not in text, text


# 2. ids and names are never cut


@pytest.mark.parametrize("env", [NARROW, TERMINAL_80], ids=["pipe", "terminal"])
def test_schema_at_80_columns_keeps_field_names(tmp_path: Path, env: dict[str, str]) -> None:
    code, lines, _ = cli(OFFLINE, tmp_path, "schema", "fal-ai/flux/dev")
    names = [f["field"] for f in events(lines, "field")]
    code, _, text = cli(OFFLINE, tmp_path, "--no-json", "schema", "fal-ai/flux/dev", env=env)
    text = plain(text)
    assert code == 0 and "…" not in text, text
    assert all(name in text.split() for name in names), text


@pytest.mark.parametrize("env", [NARROW, TERMINAL_80], ids=["pipe", "terminal"])
def test_models_at_80_columns_keep_endpoint_ids(tmp_path: Path, env: dict[str, str]) -> None:
    _, lines, _ = cli(OFFLINE, tmp_path, "models", "kling-video")
    ids = [m["endpoint"] for m in events(lines, "model")]
    code, _, text = cli(OFFLINE, tmp_path, "--no-json", "models", "kling-video", env=env)
    text = plain(text)
    assert code == 0 and "…" not in text
    assert all(i in text.split() for i in ids)


@pytest.mark.parametrize("env", [NARROW, TERMINAL_80], ids=["pipe", "terminal"])
def test_jobs_at_80_columns_keep_request_ids(
    emulator: RunningEmulator, tmp_path: Path, env: dict[str, str]
) -> None:
    endpoint = "fal-ai/flux-2-lora-gallery/satellite-view-style"  # a long one
    _, lines, _ = cli(emulator, tmp_path, "submit", endpoint, "-p", "prompt=x")
    rid = events(lines, "submitted")[0]["request_id"]
    code, _, text = cli(emulator, tmp_path, "--no-json", "jobs", env=env)
    text = plain(text)
    assert code == 0 and "…" not in text and rid in text.split(), text
    assert endpoint in text.split()


# 3. global options after the subcommand


def test_global_options_after_the_subcommand(emulator: RunningEmulator, tmp_path: Path) -> None:
    code, lines, text = cli(
        emulator, tmp_path, "run", "fal-ai/flux/dev", "--json", "-p", "prompt=--json",
        "--journal", "off",
    )  # fmt: skip
    assert code == 0, text
    assert (
        events(lines, "result")
        and emulator.emulator.requests_of("submit")[-1].body["prompt"] == "--json"
    )
    assert not (tmp_path / "journal.sqlite3").exists()  # --journal off was applied
    code, lines, _ = cli(OFFLINE, tmp_path, "models", "flux/dev", "--json")
    assert code == 0 and events(lines, "model")


def test_hoisting_leaves_option_values_and_the_emulator_alone() -> None:
    assert hoist_global_options(["run", "e", "-p", "a=--json", "--json"]) == [
        "--json", "run", "e", "-p", "a=--json",
    ]  # fmt: skip
    assert hoist_global_options(["emulator", "--json"]) == ["emulator", "--json"]
    assert hoist_global_options(["run", "e", "--", "--json"]) == ["run", "e", "--", "--json"]


# 4. exit codes


def test_non_utf8_input_file_is_an_input_error(emulator: RunningEmulator, tmp_path: Path) -> None:
    bad = tmp_path / "in.json"
    bad.write_bytes(b'{"prompt": "\xff\xfe"}')
    before = submits(emulator)
    code, lines, text = cli(emulator, tmp_path, "run", "fal-ai/flux/dev", "--input", str(bad))
    assert code == 2 and "Traceback" not in text, text
    assert events(lines, "error")[0]["type"] == "InputValidationError"
    code, lines, text = cli(emulator, tmp_path, "batch", "fal-ai/flux/dev", str(bad))
    assert code == 2 and "Traceback" not in text, text
    assert submits(emulator) == before


def test_download_target_that_is_a_file_is_refused_before_submitting(
    emulator: RunningEmulator, tmp_path: Path
) -> None:
    afile = tmp_path / "afile.txt"
    afile.write_text("x")
    before = submits(emulator)
    code, lines, text = cli(
        emulator, tmp_path, "run", "fal-ai/flux/dev", "-p", "prompt=x", "-d", str(afile)
    )
    assert code == 2 and "Traceback" not in text, text
    assert "afile.txt" in events(lines, "error")[0]["message"]
    code, _, _ = cli(
        emulator, tmp_path, "run", "fal-ai/flux/dev", "-p", "prompt=x", "-d", str(afile / "sub")
    )
    assert code == 2 and submits(emulator) == before


def test_batch_out_that_is_a_folder_is_refused(emulator: RunningEmulator, tmp_path: Path) -> None:
    inputs = tmp_path / "b.jsonl"
    inputs.write_text('{"prompt": "a cat"}\n')
    before = submits(emulator)
    code, lines, text = cli(emulator, tmp_path, "batch", "fal-ai/flux/dev", str(inputs), "-o", ".")
    assert code == 2 and "Traceback" not in text, text
    assert "folder" in events(lines, "error")[0]["message"] and submits(emulator) == before


@pytest.mark.parametrize("mode", ["--json", "--no-json"])
def test_closed_pipe_ends_quietly(emulator: RunningEmulator, tmp_path: Path, mode: str) -> None:
    env = {
        **os.environ,
        "UNIAPI_API_KEY": TEST_KEY,
        "UNIAPI_BASE_URL": emulator.base_url,
        "UNIAPI_FAL_JOURNAL": str(tmp_path / "journal.sqlite3"),
    }
    batch = tmp_path / "b.jsonl"
    batch.write_text("".join(json.dumps({"prompt": f"p{i}"}) + "\n" for i in range(3)))
    out = tmp_path / "r.jsonl"
    for args in (
        ["run", "fal-ai/flux/dev", "-p", "prompt=pipe"],
        ["batch", "fal-ai/flux/dev", str(batch), "-o", str(out)],
    ):
        command = " ".join([*CLI, mode, *args])
        done = subprocess.run(
            ["bash", "-c", f"set -o pipefail; {command} | head -1"],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr and "Error" not in done.stderr, done.stderr
        assert done.stdout.count("\n") == 1
    assert len(out.read_text().splitlines()) == 3  # the batch went on to the end


# 5. messages for CLI users


def test_timeout_message_names_the_cli_command(emulator: RunningEmulator, tmp_path: Path) -> None:
    code, lines, _ = cli(
        emulator, tmp_path, "run", "fal-ai/flux/dev", "-p", "prompt=x", "--timeout", "0"
    )
    message = events(lines, "error")[0]["message"]
    assert code == 4 and "client." not in message and "uniapi-fal result fal-ai/flux/dev" in message


def test_validation_errors_read_right_and_offer_no_traceback(tmp_path: Path) -> None:
    code, _, text = cli(
        OFFLINE, tmp_path, "--no-json", "run", "fal-ai/flux/dev", "-p", "num_images=abc"
    )
    assert code == 2 and "is not an integer" in text and "a integer" not in text, text
    assert "UNIAPI_FAL_DEBUG" not in text


def test_network_errors_still_offer_the_traceback(tmp_path: Path) -> None:
    code, _, text = cli(
        OFFLINE, tmp_path, "--no-json", "--max-retries", "0", "status", SEED_ENDPOINT, "abc"
    )
    assert code == 3 and "UNIAPI_FAL_DEBUG=1" in text


def test_sdk_advice_becomes_cli_commands() -> None:
    queued = (
        "submit: ReadTimeout: x; It may have been queued (and billed) all the same: check "
        "before submitting again. It is journaled as UNKNOWN (client.jobs())."
    )
    assert "(uniapi-fal jobs)" in cli_message(queued)
    assert cli_message("then client.journal.forget(7) to resubmit") == (
        "then uniapi-fal jobs forget 7 to resubmit"
    )
    assert cli_message("client.job('a/b', 'r-1').result()") == "uniapi-fal result a/b r-1"


# 6. jobs forget


def test_jobs_forget_by_request_id_and_by_id(emulator: RunningEmulator, tmp_path: Path) -> None:
    rids = []
    for prompt in ("one", "two"):
        _, lines, _ = cli(emulator, tmp_path, "submit", "fal-ai/flux/dev", "-p", f"prompt={prompt}")
        rids.append(events(lines, "submitted")[0]["request_id"])
    _, lines, _ = cli(emulator, tmp_path, "jobs")
    ids = {j["request_id"]: j["id"] for j in events(lines, "job")}
    code, lines, _ = cli(emulator, tmp_path, "jobs", "forget", rids[0])
    assert code == 0 and events(lines, "forgotten")[0]["request_id"] == rids[0]
    code, _, text = cli(emulator, tmp_path, "--no-json", "jobs", "forget", str(ids[rids[1]]))
    assert code == 0 and "forgot job" in text, text
    _, lines, _ = cli(emulator, tmp_path, "jobs")
    assert events(lines, "job") == []
    code, lines, _ = cli(emulator, tmp_path, "jobs", "forget", "nope")
    assert code == 2 and events(lines, "error")
    code, _, _ = cli(emulator, tmp_path, "--journal", "off", "jobs", "forget", "1")
    assert code == 2


# 7. the @file rule


def test_at_file_only_in_url_fields(emulator: RunningEmulator, tmp_path: Path) -> None:
    (tmp_path / "prompt.txt").write_text("hello")
    frame = tmp_path / "frame.png"
    frame.write_bytes(b"\x89PNG\r\n\x1a\n....")
    before = submits(emulator)
    code, lines, _ = cli(
        emulator, tmp_path, "run", SEED_ENDPOINT, "-p", f"prompt=@{tmp_path / 'prompt.txt'}",
        "-p", "image_url=https://x/y.png",
    )  # fmt: skip
    assert code == 2 and "@@" in events(lines, "error")[0]["message"]
    assert submits(emulator) == before
    inputs = tmp_path / "in.json"
    inputs.write_text(json.dumps({"prompt": "@@home", "image_url": "@frame.png"}))
    code, _, text = cli(emulator, tmp_path, "run", SEED_ENDPOINT, "--input", str(inputs))
    assert code == 0, text
    body = emulator.emulator.requests_of("submit")[-1].body
    assert body["prompt"] == "@home" and body["image_url"].startswith("data:image/png;base64,")
    batch = tmp_path / "b.jsonl"
    batch.write_text(json.dumps({"prompt": "@frame.png", "image_url": "@frame.png"}) + "\n")
    before = submits(emulator)
    code, _, _ = cli(emulator, tmp_path, "batch", SEED_ENDPOINT, str(batch), "-o", "r.jsonl")
    assert code == 2 and submits(emulator) == before
    code, lines, _ = cli(
        emulator, tmp_path, "run", SEED_ENDPOINT, "-p", "prompt=x", "-p", "image_url=@missing.png"
    )
    assert code == 2 and "no such file" in events(lines, "error")[0]["message"]


# 8. batch counts and reasons


def test_batch_counts_never_sent_items_apart() -> None:
    failed = JobFailedError("nope", endpoint="a/b", request_id="r")
    outcome = [
        BatchResult(0, {}, output=1, request_id="r0", source="submitted"),
        BatchResult(1, {}, error=failed, source="not sent"),
        BatchResult(2, {}, error=failed, source="not sent"),
    ]
    counts = source_counts(outcome)
    assert counts == {"submitted": 1, "reattached": 0, "journal": 0, "not_sent": 2}
    assert describe(counts) == "submitted 1, not sent 2"


def test_batch_in_a_terminal_shows_each_failure_reason(
    emulator: RunningEmulator, tmp_path: Path
) -> None:
    batch = tmp_path / "b.jsonl"
    batch.write_text('{"prompt": "fine"}\n{"prompt": "EMULATOR_FAIL"}\n')
    code, _, text = cli(
        emulator, tmp_path, "batch", "fal-ai/flux/dev", str(batch), "-o", str(tmp_path / "r"),
        env=TERMINAL_80,
    )  # fmt: skip
    assert code == 1 and "✗ item 1: JobFailedError" in plain(text), text


# 9. downloads never overwrite


def test_downloads_never_overwrite(emulator: RunningEmulator, tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, lines, text = cli(
        emulator, tmp_path, "run", "fal-ai/flux/dev", "-p", "prompt=x", "-d", str(out)
    )
    assert code == 0, text
    (first,) = events(lines, "downloaded")
    Path(first["path"]).write_bytes(b"mine")
    code, lines, text = cli(
        emulator, tmp_path, "run", "fal-ai/flux/dev", "-p", "prompt=x", "-d", str(out)
    )
    assert code == 0, text
    (second,) = events(lines, "downloaded")
    assert second["path"] != first["path"] and events(lines, "renamed")
    assert Path(first["path"]).read_bytes() == b"mine"
    assert sorted(p.name for p in out.iterdir()) == sorted(
        Path(p).name for p in (first["path"], second["path"])
    )


def test_a_taken_name_gets_the_next_free_number(tmp_path: Path) -> None:
    """The CLI saves through the SDK's `place`: one numbering, never over a file."""
    (tmp_path / "a.png").write_text("")
    (tmp_path / "a-1.png").write_text("")
    staged = tmp_path / "staged"
    staged.write_text("new")
    assert place(staged, tmp_path / "a.png").name == "a-2.png"
    (tmp_path / "staged").write_text("new")
    assert place(staged, tmp_path / "b.png").name == "b.png"
    assert (tmp_path / "a.png").read_text() == "" and not staged.exists()


# 10. the emulator's name


def test_emulator_help_names_the_cli() -> None:
    done = subprocess.run([*CLI, "emulator", "--help"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "usage: uniapi-fal emulator" in done.stdout
    assert "python -m fal_queue_emulator" not in done.stdout
    assert sys.executable


# fal's submit controls on the command line


def test_submit_controls_reach_fal_as_headers(emulator: RunningEmulator, tmp_path: Path) -> None:
    emulator.emulator.clear_requests()
    code, _, text = cli(
        emulator, tmp_path, "submit", "fal-ai/flux/dev", "-p", "prompt=p", "--priority", "low",
        "--request-timeout", "30", "--runner-hint", "warm", "--no-retry",
        "--object-expiration", "3600", "--no-store-io",
    )  # fmt: skip
    assert code == 0, text
    (sent,) = emulator.emulator.requests_of("submit")
    headers = sent.headers
    assert headers["x-fal-queue-priority"] == "low" and headers["x-fal-request-timeout"] == "30"
    assert headers["x-fal-runner-hint"] == "warm" and headers["x-fal-no-retry"] == "1"
    assert headers["x-fal-store-io"] == "0"
    assert "3600" in headers["x-fal-object-lifecycle-preference"]


def test_a_bad_submit_control_is_refused_before_sending(
    emulator: RunningEmulator, tmp_path: Path
) -> None:
    emulator.emulator.clear_requests()
    batch = tmp_path / "b.jsonl"
    batch.write_text('{"prompt": "p"}\n')
    for args in (
        ("run", "fal-ai/flux/dev", "-p", "prompt=p", "--priority", "urgent"),
        (
            "batch",
            "fal-ai/flux/dev",
            str(batch),
            "-o",
            str(tmp_path / "r"),
            "--request-timeout",
            "0",
        ),
    ):
        code, _, text = cli(emulator, tmp_path, *args)
        assert code == 2, text
    assert submits(emulator) == 0


def test_the_finished_block_says_how_many_log_lines_it_folded() -> None:
    import io

    from rich.console import Console

    from uniapi_fal import JobStatus, LogLine
    from uniapi_fal.cli._output import Output
    from uniapi_fal.cli._progress import LOG_LINES, JobView

    view = JobView(Output(json_mode=False), "fal-ai/flux/dev", "rid")
    lines = tuple(LogLine(f"step {i}") for i in range(LOG_LINES + 2))
    view(JobStatus("IN_PROGRESS", "rid", new_logs=lines[:3]))
    view(JobStatus("COMPLETED", "rid", new_logs=lines[3:]))
    shown = io.StringIO()
    Console(file=shown, width=100).print(view)
    text = shown.getvalue()
    assert "2 earlier log lines not shown" in text
    assert f"step {LOG_LINES + 1}" in text and "step 1\n" not in text


def test_a_batch_file_saved_with_a_bom_is_read(tmp_path: Path) -> None:
    from uniapi_fal.cli.batch import read_inputs

    path = tmp_path / "inputs.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"prompt": "a"}\r\n{"prompt": "b"}\r\n')
    assert read_inputs("fal-ai/flux/dev", path) == [(1, {"prompt": "a"}), (2, {"prompt": "b"})]
