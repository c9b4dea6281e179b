"""The HTTP surface: fal's queue protocol as a Starlette app.

Every route goes through the same gate (record, maybe fault, check the key) so
that tests see each request exactly as sent, and a faulted request has no
effect. Model routes are not declared one by one: a submit path is looked up
among the spec's endpoint ids (and with `any_endpoint`, any other id is taken
too, its body unchecked). The queue routes serve `owner/app` and
`workflows/owner/name` prefixes alike. `/_emulator/stats` and the webhook keys at
`/.well-known/jwks.json` are outside the gate: never faulted, counted or refused,
so a test can always read them.
"""

from __future__ import annotations

import asyncio
import hmac
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from ._faults import Fault
from ._files import FILES_PATH, file_content
from ._jobs import COMPLETED, IN_QUEUE, Job, JobState
from ._realtime import realtime_routes
from ._reset import ResetResponse
from ._spec import queue_prefix
from ._state import Emulator, RecordedRequest
from ._storage import storage_routes
from ._streaming import stream_handler
from ._validation import ErrorItem, error_body, parse_body
from ._webhooks import JWKS_PATH

Handler = Callable[[Request], Awaitable[Response]]

STREAM_POLL_SECONDS = 0.02
"""How often a status stream looks at its job; state changes reach clients this fast."""

STATS_PATH = "/_emulator/stats"
"""The counters as JSON (see `EmulatorStats`); no key needed, never faulted."""

RUN_PATH = "/_run"
"""fal's synchronous host (`https://fal.run`), as the SDK finds it under a base URL that
is not fal's (`uniapi_fal._hosts`)."""

_LOCAL_NAMES = {"127.0.0.1": "localhost", "localhost": "127.0.0.1"}
_OTHER_METHODS = ["GET", "PUT", "DELETE", "PATCH", "OPTIONS"]


def create_app(emulator: Emulator) -> Starlette:
    """A Starlette app serving `emulator`'s spec and state."""
    api = _Api(emulator)
    queue = "/{prefix:path}/requests/{request_id}"
    routes = [
        Route(STATS_PATH, api.stats, methods=["GET"]),
        Route(JWKS_PATH, api.jwks, methods=["GET"]),
        Route(f"{FILES_PATH}/{{request_id}}/{{index:int}}/{{name}}", api.files, methods=["GET"]),
        *storage_routes(api),
        *realtime_routes(api),
        Route(f"{queue}/status/stream", api.gate("stream", api.stream), methods=["GET"]),
        Route(f"{queue}/status", api.gate("status", api.status), methods=["GET"]),
        Route(f"{queue}/cancel", api.gate("cancel", api.cancel), methods=["PUT"]),
        Route(queue, api.gate("result", api.result), methods=["GET"]),
        Route(
            f"{RUN_PATH}/{{endpoint_id:path}}/stream",
            api.gate("run", stream_handler(api)),
            methods=["POST"],
        ),
        Route(f"{RUN_PATH}/{{endpoint_id:path}}", api.gate("run", api.run), methods=["POST"]),
        Route("/{endpoint_id:path}", api.gate("submit", api.submit), methods=["POST"]),
        Route("/{path:path}", api.gate("other", api.not_found, auth=False), methods=_OTHER_METHODS),
    ]
    app = Starlette(routes=routes)
    app.state.emulator = emulator
    return app


def _detail(status: int, detail: Any, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"detail": detail}, status_code=status, headers=headers)


def fault_response(fault: Fault, kind: str = "other") -> Response:
    """A canned fault as an HTTP response (or a broken connection, for a reset)."""
    if fault.action == "reset":
        return ResetResponse(fault, before_start=kind in ("submit", "run"))
    return Response(
        content=fault.body,
        status_code=fault.status,
        media_type=fault.content_type,
        headers=dict(fault.headers),
    )


class _Api:
    """The route handlers, sharing one emulator."""

    def __init__(self, emulator: Emulator) -> None:
        self.emulator = emulator
        self.config = emulator.config

    # ------------------------------------------------------------------ gate

    def gate(self, kind: str, handler: Handler, *, auth: bool = True) -> Handler:
        """Record the request, apply its fault if any, check the key, then handle.

        A fault that answers (or resets) does so before the key is checked and
        before any processing; `slow` delays the normal answer; `unknown_status`
        and `duplicate_events` are left on `request.state` for the handler.
        """

        async def endpoint(request: Request) -> Response:
            body: Any = None
            if kind in ("submit", "run"):
                raw = await request.body()
                parsed = parse_body(raw)  # safe on any bytes; kept for the handler
                request.state.parsed = parsed
                body = parsed[0]
            self.emulator.record(
                RecordedRequest(
                    method=request.method,
                    path=request.url.path,
                    query=request.url.query,
                    host=request.headers.get("host", ""),
                    headers=dict(request.headers),
                    kind=kind,
                    body=body,
                    at=self.emulator.clock,
                )
            )
            fault = self.emulator.take_fault(kind)
            if fault is not None:
                if fault.action in ("respond", "reset"):
                    return fault_response(fault, kind)
                if fault.action == "slow":
                    await asyncio.sleep(fault.seconds)
                else:
                    request.state.fault = fault
            if auth:
                refused = self._check_key(request)
                if refused is not None:
                    return refused
            return await handler(request)

        return endpoint

    def _check_key(self, request: Request) -> Response | None:
        header = request.headers.get("authorization")
        if not header:
            return _detail(401, "Missing authorization header")
        scheme, _, token = header.strip().partition(" ")
        token = token.strip()
        if scheme.lower() not in ("key", "bearer") or not token:
            return _detail(401, "Invalid authorization header, expected 'Key <token>'")
        expected = self.config.api_key
        if expected is not None and not hmac.compare_digest(token.encode(), expected.encode()):
            return _detail(401, "Invalid API key")
        return None

    # --------------------------------------------------------------- helpers

    def _foreign_base(self, request: Request) -> str:
        """Where returned URLs point: never the host the client called."""
        if self.config.foreign_base_url:
            return self.config.foreign_base_url.rstrip("/")
        url = request.url
        hostname = url.hostname or "127.0.0.1"
        other = _LOCAL_NAMES.get(hostname, "localhost")
        port = f":{url.port}" if url.port is not None else ""
        return f"{url.scheme}://{other}{port}"

    def _urls(self, request: Request, job: Job) -> dict[str, str]:
        base = f"{self._foreign_base(request)}/{job.queue_prefix}/requests/{job.request_id}"
        return {
            "response_url": base,
            "status_url": f"{base}/status",
            "cancel_url": f"{base}/cancel",
        }

    def _find_job(self, request: Request) -> Job | None:
        job = self.emulator.jobs.get(request.path_params["request_id"])
        if job is None or job.queue_prefix != request.path_params["prefix"].strip("/"):
            return None
        return job

    def _status_body(
        self, request: Request, job: Job, state: JobState, with_logs: bool
    ) -> dict[str, Any]:
        body: dict[str, Any] = {"status": state.status, "request_id": job.request_id}
        if state.status == IN_QUEUE:
            body["queue_position"] = state.queue_position
        body["logs"] = state.logs if with_logs else None
        body["metrics"] = state.metrics
        body.update(self._urls(request, job))
        if state.status == COMPLETED:
            body["error"] = state.error
            body["error_type"] = state.error_type
        return body

    # -------------------------------------------------------------- handlers

    async def submit(self, request: Request) -> Response:
        job = await self._accept(request)
        if isinstance(job, Response):
            return job
        state = self.emulator.jobs.state(job)
        return JSONResponse(
            {
                "status": IN_QUEUE,
                "request_id": job.request_id,
                **self._urls(request, job),
                "logs": None,
                "metrics": {},
                "queue_position": state.queue_position or 0,
            }
        )

    async def run(self, request: Request) -> Response:
        """fal's synchronous path: the job as if submitted, answered when it is done."""
        job = await self._accept(request)
        if isinstance(job, Response):
            return job
        jobs = self.emulator.jobs
        while not (state := jobs.state(job)).completed and not self.emulator.closing:
            await asyncio.sleep(STREAM_POLL_SECONDS)
        headers = {"x-fal-request-id": job.request_id}
        if not state.completed:
            return _detail(503, "The server is shutting down", headers)
        return self._outcome(request, job, state, headers)

    async def _accept(self, request: Request) -> Job | Response:
        """A submitted job, or the answer that refuses it (404, 422)."""
        endpoint_id = request.path_params["endpoint_id"].strip("/")
        model = self.emulator.spec.model(endpoint_id)
        if model is None and not (self.config.any_endpoint and _is_endpoint_id(endpoint_id)):
            return _detail(404, f"Application '{endpoint_id}' not found")
        parsed: tuple[Any, list[ErrorItem]] = getattr(request.state, "parsed", None) or (
            parse_body(await request.body())
        )
        body, errors = parsed
        if not errors and model is not None:
            errors = self.emulator.validator.check(model, body)
            if self.config.accept_extra_fields:  # fields fal knows and the spec does not
                errors = [e for e in errors if e["type"] != "extra_forbidden"]
        if errors:
            return JSONResponse(error_body(errors), status_code=422)
        job = self.emulator.jobs.submit(
            endpoint_id=model.endpoint_id if model is not None else endpoint_id,
            queue_prefix=queue_prefix(endpoint_id),
            body=body,
            webhook_url=request.query_params.get("fal_webhook"),
            base_url=_called(request),
        )
        self.emulator.job_created(body, job)
        return job

    async def status(self, request: Request) -> Response:
        job = self._find_job(request)
        if job is None:
            return _detail(404, "Request not found")
        state = self.emulator.jobs.state(job)
        body = self._status_body(request, job, state, _wants_logs(request))
        fault = _handler_fault(request)
        if fault is not None and fault.status_value is not None:
            body["status"] = fault.status_value  # a status this client has never seen
            return JSONResponse(body, status_code=202)
        return JSONResponse(body, status_code=200 if state.completed else 202)

    async def stream(self, request: Request) -> Response:
        job = self._find_job(request)
        if job is None:
            return _detail(404, "Request not found")
        fault = _handler_fault(request)
        copies = 2 if fault is not None and fault.action == "duplicate_events" else 1
        return StreamingResponse(
            self._events(request, job, _wants_logs(request), copies),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )

    async def _events(
        self, request: Request, job: Job, with_logs: bool, copies: int = 1
    ) -> AsyncIterator[str]:
        """One event now, one per visible change, keep-alives between; ends after COMPLETED.

        `copies=2` sends every event twice (the `duplicate_events` fault).
        """
        jobs = self.emulator.jobs
        keepalive = self.config.keepalive_seconds
        last_key: tuple[Any, ...] | None = None
        last_sent = self.emulator.clock
        while not self.emulator.closing:
            state = jobs.state(job)
            key = state.change_key if with_logs else state.change_key[:2]
            if key != last_key:
                body = self._status_body(request, job, state, with_logs)
                event = f"data: {json.dumps(body)}\n\n"
                for _ in range(copies):
                    yield event
                if state.completed:
                    return
                last_key = key
                last_sent = self.emulator.clock
            elif self.emulator.clock - last_sent >= keepalive:
                yield ": keep-alive\n\n"
                last_sent = self.emulator.clock
            await asyncio.sleep(STREAM_POLL_SECONDS)

    async def result(self, request: Request) -> Response:
        job = self._find_job(request)
        if job is None:
            return _detail(404, "Request not found")
        state = self.emulator.jobs.state(job)
        if not state.completed:
            return _detail(400, "Request is still in progress")
        return self._outcome(request, job, state, {})

    def _outcome(
        self, request: Request, job: Job, state: JobState, headers: dict[str, str]
    ) -> Response:
        """A done job's answer: its output, or its failure as fal sends it."""
        if state.outcome == "cancelled":
            return _detail(499, state.error, headers)
        if state.outcome == "failed":
            error_type = state.error_type or "unknown"
            return JSONResponse(
                {"detail": state.error, "error_type": error_type},
                status_code=500,
                headers={**headers, "X-Fal-Error-Type": error_type},
            )
        output = self.emulator.render(job, _called(request)).output
        return JSONResponse(output, headers=headers)

    async def cancel(self, request: Request) -> Response:
        job = self._find_job(request)
        if job is None:
            return JSONResponse({"status": "NOT_FOUND"}, status_code=404)
        outcome = self.emulator.jobs.cancel(job.request_id)
        if outcome == "requested":
            return JSONResponse({"status": "CANCELLATION_REQUESTED"}, status_code=202)
        if outcome == "already_completed":
            return JSONResponse({"status": "ALREADY_COMPLETED"}, status_code=400)
        return JSONResponse({"status": "NOT_FOUND"}, status_code=404)

    async def not_found(self, request: Request) -> Response:
        return _detail(404, "Not Found")

    async def stats(self, request: Request) -> Response:
        return JSONResponse(self.emulator.stats().to_json())

    async def jwks(self, request: Request) -> Response:
        return JSONResponse(self.emulator.webhook_jwks())

    async def files(self, request: Request) -> Response:
        """A result file (see `_files`): public like a CDN's, so no key is asked for."""
        if not self.config.serve_files:
            return _detail(404, "This emulator serves no files (--no-serve-files).")
        job = self.emulator.jobs.get(request.path_params["request_id"])
        index: int = request.path_params["index"]
        files = self.emulator.render(job).files if job is not None else []
        if not 0 <= index < len(files):
            return _detail(404, "File not found")
        return Response(file_content(files[index], index), media_type=files[index].content_type)


def _called(request: Request) -> str:
    """The emulator as this request reached it: `http://host:port`."""
    return f"{request.url.scheme}://{request.url.netloc}"


def _is_endpoint_id(endpoint_id: str) -> bool:
    """`owner/app[/path]`, or `workflows/owner/name[/path]`: ids an unlisted submit may use."""
    segments = endpoint_id.split("/")
    needed = 3 if segments[0] == "workflows" else 2
    return len(segments) >= needed and all(segments) and "requests" not in segments


def _handler_fault(request: Request) -> Fault | None:
    """The fault the gate left for the handler to apply, if any."""
    fault = getattr(request.state, "fault", None)
    return fault if isinstance(fault, Fault) else None


def _wants_logs(request: Request) -> bool:
    return request.query_params.get("logs", "0").strip().lower() in ("1", "true", "yes")
