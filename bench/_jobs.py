"""The job every scenario submits, the same calls by hand with raw httpx, and when a
job completed according to the emulator.

The emulator has no endpoint that gives a job's completion time. Its timeline is a pure
function of the submit time: its first log line is stamped `submit + queue_seconds` (wall
clock, milliseconds), and it completes `run_seconds` later. So the completion time is
read from that first log line (`GET .../status?logs=1`, sent after the counters were
read). The stamp is truncated to the millisecond: a latency may read up to 1 ms high.
"""

from __future__ import annotations

import asyncio
import json
import time
from datetime import datetime
from typing import Any

import httpx

from ._proc import API_KEY

ENDPOINT = "fal-ai/flux/dev"
QUEUE_PREFIX = "fal-ai/flux"  # queue URLs use only owner/app
HEADERS = {"Authorization": f"Key {API_KEY}"}
RAW_POLL_INTERVAL = 0.1
"""Raw httpx polls as fal-client does: every 0.1 s."""


def arguments(index: int = 0) -> dict[str, Any]:
    return {"prompt": f"a lighthouse on a cliff at dawn, take {index}"}


def queue_url(base_url: str, request_id: str, suffix: str = "") -> str:
    return f"{base_url}/{QUEUE_PREFIX}/requests/{request_id}{suffix}"


# ---------------------------------------------------------------- raw httpx, sync
def raw_submit(client: httpx.Client, base_url: str, index: int = 0) -> str:
    response = client.post(f"{base_url}/{ENDPOINT}", json=arguments(index), headers=HEADERS)
    response.raise_for_status()
    request_id: str = response.json()["request_id"]
    return request_id


def raw_status(client: httpx.Client, base_url: str, request_id: str) -> str:
    """One status call: GET, then the JSON's `status`."""
    response = client.get(
        queue_url(base_url, request_id, "/status"), params={"logs": "0"}, headers=HEADERS
    )
    response.raise_for_status()
    status: str = response.json()["status"]
    return status


def raw_result(client: httpx.Client, base_url: str, request_id: str) -> Any:
    response = client.get(queue_url(base_url, request_id), headers=HEADERS)
    response.raise_for_status()
    return response.json()


def raw_poll_run(client: httpx.Client, base_url: str, index: int, pause: float = 0.0) -> str:
    """Submit, pause, poll every 0.1 s until COMPLETED, fetch the result; the request_id."""
    request_id = raw_submit(client, base_url, index)
    time.sleep(pause)
    while raw_status(client, base_url, request_id) != "COMPLETED":
        time.sleep(RAW_POLL_INTERVAL)
    raw_result(client, base_url, request_id)
    return request_id


def raw_stream_run(client: httpx.Client, base_url: str, index: int, pause: float = 0.0) -> str:
    """Submit, pause, read the status stream (SSE) until COMPLETED, fetch the result."""
    request_id = raw_submit(client, base_url, index)
    time.sleep(pause)
    url = queue_url(base_url, request_id, "/status/stream")
    with client.stream("GET", url, headers=HEADERS, timeout=60) as response:
        response.raise_for_status()
        for line in response.iter_lines():
            if line.startswith("data:") and json.loads(line[5:])["status"] == "COMPLETED":
                break
    raw_result(client, base_url, request_id)
    return request_id


# --------------------------------------------------------------- raw httpx, async
async def raw_known_end_run_async(
    client: httpx.AsyncClient,
    base_url: str,
    index: int,
    gate: asyncio.Semaphore,
    job_seconds: float,
) -> str:
    """The fewest requests a hand-written client can make: submit, sleep until the job's
    known end (`job_seconds` after the submit), ask for the result, and while the answer
    is not 200 ask again every 0.1 s. `gate` keeps few requests in flight: httpcore's
    pool re-scans its whole queue on every request event, so a queue of 1,000 waiting
    requests costs far more CPU than waiting in front of it."""
    async with gate:
        response = await client.post(
            f"{base_url}/{ENDPOINT}", json=arguments(index), headers=HEADERS
        )
    submitted = time.monotonic()
    response.raise_for_status()
    request_id: str = response.json()["request_id"]
    await asyncio.sleep(max(0.0, submitted + job_seconds - time.monotonic()))
    while True:
        async with gate:
            result = await client.get(queue_url(base_url, request_id), headers=HEADERS)
        if result.status_code == 200:
            result.json()
            return request_id
        await asyncio.sleep(RAW_POLL_INTERVAL)


# ------------------------------------------------------------------- completion
def completion_times(base_url: str, request_ids: list[str], run_seconds: float) -> dict[str, float]:
    """Unix time at which each job completed, from its first log line (see module doc)."""
    out: dict[str, float] = {}
    with httpx.Client(headers=HEADERS, timeout=30) as client:
        for request_id in request_ids:
            response = client.get(queue_url(base_url, request_id, "/status"), params={"logs": "1"})
            response.raise_for_status()
            body = response.json()
            if body["status"] != "COMPLETED" or not body.get("logs"):
                raise RuntimeError(f"{request_id}: not completed with logs: {body}")
            stamp = body["logs"][0]["timestamp"].replace("Z", "+00:00")
            out[request_id] = datetime.fromisoformat(stamp).timestamp() + run_seconds
    return out
