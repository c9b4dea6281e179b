"""Type definitions shared by the clients, the jobs and the generated overloads."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Literal, TypedDict

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


class RunOptions(SubmitOptions, total=False):
    """Per-call options of `run`: those of `submit`, plus how to wait."""

    on_update: OnUpdate | None
    """Receives queue position and new log lines while waiting."""
    timeout: float | None
    """Seconds to wait for the job in all (None: no limit). The job is not cancelled."""
    stream: bool
    """Use the status stream where the server offers it (default), else poll."""
