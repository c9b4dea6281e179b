"""fal's submit controls and the per-call escape hatches, as they reach the wire."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from uniapi_fal import Client, ConfigurationError, InputValidationError

from ._inputs import SEED_SUBMIT_ANSWER
from .conftest import TEST_KEY


def recording_client(seen: list[httpx.Request]) -> Client:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=SEED_SUBMIT_ANSWER)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    return Client(api_key=TEST_KEY, base_url="https://gw.example", http_client=http)


def test_fals_submit_controls_become_its_headers() -> None:
    seen: list[httpx.Request] = []
    with recording_client(seen) as client:
        client.submit(
            "fal-ai/flux/dev",
            {"prompt": "p"},
            priority="low",
            request_timeout=30,
            runner_hint="session-7",
            no_retry=True,
            object_expiration=3600,
            store_io=False,
        )
    headers = seen[0].headers
    assert headers["x-fal-queue-priority"] == "low"
    assert headers["x-fal-request-timeout"] == "30"
    assert headers["x-fal-runner-hint"] == "session-7"
    assert headers["x-fal-no-retry"] == "1"
    assert json.loads(headers["x-fal-object-lifecycle-preference"]) == {
        "expiration_duration_seconds": 3600
    }
    assert headers["x-fal-store-io"] == "0"


def test_without_options_no_fal_header_is_sent() -> None:
    seen: list[httpx.Request] = []
    with recording_client(seen) as client:
        client.submit("fal-ai/flux/dev", {"prompt": "p"})
    assert not [name for name in seen[0].headers if name.startswith("x-fal-")]


def test_extra_headers_query_and_body_are_sent_the_rest_still_validated() -> None:
    seen: list[httpx.Request] = []
    with recording_client(seen) as client:
        client.submit(
            "fal-ai/flux/dev",
            {"prompt": "p"},
            extra_headers={"X-Trace": "t1"},
            extra_query={"tag": "a b"},
            extra_body={"brand_new_field": [1, 2]},
        )
        with pytest.raises(InputValidationError, match="num_images"):
            client.submit("fal-ai/flux/dev", {"prompt": "p", "num_images": 99}, extra_body={"x": 1})
        with pytest.raises(InputValidationError, match="NaN"):
            client.submit("fal-ai/flux/dev", {"prompt": "p"}, extra_body={"x": float("nan")})
    (sent,) = seen  # the refused ones never left
    assert sent.headers["x-trace"] == "t1" and sent.url.params["tag"] == "a b"
    assert json.loads(sent.content) == {"prompt": "p", "brand_new_field": [1, 2]}


@pytest.mark.parametrize(
    "options",
    [
        {"request_timeout": 0},
        {"request_timeout": "30"},
        {"object_expiration": 1.5},
        {"runner_hint": "a\nb"},
        {"priority": "urgent"},
        {"webhook_url": "not-a-url"},
        {"webhook_url": "ftp://x/y"},
        {"webhook_url": "/relative/hook"},
        {"webhook_url": 7},
        {"store_io": "no"},
        {"no_retry": "false"},
    ],
)
def test_a_bad_submit_option_is_refused_before_anything_is_sent(options: dict[str, Any]) -> None:
    seen: list[httpx.Request] = []
    with recording_client(seen) as client:
        with pytest.raises(ConfigurationError):
            client.submit("fal-ai/flux/dev", {"prompt": "p"}, **options)
        assert seen == [] and client.jobs() == []


def test_a_webhook_url_goes_as_fals_query_parameter() -> None:
    seen: list[httpx.Request] = []
    with recording_client(seen) as client:
        client.submit("fal-ai/flux/dev", {"prompt": "p"}, webhook_url="https://me.example/hook")
    assert seen[0].url.params["fal_webhook"] == "https://me.example/hook"
