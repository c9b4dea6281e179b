"""Hostile servers against memory: a 2 GiB body (status, result, submit, cancel), a gzip
bomb, an endless status-stream line end in `ResponseTooLargeError`; 100k-deep JSON ends in
`ResponseParseError`, never RecursionError; the call allocates little meanwhile."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from uniapi_fal import ResponseParseError, ResponseTooLargeError

from . import FIGURES
from .hostile import (
    ARGS,
    BOMB_INFLATED,
    ENDPOINT,
    FLAVOURS,
    MEMORY_BOUND,
    OFFERED,
    Driver,
    Flavour,
    GiB,
    Handler,
    HostileServer,
    LogCapture,
    MiB,
    Outcome,
    Tally,
    answer,
    debug_log,
    deep_json,
    endless,
    gzip_answer,
    gzip_bomb,
    status_answer,
    verdict,
)

WITHIN = 8.0
"""Seconds: reading the few MiB of a capped body is quick; reading GiBs is not."""

HUGE = Tally()
SENT: list[int] = []


@pytest.fixture(scope="module", autouse=True)
def _figures() -> Iterator[None]:
    yield
    if len(HUGE):
        FIGURES.append(
            f"hostile memory: {len(HUGE)} cases (bodies offering {OFFERED / GiB:g} GiB, a "
            f"{len(gzip_bomb()) / MiB:.1f} MiB gzip bomb of {BOMB_INFLATED / GiB:g} GiB, an "
            f"endless SSE line, 100k-deep JSON), peak {HUGE.peak():.1f} MiB "
            f"(bound {MEMORY_BOUND / MiB:.0f} MiB, tracemalloc), slowest {HUGE.slowest():.2f} s, "
            f"servers sent at most {max(SENT, default=0) / MiB:.1f} MiB before the client "
            "hung up"
        )


@pytest.fixture
def log(monkeypatch: pytest.MonkeyPatch) -> Iterator[LogCapture]:
    monkeypatch.setenv("UNIAPI_FAL_LOG", "debug")
    with debug_log() as capture:
        yield capture


COMPLETED = status_answer("COMPLETED")

# Where the body arrives -> the call that reads it.
CALLS: dict[str, Callable[[Any], Any]] = {
    "submit": lambda job: lambda c: c.submit(ENDPOINT, ARGS),
    "status": lambda job: lambda c: job.status(),
    "result": lambda job: lambda c: job.result(timeout=30),
    "cancel": lambda job: lambda c: job.cancel(),
    "stream": lambda job: lambda c: job.wait(timeout=30),
}


def _handlers(where: str, handler: Handler) -> dict[str, Handler]:
    handlers = {where: handler}
    if where == "result":
        handlers["status"] = COMPLETED
    return handlers


def _run(flavour: Flavour, where: str, handlers: dict[str, Handler]) -> tuple[Outcome, int]:
    with HostileServer(**handlers) as server, Driver(flavour, base_url=server.base_url) as d:
        job = None if where == "submit" else d(lambda c: c.submit(ENDPOINT, ARGS))
        before = server.bytes_sent
        outcome = d.observe(CALLS[where](job))
        sent = server.bytes_sent - before
    return outcome, sent


HUGE_BODIES: dict[str, Handler] = {
    # Chunked, and with a Content-Length of 2 GiB: a cap must hold for both framings.
    "status": endless(202, b'{"status": "IN_PROGRESS", "logs": [{"message": "', chunked=True),
    "result": endless(200, b'{"images": [{"url": "https://x/', chunked=False),
    "submit": endless(200, b'{"status": "IN_QUEUE", "request_id": "', chunked=True),
    "cancel": endless(202, b'{"status": "', chunked=False),
    "stream": endless(200, b"data: ", content_type="text/event-stream"),
}


@pytest.mark.timeout(60)
@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("where", list(HUGE_BODIES))
def test_a_2_gib_body_is_refused(where: str, flavour: Flavour, log: LogCapture) -> None:
    outcome, sent = _run(flavour, where, _handlers(where, HUGE_BODIES[where]))
    HUGE.add(f"huge {where}/{flavour}", outcome)
    SENT.append(sent)
    problems = verdict(outcome, ResponseTooLargeError, within=WITHIN, log=log)
    assert not problems, problems


@pytest.mark.timeout(60)
@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("where", ["status", "result", "submit", "cancel"])
def test_a_gzip_bomb_is_refused(where: str, flavour: Flavour, log: LogCapture) -> None:
    """4.5 MiB on the wire, 1 GiB of zeros once inflated: the cap counts inflated bytes."""
    outcome, sent = _run(flavour, where, _handlers(where, gzip_answer(200)))
    HUGE.add(f"gzip {where}/{flavour}", outcome)
    SENT.append(sent)
    problems = verdict(outcome, ResponseTooLargeError, within=WITHIN, log=log)
    assert not problems, problems


@pytest.mark.timeout(60)
@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("where", ["status", "result", "submit"])
def test_deep_json_is_refused(where: str, flavour: Flavour, log: LogCapture) -> None:
    """100,000 nested arrays (200 KB): a parse error, never RecursionError. (Not asked of
    cancel: a 202 accepts the cancel whatever its body says.)"""
    code = {"status": 202, "result": 200, "submit": 200}[where]
    outcome, sent = _run(flavour, where, _handlers(where, answer(code, deep_json())))
    HUGE.add(f"deep {where}/{flavour}", outcome)
    problems = verdict(outcome, ResponseParseError, within=WITHIN, log=log)
    assert not problems, problems
