"""One JSON document fetched within bounds: a deadline that holds, a size cap, retries.

For documents that are not the queue's: fal's per-endpoint schemas at run time
(`_remote_schemas`) and fal's model API when importing models (`scripts/fal_remote.py`).
No key of the client's is sent: the caller passes the headers it means to send, and a
redirect is never followed (it could carry them elsewhere). The body is decoded in bounded
steps and capped as it arrives; `SocketDeadline` cuts a trickling read at the deadline.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from ._bodies import (
    ACCEPTED_ENCODINGS,
    CappedBody,
    DecodeError,
    Inflater,
    LimitExceeded,
    declared_too_large,
)
from ._deadlines import SocketDeadline
from ._http import body_text
from ._jsonread import JSONError, parse_json
from ._retry import Attempts, RetryPolicy
from ._scrub import Scrubber

_NO_RETRIES = RetryPolicy(max_retries=0)


class FetchError(Exception):
    """The document could not be had; the message says what was asked and why not."""


def get_json(
    client: httpx.Client,
    url: str,
    *,
    what: str,
    deadline: float,
    max_bytes: int,
    params: Mapping[str, Any] | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy = _NO_RETRIES,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
    scrub: Scrubber | None = None,
) -> Any:
    """The JSON answer of `GET url`, by `deadline` (a `clock()` time); reads retried as the
    SDK's are (connection errors, 408, 429, 5xx, `Retry-After`). Raises FetchError."""
    scrubber = scrub or Scrubber(())
    attempts = Attempts(retry, what=what, resend_safe=True, clock=clock, rng=random.Random())
    sent = {"Accept": "application/json", "Accept-Encoding": ACCEPTED_ENCODINGS, **(headers or {})}
    while True:
        left = deadline - clock()
        if left <= 0:
            raise FetchError(f"{what}: no answer within the time allowed")
        try:
            with client.stream(
                "GET", url, params=params, headers=sent, timeout=httpx.Timeout(left)
            ) as response:
                with SocketDeadline(response, left) as guard:
                    try:
                        status, body = response.status_code, _body(response, max_bytes, what)
                    except httpx.RequestError:
                        if guard.fired:
                            raise FetchError(_late(what)) from None
                        raise
                if guard.fired:  # a shut socket can look like the end of the body
                    raise FetchError(_late(what))
        except httpx.TimeoutException:
            raise FetchError(f"{what}: no answer within the time allowed") from None
        except httpx.RequestError as exc:
            delay = attempts.after_error(exc)
            if delay is None or clock() + delay >= deadline:
                reason = scrubber.text(exc, 200) or type(exc).__name__
                raise FetchError(f"{what}: could not connect ({reason})") from None
            sleep(delay)
            continue
        if status == 200:
            try:
                return parse_json(body)
            except JSONError as exc:
                raise FetchError(f"{what}: the answer is not JSON ({exc.reason})") from None
        delay = attempts.after_response(response)
        if delay is not None and clock() + delay < deadline:
            sleep(delay)
            continue
        raise FetchError(f"{what}: {_refusal(response, body, scrubber)}")


def _late(what: str) -> str:
    return f"{what}: the answer was still arriving at the deadline"


def _body(response: httpx.Response, limit: int, what: str) -> bytes:
    """The decoded body, refused past `limit` bytes (a gzip bomb stops at the limit too)."""
    if response.is_redirect:
        return b""  # never read, never followed
    if declared_too_large(response.headers, limit):
        raise FetchError(f"{what}: the answer is larger than {limit:,} bytes")
    body = CappedBody(limit)
    try:
        inflater = Inflater(response.headers.get("content-encoding", ""))
        for raw in response.iter_raw():
            for piece in inflater.feed(raw):
                body.feed(piece)
        for piece in inflater.end():
            body.feed(piece)
    except LimitExceeded:
        raise FetchError(f"{what}: the answer is larger than {limit:,} bytes") from None
    except DecodeError as exc:
        raise FetchError(f"{what}: the answer cannot be decoded ({exc})") from None
    return body.value()


def _refusal(response: httpx.Response, body: bytes, scrub: Scrubber) -> str:
    if response.is_redirect:
        where = scrub.text(response.headers.get("location", ""), 200)
        return f"HTTP {response.status_code}, a redirect to {where or 'nowhere'} (not followed)"
    shown = body_text(httpx.Response(response.status_code, content=body[:4096]))
    return f"HTTP {response.status_code} {scrub.text(shown, 200)}".rstrip()
