"""Waiting for a job, decided without I/O: the poll schedule, the deadline, what is new.

`Client` and `AsyncClient` drive the same `Waiter`; they differ only in how they
send and sleep, so the two cannot drift apart.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import attrs

from ._constants import POLL_FACTOR, POLL_INITIAL_DELAY, POLL_MAX_DELAY, POLL_STEADY_POLLS
from ._exceptions import WaitTimeoutError
from ._status import JobStatus, LogLine
from ._types import OnUpdate

Clock = Callable[[], float]


@attrs.define
class PollSchedule:
    """Delays between polls: `initial` for the first `steady` polls of a state, then
    growing by `factor` up to `maximum`; back to `initial` when the state changes.

    Why these numbers: a poll every `initial` seconds finds a job done `initial / 2`
    seconds late on average, for `duration / initial` requests. At 0.5 s a typical 4 s
    job costs about 8 requests and a quarter of a second (fal-client: 0.1 s, so about 40
    requests). Jobs that run for minutes back off to one request every 2 s.
    """

    initial: float = POLL_INITIAL_DELAY
    steady: int = POLL_STEADY_POLLS
    factor: float = POLL_FACTOR
    maximum: float = POLL_MAX_DELAY
    _polls: int = attrs.field(init=False, default=0)
    _next: float = attrs.field(init=False, default=0.0)

    def __attrs_post_init__(self) -> None:
        self._next = self.initial

    def next_delay(self) -> float:
        delay = self._next
        self._polls += 1
        if self._polls >= self.steady:
            self._next = min(self.maximum, self._next * self.factor)
        return delay

    def reset(self) -> None:
        self._polls = 0
        self._next = self.initial


def _log_key(line: LogLine) -> tuple[str | None, str, str | None]:
    return (line.timestamp, line.message, line.source)


class Waiter:
    """The state of one wait: the deadline, the last state and the log lines seen."""

    def __init__(
        self,
        *,
        endpoint: str,
        request_id: str,
        on_update: OnUpdate | None,
        timeout: float | None,
        clock: Clock = time.monotonic,
        schedule: PollSchedule | None = None,
    ) -> None:
        self.endpoint = endpoint
        self.request_id = request_id
        self._on_update = on_update
        self._clock = clock
        self._deadline = None if timeout is None else clock() + timeout
        self._timeout = timeout
        self._schedule = schedule or PollSchedule()
        self._seen: set[tuple[str | None, str, str | None]] = set()
        self._last: tuple[str, int | None] | None = None

    def observe(self, status: JobStatus) -> JobStatus:
        """Record a status; tell `on_update` when anything changed. Returns it with `new_logs`."""
        new = tuple(line for line in status.logs if _log_key(line) not in self._seen)
        self._seen.update(_log_key(line) for line in new)
        status = attrs.evolve(status, new_logs=new)
        key = (status.state, status.queue_position)
        if key != self._last or new:
            if self._last is not None and key[0] != self._last[0]:
                self._schedule.reset()
            self._last = key
            if self._on_update is not None:
                self._on_update(status)
        return status

    @property
    def deadline(self) -> float | None:
        """The caller's deadline on the client's clock (None: none)."""
        return self._deadline

    def remaining(self) -> float | None:
        """Seconds left before the caller's deadline (None: no deadline)."""
        return None if self._deadline is None else self._deadline - self._clock()

    def check_deadline(self) -> None:
        remaining = self.remaining()
        if remaining is not None and remaining <= 0:
            raise WaitTimeoutError(
                f"{self.endpoint} request {self.request_id} did not complete within "
                f"{self._timeout:g} s. It is still queued or running: re-attach with "
                f"client.job({self.endpoint!r}, {self.request_id!r}) and wait again.",
                endpoint=self.endpoint,
                request_id=self.request_id,
            )

    def first_delay(self, submitted_at: float | None) -> float:
        """Seconds before the first poll: none for a re-attached job, whose state is
        unknown; for one just submitted, what is left of a poll interval since the
        submit answered (it said IN_QUEUE then)."""
        if submitted_at is None:
            return 0.0
        delay = max(0.0, self._schedule.initial - (self._clock() - submitted_at))
        remaining = self.remaining()
        return delay if remaining is None else max(0.0, min(delay, remaining))

    def next_delay(self) -> float:
        """Seconds to sleep before the next poll, never past the deadline."""
        self.check_deadline()
        delay = self._schedule.next_delay()
        remaining = self.remaining()
        return delay if remaining is None else max(0.0, min(delay, remaining))
