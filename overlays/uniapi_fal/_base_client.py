"""The core shared by `Client` and `AsyncClient`: every step of the queue protocol that
does no I/O.

Requests are built by the generated operations (`_get_kwargs`) and answers are parsed
with the generated models; this module adds the configuration, the base URL, the
key's scope, validation before sending, and the mapping of answers to results or
typed errors. The two clients add only sending, sleeping and closing.

Submit is never retried here: fal bills every submit and has no idempotency key.
"""

from __future__ import annotations

import copy
import logging
import os
import random
import re
import time
from collections.abc import Callable, Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any, Self, cast

import attrs
import httpx

from uniapi_fal_api.types import Unset

from . import _registry, _urls
from ._auth import APIKey, HostBoundAuth
from ._constants import (
    API_KEY_ENV,
    BASE_URL_ENV,
    DEFAULT_BASE_URL,
    DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_MAX_STREAMS,
    DEFAULT_TIMEOUT,
    STREAM_READ_TIMEOUT,
)
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    FalError,
    FieldError,
    InputValidationError,
    JobCancelledError,
    JobFailedError,
    MissingAPIKeyError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseParseError,
    ResponseTooLargeError,
    ServerError,
    SubmitUncertainError,
    UnprocessableEntityError,
    ValidationItem,
)
from ._files import inline_files
from ._http import body_text, parse_retry_after
from ._journal import CANCELLED, FAILED, UNKNOWN, Journal, JournalEntry, input_digest
from ._limits import (
    ACCEPTED_ENCODINGS,
    DEFAULT_MAX_RESPONSE_BYTES,
    DecodeError,
    JSONError,
    LimitExceeded,
    parse_json,
)
from ._scrub import Scrubber, validate_api_key
from ._sendable import UnsendableBody, encode_body, sendable_problems

if TYPE_CHECKING:
    from ._batch import BatchResult
from ._logs import setup_logging
from ._pace import Pace
from ._registry import EndpointInfo
from ._remote_schemas import RemoteSchemas, default_cache_dir, resolve_url
from ._retry import NOTHING_SENT, RETRYABLE_STATUS, Attempts, RetryPolicy
from ._status import JobStatus, parse_status
from ._types import AuthScheme, RunOptions, SubmitOptions
from ._validation import validate_input, validate_with
from ._waiting import Waiter

log = logging.getLogger("uniapi_fal")
MAX_REQUEST_ID = 200
"""fal's request_ids are UUIDs (36 characters); anything much longer is not one."""
_REQUEST_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:~-]*")
"""What a request_id may hold: it becomes a URL path segment (and `****`, an echoed key
blanked, is not one)."""


@attrs.frozen
class JobRef:
    """Where a submitted request lives. URLs are already moved onto the configured host."""

    endpoint: str
    request_id: str
    owner: str
    app: str
    status_url: str | None = None
    response_url: str | None = None
    cancel_url: str | None = None
    submitted_at: float | None = None
    """The client's clock when the submit answered (None for a re-attached job)."""


@attrs.define
class _Lifecycle:
    closed: bool = False


@attrs.frozen
class ResultOutcome:
    """What a result answer means: the output or the job's failure, and the journal
    write that records it (run by the flow, off the event loop)."""

    output: Any = None
    error: FalError | None = None
    journal: tuple[Any, ...] | None = None


_ADVICE = {
    400: "The request was refused as malformed.",
    401: f"Check the key (api_key= or {API_KEY_ENV}) and the auth scheme (Key or Bearer).",
    403: "The key may not use this endpoint.",
    404: "Check the endpoint id and request_id; results are kept about an hour.",
    422: "Fix the fields listed.",
    429: "Rate limited: slow down, or retry after the delay the server asks for.",
}
_QUEUED_ADVICE = (
    " It may have been queued (and billed) all the same: it is journaled as UNKNOWN"
    " (client.jobs()); check before submitting again."
)
_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


class BaseClient:
    """Configuration and the protocol's I/O-free steps."""

    _owns_http: bool

    def __init__(
        self,
        *,
        api_key: str | None,
        base_url: str | None,
        auth_scheme: AuthScheme,
        timeout: float | httpx.Timeout | None,
        stream: bool,
        max_retries: int,
        retry: RetryPolicy | None,
        journal: Journal | str | os.PathLike[str] | bool | None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        schemas_url: str | None = None,
    ) -> None:
        setup_logging()
        from_env = api_key is None
        raw_key: object = os.environ.get(API_KEY_ENV) if from_env else api_key
        if raw_key is None or raw_key == "":
            raise MissingAPIKeyError(
                f"No API key: pass api_key=... or set {API_KEY_ENV} "
                "(a UniAPI key for https://api.uniapi.io, or a fal key for https://queue.fal.run)."
            )
        key = validate_api_key(raw_key, API_KEY_ENV if from_env else "api_key=")
        if auth_scheme not in ("Key", "Bearer"):
            raise ConfigurationError(f"auth_scheme must be 'Key' or 'Bearer', not {auth_scheme!r}")
        raw_url = base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
        try:
            url = httpx.URL(raw_url)
        except (httpx.InvalidURL, TypeError) as exc:
            raise ConfigurationError(f"base_url {raw_url!r} is not a URL: {exc}") from None
        if url.scheme not in ("http", "https") or not url.host:
            raise ConfigurationError(
                f"base_url {raw_url!r} must be an http(s) URL such as {DEFAULT_BASE_URL}"
                f" (from base_url= or {BASE_URL_ENV})"
            )
        self.base_url: httpx.URL = url.copy_with(query=None, fragment=None)
        self.auth_scheme: AuthScheme = auth_scheme
        self._key = APIKey(key)
        self._scrubber = Scrubber([key])
        """Blanks this client's key in every string that came from a server."""
        self._auth = HostBoundAuth(self._key, auth_scheme, self.base_url, self._scrubber)
        self.timeout: httpx.Timeout = _timeout(timeout)
        self.stream = stream
        self._stream_offered = True  # cleared once the server shows it has no status stream
        self.retry: RetryPolicy = _retry_policy(retry, max_retries)
        if (
            not isinstance(max_response_bytes, int)
            or isinstance(max_response_bytes, bool)
            or max_response_bytes < 1024
        ):
            raise ConfigurationError(
                f"max_response_bytes must be a whole number of bytes >= 1024, not "
                f"{max_response_bytes!r} (default {DEFAULT_MAX_RESPONSE_BYTES})"
            )
        self.max_response_bytes = max_response_bytes
        """The size an answer (after decompression) or a stream event may reach."""
        self._lifecycle = _Lifecycle()  # shared with copies (`with_options`)
        self._original = True
        remote = resolve_url(schemas_url, self.base_url)
        self._schemas = (
            RemoteSchemas(remote, cache_dir=default_cache_dir(), scrub=self._scrubber)
            if remote
            else None
        )
        """fal's documents for endpoints the spec lacks (None: such input goes unchecked)."""
        self._owns_journal = not isinstance(journal, Journal)
        self.journal: Journal = Journal.from_setting(journal)
        # Seams for tests: time and randomness of the retry and wait loops.
        self._clock: Callable[[], float] = time.monotonic
        self._random = random.Random()
        # What the waits share (stream places, durations seen): with copies too.
        self._pace = Pace(DEFAULT_MAX_STREAMS, clock=lambda: self._clock())

    def with_options(
        self,
        *,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        stream: bool | None = None,
    ) -> Self:
        """A copy with other settings, sharing the connection pool and the journal.

        ```python
        client.with_options(max_retries=10, timeout=120).run(...)
        ```
        """
        self._check_open()
        new = copy.copy(self)
        new._owns_http = False  # the original closes the shared pool and the journal
        new._owns_journal = False
        new._original = False
        if max_retries is not None:
            new.retry = _retry_policy(self.retry, max_retries)
        if timeout is not None:
            new.timeout = _timeout(timeout)
        if stream is not None:
            new.stream = stream
        return new

    copy = with_options

    def _mark_closed(self) -> bool:
        """Mark the client (and its copies) closed; False for a copy, which owns nothing
        and whose `close()` leaves the original open."""
        if self._original:
            self._lifecycle.closed = True
        return self._original

    def _check_open(self) -> None:
        if self._lifecycle.closed:
            raise ClientClosedError(
                f"this {type(self).__name__} is closed: create a new one (or use it inside "
                "its `with` block only)"
            )

    def _attempts(self, what: str, *, resend_safe: bool = True) -> Attempts:
        return Attempts(
            self.retry, what=what, resend_safe=resend_safe, clock=self._clock, rng=self._random
        )

    def __repr__(self) -> str:
        name = type(self).__name__
        return f"{name}(base_url={str(self.base_url)!r}, auth_scheme={self.auth_scheme!r})"

    # ------------------------------------------------------------------ input
    def _prepare(
        self, target: object, arguments: Mapping[str, Any] | None
    ) -> tuple[EndpointInfo, Any, dict[str, Any]]:
        """The endpoint, the generated Input model to send (None for an endpoint the spec
        does not know) and the body's JSON, after validation.

        Local files (`pathlib.Path` values) become data URIs first.
        """
        if arguments is None:
            found = None if isinstance(target, type) else _registry.endpoint_of_input(target)
            if found is None:
                raise TypeError(
                    "pass a generated Input model (from uniapi_fal.models), or an endpoint id "
                    "(or Input class) and a dict: client.run('fal-ai/flux/dev', {...}); got "
                    f"{type(target).__name__}"
                )
            info = found
            try:
                body: object = target.to_dict()  # type: ignore[attr-defined]
            except Exception:  # attrs checks no types: a wrong value breaks to_dict()
                validate_input(info.endpoint_id, info.input_schema, _plain_fields(target))
                raise InputValidationError(
                    info.endpoint_id,
                    [FieldError("(input)", "(input): holds a value that cannot be sent")],
                ) from None
        else:
            info = self._endpoint(target)
            body = dict(arguments) if isinstance(arguments, Mapping) else arguments
        body, problems = inline_files(body)
        problems = problems or sendable_problems(body)
        if problems:
            raise InputValidationError(info.endpoint_id, problems)
        if not _registry.is_typed(info):
            if not isinstance(body, dict):
                raise InputValidationError(
                    info.endpoint_id, [FieldError("(input)", "(input): expected an object")]
                )
            return info, None, body  # not in the spec: sent as given
        validate_input(info.endpoint_id, info.input_schema, body)
        assert isinstance(body, dict)
        return info, _registry.input_class(info).from_dict(body), body

    def _check_remote(self, info: EndpointInfo, body: dict[str, Any]) -> None:
        """Input for an endpoint the spec lacks, checked against fal's document for it when
        it can be had (`_remote_schemas`); raises InputValidationError."""
        if self._schemas is None or _registry.is_typed(info):
            return
        validator = self._schemas.validator(info.endpoint_id)
        if validator is not None:
            validate_with(validator, info.endpoint_id, body)

    @staticmethod
    def _endpoint(target: object) -> EndpointInfo:
        """An endpoint given as an id (known to the spec or not) or as an Input class."""
        if isinstance(target, str):
            return _registry.resolve(target)
        found = _registry.endpoint_of_input(target) if isinstance(target, type) else None
        if found is None:
            raise TypeError(
                "the endpoint must be an id such as 'fal-ai/flux/dev' or a generated Input "
                f"class, not {target!r}"
            )
        return found

    # --------------------------------------------------------------- requests
    def _absolute(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        kwargs["url"] = _urls.join(self.base_url, kwargs["url"])
        # Never followed: a redirect could carry a submit's body to another origin.
        kwargs["follow_redirects"] = False
        kwargs.setdefault("headers", {})["Accept-Encoding"] = ACCEPTED_ENCODINGS
        return kwargs

    def _bounded(self, request: dict[str, Any], deadline: float | None) -> dict[str, Any]:
        """The request with its timeouts no longer than what is left before `deadline`."""
        base = self.timeout
        if deadline is None:
            return {**request, "timeout": base}
        left = max(0.01, deadline - self._clock())

        def cap(value: float | None) -> float:
            return left if value is None else min(value, left)

        timeout = httpx.Timeout(
            connect=cap(base.connect),
            read=cap(base.read),
            write=cap(base.write),
            pool=cap(base.pool),
        )
        return {**request, "timeout": timeout}

    def _submit_kwargs(
        self, info: EndpointInfo, body: dict[str, Any], options: SubmitOptions
    ) -> dict[str, Any]:
        # Every model's submit is this one request (the spec's model paths are literal):
        # the body sent as checked (no NaN, no lone surrogate), encoded here, not by httpx.
        kwargs: dict[str, Any] = {"method": "post", "url": f"/{info.endpoint_id}"}
        sent = body
        extra = options.get("extra_body")
        if extra:
            sent = {**sent, **extra}
        try:
            kwargs["content"] = encode_body(sent)
        except UnsendableBody as exc:  # only extra_body can be: the rest was checked
            problems = list(exc.problems)
        else:
            problems = []
        if problems:
            raise InputValidationError(info.endpoint_id, problems)
        kwargs.setdefault("headers", {})["Content-Type"] = "application/json"
        headers, params = submit_headers(options), dict(options.get("extra_query") or {})
        webhook = options.get("webhook_url")
        if webhook is not None:
            params["fal_webhook"] = webhook
        if headers:
            kwargs.setdefault("headers", {}).update(headers)
        if params:
            kwargs.setdefault("params", {}).update(params)
        return self._absolute(kwargs)

    def _queue_kwargs(self, operation: str, ref: JobRef, **params: Any) -> dict[str, Any]:
        prefix = "workflow_" if _urls.is_workflow(ref.endpoint) else ""
        module = import_module(f"uniapi_fal_api.api.queue.{prefix}{operation}")
        kwargs: dict[str, Any] = module._get_kwargs(ref.owner, ref.app, ref.request_id, **params)
        return self._absolute(kwargs)

    def _attach_ref(
        self, endpoint: object, request_id: str, status_url: str | None = None
    ) -> JobRef:
        info = self._endpoint(endpoint)
        problem = request_id_problem(request_id)
        if problem:
            raise ConfigurationError(
                f"not a request_id ({problem}): {self._scrub(repr(request_id))}"
            )
        owner, app = _urls.queue_app(status_url, request_id) or _urls.endpoint_app(info.endpoint_id)
        prefix = "/workflows" if _urls.is_workflow(info.endpoint_id) else ""
        queue = _urls.join(self.base_url, f"{prefix}/{owner}/{app}/requests/{request_id}")
        return JobRef(
            info.endpoint_id, request_id, owner, app, f"{queue}/status", queue, f"{queue}/cancel"
        )

    # ---------------------------------------------------------------- answers
    def _scrub(self, text: object, limit: int = 2000) -> str:
        """`text` made safe to show: this client's key blanked, control characters out."""
        return self._scrubber.text(text, limit=limit)

    def _json(
        self, response: httpx.Response, *, what: str, endpoint: str, request_id: str | None
    ) -> Any:
        """The answer's JSON, with the key blanked in every string (a server may echo it):
        the raw data never reaches a message, an attribute or the journal."""
        try:
            return self._scrubber.json(parse_json(response.content))
        except JSONError as exc:
            raise ResponseParseError(
                self._scrub(
                    f"{what}: expected JSON ({exc}), got HTTP {response.status_code} "
                    f"{response.headers.get('content-type', '')!r}: {body_text(response)!r}"
                ),
                endpoint=endpoint,
                request_id=request_id,
            ) from None

    def _unreadable(
        self,
        exc: LimitExceeded | DecodeError,
        *,
        what: str,
        endpoint: str,
        request_id: str | None,
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

    def _safe_response(self, response: httpx.Response) -> httpx.Response:
        """A copy of an error answer for an exception to keep: the request's credentials
        masked, the key blanked in the headers and the body."""
        request = httpx.Request(
            response.request.method,
            self._scrub(str(response.request.url)),
            headers=self._scrubber.headers(response.request.headers),
        )
        text = self._scrubber.text(
            response.content.decode("utf-8", "replace"),
            limit=self.max_response_bytes,
            multiline=True,
        )
        return httpx.Response(
            response.status_code,
            headers=self._scrubber.headers(response.headers),
            content=text.encode("utf-8"),
            request=request,
        )

    def _status_error(
        self,
        response: httpx.Response,
        *,
        what: str,
        endpoint: str,
        request_id: str | None,
        submit: bool = False,
    ) -> APIStatusError:
        """One typed error for an error answer: the class by status, fal's detail parsed."""
        code = response.status_code
        detail: Any = None
        header_type = response.headers.get("x-fal-error-type")
        error_type = self._scrub(header_type, limit=200) if header_type else None
        try:
            body = self._scrubber.json(parse_json(response.content))  # it may echo the key
        except JSONError:
            body = None
            shown = self._scrub(body_text(response)) or "(empty body)"
        else:
            if isinstance(body, Mapping):
                detail = body.get("detail")
                if isinstance(body.get("error_type"), str):
                    error_type = self._scrub(body["error_type"], limit=200)
            shown = self._scrub(detail if isinstance(detail, str) else body, limit=300)
        items = _validation_items(detail) if code == 422 else []
        if items:
            shown = "; ".join(str(i) for i in items)
        cls = _STATUS_ERRORS.get(code, ServerError if code >= 500 else APIStatusError)
        advice = _ADVICE.get(
            code,
            "The server or a gateway in front of it failed; try again later."
            if code >= 500
            else "",
        )
        reason = self._scrub(response.reason_phrase or httpx.codes.get_reason_phrase(code), 100)
        ident = f" (request_id {request_id})" if request_id else ""
        maybe_queued = submit and code >= 500
        if submit and code == 404 and _registry.known(endpoint) is None:
            advice = _registry.not_in_spec_hint(endpoint)  # a typo, or a model that is gone
        if submit:
            advice += (
                _QUEUED_ADVICE if maybe_queued else " Nothing was queued: submitting again is safe."
            )
        if 300 <= code < 400:
            advice = (
                "Redirects are not followed (the key and the input go to base_url only): "
                "set base_url to the address that answers."
            )
            if submit:
                advice += " Nothing was queued."
        message = self._scrub(f"{what}{ident}: HTTP {code} {reason}: {shown}. {advice}".rstrip())
        kwargs: dict[str, Any] = dict(
            response=self._safe_response(response),
            detail=detail,
            error_type=error_type,
            endpoint=endpoint,
            request_id=request_id,
            maybe_queued=maybe_queued,
        )
        if cls is UnprocessableEntityError:
            return UnprocessableEntityError(message, items=items, **kwargs)
        error = cls(message, **kwargs)
        if isinstance(error, RateLimitError):
            error.retry_after = parse_retry_after(response.headers.get("retry-after"))
        return error

    def _check(
        self,
        response: httpx.Response,
        *,
        what: str,
        endpoint: str,
        request_id: str | None,
        submit: bool = False,
    ) -> None:
        if response.status_code >= 300:
            raise self._status_error(
                response, what=what, endpoint=endpoint, request_id=request_id, submit=submit
            )

    def _ref_from_submit(self, info: EndpointInfo, response: httpx.Response) -> JobRef:
        what = f"submit to {info.endpoint_id}"
        self._check(response, what=what, endpoint=info.endpoint_id, request_id=None, submit=True)
        try:
            return self._parse_submit(info, response, what)
        except ResponseParseError as error:  # a 2xx we cannot read: it may well be queued
            error.maybe_queued = True
            error.args = (str(error) + _QUEUED_ADVICE,)
            raise

    def _parse_submit(self, info: EndpointInfo, response: httpx.Response, what: str) -> JobRef:
        from uniapi_fal_api.models.queue_submitted import QueueSubmitted  # first use only

        data = self._json(response, what=what, endpoint=info.endpoint_id, request_id=None)
        try:
            model = QueueSubmitted.from_dict(data)
            problem = request_id_problem(model.request_id)
            if problem:
                raise ValueError(f"its request_id is unusable: {problem}")
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseParseError(
                self._scrub(f"{what}: the answer is not a queue submission ({exc}): {data}", 400),
                endpoint=info.endpoint_id,
                request_id=None,
            ) from None
        request_id = model.request_id
        owner, app = (
            _urls.queue_app(model.status_url, request_id)
            or _urls.queue_app(model.response_url, request_id)
            or _urls.endpoint_app(info.endpoint_id)
        )
        cancel = model.cancel_url if isinstance(model.cancel_url, str) else None
        return JobRef(
            endpoint=info.endpoint_id,
            request_id=request_id,
            owner=owner,
            app=app,
            status_url=_urls.rewrite(model.status_url, self.base_url),
            response_url=_urls.rewrite(model.response_url, self.base_url),
            cancel_url=_urls.rewrite(cancel, self.base_url),
            submitted_at=self._clock(),
        )

    def _status_from(self, ref: JobRef, response: httpx.Response) -> JobStatus:
        what = f"status of {ref.endpoint}"
        self._check(response, what=what, endpoint=ref.endpoint, request_id=ref.request_id)
        data = self._json(response, what=what, endpoint=ref.endpoint, request_id=ref.request_id)
        return self._parse_status(ref, data)

    def _parse_status(self, ref: JobRef, data: object) -> JobStatus:
        try:
            return parse_status(data, ref.request_id)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseParseError(
                self._scrub(
                    f"status of {ref.endpoint} (request_id {ref.request_id}): unreadable "
                    f"({exc}): {data}",
                    400,
                ),
                endpoint=ref.endpoint,
                request_id=ref.request_id,
            ) from None

    def _job_failed(
        self, ref: JobRef, error: APIStatusError, status: JobStatus | None
    ) -> JobFailedError:
        if isinstance(error, UnprocessableEntityError):
            text: str | None = "; ".join(str(i) for i in error.items)
        else:
            text = error.detail if isinstance(error.detail, str) else None
        text = text or (status.error if status else None) or error.error_type or "no detail given"
        return JobFailedError(
            f"{ref.endpoint} request {ref.request_id} failed (HTTP {error.status_code}): {text}",
            endpoint=ref.endpoint,
            request_id=ref.request_id,
            error=(status.error if status else None) or text,
            error_type=error.error_type or (status.error_type if status else None),
            detail=error.detail,
            status_code=error.status_code,
        )

    def _result_from(
        self, ref: JobRef, response: httpx.Response, status: JobStatus | None
    ) -> ResultOutcome:
        """The typed output, or the job's failure as JobFailedError / JobCancelledError;
        either way the journal write that records it."""
        what = f"result of {ref.endpoint}"
        code = response.status_code
        if code == 499:
            cancelled = JobCancelledError(
                f"{ref.endpoint} request {ref.request_id} was cancelled; it has no result.",
                endpoint=ref.endpoint,
                request_id=ref.request_id,
            )
            return ResultOutcome(
                error=cancelled, journal=(self.journal.set_state, ref.request_id, CANCELLED)
            )
        if code >= 300:
            error = self._status_error(
                response, what=what, endpoint=ref.endpoint, request_id=ref.request_id
            )
            failed = status is not None and status.is_failed
            # fal's own error bodies (validation, model failure, timeout) mean the job failed;
            # anything else (auth, not found, a gateway's HTML page) is an error of the call.
            job_failure = (
                code == 422
                or (code == 400 and failed)
                or (
                    code >= 500
                    and (failed or error.error_type is not None or isinstance(error.detail, str))
                )
            )
            if not job_failure:
                raise error
            failure = self._job_failed(ref, error, status)
            failure.__cause__ = error
            return ResultOutcome(
                error=failure,
                journal=(self.journal.set_state, ref.request_id, FAILED, failure.error),
            )
        data = self._json(response, what=what, endpoint=ref.endpoint, request_id=ref.request_id)
        info = _registry.resolve(ref.endpoint)
        try:
            output = _registry.parse_output(info, data)
        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
            expected = info.output_class or "a JSON object"
            raise ResponseParseError(
                self._scrub(
                    f"{what} (request_id {ref.request_id}) does not match {expected} ({exc}): "
                    f"{data}",
                    400,
                ),
                endpoint=ref.endpoint,
                request_id=ref.request_id,
            ) from None
        return ResultOutcome(
            output=output, journal=(self.journal.store_result, ref.request_id, data)
        )

    def _cancel_from(self, ref: JobRef, response: httpx.Response) -> str:
        """`CANCELLATION_REQUESTED` or `ALREADY_COMPLETED`; anything else raises."""
        data: Any = None
        try:
            data = self._scrubber.json(parse_json(response.content))
        except JSONError:
            pass
        state = data.get("status") if isinstance(data, Mapping) else None
        if response.status_code == 400 and state == "ALREADY_COMPLETED":
            return "ALREADY_COMPLETED"
        if response.status_code in (405, 501):
            raise self._status_error(
                response,
                what=f"cancel of {ref.endpoint} (this gateway may not support cancel)",
                endpoint=ref.endpoint,
                request_id=ref.request_id,
            )
        self._check(
            response,
            what=f"cancel of {ref.endpoint}",
            endpoint=ref.endpoint,
            request_id=ref.request_id,
        )
        return self._scrub(state, 100) if isinstance(state, str) else "CANCELLATION_REQUESTED"

    # --------------------------------------------------------------- waiting
    def _use_stream(self, stream: bool | None) -> bool:
        return (self.stream if stream is None else stream) and self._stream_offered

    def _stream_request(self, ref: JobRef, waiter: Waiter) -> dict[str, Any]:
        """Arguments of the status stream request: read timeout above fal's 15 s keep-alive,
        but never past the caller's deadline."""
        kwargs = self._queue_kwargs("stream_status", ref, logs=1)
        remaining = waiter.remaining()
        read = STREAM_READ_TIMEOUT if remaining is None else min(STREAM_READ_TIMEOUT, remaining)
        base = self.timeout
        timeout = httpx.Timeout(
            base.connect, read=max(0.05, read), write=base.write, pool=base.pool
        )
        return {
            "method": kwargs["method"].upper(),
            "url": kwargs["url"],
            "params": kwargs["params"],
            "headers": kwargs["headers"],
            "timeout": timeout,
            "follow_redirects": False,
        }

    def _stream_opened(self, ref: JobRef, response: httpx.Response) -> bool:
        """Whether to read events from this answer (False: poll instead); raises on errors.

        An error answer's body must have been read.
        """
        code = response.status_code
        if code in (405, 501):  # no status stream on this server: poll from now on
            self._stream_offered = False
            return False
        if code == 404 or code in RETRYABLE_STATUS:
            return False  # no such route, or no such request, or a hiccup: polling tells which
        self._check(
            response,
            what=f"status stream of {ref.endpoint}",
            endpoint=ref.endpoint,
            request_id=ref.request_id,
        )
        if "text/event-stream" not in response.headers.get("content-type", ""):
            self._stream_offered = False
            return False
        return True

    def _stream_event(self, ref: JobRef, waiter: Waiter, event: str) -> JobStatus | None:
        """The final status when this event's data says COMPLETED; None for any other."""
        if not event.strip():  # keep-alives and empty events
            return None
        try:
            data: object = self._scrubber.json(parse_json(event.encode("utf-8", "replace")))
        except JSONError:
            return None
        status = waiter.observe(self._parse_status(ref, data))
        if status.is_completed:
            return status
        waiter.check_deadline()
        return None

    def _transport_error(
        self,
        exc: httpx.RequestError,
        *,
        what: str,
        endpoint: str,
        request_id: str | None,
        submit: bool = False,
    ) -> APIConnectionError:
        cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        hint = (
            "raise the client's timeout= or check the server"
            if cls is APITimeoutError
            else f"check the network and base_url ({self.base_url})"
        )
        maybe_queued = submit and not isinstance(exc, NOTHING_SENT)
        if submit:
            hint += "." + (_QUEUED_ADVICE if maybe_queued else " Nothing was sent.")
        elif request_id:
            hint += f". The job goes on: client.job({endpoint!r}, {request_id!r}) re-attaches."
        return cls(
            self._scrub(f"{what}: {type(exc).__name__}: {exc or 'no detail'}; {hint}"),
            endpoint=endpoint,
            request_id=request_id,
            maybe_queued=maybe_queued,
        )

    # ---------------------------------------------------------------- journal
    def _journal_submit(
        self, info: EndpointInfo, body: Mapping[str, Any], batch_key: str | None = None
    ) -> int | None:
        """Written before the submit is sent: a crash mid-submit still leaves a trace."""
        return self.journal.begin(
            info.endpoint_id, str(self.base_url), input_digest(body), batch_key
        )

    def _journal_submitted(self, row: int | None, ref: JobRef, state: str) -> None:
        urls = (ref.status_url, ref.response_url, ref.cancel_url)
        self.journal.submitted(row, ref.request_id, state, urls)

    def _journal_failed_submit(self, row: int | None, error: FalError) -> None:
        maybe = isinstance(error, APIError) and error.maybe_queued
        self.journal.abandon(row, maybe_queued=maybe, error=str(error))

    def _journal_interrupted_submit(self, row: int | None) -> None:
        """Interrupted (Ctrl-C) while the submit was out: fal may have queued it."""
        self.journal.abandon(
            row, maybe_queued=True, error=f"interrupted while the submit was sent ({UNKNOWN})"
        )

    def _cached_result(self, ref: JobRef) -> Any | None:
        """The typed output from the journal's cache, if this job's result was collected."""
        cached = self.journal.cached_result(ref.request_id)
        if not isinstance(cached, Mapping):
            return None
        try:
            return _registry.parse_output(_registry.resolve(ref.endpoint), cached)
        except (KeyError, TypeError, ValueError, AttributeError):
            return None  # cached under another version of the spec: fetch it again

    def _batch_entry(self, key: str | None) -> JournalEntry | None:
        """The newest journal entry of a batch item, if it was ever submitted."""
        if key is None:
            return None
        found = self.journal.entries(base_url=str(self.base_url), batch_key=key)
        return found[-1] if found else None

    def _batch_outcome(self, index: int, item: object, entry: JournalEntry | None) -> BatchResult:
        """The result of a batch item that a journal entry settles without any request."""
        from ._batch import BatchResult, plan

        action = plan(entry)
        rid = entry.request_id if entry else None
        endpoint = entry.endpoint if entry else ""
        if entry is not None and action == "cached":
            ref = self._attach_ref(entry.endpoint, entry.request_id or "", entry.status_url)
            output = self._cached_result(ref)
            if output is not None:
                return BatchResult(index, item, output=output, request_id=rid, source="journal")
        error: FalError
        if action == "failed":
            error = JobFailedError(
                f"{endpoint} request {rid} failed earlier: {entry.error if entry else ''} "
                "(from the journal; not submitted again)",
                endpoint=endpoint,
                request_id=rid or "",
                error=entry.error if entry else None,
            )
        elif action == "cancelled":
            error = JobCancelledError(
                f"{endpoint} request {rid} was cancelled earlier (from the journal)",
                endpoint=endpoint,
                request_id=rid,
            )
        else:
            error = SubmitUncertainError(
                f"item {index}: an earlier submit to {endpoint} may have been queued "
                f"({entry.error if entry else 'no answer was recorded'}); it is not sent "
                f"again. Check it, then client.journal.forget({entry.id if entry else '...'}) "
                "to resubmit.",
                endpoint=endpoint,
                request_id=rid,
            )
        return BatchResult(index, item, error=error, request_id=rid, source="journal")

    def jobs(self) -> list[JournalEntry]:
        """The journal's entries for this client's base URL, oldest first."""
        self._check_open()
        return self.journal.entries(base_url=str(self.base_url))

    def _unfinished_refs(self) -> list[JobRef]:
        refs = []
        for entry in self.jobs():
            if not entry.unfinished or entry.request_id is None:
                continue
            try:
                refs.append(self._attach_ref(entry.endpoint, entry.request_id, entry.status_url))
            except ConfigurationError:
                log.warning(
                    "journal: %s %s cannot be re-attached", entry.endpoint, entry.request_id
                )
        return refs


def request_id_problem(value: object) -> str | None:
    """Why `value` cannot be a request_id (it becomes part of every queue URL), or None."""
    if not isinstance(value, str) or not value:
        return "missing or not a string"
    if len(value) > MAX_REQUEST_ID:
        return f"{len(value):,} characters, more than {MAX_REQUEST_ID}"
    if not _REQUEST_ID.fullmatch(value):
        return "only letters, digits and . _ : ~ - may form one (and not . or .. alone)"
    return None


def _timeout(value: object) -> httpx.Timeout:
    """The request timeout from `timeout=`: seconds (> 0) or an `httpx.Timeout`."""
    if value is None:
        return httpx.Timeout(DEFAULT_TIMEOUT, connect=DEFAULT_CONNECT_TIMEOUT)
    if isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return httpx.Timeout(float(value), connect=min(float(value), DEFAULT_CONNECT_TIMEOUT))
    raise ConfigurationError(
        f"timeout must be a number of seconds > 0, an httpx.Timeout or None, not {value!r}"
    )


def _retry_policy(retry: RetryPolicy | None, max_retries: int) -> RetryPolicy:
    """The policy with `max_retries`, a bad value a ConfigurationError."""
    try:
        return attrs.evolve(retry or RetryPolicy(), max_retries=max_retries)
    except (TypeError, ValueError) as exc:
        raise ConfigurationError(str(exc)) from None


_SUBMIT_KEYS = frozenset(SubmitOptions.__annotations__)


def submit_options(options: RunOptions) -> SubmitOptions:
    """The part of `run`'s options that concerns the submit."""
    return cast(SubmitOptions, {k: v for k, v in options.items() if k in _SUBMIT_KEYS})


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
    if options.get("no_retry"):
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
    if options.get("store_io") is False:
        headers["X-Fal-Store-IO"] = "0"
    headers.update(options.get("extra_headers") or {})
    return headers


def _plain_fields(model: Any) -> dict[str, Any]:
    """An Input model's set fields as they are, to name the one that broke its `to_dict()`."""
    out = {}
    for field in attrs.fields(type(model)):
        value = getattr(model, field.name)
        if not isinstance(value, Unset):
            out[field.name] = value.to_dict() if hasattr(value, "to_dict") else value
    return out


def _validation_items(detail: Any) -> list[ValidationItem]:
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
