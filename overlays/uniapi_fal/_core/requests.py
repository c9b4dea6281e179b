"""The requests of the queue protocol, built from the configured base URL.

A model's submit is `POST {base}/{endpoint id}` with the checked input as its JSON body,
the same for every model (the spec's model paths are literal); a job's reads are `GET`
(`PUT` for cancel) on `{base}/{owner}/{app}/requests/{request_id}[/status[/stream]]`
(`/workflows/...` for fal's workflows). No request follows a redirect: it could carry
the key or a submit's body to another origin.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal
from urllib.parse import quote

import httpx

from .. import _urls
from .._bodies import ACCEPTED_ENCODINGS
from .._constants import STREAM_READ_TIMEOUT
from .._exceptions import ConfigurationError, InputValidationError
from .._sendable import UnsendableBody, encode_body
from .._types import SubmitOptions
from .ref import JobRef

Read = Literal["status", "result", "cancel", "stream"]
_READS: dict[Read, tuple[str, str]] = {
    "status": ("GET", "/status"),
    "result": ("GET", ""),
    "cancel": ("PUT", "/cancel"),
    "stream": ("GET", "/status/stream"),
}


def absolute(base_url: httpx.URL, request: dict[str, Any]) -> dict[str, Any]:
    """A request on the configured host (a path is joined to it; a full URL is one already
    moved onto it): never redirected, compressed answers accepted only in the encodings
    the SDK decodes in bounded steps."""
    if request["url"].startswith("/"):
        request["url"] = _urls.join(base_url, request["url"])
    request["follow_redirects"] = False
    request.setdefault("headers", {})["Accept-Encoding"] = ACCEPTED_ENCODINGS
    return request


def submit_request(
    base_url: httpx.URL, endpoint_id: str, body: Mapping[str, Any], options: SubmitOptions
) -> dict[str, Any]:
    """The submit: the body sent as checked (no NaN, no lone surrogate), encoded here and
    not by httpx; `extra_body` merged after validation (checked only as sendable JSON)."""
    sent = dict(body)
    extra = options.get("extra_body")
    if extra:
        sent.update(extra)
    try:
        content = encode_body(sent)
    except UnsendableBody as exc:  # only extra_body can be: the rest was checked
        raise InputValidationError(endpoint_id, list(exc.problems)) from None
    headers = {"Content-Type": "application/json", **submit_headers(options)}
    params = dict(options.get("extra_query") or {})
    webhook = options.get("webhook_url")
    if webhook is not None:
        params["fal_webhook"] = webhook_url(webhook)
    request: dict[str, Any] = {
        "method": "POST",
        "url": f"/{endpoint_id}",
        "content": content,
        "headers": headers,
    }
    if params:
        request["params"] = params
    return absolute(base_url, request)


def read_request(
    base_url: httpx.URL, ref: JobRef, read: Read, *, logs: bool | None = None
) -> dict[str, Any]:
    """One of a job's reads: its status (with its log lines if `logs`), its result, its
    cancel, or its status stream. The URLs the server gave are followed (moved onto the
    configured host when the job was submitted: a gateway may keep the endpoint's
    sub-path in them); the rest are built as fal documents them."""
    method, tail = _READS[read]
    url = _given_url(ref, read)
    if url is None:
        prefix = "/workflows" if _urls.is_workflow(ref.endpoint) else ""
        owner, app, rid = (quote(part, safe="") for part in (ref.owner, ref.app, ref.request_id))
        url = f"{prefix}/{owner}/{app}/requests/{rid}{tail}"
    request: dict[str, Any] = {"method": method, "url": url}
    if logs is not None:
        request["params"] = {"logs": int(logs)}
    return absolute(base_url, request)


def _given_url(ref: JobRef, read: Read) -> str | None:
    if read == "result":
        return ref.response_url
    if read == "cancel":
        return ref.cancel_url
    if read == "stream" and ref.status_url is not None:
        return _urls.with_tail(ref.status_url, add="/stream")
    return ref.status_url


def stream_timeout(timeout: httpx.Timeout, remaining: float | None) -> httpx.Timeout:
    """The status stream's timeouts: a read timeout above fal's 15 s keep-alive, never
    past what is left of the call, and the rest of the request's own, cut likewise."""
    read = STREAM_READ_TIMEOUT if remaining is None else min(STREAM_READ_TIMEOUT, remaining)
    left = None if remaining is None else max(0.001, remaining)

    def cap(value: float | None) -> float | None:
        if left is None:
            return value
        return left if value is None else min(value, left)

    return httpx.Timeout(
        connect=cap(timeout.connect),
        read=max(0.05, read),
        write=cap(timeout.write),
        pool=cap(timeout.pool),
    )


def submit_headers(options: SubmitOptions) -> dict[str, str]:
    """fal's submit headers for these options; a bad value is a ConfigurationError."""
    headers: dict[str, str] = {}
    priority = options.get("priority")
    if priority is not None:
        if priority not in ("normal", "low"):
            raise ConfigurationError(f"priority must be 'normal' or 'low', not {priority!r}")
        headers["X-Fal-Queue-Priority"] = priority
    timeout = options.get("request_timeout")
    if timeout is not None:
        if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not timeout > 0:
            raise ConfigurationError(f"request_timeout must be seconds > 0, not {timeout!r}")
        headers["X-Fal-Request-Timeout"] = f"{timeout:g}"
    hint = options.get("runner_hint")
    if hint is not None:
        if not isinstance(hint, str) or not hint.isprintable() or not hint.strip():
            raise ConfigurationError(f"runner_hint must be printable text, not {hint!r}")
        headers["X-Fal-Runner-Hint"] = hint
    no_retry = options.get("no_retry")
    if no_retry is not None and not isinstance(no_retry, bool):
        raise ConfigurationError(f"no_retry must be True or False, not {no_retry!r}")
    if no_retry:
        headers["X-Fal-No-Retry"] = "1"
    expiration = options.get("object_expiration")
    if expiration is not None:
        if isinstance(expiration, bool) or not isinstance(expiration, int) or expiration < 1:
            raise ConfigurationError(
                f"object_expiration must be whole seconds >= 1, not {expiration!r}"
            )
        headers["X-Fal-Object-Lifecycle-Preference"] = (
            '{"expiration_duration_seconds":' + str(expiration) + "}"
        )
    store_io = options.get("store_io")
    if store_io is not None and not isinstance(store_io, bool):
        raise ConfigurationError(f"store_io must be True or False, not {store_io!r}")
    if store_io is False:
        headers["X-Fal-Store-IO"] = "0"
    headers.update(options.get("extra_headers") or {})
    return headers


def webhook_url(value: object) -> str:
    """`value` if fal can deliver to it: an absolute http(s) URL with a host."""
    problem = None
    if not isinstance(value, str):
        problem = "it is not a string"
    else:
        try:
            url = httpx.URL(value)
        except httpx.InvalidURL as exc:
            problem = str(exc)
        else:
            if url.scheme not in ("http", "https") or not url.host:
                problem = "fal delivers only to an absolute http:// or https:// URL"
    if problem is not None:
        raise ConfigurationError(f"webhook_url {value!r:.200} cannot be used: {problem}")
    assert isinstance(value, str)
    return value
