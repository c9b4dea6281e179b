"""Type definitions shared by the clients, the jobs and the generated overloads."""

# No `from __future__ import annotations` here: TypedDict turns string annotations into
# ForwardRefs, compiling each one (~0.2 ms of every `import uniapi_fal` for these two).

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal, TypedDict, cast

if TYPE_CHECKING:
    from ._status import JobStatus

OnUpdate = Callable[["JobStatus"], None]
"""Called with each new state while waiting; `JobStatus.new_logs` has the lines not seen before."""

AuthScheme = Literal["Key", "Bearer"]


class SubmitOptions(TypedDict, total=False):
    """Per-call options of `submit` (all optional)."""

    priority: Literal["normal", "low"]
    """fal's `X-Fal-Queue-Priority`."""
    webhook_url: str
    """fal POSTs the result there when the job ends (`?fal_webhook=`); verify it with
    `uniapi_fal.webhooks.verify`."""
    request_timeout: float
    """Seconds fal may take to start the job (queueing and routing included) before it
    fails it with a timeout (`X-Fal-Request-Timeout`); not a bound on the run itself."""
    runner_hint: str
    """Routes the job to a runner that handled the same hint before (`X-Fal-Runner-Hint`),
    for models that keep state between calls."""
    no_retry: bool
    """True: fal does not retry the job itself on a server failure (`X-Fal-No-Retry: 1`)."""
    object_expiration: int
    """Seconds fal keeps the result files on its CDN
    (`X-Fal-Object-Lifecycle-Preference: {"expiration_duration_seconds": N}`)."""
    store_io: bool
    """False: fal does not keep the request's input and output (`X-Fal-Store-IO: 0`)."""
    extra_headers: Mapping[str, str]
    """More headers for this submit (an escape hatch: sent as given, after the above)."""
    extra_query: Mapping[str, str]
    """More query parameters for this submit."""
    extra_body: Mapping[str, Any]
    """Fields merged into the input after it is validated: for a field fal added that the
    spec does not describe yet. Checked as sendable JSON, nothing more."""


class RunOptions(SubmitOptions, total=False):
    """Per-call options of `run`: those of `submit`, plus how to wait."""

    on_update: OnUpdate | None
    """Receives queue position and new log lines while waiting."""
    timeout: float | None
    """Seconds for the whole call: the submit, the wait and the result (None: no bound).
    When they pass, the call raises a timeout error of the SDK's; the job is not
    cancelled (docs/timeouts.md)."""
    stream: bool
    """Use the status stream where the server offers it (default), else poll."""
    direct: bool
    """True: fal's synchronous path (`POST https://fal.run/<endpoint>`), the output in the
    answer, no queue: for short jobs. Nothing to come back to if the connection drops once
    the request has left (the journal then says UNKNOWN); docs/fal-services.md."""


def submit_options(options: RunOptions) -> SubmitOptions:
    """The part of `run`'s options that concerns the submit."""
    keys = SubmitOptions.__annotations__
    return cast(SubmitOptions, {k: v for k, v in options.items() if k in keys})
