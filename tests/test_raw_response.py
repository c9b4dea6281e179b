"""`with_raw_response`: the server's answers to submit, status and result, key blanked."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from fal_queue_emulator import RunningEmulator
from uniapi_fal import AsyncClient, Client, Job, JobStatus
from uniapi_fal.models import FluxDevInput, FluxDevOutput

from ._inputs import SEED_SUBMIT_ANSWER
from .conftest import TEST_KEY


def test_raw_submit_status_and_result(client: Client) -> None:
    raw = client.with_raw_response.submit(FluxDevInput(prompt="a fox"))
    assert raw.status_code == 200 and raw.json()["request_id"]
    job = raw.parse()
    assert isinstance(job, Job) and job.request_id == raw.json()["request_id"]
    status = client.with_raw_response.status(job)
    assert isinstance(status.parse(), JobStatus) and "status" in status.json()
    result = client.with_raw_response.result(job, timeout=30)
    assert isinstance(result.parse(), FluxDevOutput)
    assert result.json()["images"] and result.headers["content-type"].startswith("application/json")


@pytest.mark.anyio
async def test_async_raw_calls(async_client: AsyncClient) -> None:
    raw = await async_client.with_raw_response.submit("fal-ai/flux/dev", {"prompt": "p"})
    job = raw.parse()
    result = await async_client.with_raw_response.result(job, timeout=30)
    assert result.status_code == 200 and result.json()["images"]


def test_the_kept_answer_has_the_key_blanked(emulator: RunningEmulator) -> None:
    def echo(request: httpx.Request) -> httpx.Response:
        key = request.headers["authorization"].split()[-1]
        body: dict[str, Any] = {**SEED_SUBMIT_ANSWER, "note": f"you sent {key}"}
        return httpx.Response(200, json=body, headers={"x-echo": key})

    http = httpx.Client(transport=httpx.MockTransport(echo))
    with Client(api_key=TEST_KEY, base_url="https://gw.example", http_client=http) as client:
        raw = client.with_raw_response.submit("fal-ai/flux/dev", {"prompt": "p"})
    assert TEST_KEY not in raw.text and TEST_KEY not in str(raw.headers)
    assert raw.json()["note"] == "you sent ****"
