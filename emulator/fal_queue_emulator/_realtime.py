"""fal's realtime WebSocket: a token from the REST host, then inputs and results as msgpack.

A client asks `POST /_rest/tokens/` (with the API key, like every keyed route) for a
token that opens one app for a while (`{"allowed_apps": [app], "token_expiration": s}`;
the answer is the token as a bare JSON string). It then opens
`/_run/<endpoint>/realtime?fal_jwt_token=<token>`: a missing, unknown or expired token is
refused at the handshake with 401 (403 for a token of another app), as an HTTP answer
where the server can send one, else as an `x-fal-error` and close code 4001.

Each binary frame is one msgpack input, checked against the model's Input schema as a
submit is; the answer is one msgpack frame holding what a job with that input returns
(`Emulator.output_for`: no job is made, so its files are not served). A bad input, or
one carrying `EMULATOR_FAIL`, is answered with an `x-fal-error` text frame and the
session goes on. The 1st, 3rd, 5th... result of a session comes after an `x-fal-message`
timings frame, which clients must skip.

`RealtimeState` (per emulator, `realtime_of`) holds the tokens, the inputs received, and
knobs for tests: a token lifetime that overrides the asked one, an idle timeout (then
fal's `TIMEOUT` error and a normal close), and a number of inputs after which the server
ends the session normally.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import secrets
import threading
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route, WebSocketRoute
from starlette.websockets import WebSocket, WebSocketDisconnect

from ._jobs import FAILURE_ERROR, Clock, wants_failure
from ._state import Emulator, RecordedRequest
from ._storage import REST_PATH, GatedApi
from ._validation import parse_body

RUN_PATH = "/_run"
"""fal's run host (`wss://fal.run` for realtime), as the SDK finds it under a base URL."""
TOKEN_PATH = f"{REST_PATH}/tokens/"
SOCKET_PATH = f"{RUN_PATH}/{{endpoint_id:path}}/realtime"
DEFAULT_TOKEN_SECONDS = 120
MAX_TOKEN_SECONDS = 24 * 3600
MAX_BUFFERING = 60
TIMINGS_EVERY = 2
"""A timings `x-fal-message` goes before the 1st, 3rd, 5th... result of a session."""
NAMESPACES = ("workflows", "comfy")
"""fal's id prefixes before `owner/app`."""
DENIED_CLOSE_CODE = 4001
"""The close code of a refused session where the server cannot answer the handshake."""


@dataclass
class _Token:
    apps: frozenset[str]
    expires: float


@dataclass
class RealtimeState:
    """The realtime side of one emulator: tokens handed out, inputs received, and the
    knobs tests turn (each takes effect at the next token or session)."""

    clock: Clock
    token_seconds: float | None = None
    """When set, every token lasts this long whatever was asked (0: refused at once)."""
    idle_seconds: float | None = None
    """When set, a session without input for this long gets fal's `TIMEOUT` error, then a
    normal close."""
    inputs_per_session: int | None = None
    """When set, the server closes a session normally after answering this many inputs."""
    tokens_issued: int = 0
    last_token: str | None = None
    """The latest token handed out (a test checks where it went, and where it did not)."""
    messages_sent: int = 0
    """`x-fal-message` frames sent (which clients must skip)."""
    received: list[tuple[str, Any]] = field(default_factory=list)
    """Every decoded input, as `(endpoint id, input)`, in order of arrival."""
    _tokens: dict[str, _Token] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def issue(self, apps: list[str], seconds: float) -> str:
        """A new token for `apps`, lasting `seconds` (or `token_seconds`)."""
        token = f"rt-{secrets.token_urlsafe(24)}"
        lifetime = self.token_seconds if self.token_seconds is not None else seconds
        with self._lock:
            self._tokens[token] = _Token(frozenset(apps), self.clock() + lifetime)
            self.tokens_issued += 1
            self.last_token = token
        return token

    def check(self, token: str | None, app: str) -> tuple[int, str] | None:
        """Why `token` may not open `app` (status, detail), or None."""
        if not token:
            return 401, "Missing fal_jwt_token"
        with self._lock:
            found = next(
                (v for k, v in self._tokens.items() if hmac.compare_digest(k, token)), None
            )
        if found is None:
            return 401, "Invalid realtime token"
        if self.clock() >= found.expires:
            return 401, "Realtime token expired"
        if app not in found.apps:
            return 403, f"This token is not valid for the app {app!r}"
        return None

    def record(self, endpoint_id: str, body: Any) -> None:
        with self._lock:
            self.received.append((endpoint_id, body))

    def reset(self) -> None:
        """Forget the tokens and inputs, and turn the knobs back."""
        with self._lock:
            self._tokens.clear()
            self.received.clear()
            self.token_seconds = self.idle_seconds = self.inputs_per_session = None
            self.tokens_issued = self.messages_sent = 0
            self.last_token = None


def realtime_of(emulator: Emulator) -> RealtimeState:
    """`emulator`'s realtime state, made on first use."""
    return emulator.service(RealtimeState, lambda: RealtimeState(emulator.config.clock))


def alias_of(endpoint_id: str) -> str:
    """The app a token names: the second segment of `owner/app[/path]`, the third after
    a namespace (`workflows/owner/app`)."""
    segments = endpoint_id.strip("/").split("/")
    index = 2 if segments[0] in NAMESPACES and len(segments) > 2 else 1
    return segments[min(index, len(segments) - 1)]


def realtime_routes(api: GatedApi) -> list[BaseRoute]:
    """The token route (keyed, through the gate) and the WebSocket, to mount before any
    catch-all route."""
    handlers = _Realtime(api.emulator)
    token = api.gate("other", handlers.token, auth=True)
    return [
        Route(TOKEN_PATH, token, methods=["POST"]),
        Route(TOKEN_PATH.rstrip("/"), token, methods=["POST"]),
        WebSocketRoute(SOCKET_PATH, handlers.session),
    ]


def _refusal(loc: str, msg: str) -> JSONResponse:
    item = {"loc": ["body", loc], "msg": msg, "type": "value_error"}
    return JSONResponse({"detail": [item]}, status_code=422)


def _error(error: str, reason: str, **extra: Any) -> str:
    return json.dumps({"type": "x-fal-error", "error": error, "reason": reason, **extra})


class _Realtime:
    """The handlers, sharing one emulator and its realtime state."""

    def __init__(self, emulator: Emulator) -> None:
        self.emulator = emulator
        self.state = realtime_of(emulator)

    async def token(self, request: Request) -> Response:
        body, errors = parse_body(await request.body())
        if errors:
            return JSONResponse({"detail": errors}, status_code=422)
        apps = body.get("allowed_apps")
        if (
            not isinstance(apps, list)
            or not apps
            or not all(isinstance(app, str) and app for app in apps)
        ):
            return _refusal("allowed_apps", "a non-empty list of app names is required")
        seconds = body.get("token_expiration", DEFAULT_TOKEN_SECONDS)
        if (
            isinstance(seconds, bool)
            or not isinstance(seconds, int)
            or not 0 < seconds <= MAX_TOKEN_SECONDS
        ):
            return _refusal("token_expiration", f"seconds from 1 to {MAX_TOKEN_SECONDS}")
        return JSONResponse(self.state.issue(apps, float(seconds)))

    # ------------------------------------------------------------- session

    async def session(self, ws: WebSocket) -> None:
        self.emulator.record(
            RecordedRequest(
                method="GET",
                path=ws.url.path,
                query=ws.url.query,
                host=ws.headers.get("host", ""),
                headers=dict(ws.headers),
                kind="other",
                at=self.emulator.clock,
            )
        )
        endpoint_id = ws.path_params["endpoint_id"].strip("/")
        model = self.emulator.spec.model(endpoint_id)
        if model is None and self.emulator.spec.model(f"{endpoint_id}/realtime") is not None:
            endpoint_id += "/realtime"  # an id that ends with /realtime itself
            model = self.emulator.spec.model(endpoint_id)
        if model is None and not (self.emulator.config.any_endpoint and _is_id(endpoint_id)):
            await _deny(ws, 404, f"Application '{endpoint_id}' not found")
            return
        refused = self.state.check(ws.query_params.get("fal_jwt_token"), alias_of(endpoint_id))
        if refused is None:
            refused = _buffering_problem(ws.query_params.get("max_buffering"))
        if refused is not None:
            await _deny(ws, *refused)
            return
        try:
            import msgpack  # type: ignore[import-untyped]
        except ImportError:  # the `emulator` extra brings it
            await _deny(ws, 501, "This emulator needs msgpack for realtime sessions")
            return
        await ws.accept()
        try:
            await self._serve(ws, endpoint_id, model, msgpack)
        except (WebSocketDisconnect, RuntimeError):  # the client went (Starlette's RuntimeError
            return  # says so when a send follows its close)

    async def _serve(self, ws: WebSocket, endpoint_id: str, model: Any, msgpack: Any) -> None:
        answered = 0
        base = f"{'https' if ws.url.scheme == 'wss' else 'http'}://{ws.url.netloc}"
        while True:
            message = await self._receive(ws)
            if message is None:  # idle: fal's notice, then a normal close
                await ws.send_text(_error("TIMEOUT", "no inputs, reconnect when needed!"))
                await ws.close(1000)
                return
            if message["type"] == "websocket.disconnect":
                return
            body, problem = _decoded(message, msgpack)
            if problem is not None:
                await ws.send_text(_error("INTERNAL_ERROR", problem))
                continue
            self.state.record(endpoint_id, body)
            errors = self.emulator.validator.check(model, body) if model is not None else []
            if errors and self.emulator.config.accept_extra_fields:
                errors = [e for e in errors if e["type"] != "extra_forbidden"]
            if model is None and not isinstance(body, Mapping):
                errors = [{"loc": ["body"], "msg": "Input should be an object", "type": "dict"}]
            if errors:
                reason = "; ".join(f"{_loc(e)}: {e['msg']}" for e in errors)
                await ws.send_text(_error("INTERNAL_ERROR", reason, detail=_plain(errors)))
                continue
            if wants_failure(body):
                await ws.send_text(_error("INTERNAL_ERROR", FAILURE_ERROR))
                continue
            output = self.emulator.output_for(endpoint_id, body, str(uuid.uuid4()), base)
            answered += 1
            if answered % TIMINGS_EVERY == 1:
                timings = {"type": "x-fal-message", "action": "timings", "timing": 0.001}
                await ws.send_text(json.dumps(timings))
                self.state.messages_sent += 1
            await ws.send_bytes(msgpack.packb(output, use_bin_type=True))
            limit = self.state.inputs_per_session
            if limit is not None and answered >= limit:
                await ws.close(1000)
                return

    async def _receive(self, ws: WebSocket) -> Mapping[str, Any] | None:
        """The next ASGI message; None when the idle timeout passes first."""
        idle = self.state.idle_seconds
        try:
            async with asyncio.timeout(idle):
                return await ws.receive()
        except TimeoutError:
            return None


async def _deny(ws: WebSocket, status: int, detail: str) -> None:
    """Refuse a session: an HTTP answer to the handshake where the server can send one."""
    if "websocket.http.response" in ws.scope.get("extensions", {}):
        await ws.send_denial_response(JSONResponse({"detail": detail}, status_code=status))
        return
    await ws.accept()
    await ws.send_text(_error("Unauthorized" if status in (401, 403) else "REFUSED", detail))
    await ws.close(DENIED_CLOSE_CODE)


def _buffering_problem(value: str | None) -> tuple[int, str] | None:
    if value is None:
        return None
    if value.isdigit() and 1 <= int(value) <= MAX_BUFFERING:
        return None
    return 422, f"max_buffering must be from 1 to {MAX_BUFFERING}"


def _decoded(message: Mapping[str, Any], msgpack: Any) -> tuple[Any, str | None]:
    """A frame's input: msgpack in a binary frame (JSON in a text one is taken too)."""
    raw = message.get("bytes")
    try:
        if raw is not None:
            return msgpack.unpackb(raw, raw=False), None
        return json.loads(message.get("text") or ""), None
    except Exception as exc:  # msgpack's and json's own errors
        kind = "msgpack" if raw is not None else "JSON"
        return None, f"the frame is not {kind}: {type(exc).__name__}"


def _loc(item: Mapping[str, Any]) -> str:
    parts = [str(p) for p in item.get("loc", ())]
    return ".".join(parts[1:] if parts[:1] == ["body"] else parts) or "(input)"


def _plain(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Validation items as JSON can carry them (an input value may be bytes)."""
    return json.loads(json.dumps(errors, default=repr))  # type: ignore[no-any-return]


def _is_id(endpoint_id: str) -> bool:
    segments = endpoint_id.split("/")
    needed = 3 if segments[0] in NAMESPACES else 2
    return len(segments) >= needed and all(segments)
