"""Jobs and their life cycle, computed from a clock rather than driven by timers.

A job's state is a pure function of "now": it waits IN_QUEUE, runs IN_PROGRESS
while writing log lines, then ends COMPLETED. Nothing runs in the background, so
tests can inject a fake clock and step through every state without sleeping.
"""

from __future__ import annotations

import math
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

Clock = Callable[[], float]

FAIL_MARKER = "EMULATOR_FAIL"
"""Put this in any string of an input to make the job fail."""

FAILURE_ERROR = "Emulated model failure"
FAILURE_TYPE = "emulated_failure"
CANCELLED_ERROR = "Request was cancelled"
CANCELLED_TYPE = "cancelled"

IN_QUEUE = "IN_QUEUE"
IN_PROGRESS = "IN_PROGRESS"
COMPLETED = "COMPLETED"

Outcome = Literal["pending", "ok", "failed", "cancelled"]
CancelResult = Literal["requested", "already_completed", "not_found"]

_EPSILON = 1e-9


@dataclass(frozen=True)
class Timings:
    """How long each phase lasts; shared by every job of one emulator."""

    queue_seconds: float = 1.0
    run_seconds: float = 3.0
    queue_step: float = 0.25
    log_interval: float = 0.5

    @property
    def log_count(self) -> int:
        """How many log lines a full run writes (at least one)."""
        if self.log_interval <= 0:
            return 1
        return max(1, math.floor(self.run_seconds / self.log_interval + _EPSILON))


@dataclass(frozen=True)
class JobState:
    """A job seen at one instant."""

    status: str
    queue_position: int | None
    logs: list[dict[str, str]]
    metrics: dict[str, Any]
    outcome: Outcome
    error: str | None = None
    error_type: str | None = None

    @property
    def completed(self) -> bool:
        return self.status == COMPLETED

    @property
    def change_key(self) -> tuple[str, int | None, int]:
        """What a status stream reports a change of."""
        return (self.status, self.queue_position, len(self.logs))


@dataclass
class Job:
    """One submitted request."""

    request_id: str
    endpoint_id: str
    queue_prefix: str
    input: Any
    submitted_at: float
    """Clock time of the submit."""
    submitted_wall: float
    """Unix time of the submit, to stamp log lines with real dates."""
    timings: Timings
    will_fail: bool
    webhook_url: str | None = None
    cancelled_at: float | None = field(default=None)
    base_url: str | None = None
    """The emulator as the submit reached it (`http://host:port`): where a webhook's
    payload points file URLs, as no request tells then which host the client uses."""

    def state(self, now: float) -> JobState:
        """The job as it stands at clock time `now`."""
        t = self.timings
        started_at = self.submitted_at + t.queue_seconds
        finished_at = started_at + t.run_seconds
        if self.cancelled_at is not None and self.cancelled_at < finished_at:
            logs = self._logs(started_at, min(now, self.cancelled_at))
            return JobState(COMPLETED, None, logs, {}, "cancelled", CANCELLED_ERROR, CANCELLED_TYPE)
        if now < started_at:
            remaining = started_at - now
            position = math.floor(remaining / t.queue_step + _EPSILON) if t.queue_step > 0 else 0
            return JobState(IN_QUEUE, position, [], {}, "pending")
        logs = self._logs(started_at, now)
        if now < finished_at:
            return JobState(IN_PROGRESS, None, logs, {}, "pending")
        metrics = {"inference_time": t.run_seconds}
        if self.will_fail:
            return JobState(COMPLETED, None, logs, metrics, "failed", FAILURE_ERROR, FAILURE_TYPE)
        return JobState(COMPLETED, None, logs, metrics, "ok")

    def _logs(self, started_at: float, until: float) -> list[dict[str, str]]:
        """Line i of n is written at `started_at + (i - 1) * log_interval`."""
        count = self.timings.log_count
        interval = max(self.timings.log_interval, 0.0)
        lines: list[dict[str, str]] = []
        for index in range(count):
            at = started_at + index * interval
            if at > until + _EPSILON:
                break
            wall = self.submitted_wall + (at - self.submitted_at)
            lines.append(
                {
                    "message": f"step {index + 1}/{count}: running {self.endpoint_id}",
                    "level": "INFO",
                    "source": "USER",
                    "timestamp": _iso(wall),
                }
            )
        return lines


def _iso(unix: float) -> str:
    """ISO 8601 in UTC with milliseconds and a `Z`, as fal writes it."""
    stamp = datetime.fromtimestamp(unix, tz=UTC)
    return stamp.strftime("%Y-%m-%dT%H:%M:%S.") + f"{stamp.microsecond // 1000:03d}Z"


def wants_failure(value: Any) -> bool:
    """True if any string inside the input carries the failure marker."""
    if isinstance(value, str):
        return FAIL_MARKER in value
    if isinstance(value, Mapping):
        return any(wants_failure(item) for item in value.values())
    if isinstance(value, list | tuple):
        return any(wants_failure(item) for item in value)
    return False


class JobStore:
    """All jobs of one emulator; safe to use from the server thread and the tests."""

    def __init__(
        self,
        timings: Timings | None = None,
        clock: Clock = time.monotonic,
        wall_clock: Clock = time.time,
    ) -> None:
        self.timings = timings or Timings()
        self.clock = clock
        self._wall_clock = wall_clock
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()

    def submit(
        self,
        endpoint_id: str,
        queue_prefix: str,
        body: Any,
        webhook_url: str | None = None,
        base_url: str | None = None,
    ) -> Job:
        job = Job(
            request_id=str(uuid.uuid4()),
            endpoint_id=endpoint_id,
            queue_prefix=queue_prefix,
            input=body,
            submitted_at=self.clock(),
            submitted_wall=self._wall_clock(),
            timings=self.timings,
            will_fail=wants_failure(body),
            webhook_url=webhook_url,
            base_url=base_url,
        )
        with self._lock:
            self._jobs[job.request_id] = job
        return job

    def get(self, request_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(request_id)

    def state(self, job: Job) -> JobState:
        with self._lock:
            return job.state(self.clock())

    def cancel(self, request_id: str) -> CancelResult:
        with self._lock:
            job = self._jobs.get(request_id)
            if job is None:
                return "not_found"
            now = self.clock()
            if job.state(now).completed:
                return "already_completed"
            job.cancelled_at = now
            return "requested"

    def __len__(self) -> int:
        with self._lock:
            return len(self._jobs)

    def all(self) -> list[Job]:
        with self._lock:
            return list(self._jobs.values())
