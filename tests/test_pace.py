"""The waits of one client share stream places and what they learn of durations (`_pace`):
scouts poll, followers wait to be told, and later jobs are polled at their expected end."""

from __future__ import annotations

import asyncio
from collections import Counter

import httpx
import pytest

from fal_queue_emulator import EmulatorConfig, run_in_thread
from tests._inputs import SEED_BODY, SEED_ENDPOINT, SEED_SUBMIT_ANSWER
from tests.conftest import SPEC, TEST_KEY
from uniapi_fal import AsyncClient, Client, JobFailedError
from uniapi_fal._pace import (
    FOLLOWER_FIRST_LOOK,
    MARGIN_FLOOR,
    MEASURED_SPREAD,
    SCOUTS,
    Pace,
    PollPlan,
    margin,
)

ENDPOINT = "fal-ai/flux/dev"
RID = SEED_SUBMIT_ANSWER["request_id"]


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
    plans[0].saw(completed=True)  # bracketed within 0.5 s: done by 4.5 s
    assert woken == [0, 1] and pace.expected(ENDPOINT) == pytest.approx(4.5)
    # A follower submitted a second after the scout is polled at its own expected end.
    late = PollPlan(pace, ENDPOINT, submitted_at=clock.now - 1.0)
    delay, wakeable = late.next(own_schedule)
    assert delay == pytest.approx(4.5 + margin(4.5) - 1.0) and not wakeable
    # One submitted with the scout looks just after its expected end, then on its own
    # schedule; one already past its expected end looks at once.
    assert plans[-1].next(own_schedule) == (pytest.approx(margin(4.5)), False)
    clock.now += 1.0
    assert plans[-2].next(own_schedule) == (0.0, False)
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


def test_a_scout_that_gives_up_wakes_one_follower_and_a_duration_wakes_the_rest() -> None:
    """Waking every follower each time a scout leaves made the work grow with the square
    of the waiting jobs; cancelling a follower's wake-up is O(1) too."""
    clock = Clock()
    pace = Pace(0, clock)
    scouts = [PollPlan(pace, ENDPOINT, submitted_at=clock.now) for _ in range(SCOUTS)]
    for plan in scouts:
        plan.next(own_schedule)
    woken: list[int] = []
    cancels = [pace.on_learned(ENDPOINT, lambda n=n: woken.append(n)) for n in range(1000)]
    cancels[1]()  # a follower that stopped waiting (cancelled, timed out)
    scouts[0].close()
    scouts[1].close()
    assert woken == [0, 2]  # the longest sleeping ones, one per scout gone
    pace.record(ENDPOINT, 4.0)
    assert sorted(woken) == [0, 2, *range(3, 1000)]
    assert cancels[500]() is None and not pace._wake  # nothing left to wake, or to cancel


def test_a_loose_bracket_teaches_nothing() -> None:
    clock = Clock()
    pace = Pace(0, clock)
    plan = PollPlan(pace, ENDPOINT, submitted_at=clock.now)
    clock.now += 10.0
    plan.saw(completed=True)  # first poll, 10 s after the submit: the end is anywhere
    assert not pace.known(ENDPOINT)


@pytest.mark.timeout(30)
def test_many_polling_jobs_cost_about_one_request_each_once_scouts_learned() -> None:
    """Twelve 1.5 s jobs without the stream: four scouts poll every 0.5 s; the eight
    followers send nothing until a scout is done, then ask for their result at the
    expected end: one request each, and no status poll."""
    config = EmulatorConfig(spec_path=SPEC, queue_seconds=0.3, run_seconds=1.2)
    polls: Counter[str] = Counter()
    fetches: Counter[str] = Counter()

    async def count(request: httpx.Request) -> None:
        parts = request.url.path.split("/")
        if parts[-1] == "status":
            polls[parts[-2]] += 1
        elif parts[-2] == "requests":
            fetches[parts[-1]] += 1

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
    assert len(outputs) == 12 and len(fetches) == 12
    per_job = sorted(polls[job] + fetches[job] for job in fetches)
    unpolled = [job for job in fetches if polls[job] == 0]
    assert len(unpolled) >= 6 and all(fetches[job] == 1 for job in unpolled), (polls, fetches)
    assert sum(per_job[:8]) <= 10, per_job  # the followers
    assert sum(per_job) < 12 * 3, per_job  # each on its own schedule: about 3.5 each


# ---------------------------------------------- the result asked for at the expected end
KLING_OUTPUT = {"video": {"url": "https://v3.fal.media/files/out.mp4"}}
COMPLETED = {"status": "COMPLETED", "logs": [], "metrics": {}}


def _scripted_client(answers: list[httpx.Response]) -> tuple[Client, list[str], list[float]]:
    """A sync client whose pace already knows the seed endpoint's jobs take 10 s, on a
    fake clock that moves only when it sleeps; the request paths it sent."""
    sent: list[str] = []
    now = [0.0]

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(f"{request.method} {request.url.path.rsplit('/', 1)[-1]}")
        return answers.pop(0)

    def sleep(seconds: float) -> None:
        now[0] += seconds

    client = Client(
        api_key=TEST_KEY,
        stream=False,
        journal=False,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    client._sleep, client._clock = sleep, lambda: now[0]
    client._pace.record(SEED_ENDPOINT, 10.0)
    return client, sent, now


def test_a_job_expected_to_have_ended_costs_one_request_for_its_result() -> None:
    client, sent, now = _scripted_client(
        [httpx.Response(200, json=SEED_SUBMIT_ANSWER), httpx.Response(200, json=KLING_OUTPUT)]
    )
    output = client.submit(SEED_ENDPOINT, SEED_BODY).result()
    assert output.video.url == KLING_OUTPUT["video"]["url"]
    assert sent == ["POST image-to-video", f"GET {RID}"]  # no status poll
    assert now[0] == pytest.approx(10.0 + margin(10.0))


def test_a_job_not_ended_when_expected_is_polled_then_fetched() -> None:
    client, sent, _ = _scripted_client(
        [
            httpx.Response(200, json=SEED_SUBMIT_ANSWER),
            httpx.Response(400, json={"detail": "Request is still in progress"}),
            httpx.Response(200, json=COMPLETED),
            httpx.Response(200, json=KLING_OUTPUT),
        ]
    )
    output = client.submit(SEED_ENDPOINT, SEED_BODY).result()
    assert output.video.url == KLING_OUTPUT["video"]["url"]
    assert sent == ["POST image-to-video", f"GET {RID}", "GET status", f"GET {RID}"]


def test_a_job_that_failed_by_its_expected_end_raises_its_failure() -> None:
    """The early answer is not read as the outcome: the status says how the job ended,
    then the result is read as always."""
    invalid = {"detail": [{"loc": ["body", "prompt"], "msg": "too long", "type": "value_error"}]}
    failed = {**COMPLETED, "error": "too long", "error_type": "validation_error"}
    client, sent, _ = _scripted_client(
        [
            httpx.Response(200, json=SEED_SUBMIT_ANSWER),
            httpx.Response(422, json=invalid),
            httpx.Response(200, json=failed),
            httpx.Response(422, json=invalid),
        ]
    )
    with pytest.raises(JobFailedError):
        client.submit(SEED_ENDPOINT, SEED_BODY).result()
    assert sent == ["POST image-to-video", f"GET {RID}", "GET status", f"GET {RID}"]


def test_a_watched_job_polls_its_status_at_the_expected_end() -> None:
    """With `on_update`, the states are what the caller asked for: no shortcut."""
    client, sent, _ = _scripted_client(
        [
            httpx.Response(200, json=SEED_SUBMIT_ANSWER),
            httpx.Response(200, json=COMPLETED),
            httpx.Response(200, json=KLING_OUTPUT),
        ]
    )
    seen: list[str] = []
    client.submit(SEED_ENDPOINT, SEED_BODY).result(on_update=lambda s: seen.append(s.state))
    assert sent == ["POST image-to-video", "GET status", f"GET {RID}"]
    assert seen == ["COMPLETED"]


def test_the_look_at_the_end_waits_only_as_long_as_the_durations_spread() -> None:
    """Jobs that always take the same time are looked at just after it; the margin grows
    with how late the slower recent jobs ended, and is a guess while few are known."""
    few, steady, varied = Pace(0), Pace(0), Pace(0)
    few.record(ENDPOINT, 4.0)
    for _ in range(MEASURED_SPREAD):
        steady.record(ENDPOINT, 4.0)
    for seconds in (3.9, 4.0, 4.0, 4.0, 4.0, 4.1, 4.2, 4.3, 4.4, 4.6):
        varied.record(ENDPOINT, seconds)
    assert few.look_after(ENDPOINT) == pytest.approx(4.0 + MARGIN_FLOOR + 0.12)
    assert steady.look_after(ENDPOINT) == pytest.approx(4.0 + MARGIN_FLOOR)
    assert varied.look_after(ENDPOINT) == pytest.approx(4.05 + MARGIN_FLOOR + (4.4 - 4.05))
