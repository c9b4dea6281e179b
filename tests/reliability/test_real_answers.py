"""Answers fal really sends, as its public docs and recorded answers show them, replayed
through a local server: each must give its user the job (request_id kept and journaled)
and the result."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from uniapi_fal import (
    MISSING,
    JobFailedError,
    RateLimitError,
    ResponseParseError,
    ServerError,
    missing_fields,
)

from .hostile import (
    ARGS,
    ENDPOINT,
    FLAVOURS,
    FLUX_OUTPUT,
    REQUEST_ID,
    Conn,
    Driver,
    Flavour,
    Handler,
    HostileServer,
    Request,
    answer,
    status_answer,
)

GATEWAY_REQUEST_ID = "9a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d"


def submit_answer(body: Callable[[str], dict[str, object]]) -> Handler:
    """A submit answered with `body(base_url)`."""

    async def handle(request: Request, conn: Conn) -> None:
        await conn.json(200, body(conn.server.base_url))

    return handle


SUBMIT_ANSWERS: dict[str, Callable[[str], dict[str, object]]] = {
    # fal's webhook docs: the submit answers with the two ids and nothing else.
    "webhook-docs": lambda base: {
        "request_id": REQUEST_ID,
        "gateway_request_id": GATEWAY_REQUEST_ID,
    },
    # fal's older queue docs: the request_id alone.
    "request-id-alone": lambda base: {"request_id": REQUEST_ID},
    # A recorded answer with the result's URL and no status URL.
    "no-status-url": lambda base: {
        "status": "IN_QUEUE",
        "request_id": REQUEST_ID,
        "response_url": f"https://queue.fal.run/fal-ai/flux/requests/{REQUEST_ID}",
    },
}


@pytest.mark.timeout(30)
@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("case", list(SUBMIT_ANSWERS))
def test_a_submit_answer_without_queue_urls_gives_the_job(case: str, flavour: Flavour) -> None:
    """The queue URLs are built from the endpoint and the id, on the configured host; the
    job is journaled with its id and its result collected."""
    handlers = {"submit": submit_answer(SUBMIT_ANSWERS[case]), "status": status_answer("COMPLETED")}
    with HostileServer(**handlers) as server, Driver(flavour, base_url=server.base_url) as d:
        job = d(lambda c: c.submit(ENDPOINT, ARGS))
        output = d(lambda c: job.result(timeout=10))
        rows = d.client.journal.entries()
        paths = [r.path for r in server.requests]
    queue = f"{server.base_url}/fal-ai/flux/requests/{REQUEST_ID}"
    assert job.request_id == REQUEST_ID
    assert (job.status_url, job.response_url, job.cancel_url) == (
        f"{queue}/status",
        queue,
        f"{queue}/cancel",
    )
    assert [(r.request_id, r.status_url) for r in rows] == [(REQUEST_ID, f"{queue}/status")]
    assert output.images[0].url.startswith("https://")
    assert f"/fal-ai/flux/requests/{REQUEST_ID}" in paths[-1]


@pytest.mark.timeout(30)
@pytest.mark.parametrize("flavour", FLAVOURS)
def test_queue_urls_with_the_endpoints_sub_path_are_followed(flavour: Flavour) -> None:
    """Some gateways echo the endpoint's whole path in the queue URLs: every read goes
    where the server said, moved onto the configured host (not `/flux/dev/...`)."""

    def body(base: str) -> dict[str, object]:
        queue = f"https://queue.fal.run/fal-ai/flux/dev/requests/{REQUEST_ID}"
        return {
            "status": "IN_QUEUE",
            "request_id": REQUEST_ID,
            "status_url": f"{queue}/status",
            "response_url": queue,
            "cancel_url": f"{queue}/cancel",
        }

    handlers = {"submit": submit_answer(body), "status": status_answer("COMPLETED")}
    with HostileServer(**handlers) as server, Driver(flavour, base_url=server.base_url) as d:
        job = d(lambda c: c.submit(ENDPOINT, ARGS))
        (resumed,) = d(lambda c: c.resume())  # from the journal, as another process would
        output = d(lambda c: resumed.result(timeout=10))
        d(lambda c: job.cancel())
        reads = [(r.method, r.path) for r in server.requests if r.kind != "submit"]
    queue = f"/fal-ai/flux/dev/requests/{REQUEST_ID}"
    assert output.images
    assert set(reads) <= {
        ("GET", f"{queue}/status/stream"),
        ("GET", f"{queue}/status"),
        ("GET", queue),
        ("PUT", f"{queue}/cancel"),
    }, reads
    assert ("GET", queue) in reads and ("PUT", f"{queue}/cancel") in reads
    assert resumed.status_url == f"{server.base_url}{queue}/status"


ERROR_BODY = {"error": {"message": "Rate limit exceeded for this key", "code": "rate_limited"}}


@pytest.mark.timeout(30)
@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(("code", "expected"), [(429, RateLimitError), (500, ServerError)])
def test_an_error_body_of_the_error_message_shape_gives_its_message(
    code: int, expected: type[Exception], flavour: Flavour
) -> None:
    """`{"error": {"message", "code"}}`, as gateways in front of fal answer: the message is
    the error's `detail` and in its text, the code its `error_type`."""
    with (
        HostileServer(status=answer(code, ERROR_BODY)) as server,
        Driver(flavour, base_url=server.base_url, max_retries=0) as d,
    ):
        job = d(lambda c: c.submit(ENDPOINT, ARGS))
        with pytest.raises(expected) as caught:
            d(lambda c: job.status())
    error = caught.value
    assert getattr(error, "detail", None) == "Rate limit exceeded for this key"
    assert getattr(error, "error_type", None) == "rate_limited"
    assert "Rate limit exceeded for this key" in str(error)


@pytest.mark.timeout(30)
@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_422_from_the_result_endpoint_has_its_items(flavour: Flavour) -> None:
    """A job whose input the model refused: JobFailedError with fal's items parsed."""
    detail = [{"loc": ["body", "prompt"], "msg": "too long", "type": "value_error"}]
    handlers = {
        "status": status_answer("COMPLETED"),
        "result": answer(422, {"detail": detail}),
    }
    with HostileServer(**handlers) as server, Driver(flavour, base_url=server.base_url) as d:
        job = d(lambda c: c.submit(ENDPOINT, ARGS))
        with pytest.raises(JobFailedError) as caught:
            d(lambda c: job.result(timeout=10))
    (item,) = caught.value.items
    assert (item.loc, item.msg, item.type) == (("body", "prompt"), "too long", "value_error")
    assert "too long" in str(caught.value)


@pytest.mark.timeout(30)
@pytest.mark.parametrize("flavour", FLAVOURS)
def test_what_fal_adds_to_a_status_or_a_result_is_kept(flavour: Flavour) -> None:
    """A status body's URLs (moved onto the configured host) and unknown fields; an output
    field the spec does not declare, in `additional_properties`."""
    queue = f"https://queue.fal.run/fal-ai/flux/requests/{REQUEST_ID}"
    handlers = {
        "status": answer(
            200,
            {
                "status": "COMPLETED",
                "request_id": REQUEST_ID,
                "status_url": f"{queue}/status",
                "response_url": queue,
                "queue_region": "us-east",
            },
        ),
        "result": answer(200, {**FLUX_OUTPUT, "brand_new_field": [1, 2]}),
    }
    with HostileServer(**handlers) as server, Driver(flavour, base_url=server.base_url) as d:
        job = d(lambda c: c.submit(ENDPOINT, ARGS))
        status = d(lambda c: job.status())
        output = d(lambda c: job.result(timeout=10))
    assert status.response_url == f"{server.base_url}/fal-ai/flux/requests/{REQUEST_ID}"
    assert status.status_url == f"{server.base_url}/fal-ai/flux/requests/{REQUEST_ID}/status"
    assert status.extra == {"queue_region": "us-east"}
    assert output.additional_properties["brand_new_field"] == [1, 2]


SPEECH = "fal-ai/minimax/speech-02-hd"
SPEECH_ANSWER = {"audio": {"url": "https://v3.fal.media/files/speech.mp3"}}  # no duration_ms


def _submitted_for(owner_app: str) -> Handler:
    return submit_answer(
        lambda base: {
            "request_id": REQUEST_ID,
            "status_url": f"https://queue.fal.run/{owner_app}/requests/{REQUEST_ID}/status",
            "response_url": f"https://queue.fal.run/{owner_app}/requests/{REQUEST_ID}",
        }
    )


@pytest.mark.timeout(30)
@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(
    ("endpoint", "arguments", "sent", "left_out"),
    [
        (SPEECH, {"text": "hello"}, SPEECH_ANSWER, ("duration_ms",)),
        (  # fal's webhook example of a FLUX result: no timings, no prompt
            ENDPOINT,
            ARGS,
            {k: v for k, v in FLUX_OUTPUT.items() if k not in ("timings", "prompt")},
            ("timings", "prompt"),
        ),
    ],
    ids=["speech-without-duration", "flux-without-timings-and-prompt"],
)
def test_a_result_without_a_required_field_is_returned_typed(
    endpoint: str,
    arguments: dict[str, object],
    sent: dict[str, object],
    left_out: tuple[str, ...],
    flavour: Flavour,
) -> None:
    """The user paid for it: the typed output, what fal left out `MISSING`, the raw
    result journaled."""
    owner_app = "/".join(endpoint.split("/")[:2])
    handlers = {
        "submit": _submitted_for(owner_app),
        "status": status_answer("COMPLETED"),
        "result": answer(200, sent),
    }
    with HostileServer(**handlers) as server, Driver(flavour, base_url=server.base_url) as d:
        output = d(lambda c: c.run(endpoint, arguments, timeout=10))
        (row,) = d.client.journal.entries()
        cached = d.client.journal.cached_result(REQUEST_ID)
    assert missing_fields(output) == left_out
    assert all(getattr(output, name) is MISSING for name in left_out)
    assert not MISSING and row.has_result and cached == sent


@pytest.mark.timeout(30)
@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_result_of_another_shape_is_refused_but_kept(flavour: Flavour) -> None:
    video = {"video": {"url": "https://v3.fal.media/files/out.mp4"}}
    handlers = {"status": status_answer("COMPLETED"), "result": answer(200, video)}
    with HostileServer(**handlers) as server, Driver(flavour, base_url=server.base_url) as d:
        job = d(lambda c: c.submit(ENDPOINT, ARGS))
        with pytest.raises(ResponseParseError, match="kept"):
            d(lambda c: job.result(timeout=10))
        cached = d.client.journal.cached_result(REQUEST_ID)
    assert cached == video


@pytest.mark.timeout(30)
@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(
    ("logs", "messages"),
    [
        (None, []),  # fal's status without logs asked for: `"logs": null`
        ("one line of text", ["one line of text"]),  # a client library declares a string
        ([{"message": "step 1", "level": "INFO"}, {"level": "DEBUG"}, "raw"], ["step 1", "raw"]),
        ({"message": "an object"}, []),
    ],
    ids=["null", "a-string", "mixed-lines", "an-object"],
)
def test_logs_of_any_shape_never_cost_the_status(
    flavour: Flavour, logs: object, messages: list[str]
) -> None:
    handlers = {
        "status": answer(
            200,
            {"status": "IN_PROGRESS", "request_id": REQUEST_ID, "logs": logs, "metrics": {}},
        )
    }
    with HostileServer(**handlers) as server, Driver(flavour, base_url=server.base_url) as d:
        job = d(lambda c: c.submit(ENDPOINT, ARGS))
        status = d(lambda c: job.status(logs=True))
    assert status.state == "IN_PROGRESS"
    assert [line.message for line in status.logs] == messages
