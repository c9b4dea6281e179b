"""When to try a call again, decided without I/O (the clients only sleep and resend).

Reads (status, result, cancel) are retried on connection errors and on 408, 429,
500, 502, 503, 504 and 520-527, with exponential backoff and full jitter, honouring
`Retry-After` up to a cap, within a bounded number of attempts and a total deadline.
A submit is billed work and fal has no idempotency key: it is retried only when the
connection failed before any byte of the request was sent.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable

import attrs
import httpx

from ._constants import (
    DEFAULT_MAX_RETRIES,
    MAX_RETRY_AFTER,
    RETRY_DEADLINE,
    RETRY_INITIAL_DELAY,
    RETRY_MAX_DELAY,
)
from ._http import parse_retry_after

log = logging.getLogger("uniapi_fal")

RETRYABLE_STATUS = frozenset({408, 429, 500, 502, 503, 504, *range(520, 528)})

# Headers by which fal marks an error as its verdict on the job, not a passing fault.
FAL_VERDICT_HEADERS = ("x-fal-error-type", "x-fal-request-timeout-type")

# Errors raised before the request left this machine: safe to resend even a submit.
NOTHING_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def _check_max_retries(_: object, __: object, value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise TypeError(
            f"max_retries must be a whole number >= 0 (0 turns retries off), not {value!r}"
        )


def _non_negative(_: object, attribute: attrs.Attribute[float], value: float) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, not {value!r}")


@attrs.frozen
class RetryPolicy:
    """How reads are retried. `max_retries=0` turns retries off.

    **Parameters:**

    * **max_retries** - attempts after the first one.
    * **initial_delay**, **max_delay** - the backoff: a random wait in
      `[0, min(max_delay, initial_delay * 2**n)]` before retry `n` (full jitter).
    * **max_retry_after** - a `Retry-After` up to this many seconds is honoured;
      a longer one is raised as the error, with its `retry_after`.
    * **deadline** - seconds for one call in all, attempts and waits included.
    """

    max_retries: int = attrs.field(default=DEFAULT_MAX_RETRIES, validator=_check_max_retries)
    initial_delay: float = attrs.field(default=RETRY_INITIAL_DELAY, validator=_non_negative)
    max_delay: float = attrs.field(default=RETRY_MAX_DELAY, validator=_non_negative)
    max_retry_after: float = attrs.field(default=MAX_RETRY_AFTER, validator=_non_negative)
    deadline: float = attrs.field(default=RETRY_DEADLINE, validator=_non_negative)


class Attempts:
    """The retry state of one call."""

    def __init__(
        self,
        policy: RetryPolicy,
        *,
        what: str,
        resend_safe: bool,
        clock: Callable[[], float] = time.monotonic,
        rng: random.Random | None = None,
    ) -> None:
        self.policy = policy
        self.what = what
        self.resend_safe = resend_safe
        self.retries = 0
        self._clock = clock
        self._rng = rng or random.Random()
        self._deadline = clock() + policy.deadline

    @property
    def deadline(self) -> float:
        """The clock time by which this call must end, attempts and waits included."""
        return self._deadline

    def expired(self) -> bool:
        """True once the retry deadline has passed (an attempt cut by it ends the call)."""
        return self._clock() >= self._deadline

    def after_response(self, response: httpx.Response) -> float | None:
        """Seconds to wait before trying again, or None to keep this answer."""
        code = response.status_code
        if code not in RETRYABLE_STATUS or (not self.resend_safe and code != 429):
            return None  # a submit's 429 queued nothing: resending it is safe
        if any(name in response.headers for name in FAL_VERDICT_HEADERS):
            return None  # fal's own answer about the job (it failed, it timed out): final
        retry_after = parse_retry_after(response.headers.get("retry-after"))
        if retry_after is not None and retry_after > self.policy.max_retry_after:
            log.debug(
                "%s: not retrying, Retry-After %.0f s is over the cap", self.what, retry_after
            )
            return None
        return self._next(f"HTTP {code}", retry_after)

    def after_error(self, error: httpx.RequestError) -> float | None:
        """Seconds to wait before trying again, or None to raise."""
        if not self.resend_safe and not isinstance(error, NOTHING_SENT):
            return None
        return self._next(type(error).__name__, None)

    def _next(self, reason: str, retry_after: float | None) -> float | None:
        if self.retries >= self.policy.max_retries:
            return None
        cap = min(self.policy.max_delay, self.policy.initial_delay * 2**self.retries)
        delay = retry_after if retry_after is not None else self._rng.uniform(0, cap)
        if self._clock() + delay > self._deadline:
            return None
        self.retries += 1
        log.debug(
            "retrying %s in %.2f s (retry %d of %d): %s",
            self.what,
            delay,
            self.retries,
            self.policy.max_retries,
            reason,
        )
        return delay
