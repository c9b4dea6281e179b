"""fal's realtime sessions (`client.realtime(...)`) against the emulator's realtime routes:
the token from the REST host (with the key), the socket with the token only, msgpack
frames both ways, fal's messages skipped and its errors raised typed, the throttle, and
the emulator's own side (tokens refused, inputs checked, idle sessions ended)."""

from __future__ import annotations

import json
import socket
import sys
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

from fal_queue_emulator import EmulatorConfig, RunningEmulator, run_in_thread
from fal_queue_emulator._realtime import RealtimeState, realtime_of
from uniapi_fal import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AsyncClient,
    AuthenticationError,
    Client,
    ConfigurationError,
    Hosts,
    InputValidationError,
    ResponseParseError,
    ResponseTooLargeError,
)
from uniapi_fal._core.deadline import Deadline
from uniapi_fal._realtime import (
    AsyncRealtime,
    Realtime,
    RealtimeError,
    alias_of,
    socket_url,
    token_flow,
)
from uniapi_fal.models import FluxDevInput, FluxSchnellInput, FluxSchnellOutput

from .conftest import SPEC, TEST_KEY

msgpack = pytest.importorskip("msgpack")
ws_sync = pytest.importorskip("websockets.sync.client")  # websockets >= 13
pytest.importorskip("websockets.asyncio.client")
from websockets.exceptions import ConnectionClosedOK, InvalidStatus  # noqa: E402

ENDPOINT = "fal-ai/flux/schnell"


# ------------------------------------------------------------------ fixtures


@pytest.fixture(scope="module")
def served() -> Iterator[RunningEmulator]:
    """An emulator of its own, which checks the key (its realtime route is the app's)."""
    config = EmulatorConfig(
        spec_path=SPEC,
        api_key=TEST_KEY,
        queue_seconds=0.06,
        run_seconds=0.12,
        queue_step=0.02,
        log_interval=0.04,
    )
    with run_in_thread(config) as running:
        yield running


@pytest.fixture
def state(served: RunningEmulator) -> Iterator[RealtimeState]:
    found = realtime_of(served.emulator)
    found.reset()
    served.emulator.clear_requests()
    yield found
    found.reset()


@pytest.fixture
def client(served: RunningEmulator) -> Iterator[Client]:
    with Client(api_key=TEST_KEY, base_url=served.base_url) as c:
        yield c


def session(client: Client, endpoint: Any, **options: Any) -> Realtime[Any]:
    """`client.realtime(...)` once the client has it, else the class itself."""
    make = getattr(client, "realtime", None)
    if make is not None:
        return make(endpoint, **options)  # type: ignore[no-any-return]
    return Realtime(client, endpoint, **options)


def async_session(client: AsyncClient, endpoint: Any, **options: Any) -> AsyncRealtime[Any]:
    make = getattr(client, "realtime", None)
    if make is not None:
        return make(endpoint, **options)  # type: ignore[no-any-return]
    return AsyncRealtime(client, endpoint, **options)


def prompts(state: RealtimeState) -> list[Any]:
    return [body.get("prompt") for _, body in state.received]


def token_for(served: RunningEmulator, app: str) -> str:
    answer = httpx.post(
        f"{served.base_url}/_rest/tokens/",
        json={"allowed_apps": [app], "token_expiration": 120},
        headers={"Authorization": f"Key {TEST_KEY}"},
    )
    assert answer.status_code == 200, answer.text
    token = answer.json()
    assert isinstance(token, str)
    return token


def raw_socket(served: RunningEmulator, token: str, endpoint: str = ENDPOINT) -> Any:
    url = f"ws://127.0.0.1:{served.port}/_run/{endpoint}/realtime?fal_jwt_token={token}"
    return ws_sync.connect(url, open_timeout=5)


# ----------------------------------------------------------- the round trip


def test_three_inputs_come_back_typed_and_in_order(client: Client, state: RealtimeState) -> None:
    with session(client, FluxSchnellInput) as rt:
        for i in range(3):
            rt.send(FluxSchnellInput(prompt=f"fox {i}"))
        outs = [rt.receive() for _ in range(3)]
    assert all(isinstance(out, FluxSchnellOutput) for out in outs)
    assert [out.prompt for out in outs] == ["fox 0", "fox 1", "fox 2"]
    assert prompts(state) == ["fox 0", "fox 1", "fox 2"]
    assert state.messages_sent == 2  # timings before the 1st and 3rd result: skipped


def test_an_endpoint_id_and_a_dict_work_too(client: Client, state: RealtimeState) -> None:
    with session(client, ENDPOINT) as rt:
        rt.send({"prompt": "owl"})
        out = rt.receive()
    assert isinstance(out, FluxSchnellOutput) and out.prompt == "owl"
    assert "closed" in repr(rt) and TEST_KEY not in repr(rt)


def test_a_session_connects_on_first_use(client: Client, state: RealtimeState) -> None:
    rt = session(client, ENDPOINT)
    assert "not connected" in repr(rt) and state.tokens_issued == 0
    try:
        rt.send({"prompt": "lazy"})
        assert rt.receive().prompt == "lazy"
    finally:
        rt.close()
    with pytest.raises(RealtimeError, match="closed"):
        rt.send({"prompt": "too late"})


def test_no_server_and_a_silent_server_are_typed_errors_without_the_token(
    served: RunningEmulator, state: RealtimeState
) -> None:
    closed = socket.create_server(("127.0.0.1", 0))
    closed_port = closed.getsockname()[1]
    closed.close()
    with socket.create_server(("127.0.0.1", 0)) as silent:  # listens, never answers
        cases = [
            (closed_port, 5.0, APIConnectionError, "ConnectionRefusedError"),
            (silent.getsockname()[1], 0.2, APITimeoutError, "no handshake within"),
        ]
        for port, timeout, error, said in cases:
            hosts = Hosts(realtime=f"ws://127.0.0.1:{port}")
            with Client(api_key=TEST_KEY, base_url=served.base_url, hosts=hosts) as other:
                with pytest.raises(error, match=said) as failed:
                    session(other, ENDPOINT, timeout=timeout).connect()
            assert state.last_token is not None and state.last_token not in str(failed.value)


def test_iteration_ends_when_the_server_closes_normally(
    client: Client, state: RealtimeState
) -> None:
    state.inputs_per_session = 2
    with session(client, FluxSchnellInput) as rt:
        rt.send(FluxSchnellInput(prompt="one"))
        rt.send(FluxSchnellInput(prompt="two"))
        outs = list(rt)
        with pytest.raises(RealtimeError) as ended:
            rt.receive()
    assert [out.prompt for out in outs] == ["one", "two"]
    assert ended.value.error == "CONNECTION_CLOSED"


def test_a_bad_input_is_refused_before_anything_is_sent(
    client: Client, state: RealtimeState
) -> None:
    with session(client, FluxSchnellInput) as rt:
        with pytest.raises(InputValidationError, match="num_inference_steps"):
            rt.send(FluxSchnellInput(prompt="x", num_inference_steps=99))
        with pytest.raises(InputValidationError, match="prompt"):
            rt.send({"prompt": 3})
        with pytest.raises(TypeError, match=ENDPOINT):
            rt.send(FluxDevInput(prompt="another model's input"))
        rt.send({"prompt": "fine"})
        assert rt.receive().prompt == "fine"
    assert state.received == [(ENDPOINT, {"prompt": "fine"})]


def test_a_server_error_is_raised_typed_and_the_session_goes_on(
    client: Client, state: RealtimeState
) -> None:
    with session(client, FluxSchnellInput) as rt:
        rt.send(FluxSchnellInput(prompt="EMULATOR_FAIL please"))
        with pytest.raises(RealtimeError) as failed:
            rt.receive()
        rt.send(FluxSchnellInput(prompt="after"))
        assert rt.receive().prompt == "after"
    assert isinstance(failed.value, APIError)
    assert failed.value.error == "INTERNAL_ERROR"
    assert failed.value.reason == "Emulated model failure"
    assert failed.value.endpoint == ENDPOINT


def test_an_idle_session_ends_with_fal_s_timeout_error(
    client: Client, state: RealtimeState
) -> None:
    state.idle_seconds = 0.05
    with session(client, FluxSchnellInput) as rt, pytest.raises(RealtimeError) as idle:
        rt.receive()
    assert idle.value.error == "TIMEOUT"


def test_receive_has_a_deadline_and_the_session_stays_open(
    client: Client, state: RealtimeState
) -> None:
    with session(client, FluxSchnellInput, timeout=0.05) as rt:
        with pytest.raises(APITimeoutError, match="no result within"):
            rt.receive()
        rt.send(FluxSchnellInput(prompt="late"))
        assert rt.receive().prompt == "late"


def test_a_frame_over_max_response_bytes_is_refused(
    served: RunningEmulator, state: RealtimeState
) -> None:
    with Client(api_key=TEST_KEY, base_url=served.base_url, max_response_bytes=1024) as small:
        with session(small, FluxSchnellInput) as rt:
            rt.send(FluxSchnellInput(prompt="x" * 1500))  # echoed in the output
            with pytest.raises(ResponseTooLargeError, match="max_response_bytes"):
                rt.receive()


# ------------------------------------------------------------ the credentials


def test_the_key_goes_to_the_token_host_only(
    served: RunningEmulator, client: Client, state: RealtimeState
) -> None:
    with session(client, FluxSchnellInput, max_buffering=5) as rt:
        rt.send(FluxSchnellInput(prompt="k"))
        rt.receive()
    requests = served.emulator.requests
    (token_request,) = [r for r in requests if r.path == "/_rest/tokens/"]
    assert token_request.method == "POST"
    assert token_request.headers["authorization"] == f"Key {TEST_KEY}"
    (socket,) = [r for r in requests if r.path.endswith("/realtime")]
    assert socket.path == f"/_run/{ENDPOINT}/realtime"
    assert "authorization" not in socket.headers
    assert TEST_KEY not in socket.query
    assert all(TEST_KEY not in value for value in socket.headers.values())
    query = parse_qs(socket.query)
    assert query == {"fal_jwt_token": [state.last_token], "max_buffering": ["5"]}


def test_a_refused_token_is_an_authentication_error_without_secrets(
    client: Client, state: RealtimeState
) -> None:
    state.token_seconds = 0  # every token expired at once
    rt = session(client, FluxSchnellInput)
    with pytest.raises(AuthenticationError) as refused:
        rt.connect()
    message = str(refused.value)
    assert "realtime token was refused" in message and "expired" in message
    assert state.last_token is not None and state.last_token not in message
    assert TEST_KEY not in message
    rt.close()


def test_a_refused_key_fails_at_the_token(served: RunningEmulator, state: RealtimeState) -> None:
    wrong = "sk-wrong-0123456789abcdef"
    with Client(api_key=wrong, base_url=served.base_url) as other:
        with pytest.raises(AuthenticationError, match="a realtime token for") as refused:
            session(other, ENDPOINT).connect()
    assert wrong not in str(refused.value)
    assert state.tokens_issued == 0


def test_the_token_answer_may_take_three_shapes() -> None:
    seen: list[httpx.Request] = []
    answers: list[Any] = ["tok-bare", {"token": "tok-object"}, {"detail": "tok-proxy"}, {"x": 1}]

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=answers[len(seen) - 1])

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with http, Client(api_key=TEST_KEY, base_url="https://queue.fal.run", http_client=http) as fal:

        def token() -> str:
            flow = token_flow(fal._context(), "workflows/me/flow/step", Deadline.after(5))
            return fal._drive(flow)

        assert [token(), token(), token()] == ["tok-bare", "tok-object", "tok-proxy"]
        with pytest.raises(ResponseParseError, match="no usable token"):
            token()
    request = seen[0]
    assert str(request.url) == "https://rest.fal.ai/tokens/"
    assert request.headers["authorization"] == f"Key {TEST_KEY}"
    assert json.loads(request.content) == {"allowed_apps": ["flow"], "token_expiration": 120}


def test_the_app_and_the_url() -> None:
    assert alias_of("fal-ai/flux/schnell") == "flux"
    assert alias_of("fal-ai/fast-lcm-diffusion") == "fast-lcm-diffusion"
    assert alias_of("workflows/me/flow/step") == "flow"
    assert alias_of("comfy/me/graph") == "graph"
    host = httpx.URL("wss://fal.run")
    assert socket_url(host, "fal-ai/app", "t+1", 3) == (
        "wss://fal.run/fal-ai/app/realtime?fal_jwt_token=t%2B1&max_buffering=3"
    )
    assert socket_url(host, "fal-ai/app/realtime", "t", None) == (
        "wss://fal.run/fal-ai/app/realtime?fal_jwt_token=t"  # not doubled
    )


# ---------------------------------------------------------------- the options


@pytest.mark.parametrize(
    "options",
    [
        {"max_buffering": 0},
        {"max_buffering": 61},
        {"max_buffering": True},
        {"max_buffering": 2.0},
        {"throttle": -0.1},
        {"throttle": float("nan")},
        {"timeout": 0},
        {"timeout": "1"},
    ],
)
def test_options_are_checked_before_connecting(
    client: Client, state: RealtimeState, options: dict[str, Any]
) -> None:
    with pytest.raises(ConfigurationError):
        session(client, ENDPOINT, **options)
    assert state.tokens_issued == 0


def test_max_buffering_from_1_to_60_is_taken(client: Client) -> None:
    assert session(client, ENDPOINT, max_buffering=1).max_buffering == 1
    assert session(client, ENDPOINT, max_buffering=60).max_buffering == 60


@pytest.mark.parametrize("module", ["websockets.sync.client", "msgpack"])
def test_missing_extras_say_what_to_install(
    client: Client, monkeypatch: pytest.MonkeyPatch, module: str
) -> None:
    monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(ConfigurationError, match=r"uniapi-fal\[realtime\]"):
        session(client, ENDPOINT)


def test_the_throttle_sends_the_first_then_only_the_latest(
    client: Client, state: RealtimeState
) -> None:
    now = [1000.0]
    client._clock = lambda: now[0]  # the throttle's window, frozen until moved
    with session(client, FluxSchnellInput, throttle=0.05) as rt:
        for prompt in "abcd":  # a at once; b and c replaced; d when the window ends
            rt.send(FluxSchnellInput(prompt=prompt))
        assert rt.receive().prompt == "a"
        assert rt.receive().prompt == "d"
        now[0] += 1  # past the window: at once again
        rt.send(FluxSchnellInput(prompt="e"))
        assert rt._flush_timer is None
        assert rt.receive().prompt == "e"
    assert prompts(state) == ["a", "d", "e"]


# ------------------------------------------------------------------ async


@pytest.mark.anyio
async def test_the_async_session_does_the_same(
    served: RunningEmulator, state: RealtimeState
) -> None:
    async with AsyncClient(api_key=TEST_KEY, base_url=served.base_url) as client:
        async with async_session(client, FluxSchnellInput) as rt:
            for i in range(3):
                await rt.send(FluxSchnellInput(prompt=f"fox {i}"))
            outs = [await rt.receive() for _ in range(3)]
            with pytest.raises(InputValidationError):
                await rt.send({"prompt": 3})
            await rt.send(FluxSchnellInput(prompt="EMULATOR_FAIL"))
            with pytest.raises(RealtimeError) as failed:
                await rt.receive()
        assert [out.prompt for out in outs] == ["fox 0", "fox 1", "fox 2"]
        assert all(isinstance(out, FluxSchnellOutput) for out in outs)
        assert failed.value.error == "INTERNAL_ERROR"

        state.inputs_per_session = 2
        async with async_session(client, ENDPOINT, max_buffering=2) as rt:
            await rt.send({"prompt": "one"})
            await rt.send({"prompt": "two"})
            assert [out.prompt async for out in rt] == ["one", "two"]

        state.token_seconds = 0
        with pytest.raises(AuthenticationError, match="realtime token was refused"):
            await async_session(client, ENDPOINT).connect()
    (socket, *_) = [r for r in served.emulator.requests if r.path.endswith("/realtime")]
    assert "authorization" not in socket.headers and TEST_KEY not in socket.query


@pytest.mark.anyio
async def test_the_async_throttle(served: RunningEmulator, state: RealtimeState) -> None:
    now = [1000.0]
    async with AsyncClient(api_key=TEST_KEY, base_url=served.base_url) as client:
        client._clock = lambda: now[0]
        async with async_session(client, FluxSchnellInput, throttle=0.05) as rt:
            for prompt in "abcd":
                await rt.send(FluxSchnellInput(prompt=prompt))
            assert (await rt.receive()).prompt == "a"
            assert (await rt.receive()).prompt == "d"
            now[0] += 1
            await rt.send(FluxSchnellInput(prompt="e"))
            assert rt._flush_timer is None
            assert (await rt.receive()).prompt == "e"
    assert prompts(state) == ["a", "d", "e"]


# --------------------------------------------------------- the emulator's side


def test_the_emulator_refuses_bad_tokens_at_the_handshake(
    served: RunningEmulator, state: RealtimeState
) -> None:
    with pytest.raises(InvalidStatus) as unknown:
        raw_socket(served, "not-a-token")
    assert unknown.value.response.status_code == 401
    other_app = token_for(served, "kling-video")
    with pytest.raises(InvalidStatus) as wrong_app:
        raw_socket(served, other_app)
    assert wrong_app.value.response.status_code == 403
    no_key = httpx.post(f"{served.base_url}/_rest/tokens/", json={"allowed_apps": ["flux"]})
    assert no_key.status_code == 401
    bad_body = httpx.post(
        f"{served.base_url}/_rest/tokens/",
        json={"allowed_apps": []},
        headers={"Authorization": f"Key {TEST_KEY}"},
    )
    assert bad_body.status_code == 422


def test_the_emulator_checks_each_input_against_the_spec(
    served: RunningEmulator, state: RealtimeState
) -> None:
    with raw_socket(served, token_for(served, "flux")) as ws:
        ws.send(msgpack.packb({"prompt": 3}, use_bin_type=True))
        error = json.loads(ws.recv(timeout=5))
        ws.send(msgpack.packb({"prompt": "ok"}, use_bin_type=True))
        timings = json.loads(ws.recv(timeout=5))
        result = msgpack.unpackb(ws.recv(timeout=5), raw=False)
    assert error["type"] == "x-fal-error" and error["error"] == "INTERNAL_ERROR"
    assert "prompt" in error["reason"] and error["detail"][0]["loc"] == ["body", "prompt"]
    assert timings == {"type": "x-fal-message", "action": "timings", "timing": 0.001}
    assert result["prompt"] == "ok" and result["images"]


def test_the_emulator_ends_an_idle_session_normally(
    served: RunningEmulator, state: RealtimeState
) -> None:
    state.idle_seconds = 0.05
    with raw_socket(served, token_for(served, "flux")) as ws:
        notice = json.loads(ws.recv(timeout=5))
        with pytest.raises(ConnectionClosedOK):
            ws.recv(timeout=5)
    assert notice["error"] == "TIMEOUT"
