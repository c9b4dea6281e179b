"""`uniapi-fal upload FILE`: the file into the emulator's storage, its URL printed."""

from __future__ import annotations

import os
from pathlib import Path

import httpx

from fal_queue_emulator import RunningEmulator

from .test_cli import cli, events


def test_upload_prints_the_url_of_the_stored_file(
    emulator: RunningEmulator, tmp_path: Path
) -> None:
    photo = tmp_path / "photo.png"
    data = os.urandom(300_000)
    photo.write_bytes(data)
    code, lines, shown = cli(emulator, tmp_path, "upload", str(photo))
    assert code == 0, shown
    (uploaded,) = events(lines, "uploaded")
    assert uploaded["file"] == str(photo) and uploaded["url"].endswith("/photo.png")
    assert httpx.get(uploaded["url"], timeout=10).content == data


def test_upload_of_a_missing_file_says_so(emulator: RunningEmulator, tmp_path: Path) -> None:
    code, lines, shown = cli(emulator, tmp_path, "upload", str(tmp_path / "missing.png"))
    assert code != 0
    (error,) = events(lines, "error")
    assert "cannot upload" in error["message"] and "missing.png" in error["message"]
