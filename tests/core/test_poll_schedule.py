"""Waiting decided without I/O: the poll schedule, deadlines, new log lines."""

from __future__ import annotations

import pytest

from uniapi_fal import JobStatus, LogLine, WaitTimeoutError
from uniapi_fal._core.deadline import Deadline
from uniapi_fal._core.waiting import PollSchedule, Waiter


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_poll_schedule_is_steady_then_backs_off_and_caps() -> None:
    schedule = PollSchedule(initial=0.1, steady=2, factor=2.0, maximum=0.5)
    assert [schedule.next_delay() for _ in range(6)] == [0.1, 0.1, 0.2, 0.4, 0.5, 0.5]
    schedule.reset()
    assert schedule.next_delay() == 0.1


def test_default_schedule_costs_about_eight_polls_for_a_four_second_job() -> None:
    schedule, elapsed, polls = PollSchedule(), 0.0, 0
    while elapsed < 4.0:
        elapsed += schedule.next_delay()
        polls += 1
    assert polls == 8 and elapsed - 4.0 <= 0.5


def test_waiter_reports_changes_and_only_new_log_lines() -> None:
    seen: list[JobStatus] = []
    waiter = Waiter(
        endpoint="e", request_id="r", on_update=seen.append, deadline=Deadline.after(None)
    )
    a, b = LogLine("a", timestamp="t1"), LogLine("b", timestamp="t2")
    waiter.observe(JobStatus("IN_QUEUE", "r", queue_position=2))
    waiter.observe(JobStatus("IN_QUEUE", "r", queue_position=2))  # no change: not reported
    waiter.observe(JobStatus("IN_PROGRESS", "r", logs=(a,)))
    waiter.observe(JobStatus("IN_PROGRESS", "r", logs=(a, b)))  # full list: only b is new
    waiter.observe(JobStatus("IN_PROGRESS", "r", logs=(b,)))  # incremental list: nothing new
    assert [(s.state, s.queue_position, s.new_logs) for s in seen] == [
        ("IN_QUEUE", 2, ()),
        ("IN_PROGRESS", None, (a,)),
        ("IN_PROGRESS", None, (b,)),
    ]


def test_unknown_state_is_reported_not_fatal() -> None:
    seen: list[str] = []
    waiter = Waiter(
        endpoint="e",
        request_id="r",
        on_update=lambda s: seen.append(s.state),
        deadline=Deadline.after(None),
    )
    status = waiter.observe(JobStatus("SCHEDULED", "r"))
    assert seen == ["SCHEDULED"] and not status.is_completed


def test_deadline_caps_the_delay_then_raises_with_the_request_id() -> None:
    clock = FakeClock()
    waiter = Waiter(
        endpoint="fal-ai/flux/dev",
        request_id="abc",
        on_update=None,
        deadline=Deadline.after(1.0, clock),
        schedule=PollSchedule(initial=0.8, steady=1, factor=2.0, maximum=5.0),
    )
    assert waiter.next_delay() == 0.8
    clock.now += 0.8
    assert waiter.next_delay() == pytest.approx(0.2)  # 1.6 s wanted, 0.2 s left
    clock.now += 0.2
    with pytest.raises(WaitTimeoutError) as caught:
        waiter.next_delay()
    assert caught.value.request_id == "abc"
    assert "client.job('fal-ai/flux/dev', 'abc')" in str(caught.value)


def test_state_change_resets_the_schedule() -> None:
    schedule = PollSchedule(initial=0.1, steady=1, factor=2.0, maximum=1.0)
    waiter = Waiter(
        endpoint="e",
        request_id="r",
        on_update=None,
        deadline=Deadline.after(None),
        schedule=schedule,
    )
    waiter.observe(JobStatus("IN_QUEUE", "r"))
    assert [waiter.next_delay() for _ in range(3)] == [0.1, 0.2, 0.4]
    waiter.observe(JobStatus("IN_PROGRESS", "r"))
    assert waiter.next_delay() == 0.1


def test_a_job_just_submitted_is_not_polled_at_once() -> None:
    clock = FakeClock()
    waiter = Waiter(
        endpoint="e", request_id="r", on_update=None, deadline=Deadline.after(None, clock)
    )
    assert waiter.first_delay(None) == 0.0  # re-attached: its state is unknown
    assert waiter.first_delay(clock.now - 0.2) == pytest.approx(0.3)
    assert waiter.first_delay(clock.now - 5.0) == 0.0


def test_log_fields_of_the_wrong_type_are_dropped_not_kept() -> None:
    """Found by the parser fuzzing: a list as a timestamp made the wait crash."""
    from uniapi_fal._status import parse_status

    body = {"status": "COMPLETED", "error": ["x"], "logs": [{"message": "m", "timestamp": []}]}
    status = parse_status(body, "r")
    waiter = Waiter(endpoint="e", request_id="r", on_update=None, deadline=Deadline.after(None))
    assert waiter.observe(status).new_logs == (LogLine("m"),) and status.error is None
