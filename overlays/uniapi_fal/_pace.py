"""What the waits of one client share, so that many jobs cost less per job than one.

A status stream costs one request per job but holds a pooled connection for the job's
whole life: past `max_streams` open streams, further jobs poll. Polling a batch of jobs
on a fixed grid costs every job the same number of requests, so the polls are planned
with what the client has seen of the endpoint instead:

- **Scouts.** While nothing is known of how long an endpoint's jobs take, the first
  `SCOUTS` waits of that endpoint (open streams count) find out: they poll on the
  `PollSchedule`, their first polls staggered over one interval so that together they
  look `SCOUTS` times as often. Every further wait is a follower: it sends nothing and
  sleeps until a scout has learned something (it is woken then), or until its own slow
  fallback says to look (8 s after its submit, then after as long again as it has
  waited, at least once a minute: a stuck scout never holds a follower for long).
- **Expected end.** Once jobs of an endpoint have ended, a job submitted by this client
  is first looked at just after the median of their durations (submit to completion,
  measured on the client's clock), then polled on the `PollSchedule`. That first look
  (`PollPlan.at_end`) may ask for the result itself, see `_core.reads.fetch_at_end`.
  Durations come from the stream (exact) and from polls that bracket the end within a
  quarter of the job's duration (the later poll's: the job was done by then, so the look
  at the end is late by up to a poll interval rather than early, when it would cost two
  more requests and a whole interval). When the durations spread too widely
  (a tenth to nine tenths of them differ by more than half their median) nothing is
  expected: every wait polls on its own schedule.

A re-attached job (`client.job(...)`, its submit time unknown) always polls on its own.
Nothing here sends a request: the flows ask, and send what they are told.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections import deque
from collections.abc import Callable

from . import _fork
from ._constants import POLL_INITIAL_DELAY

SCOUTS = 4
"""Waits per endpoint that poll to learn its durations while nothing is known."""
SAMPLES = 32
"""Durations kept per endpoint (the latest): the estimate follows a changing queue."""
SPREAD = 0.5
"""Durations are predictable when their 10th to 90th percentiles span at most this
share of their median."""
FOLLOWER_FIRST_LOOK = 8.0
"""A follower's first look of its own, in seconds after its submit; then each after as
long again as it has waited..."""
FOLLOWER_LAST_LOOK = 60.0
"""...but at least once a minute."""

STAGGER = POLL_INITIAL_DELAY
"""The scouts' first polls are spread over one poll interval."""
BRACKET = 1.0
"""Polls that bracket a job's end within this many seconds (or a quarter of its
duration) tell its duration."""

MARGIN_FLOOR = 0.05
"""Seconds after the expected end that the first look goes at the least (a clock's and a
network's jitter)."""
MEASURED_SPREAD = 8
"""Durations from which their spread is measured rather than guessed (`margin`)."""

Clock = Callable[[], float]
Wake = Callable[[], None]
WokenBy = Callable[[Wake], Callable[[], None]]
"""Registers a function to call on an event; returns what unregisters it."""


def margin(expected: float, late: float | None = None) -> float:
    """How long after the expected end the first look goes: a look just before the end
    costs a request and a poll interval, one just after costs only this. `late`: how
    much later than the median the 9th decile of the recent durations ended, once
    MEASURED_SPREAD of them are known (for durations that never vary, the margin is
    then only MARGIN_FLOOR); before that, a guess of 3 % of the expected duration."""
    if late is None:
        return MARGIN_FLOOR + 0.03 * expected
    return MARGIN_FLOOR + late


class Pace:
    """The stream places and the durations of one client's waits (thread-safe)."""

    def __init__(self, max_streams: int, clock: Clock = time.monotonic) -> None:
        self.max_streams = max_streams
        self._clock = clock
        self._lock = threading.Lock()
        self._streams = 0
        self._scouts: dict[str, int] = {}  # open streams + polling scouts, per endpoint
        self._durations: dict[str, deque[float]] = {}
        self._wake: dict[str, dict[int, Wake]] = {}
        """Per endpoint, the followers sleeping until it is learned, by token: adding and
        cancelling one is O(1), whatever the number of waits."""
        self._tokens = itertools.count()
        _fork.register(self)

    def _after_fork(self) -> None:
        """In a forked child: no stream or scout of the parent's runs here; what was
        learned of durations stays."""
        self._lock = threading.Lock()
        self._streams, self._scouts, self._wake = 0, {}, {}

    # ---------------------------------------------------------------- streams
    def take_stream(self, endpoint: str) -> bool:
        """A stream place for one wait (False: all taken, poll instead)."""
        with self._lock:
            if self._streams >= self.max_streams:
                return False
            self._streams += 1
            self._scouts[endpoint] = self._scouts.get(endpoint, 0) + 1
            return True

    def release_stream(self, endpoint: str) -> None:
        with self._lock:
            self._streams -= 1
            woken = self._leave(endpoint)
        for wake in woken:
            wake()

    # -------------------------------------------------------------- durations
    def record(self, endpoint: str, seconds: float) -> None:
        """A job of `endpoint` ended `seconds` after its submit: followers look again."""
        with self._lock:
            self._durations.setdefault(endpoint, deque(maxlen=SAMPLES)).append(seconds)
            woken = self._wake.pop(endpoint, {})
        for wake in woken.values():
            wake()

    def expected(self, endpoint: str) -> float | None:
        """The expected duration of an endpoint's jobs; None: unknown, or too varied."""
        found = self._estimate(endpoint)
        return None if found is None else found[0]

    def look_after(self, endpoint: str) -> float | None:
        """How long after its submit a job of the endpoint is first looked at: just
        after the expected end (`margin`); None: unknown, or too varied."""
        found = self._estimate(endpoint)
        return None if found is None else found[0] + margin(*found)

    def _estimate(self, endpoint: str) -> tuple[float, float | None] | None:
        """(the median duration, how much later the 9th decile ended, or None while
        fewer than MEASURED_SPREAD are known); None: unknown, or too varied."""
        with self._lock:
            durations = sorted(self._durations.get(endpoint, ()))
        if not durations:
            return None
        half = len(durations) // 2  # the median (`statistics` costs 2 ms of import)
        middle = (
            durations[half] if len(durations) % 2 else (durations[half - 1] + durations[half]) / 2
        )
        low, high = durations[len(durations) // 10], durations[-1 - len(durations) // 10]
        if len(durations) >= 4 and high - low > SPREAD * middle:
            return None
        return middle, (high - middle if len(durations) >= MEASURED_SPREAD else None)

    def known(self, endpoint: str) -> bool:
        """Whether any duration of the endpoint has been seen (followers stop holding)."""
        with self._lock:
            return endpoint in self._durations

    # ----------------------------------------------------------------- scouts
    def try_scout(self, endpoint: str) -> int | None:
        """Become one of the endpoint's scouts, if it has fewer than SCOUTS: returns how
        many it has besides (None: no place)."""
        with self._lock:
            scouts = self._scouts.get(endpoint, 0)
            if scouts >= SCOUTS:
                return None
            self._scouts[endpoint] = scouts + 1
            return scouts

    def leave_scouts(self, endpoint: str) -> None:
        with self._lock:
            woken = self._leave(endpoint)
        for wake in woken:
            wake()

    def _leave(self, endpoint: str) -> list[Wake]:
        """One scout fewer; a scout that leaves before anything is known (its wait
        failed or was cancelled, its stream was refused) wakes the longest sleeping
        follower, which takes its place. The others sleep on: waking them all would cost
        work for every waiting job each time a scout leaves."""
        left = self._scouts.get(endpoint, 1) - 1
        if left > 0:
            self._scouts[endpoint] = left
        else:
            self._scouts.pop(endpoint, None)
        waiting = self._wake.get(endpoint)
        if endpoint in self._durations or not waiting:
            return []
        first = waiting.pop(next(iter(waiting)))
        if not waiting:
            del self._wake[endpoint]
        return [first]

    def on_learned(self, endpoint: str, wake: Wake) -> Callable[[], None]:
        """Call `wake` once, at the next duration recorded for `endpoint`; returns the
        function that cancels that."""
        with self._lock:
            token = next(self._tokens)
            self._wake.setdefault(endpoint, {})[token] = wake

        def cancel() -> None:
            with self._lock:
                waiting = self._wake.get(endpoint)
                if waiting is not None and waiting.pop(token, None) is not None and not waiting:
                    del self._wake[endpoint]

        return cancel


class PollPlan:
    """When one polling wait looks next, and what its polls teach the client's `Pace`."""

    def __init__(self, pace: Pace, endpoint: str, submitted_at: float | None) -> None:
        self._pace = pace
        self._endpoint = endpoint
        self._submitted_at = submitted_at
        self._scout = False
        self._last_open = submitted_at  # the last sign of the job not done (the submit's)
        self._look_at: float | None = None  # a follower's next look of its own
        self._past_end = False  # polled since its expected end
        self.at_end = False
        """Whether the look `next` planned last is the one at the expected end."""

    def next(self, schedule_delay: Callable[[], float]) -> tuple[float, bool]:
        """(seconds to wait, whether a duration learned meanwhile should wake it);
        `schedule_delay` gives the wait's own `PollSchedule` delay. After a wakeable
        wait, ask again rather than poll: (0, False) says when a poll is due."""
        self.at_end = False
        if self._submitted_at is None or self._scout:
            return schedule_delay(), False
        elapsed = self._pace._clock() - self._submitted_at
        end = self._pace.look_after(self._endpoint)
        if end is not None:
            if not self._past_end:  # the look at the expected end (now, if it has passed)
                self._past_end = True
                self.at_end = True
                return max(0.0, end - elapsed), False
            return schedule_delay(), False
        if self._pace.known(self._endpoint):  # durations too varied: each on its own
            return schedule_delay(), False
        others = self._pace.try_scout(self._endpoint)
        if others is not None:
            # Staggered: scout k starts k/SCOUTS of an interval late, so that together
            # the scouts look SCOUTS times per interval and the first end is seen sooner.
            self._scout = True
            first = schedule_delay()
            return first + STAGGER * (others % SCOUTS) / SCOUTS, False
        # A follower: sleep until a scout learns something, or until its own next look
        # (at FOLLOWER_FIRST_LOOK, then after as long again as it has waited, capped).
        now = self._pace._clock()
        if self._look_at is None:
            first = self._submitted_at + FOLLOWER_FIRST_LOOK
            self._look_at = first if now < first else now + min(elapsed, FOLLOWER_LAST_LOOK)
        if now >= self._look_at:
            self._look_at = None
            return 0.0, False  # its own look is due: poll now
        return self._look_at - now, True

    def saw(self, completed: bool) -> None:
        """After each poll: an end bracketed closely enough becomes a duration."""
        now = self._pace._clock()
        if not completed:
            self._last_open = now
            return
        if self._submitted_at is None or self._last_open is None:
            return
        duration = now - self._submitted_at
        if now - self._last_open <= max(BRACKET, 0.25 * duration):
            self._pace.record(self._endpoint, duration)

    def woken_by(self, wake: Wake) -> Callable[[], None]:
        """For a follower's sleep: `wake` is called when its endpoint's first duration is
        learned (or a scout gives up)."""
        return self._pace.on_learned(self._endpoint, wake)

    def close(self) -> None:
        if self._scout:
            self._scout = False
            self._pace.leave_scouts(self._endpoint)
