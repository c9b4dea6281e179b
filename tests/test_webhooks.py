"""`uniapi_fal.webhooks`: fal's signature scheme, the JWKS cache, and deliveries from the emulator.

Signatures come from the emulator's signer (`Emulator.sign_webhook`), so both sides
of the scheme are checked against each other and against fal's documented format.
Clocks are injected (`now=`, `clock=`); only the end-to-end tests and the hostile key
servers (on 127.0.0.1, trickling or stalling) take real time, each bounded by a
sub-second fetch deadline.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import gzip
import hashlib
import json
import math
import queue
import sys
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import anyio
import anyio.to_thread
import httpx
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from fal_queue_emulator import JWKS_PATH, Emulator, EmulatorConfig, RunningEmulator
from uniapi_fal import (
    AsyncClient,
    Client,
    FalError,
    JobFailedError,
    ResponseParseError,
    UnknownEndpointError,
)
from uniapi_fal.models import FluxDevOutput, KlingVideoV21StandardImageToVideoOutput
from uniapi_fal.webhooks import (
    FAL_JWKS_URL,
    JWKS,
    MAX_JWKS_BYTES,
    JWKSFetchError,
    WebhookEvent,
    WebhookVerificationError,
    averify,
    signed_message,
    verify,
)

from .conftest import SPEC

NOW = 1_780_000_000
RID = "024ca5b1-45d3-4afd-883e-ad3abe2a1c4d"
FLUX = "fal-ai/flux/dev"
HEADER_NAMES = (
    "X-Fal-Webhook-Request-Id",
    "X-Fal-Webhook-User-Id",
    "X-Fal-Webhook-Timestamp",
    "X-Fal-Webhook-Signature",
)

SIGNER = Emulator(EmulatorConfig(spec_path=SPEC, webhook_user_id="user-42"))
OTHER_SIGNER = Emulator(EmulatorConfig(spec_path=SPEC, webhook_user_id="user-42"))
FLUX_EXAMPLE: dict[str, Any] = SIGNER.output_for(FLUX, {"prompt": "a fox"}, RID)
"""What the emulator returns for a flux job (built from the FluxDevOutput schema)."""


def fal_body(status: str = "OK", payload: Any = FLUX_EXAMPLE, **extra: Any) -> bytes:
    data = {"request_id": RID, "gateway_request_id": RID, "status": status, "payload": payload}
    return json.dumps({**data, **extra}).encode()


def delivery(
    body: bytes | None = None, signer: Emulator = SIGNER, timestamp: int = NOW
) -> tuple[dict[str, str], bytes]:
    body = fal_body() if body is None else body
    return signer.sign_webhook(RID, body, timestamp=timestamp), body


# --------------------------------------------------------------------- the scheme


def test_a_valid_delivery_verifies_and_gives_a_typed_output() -> None:
    headers, body = delivery()
    event = verify(headers, body, SIGNER.webhook_jwks(), now=NOW)
    assert event == WebhookEvent(
        request_id=RID,
        gateway_request_id=RID,
        status="OK",
        payload=FLUX_EXAMPLE,
        user_id="user-42",
        timestamp=NOW,
    )
    assert event.ok and event.error is None and event.payload_error is None
    out = event.output_as(FluxDevOutput)
    assert isinstance(out, FluxDevOutput)
    assert out.images[0].url == FLUX_EXAMPLE["images"][0]["url"]
    assert event.output(FLUX) == out


def test_the_signed_message_is_fals_four_lines() -> None:
    body = b'{"a": 1}'
    digest = hashlib.sha256(body).hexdigest()
    assert signed_message("r", "u", "17", body) == f"r\nu\n17\n{digest}".encode()
    headers = SIGNER.sign_webhook("r", body, timestamp=17)
    assert headers["X-Fal-Webhook-Timestamp"] == "17"
    key = base64.urlsafe_b64decode(SIGNER.webhook_jwks()["keys"][0]["x"] + "=")
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    Ed25519PublicKey.from_public_bytes(key).verify(
        bytes.fromhex(headers["X-Fal-Webhook-Signature"]),
        signed_message("r", "user-42", "17", body),
    )


@pytest.mark.parametrize("case", [str.lower, str.upper, lambda name: name])
def test_header_names_are_matched_in_any_case(case: Callable[[str], str]) -> None:
    headers, body = delivery()
    event = verify({case(k): v for k, v in headers.items()}, body, SIGNER.webhook_jwks(), now=NOW)
    assert event.request_id == RID
    assert verify(httpx.Headers(headers), body, JWKS.from_keys(SIGNER.webhook_jwks()), now=NOW).ok


def test_a_tampered_body_is_rejected() -> None:
    headers, body = delivery()
    forged = body.replace(b"http://", b"http://evil.")  # the file URLs
    assert forged != body
    with pytest.raises(WebhookVerificationError, match="matches no key.*changed on the way"):
        verify(headers, forged, SIGNER.webhook_jwks(), now=NOW)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("X-Fal-Webhook-Request-Id", "11111111-45d3-4afd-883e-ad3abe2a1c4d"),
        ("X-Fal-Webhook-User-Id", "someone-else"),
        ("X-Fal-Webhook-Timestamp", str(NOW + 1)),
    ],
)
def test_a_tampered_signed_header_is_rejected(name: str, value: str) -> None:
    headers, body = delivery()
    with pytest.raises(WebhookVerificationError, match="matches no key"):
        verify({**headers, name: value}, body, SIGNER.webhook_jwks(), now=NOW)


def test_timestamps_outside_the_tolerance_are_rejected_with_the_seconds() -> None:
    headers, body = delivery()
    jwks = SIGNER.webhook_jwks()
    assert verify(headers, body, jwks, now=NOW + 300).ok  # the edges are allowed
    assert verify(headers, body, jwks, now=NOW - 300).ok
    with pytest.raises(WebhookVerificationError, match=r"is 301 s old, more than the 300 s"):
        verify(headers, body, jwks, now=NOW + 301)
    with pytest.raises(WebhookVerificationError, match=r"is 3600 s in the future"):
        verify(headers, body, jwks, now=NOW - 3600)
    with pytest.raises(WebhookVerificationError, match=r"is 11 s old, more than the 10 s"):
        verify(headers, body, jwks, now=NOW + 11, tolerance=10)


def test_the_timestamp_defaults_to_the_system_clock() -> None:
    body = fal_body()
    headers = SIGNER.sign_webhook(RID, body)  # signed now
    assert verify(headers, body, SIGNER.webhook_jwks()).ok
    with pytest.raises(WebhookVerificationError, match="s old"):
        verify(*delivery(timestamp=NOW - 10_000_000), SIGNER.webhook_jwks())


def test_a_delivery_signed_by_another_key_is_rejected() -> None:
    headers, body = delivery(signer=OTHER_SIGNER)
    with pytest.raises(WebhookVerificationError, match="signed by another key"):
        verify(headers, body, SIGNER.webhook_jwks(), now=NOW)
    both = {"keys": SIGNER.webhook_jwks()["keys"] + OTHER_SIGNER.webhook_jwks()["keys"]}
    assert verify(headers, body, both, now=NOW).ok  # any key of the set will do


@pytest.mark.parametrize("missing", HEADER_NAMES)
def test_a_missing_header_is_named(missing: str) -> None:
    headers, body = delivery()
    del headers[missing]
    with pytest.raises(WebhookVerificationError, match=f"missing header {missing}"):
        verify(headers, body, SIGNER.webhook_jwks(), now=NOW)
    with pytest.raises(WebhookVerificationError) as blank:  # present: the checks decide
        verify({**headers, missing: "  "}, body, SIGNER.webhook_jwks(), now=NOW)
    assert "missing header" not in str(blank.value)


def test_an_empty_user_id_signed_by_fal_verifies(monkeypatch: pytest.MonkeyPatch) -> None:
    """fal may send `X-Fal-Webhook-User-Id:` empty; the signature covers it, and decides."""
    monkeypatch.setattr(SIGNER._signer, "user_id", "")
    headers, body = delivery()
    assert headers["X-Fal-Webhook-User-Id"] == ""
    event = verify(headers, body, SIGNER.webhook_jwks(), now=NOW)
    assert event.ok and event.user_id == ""


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("X-Fal-Webhook-Signature", "zz" * 64, "is not hex"),
        ("X-Fal-Webhook-Signature", "ab cd" * 32, "is not hex"),
        ("X-Fal-Webhook-Signature", "ab" * 32, "64 hex digits; an Ed25519 signature has 128"),
        ("X-Fal-Webhook-Timestamp", "1.78e9", "not unix seconds"),
        ("X-Fal-Webhook-Timestamp", "-5", "not unix seconds"),
        ("X-Fal-Webhook-Timestamp", "9" * 5000, "not unix seconds"),
    ],
)
def test_malformed_headers_are_typed_errors(name: str, value: str, message: str) -> None:
    headers, body = delivery()
    with pytest.raises(WebhookVerificationError, match=message):
        verify({**headers, name: value}, body, SIGNER.webhook_jwks(), now=NOW)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"not json", "is not JSON"),
        (b"\xff\xfe", "is not JSON"),
        (b"[1, 2]", "not a JSON object"),
        (b'{"request_id": "x"}', "not a fal webhook"),
        (b'{"status": "OK", "payload": [1]}', "not a fal webhook"),
    ],
)
def test_a_signed_body_that_is_not_a_fal_webhook_is_a_typed_error(
    body: bytes, message: str
) -> None:
    headers, body = delivery(body)
    with pytest.raises(WebhookVerificationError, match=message):
        verify(headers, body, SIGNER.webhook_jwks(), now=NOW)


@pytest.mark.parametrize(
    ("jwks", "message"),
    [
        ([], "not a JSON object"),
        ({}, 'no "keys" list'),
        ({"keys": "abc"}, 'no "keys" list'),
        ({"keys": ["abc"]}, "key 0: not an object"),
        ({"keys": []}, "none of its 0 keys"),
        ({"keys": [{"kty": "RSA", "n": "AQAB", "e": "AQAB"}]}, "none of its 1 keys"),
        ({"keys": [{"kty": "OKP", "crv": "Ed25519"}]}, 'no "x" string'),
        ({"keys": [{"kty": "OKP", "crv": "Ed25519", "x": "AAAA"}]}, "3 bytes"),
        ({"keys": [{"kty": "OKP", "crv": "Ed25519", "x": "!!!!"}]}, "not base64url"),
    ],
)
def test_a_malformed_jwks_is_a_typed_error(jwks: Any, message: str) -> None:
    headers, body = delivery()
    with pytest.raises(WebhookVerificationError, match=f"malformed JWKS.*{message}"):
        verify(headers, body, jwks, now=NOW)
    with pytest.raises(WebhookVerificationError, match="malformed JWKS"):
        JWKS.from_keys(jwks)


def test_other_key_types_next_to_ed25519_are_skipped() -> None:
    headers, body = delivery()
    mixed = {"keys": [{"kty": "RSA", "n": "AQAB", "e": "AQAB"}, *SIGNER.webhook_jwks()["keys"]]}
    assert verify(headers, body, mixed, now=NOW).ok


@pytest.mark.parametrize(
    "unusable",
    [
        {"kty": "OKP", "crv": "Ed25519"},
        {"kty": "OKP", "crv": "Ed25519", "x": "AAAA"},
        {"kty": "OKP", "crv": "Ed25519", "x": "!!!!"},
        "not an object",
    ],
    ids=["no-x", "short-x", "not-base64url", "not-an-object"],
)
def test_an_unusable_key_beside_a_good_one_is_skipped(
    unusable: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """RFC 7517 section 5: keys that cannot be used are ignored, not fatal."""
    headers, body = delivery()
    jwks = {"keys": [unusable, *SIGNER.webhook_jwks()["keys"]]}
    with caplog.at_level("WARNING", logger="uniapi_fal.webhooks"):
        assert verify(headers, body, jwks, now=NOW).ok
    assert "skipped key 0" in caplog.text


def test_errors_are_fal_errors_with_the_fix_in_the_message() -> None:
    assert issubclass(WebhookVerificationError, FalError)
    assert issubclass(JWKSFetchError, WebhookVerificationError)
    with pytest.raises(TypeError, match="raw bytes"):
        verify({}, json.loads(fal_body()), SIGNER.webhook_jwks())  # type: ignore[arg-type]


def test_missing_cryptography_says_which_extra_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "cryptography.hazmat.primitives.asymmetric", None)
    with pytest.raises(ModuleNotFoundError, match=r"pip install 'uniapi-fal\[webhooks\]'"):
        JWKS.from_keys(SIGNER.webhook_jwks())


# ------------------------------------------------------------------------- events


def test_output_of_another_model_is_a_response_parse_error() -> None:
    event = verify(*delivery(), SIGNER.webhook_jwks(), now=NOW)
    with pytest.raises(ResponseParseError, match="does not match KlingVideoV21Standard") as info:
        event.output_as(KlingVideoV21StandardImageToVideoOutput)
    assert info.value.request_id == RID
    assert info.value.endpoint == "fal-ai/kling-video/v2.1/standard/image-to-video"
    with pytest.raises(UnknownEndpointError):
        event.output("fal-ai/nope")


def test_a_failed_job_has_no_output() -> None:
    body = fal_body("ERROR", None, error="Emulated model failure", payload_error=None)
    event = verify(*delivery(body), SIGNER.webhook_jwks(), now=NOW)
    assert not event.ok and event.error == "Emulated model failure" and event.payload is None
    with pytest.raises(JobFailedError, match="Emulated model failure") as info:
        event.output(FLUX)
    assert info.value.endpoint == FLUX and info.value.request_id == RID
    with pytest.raises(JobFailedError):
        event.output_as(FluxDevOutput)


def test_ok_without_payload_says_why_and_how_to_fetch_it() -> None:
    body = fal_body("OK", None, payload_error="Payload too large")
    event = verify(*delivery(body), SIGNER.webhook_jwks(), now=NOW)
    with pytest.raises(
        ResponseParseError, match=r"Payload too large.*client.job\('fal-ai/flux/dev'"
    ):
        event.output(FLUX)


# ----------------------------------------------------------------- the JWKS cache


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@dataclass
class KeyServer:
    """A JWKS URL behind `httpx.MockTransport`, counting fetches."""

    jwks: Any
    status: int = 200
    fetches: int = 0
    fail: bool = False
    urls: list[str] = field(default_factory=list)

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.fetches += 1
        self.urls.append(str(request.url))
        if self.fail:
            raise httpx.ConnectError("no route to host", request=request)
        if isinstance(self.jwks, bytes):
            return httpx.Response(self.status, content=self.jwks)
        return httpx.Response(self.status, json=self.jwks)

    def cache(self, clock: FakeClock, **kwargs: Any) -> JWKS:
        http = httpx.Client(transport=httpx.MockTransport(self.handler))
        return JWKS(http_client=http, clock=clock, **kwargs)


def test_the_cache_fetches_fals_url_once_and_reuses_it() -> None:
    server, clock = KeyServer(SIGNER.webhook_jwks()), FakeClock()
    cache = server.cache(clock)
    assert server.fetches == 0  # nothing before first use
    for _ in range(3):
        assert verify(*delivery(), cache, now=NOW).ok
        clock.now += 100
    assert server.fetches == 1 and server.urls == [FAL_JWKS_URL]


def test_key_rotation_refetches_once_per_minute_at_most() -> None:
    server, clock = KeyServer(SIGNER.webhook_jwks()), FakeClock()
    cache = server.cache(clock)
    assert verify(*delivery(), cache, now=NOW).ok
    server.jwks = {"keys": SIGNER.webhook_jwks()["keys"] + OTHER_SIGNER.webhook_jwks()["keys"]}

    clock.now = 30.0  # rotated, but the last fetch was 30 s ago: no refetch yet
    with pytest.raises(WebhookVerificationError, match="matches no key"):
        verify(*delivery(signer=OTHER_SIGNER), cache, now=NOW)
    assert server.fetches == 1

    clock.now = 61.0  # the unknown key triggers one refetch, which knows it
    assert verify(*delivery(signer=OTHER_SIGNER), cache, now=NOW).ok
    assert server.fetches == 2
    assert verify(*delivery(signer=OTHER_SIGNER), cache, now=NOW).ok
    assert verify(*delivery(), cache, now=NOW).ok
    assert server.fetches == 2

    forged = delivery(signer=Emulator(EmulatorConfig(spec_path=SPEC)))
    for _ in range(5):  # forgeries cannot make it fetch more than once a minute
        with pytest.raises(WebhookVerificationError):
            verify(*forged, cache, now=NOW)
    assert server.fetches == 2
    clock.now = 130.0
    with pytest.raises(WebhookVerificationError):
        verify(*forged, cache, now=NOW)
    assert server.fetches == 3


def test_the_ttl_is_honoured() -> None:
    server, clock = KeyServer(SIGNER.webhook_jwks()), FakeClock()
    cache = server.cache(clock, ttl=600)
    assert verify(*delivery(), cache, now=NOW).ok
    clock.now = 599.0
    assert verify(*delivery(), cache, now=NOW).ok and server.fetches == 1
    clock.now = 600.0
    assert verify(*delivery(), cache, now=NOW).ok and server.fetches == 2
    clock.now = 1000.0
    assert verify(*delivery(), cache, now=NOW).ok and server.fetches == 2


def test_a_failed_refresh_keeps_the_known_keys() -> None:
    server, clock = KeyServer(SIGNER.webhook_jwks()), FakeClock()
    cache = server.cache(clock, ttl=600)
    assert verify(*delivery(), cache, now=NOW).ok
    server.fail = True
    clock.now = 700.0
    assert verify(*delivery(), cache, now=NOW).ok  # stale keys, logged
    assert server.fetches == 2
    server.fail, server.jwks = False, b"<html>maintenance</html>"
    clock.now = 800.0
    assert verify(*delivery(), cache, now=NOW).ok
    assert server.fetches == 3
    server.jwks = SIGNER.webhook_jwks()
    clock.now = 805.0  # a failed refresh is retried a minute later, not at once
    assert verify(*delivery(), cache, now=NOW).ok and server.fetches == 3
    clock.now = 860.0
    assert verify(*delivery(), cache, now=NOW).ok and server.fetches == 4
    clock.now = 900.0
    assert verify(*delivery(), cache, now=NOW).ok and server.fetches == 4  # fresh again


@pytest.mark.parametrize(
    ("server", "error", "message"),
    [
        (KeyServer(None, fail=True), JWKSFetchError, "could not fetch.*ConnectError"),
        (KeyServer({"detail": "down"}, status=503), JWKSFetchError, "HTTP 503"),
        (KeyServer(b"<html>oops</html>"), WebhookVerificationError, "malformed JWKS.*not JSON"),
        (KeyServer({"keys": [{"kty": "OKP", "crv": "Ed25519"}]}), WebhookVerificationError, '"x"'),
    ],
)
def test_a_key_server_that_fails_is_a_typed_error(
    server: KeyServer, error: type[Exception], message: str
) -> None:
    cache = server.cache(FakeClock())
    with pytest.raises(error, match=message):
        verify(*delivery(), cache, now=NOW)


def test_a_fixed_key_set_never_fetches() -> None:
    cache = JWKS.from_keys(SIGNER.webhook_jwks())
    assert verify(*delivery(), cache, now=NOW).ok
    with pytest.raises(WebhookVerificationError):
        verify(*delivery(signer=OTHER_SIGNER), cache, now=NOW)
    cache.refresh()  # nothing to refresh


def test_the_cache_is_thread_safe() -> None:
    server, clock = KeyServer(SIGNER.webhook_jwks()), FakeClock()
    cache = server.cache(clock)
    results: list[bool] = []

    def work() -> None:
        for _ in range(20):
            results.append(verify(*delivery(), cache, now=NOW).ok)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [True] * 160 and server.fetches == 1


# --------------------------------------------------------- property: no forgery


def _mutations() -> st.SearchStrategy[
    Callable[[dict[str, str], bytes], tuple[dict[str, str], bytes]]
]:
    """Changes to a valid delivery, each of which must make it fail."""

    @st.composite
    def body_change(
        draw: st.DrawFn,
    ) -> Callable[[dict[str, str], bytes], tuple[dict[str, str], bytes]]:
        new = draw(st.binary(max_size=400))
        position = draw(st.integers(min_value=0, max_value=400))
        kind = draw(st.sampled_from(["replace", "insert", "truncate", "flip"]))

        def apply(headers: dict[str, str], body: bytes) -> tuple[dict[str, str], bytes]:
            at = position % (len(body) + 1)
            if kind == "replace":
                changed = new
            elif kind == "insert":
                changed = body[:at] + (new or b" ") + body[at:]
            elif kind == "truncate":
                changed = body[: at if at < len(body) else len(body) - 1]
            elif body:
                at = min(at, len(body) - 1)
                changed = body[:at] + bytes([body[at] ^ (1 + position % 255)]) + body[at + 1 :]
            else:
                changed = b"x"
            assume(changed != body)
            return headers, changed

        return apply

    @st.composite
    def header_change(
        draw: st.DrawFn,
    ) -> Callable[[dict[str, str], bytes], tuple[dict[str, str], bytes]]:
        name = draw(st.sampled_from(HEADER_NAMES))
        kind = draw(st.sampled_from(["replace", "drop", "rename", "edit"]))
        text = draw(st.text(max_size=140))
        position = draw(st.integers(min_value=0, max_value=200))

        def apply(headers: dict[str, str], body: bytes) -> tuple[dict[str, str], bytes]:
            changed = dict(headers)
            if name not in changed:  # dropped by an earlier change
                changed[name] = text
                return changed, body
            old = changed[name]
            if kind == "drop":
                del changed[name]
            elif kind == "rename":
                changed[name + (text or "x")] = changed.pop(name)
            else:
                at = position % (len(old) + 1)
                value = text if kind == "replace" else old[:at] + text + old[at + 1 :]
                same = value.strip().lower() == old.lower()
                assume(not same)
                changed[name] = value
            return changed, body

        return apply

    return st.one_of(body_change(), header_change())


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_mutations(), min_size=1, max_size=3))
def test_no_mutation_of_a_valid_delivery_verifies(
    mutations: list[Callable[[dict[str, str], bytes], tuple[dict[str, str], bytes]]],
) -> None:
    headers, body = delivery()
    for mutate in mutations:
        headers, body = mutate(headers, body)
    assume((headers, body) != delivery())
    with pytest.raises(WebhookVerificationError):
        verify(headers, body, SIGNER.webhook_jwks(), now=NOW)


@settings(max_examples=200)
@given(
    st.dictionaries(
        st.sampled_from([*HEADER_NAMES, "content-type", "x-other"]) | st.text(max_size=20),
        st.text(max_size=150),
    ),
    st.binary(max_size=300),
)
def test_arbitrary_requests_raise_only_verification_errors(
    headers: dict[str, str], body: bytes
) -> None:
    with pytest.raises(WebhookVerificationError):
        verify(headers, body, SIGNER.webhook_jwks(), now=NOW)


# ------------------------------------------------- end to end, through the emulator


@dataclass
class Delivery:
    path: str
    headers: dict[str, str]
    body: bytes


class Receiver:
    """A webhook receiver on 127.0.0.1 (free port) that records every POST."""

    def __init__(self) -> None:
        self.deliveries: queue.Queue[Delivery] = queue.Queue()
        received = self.deliveries

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                received.put(Delivery(self.path, dict(self.headers.items()), body))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def next(self, timeout: float = 10.0) -> Delivery:
        return self.deliveries.get(timeout=timeout)

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    server = Receiver()
    yield server
    server.close()


def test_end_to_end_a_completed_job_is_delivered_and_verifies(
    emulator: RunningEmulator, client: Client, receiver: Receiver
) -> None:
    sent_before = emulator.emulator.stats().webhooks_sent
    job = client.submit(FLUX, {"prompt": "a fox"}, webhook_url=f"{receiver.url}/hooks/fal?x=1")
    got = receiver.next()
    assert got.path == "/hooks/fal?x=1"
    assert got.headers["Content-Type"] == "application/json"
    event = verify(got.headers, got.body, JWKS(url=emulator.base_url + JWKS_PATH))
    assert event.request_id == job.request_id == event.gateway_request_id
    assert event.ok and event.user_id == "emulator-user"
    assert event.output(FLUX) == job.result()
    assert isinstance(event.output_as(FluxDevOutput), FluxDevOutput)
    deadline = time.monotonic() + 10  # counted once the receiver's answer is in
    while emulator.emulator.stats().webhooks_sent == sent_before and time.monotonic() < deadline:
        time.sleep(0.01)
    assert emulator.emulator.stats().webhooks_sent == sent_before + 1
    assert receiver.deliveries.empty()  # once only
    with pytest.raises(WebhookVerificationError, match="matches no key"):  # fal's keys differ
        verify(got.headers, got.body, OTHER_SIGNER.webhook_jwks())


def test_end_to_end_a_failed_job_delivers_error(
    emulator: RunningEmulator, client: Client, receiver: Receiver
) -> None:
    job = client.submit(FLUX, {"prompt": "EMULATOR_FAIL"}, webhook_url=receiver.url)
    got = receiver.next()
    event = verify(got.headers, got.body, emulator.emulator.webhook_jwks())
    assert event.request_id == job.request_id
    assert event.status == "ERROR" and not event.ok
    assert event.payload is None and event.error == "Emulated model failure"
    assert json.loads(got.body)["payload_error"] is None
    with pytest.raises(JobFailedError):
        event.output(FLUX)


def test_end_to_end_a_job_nobody_polls_is_delivered_too(
    emulator: RunningEmulator, client: Client, receiver: Receiver
) -> None:
    ids = {
        client.submit(FLUX, {"prompt": f"fox {i}"}, webhook_url=receiver.url).request_id
        for i in range(5)
    }
    events = [
        verify(d.headers, d.body, emulator.emulator.webhook_jwks())
        for d in (receiver.next() for _ in ids)
    ]
    assert {event.request_id for event in events} == ids


# ------------------------------------------------ hostile key servers on 127.0.0.1

FAST_DEADLINE = 0.6
"""The JWKS deadline of these tests; their servers would take far longer."""
SLACK = 0.5
"""What a busy machine may add to a deadline (thread start, a last 0.2 s trickle)."""
JWKS_BYTES = json.dumps(SIGNER.webhook_jwks()).encode()

Behaviour = Callable[[BaseHTTPRequestHandler, threading.Event, int], None]


def serve_keys(handler: BaseHTTPRequestHandler, stop: threading.Event, number: int) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(JWKS_BYTES)))
    handler.end_headers()
    handler.wfile.write(JWKS_BYTES)


def trickle(handler: BaseHTTPRequestHandler, stop: threading.Event, number: int) -> None:
    """The real keys, one byte every 0.2 s: about a minute in all."""
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(JWKS_BYTES)))
    handler.end_headers()
    for i in range(len(JWKS_BYTES)):
        handler.wfile.write(JWKS_BYTES[i : i + 1])
        handler.wfile.flush()
        if stop.wait(0.2):
            return


def stall_mid_body(handler: BaseHTTPRequestHandler, stop: threading.Event, number: int) -> None:
    handler.send_response(200)
    handler.send_header("Content-Length", str(len(JWKS_BYTES)))
    handler.end_headers()
    handler.wfile.write(JWKS_BYTES[:10])
    handler.wfile.flush()
    stop.wait(30)


def trickle_then_stall(handler: BaseHTTPRequestHandler, stop: threading.Event, number: int) -> None:
    """A byte every 0.05 s for 0.9 s, then nothing: each read returns well within any read
    timeout, and the last one waits a whole read timeout more."""
    handler.send_response(200)
    handler.send_header("Content-Length", str(len(JWKS_BYTES)))
    handler.end_headers()
    for i in range(18):
        handler.wfile.write(JWKS_BYTES[i : i + 1])
        handler.wfile.flush()
        if stop.wait(0.05):
            return
    stop.wait(30)


def silent(handler: BaseHTTPRequestHandler, stop: threading.Event, number: int) -> None:
    stop.wait(30)  # accepts, then never answers


def endless(handler: BaseHTTPRequestHandler, stop: threading.Event, number: int) -> None:
    handler.send_response(200)
    handler.end_headers()  # no length: the body runs until the connection closes
    chunk = b"[" * 65536
    for _ in range(1024):  # 64 MiB at most, if nothing stopped it
        if stop.is_set():
            return
        handler.wfile.write(chunk)


def declares_huge(handler: BaseHTTPRequestHandler, stop: threading.Event, number: int) -> None:
    handler.send_response(200)
    handler.send_header("Content-Length", str(50_000_000))
    handler.end_headers()
    handler.wfile.write(b"{" * 1000)
    stop.wait(30)


def gzip_bomb(handler: BaseHTTPRequestHandler, stop: threading.Event, number: int) -> None:
    body = _bomb()
    handler.send_response(200)
    handler.send_header("Content-Encoding", "gzip")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


@functools.cache
def _bomb() -> bytes:
    return gzip.compress(b" " * (16 * 1024 * 1024), compresslevel=9)


def deep(handler: BaseHTTPRequestHandler, stop: threading.Event, number: int) -> None:
    body = b'{"keys": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    handler.send_response(200)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def escapes(handler: BaseHTTPRequestHandler, stop: threading.Event, number: int) -> None:
    body = b"\x1b[2J\x1b]0;pwned\x07<html>down</html>"
    handler.send_response(200)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


class HostileKeyServer:
    """A JWKS URL on 127.0.0.1 whose n-th GET is answered by `behaviours[n]` (the last
    one for every later GET). `arrived` is set when a GET comes in."""

    def __init__(self, *behaviours: Behaviour) -> None:
        self.stop = threading.Event()
        self.arrived = threading.Event()
        self.requests = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def do_GET(self) -> None:
                number = server.requests
                server.requests += 1
                server.arrived.set()
                behave = behaviours[min(number, len(behaviours) - 1)]
                with contextlib.suppress(OSError):  # the client hung up: what we expect
                    behave(self, server.stop, number)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/.well-known/jwks.json"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self.stop.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


@pytest.fixture
def hostile() -> Iterator[Callable[..., HostileKeyServer]]:
    servers: list[HostileKeyServer] = []

    def start(*behaviours: Behaviour) -> HostileKeyServer:
        servers.append(HostileKeyServer(*behaviours))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def timed(action: Callable[[], object]) -> tuple[float, BaseException | None]:
    started = time.monotonic()
    try:
        action()
    except BaseException as exc:
        return time.monotonic() - started, exc
    return time.monotonic() - started, None


def test_a_healthy_local_key_server_verifies(hostile: Callable[..., HostileKeyServer]) -> None:
    server = hostile(serve_keys)
    cache = JWKS(url=server.url, fetch_timeout=5)
    assert verify(*delivery(), cache, now=NOW).ok
    cache.refresh()
    assert server.requests == 2


@pytest.mark.parametrize("behaviour", [trickle, stall_mid_body, silent])
def test_a_slow_key_server_cannot_hold_verify_past_the_deadline(
    hostile: Callable[..., HostileKeyServer], behaviour: Behaviour
) -> None:
    cache = JWKS(url=hostile(behaviour).url, fetch_timeout=FAST_DEADLINE)
    elapsed, error = timed(lambda: verify(*delivery(), cache, now=NOW))
    assert isinstance(error, JWKSFetchError)
    assert "did not arrive" in str(error) and "5xx" in str(error)
    assert FAST_DEADLINE - 0.05 <= elapsed < FAST_DEADLINE + SLACK


def test_a_stall_late_in_the_body_cannot_stretch_the_deadline(
    hostile: Callable[..., HostileKeyServer],
) -> None:
    # Read timeouts alone would end this at about 0.9 + 1.0 s: the deadline is total.
    cache = JWKS(url=hostile(trickle_then_stall).url, fetch_timeout=1.0)
    elapsed, error = timed(lambda: verify(*delivery(), cache, now=NOW))
    assert isinstance(error, JWKSFetchError) and "did not arrive within 1 s" in str(error)
    assert elapsed < 1.0 + SLACK


def test_other_verifiers_do_not_wait_past_the_deadline(
    hostile: Callable[..., HostileKeyServer],
) -> None:
    server = hostile(trickle)
    cache = JWKS(url=server.url, fetch_timeout=FAST_DEADLINE)
    results: dict[str, tuple[float, BaseException | None]] = {}

    def first() -> None:
        results["first"] = timed(lambda: verify(*delivery(), cache, now=NOW))

    thread = threading.Thread(target=first)
    thread.start()
    assert server.arrived.wait(5)  # the first fetch is under way
    results["second"] = timed(lambda: verify(*delivery(), cache, now=NOW))
    thread.join(5)
    for elapsed, error in results.values():
        assert isinstance(error, JWKSFetchError)
        assert elapsed < FAST_DEADLINE + SLACK
    assert server.requests == 1  # the second joined the first's fetch


def test_a_refresh_that_trickles_falls_back_to_the_known_keys(
    hostile: Callable[..., HostileKeyServer],
) -> None:
    server, clock = hostile(serve_keys, trickle), FakeClock()
    cache = JWKS(url=server.url, ttl=600, clock=clock, fetch_timeout=FAST_DEADLINE)
    assert verify(*delivery(), cache, now=NOW).ok
    clock.now = 700.0
    elapsed, error = timed(lambda: verify(*delivery(), cache, now=NOW))
    assert error is None and elapsed < FAST_DEADLINE + SLACK
    assert server.requests == 2
    with pytest.raises(JWKSFetchError, match="did not arrive within 0.6 s"):
        cache.refresh()  # an explicit refresh says so


@pytest.mark.parametrize("behaviour", [endless, declares_huge, gzip_bomb])
def test_a_huge_key_answer_is_cut_at_the_cap(
    hostile: Callable[..., HostileKeyServer], behaviour: Behaviour
) -> None:
    cache = JWKS(url=hostile(behaviour).url, fetch_timeout=10)
    elapsed, error = timed(lambda: verify(*delivery(), cache, now=NOW))
    assert isinstance(error, JWKSFetchError)
    assert f"larger than {MAX_JWKS_BYTES} bytes" in str(error)
    assert elapsed < 5


def test_an_endless_key_answer_holds_about_the_cap_in_memory(
    hostile: Callable[..., HostileKeyServer],
) -> None:
    cache = JWKS(url=hostile(endless).url, fetch_timeout=10)
    tracemalloc.start()
    try:
        with pytest.raises(JWKSFetchError, match="larger than"):
            verify(*delivery(), cache, now=NOW)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 * MAX_JWKS_BYTES


def test_deep_or_unreadable_key_answers_are_fetch_errors(
    hostile: Callable[..., HostileKeyServer],
) -> None:
    cache = JWKS(url=hostile(deep).url, fetch_timeout=10)
    elapsed, error = timed(lambda: verify(*delivery(), cache, now=NOW))
    assert isinstance(error, JWKSFetchError) and elapsed < 5
    assert "nested deeper than 100 levels" in str(error)
    with pytest.raises(JWKSFetchError, match="not JSON") as info:
        verify(*delivery(), JWKS(url=hostile(escapes).url), now=NOW)
    assert "\x1b" not in str(info.value) and "\x07" not in str(info.value)
    assert "<html>down</html>" in str(info.value)


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b'{"status": "OK", "payload": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "nested deeper"),
        (b'{"status": "OK", "payload": {"a": ' + b"[" * 101 + b"]" * 101 + b"}}", "nested deeper"),
        (b'{"status": "OK", "payload": {"n": ' + b"7" * 50_000 + b"}}", "too many digits"),
        (b'{"status": "OK", "payload": {"n": NaN}}', "NaN is not a JSON number"),
    ],
)
def test_a_signed_body_too_deep_or_odd_is_a_verification_error(body: bytes, reason: str) -> None:
    headers, body = delivery(body)
    elapsed, error = timed(lambda: verify(headers, body, SIGNER.webhook_jwks(), now=NOW))
    assert type(error) is WebhookVerificationError and elapsed < 2
    assert reason in str(error) and "is not JSON that can be read" in str(error)


def test_server_strings_in_events_and_errors_are_scrubbed() -> None:
    body = fal_body("ERROR", None, error="boom\x1b[31m\x00 red\nline two", payload_error=None)
    event = verify(*delivery(body), SIGNER.webhook_jwks(), now=NOW)
    assert event.error == "boom red\nline two"
    headers, body = delivery()
    forged = {**headers, "X-Fal-Webhook-Request-Id": "id\x1b]0;title\x07\r\nX-Injected: 1"}
    with pytest.raises(WebhookVerificationError) as info:
        verify(forged, body, SIGNER.webhook_jwks(), now=NOW)
    assert "\x1b" not in str(info.value) and "\n" not in str(info.value)


def test_bad_cache_settings_are_refused() -> None:
    with pytest.raises(ValueError, match="fetch_timeout"):
        JWKS(fetch_timeout=0)
    with pytest.raises(ValueError, match="fetch_timeout"):
        JWKS(fetch_timeout=math.inf)
    with pytest.raises(ValueError, match="ttl"):
        JWKS(ttl=-1)
    with pytest.raises(ValueError, match="ttl"):
        JWKS(ttl=math.nan)


# ------------------------------------------------------------------ async receivers


def async_cache(server: KeyServer, clock: FakeClock, **kwargs: Any) -> JWKS:
    http = httpx.AsyncClient(transport=httpx.MockTransport(server.handler))
    return JWKS(async_http_client=http, clock=clock, **kwargs)


def outcome(action: Callable[[], WebhookEvent]) -> tuple[str, Any]:
    try:
        return "event", action()
    except WebhookVerificationError as exc:
        return type(exc).__name__, str(exc)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_mutations(), max_size=2), st.sampled_from([0, 299, 301, -400]))
def test_averify_gives_what_verify_gives(
    mutations: list[Callable[[dict[str, str], bytes], tuple[dict[str, str], bytes]]], skew: int
) -> None:
    headers, body = delivery()
    for mutate in mutations:
        headers, body = mutate(headers, body)
    jwks = SIGNER.webhook_jwks()

    def sync() -> WebhookEvent:
        return verify(headers, body, jwks, now=NOW + skew)

    def via_async() -> WebhookEvent:
        return anyio.run(functools.partial(averify, headers, body, jwks, now=NOW + skew))

    assert outcome(sync) == outcome(via_async)


@pytest.mark.anyio
async def test_averify_verifies_and_rejects_like_verify() -> None:
    headers, body = delivery()
    event = await averify(headers, body, JWKS.from_keys(SIGNER.webhook_jwks()), now=NOW)
    assert event == verify(headers, body, SIGNER.webhook_jwks(), now=NOW)
    with pytest.raises(WebhookVerificationError, match="matches no key"):
        await averify(*delivery(signer=OTHER_SIGNER), SIGNER.webhook_jwks(), now=NOW)
    with pytest.raises(TypeError, match="raw bytes"):
        await averify(headers, "text", SIGNER.webhook_jwks())  # type: ignore[arg-type]


@pytest.mark.anyio
async def test_concurrent_async_receivers_fetch_the_keys_once() -> None:
    server, clock = KeyServer(SIGNER.webhook_jwks()), FakeClock()
    cache = async_cache(server, clock, ttl=600)
    results: list[bool] = []

    async def receive() -> None:
        results.append((await averify(*delivery(), cache, now=NOW)).ok)

    async with anyio.create_task_group() as group:
        for _ in range(20):
            group.start_soon(receive)
    assert results == [True] * 20 and server.fetches == 1
    assert server.urls == [FAL_JWKS_URL]
    clock.now = 700.0  # past the ttl: refreshed once, by whichever receiver comes first
    assert (await averify(*delivery(), cache, now=NOW)).ok and server.fetches == 2
    await cache.arefresh()
    assert server.fetches == 3


@pytest.mark.anyio
async def test_an_async_refresh_that_fails_keeps_the_known_keys() -> None:
    server, clock = KeyServer(SIGNER.webhook_jwks()), FakeClock()
    cache = async_cache(server, clock, ttl=600)
    assert (await averify(*delivery(), cache, now=NOW)).ok
    server.fail, clock.now = True, 700.0
    assert (await averify(*delivery(), cache, now=NOW)).ok and server.fetches == 2
    with pytest.raises(JWKSFetchError, match="could not fetch.*ConnectError"):
        await cache.arefresh()
    with pytest.raises(JWKSFetchError, match="could not fetch"):
        await averify(*delivery(), async_cache(server, FakeClock()), now=NOW)


async def _ticks_while(action: Callable[[], Any]) -> tuple[int, float, BaseException | None]:
    """How often a 20 ms ticker ran while `action` was awaited: the loop was free."""
    ticks = 0
    done = anyio.Event()

    async def ticker() -> None:
        nonlocal ticks
        while not done.is_set():
            await anyio.sleep(0.02)
            ticks += 1

    error: BaseException | None = None
    started = time.monotonic()
    async with anyio.create_task_group() as group:
        group.start_soon(ticker)
        try:
            await action()
        except Exception as exc:
            error = exc
        done.set()
    return ticks, time.monotonic() - started, error


@pytest.mark.anyio
@pytest.mark.parametrize("behaviour", [trickle, trickle_then_stall, stall_mid_body, silent])
async def test_averify_on_a_slow_key_server_keeps_the_loop_free_and_the_deadline(
    hostile: Callable[..., HostileKeyServer], behaviour: Behaviour
) -> None:
    cache = JWKS(url=hostile(behaviour).url, fetch_timeout=FAST_DEADLINE)
    ticks, elapsed, error = await _ticks_while(lambda: averify(*delivery(), cache, now=NOW))
    assert isinstance(error, JWKSFetchError) and "did not arrive" in str(error)
    assert elapsed < FAST_DEADLINE + SLACK
    assert ticks >= 5  # about 30 if nothing blocked the loop


@pytest.mark.anyio
async def test_an_async_receiver_joins_a_sync_fetch_without_blocking(
    hostile: Callable[..., HostileKeyServer],
) -> None:
    server = hostile(trickle)
    cache = JWKS(url=server.url, fetch_timeout=FAST_DEADLINE)
    thread = threading.Thread(target=lambda: outcome(lambda: verify(*delivery(), cache, now=NOW)))
    thread.start()
    try:
        assert await anyio.to_thread.run_sync(server.arrived.wait, 5)
        ticks, elapsed, error = await _ticks_while(lambda: averify(*delivery(), cache, now=NOW))
    finally:
        await anyio.to_thread.run_sync(thread.join, 5)
    assert isinstance(error, JWKSFetchError)
    assert elapsed < FAST_DEADLINE + SLACK and ticks >= 5
    assert server.requests == 1


@pytest.mark.anyio
async def test_a_cancelled_async_fetch_leaves_no_fetch_hanging(
    hostile: Callable[..., HostileKeyServer],
) -> None:
    server = hostile(trickle, serve_keys)
    cache = JWKS(url=server.url, fetch_timeout=5)
    with anyio.move_on_after(0.3) as scope:
        await averify(*delivery(), cache, now=NOW)
    assert scope.cancelled_caught
    started = time.monotonic()
    assert (await averify(*delivery(), cache, now=NOW)).ok  # a new fetch, not a wait
    assert time.monotonic() - started < 2 and server.requests == 2


@pytest.mark.anyio
async def test_averify_caps_huge_and_deep_key_answers(
    hostile: Callable[..., HostileKeyServer],
) -> None:
    for behaviour, message in [
        (endless, "larger than"),
        (gzip_bomb, "larger than"),
        (deep, "nested deeper"),
    ]:
        cache = JWKS(url=hostile(behaviour).url, fetch_timeout=10)
        with pytest.raises(JWKSFetchError, match=message):
            await averify(*delivery(), cache, now=NOW)


@pytest.mark.anyio
async def test_end_to_end_averify_fetches_the_emulators_keys(
    emulator: RunningEmulator, receiver: Receiver
) -> None:
    async with AsyncClient(api_key="sk-test-0123456789", base_url=emulator.base_url) as client:
        job = await client.submit(FLUX, {"prompt": "a fox"}, webhook_url=receiver.url)
        got = await anyio.to_thread.run_sync(receiver.next)
        event = await averify(got.headers, got.body, JWKS(url=emulator.base_url + JWKS_PATH))
        assert event.request_id == job.request_id and event.ok
        assert event.output(FLUX) == await job.result()
