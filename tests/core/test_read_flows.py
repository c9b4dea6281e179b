"""A job's reads, scripted: retries and their sleeps, and the call's deadline carried into
every request's timeouts, every retry and every sleep."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from uniapi_fal import (
    APITimeoutError,
    NotFoundError,
    PermissionDeniedError,
    RetryPolicy,
    ServerError,
)
from uniapi_fal._core import collect
from uniapi_fal._core.deadline import Deadline

from .script import REQUEST_ID, Script, ref, response, status

BUSY = response(503, {"detail": "busy"})


@pytest.fixture
def script(tmp_path: Path) -> Script:
    return Script(tmp_path)


def test_a_status_read_is_one_get_on_the_queue(script: Script) -> None:
    found = script.run(
        collect.status(script.ctx, ref(), Deadline.after(None), logs=True), [status("IN_PROGRESS")]
    )
    assert found.state == "IN_PROGRESS"
    ((_, sent),) = script.sent()
    assert sent.request["method"] == "GET" and sent.leaving is None
    assert str(sent.request["url"]) == (
        f"https://gateway.test/fal-ai/flux/requests/{REQUEST_ID}/status"
    )
    assert sent.request["params"] == {"logs": 1} and sent.request["follow_redirects"] is False


def test_reads_are_retried_on_5xx_and_connection_errors_with_sleeps_between(
    script: Script,
) -> None:
    replies = [BUSY, httpx.ReadError("reset"), status("IN_QUEUE")]
    found = script.run(collect.status(script.ctx, ref(), Deadline.after(None), logs=False), replies)
    assert found.state == "IN_QUEUE"
    assert script.kinds() == ["Send", "Sleep", "Send", "Sleep", "Send"]
    assert all(0 < s <= 0.5 for s in script.sleeps())


def test_a_4xx_is_not_retried(script: Script) -> None:
    flow = collect.status(script.ctx, ref(), Deadline.after(None), logs=False)
    with pytest.raises(PermissionDeniedError):
        script.run(flow, [response(403, {"detail": "Forbidden"})])
    assert script.kinds() == ["Send"]


def test_a_job_its_queue_no_longer_knows_is_journaled_expired_once(script: Script) -> None:
    flow = collect.status(script.ctx, ref(), Deadline.after(None), logs=False)
    with pytest.raises(NotFoundError):
        script.run(flow, [response(404, {"detail": "Not Found"})])
    assert script.kinds() == ["Send", "Local:set_state"]  # not retried; EXPIRED recorded


def test_the_retry_deadline_ends_retries_with_their_cause(tmp_path: Path) -> None:
    script = Script(tmp_path, retry=RetryPolicy(initial_delay=1, max_delay=1, deadline=3.5))
    flow = collect.status(script.ctx, ref(), Deadline.after(None), logs=False)
    with pytest.raises(ServerError):
        script.run(flow, [], then=BUSY)
    kinds = script.kinds()
    assert kinds[-1] == "Send" and kinds.count("Send") >= 3
    assert sum(script.sleeps()) <= 3.5


def test_every_request_is_cut_to_what_is_left_of_the_call(script: Script) -> None:
    """timeout=10 with 3 s per answer: each request's connect, read, write and pool
    timeouts and its deadline shrink with the call; a retry sleep never passes it."""
    script.send_takes = 3.0
    start = script.clock.now
    flow = collect.status(script.ctx, ref(), Deadline.after(10.0, script.clock), logs=False)
    with pytest.raises(APITimeoutError, match=r"timeout \(10 s\) passed"):
        script.run(flow, [BUSY] * 3)
    assert len(script.sent()) >= 2
    for when, sent in script.sent():
        timeout: httpx.Timeout = sent.request["timeout"]
        assert sent.deadline == start + 10.0
        assert timeout.read == pytest.approx(start + 10.0 - when)
        assert timeout.connect == timeout.read == timeout.write == timeout.pool
    assert script.clock.now == pytest.approx(start + 10.0)  # the last sleep ended at it


def test_an_expired_deadline_sends_nothing(script: Script) -> None:
    deadline = Deadline.after(1.0, script.clock)
    script.clock.now += 1.0
    with pytest.raises(APITimeoutError):
        script.run(collect.cancel_job(script.ctx, ref(), deadline), [])
    assert script.effects == []
