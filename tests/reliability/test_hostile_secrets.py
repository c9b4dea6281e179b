"""Hostile servers that echo the API key back, in every place an answer has: JSON and
non-JSON bodies, `X-Fal-Error-Type`, the reason phrase, queue URLs, a request_id, a
COMPLETED status's `error`/`error_type`, the status stream, a result or cancel error.
The call ends in its one typed error, and the key shows nowhere: not in the exception
(text, attributes, traceback with locals), the debug log or the journal file. Redaction
belongs to each client: another client's key does not mangle this one's messages."""

from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from uniapi_fal import (
    AuthenticationError,
    BadRequestError,
    Client,
    ConfigurationError,
    JobFailedError,
    NotFoundError,
    PermissionDeniedError,
    ResponseParseError,
    RetryPolicy,
    ServerError,
    UnprocessableEntityError,
    WaitTimeoutError,
)

from . import FIGURES
from .hostile import (
    ARGS,
    ENDPOINT,
    FLAVOURS,
    KEY,
    REQUEST_ID,
    Driver,
    Flavour,
    Handler,
    HostileServer,
    LogCapture,
    Tally,
    answer,
    debug_log,
    leaks,
    sse_forever,
    status_answer,
    submitted,
    verdict,
)

WITHIN = 5.0
FAST_RETRIES = RetryPolicy(initial_delay=0.01, max_delay=0.05, deadline=5)

FAILED_STATUS: dict[str, object] = {
    "status": "COMPLETED",
    "request_id": REQUEST_ID,
    "logs": [{"message": f"using Key {KEY}", "level": "INFO"}],
    "error": f"the model failed for Key {KEY}",
    "error_type": f"KeyError_{KEY}",
}
MODEL_FAILED = answer(
    500,
    {"detail": f"model failed for Key {KEY}", "error_type": f"KeyError_{KEY}"},
    headers=[("X-Fal-Error-Type", f"KeyError_{KEY}")],
)
COMPLETED = status_answer("COMPLETED")


Call = Callable[[Any], Callable[[Any], Any]]
CALLS: dict[str, Call] = {
    "submit": lambda job: lambda c: c.submit(ENDPOINT, ARGS),
    "status": lambda job: lambda c: job.status(),
    "wait": lambda job: lambda c: job.wait(timeout=0.6),
    "result": lambda job: lambda c: job.result(timeout=WITHIN - 1),
    "cancel": lambda job: lambda c: job.cancel(),
}

# name -> (the server's handlers, the call, the one error expected)
CASES: dict[str, tuple[dict[str, Handler], str, type[Exception]]] = {
    "submit-401-json-body": (
        {"submit": answer(401, {"detail": f"invalid key: Key {KEY}"})},
        "submit",
        AuthenticationError,
    ),
    "submit-400-text-body": (
        {"submit": answer(400, f"bad request from Key {KEY}", content_type="text/plain")},
        "submit",
        BadRequestError,
    ),
    "submit-403-reason-phrase": (
        {"submit": answer(403, {"detail": "no"}, reason=f"Forbidden for Key {KEY}")},
        "submit",
        PermissionDeniedError,
    ),
    "submit-422-items": (
        {
            "submit": answer(
                422,
                {
                    "detail": [
                        {
                            "loc": ["body", f"prompt_{KEY}"],
                            "msg": f"Key {KEY} may not prompt",
                            "type": f"value_error.{KEY}",
                            "input": KEY,
                            "ctx": {"key": KEY},
                        }
                    ]
                },
            )
        },
        "submit",
        UnprocessableEntityError,
    ),
    "submit-unreadable-answer": (
        {"submit": answer(200, {"echo": f"Key {KEY}", "status": "IN_QUEUE"})},
        "submit",
        ResponseParseError,
    ),
    "submit-request-id-with-key": (
        {"submit": submitted(request_id=f"req-{KEY}")},
        "submit",
        ResponseParseError,
    ),
    "queue-urls-with-key": (
        {
            "submit": submitted(url_suffix=f"?token={KEY}"),
            "status": answer(404, {"detail": "Not Found"}),
        },
        "status",
        NotFoundError,
    ),
    "status-x-fal-error-type": (
        {
            "status": answer(
                500, {"detail": "internal"}, headers=[("X-Fal-Error-Type", f"Boom_{KEY}")]
            )
        },
        "status",
        ServerError,
    ),
    "status-gateway-page": (
        {
            "status": answer(
                503,
                f"<html><body><h1>503</h1><p>authorization: Key {KEY}</p></body></html>",
                content_type="text/html",
            )
        },
        "status",
        ServerError,
    ),
    "status-unreadable": (
        {"status": answer(200, {"status": 7, "echo": f"Key {KEY}"})},
        "status",
        ResponseParseError,
    ),
    "status-logs-with-key": (
        {
            "status": status_answer(
                "IN_PROGRESS", logs=[{"message": f"Key {KEY}", "level": f"INFO {KEY}"}]
            )
        },
        "wait",
        WaitTimeoutError,
    ),
    "completed-with-error": (
        {"status": answer(200, FAILED_STATUS), "result": MODEL_FAILED},
        "result",
        JobFailedError,
    ),
    "stream-completed-with-error": (
        {
            "stream": sse_forever(
                b": keep-alive\n\ndata: " + json.dumps(FAILED_STATUS).encode() + b"\n\n",
                interval=0.05,
            ),
            "status": answer(200, FAILED_STATUS),
            "result": MODEL_FAILED,
        },
        "result",
        JobFailedError,
    ),
    # Parse failures of every answer: none may leave the echoed text in a frame's locals.
    "submit-answer-not-json": (
        {"submit": answer(200, f"queued, Key {KEY}", content_type="text/plain")},
        "submit",
        ResponseParseError,
    ),
    "status-answer-not-json": (
        {"status": answer(200, f"<html>Key {KEY}</html>", content_type="text/html")},
        "status",
        ResponseParseError,
    ),
    "stream-event-wrong-shape": (
        {
            "stream": sse_forever(
                b"data: " + json.dumps({"status": 7, "echo": f"Key {KEY}"}).encode() + b"\n\n",
                interval=0.05,
            ),
            "status": answer(200, {"status": ["COMPLETED"], "echo": f"Key {KEY}"}),
        },
        "wait",
        ResponseParseError,
    ),
    "stream-event-not-json": (
        {
            "stream": sse_forever(f"data: <html>Key {KEY}</html>\n\n".encode(), interval=0.05),
            "status": answer(200, f"<p>Key {KEY}</p>", content_type="text/html"),
        },
        "wait",
        WaitTimeoutError,  # a wait reads past answers it cannot parse
    ),
    "result-not-json": (
        {"status": COMPLETED, "result": answer(200, f"Key {KEY}", content_type="text/plain")},
        "result",
        ResponseParseError,
    ),
    "result-500": (
        {"status": COMPLETED, "result": answer(500, {"detail": f"oops, Key {KEY}"})},
        "result",
        JobFailedError,
    ),
    "result-unreadable": (
        {"status": COMPLETED, "result": answer(200, {"images": f"Key {KEY}"})},
        "result",
        ResponseParseError,
    ),
    "cancel-refused": (
        {"cancel": answer(400, {"status": f"REFUSED for Key {KEY}", "detail": f"Key {KEY}"})},
        "cancel",
        BadRequestError,
    ),
}

TALLY = Tally()


@pytest.fixture(scope="module", autouse=True)
def _figures() -> Iterator[None]:
    yield
    if len(TALLY):
        FIGURES.append(
            f"hostile secrets: {len(TALLY)} calls against {len(CASES)} servers echoing the key "
            "(bodies, headers, reason phrases, URLs, request_ids, statuses, stream, result, "
            "cancel); searched: str/repr, attributes, traceback with locals, debug log, "
            f"journal; slowest {TALLY.slowest():.2f} s"
        )


@pytest.fixture
def log(monkeypatch: pytest.MonkeyPatch) -> Iterator[LogCapture]:
    monkeypatch.setenv("UNIAPI_FAL_LOG", "debug")
    with debug_log() as capture:
        yield capture


@pytest.mark.timeout(30)
@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("case", list(CASES))
def test_an_echoed_key_shows_nowhere(case: str, flavour: Flavour, log: LogCapture) -> None:
    handlers, call, expected = CASES[case]
    with (
        HostileServer(**handlers) as server,
        Driver(flavour, base_url=server.base_url, retry=FAST_RETRIES, max_retries=2) as d,
    ):
        job = None if call == "submit" else d(lambda c: c.submit(ENDPOINT, ARGS))
        outcome = d.observe(CALLS[call](job))
        problems = verdict(
            outcome,
            expected,
            within=WITHIN,
            log=log,
            objects={"repr(job)": repr(job), "repr(client)": repr(d.client)},
        )
    TALLY.add(f"{case}/{flavour}", outcome)
    assert not problems, problems


@pytest.mark.timeout(30)
@pytest.mark.parametrize("flavour", FLAVOURS)
def test_redaction_belongs_to_its_client(flavour: Flavour, log: LogCapture) -> None:
    """Another client's key (here one that equals this job's request_id, and the brief's
    "eeeeeeee") does not mangle this client's messages."""
    other_key = str(uuid.uuid4())
    with contextlib.suppress(ConfigurationError):  # refusing a short key is fine too
        Client(api_key="eeeeeeee", base_url="http://127.0.0.1:9", journal=False).close()
    Client(api_key=other_key, base_url="http://127.0.0.1:9", journal=False).close()
    with (
        HostileServer(
            submit=submitted(request_id=other_key), status=answer(404, {"detail": "Not Found"})
        ) as server,
        Driver(flavour, base_url=server.base_url) as d,
    ):
        job = d(lambda c: c.submit(ENDPOINT, ARGS))
        outcome = d.observe(lambda c: job.status())
    problems = verdict(outcome, NotFoundError, within=WITHIN, log=log)
    error = outcome.error
    message = str(error)
    if job.request_id != other_key:
        problems.append(f"job.request_id is {job.request_id!r}")
    if other_key not in message:
        problems.append(f"the request_id is mangled in the message: {message!r}")
    if ENDPOINT not in message:
        problems.append(f"the endpoint is mangled in the message: {message!r}")
    if getattr(error, "request_id", None) != other_key:
        problems.append(f"error.request_id is {getattr(error, 'request_id', None)!r}")
    assert not problems, problems
    assert not leaks(error=error)
