"""Endpoints the spec does not know: sent as given, answered as plain dicts, with the same
journal, waiting, key scope and URL rewriting as any model; fal workflow ids too."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from uniapi_fal import AsyncClient, Client, ConfigurationError, InputValidationError

from .conftest import TEST_KEY

BASE = "http://127.0.0.1:9"


class Queue:
    """A tiny fal queue behind httpx.MockTransport: one job, done on the second poll."""

    def __init__(self, queue_prefix: str) -> None:
        self.prefix = queue_prefix
        self.requests: list[httpx.Request] = []
        self.polls = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = request.url.path
        queue = f"https://queue.fal.run/{self.prefix}/requests/rid-1"
        if request.method == "POST":
            return httpx.Response(
                200,
                json={
                    "request_id": "rid-1",
                    "status": "IN_QUEUE",
                    "status_url": f"{queue}/status",
                    "response_url": queue,
                    "cancel_url": f"{queue}/cancel",
                },
            )
        if path.endswith("/status/stream"):
            return httpx.Response(405)
        if path.endswith("/status"):
            self.polls += 1
            done = self.polls >= 2
            return httpx.Response(
                200 if done else 202, json={"status": "COMPLETED" if done else "IN_PROGRESS"}
            )
        if path == f"/{self.prefix}/requests/rid-1":
            return httpx.Response(200, json={"answer": 42, "files": [{"url": "https://x/y.png"}]})
        return httpx.Response(404, json={"detail": f"no route {path}"})


def client_for(queue: Queue, tmp_path: Path) -> Client:
    client = Client(
        api_key=TEST_KEY,
        base_url=BASE,
        journal=tmp_path / "journal.sqlite3",
        http_client=httpx.Client(transport=httpx.MockTransport(queue)),
    )
    client._sleep = lambda _: None  # no real waiting between polls
    return client


@pytest.mark.parametrize(
    ("endpoint", "prefix"),
    [
        ("fal-ai/not-in-the-spec", "fal-ai/not-in-the-spec"),
        ("fal-ai/veo9/sub/path", "fal-ai/veo9"),
        ("someone/app", "someone/app"),
        ("workflows/someone/my-flow", "workflows/someone/my-flow"),
    ],
)
def test_an_unknown_endpoint_runs_untyped(tmp_path: Path, endpoint: str, prefix: str) -> None:
    queue = Queue(prefix)
    body: dict[str, Any] = {"prompt": "a fox", "anything": {"goes": [1, 2]}, "seed": None}
    with client_for(queue, tmp_path) as client:
        out = client.run(endpoint, body)
        entries = client.jobs()
    assert out == {"answer": 42, "files": [{"url": "https://x/y.png"}]}
    submit = queue.requests[0]
    assert submit.url == httpx.URL(f"{BASE}/{endpoint}")
    assert json.loads(submit.content) == body  # nothing checked, added or dropped
    assert submit.headers["authorization"] == f"Key {TEST_KEY}"
    # status and result went to the configured host, under the queue prefix
    for request in queue.requests[1:]:
        assert request.url.host == "127.0.0.1"
        assert request.url.path.startswith(f"/{prefix}/requests/rid-1")
    assert [(e.endpoint, e.request_id, e.state) for e in entries] == [
        (endpoint, "rid-1", "COLLECTED")
    ]


def test_an_unknown_endpoint_is_reattached_and_its_result_cached(tmp_path: Path) -> None:
    queue = Queue("fal-ai/new-model")
    with client_for(queue, tmp_path) as client:
        job = client.submit("fal-ai/new-model", {"x": 1})
        first = job.result()
        sent = len(queue.requests)
        again = client.job("fal-ai/new-model", job.request_id).result()
    assert again == first and len(queue.requests) == sent  # from the journal's cache


@pytest.mark.anyio
async def test_an_unknown_endpoint_runs_untyped_async(tmp_path: Path) -> None:
    queue = Queue("fal-ai/not-in-the-spec")
    async with AsyncClient(
        api_key=TEST_KEY,
        base_url=BASE,
        journal=tmp_path / "journal.sqlite3",
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(queue)),
    ) as client:

        async def no_sleep(_: float) -> None:
            return None

        client._sleep = no_sleep
        out = await client.run("fal-ai/not-in-the-spec", {"prompt": "p"})
    assert out["answer"] == 42


@pytest.mark.parametrize(
    "endpoint", ["fal-ai", "fal-ai/../flux", "fal-ai/flux?x=1", "/", "workflows/only", "a b/c"]
)
def test_a_malformed_endpoint_id_is_refused_before_sending(tmp_path: Path, endpoint: str) -> None:
    queue = Queue("x/y")
    with client_for(queue, tmp_path) as client, pytest.raises(ConfigurationError) as caught:
        client.submit(endpoint, {"prompt": "p"})
    assert queue.requests == [] and "endpoint id" in str(caught.value)


def test_an_unknown_endpoint_still_needs_an_object(tmp_path: Path) -> None:
    queue = Queue("x/y")
    with client_for(queue, tmp_path) as client, pytest.raises(InputValidationError):
        client.submit("fal-ai/not-in-the-spec", ["not", "an", "object"])  # type: ignore[arg-type]
    assert queue.requests == []


def test_a_known_endpoint_is_still_checked(tmp_path: Path) -> None:
    queue = Queue("fal-ai/flux")
    with client_for(queue, tmp_path) as client, pytest.raises(InputValidationError):
        client.submit("fal-ai/flux/dev", {"promt": "typo"})
    assert queue.requests == []
