"""Every failure a user can hit, as one typed exception with a message that says what to do.

The tree::

    FalError
    ├── ConfigurationError        a constructor argument or variable is unusable
    │   ├── MissingAPIKeyError    no key configured
    │   └── ClientClosedError     the client was used after close()
    ├── JournalError              the job journal's file cannot be read or written
    ├── UnknownEndpointError      a typed model was asked of an endpoint the spec lacks
    ├── InputValidationError      input rejected before sending (one item per bad field)
    ├── APIError                  the server or the network failed a call
    │   ├── APIConnectionError
    │   │   └── APITimeoutError
    │   ├── ResponseParseError    a body that is not what the spec describes
    │   │   └── ResponseTooLargeError  a body (or stream line) over the size limit
    │   ├── RealtimeError         a realtime session's error frame, or its socket closed
    │   └── APIStatusError        an HTTP error status
    │       ├── BadRequestError          400
    │       ├── AuthenticationError      401
    │       ├── PermissionDeniedError    403
    │       ├── NotFoundError            404
    │       ├── UnprocessableEntityError 422 (fal's validation items in `.items`)
    │       ├── RateLimitError           429
    │       └── ServerError              5xx, including 520-527
    └── JobError                  the queued job itself did not produce a result
        ├── JobFailedError        COMPLETED with an error, or the result endpoint failed it
        ├── JobCancelledError
        ├── SubmitUncertainError  `map(batch=...)`: an earlier submit may have been queued
        └── WaitTimeoutError      the caller's `timeout=` passed; the job still runs
    DownloadError                 a result file could not be saved (under FalError)
    WebhookVerificationError      (uniapi_fal.webhooks) a delivery failed verification
    └── JWKSFetchError            fal's public keys could not be fetched

Usage::

    try:
        out = client.run(FluxDevInput(prompt="..."))
    except uniapi_fal.FalError as exc:
        print(exc)   # never contains the key
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs
import httpx


@attrs.frozen
class FieldError:
    """One bad input field: where (`prompt`, `image_size.width`) and why."""

    path: str
    message: str

    def __str__(self) -> str:
        return self.message


@attrs.frozen
class ValidationItem:
    """One item of fal's 422 `detail` list."""

    loc: tuple[str | int, ...]
    msg: str
    type: str
    input: Any = None
    ctx: Any = None

    @property
    def field(self) -> str:
        """`loc` without its leading "body", dotted: `image_size.width`."""
        parts = [str(p) for p in self.loc]
        if parts and parts[0] == "body":
            parts = parts[1:]
        return ".".join(parts) or "(input)"

    def __str__(self) -> str:
        return f"{self.field}: {self.msg}"


class FalError(Exception):
    """Base class of every exception this SDK raises."""


class ConfigurationError(FalError, ValueError):
    """A client setting (argument or environment variable) cannot be used."""


class MissingAPIKeyError(ConfigurationError):
    """No API key was given or found in the environment."""


class ClientClosedError(ConfigurationError):
    """The client was used after `close()` (or after its `with` block ended)."""


class EventLoopError(ConfigurationError):
    """An `AsyncClient` was used in an event loop other than the one it first ran in (a
    second `asyncio.run()`): its connections belong to that first loop."""


class JournalError(FalError):
    """The job journal (SQLite) cannot be opened, read or written: the message names the
    file and says how to move it (`journal=<path>`, `UNIAPI_FAL_JOURNAL`) or turn it off
    (`journal=False`). `request_id` is set when a submitted job could not be recorded: the
    job exists, keep that id."""

    def __init__(self, message: str, *, path: str | None = None, request_id: str | None = None):
        super().__init__(message)
        self.path = path
        self.request_id = request_id


class DownloadError(FalError):
    """A result file could not be saved: the message says which and why."""


class UploadError(FalError):
    """A file to upload cannot be read (missing, not a regular file, changed while sent):
    the message says which and why. Errors of the storage service itself are the usual
    `APIError`s."""


class UnknownEndpointError(FalError):
    """An endpoint id the spec does not describe, where its schema is needed (`uniapi-fal
    schema`, a webhook's `output_as`). Running such an endpoint is allowed: untyped."""

    def __init__(self, message: str, *, endpoint: str) -> None:
        super().__init__(message)
        self.endpoint = endpoint


class InputValidationError(FalError, ValueError):
    """The input failed the model's schema; nothing was sent."""

    def __init__(self, endpoint: str, errors: Sequence[FieldError]) -> None:
        self.endpoint = endpoint
        self.errors: tuple[FieldError, ...] = tuple(errors)
        lines = "\n".join(f"  - {e.message}" for e in self.errors)
        super().__init__(
            f"invalid input for {endpoint} ({len(self.errors)} problem"
            f"{'s' if len(self.errors) != 1 else ''}); nothing was sent:\n{lines}"
        )


class APIError(FalError):
    """A call to the server failed; `request_id` is set when the job is known."""

    def __init__(
        self,
        message: str,
        *,
        endpoint: str | None = None,
        request_id: str | None = None,
        maybe_queued: bool = False,
    ) -> None:
        super().__init__(message)
        self.endpoint = endpoint
        self.request_id = request_id
        self.maybe_queued = maybe_queued
        """For a failed submit: True when fal may have queued (and billed) it anyway, because
        the failure came after the request was sent (a 5xx, a dropped connection). False:
        nothing was queued, submitting again is safe."""


class RealtimeError(APIError):
    """A realtime session failed: the server sent an `x-fal-error` (fal's `error` code, as
    `INTERNAL_ERROR`, `TIMEOUT`; its `reason`; `payload`), or it closed (`close_code`)."""

    def __init__(
        self,
        message: str,
        *,
        error: str,
        reason: str | None = None,
        payload: Any = None,
        close_code: int | None = None,
        endpoint: str | None = None,
    ) -> None:
        super().__init__(message, endpoint=endpoint)
        self.error, self.reason, self.payload, self.close_code = error, reason, payload, close_code


class APIConnectionError(APIError):
    """The server could not be reached, or the connection broke."""


class APITimeoutError(APIConnectionError, TimeoutError):
    """A request ran out of time: the client's per-request `timeout`, or the call's own
    `timeout=` while the request was being sent or read. Also a builtin `TimeoutError`,
    so `except TimeoutError` catches every way a call can run out of time."""


class ResponseParseError(APIError):
    """The server answered with a body the spec does not describe."""


class ResponseTooLargeError(ResponseParseError):
    """A body (after decompression) or a status-stream line passed the client's size limit
    (`max_response_bytes=`); nothing more of it was read."""


class APIStatusError(APIError):
    """The server answered with an error status."""

    status_code: int

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        detail: Any = None,
        error_type: str | None = None,
        endpoint: str | None = None,
        request_id: str | None = None,
        maybe_queued: bool = False,
    ) -> None:
        super().__init__(
            message, endpoint=endpoint, request_id=request_id, maybe_queued=maybe_queued
        )
        self.response = response
        self.status_code = response.status_code
        self.detail = detail
        """fal's `detail`: a message, or the list of validation items."""
        self.error_type = error_type
        """fal's `error_type` (body or `X-Fal-Error-Type` header), when given."""


class BadRequestError(APIStatusError):
    """400: the request was malformed, or the result is not ready."""


class AuthenticationError(APIStatusError):
    """401: the key is missing or wrong."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not use this endpoint."""


class NotFoundError(APIStatusError):
    """404: unknown endpoint or request_id (results expire after about an hour)."""


class UnprocessableEntityError(APIStatusError):
    """422: the server rejected the input; `.items` lists fal's validation items."""

    def __init__(self, message: str, *, items: Sequence[ValidationItem], **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.items: tuple[ValidationItem, ...] = tuple(items)


class RateLimitError(APIStatusError):
    """429: too many requests; `retry_after` is the server's hint in seconds, if any."""

    retry_after: float | None = None


class ServerError(APIStatusError):
    """5xx (520-527 included): the server or a gateway in front of it failed."""


class JobError(FalError):
    """The job was accepted but did not produce a result."""

    def __init__(self, message: str, *, endpoint: str, request_id: str | None) -> None:
        super().__init__(message)
        self.endpoint = endpoint
        self.request_id = request_id


class JobFailedError(JobError):
    """The model failed: COMPLETED with `error` set, or an error from the result endpoint."""

    def __init__(
        self,
        message: str,
        *,
        endpoint: str,
        request_id: str,
        error: str | None = None,
        error_type: str | None = None,
        detail: Any = None,
        status_code: int | None = None,
        items: list[ValidationItem] | None = None,
    ) -> None:
        super().__init__(message, endpoint=endpoint, request_id=request_id)
        self.error = error
        self.error_type = error_type
        self.detail = detail
        self.status_code = status_code
        self.items = items or []
        """fal's 422 items (`loc`, `msg`, `type`), when the job failed validation."""


class JobCancelledError(JobError):
    """The job was cancelled before it produced a result."""


class SubmitUncertainError(JobError):
    """A batch item whose earlier submit failed after it was sent: fal may have queued it,
    so it is not sent again. Check it, then `client.journal.forget(entry.id)` to resubmit."""


class WaitTimeoutError(JobError, TimeoutError):
    """The caller's `timeout=` passed while the job was still queued or running."""


class WebhookVerificationError(FalError):
    """A webhook delivery failed verification: do not trust it (answer 401)."""


class JWKSFetchError(WebhookVerificationError):
    """fal's public keys could not be fetched: the delivery is unchecked, not forged.

    Answer with a 5xx so that fal delivers it again later.
    """
