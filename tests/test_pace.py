"""The waits of one client share stream places and what they learn of durations (`_pace`):
scouts poll, followers wait to be told, and later jobs are polled at their expected end."""

from __future__ import annotations

import asyncio
from collections import Counter

import httpx
import pytest

from fal_queue_emulator import EmulatorConfig, run_in_thread
from tests.conftest import SPEC, TEST_KEY
from uniapi_fal import AsyncClient
from uniapi_fal._pace import FOLLOWER_FIRST_LOOK, SCOUTS, Pace, PollPlan, margin

ENDPOINT = "fal-ai/flux/dev"


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def own_schedule() -> float:
    return 0.5


def test_stream_places_are_capped_and_given_back() -> None:
    pace = Pace(2, Clock())
    assert pace.take_stream(ENDPOINT) and pace.take_stream("fal-ai/other")
    assert not pace.take_stream(ENDPOINT)
    pace.release_stream(ENDPOINT)
    assert pace.take_stream(ENDPOINT)


def test_the_first_waits_scout_and_the_rest_follow_until_a_duration_is_learned() -> None:
    clock = Clock()
    pace = Pace(0, clock)
    plans = [PollPlan(pace, ENDPOINT, submitted_at=clock.now) for _ in range(SCOUTS + 2)]
    first = [plan.next(own_schedule) for plan in plans]
    staggered = [(0.5 + 0.5 * k / SCOUTS, False) for k in range(SCOUTS)]
    assert first[:SCOUTS] == staggered  # scouts: their own schedule, phases spread
    assert first[SCOUTS:] == [(FOLLOWER_FIRST_LOOK, True)] * 2  # followers: told, or 2 s
    woken: list[int] = []
    for index, plan in enumerate(plans[SCOUTS:]):
        plan.woken_by(lambda index=index: woken.append(index))
    clock.now += 4.0
    plans[0].saw(completed=False)
    clock.now += 0.5
    plans[0].saw(completed=True)  # bracketed within 0.5 s: a duration of 4.25 s
    assert woken == [0, 1] and pace.expected(ENDPOINT) == pytest.approx(4.25)
    # A follower submitted a second after the scout is polled at its own expected end.
    late = PollPlan(pace, ENDPOINT, submitted_at=clock.now - 1.0)
    delay, wakeable = late.next(own_schedule)
    assert delay == pytest.approx(4.25 + margin(4.25) - 1.0) and not wakeable
    # One past its expected end looks at once, then polls on its own schedule.
    assert plans[-1].next(own_schedule) == (0.0, False)
    plans[-1].saw(completed=False)
    assert plans[-1].next(own_schedule) == (0.5, False)


def test_a_re_attached_job_always_polls_on_its_own() -> None:
    pace = Pace(0, Clock())
    for k in range(SCOUTS):
        delay, _ = PollPlan(pace, ENDPOINT, submitted_at=100.0).next(own_schedule)
        assert delay == pytest.approx(0.5 + 0.5 * k / SCOUTS)
    assert PollPlan(pace, ENDPOINT, submitted_at=None).next(own_schedule) == (0.5, False)


def test_varied_durations_mean_nothing_is_expected() -> None:
    pace = Pace(0, Clock())
    for seconds in (1.0, 2.0, 4.0, 8.0, 16.0):
        pace.record(ENDPOINT, seconds)
    assert pace.expected(ENDPOINT) is None and pace.known(ENDPOINT)
    assert PollPlan(pace, ENDPOINT, submitted_at=100.0).next(own_schedule) == (0.5, False)
    steady = Pace(0, Clock())
    for seconds in (4.0, 4.1, 4.2, 4.05):
        steady.record(ENDPOINT, seconds)
    assert steady.expected(ENDPOINT) == pytest.approx(4.075)


def test_a_scout_that_gives_up_wakes_the_followers() -> None:
    clock = Clock()
    pace = Pace(0, clock)
    scouts = [PollPlan(pace, ENDPOINT, submitted_at=clock.now) for _ in range(SCOUTS)]
    for plan in scouts:
        plan.next(own_schedule)
    follower = PollPlan(pace, ENDPOINT, submitted_at=clock.now)
    assert follower.next(own_schedule)[1]
    woken: list[bool] = []
    unregister = follower.woken_by(lambda: woken.append(True))
    scouts[0].close()  # its wait failed before anything was learned
    unregister()
    assert woken == [True]
    assert follower.next(own_schedule) == (0.5 + 0.5 * 3 / SCOUTS, False)  # the free place


def test_a_loose_bracket_teaches_nothing() -> None:
    clock = Clock()
    pace = Pace(0, clock)
    plan = PollPlan(pace, ENDPOINT, submitted_at=clock.now)
    clock.now += 10.0
    plan.saw(completed=True)  # first poll, 10 s after the submit: the end is anywhere
    assert not pace.known(ENDPOINT)


@pytest.mark.timeout(30)
def test_many_polling_jobs_cost_about_one_poll_each_once_scouts_learned() -> None:
    """Twelve 1.5 s jobs without the stream: four scouts poll every 0.5 s; the eight
    followers send nothing until a scout is done, then about one poll each."""
    config = EmulatorConfig(spec_path=SPEC, queue_seconds=0.3, run_seconds=1.2)
    polls: Counter[str] = Counter()

    async def count(request: httpx.Request) -> None:
        if request.url.path.endswith("/status"):
            polls[request.url.path.split("/")[-2]] += 1

    async def run(base_url: str) -> list[object]:
        http = httpx.AsyncClient(event_hooks={"request": [count]})
        async with (
            http,
            AsyncClient(
                api_key=TEST_KEY, base_url=base_url, stream=False, journal=False, http_client=http
            ) as client,
        ):
            jobs = [await client.submit(ENDPOINT, {"prompt": f"p{i}"}) for i in range(12)]
            return list(await asyncio.gather(*(job.result() for job in jobs)))

    with run_in_thread(config) as emulator:
        outputs = asyncio.run(run(emulator.base_url))
    assert len(outputs) == 12 and len(polls) == 12
    per_job = sorted(polls.values())
    assert per_job[:8] == [1] * 8 or sum(per_job[:8]) <= 10, per_job  # the followers
    assert sum(per_job) < 12 * 3, per_job  # each on its own schedule: about 3.5 each
