"""Hostile servers against deadlines: a caller's `timeout=` ends the wait in
`WaitTimeoutError` shortly after it, whatever the status endpoint or the status stream
does, and `run(timeout=)` ends the whole call whichever request is slow; without a
caller's timeout, the client's retry deadline bounds a read."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from uniapi_fal import (
    APIConnectionError,
    APITimeoutError,
    RetryPolicy,
    ServerError,
    WaitTimeoutError,
)

from . import FIGURES
from .hostile import (
    ARGS,
    ENDPOINT,
    FLAVOURS,
    REQUEST_ID,
    Conn,
    Driver,
    Flavour,
    Handler,
    HostileServer,
    LogCapture,
    Request,
    Tally,
    answer,
    debug_log,
    hang,
    reset_connection,
    result_answer,
    silence_after,
    sse_forever,
    sse_trickle,
    status_answer,
    submitted,
    trickle,
    verdict,
)

TIMEOUT = 1.0
PROMISE = 0.25
"""The issue's promise: WaitTimeoutError within 0.25 s of the caller's timeout."""
SLACK = 0.25
"""Allowed on top of the promise on this slow machine (2 shared cores)."""
LATE = PROMISE + SLACK

GATEWAY_PAGE = "<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>"
IN_PROGRESS = b'{"status": "IN_PROGRESS", "request_id": "' + REQUEST_ID.encode() + b'"}'
EVENT = b"data: " + IN_PROGRESS + b"\n\n"


def _both(handler: Handler) -> dict[str, Handler]:
    return {"stream": handler, "status": handler}


CASES: dict[str, dict[str, Handler]] = {
    # The status endpoint (the stream, where it is tried, does the same).
    "status-503-forever": _both(answer(503, GATEWAY_PAGE, content_type="text/html")),
    "status-429-retry-after-50": _both(
        answer(429, {"detail": "Too many requests"}, headers=[("Retry-After", "50")])
    ),
    "status-silent": _both(hang),
    "status-reset-every-time": _both(reset_connection),
    "status-body-one-byte-per-0.25s": {"status": trickle(202, IN_PROGRESS, interval=0.25)},
    # The status stream (the polls, where the client falls back to them, say IN_PROGRESS).
    "stream-keep-alive-comments-only": {"stream": sse_forever(b": keep-alive\n\n", interval=0.1)},
    "stream-one-byte-a-second": {"stream": sse_trickle(EVENT, interval=1.0)},
    "stream-empty-data-events": {"stream": sse_forever(b"data:\n\n", interval=0.05)},
    "stream-non-json-events": {
        "stream": sse_forever(b"data: <html>oops</html>\n\n", interval=0.05)
    },
    "stream-opens-then-silent": {"stream": silence_after()},
}

WAITS = Tally()
RETRIES = Tally()
RETRY_DEADLINE = 1.0


@pytest.fixture(scope="module", autouse=True)
def _figures() -> Iterator[None]:
    yield
    if len(WAITS):
        FIGURES.append(
            f"hostile deadlines: {len(WAITS)} calls with timeout={TIMEOUT:g} s against "
            f"{len(CASES)} kinds of status/stream server and {len(LATE_CASES)} answering "
            f"{ANSWER_LATE:g} s late, slowest ended "
            f"{WAITS.worst_late():.2f} s after its timeout (promise {PROMISE} s, allowed "
            f"{LATE} s on this machine); peak {WAITS.peak():.1f} MiB"
        )
    if len(RETRIES):
        FIGURES.append(
            f"hostile retry deadline: {len(RETRIES)} reads with no caller timeout and "
            f"RetryPolicy(deadline={RETRY_DEADLINE:g}), slowest ended "
            f"{RETRIES.worst_late():.2f} s after the deadline (allowed {LATE} s)"
        )


@pytest.fixture
def log(monkeypatch: pytest.MonkeyPatch) -> Iterator[LogCapture]:
    monkeypatch.setenv("UNIAPI_FAL_LOG", "debug")
    with debug_log() as capture:
        yield capture


@pytest.mark.timeout(20)
@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("case", list(CASES))
def test_wait_ends_at_the_callers_timeout(case: str, flavour: Flavour, log: LogCapture) -> None:
    with HostileServer(**CASES[case]) as server, Driver(flavour, base_url=server.base_url) as d:
        job = d(lambda c: c.submit(ENDPOINT, ARGS))
        outcome = d.observe(lambda c: job.wait(timeout=TIMEOUT))
    WAITS.add(f"{case}/{flavour}", outcome, TIMEOUT)
    problems = verdict(outcome, WaitTimeoutError, within=TIMEOUT + LATE, log=log)
    if isinstance(outcome.error, WaitTimeoutError) and outcome.error.request_id != REQUEST_ID:
        problems.append(f"request_id {outcome.error.request_id!r}, not the job's")
    assert not problems, problems


@pytest.mark.timeout(20)
@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("call", ["result", "run"])
def test_result_and_run_end_at_the_callers_timeout(
    call: str, flavour: Flavour, log: LogCapture
) -> None:
    handlers = CASES["status-503-forever"]
    with HostileServer(**handlers) as server, Driver(flavour, base_url=server.base_url) as d:
        if call == "run":
            outcome = d.observe(lambda c: c.run(ENDPOINT, ARGS, timeout=TIMEOUT))
        else:
            job = d(lambda c: c.submit(ENDPOINT, ARGS))
            outcome = d.observe(lambda c: job.result(timeout=TIMEOUT))
    WAITS.add(f"{call}/{flavour}", outcome, TIMEOUT)
    problems = verdict(outcome, WaitTimeoutError, within=TIMEOUT + LATE, log=log)
    assert not problems, problems


RETRY_CASES: dict[str, tuple[Handler, type[Exception]]] = {
    "503-forever": (
        answer(503, GATEWAY_PAGE, content_type="text/html", headers=[("Retry-After", "0.2")]),
        ServerError,
    ),
    "reset-every-time": (reset_connection, APIConnectionError),
    "silent": (hang, APITimeoutError),
}


@pytest.mark.timeout(20)
@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("case", list(RETRY_CASES))
def test_retries_without_a_timeout_end_at_the_retry_deadline(
    case: str, flavour: Flavour, log: LogCapture
) -> None:
    """`job.status()` has no caller timeout: the client's RetryPolicy deadline bounds it,
    request timeouts (30 s here) and retry sleeps included."""
    handler, expected = RETRY_CASES[case]
    policy = RetryPolicy(initial_delay=0.05, max_delay=0.2, deadline=RETRY_DEADLINE)
    with (
        HostileServer(status=handler) as server,
        Driver(flavour, base_url=server.base_url, retry=policy, max_retries=1000, timeout=30) as d,
    ):
        job = d(lambda c: c.submit(ENDPOINT, ARGS))
        outcome = d.observe(lambda c: job.status())
    RETRIES.add(f"{case}/{flavour}", outcome, RETRY_DEADLINE)
    problems = verdict(outcome, expected, within=RETRY_DEADLINE + LATE, log=log)
    assert not problems, problems


def _late(seconds: float, handler: Handler) -> Handler:
    """`handler`'s answer, `seconds` after the request arrived."""

    async def handle(request: Request, conn: Conn) -> None:
        await asyncio.sleep(seconds)
        await handler(request, conn)

    return handle


ANSWER_LATE = 3.0
LATE_CASES: dict[str, dict[str, Handler]] = {
    "submit-3s-late": {"submit": _late(ANSWER_LATE, submitted())},
    "result-3s-late": {
        "status": status_answer("COMPLETED"),
        "result": _late(ANSWER_LATE, result_answer()),
    },
    "status-3s-late": {"status": _late(ANSWER_LATE, status_answer("COMPLETED"))},
}


@pytest.mark.timeout(20)
@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("case", list(LATE_CASES))
def test_run_timeout_bounds_the_whole_call(case: str, flavour: Flavour, log: LogCapture) -> None:
    """`run(timeout=1)` ends in a timeout error of the SDK's tree within the promise of 1 s,
    whichever request is slow: the submit, a status read or the result fetch. A submit cut
    short after its bytes left says fal may have queued it, and was sent once."""
    with (
        HostileServer(**LATE_CASES[case]) as server,
        Driver(flavour, base_url=server.base_url) as d,
    ):
        outcome = d.observe(lambda c: c.run(ENDPOINT, ARGS, timeout=TIMEOUT))
        kinds = server.kinds()
    WAITS.add(f"run-{case}/{flavour}", outcome, TIMEOUT)
    problems = verdict(outcome, TimeoutError, within=TIMEOUT + LATE, log=log)
    assert not problems, problems
    assert kinds.count("submit") == 1, kinds
    if case.startswith("submit"):
        assert isinstance(outcome.error, APITimeoutError) and outcome.error.maybe_queued
    else:
        assert getattr(outcome.error, "request_id", None) == REQUEST_ID
