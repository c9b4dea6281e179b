"""One request, sent and retried as the `RetryPolicy` says, every attempt and every wait
ended by the call's deadline; and sleeping within it.

Reads (status, result, cancel) are retried on connection errors, 408, 429 and 5xx; a
submit only when its connection failed before any byte was sent, or on a 429 (a refusal:
nothing was queued). Errors are
raised outside the `except` that caught them: an httpx error kept as their `__context__`
would carry the request, its Authorization header included.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from .._bodies import DecodeError, LimitExceeded
from .._exceptions import FalError
from .._pace import WokenBy
from .answers import transport_error, unreadable
from .context import Context
from .deadline import Deadline, bounded
from .effects import Flow, Leaving, Send, Sleep

Expired = Callable[[], FalError]
"""Makes the error for a call whose deadline passed (which one depends on the phase)."""


def send(
    ctx: Context,
    request: dict[str, Any],
    deadline: Deadline,
    expired: Expired,
    *,
    what: str,
    endpoint: str,
    request_id: str | None = None,
    leaving: Leaving | None = None,
) -> Flow[httpx.Response]:
    """The answer to `request`, retried; `leaving` marks a submit (never resent once a
    byte of it may have left). When the call's deadline passes, `expired()` is raised."""
    submit = leaving is not None
    attempts = ctx.attempts(what, resend_safe=not submit)
    retried: httpx.Response | httpx.RequestError | None = None  # what the last retry was for
    while True:
        if deadline.expired():
            raise expired()
        until = deadline.earliest(attempts.deadline)
        failed: httpx.RequestError | LimitExceeded | DecodeError | None = None
        sent = {**request, "timeout": bounded(ctx.timeout, until, ctx.clock)}
        try:
            response: httpx.Response = yield Send(sent, until, ctx.max_response_bytes, leaving)
        except (httpx.RequestError, LimitExceeded, DecodeError) as exc:
            failed = exc
        if isinstance(failed, LimitExceeded | DecodeError):
            raise unreadable(failed, what=what, endpoint=endpoint, request_id=request_id)
        if failed is None:
            delay = attempts.after_response(response)
            if delay is None:
                return response
            if leaving is not None:  # a submit refused (429): nothing queued, none left yet
                leaving.started = False
            retried = response
        else:
            if deadline.expired():
                raise expired()  # our own bound fired: the caller's deadline passed
            if retried is not None and isinstance(failed, httpx.TimeoutException):
                if attempts.expired():  # the retry deadline cut a retry: report its cause
                    if isinstance(retried, httpx.Response):
                        return retried
                    failed = retried
            delay = None if failed is retried else attempts.after_error(failed)
            if delay is None:
                error = transport_error(
                    failed,
                    ctx.scrubber,
                    ctx.base_url,
                    what=what,
                    endpoint=endpoint,
                    request_id=request_id,
                    submit=submit,
                    sent=leaving is None or leaving.started,
                )
                del failed, retried
                raise error
            retried = failed
        yield from sleep(delay, deadline, expired)


def sleep(
    seconds: float, deadline: Deadline, expired: Expired, woken_by: WokenBy | None = None
) -> Flow[None]:
    """Sleep, but never past the call's deadline (then `expired()` is raised)."""
    remaining = deadline.remaining()
    if remaining is not None and seconds >= remaining:
        yield Sleep(max(0.0, remaining), woken_by)
        if deadline.expired():
            raise expired()
        return  # woken before the deadline
    yield Sleep(seconds, woken_by)
