"""(c) Every response parser, fuzzed: whatever a server answers, the caller gets a result
or one of the SDK's typed errors, never another exception."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from uniapi_fal import Client, FalError, JobStatus
from uniapi_fal._core.reads import statuses_of_events
from uniapi_fal._sse import SSEEvent

from .._inputs import SEED_BODY, SEED_ENDPOINT

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5)
    ),
    max_leaves=20,
)
status_like = st.fixed_dictionaries(
    {
        "status": st.sampled_from(["IN_QUEUE", "IN_PROGRESS", "COMPLETED", "SCHEDULED", ""])
        | st.text()
    },
    optional={
        "queue_position": json_values,
        "logs": json_values
        | st.lists(
            st.dictionaries(st.sampled_from(["message", "level", "timestamp"]), json_values)
        ),
        "metrics": json_values,
        "error": json_values,
        "error_type": json_values,
        "request_id": json_values,
        "status_url": json_values,
        "response_url": json_values,
    },
)
bodies = st.one_of(
    json_values.map(lambda v: json.dumps(v).encode()),
    status_like.map(lambda v: json.dumps(v).encode()),
    st.binary(max_size=200),
    st.just(b"<html><body><h1>502 Bad Gateway</h1></body></html>"),
    st.text(max_size=50).map(lambda t: ('{"status": "' + t).encode()),  # truncated JSON
)
codes = st.sampled_from(
    [200, 202, 400, 401, 403, 404, 408, 422, 429, 499, 500, 502, 503, 504, 520, 527, 599, 302, 204]
)
content_types = st.sampled_from(
    ["application/json", "text/html", "text/plain", "", "application/json; charset=latin-1"]
)


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds + 0.01


def fuzzed_client(code: int, body: bytes, content_type: str) -> Client:
    headers = {"content-type": content_type} if content_type else {}
    http = httpx.Client(
        transport=httpx.MockTransport(lambda r: httpx.Response(code, content=body, headers=headers))
    )
    client = Client(
        api_key="sk-fuzz-0123456789ab", http_client=http, journal=False, max_retries=1, stream=False
    )
    time = FakeTime()
    client._sleep, client._clock = time.sleep, time.clock
    return client


def only_typed_errors(call: Any) -> None:
    try:
        call()
    except FalError:
        pass


settings_ = settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])


@settings_
@given(codes, bodies, content_types)
def test_submit_answers(code: int, body: bytes, content_type: str) -> None:
    only_typed_errors(
        lambda: fuzzed_client(code, body, content_type).submit(SEED_ENDPOINT, SEED_BODY)
    )


@settings_
@given(codes, bodies, content_types)
def test_status_answers(code: int, body: bytes, content_type: str) -> None:
    only_typed_errors(
        lambda: fuzzed_client(code, body, content_type).job(SEED_ENDPOINT, "r").status(logs=True)
    )


@settings_
@given(codes, bodies, content_types)
def test_result_and_wait_answers(code: int, body: bytes, content_type: str) -> None:
    client = fuzzed_client(code, body, content_type)
    only_typed_errors(lambda: client.job(SEED_ENDPOINT, "r").result(timeout=1.0))


@settings_
@given(codes, bodies, content_types)
def test_cancel_answers(code: int, body: bytes, content_type: str) -> None:
    only_typed_errors(
        lambda: fuzzed_client(code, body, content_type).job(SEED_ENDPOINT, "r").cancel()
    )


@settings_
@given(st.lists(st.one_of(status_like.map(json.dumps), st.text(max_size=40)), max_size=6))
def test_stream_events(events: list[str]) -> None:
    client = fuzzed_client(200, b"", "")
    ref = client._attach_ref(SEED_ENDPOINT, "r")
    outcomes = statuses_of_events(client._context(), ref, [SSEEvent(data=d) for d in events])
    assert all(isinstance(o, JobStatus | FalError) for o in outcomes)


@settings_
@given(st.binary(max_size=300), st.sampled_from([200, 429, 500, 520]))
def test_stream_bodies(raw: bytes, code: int) -> None:
    """A stream of arbitrary bytes, then polling answers that never complete: typed outcome."""

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/stream"):
            return httpx.Response(code, content=raw, headers={"content-type": "text/event-stream"})
        return httpx.Response(202, json={"status": "IN_PROGRESS"})

    client = Client(
        api_key="sk-fuzz-0123456789ab",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        journal=False,
    )
    time = FakeTime()
    client._sleep, client._clock = time.sleep, time.clock
    with pytest.raises(FalError):
        client.job(SEED_ENDPOINT, "r").wait(timeout=2.0)
