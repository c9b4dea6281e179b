"""fal's streaming endpoints on the run host: `POST /_run/{endpoint}/stream`.

The input is taken as a submit's (`_Api._accept`: 404, 422), and the job runs as a queued
one does; the answer is an event stream while it runs: an event per batch of new log
lines (`{"partial": true, "progress": ..., "logs": [...]}`: no timestamps, so a test sees
the same events every run), keep-alive comments between, and the output, as the result
route gives it, as the last event. A job that failed before the stream began is answered
as the result route answers it (a 500 with fal's error body); one that fails later ends
the stream with an `error` event holding that body.

An id whose `.../stream` form is a model of the spec (fal's `fal-ai/flux-lora/stream`)
is that model: fal serves such endpoints at that very path.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from ._jobs import Job, JobState

if TYPE_CHECKING:
    from ._app import _Api

Handler = Callable[[Request], Awaitable[Response]]

STREAM_PATH = "/stream"
SHUTDOWN_ERROR = {"detail": "The server is shutting down", "error_type": "server_shutdown"}


def stream_handler(api: _Api) -> Handler:
    """The route's handler, on the app's `_Api` (its emulator, its input checks)."""

    async def run_stream(request: Request) -> Response:
        _as_stream_model(api, request)
        job = await api._accept(request)
        if isinstance(job, Response):
            return job
        headers = {"x-fal-request-id": job.request_id}
        state = api.emulator.jobs.state(job)
        if state.completed and state.outcome != "ok":
            return api._outcome(request, job, state, headers)
        return StreamingResponse(
            _events(api, request, job),
            media_type="text/event-stream",
            headers={**headers, "Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )

    return run_stream


def _as_stream_model(api: _Api, request: Request) -> None:
    """`fal-ai/x` + `/stream` is the spec's `fal-ai/x/stream` when it has that model."""
    params = request.path_params
    endpoint_id = params["endpoint_id"].strip("/")
    if api.emulator.spec.model(endpoint_id + STREAM_PATH) is not None:
        params["endpoint_id"] = endpoint_id + STREAM_PATH


async def _events(api: _Api, request: Request, job: Job) -> AsyncIterator[str]:
    """Progress as log lines appear, then the output (or the failure); ends after it."""
    from ._app import STREAM_POLL_SECONDS, _called

    emulator = api.emulator
    keepalive = api.config.keepalive_seconds
    sent_lines = 0
    last_sent = emulator.clock
    while not emulator.closing:
        state = emulator.jobs.state(job)
        if len(state.logs) > sent_lines:
            yield _event(_progress(job, state, sent_lines))
            sent_lines = len(state.logs)
            last_sent = emulator.clock
        if state.completed:
            if state.outcome == "ok":
                yield _event(emulator.render(job, _called(request)).output)
            else:
                failure = {"detail": state.error, "error_type": state.error_type or "unknown"}
                yield _event(failure, "error")
            return
        if emulator.clock - last_sent >= keepalive:
            yield ": keep-alive\n\n"
            last_sent = emulator.clock
        await asyncio.sleep(STREAM_POLL_SECONDS)
    yield _event(SHUTDOWN_ERROR, "error")


def _progress(job: Job, state: JobState, already_sent: int) -> dict[str, Any]:
    total = job.timings.log_count
    lines = [
        {"message": line["message"], "level": line["level"]} for line in state.logs[already_sent:]
    ]
    return {"partial": True, "progress": round(len(state.logs) / total, 2), "logs": lines}


def _event(data: Any, name: str | None = None) -> str:
    head = f"event: {name}\n" if name else ""
    return f"{head}data: {json.dumps(data)}\n\n"
