"""`uniapi-fal batch`'s results file: in input order with line numbers, never replacing a
file that is not an earlier run's results of the same batch."""

from __future__ import annotations

import json
from pathlib import Path

from fal_queue_emulator import RunningEmulator

from .test_cli import cli, events

ENDPOINT = "fal-ai/flux/dev"


def inputs_with_gaps(tmp_path: Path) -> Path:
    path = tmp_path / "inputs.jsonl"
    path.write_text('{"prompt": "a"}\n\n{"prompt": "b"}\n  \n{"prompt": "c"}\n')  # lines 1, 3, 5
    return path


def submits(emulator: RunningEmulator) -> int:
    return len(emulator.emulator.requests_of("submit"))


def test_results_are_in_input_order_with_their_line_numbers(
    emulator: RunningEmulator, tmp_path: Path
) -> None:
    out = tmp_path / "results.jsonl"
    code, lines, text = cli(
        emulator,
        tmp_path,
        "batch",
        ENDPOINT,
        str(inputs_with_gaps(tmp_path)),
        "-o",
        str(out),
        "-c",
        "3",
    )
    assert code == 0, text
    results = [json.loads(line) for line in out.read_text().splitlines()]
    assert [(r["index"], r["line"]) for r in results] == [(0, 1), (1, 3), (2, 5)]
    assert [r["line"] for r in events(lines, "item")] != [] and all(r["ok"] for r in results)


def test_a_file_that_is_not_this_batchs_results_is_not_replaced(
    emulator: RunningEmulator, tmp_path: Path
) -> None:
    out = tmp_path / "precious.jsonl"
    out.write_text('{"mine": "not a result"}\n')
    before = submits(emulator)
    code, lines, text = cli(
        emulator, tmp_path, "batch", ENDPOINT, str(inputs_with_gaps(tmp_path)), "-o", str(out)
    )
    assert code == 2 and "does not hold results of this batch" in text, text
    assert "--overwrite" in text and out.read_text() == '{"mine": "not a result"}\n'
    assert submits(emulator) == before  # refused before anything was sent
    code, _, text = cli(
        emulator,
        tmp_path,
        "batch",
        ENDPOINT,
        str(inputs_with_gaps(tmp_path)),
        "-o",
        str(out),
        "--overwrite",
    )
    assert code == 0 and len(out.read_text().splitlines()) == 3, text


def test_a_rerun_replaces_its_own_results_even_if_cut_short(
    emulator: RunningEmulator, tmp_path: Path
) -> None:
    out = tmp_path / "results.jsonl"
    inputs = inputs_with_gaps(tmp_path)
    assert cli(emulator, tmp_path, "batch", ENDPOINT, str(inputs), "-o", str(out))[0] == 0
    first = out.read_text()
    out.write_text(first[: len(first) - 25])  # a run killed while writing its last line
    before = submits(emulator)
    code, lines, text = cli(emulator, tmp_path, "batch", ENDPOINT, str(inputs), "-o", str(out))
    assert code == 0, text
    assert submits(emulator) == before  # all from the journal
    (done,) = events(lines, "done")
    assert done["journal"] == 3 and len(out.read_text().splitlines()) == 3
    # another batch (other inputs) must not take this batch's file
    other = tmp_path / "other.jsonl"
    other.write_text('{"prompt": "z"}\n')
    code, _, text = cli(emulator, tmp_path, "batch", ENDPOINT, str(other), "-o", str(out))
    assert code == 2 and "does not hold results of this batch" in text


def test_journal_commands_with_the_journal_off_say_so(tmp_path: Path) -> None:
    for command in (["jobs"], ["jobs", "--unfinished"], ["resume"], ["jobs", "forget", "1"]):
        code, _, text = cli("http://127.0.0.1:9", tmp_path, "--journal", "off", *command)
        assert code == 2 and "the journal is off" in text, (command, text)
