"""A planted key never shows in reprs, logs, exceptions or tracebacks, and never leaves
the configured host."""

from __future__ import annotations

import logging
import pickle
import traceback

import httpx
import pytest

from fal_queue_emulator import RunningEmulator
from uniapi_fal import APIStatusError, AsyncClient, Client, FalError
from uniapi_fal._auth import APIKey

from ._inputs import SEED_BODY, SEED_ENDPOINT, SEED_SUBMIT_ANSWER

PLANTED = "sk-planted-7f3a9c1e5b"


def everything_about(error: BaseException) -> str:
    """What a user could print of an exception: str, repr, a traceback with locals."""
    parts = [str(error), repr(error), *traceback.format_exception(error)]
    parts += traceback.TracebackException.from_exception(error, capture_locals=True).format()
    parts.append(repr(vars(error)))
    return "".join(parts)


def test_reprs_hide_the_key() -> None:
    client = Client(api_key=PLANTED)
    aclient = AsyncClient(api_key=PLANTED)
    for shown in (repr(client), str(client), repr(aclient), repr(vars(client)), repr(client._auth)):
        assert PLANTED not in shown
    key = APIKey(PLANTED)
    assert PLANTED not in repr(key) and PLANTED not in str(key) and PLANTED not in f"{key}"
    with pytest.raises(TypeError):
        pickle.dumps(key)


@pytest.mark.parametrize("code", [401, 403, 422, 500, 520])
def test_errors_and_their_tracebacks_hide_the_key(code: int) -> None:
    def echo(request: httpx.Request) -> httpx.Response:  # a server that echoes the header back
        return httpx.Response(code, json={"detail": f"rejected {request.headers['authorization']}"})

    client = Client(api_key=PLANTED, http_client=httpx.Client(transport=httpx.MockTransport(echo)))
    client._sleep = lambda s: None
    for call in (
        lambda: client.submit(SEED_ENDPOINT, SEED_BODY),
        lambda: client.job(SEED_ENDPOINT, "abc").status(),
    ):
        with pytest.raises(FalError) as caught:
            call()
        assert PLANTED not in everything_about(caught.value)


def test_debug_log_shows_requests_with_the_key_redacted(
    emulator: RunningEmulator, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("UNIAPI_FAL_LOG", "debug")
    with caplog.at_level(logging.DEBUG):
        with Client(api_key=PLANTED, base_url=emulator.base_url) as client:
            client.run(SEED_ENDPOINT, SEED_BODY, timeout=30)
    assert "request POST" in caplog.text and "Key ****" in caplog.text
    assert PLANTED not in caplog.text
    logger = logging.getLogger("uniapi_fal")
    for handler in [h for h in logger.handlers if getattr(h, "_uniapi_fal", False)]:
        logger.removeHandler(handler)
    logger.setLevel(logging.NOTSET)


def test_key_goes_to_the_configured_origin_only() -> None:
    seen: dict[str, str | None] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        seen[str(request.url)] = request.headers.get("authorization")
        if request.url.host == "gw.example":
            return httpx.Response(302, headers={"location": "https://elsewhere.example/x"})
        return httpx.Response(200, json=SEED_SUBMIT_ANSWER)

    http = httpx.Client(transport=httpx.MockTransport(handler), follow_redirects=True)
    client = Client(api_key=PLANTED, base_url="https://gw.example", http_client=http)
    with pytest.raises(APIStatusError, match="Redirects are not followed"):
        client.job(SEED_ENDPOINT, "abc").status()  # not followed, though the client would
    assert seen == {
        "https://gw.example/fal-ai/kling-video/requests/abc/status?logs=0": f"Key {PLANTED}"
    }
    # A different port or scheme on the same host name is another origin too.
    other = httpx.Request("GET", "http://gw.example:8080/x")
    assert "authorization" not in next(client._auth.auth_flow(other)).headers


def test_foreign_host_never_sees_the_key(emulator: RunningEmulator) -> None:
    """The emulator answers with URLs on `localhost`: a whole job never calls them."""
    emulator.emulator.clear_requests()
    with Client(api_key=PLANTED, base_url=emulator.base_url) as client:
        client.run(SEED_ENDPOINT, SEED_BODY, timeout=30)
    port = httpx.URL(emulator.base_url).port
    foreign = [r for r in emulator.emulator.requests if r.host == f"localhost:{port}"]
    assert foreign == []
    assert all(
        PLANTED in (r.headers.get("authorization") or "") for r in emulator.emulator.requests
    )
