"""Hostile file servers: a trickling file ends at the download's `timeout=`, a stalled
one at its `stall_timeout=`, a gzip file declared as 1,000 bytes as soon as it passes
that; each in `DownloadError`, leaving no file behind, in bounded memory, and the key
never sent to the file host nor shown."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from uniapi_fal import DownloadError
from uniapi_fal.models import KlingVideoV21StandardImageToVideoOutput

from . import FIGURES
from .hostile import (
    FLAVOURS,
    KEY,
    Driver,
    Flavour,
    Handler,
    HostileServer,
    LogCapture,
    Tally,
    debug_log,
    gzip_answer,
    gzip_bomb,
    silence_after,
    trickle,
    verdict,
)

SLACK = 0.5
"""Seconds allowed past a download's bound on this slow machine."""
DECLARED = 1000

TALLY = Tally()


@pytest.fixture(scope="module", autouse=True)
def _figures() -> Iterator[None]:
    yield
    if len(TALLY):
        FIGURES.append(
            f"hostile downloads: {len(TALLY)} cases (a trickle, a stall, a gzip file declared "
            f"{DECLARED:,} bytes inflating to 1 GiB), slowest ended {TALLY.worst_late():.2f} s "
            f"after its bound (allowed {SLACK} s), peak {TALLY.peak():.1f} MiB, no file left"
        )


@pytest.fixture
def log(monkeypatch: pytest.MonkeyPatch) -> Iterator[LogCapture]:
    monkeypatch.setenv("UNIAPI_FAL_LOG", "debug")
    with debug_log() as capture:
        yield capture


def _output(url: str, size: int) -> Any:
    return KlingVideoV21StandardImageToVideoOutput.from_dict(
        {
            "video": {
                "url": url,
                "content_type": "video/mp4",
                "file_name": "out.mp4",
                "file_size": size,
            }
        }
    )


# name -> (the file server's handler, the size the output declares, the download call
# given the output and the folder, the bound in seconds)
Call = Callable[[Any, Path], Callable[[Any], Any]]
CASES: dict[str, tuple[Handler, int, Call, float]] = {
    "trickle-one-byte-per-0.05s": (
        trickle(200, bytes(100_000), interval=0.05, content_type="video/mp4"),
        100_000,
        lambda out, dest: lambda c: c.download(out, dest, timeout=1),
        1.0,
    ),
    "stalled-after-100-bytes": (
        silence_after(bytes(100), content_type="video/mp4", length=100_000),
        100_000,
        lambda out, dest: lambda c: c.download(out, dest, timeout=30, stall_timeout=0.5),
        0.5,
    ),
    "gzip-past-its-declared-size": (
        gzip_answer(200, content_type="video/mp4"),
        DECLARED,
        lambda out, dest: lambda c: c.download(out, dest, timeout=30),
        5.0,
    ),
}


@pytest.mark.timeout(40)
@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("case", list(CASES))
def test_a_hostile_file_ends_in_download_error(
    case: str, flavour: Flavour, tmp_path: Path, log: LogCapture
) -> None:
    handler, size, call, bound = CASES[case]
    gzip_bomb()  # built before the clock starts
    dest = tmp_path / "out"
    with (
        HostileServer(file=handler) as files,
        HostileServer() as api,
        Driver(flavour, base_url=api.base_url) as d,
    ):
        output = _output(f"{files.base_url}/files/out.mp4", size)
        outcome = d.observe(call(output, dest))
        got = list(files.requests)
    TALLY.add(f"{case}/{flavour}", outcome, bound)
    problems = verdict(outcome, DownloadError, within=bound + SLACK, log=log)
    left = sorted(p.name for p in dest.rglob("*")) if dest.exists() else []
    if left:
        problems.append(f"files left in the folder: {left}")
    if any(KEY in " ".join(r.headers.values()) for r in got):
        problems.append("the key was sent to the file host")
    assert not problems, problems
