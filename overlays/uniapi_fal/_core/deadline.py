"""One deadline per call, made where the user's call enters.

`run(timeout=T)` makes one `Deadline` for its submit, its wait and its result fetch;
every request sent under it has its connect, write, read and pool timeouts cut to what
is left, every retry and sleep ends by it, and the drivers stop reading at it. So the
call ends within a moment of T whichever part is slow.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import NamedTuple

import httpx

from .._exceptions import ConfigurationError

Clock = Callable[[], float]


class Deadline(NamedTuple):
    """The clock time (`at`) by which a call must end; None: the call has no bound of its
    own (each request still has its timeout, each read retry its retry deadline)."""

    at: float | None
    timeout: float | None
    """The seconds the caller gave, for messages."""
    clock: Clock = time.monotonic

    @classmethod
    def after(cls, timeout: float | None, clock: Clock = time.monotonic) -> Deadline:
        """The deadline `timeout` seconds from now (a bad value is a ConfigurationError)."""
        if timeout is None:
            return cls(None, None, clock)
        if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not timeout >= 0:
            raise ConfigurationError(f"timeout must be >= 0 seconds or None, not {timeout!r}")
        return cls(clock() + timeout, float(timeout), clock)

    def remaining(self) -> float | None:
        """Seconds left (None: no bound)."""
        return None if self.at is None else self.at - self.clock()

    def expired(self) -> bool:
        return self.at is not None and self.clock() >= self.at

    def earliest(self, other: float | None) -> float | None:
        """The earlier of this deadline and another clock time (None: no bound)."""
        if self.at is None:
            return other
        return self.at if other is None else min(self.at, other)


def bounded(timeout: httpx.Timeout, deadline: float | None, clock: Clock) -> httpx.Timeout:
    """`timeout` with each of its parts no longer than what is left before `deadline`."""
    if deadline is None:
        return timeout
    left = max(0.001, deadline - clock())

    def cap(value: float | None) -> float:
        return left if value is None else min(value, left)

    return httpx.Timeout(
        connect=cap(timeout.connect),
        read=cap(timeout.read),
        write=cap(timeout.write),
        pool=cap(timeout.pool),
    )
