"""`client.stream(...)`: fal's streaming endpoints read event by event, typed, journaled and
bounded as the queue's calls are; and the emulator's `POST /_run/{endpoint}/stream`."""

from __future__ import annotations

import asyncio
import json
import re
import socket
import threading
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from fal_queue_emulator import Emulator, EmulatorConfig, RunningEmulator, create_app
from fal_queue_emulator._app import RUN_PATH
from uniapi_fal import (
    AsyncClient,
    Client,
    ConfigurationError,
    InputValidationError,
    JobFailedError,
    ResponseParseError,
    ResponseTooLargeError,
    ServerError,
    UnprocessableEntityError,
)
from uniapi_fal._constants import STREAM_READ_TIMEOUT
from uniapi_fal._event_stream import (
    AsyncEventStream,
    EventStream,
)
from uniapi_fal._exceptions import APITimeoutError
from uniapi_fal._sse import SSEDecoder
from uniapi_fal.models import FluxDevInput, FluxDevOutput

from .conftest import SPEC, TEST_KEY

OUTPUT = {
    "images": [{"url": "https://v3.fal.media/files/a.jpg", "width": 8, "height": 8}],
    "seed": 7,
    "prompt": "p",
    "has_nsfw_concepts": [False],
    "timings": {},
}
STREAM_ROUTE = f"{RUN_PATH}/{{endpoint_id:path}}/stream"


# ------------------------------------------------------------------------------ helpers


def stream(client: Client, target: object, arguments: Any = None, **options: Any) -> Any:
    """`client.stream(...)`, with or without a dict (typed loosely for the tests)."""
    return client.stream(target, arguments, **options)  # type: ignore[call-overload]


def astream(client: AsyncClient, target: object, arguments: Any = None, **options: Any) -> Any:
    return client.stream(target, arguments, **options)  # type: ignore[call-overload]


def sse(*events: Mapping[str, Any] | str, name: str | None = None) -> bytes:
    """A stream body: each event's JSON (a str is sent as it is, as data)."""
    head = f"event: {name}\n" if name else ""
    return "".join(
        f"{head}data: {e if isinstance(e, str) else json.dumps(e)}\n\n" for e in events
    ).encode()


def answer(body: bytes, **headers: str) -> httpx.Response:
    return httpx.Response(
        200, content=body, headers={"content-type": "text/event-stream", **headers}
    )


def mocked(handler: Callable[[httpx.Request], httpx.Response], **options: Any) -> Client:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return Client(api_key=TEST_KEY, base_url="https://queue.fal.run", http_client=http, **options)


@pytest.fixture
def app(emulator: RunningEmulator) -> Starlette:
    """The session emulator's app, to call in-process (`asgi`)."""
    return create_app(emulator.emulator)


@pytest.fixture
def on_app(emulator: RunningEmulator) -> Iterator[Client]:
    with Client(api_key=TEST_KEY, base_url=emulator.base_url) as client:
        yield client


def asgi(app: Starlette) -> httpx.AsyncClient:
    """Requests to the app in-process (each answer whole once the app has sent it)."""
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver")


@pytest.fixture(scope="module")
def instant() -> Emulator:
    """Jobs that are over as soon as they are submitted."""
    return Emulator(EmulatorConfig(spec_path=SPEC, queue_seconds=0, run_seconds=0))


# ------------------------------------------------------------------- on the emulator


def test_events_come_in_order_then_the_output_is_typed(on_app: Client) -> None:
    with stream(on_app, FluxDevInput(prompt="a lighthouse")) as events:
        assert isinstance(events, EventStream)
        seen = list(events)
        request_id = events.request_id
    *progress, last = seen
    assert progress and all(event["partial"] is True for event in progress)
    steps = [event["progress"] for event in progress]
    assert steps == sorted(set(steps)) and steps[-1] == 1.0
    lines = [line["message"] for event in progress for line in event["logs"]]
    assert lines == [f"step {i}/3: running fal-ai/flux/dev" for i in (1, 2, 3)]
    out = events.output
    assert isinstance(out, FluxDevOutput)
    assert out.images[0].url == last["images"][0]["url"]
    (entry,) = on_app.jobs()
    assert request_id is not None and entry.request_id == request_id
    assert entry.state == "COLLECTED" and on_app.journal.cached_result(request_id) == last


def test_a_job_that_fails_while_streaming_is_a_typed_failure(on_app: Client) -> None:
    seen: list[dict[str, Any]] = []
    with (
        stream(on_app, "fal-ai/flux/dev", {"prompt": "EMULATOR_FAIL"}) as events,
        pytest.raises(JobFailedError) as failed,
    ):
        seen.extend(events)
    assert seen and all(event["partial"] for event in seen)
    assert failed.value.error_type == "emulated_failure"
    assert "Emulated model failure" in str(failed.value)
    (entry,) = on_app.jobs()
    assert entry.state == "FAILED" and entry.request_id == events.request_id
    with pytest.raises(RuntimeError, match="no output"):
        _ = events.output


def test_get_output_reads_the_rest(on_app: Client) -> None:
    with stream(on_app, FluxDevInput, {"prompt": "p"}) as events:
        first = next(events)
        out = events.get_output()
    assert first["partial"] is True and isinstance(out, FluxDevOutput)
    assert list(events) == []


@pytest.mark.anyio
async def test_the_async_twin_on_the_emulator(app: Starlette) -> None:
    async with (
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app)) as http,
        AsyncClient(api_key=TEST_KEY, base_url="http://testserver", http_client=http) as client,
    ):
        async with astream(client, FluxDevInput(prompt="p")) as events:
            assert isinstance(events, AsyncEventStream)
            seen = [event async for event in events]
        assert seen[0]["partial"] is True and "images" in seen[-1]
        assert isinstance(events.output, FluxDevOutput)
        awaited = await astream(client, "fal-ai/flux/dev", {"prompt": "q"})
        try:
            out = await awaited.get_output()
        finally:
            await awaited.aclose()
        assert isinstance(out, FluxDevOutput) and awaited.request_id is not None
        with pytest.raises(JobFailedError):
            async with astream(client, FluxDevInput(prompt="EMULATOR_FAIL")) as failing:
                await failing.get_output()
        states = sorted(entry.state for entry in client.jobs())
    assert states == ["COLLECTED", "COLLECTED", "FAILED"]


@pytest.mark.anyio
async def test_the_async_twin_over_a_real_connection(emulator: RunningEmulator) -> None:
    async with AsyncClient(api_key=TEST_KEY, base_url=emulator.base_url) as client:
        async with astream(client, FluxDevInput(prompt="p"), timeout=10) as events:
            seen = [event async for event in events]
        (entry,) = client.jobs()
    assert len(seen) >= 2 and isinstance(events.output, FluxDevOutput)
    assert entry.state == "COLLECTED" and entry.request_id == events.request_id


# --------------------------------------------------------------- the request and errors


def test_it_posts_to_the_run_hosts_stream_path_asking_for_events() -> None:
    seen: list[httpx.Request] = []
    rows: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        rows.append(client.jobs()[-1].state)  # journaled before it left
        return answer(sse({"partial": True}, OUTPUT), **{"x-fal-request-id": "req-1"})

    with mocked(handler) as client:
        with stream(client, FluxDevInput(prompt="p"), request_timeout=30) as events:
            out = events.get_output()
        with stream(client, "fal-ai/some-llm/stream", {"prompt": "p"}) as plain:
            raw = plain.get_output()
    first, second = seen
    assert str(first.url) == "https://fal.run/fal-ai/flux/dev/stream"
    assert first.method == "POST" and json.loads(first.content) == {"prompt": "p"}
    assert first.headers["accept"] == "text/event-stream"
    assert first.headers["authorization"] == f"Key {TEST_KEY}"
    assert first.headers["x-fal-request-timeout"] == "30"
    assert first.extensions["timeout"]["read"] <= STREAM_READ_TIMEOUT
    assert str(second.url) == "https://fal.run/fal-ai/some-llm/stream"  # not .../stream/stream
    assert rows == ["SUBMITTING", "SUBMITTING"]
    assert isinstance(out, FluxDevOutput) and events.request_id == "req-1"
    assert raw == OUTPUT and plain.request_id == "req-1"


def test_queue_options_and_bad_input_never_reach_the_network() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answer(sse(OUTPUT))

    with mocked(handler) as client:
        with pytest.raises(ConfigurationError, match="priority"):
            stream(client, FluxDevInput(prompt="p"), priority="low")
        with pytest.raises(ConfigurationError, match="on_update"):
            stream(client, FluxDevInput(prompt="p"), on_update=print)
        with pytest.raises(InputValidationError, match="num_images"):
            stream(client, "fal-ai/flux/dev", {"prompt": "p", "num_images": 99})
        assert client.jobs() == []
    assert seen == []


def test_an_error_answer_is_a_typed_error() -> None:
    refused = {"detail": [{"loc": ["body", "prompt"], "msg": "too long", "type": "value_error"}]}
    with mocked(lambda request: httpx.Response(422, json=refused)) as client:
        with pytest.raises(UnprocessableEntityError) as invalid:
            stream(client, FluxDevInput(prompt="p"))
        assert client.jobs() == []  # refused: nothing ran, nothing kept
    assert invalid.value.items[0].field == "prompt" and not invalid.value.maybe_queued

    def failing(request: httpx.Request) -> httpx.Response:
        body = {"detail": "Runner disconnected", "error_type": "runner_disconnected"}
        return httpx.Response(500, json=body, headers={"x-fal-request-id": "req-9"})

    with mocked(failing) as client:
        with pytest.raises(ServerError) as failed:
            stream(client, FluxDevInput(prompt="p"))
        (entry,) = client.jobs()
    assert failed.value.error_type == "runner_disconnected" and failed.value.maybe_queued
    assert failed.value.request_id == "req-9" and entry.state == "UNKNOWN"


def test_an_answer_that_is_no_event_stream_is_refused() -> None:
    with mocked(lambda request: httpx.Response(200, json=OUTPUT)) as client:
        with pytest.raises(ResponseParseError, match="not an event stream") as odd:
            stream(client, FluxDevInput(prompt="p"))
        (entry,) = client.jobs()
    assert odd.value.maybe_queued and entry.state == "UNKNOWN"

    with mocked(lambda request: answer(sse({"partial": True}, "not json"))) as client:
        with stream(client, FluxDevInput(prompt="p")) as events:
            assert next(events) == {"partial": True}
            with pytest.raises(ResponseParseError, match="not JSON"):
                next(events)
        entry = client.jobs()[-1]  # (the journal is the test's: the first client's row too)
    assert entry.state == "UNKNOWN"

    with mocked(lambda request: answer(b": nothing but keep-alives\n\n")) as client:
        with pytest.raises(ResponseParseError, match="without an event"):
            stream(client, FluxDevInput(prompt="p")).get_output()


def test_an_event_over_the_size_cap_is_refused() -> None:
    big = {"partial": True, "image": "x" * 2000}
    chunks = [sse({"partial": True, "step": 1}), sse(big), sse(OUTPUT)]

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, content=iter(chunks), headers={"content-type": "text/event-stream"}
        )

    with mocked(handler, max_response_bytes=1024) as client:
        with stream(client, FluxDevInput(prompt="p")) as events:
            assert next(events) == {"partial": True, "step": 1}
            with pytest.raises(ResponseTooLargeError, match="max_response_bytes"):
                next(events)
            assert list(events) == []
        (entry,) = client.jobs()
    assert entry.state == "UNKNOWN"


def test_closing_early_releases_it_and_journals_unknown() -> None:
    with mocked(lambda request: answer(sse({"partial": True}, {"partial": True}, OUTPUT))) as c:
        with stream(c, FluxDevInput(prompt="p")) as events:
            next(events)
        assert list(events) == []
        with pytest.raises(RuntimeError, match="no output"):
            _ = events.output
        (entry,) = c.jobs()
    assert entry.state == "UNKNOWN" and "closed before" in (entry.error or "")


def test_the_key_is_never_shown() -> None:
    echoed = {"partial": True, "echo": f"got {TEST_KEY}"}
    final = {**OUTPUT, "prompt": f"key={TEST_KEY}"}
    with mocked(lambda request: answer(sse(echoed, final))) as client:
        with stream(client, "fal-ai/any/thing", {"prompt": "p"}) as events:
            seen = list(events)
            shown = repr(events)
        kept = client.journal.cached_result(client.jobs()[0].request_id or "")
    assert seen[0]["echo"] == "got ****" and TEST_KEY not in json.dumps(seen)
    assert TEST_KEY not in json.dumps(events.output) and TEST_KEY not in json.dumps(kept)
    assert TEST_KEY not in shown

    def failing(request: httpx.Request) -> httpx.Response:
        return httpx.Response(500, json={"detail": f"bad key {TEST_KEY}"})

    with mocked(failing) as client, pytest.raises(ServerError) as failed:
        stream(client, FluxDevInput(prompt="p"))
    assert TEST_KEY not in str(failed.value) and TEST_KEY not in failed.value.response.text

    broken = sse({"partial": True}) + f"data: {{{TEST_KEY}\n\n".encode()
    with mocked(lambda request: answer(broken)) as client:
        with pytest.raises(ResponseParseError) as unreadable:
            stream(client, FluxDevInput(prompt="p")).get_output()
    assert TEST_KEY not in str(unreadable.value)


# ---------------------------------------------------------------------------- deadlines


def test_the_deadline_holds_against_a_server_that_trickles() -> None:
    """Each keep-alive comes a (fake) second after the last: the call's 5 s end it."""
    now = [0.0]
    sent = [0]

    def trickle() -> Iterator[bytes]:
        while sent[0] < 1000:
            sent[0] += 1
            now[0] += 1.0
            yield b": still here\n\n"

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=trickle(), headers={"content-type": "text/event-stream"})

    with mocked(handler) as client:
        client._clock = lambda: now[0]
        with stream(client, FluxDevInput(prompt="p"), timeout=5) as events:
            with pytest.raises(APITimeoutError, match="timeout \\(5 s\\)") as late:
                list(events)
        (entry,) = client.jobs()
    assert sent[0] <= 6 and late.value.maybe_queued and entry.state == "UNKNOWN"


@pytest.mark.anyio
async def test_the_async_deadline_holds_against_a_server_that_trickles() -> None:
    async def trickle() -> AsyncIterator[bytes]:
        for _ in range(1000):
            await asyncio.sleep(0.02)
            yield b": still here\n\n"

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=trickle(), headers={"content-type": "text/event-stream"})

    loop = asyncio.get_running_loop()
    async with (
        httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http,
        AsyncClient(api_key=TEST_KEY, base_url="https://queue.fal.run", http_client=http) as c,
    ):
        started = loop.time()
        with pytest.raises(APITimeoutError):
            async with astream(c, FluxDevInput(prompt="p"), timeout=0.2) as events:
                await events.get_output()
        (entry,) = c.jobs()
    assert loop.time() - started < 1.5 and entry.state == "UNKNOWN"


class _SilentServer:
    """Answers every request with the head of an event stream, then says nothing."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = [threading.Thread(target=self._accept)]
        self._threads[0].start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            thread = threading.Thread(target=self._serve, args=(conn,))
            self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(0.05)
            data = b""
            while not self._stop.is_set():
                head, ended, body = data.partition(b"\r\n\r\n")
                length = re.search(rb"content-length: *(\d+)", head, re.IGNORECASE)
                if ended and length and len(body) >= int(length.group(1)):
                    break
                try:
                    got = conn.recv(65536)
                except TimeoutError:
                    continue
                if not got:
                    return
                data += got
            conn.sendall(
                b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n"
                b"transfer-encoding: chunked\r\n\r\n"
            )
            while not self._stop.is_set():  # silent until the client goes
                try:
                    if conn.recv(1) == b"":
                        return
                except TimeoutError:
                    continue
                except OSError:
                    return

    def close(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(5)
        self._listener.close()


@pytest.fixture
def silent() -> Iterator[_SilentServer]:
    server = _SilentServer()
    try:
        yield server
    finally:
        server.close()


def test_a_silence_longer_than_the_streams_allowance_ends_it(
    silent: _SilentServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("uniapi_fal._core.requests.STREAM_READ_TIMEOUT", 0.2)
    monkeypatch.setattr("uniapi_fal._core.events.STREAM_READ_TIMEOUT", 0.2)
    with Client(api_key=TEST_KEY, base_url=silent.url) as client:
        with stream(client, FluxDevInput(prompt="p")) as events:
            with pytest.raises(APITimeoutError, match="nothing came for 0.2 s"):
                next(events)
        (entry,) = client.jobs()
    assert entry.state == "UNKNOWN"


def test_the_deadline_cuts_a_silent_read(silent: _SilentServer) -> None:
    with Client(api_key=TEST_KEY, base_url=silent.url) as client:
        with stream(client, FluxDevInput(prompt="p"), timeout=0.3) as events:
            with pytest.raises(APITimeoutError, match="timeout \\(0.3 s\\)"):
                next(events)


# ------------------------------------------------------------------ the emulator's side


def _events(body: bytes) -> list[tuple[str, Any]]:
    return [(e.event, json.loads(e.data)) for e in SSEDecoder().feed(body)]


@pytest.mark.anyio
async def test_the_emulator_streams_progress_then_the_result_routes_output(app: Starlette) -> None:
    auth = {"authorization": f"Key {TEST_KEY}"}
    async with asgi(app) as http:
        answered = await http.post(
            "/_run/fal-ai/flux/dev/stream", json={"prompt": "p"}, headers=auth
        )
        request_id = answered.headers["x-fal-request-id"]
        result = await http.get(f"/fal-ai/flux/requests/{request_id}", headers=auth)
    assert answered.status_code == 200
    assert answered.headers["content-type"].startswith("text/event-stream")
    events = _events(answered.content)
    assert all(name == "message" for name, _ in events)
    *progress, (_, last) = events
    assert [data["progress"] for _, data in progress][-1] == 1.0
    assert progress[0][1]["logs"][0] == {
        "message": "step 1/3: running fal-ai/flux/dev",
        "level": "INFO",
    }
    assert last == result.json()


@pytest.mark.anyio
async def test_the_emulator_refuses_as_a_submit_does(app: Starlette) -> None:
    auth = {"authorization": f"Key {TEST_KEY}"}
    async with asgi(app) as http:
        invalid = await http.post(
            "/_run/fal-ai/flux/dev/stream", json={"num_images": 1}, headers=auth
        )
        unknown = await http.post("/_run/nobody/nothing/stream", json={}, headers=auth)
        keyless = await http.post("/_run/fal-ai/flux/dev/stream", json={"prompt": "p"})
    assert invalid.status_code == 422 and invalid.json()["detail"][0]["loc"] == ["body", "prompt"]
    assert unknown.status_code == 404 and keyless.status_code == 401


@pytest.mark.anyio
async def test_the_emulator_answers_a_job_already_failed_as_the_result_route(
    instant: Emulator,
) -> None:
    auth = {"authorization": f"Key {TEST_KEY}"}
    async with asgi(create_app(instant)) as http:
        failed = await http.post(
            "/_run/fal-ai/flux/dev/stream", json={"prompt": "EMULATOR_FAIL"}, headers=auth
        )
        done = await http.post("/_run/fal-ai/flux/dev/stream", json={"prompt": "p"}, headers=auth)
    assert failed.status_code == 500 and failed.headers["x-fal-request-id"]
    assert failed.json() == {"detail": "Emulated model failure", "error_type": "emulated_failure"}
    names = [name for name, _ in _events(done.content)]
    assert done.status_code == 200 and names == ["message", "message"]


@pytest.mark.anyio
async def test_the_emulator_ends_a_failing_stream_with_an_error_event(app: Starlette) -> None:
    auth = {"authorization": f"Key {TEST_KEY}"}
    async with asgi(app) as http:
        answered = await http.post(
            "/_run/fal-ai/flux/dev/stream", json={"prompt": "EMULATOR_FAIL"}, headers=auth
        )
    *progress, (name, data) = _events(answered.content)
    assert answered.status_code == 200 and progress
    assert name == "error"
    assert data == {"detail": "Emulated model failure", "error_type": "emulated_failure"}


@pytest.mark.anyio
async def test_a_stream_endpoint_of_the_spec_is_served_at_its_own_path(instant: Emulator) -> None:
    auth = {"authorization": f"Key {TEST_KEY}"}
    async with asgi(create_app(instant)) as http:
        answered = await http.post(
            "/_run/fal-ai/flux-lora/stream", json={"prompt": "p"}, headers=auth
        )
    job = instant.jobs.get(answered.headers["x-fal-request-id"])
    assert answered.status_code == 200 and job is not None
    assert job.endpoint_id == "fal-ai/flux-lora/stream"
