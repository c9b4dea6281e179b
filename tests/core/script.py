"""Flows driven by a script, the way h11's tests drive its connection: no client, no
transport, no sockets. A `Script` answers each effect a flow yields with the next of its
replies (a value, an exception to throw in, or a function of the effect), runs `Local`
work for real (the journal is a real one, in a temporary folder), moves its clock on
`Sleep`, closes streams without a reply, and records every effect, so a test says
exactly what the flow asked for."""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import attrs
import httpx

from uniapi_fal import RetryPolicy
from uniapi_fal._core.context import Context, Learned
from uniapi_fal._core.effects import CloseStream, Effect, Flow, Local, Send, Sleep
from uniapi_fal._core.ref import JobRef
from uniapi_fal._hosts import resolve
from uniapi_fal._journal import Journal
from uniapi_fal._pace import Pace
from uniapi_fal._scrub import Scrubber

KEY = "sk-core-0123456789abcdef"
BASE = "https://gateway.test"
ENDPOINT = "fal-ai/flux/dev"
REQUEST_ID = "5e2f1c4a-0b7f-4e2a-8c3d-6f1a2b3c4d5e"
QUEUE = f"{BASE}/fal-ai/flux/requests/{REQUEST_ID}"

Reply = Any
"""A value to send in, a `BaseException` to throw in, or `Answer`."""


@attrs.frozen
class Answer:
    """A reply computed from the effect it answers (say, to look at its request)."""

    func: Callable[[Effect], Any]


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@attrs.define
class Script:
    """Run flows against scripted replies; `effects` holds what they asked for."""

    tmp: Path
    clock: FakeClock = attrs.field(factory=FakeClock)
    retry: RetryPolicy = attrs.field(
        factory=lambda: RetryPolicy(initial_delay=0.5, max_delay=0.5, deadline=30)
    )
    stream: bool = True
    effects: list[Effect] = attrs.field(factory=list)
    times: list[float] = attrs.field(factory=list)
    """The clock when each effect was asked for."""
    send_takes: float = 0.0
    """Seconds the clock moves on each `Send` (a network's latency)."""
    ctx: Context = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        self.ctx = Context(
            base_url=httpx.URL(BASE),
            hosts=resolve(httpx.URL(BASE), None),
            timeout=httpx.Timeout(30.0),
            retry=self.retry,
            max_response_bytes=1 << 20,
            stream=self.stream,
            scrubber=Scrubber([KEY]),
            journal=Journal.from_setting(self.tmp / "journal.sqlite3"),
            pace=Pace(4, clock=self.clock),
            learned=Learned(),
            schemas=None,
            clock=self.clock,
            random=random.Random(0),
        )

    def run(self, flow: Flow[Any], replies: Iterable[Reply], *, then: Reply = None) -> Any:
        """The flow's result (or its error), every reply used: `Local` effects run for
        real and take no reply; once the replies are used up, `then` answers every
        further effect, or, without it, a flow that asks for more fails."""
        pending = list(replies)
        outcome: Any = None
        thrown: BaseException | None = None
        while True:
            try:
                effect = flow.throw(thrown) if thrown is not None else flow.send(outcome)
            except StopIteration as done:
                assert not pending, f"replies left over: {pending}"
                return done.value
            self.effects.append(effect)
            self.times.append(self.clock.now)
            outcome, thrown = None, None
            if isinstance(effect, Local):
                try:
                    outcome = effect.func(*effect.args)
                except Exception as exc:
                    thrown = exc
                continue
            if isinstance(effect, Sleep):
                self.clock.now += effect.seconds
                continue
            if isinstance(effect, CloseStream):
                continue
            if isinstance(effect, Send):
                self.clock.now += self.send_takes
            assert pending or then is not None, f"the flow asked for more: {effect}"
            reply = pending.pop(0) if pending else then
            if isinstance(reply, Answer):
                reply = reply.func(effect)
            if isinstance(reply, BaseException):
                thrown = reply
            else:
                outcome = reply

    def kinds(self) -> list[str]:
        """Each effect's name; a `Local` one as `Local:<function>`."""
        return [
            f"Local:{getattr(e.func, 'func', e.func).__name__}"
            if isinstance(e, Local)
            else type(e).__name__
            for e in self.effects
        ]

    def sent(self) -> list[tuple[float, Send]]:
        """Each request, with the clock when it was sent."""
        return [
            (t, e) for t, e in zip(self.times, self.effects, strict=True) if isinstance(e, Send)
        ]

    def sleeps(self) -> list[float]:
        return [e.seconds for e in self.effects if isinstance(e, Sleep)]


def response(
    status: int,
    body: object = None,
    *,
    headers: dict[str, str] | None = None,
    content: bytes | None = None,
) -> httpx.Response:
    """An answer as a driver hands it over: its body read."""
    raw = content if content is not None else json.dumps(body).encode()
    merged = {"content-type": "application/json", **(headers or {})}
    return httpx.Response(status, content=raw, headers=merged, request=httpx.Request("GET", BASE))


def submitted(request_id: str = REQUEST_ID) -> httpx.Response:
    return response(
        200,
        {
            "status": "IN_QUEUE",
            "request_id": request_id,
            "status_url": f"{QUEUE}/status",
            "response_url": QUEUE,
            "cancel_url": f"{QUEUE}/cancel",
        },
    )


def status(state: str) -> httpx.Response:
    code = 200 if state == "COMPLETED" else 202
    return response(code, {"status": state, "request_id": REQUEST_ID, "logs": []})


def sse(*states: str) -> bytes:
    return b"".join(
        b"data: " + json.dumps({"status": s, "request_id": REQUEST_ID}).encode() + b"\n\n"
        for s in states
    )


def ref(submitted_at: float | None = None) -> JobRef:
    return JobRef(
        endpoint=ENDPOINT,
        request_id=REQUEST_ID,
        owner="fal-ai",
        app="flux",
        status_url=f"{QUEUE}/status",
        response_url=QUEUE,
        cancel_url=f"{QUEUE}/cancel",
        submitted_at=submitted_at,
    )
