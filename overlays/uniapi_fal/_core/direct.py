"""The synchronous path (`run(..., direct=True)`): `POST {run host}/{endpoint}`, the output
in the answer, no queue.

The input is checked and journaled as for a submit, and the request sent once. The answer
is the output, journaled (as a collected job's) before it is parsed, under the request_id
fal gives in `x-fal-request-id` (or a local `direct-...` one). There is no request_id
before the answer, so no job to come back to: if the connection drops once the request has
left, the row stays UNKNOWN (fal may have run it, and billed it) and the output is lost.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from .. import _registry
from .._exceptions import APITimeoutError, ConfigurationError, FalError, ResponseParseError
from .._journal import input_digest
from .._registry import EndpointInfo
from .._status import COMPLETED
from .._types import SubmitOptions
from .answers import read_json, status_error
from .context import Context
from .deadline import Deadline
from .effects import Flow, Leaving, journaled
from .ref import request_id_problem
from .requests import submit_request
from .sending import Expired, send
from .submit import Prepared, journal_write, prepared, sent_once

QUEUE_ONLY = ("priority", "webhook_url")
"""Options that only the queue has."""
REQUEST_ID_HEADER = "x-fal-request-id"


def direct_request(
    ctx: Context, endpoint_id: str, body: Mapping[str, Any], options: SubmitOptions
) -> dict[str, Any]:
    """The call: the submit's request, on the run host."""
    for name in QUEUE_ONLY:
        if options.get(name) is not None:
            raise ConfigurationError(
                f"{name}= is the queue's: a direct call (direct=True) has no queue; drop one"
            )
    return submit_request(ctx.hosts.run, endpoint_id, body, options)


Build = Callable[[Context, str, Mapping[str, Any], SubmitOptions], dict[str, Any]]
"""Makes a call's request from its endpoint id and checked body."""


def begun(
    ctx: Context,
    target: object,
    arguments: Mapping[str, Any] | None,
    options: SubmitOptions,
    build: Build,
) -> Flow[tuple[Prepared, dict[str, Any], int | None]]:
    """The start of a call that runs a job at once (direct, stream): the input checked,
    its request built (a bad option fails here), its journal row written."""
    ready = yield from prepared(ctx, target, arguments)
    request = build(ctx, ready.info.endpoint_id, ready.body, options)
    row: int | None = yield from journaled(
        ctx.journal.begin, ready.info.endpoint_id, str(ctx.base_url), input_digest(ready.body)
    )
    return ready, request, row


def run_direct(
    ctx: Context,
    target: object,
    arguments: Mapping[str, Any] | None,
    options: SubmitOptions,
    deadline: Deadline,
    leaving: Leaving,
) -> Flow[Any]:
    """Check the input, journal it, send it once, journal the output, parse it."""
    ready, request, row = yield from begun(ctx, target, arguments, options, direct_request)
    endpoint = ready.info.endpoint_id
    waiting = ctx._replace(timeout=_whole_call(ctx.timeout, deadline))
    request_id, data = yield from sent_once(
        ctx, row, leaving, _call(waiting, endpoint, request, deadline, leaving), "direct call"
    )
    return (yield from ended(ctx, ready.info, row, request_id, data, f"direct call to {endpoint}"))


def ended(
    ctx: Context, info: EndpointInfo, row: int | None, request_id: str, data: Any, what: str
) -> Flow[Any]:
    """The end of a call that ran a job at once (direct, stream): its output journaled as
    a collected job's, under `request_id`, then parsed (and kept, if it does not parse)."""
    about = f"the output of a {what} ({request_id})"
    yield from journal_write(
        ctx, about, ctx.journal.submitted, row, request_id, COMPLETED, (None, None, None)
    )
    yield from journal_write(ctx, about, ctx.journal.store_result, request_id, data)
    try:
        return _registry.parse_output(info, data)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        kept = (
            f" The output as sent is kept: client.journal.cached_result({request_id!r})."
            if ctx.journal.enabled
            else ""
        )
        expected = info.output_class or "a JSON object"
        raise ResponseParseError(
            ctx.scrub(f"{what}: the output does not match {expected} ({exc}).") + kept,
            endpoint=info.endpoint_id,
            request_id=request_id,
        ) from None


def _whole_call(timeout: httpx.Timeout, deadline: Deadline) -> httpx.Timeout:
    """The answer comes when the job is done: the read may take the call's whole time
    (its `timeout=`), not only a request's."""
    remaining = deadline.remaining()
    if remaining is None or timeout.read is None or remaining <= timeout.read:
        return timeout
    return httpx.Timeout(
        connect=timeout.connect, read=remaining, write=timeout.write, pool=timeout.pool
    )


def _call(
    ctx: Context, endpoint: str, request: dict[str, Any], deadline: Deadline, leaving: Leaving
) -> Flow[tuple[str, Any]]:
    what = f"direct call to {endpoint}"
    response = yield from send(
        ctx,
        request,
        deadline,
        _expired(endpoint, deadline, leaving),
        what=what,
        endpoint=endpoint,
        leaving=leaving,
    )
    given = response.headers.get(REQUEST_ID_HEADER)
    request_id = (
        given if given is not None and not request_id_problem(given) else None
    ) or f"direct-{os.urandom(16).hex()}"
    if response.status_code >= 300:
        raise status_error(
            response,
            ctx.scrubber,
            ctx.max_response_bytes,
            what=what,
            endpoint=endpoint,
            request_id=request_id if given else None,
            submit=True,
        )
    data = read_json(response, ctx.scrubber, what=what, endpoint=endpoint, request_id=None)
    if isinstance(data, ResponseParseError):
        data.maybe_queued = True  # it ran (a 2xx), but its output cannot be read
        raise data
    return request_id, data


def _expired(endpoint: str, deadline: Deadline, leaving: Leaving) -> Expired:
    def error() -> FalError:
        sent = leaving.started
        advice = (
            " The request had left: fal may have run it (and billed it); its output is lost."
            if sent
            else " Nothing was sent."
        )
        return APITimeoutError(
            f"direct call to {endpoint}: the call's timeout ({deadline.timeout or 0:g} s) "
            f"passed before the answer came.{advice}",
            endpoint=endpoint,
            maybe_queued=sent,
        )

    return error
