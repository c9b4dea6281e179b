"""Answers the emulator does not give by default, through httpx.MockTransport: fal's 422,
gateway HTML pages, non-IANA codes, unknown states, the gateway's verbatim submit answer."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from uniapi_fal import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    Client,
    ConfigurationError,
    JobFailedError,
    JobStatus,
    MissingAPIKeyError,
    NotFoundError,
    RateLimitError,
    ResponseParseError,
    ServerError,
    UnprocessableEntityError,
    parse_retry_after,
)

from ._inputs import SEED_BODY, SEED_ENDPOINT, SEED_SUBMIT_ANSWER

KEY = "sk-secret-do-not-leak"
Handler = Callable[[httpx.Request], httpx.Response]


def make_client(handler: Handler, **kwargs: Any) -> Client:
    """A client on a mock transport whose retries and polls do not really sleep."""
    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = Client(api_key=KEY, http_client=http, stream=False, **kwargs)
    client._sleep = lambda seconds: None
    return client


def test_seed_answer_is_parsed_and_its_urls_moved_onto_the_configured_host() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(200, json=SEED_SUBMIT_ANSWER)

    job = make_client(handler).submit(SEED_ENDPOINT, SEED_BODY)
    rid = SEED_SUBMIT_ANSWER["request_id"]
    assert job.request_id == rid
    assert job.status_url == f"https://api.uniapi.io/fal-ai/xxxx/requests/{rid}/status"
    assert job.response_url == f"https://api.uniapi.io/fal-ai/xxxx/requests/{rid}"
    assert job.cancel_url == f"https://api.uniapi.io/fal-ai/xxxx/requests/{rid}/cancel"  # built
    (request,) = calls
    assert str(request.url) == f"https://api.uniapi.io/{SEED_ENDPOINT}"
    assert request.headers["authorization"] == f"Key {KEY}"
    assert json.loads(request.content) == SEED_BODY


def test_base_url_with_a_path_prefix_keeps_it() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        if request.method == "POST":
            return httpx.Response(200, json=SEED_SUBMIT_ANSWER)
        return httpx.Response(200, json={"status": "COMPLETED"})

    client = make_client(handler, base_url="https://gw.example/fal/")
    job = client.submit(SEED_ENDPOINT, SEED_BODY)
    job.status()
    rid = SEED_SUBMIT_ANSWER["request_id"]
    assert job.status_url == f"https://gw.example/fal/fal-ai/xxxx/requests/{rid}/status"
    assert seen == [
        f"https://gw.example/fal/{SEED_ENDPOINT}",
        f"https://gw.example/fal/fal-ai/xxxx/requests/{rid}/status?logs=0",
    ]


def test_server_side_422_is_parsed_into_items() -> None:
    body = {
        "detail": [
            {"loc": ["body", "prompt"], "msg": "field required", "type": "value_error.missing"},
            {
                "loc": ["body", "image_size", "width"],
                "msg": "too big",
                "type": "less_than_equal",
                "ctx": {"le": 14142},
                "input": 20000,
            },
        ]
    }
    client = make_client(lambda r: httpx.Response(422, json=body))
    with pytest.raises(UnprocessableEntityError) as caught:
        client.submit("fal-ai/flux/dev", {"prompt": "p"})
    error = caught.value
    assert error.status_code == 422 and error.detail == body["detail"]
    assert [str(i) for i in error.items] == ["prompt: field required", "image_size.width: too big"]
    assert error.items[1].ctx == {"le": 14142} and error.items[1].input == 20000
    assert "image_size.width: too big" in str(error)


@pytest.mark.parametrize("code", [500, 502, 503, 504, 520, 524, 527, 599])
def test_html_and_non_iana_error_pages_become_server_errors(code: int) -> None:
    page = "<html><head><title>Oops</title></head><body><h1>Bad gateway</h1></body></html>"
    client = make_client(
        lambda r: httpx.Response(code, text=page, headers={"content-type": "text/html"})
    )
    with pytest.raises(ServerError) as caught:
        client.submit("fal-ai/flux/dev", {"prompt": "p"})
    assert caught.value.status_code == code
    assert "Bad gateway" in str(caught.value) and "<h1>" not in str(caught.value)


def test_rate_limit_carries_retry_after() -> None:
    client = make_client(
        lambda r: httpx.Response(429, json={"detail": "slow down"}, headers={"retry-after": "7"})
    )
    with pytest.raises(RateLimitError) as caught:
        client.submit("fal-ai/flux/dev", {"prompt": "p"})
    assert caught.value.retry_after == 7.0


def test_retry_after_as_http_date_and_garbage() -> None:
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past
    assert parse_retry_after("soon") is None
    assert parse_retry_after("2.5") == 2.5


def _flow(status_bodies: list[dict[str, Any]], result: httpx.Response) -> Handler:
    """A submit, then the given status answers in turn, then the result."""
    answers = iter(status_bodies)

    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            return httpx.Response(
                200, json={**SEED_SUBMIT_ANSWER, "status_url": "x", "response_url": "y"}
            )
        if request.url.path.endswith("/status"):
            body = next(answers)
            return httpx.Response(200 if body["status"] == "COMPLETED" else 202, json=body)
        return result

    return handler


def test_unknown_status_values_are_waited_through(monkeypatch: pytest.MonkeyPatch) -> None:
    handler = _flow(
        [
            {"status": "SCHEDULED"},
            {"status": "IN_QUEUE", "queue_position": 1},
            {"status": "COMPLETED"},
        ],
        httpx.Response(200, json={"video": {"url": "https://v/out.mp4"}}),
    )
    client = make_client(handler)
    client._sleep = lambda s: None
    seen: list[JobStatus] = []
    out = client.run(SEED_ENDPOINT, SEED_BODY, on_update=seen.append)
    assert out.video.url == "https://v/out.mp4"
    assert [s.state for s in seen] == ["SCHEDULED", "IN_QUEUE", "COMPLETED"]
    # The queue path comes from the endpoint id when the answer's URLs are unusable.


def test_completed_with_error_raises_job_failed_with_fal_detail() -> None:
    handler = _flow(
        [{"status": "COMPLETED", "error": "CUDA out of memory", "error_type": "runner_error"}],
        httpx.Response(
            500, json={"detail": "CUDA out of memory"}, headers={"x-fal-error-type": "runner_error"}
        ),
    )
    client = make_client(handler)
    with pytest.raises(JobFailedError) as caught:
        client.run(SEED_ENDPOINT, SEED_BODY)
    error = caught.value
    assert (error.error, error.error_type, error.detail, error.status_code) == (
        "CUDA out of memory",
        "runner_error",
        "CUDA out of memory",
        500,
    )
    assert error.request_id == SEED_SUBMIT_ANSWER["request_id"]


def test_result_that_does_not_match_the_output_schema() -> None:
    handler = _flow([{"status": "COMPLETED"}], httpx.Response(200, json={"images": []}))
    with pytest.raises(ResponseParseError) as caught:
        make_client(handler).run(SEED_ENDPOINT, SEED_BODY)
    assert "KlingVideoV21StandardImageToVideoOutput" in str(caught.value)


def test_truncated_json_body_is_a_parse_error() -> None:
    client = make_client(lambda r: httpx.Response(200, text='{"status": "IN_QU'))
    with pytest.raises(ResponseParseError):
        client.submit(SEED_ENDPOINT, SEED_BODY)


def test_stream_not_offered_falls_back_to_polling() -> None:
    paths: list[str] = []
    statuses = iter([{"status": "IN_PROGRESS"}, {"status": "COMPLETED"}])

    def handler(request: httpx.Request) -> httpx.Response:
        paths.append(request.url.path)
        if request.method == "POST":
            return httpx.Response(200, json=SEED_SUBMIT_ANSWER)
        if request.url.path.endswith("/status/stream"):
            return httpx.Response(405)
        if request.url.path.endswith("/status"):
            return httpx.Response(202, json=next(statuses))
        return httpx.Response(200, json={"video": {"url": "u"}})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = Client(api_key=KEY, http_client=http)
    client._sleep = lambda s: None
    client.run(SEED_ENDPOINT, SEED_BODY)
    assert [p.rsplit("/", 1)[-1] for p in paths] == [
        "image-to-video",
        "stream",
        "status",
        "status",
        SEED_SUBMIT_ANSWER["request_id"],
    ]
    assert not client._learned.stream_offered  # the next job polls at once


def test_connection_failures_are_typed_and_say_what_to_do() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    with pytest.raises(APIConnectionError) as caught:
        make_client(refuse).submit(SEED_ENDPOINT, SEED_BODY)
    assert "base_url" in str(caught.value)
    with pytest.raises(APITimeoutError):
        make_client(slow).job(SEED_ENDPOINT, "abc").status()


def test_missing_key_says_where_to_put_it() -> None:
    with pytest.raises(MissingAPIKeyError, match="UNIAPI_API_KEY"):
        Client()


def test_key_and_base_url_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UNIAPI_API_KEY", KEY)
    monkeypatch.setenv("UNIAPI_BASE_URL", "http://127.0.0.1:9")
    client = Client()
    assert str(client.base_url) == "http://127.0.0.1:9"


@pytest.mark.parametrize("url", ["ftp://x", "not a url", "https://"])
def test_bad_base_url_is_a_configuration_error(url: str) -> None:
    with pytest.raises(ConfigurationError):
        Client(api_key=KEY, base_url=url)


def test_an_endpoint_the_server_does_not_know_suggests_the_close_ones() -> None:
    """An id the spec lacks is sent (the spec may be older than fal); if the server knows it
    neither, the error names the spec's close matches."""
    sent: list[httpx.Request] = []
    answer = lambda r: sent.append(r) or httpx.Response(404, json={"detail": "not found"})  # noqa: E731
    with pytest.raises(NotFoundError, match="Did you mean 'fal-ai/flux/dev'") as caught:
        make_client(answer).run("fal-ai/flux/deV", {"prompt": "p"})
    assert len(sent) == 1 and not caught.value.maybe_queued


def test_key_never_appears_in_reprs_or_errors() -> None:
    echo = lambda r: httpx.Response(401, json={"detail": f"bad key {r.headers['authorization']}"})  # noqa: E731
    client = make_client(echo)
    assert KEY not in repr(client) and KEY not in str(client.__dict__)
    with pytest.raises(AuthenticationError) as caught:
        client.submit(SEED_ENDPOINT, SEED_BODY)
    assert KEY not in str(caught.value) and KEY not in repr(caught.value)
    assert "****" in str(caught.value)


def test_submit_options_reach_the_wire() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=SEED_SUBMIT_ANSWER)

    make_client(handler).submit(
        SEED_ENDPOINT, SEED_BODY, webhook_url="https://hooks.example/fal?x=1", priority="low"
    )
    (request,) = sent
    assert request.url.params["fal_webhook"] == "https://hooks.example/fal?x=1"
    assert request.headers["x-fal-queue-priority"] == "low"


def test_an_async_client_used_under_a_second_asyncio_run_says_so() -> None:
    """Its connections belong to the first loop: a typed error, not "Event loop is closed"."""
    import asyncio

    from uniapi_fal import AsyncClient, EventLoopError

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=SEED_SUBMIT_ANSWER)

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    client = AsyncClient(api_key=KEY, base_url="https://gw.example", http_client=http)
    job = asyncio.run(client.submit(SEED_ENDPOINT, SEED_BODY))
    with pytest.raises(EventLoopError, match=r"another event loop \(now closed\)"):
        asyncio.run(client.submit(SEED_ENDPOINT, SEED_BODY))
    assert [e.request_id for e in client.jobs()] == [job.request_id]  # nothing more was sent


@pytest.mark.parametrize("journal", [True, False])
def test_an_uncertain_submit_mentions_the_journal_only_when_there_is_one(
    journal: bool, tmp_path: Path
) -> None:
    answer = lambda r: httpx.Response(502, json={"detail": "bad gateway"})  # noqa: E731
    setting: Path | bool = tmp_path / "j.sqlite3" if journal else False
    with pytest.raises(ServerError) as caught:
        make_client(answer, journal=setting, max_retries=0).submit(SEED_ENDPOINT, SEED_BODY)
    message = str(caught.value)
    assert caught.value.maybe_queued and "check before submitting again" in message
    assert ("journaled as UNKNOWN (client.jobs())" in message) is journal


@pytest.mark.parametrize("code", [404, 410])
def test_a_job_the_queue_no_longer_knows_is_journaled_expired(code: int, tmp_path: Path) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            return httpx.Response(200, json=SEED_SUBMIT_ANSWER)
        return httpx.Response(code, json={"detail": "Request not found"})

    client = make_client(answer, journal=tmp_path / "j.sqlite3", max_retries=0)
    job = client.submit(SEED_ENDPOINT, SEED_BODY)
    with pytest.raises(NotFoundError if code == 404 else APIStatusError):
        job.result()
    (entry,) = client.jobs()
    assert entry.state == "EXPIRED" and f"HTTP {code}" in (entry.error or "")
    assert client.resume() == []  # not tried again
