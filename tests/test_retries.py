"""The retry policy: reads retried with backoff and Retry-After; a sent submit never resent.

No real sleeping: the clients' `_sleep` and `_clock` are replaced by a fake clock.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from uniapi_fal import (
    APIConnectionError,
    AsyncClient,
    Client,
    ConfigurationError,
    JobFailedError,
    RateLimitError,
    RetryPolicy,
    ServerError,
)
from uniapi_fal._retry import Attempts

from ._inputs import SEED_BODY, SEED_ENDPOINT, SEED_SUBMIT_ANSWER

KEY = "sk-retry-test-0123456789"
RID = SEED_SUBMIT_ANSWER["request_id"]
QUEUED = {"status": "IN_QUEUE", "queue_position": 0}


class FakeTime:
    """A clock that moves only when the client sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def scripted(
    answers: list[Any],
) -> tuple[Callable[[httpx.Request], httpx.Response], list[httpx.Request]]:
    """A handler giving `answers` in turn: a Response, or an exception class to raise."""
    sent: list[httpx.Request] = []
    queue = list(answers)

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        answer = queue.pop(0)
        if isinstance(answer, type) and issubclass(answer, Exception):
            raise answer("scripted failure", request=request)
        assert isinstance(answer, httpx.Response)
        return answer

    return handler, sent


def client_for(answers: list[Any], **kwargs: Any) -> tuple[Client, list[httpx.Request], FakeTime]:
    handler, sent = scripted(answers)
    time = FakeTime()
    client = Client(
        api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(handler)), **kwargs
    )
    client._sleep, client._clock = time.sleep, time.clock
    client._random = random.Random(0)
    return client, sent, time


html = {"content-type": "text/html"}


@pytest.mark.parametrize(
    "failure",
    [
        httpx.Response(429, json={"detail": "slow"}),
        httpx.Response(408, text=""),
        httpx.Response(500, text="<h1>oops</h1>", headers=html),
        httpx.Response(502, text="<h1>bad gateway</h1>", headers=html),
        httpx.Response(503, text="<h1>unavailable</h1>", headers=html),
        httpx.Response(504, text="<h1>timeout</h1>", headers=html),
        httpx.Response(520, text="<h1>unknown</h1>", headers=html),
        httpx.Response(527, text="<h1>railgun</h1>", headers=html),
        httpx.ConnectError,
        httpx.ReadTimeout,
        httpx.RemoteProtocolError,
        httpx.ReadError,
    ],
    ids=lambda f: f.status_code if isinstance(f, httpx.Response) else f.__name__,
)
def test_reads_are_retried_then_succeed(failure: Any) -> None:
    client, sent, time = client_for([failure, failure, httpx.Response(202, json=QUEUED)])
    status = client.job(SEED_ENDPOINT, RID).status()
    assert status.state == "IN_QUEUE" and len(sent) == 3
    assert len(time.sleeps) == 2 and all(0 <= s <= 1.0 for s in time.sleeps)  # 0.5 s, then 1 s caps


def test_retry_after_seconds_and_http_date_are_honoured() -> None:
    client, sent, time = client_for(
        [
            httpx.Response(429, headers={"retry-after": "7"}),
            httpx.Response(503, headers={"retry-after": "Thu, 01 Jan 1970 00:00:00 GMT"}),
            httpx.Response(202, json=QUEUED),
        ]
    )
    client.job(SEED_ENDPOINT, RID).status()
    assert time.sleeps == [7.0, 0.0]


def test_retry_after_over_the_cap_is_raised_with_its_value() -> None:
    client, sent, time = client_for([httpx.Response(429, headers={"retry-after": "3600"})])
    with pytest.raises(RateLimitError) as caught:
        client.job(SEED_ENDPOINT, RID).status()
    assert caught.value.retry_after == 3600 and len(sent) == 1 and time.sleeps == []


def test_attempts_are_bounded() -> None:
    failures = [httpx.Response(503, text="down")] * 4
    client, sent, _ = client_for(failures, max_retries=3)
    with pytest.raises(ServerError) as caught:
        client.job(SEED_ENDPOINT, RID).status()
    assert len(sent) == 4 and caught.value.request_id == RID


def test_total_deadline_stops_retrying() -> None:
    policy = RetryPolicy(max_retries=100, initial_delay=10, max_delay=10, deadline=25)
    client, sent, time = client_for(
        [httpx.Response(429, headers={"retry-after": "10"})] * 10, retry=policy
    )
    with pytest.raises(RateLimitError):
        client.job(SEED_ENDPOINT, RID).status()
    assert time.sleeps == [10.0, 10.0] and len(sent) == 3


@pytest.mark.parametrize(
    ("first", "expected"),
    [(httpx.Response(503, text="down"), ServerError), (httpx.ConnectError, APIConnectionError)],
    ids=["503", "ConnectError"],
)
def test_a_retry_cut_by_the_retry_deadline_reports_what_was_retried(
    first: Any, expected: type[Exception]
) -> None:
    """The last retry timing out at the retry deadline is not the story: the 503 (or the
    refused connection) that kept the call retrying is."""
    sent: list[httpx.Request] = []
    time = FakeTime()

    def cut_by_the_deadline(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if len(sent) > 1:
            time.now += 10  # this attempt ran until the retry deadline cut it
            raise httpx.ReadTimeout("cut", request=request)
        if isinstance(first, httpx.Response):
            return first
        raise first("refused", request=request)

    policy = RetryPolicy(max_retries=100, initial_delay=1, max_delay=1, deadline=5)
    http = httpx.Client(transport=httpx.MockTransport(cut_by_the_deadline))
    client = Client(api_key=KEY, http_client=http, retry=policy)
    client._sleep, client._clock = time.sleep, time.clock
    with pytest.raises(expected) as caught:
        client.job(SEED_ENDPOINT, RID).status()
    assert type(caught.value) is expected and len(sent) == 2  # not APITimeoutError


def test_max_retries_zero_and_per_call_options() -> None:
    client, sent, _ = client_for(
        [httpx.ConnectError] * 3 + [httpx.Response(202, json=QUEUED)], max_retries=0
    )
    with pytest.raises(APIConnectionError):
        client.job(SEED_ENDPOINT, RID).status()
    assert len(sent) == 1
    patient = client.with_options(max_retries=5)
    assert patient.job(SEED_ENDPOINT, RID).status().state == "IN_QUEUE"
    assert len(sent) == 4 and client.retry.max_retries == 0


@pytest.mark.parametrize("bad", [None, -1, 1.5, True])
def test_max_retries_must_be_a_whole_number(bad: Any) -> None:
    with pytest.raises(ConfigurationError, match="0 turns retries off"):
        Client(api_key=KEY, max_retries=bad, journal=False)


@pytest.mark.parametrize(
    "failure",
    [
        httpx.Response(503, text="<h1>unavailable</h1>", headers=html),
        httpx.Response(400, json={"detail": "bad"}),
        httpx.ReadTimeout,
        httpx.RemoteProtocolError,
        httpx.WriteError,
    ],
    ids=lambda f: f.status_code if isinstance(f, httpx.Response) else f.__name__,
)
def test_a_sent_submit_is_never_resent(failure: Any) -> None:
    client, sent, _ = client_for([failure, httpx.Response(200, json=SEED_SUBMIT_ANSWER)])
    with pytest.raises(Exception) as caught:
        client.submit(SEED_ENDPOINT, SEED_BODY)
    assert len(sent) == 1
    maybe = not (isinstance(failure, httpx.Response) and failure.status_code < 500)
    assert caught.value.maybe_queued is maybe  # type: ignore[attr-defined]
    assert ("submitting again is safe" in str(caught.value)) is not maybe


def test_a_submit_refused_with_429_is_resent_after_retry_after() -> None:
    """A 429 queued nothing (fal refused it): resending is safe, once Retry-After passed."""
    client, sent, time = client_for(
        [
            httpx.Response(429, headers={"retry-after": "1"}),
            httpx.Response(200, json=SEED_SUBMIT_ANSWER),
        ]
    )
    assert client.submit(SEED_ENDPOINT, SEED_BODY).request_id == RID
    assert len(sent) == 2 and time.sleeps == [1.0]


@pytest.mark.parametrize("failure", [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout])
def test_a_submit_that_never_left_is_retried(failure: type[Exception]) -> None:
    client, sent, _ = client_for([failure, httpx.Response(200, json=SEED_SUBMIT_ANSWER)])
    assert client.submit(SEED_ENDPOINT, SEED_BODY).request_id == RID
    assert len(sent) == 2


def test_fal_verdicts_are_not_retried() -> None:
    verdict = httpx.Response(
        500, json={"detail": "OOM", "error_type": "runner"}, headers={"x-fal-error-type": "runner"}
    )
    client, sent, _ = client_for([httpx.Response(200, json={"status": "COMPLETED"}), verdict])
    job = client.job(SEED_ENDPOINT, RID)
    with pytest.raises(JobFailedError):
        job.result(stream=False)
    assert len(sent) == 2


@pytest.mark.anyio
async def test_async_reads_are_retried() -> None:
    handler, sent = scripted(
        [httpx.Response(502, text="x"), httpx.ReadError, httpx.Response(202, json=QUEUED)]
    )
    time = FakeTime()
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    async with AsyncClient(api_key=KEY, http_client=http) as client:
        client._sleep, client._clock = time.asleep, time.clock
        status = await client.job(SEED_ENDPOINT, RID).status()
    assert status.state == "IN_QUEUE" and len(sent) == 3 and len(time.sleeps) == 2


@given(
    st.integers(min_value=0, max_value=20),
    st.floats(min_value=0.01, max_value=5),
    st.floats(min_value=0.01, max_value=30),
    st.integers(),
)
def test_backoff_is_full_jitter_within_the_cap(
    retries: int, initial: float, cap: float, seed: int
) -> None:
    policy = RetryPolicy(
        max_retries=retries + 1, initial_delay=initial, max_delay=cap, deadline=1e9
    )
    attempts = Attempts(policy, what="t", resend_safe=True, rng=random.Random(seed))
    attempts.retries = retries
    delay = attempts.after_error(httpx.ConnectError("x"))
    assert delay is not None and 0 <= delay <= min(cap, initial * 2**retries)
