"""Endpoints the spec lacks, checked at run time against fal's own document for them,
from a local stand-in of fal's document service: refused by field before anything is
sent, no key sent to it, cached, bounded in time and size, and never blocking a call."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from uniapi_fal import (
    AsyncClient,
    Client,
    ConfigurationError,
    InputValidationError,
    SchemaUnavailableWarning,
)
from uniapi_fal._remote_schemas import FAL_SCHEMAS_URL, resolve_url

from ._doc_server import Answer, Seen, doc_server, fal_document
from .conftest import TEST_KEY

ENDPOINT = "acme-labs/brand-new-model"
BASE = "http://127.0.0.1:9"


def document(endpoint: str = ENDPOINT) -> dict[str, Any]:
    """fal's document for the endpoint: a bound, an enum and a nullable field."""
    properties = {
        "prompt": {"type": "string", "maxLength": 50},
        "duration": {"type": "string", "enum": ["5", "10"], "default": "5"},
        "steps": {"type": "integer", "minimum": 1, "maximum": 8},
        "seed": {"type": "integer", "nullable": True},
    }
    return fal_document(endpoint, properties, category="text-to-video")


def documents(request: Seen) -> Answer:
    endpoint = request.param("endpoint_id")[0]
    return Answer.json(document(endpoint)) if endpoint == ENDPOINT else Answer(404, b"{}")


class Queue:
    """The queue behind httpx.MockTransport: records what reached it."""

    def __init__(self) -> None:
        self.sent: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        queue = f"{BASE}/acme-labs/brand-new-model/requests/rid-1"
        return httpx.Response(
            200,
            json={
                "request_id": "rid-1",
                "status_url": f"{queue}/status",
                "response_url": queue,
                "cancel_url": f"{queue}/cancel",
            },
        )


@pytest.fixture
def queue() -> Queue:
    return Queue()


def client(queue: Queue, url: str) -> Client:
    transport = httpx.Client(transport=httpx.MockTransport(queue))
    return Client(
        api_key=TEST_KEY, base_url=BASE, journal=False, http_client=transport, schemas_url=url
    )


@pytest.fixture
def service() -> Iterator[Any]:
    with doc_server(documents) as server:
        yield server


def test_input_that_breaks_fal_s_document_is_refused_by_field_and_nothing_sent(
    queue: Queue, service: Any
) -> None:
    with client(queue, f"{service.url}/api/openapi/queue/openapi.json") as c:
        with pytest.raises(InputValidationError) as refused:
            c.submit(ENDPOINT, {"prompt": "p", "duration": "7", "steps": 9, "colour": "red"})
    assert queue.sent == []
    problems = {e.path: e.message for e in refused.value.errors}
    assert set(problems) == {"duration", "steps", "colour"}
    assert "'7' is not one of '5', '10'" in problems["duration"]
    assert "9 > maximum 8" in problems["steps"]
    assert "unknown field" in problems["colour"]
    (asked,) = service.seen
    assert asked.path == "/api/openapi/queue/openapi.json"
    assert asked.param("endpoint_id") == [ENDPOINT]
    assert "authorization" not in asked.headers
    assert TEST_KEY not in json.dumps([asked.path, asked.query, asked.headers])


def test_good_input_is_sent_as_given(queue: Queue, service: Any) -> None:
    with client(queue, f"{service.url}/openapi.json") as c:
        job = c.submit(ENDPOINT, {"prompt": "p", "duration": "10", "seed": None})
    assert job.request_id == "rid-1"
    (sent,) = queue.sent
    assert json.loads(sent.content) == {"prompt": "p", "duration": "10", "seed": None}


def test_the_document_is_fetched_once_and_kept_on_disk(queue: Queue, service: Any) -> None:
    url = f"{service.url}/openapi.json"
    for _ in range(2):
        with client(queue, url) as c:  # a new client: a new process would do the same
            c.submit(ENDPOINT, {"prompt": "one"})
            c.submit(ENDPOINT, {"prompt": "two"})
    assert len(service.seen) == 1
    assert len(queue.sent) == 4


def test_a_kept_document_is_fetched_again_after_a_day(queue: Queue, service: Any) -> None:
    url = f"{service.url}/openapi.json"
    with client(queue, url) as c:
        c.submit(ENDPOINT, {"prompt": "p"})
        assert c._schemas is not None
        later = time.time() + 25 * 3600
        c._schemas._now = lambda: later
        c.submit(ENDPOINT, {"prompt": "p"})
    assert len(service.seen) == 2


def test_a_silent_service_costs_one_wait_of_two_seconds_then_none(queue: Queue) -> None:
    with doc_server(lambda request: Answer.json(document(), delay=6)) as slow:
        with client(queue, f"{slow.url}/openapi.json") as c:
            started = time.monotonic()
            with pytest.warns(SchemaUnavailableWarning, match="no answer within 2 s"):
                c.submit(ENDPOINT, {"prompt": "p", "steps": 99})
            first = time.monotonic() - started
            started = time.monotonic()
            c.submit(ENDPOINT, {"prompt": "p", "steps": 99})  # not warned, not waited
            second = time.monotonic() - started
    assert 1.9 < first < 2.5, first
    assert second < 0.3, second
    assert len(queue.sent) == 2  # sent unchecked: a missing schema never blocks a call


def test_an_unreachable_service_is_remembered_for_minutes(queue: Queue, tmp_path: Path) -> None:
    closed = "http://127.0.0.1:9/openapi.json"  # nothing listens on the discard port
    with client(queue, closed) as c:
        with pytest.warns(SchemaUnavailableWarning, match="could not connect"):
            c.submit(ENDPOINT, {"prompt": "p"})
    cached = list((tmp_path / "cache" / "uniapi-fal" / "schemas").glob("*.json"))
    assert len(cached) == 1 and "failed" in json.loads(cached[0].read_text())
    with client(queue, closed) as c:  # another process: the failure is read, not retried
        started = time.monotonic()
        with pytest.warns(SchemaUnavailableWarning, match="could not connect"):
            c.submit(ENDPOINT, {"prompt": "p"})
        assert time.monotonic() - started < 0.5
    assert len(queue.sent) == 2


@pytest.mark.parametrize(
    ("answer", "says"),
    [
        (Answer(200, b"{" + b" " * (3 * 1024 * 1024) + b"}"), "larger than 2,097,152 bytes"),
        (Answer(200, b"<html>maintenance</html>"), "not JSON"),
        (Answer.json({"openapi": "3.0.4"}), "cannot be read"),
        (Answer(500, b"oops"), "HTTP 500 oops"),
        (Answer(302, b"", {"Location": "http://127.0.0.1:9/elsewhere"}), "not followed"),
    ],
)
def test_a_bad_answer_warns_and_the_call_goes_on(queue: Queue, answer: Answer, says: str) -> None:
    with doc_server(lambda request: answer) as bad:
        with client(queue, f"{bad.url}/openapi.json") as c:
            with pytest.warns(SchemaUnavailableWarning, match=says):
                c.submit(ENDPOINT, {"prompt": "p"})
    assert len(queue.sent) == 1


def test_an_unwritable_cache_costs_a_fetch_never_the_call(
    queue: Queue, service: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    with client(queue, f"{service.url}/openapi.json") as c:
        with pytest.raises(InputValidationError):
            c.submit(ENDPOINT, {"prompt": "p", "steps": 0})
        c.submit(ENDPOINT, {"prompt": "p"})
    assert len(service.seen) == 1 and len(queue.sent) == 1


def test_the_document_served_for_the_id_is_used_whatever_id_it_names(queue: Queue) -> None:
    served = document("ACME-Labs/Brand-New-Model")  # fal spells some ids two ways
    with doc_server(lambda request: Answer.json(served)) as other:
        with client(queue, f"{other.url}/openapi.json") as c:
            with pytest.raises(InputValidationError, match="steps"):
                c.submit(ENDPOINT, {"prompt": "p", "steps": 99})


def test_spec_models_are_never_fetched(queue: Queue, service: Any) -> None:
    with client(queue, f"{service.url}/openapi.json") as c:
        c.submit("fal-ai/flux/dev", {"prompt": "p"})
    assert service.seen == []


def test_concurrent_calls_share_one_fetch(queue: Queue) -> None:
    with doc_server(lambda request: Answer.json(document(), delay=0.3)) as slow:
        with client(queue, f"{slow.url}/openapi.json") as c:
            threads = [
                threading.Thread(target=c.submit, args=(ENDPOINT, {"prompt": "p"}))
                for _ in range(8)
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        assert len(slow.seen) == 1
    assert len(queue.sent) == 8


@pytest.mark.anyio
async def test_the_async_client_checks_the_same_way(service: Any) -> None:
    queue = Queue()
    transport = httpx.AsyncClient(transport=httpx.MockTransport(queue))
    async with AsyncClient(
        api_key=TEST_KEY,
        base_url=BASE,
        journal=False,
        http_client=transport,
        schemas_url=f"{service.url}/openapi.json",
    ) as c:
        with pytest.raises(InputValidationError, match="steps"):
            await c.submit(ENDPOINT, {"prompt": "p", "steps": 12})
        await c.submit(ENDPOINT, {"prompt": "p", "steps": 2})
    assert len(queue.sent) == 1


def test_off_asks_nothing(queue: Queue, service: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UNIAPI_FAL_SCHEMAS_URL", f"{service.url}/openapi.json")
    with client(queue, "off") as c:
        c.submit(ENDPOINT, {"prompt": "p", "steps": 99})
    assert service.seen == [] and len(queue.sent) == 1
    with client(queue, None) as c:  # the variable alone turns it on, whatever the base URL
        with pytest.raises(InputValidationError):
            c.submit(ENDPOINT, {"prompt": "p", "steps": 99})


def test_where_documents_come_from_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("UNIAPI_FAL_SCHEMAS_URL")
    gateway, local = httpx.URL("https://api.uniapi.io"), httpx.URL("http://127.0.0.1:8000")
    assert resolve_url(None, gateway) == FAL_SCHEMAS_URL
    assert resolve_url(None, httpx.URL("https://queue.fal.run")) == FAL_SCHEMAS_URL
    for host in ("http://localhost:1", "http://[::1]:1", local):
        assert resolve_url(None, httpx.URL(host)) is None  # the emulator: nothing to ask
    assert resolve_url("http://docs.local/o.json", local) == "http://docs.local/o.json"
    assert resolve_url("OFF", gateway) is None
    monkeypatch.setenv("UNIAPI_FAL_SCHEMAS_URL", "off")
    assert resolve_url(None, gateway) is None
    with pytest.raises(ConfigurationError, match="must be an http"):
        resolve_url("ftp://docs/o.json", gateway)
