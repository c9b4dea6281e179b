"""The submit: the input checked and converted once, the journal row written before the
request leaves, the request sent once, the answer journaled.

The journal row is written after the input is known to be sendable (no row for a request
that was never sent) and before its bytes leave (a crash mid-submit still leaves a
trace). A submit that fails, times out or is interrupted before any byte left removes its
row; one whose bytes may have left is marked UNKNOWN (fal may have queued and billed it).
A journal failure after fal accepted the job is logged and the job handed back.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple, TypeVar

import attrs
import httpx

from .. import _registry, _urls
from .._exceptions import (
    APIError,
    APITimeoutError,
    FalError,
    FieldError,
    InputValidationError,
    ResponseParseError,
)
from .._files import has_local_files, inline_files
from .._journal import UNKNOWN, input_digest
from .._registry import EndpointInfo
from .._sendable import sendable_problems
from .._status import IN_QUEUE
from .._types import SubmitOptions
from .._validation import validate_input, validate_with
from .answers import JOURNALED_UNKNOWN, QUEUED_ADVICE, read_json, status_error
from .context import Context
from .deadline import Deadline
from .effects import Flow, Leaving, Local, journaled
from .ref import JobRef, endpoint_of, request_id_problem
from .requests import read_request, submit_request
from .sending import send

log = logging.getLogger("uniapi_fal")

T = TypeVar("T")


class Prepared(NamedTuple):
    """An input ready to send: its endpoint, and its JSON (checked, local files inlined)."""

    info: EndpointInfo
    body: dict[str, Any]


def prepare(target: object, arguments: Mapping[str, Any] | None) -> Prepared:
    """The endpoint and the body to send, validated against the spec where it has the
    model: an Input model is turned into its JSON once (`to_dict`), a dict is taken as it
    is. Local files (`pathlib.Path` values) become data URIs first."""
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
        info = endpoint_of(target)
        body = dict(arguments) if isinstance(arguments, Mapping) else arguments
    body, problems = inline_files(body)
    problems = problems or sendable_problems(body)
    if problems:
        raise InputValidationError(info.endpoint_id, problems)
    if not isinstance(body, dict):
        raise InputValidationError(
            info.endpoint_id, [FieldError("(input)", "(input): expected an object")]
        )
    if _registry.is_typed(info):
        validate_input(info.endpoint_id, info.input_schema, body)
    return Prepared(info, body)


def check_remote(ctx: Context, prepared: Prepared) -> None:
    """Input for an endpoint the spec lacks, checked against fal's document for it when
    it can be had (`_remote_schemas`: it may fetch it); raises InputValidationError."""
    if ctx.schemas is None or _registry.is_typed(prepared.info):
        return
    validator = ctx.schemas.validator(prepared.info.endpoint_id)
    if validator is not None:
        validate_with(validator, prepared.info.endpoint_id, prepared.body)


def prepared(ctx: Context, target: object, arguments: Mapping[str, Any] | None) -> Flow[Prepared]:
    """`prepare`, in a worker thread when local files must be read; then, for an
    endpoint the spec lacks, the check against fal's document (which may fetch it)."""
    if has_local_files(arguments if arguments is not None else target):
        ready: Prepared = yield Local(prepare, (target, arguments))
    else:
        ready = prepare(target, arguments)
    if ctx.schemas is not None and not _registry.is_typed(ready.info):
        yield Local(check_remote, (ctx, ready))
    return ready


def submit(
    ctx: Context,
    target: object,
    arguments: Mapping[str, Any] | None,
    options: SubmitOptions,
    deadline: Deadline,
    batch_key: str | None = None,
    keep: list[httpx.Response] | None = None,
    leaving: Leaving | None = None,
) -> Flow[JobRef]:
    """Check the input, journal it, send it once, journal the answer. `leaving` tells the
    caller whether the request's bytes have started to leave."""
    ready = yield from prepared(ctx, target, arguments)
    endpoint = ready.info.endpoint_id
    request = submit_request(ctx.base_url, endpoint, ready.body, options)
    leaving = leaving or Leaving()
    digest = input_digest(ready.body)
    row: int | None = yield from journaled(
        ctx.journal.begin, endpoint, str(ctx.base_url), digest, batch_key
    )
    ref = yield from sent_once(
        ctx, row, leaving, _send_submit(ctx, ready.info, request, deadline, leaving, keep)
    )
    about = f"{ref.endpoint} request {ref.request_id}, which was queued: keep its request_id"
    urls = (ref.status_url, ref.response_url, ref.cancel_url)
    yield from journal_write(ctx, about, ctx.journal.submitted, row, ref.request_id, IN_QUEUE, urls)
    return ref


def _send_submit(
    ctx: Context,
    info: EndpointInfo,
    request: dict[str, Any],
    deadline: Deadline,
    leaving: Leaving,
    keep: list[httpx.Response] | None,
) -> Flow[JobRef]:
    endpoint = info.endpoint_id
    response = yield from send(
        ctx,
        request,
        deadline,
        expired_submit(endpoint, deadline, leaving),
        what=f"submit to {endpoint}",
        endpoint=endpoint,
        leaving=leaving,
    )
    if keep is not None:
        keep.append(response)
    outcome = ref_from_submit(ctx, info, response)
    del response
    if isinstance(outcome, FalError):
        raise outcome
    return outcome


def sent_once(
    ctx: Context, row: int | None, leaving: Leaving, flow: Flow[T], kind: str = "submit"
) -> Flow[T]:
    """`flow`, the sending of a request journaled as `row` (never resent once a byte of
    it left), and its failure journaled: the row is removed when nothing left, else
    marked UNKNOWN (the server may have taken it, and billed it)."""
    try:
        return (yield from flow)
    except FalError as error:
        maybe = isinstance(error, APIError) and error.maybe_queued
        written = yield from journal_write(
            ctx, f"a failed {kind}", ctx.journal.abandon, row, maybe_queued=maybe, error=str(error)
        )
        if maybe and row is not None and written:
            error.args = (str(error) + JOURNALED_UNKNOWN,)
        raise
    except BaseException as stop:  # interrupted: taken only if its bytes had left
        if not isinstance(stop, GeneratorExit):  # (a flow being closed may not yield)
            error_text = (
                f"interrupted while the {kind} was sent ({UNKNOWN})"
                if leaving.started
                else f"interrupted before the {kind} was sent"
            )
            yield from journal_write(
                ctx,
                f"an interrupted {kind}",
                ctx.journal.abandon,
                row,
                maybe_queued=leaving.started,
                error=error_text,
            )
        raise


def expired_submit(endpoint: str, deadline: Deadline, leaving: Leaving) -> Callable[[], FalError]:
    def error() -> FalError:
        sent = leaving.started
        advice = QUEUED_ADVICE if sent else " Nothing was sent."
        return APITimeoutError(
            f"submit to {endpoint}: the call's timeout ({deadline.timeout or 0:g} s) passed "
            f"before the queue answered.{advice}",
            endpoint=endpoint,
            maybe_queued=sent,
        )

    return error


def ref_from_submit(
    ctx: Context, info: EndpointInfo, response: httpx.Response
) -> JobRef | FalError:
    """Where the queue put the job, or the error (a 2xx that cannot be read may well
    have been queued)."""
    endpoint = info.endpoint_id
    what = f"submit to {endpoint}"
    if response.status_code >= 300:
        return status_error(
            response,
            ctx.scrubber,
            ctx.max_response_bytes,
            what=what,
            endpoint=endpoint,
            request_id=None,
            submit=True,
        )
    outcome = _parse_submit(ctx, info, response, what)
    if isinstance(outcome, ResponseParseError):
        outcome.maybe_queued = True
        outcome.args = (str(outcome) + QUEUED_ADVICE,)
    return outcome


def _parse_submit(
    ctx: Context, info: EndpointInfo, response: httpx.Response, what: str
) -> JobRef | ResponseParseError:
    from uniapi_fal_api.models.queue_submitted import QueueSubmitted  # first use only

    data = read_json(response, ctx.scrubber, what=what, endpoint=info.endpoint_id, request_id=None)
    if isinstance(data, ResponseParseError):
        return data
    try:
        model = QueueSubmitted.from_dict(data)
        problem = request_id_problem(model.request_id)
        if problem:
            raise ValueError(f"its request_id is unusable: {problem}")
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        return ResponseParseError(
            ctx.scrub(f"{what}: the answer is not a queue submission ({exc}): {data}", 400),
            endpoint=info.endpoint_id,
            request_id=None,
        )
    request_id = model.request_id
    status, result, cancel = (
        url if isinstance(url, str) else None
        for url in (model.status_url, model.response_url, model.cancel_url)
    )
    owner, app = (
        _urls.queue_app(status, request_id)
        or _urls.queue_app(result, request_id)
        or _urls.endpoint_app(info.endpoint_id)
    )
    ref = JobRef(
        endpoint=info.endpoint_id,
        request_id=request_id,
        owner=owner,
        app=app,
        status_url=_urls.rewrite(status, ctx.base_url),
        response_url=_urls.rewrite(result, ctx.base_url),
        cancel_url=_urls.rewrite(cancel, ctx.base_url),
        submitted_at=ctx.clock(),
    )
    return _with_queue_urls(ctx, ref)


def _with_queue_urls(ctx: Context, ref: JobRef) -> JobRef:
    """The job with every queue URL the answer left out built as fal documents them
    (`{base}/{owner}/{app}/requests/{request_id}[/status|/cancel]`): fal's older queue
    answers with the request_id alone, its webhook examples add only `gateway_request_id`."""
    if ref.status_url and ref.response_url and ref.cancel_url:
        return ref  # the usual answer: nothing to build
    return attrs.evolve(
        ref,
        status_url=ref.status_url or read_request(ctx.base_url, ref, "status")["url"],
        response_url=ref.response_url or read_request(ctx.base_url, ref, "result")["url"],
        cancel_url=ref.cancel_url or read_request(ctx.base_url, ref, "cancel")["url"],
    )


def journal_write(
    ctx: Context, about: str, func: Callable[..., Any], *args: Any, **kwargs: Any
) -> Flow[bool]:
    """A journal write whose failure must not cost the caller a job or a result: the
    failure is logged (JournalError names the file and the request_id) and the call goes
    on; whether it was written is returned. (A failure before the submit is sent is
    raised instead: nothing is lost then.)"""
    try:
        yield Local(functools.partial(func, *args, **kwargs), journal=True)
    except Exception as error:  # JournalError, or the failure of a Journal subclass's own
        log.warning(
            "journal: could not record %s (%s: %s); the call goes on",
            about,
            type(error).__name__,
            ctx.scrub(str(error)),
        )
        return False
    return True


def _plain_fields(model: Any) -> dict[str, Any]:
    """An Input model's set fields as they are, to name the one that broke its `to_dict()`."""
    from uniapi_fal_api.types import Unset

    out = {}
    for field in attrs.fields(type(model)):
        value = getattr(model, field.name)
        if not isinstance(value, Unset):
            out[field.name] = value.to_dict() if hasattr(value, "to_dict") else value
    return out
