"""Answers into values or typed errors: one error per failure, fal's detail parsed, the
key blanked in everything kept (a server may echo it back).

Each function returns the error for its caller to raise: the frame that holds the raw
answer is gone before a traceback is made.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from .. import _registry
from .._bodies import DecodeError, LimitExceeded
from .._constants import API_KEY_ENV
from .._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseParseError,
    ResponseTooLargeError,
    ServerError,
    UnprocessableEntityError,
    ValidationItem,
)
from .._http import body_text, parse_retry_after
from .._jsonread import JSONError, parse_json
from .._retry import NOTHING_SENT
from .._scrub import Scrubber

QUEUED_ADVICE = " It may have been queued (and billed) all the same: check before submitting again."
JOURNALED_UNKNOWN = " It is journaled as UNKNOWN (client.jobs())."
"""Added to a submit's `maybe_queued` error when the client has a journal."""
_ADVICE = {
    400: "The request was refused as malformed.",
    401: f"Check the key (api_key= or {API_KEY_ENV}) and the auth scheme (Key or Bearer).",
    403: "The key may not use this endpoint.",
    404: "Check the endpoint id and request_id; results are kept about an hour.",
    422: "Fix the fields listed.",
    429: "Rate limited: slow down, or retry after the delay the server asks for.",
}
_SERVER_ADVICE = "The server or a gateway in front of it failed; try again later."
_REDIRECT_ADVICE = (
    "Redirects are not followed (the key and the input go to base_url only): set base_url "
    "to the address that answers."
)
_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def read_json(
    response: httpx.Response,
    scrubber: Scrubber,
    *,
    what: str,
    endpoint: str,
    request_id: str | None,
) -> Any | ResponseParseError:
    """The answer's JSON with the key blanked in every string, or the error saying why not."""
    try:
        return scrubber.json(parse_json(response.content))
    except JSONError as exc:
        reason = exc.reason
    shown = f"HTTP {response.status_code} {response.headers.get('content-type', '')!r}"
    return ResponseParseError(
        scrubber.text(f"{what}: expected JSON ({reason}), got {shown}: {body_text(response)!r}"),
        endpoint=endpoint,
        request_id=request_id,
    )


def unreadable(
    exc: LimitExceeded | DecodeError, *, what: str, endpoint: str, request_id: str | None
) -> ResponseParseError:
    """A body too large to read, or whose compression is broken."""
    ident = f" (request_id {request_id})" if request_id else ""
    if isinstance(exc, DecodeError):
        return ResponseParseError(
            f"{what}{ident}: the answer cannot be decoded ({exc}); nothing of it was used.",
            endpoint=endpoint,
            request_id=request_id,
        )
    return ResponseTooLargeError(
        f"{what}{ident}: the {exc.what} passed {exc.limit:,} bytes (after decompression); "
        "nothing more was read. If this model returns large inline results, raise "
        "max_response_bytes= on the client.",
        endpoint=endpoint,
        request_id=request_id,
    )


def safe_response(response: httpx.Response, scrubber: Scrubber, limit: int) -> httpx.Response:
    """A copy of an answer for an exception or a `RawResponse` to keep: the request's
    credentials masked, the key blanked in the headers and the body."""
    request = httpx.Request(
        response.request.method,
        scrubber.text(str(response.request.url)),
        headers=scrubber.headers(response.request.headers),
    )
    text = scrubber.text(response.content.decode("utf-8", "replace"), limit=limit, multiline=True)
    return httpx.Response(
        response.status_code,
        headers=scrubber.headers(response.headers),
        content=text.encode("utf-8"),
        request=request,
    )


def _detail(response: httpx.Response, scrubber: Scrubber) -> tuple[Any, str | None, str]:
    """fal's `detail`, its error type, and the text to show, all scrubbed."""
    header = response.headers.get("x-fal-error-type")
    error_type = scrubber.text(header, 200) if header else None
    try:
        body = scrubber.json(parse_json(response.content))
    except JSONError:
        return None, error_type, scrubber.text(body_text(response)) or "(empty body)"
    detail, code = _fals_detail(body)
    if isinstance(body, Mapping) and isinstance(body.get("error_type"), str):
        error_type = scrubber.text(body["error_type"], 200)
    elif error_type is None and code is not None:
        error_type = scrubber.text(code, 200)
    return detail, error_type, scrubber.text(detail if isinstance(detail, str) else body, 300)


def _fals_detail(body: object) -> tuple[Any, str | None]:
    """The detail of an error body and its code, in the shapes fal and gateways send:
    `{"detail": ...}`, `{"error": {"message": ..., "code": ...}}`, `{"error": "..."}`,
    `{"message": ...}`."""
    if not isinstance(body, Mapping):
        return None, None
    if "detail" in body:
        return body["detail"], None
    error = body.get("error")
    if isinstance(error, Mapping):
        message, code = error.get("message"), error.get("code", error.get("type"))
        return (
            message if isinstance(message, str) else None,
            str(code) if isinstance(code, str | int) and not isinstance(code, bool) else None,
        )
    if isinstance(error, str):
        return error, None
    message = body.get("message")
    return (message if isinstance(message, str) else None), None


def _advice(code: int, endpoint: str, submit: bool) -> str:
    if 300 <= code < 400:
        return _REDIRECT_ADVICE + (" Nothing was queued." if submit else "")
    advice = _ADVICE.get(code, _SERVER_ADVICE if code >= 500 else "")
    if submit and code == 404 and _registry.known(endpoint) is None:
        advice = _registry.not_in_spec_hint(endpoint)  # a typo, or a model that is gone
    if submit:
        advice += QUEUED_ADVICE if code >= 500 else " Nothing was queued: submitting again is safe."
    return advice


def status_error(
    response: httpx.Response,
    scrubber: Scrubber,
    limit: int,
    *,
    what: str,
    endpoint: str,
    request_id: str | None,
    submit: bool = False,
) -> APIStatusError:
    """One typed error for an error answer: the class by status, fal's detail parsed."""
    code = response.status_code
    detail, error_type, shown = _detail(response, scrubber)
    items = validation_items(detail) if code == 422 else []
    if items:
        shown = "; ".join(str(i) for i in items)
    reason = scrubber.text(response.reason_phrase or httpx.codes.get_reason_phrase(code), 100)
    ident = f" (request_id {request_id})" if request_id else ""
    advice = _advice(code, endpoint, submit)
    message = scrubber.text(f"{what}{ident}: HTTP {code} {reason}: {shown}. {advice}".rstrip())
    cls = _CLASSES.get(code, ServerError if code >= 500 else APIStatusError)
    kwargs: dict[str, Any] = dict(
        response=safe_response(response, scrubber, limit),
        detail=detail,
        error_type=error_type,
        endpoint=endpoint,
        request_id=request_id,
        maybe_queued=submit and code >= 500,
    )
    if cls is UnprocessableEntityError:
        return UnprocessableEntityError(message, items=items, **kwargs)
    error = cls(message, **kwargs)
    if isinstance(error, RateLimitError):
        error.retry_after = parse_retry_after(response.headers.get("retry-after"))
    return error


def transport_error(
    exc: httpx.RequestError,
    scrubber: Scrubber,
    base_url: httpx.URL,
    *,
    what: str,
    endpoint: str,
    request_id: str | None,
    submit: bool = False,
    sent: bool = True,
) -> APIConnectionError:
    """A request that got no answer. A submit may have been queued when its bytes had
    left (`sent`) and the failure was not one of those that come before any byte does."""
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    hint = (
        "raise the client's timeout= or check the server"
        if cls is APITimeoutError
        else f"check the network and base_url ({base_url})"
    )
    maybe_queued = submit and sent and not isinstance(exc, NOTHING_SENT)
    if submit:
        hint += "." + (QUEUED_ADVICE if maybe_queued else " Nothing was sent.")
    elif request_id:
        hint += f". The job goes on: client.job({endpoint!r}, {request_id!r}) re-attaches."
    return cls(
        scrubber.text(f"{what}: {type(exc).__name__}: {exc or 'no detail'}; {hint}"),
        endpoint=endpoint,
        request_id=request_id,
        maybe_queued=maybe_queued,
    )


def validation_items(detail: Any) -> list[ValidationItem]:
    """fal's 422 `detail` list as items (`loc`, `msg`, `type`); anything else, none."""
    if not isinstance(detail, list):
        return []
    items = []
    for raw in detail:
        if not isinstance(raw, Mapping):
            continue
        loc = raw.get("loc")
        items.append(
            ValidationItem(
                loc=tuple(p for p in loc if isinstance(p, str | int))
                if isinstance(loc, list)
                else (),
                msg=str(raw.get("msg", "")),
                type=str(raw.get("type", "")),
                input=raw.get("input"),
                ctx=raw.get("ctx"),
            )
        )
    return items
