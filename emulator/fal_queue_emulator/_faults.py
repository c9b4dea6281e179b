"""Faults the emulator can answer with instead of doing its work.

Two sources: random faults at configured rates (for soak tests and benchmarks),
and a deterministic queue filled by `Emulator.inject` (for unit tests that need
"the next status call gets a 503"). Both are decided before any processing, so a
faulted submit never creates a job, exactly like a gateway refusing the request.
"""

from __future__ import annotations

import random
import threading
from collections import deque
from dataclasses import dataclass, field, fields
from decimal import Decimal
from typing import Final, Literal, NamedTuple

KINDS: Final = ("submit", "run", "status", "stream", "result", "cancel", "other")
"""Request kinds, as recorded and as targeted by `Emulator.inject`."""
ANY_KIND: Final = "any"
"""Inject a fault into the next requests whatever their kind."""

FAULT_TYPES: Final = (
    "429",
    "5xx",
    "520",
    "reset",
    "slow",
    "unknown_status",
    "duplicate_events",
    "injected",
)
"""How faults are counted: one per random kind, and `injected` for `Emulator.inject`."""

FaultAction = Literal["respond", "reset", "slow", "unknown_status", "duplicate_events"]

GATEWAY_STATUSES: Final = (500, 502, 503, 504)
"""The 5xx codes a random `5xx` fault picks from."""
UNKNOWN_STATUSES: Final = ("SCHEDULED", "PENDING_RETRY", "WAITING_FOR_CAPACITY")
"""Status values no client knows, as a future fal might send."""

_LIMITED_TO: Final[dict[str, tuple[str, ...]]] = {
    "slow": tuple(kind for kind in KINDS if kind not in ("submit", "run")),
    "unknown_status": ("status",),
    "duplicate_events": ("stream",),
}
"""Faults (by action and by random type) that only some kinds of request can carry."""

_HTML_500 = "<html><body><h1>500 Internal Server Error</h1></body></html>"
_REASONS: Final = {
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Temporarily Unavailable",
    504: "Gateway Time-out",
}
_PARTIAL_BODY = '{"status": "IN_PROGRESS", "logs": [{"message": "step 1/4: warming up'
_RATE_SLACK = 1e-9
"""Tolerance on the sum of rates, so that `mix(1.0)` (seven sevenths) is valid."""


def format_seconds(seconds: float) -> str:
    """Seconds as a header value: `0.05`, `1`, `2.5`, never `1e-05`."""
    return format(Decimal(repr(float(seconds))).normalize(), "f")


@dataclass(frozen=True)
class Fault:
    """What to do instead of (or on top of) the normal answer to one request.

    `action` says which: `respond` answers `status`, `body`, `content_type` and
    `headers`; `reset` drops the connection (after the start of a response with
    `status` and a truncated `body`, or, for a submit, before sending anything);
    `slow` waits `seconds` and then answers normally; `unknown_status` (status
    requests only) reports `status_value` with a 202; `duplicate_events` (stream
    requests only) sends every event twice. Build them with the classmethods.
    """

    status: int
    body: str = ""
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)
    action: FaultAction = "respond"
    seconds: float = 0.0
    """`slow`: how long to wait before answering."""
    status_value: str | None = None
    """`unknown_status`: the status to report."""

    def __post_init__(self) -> None:
        if self.seconds < 0:
            raise ValueError("seconds must not be negative")
        if self.action == "unknown_status" and not self.status_value:
            raise ValueError("an unknown_status fault needs a status_value")

    @classmethod
    def rate_limited(cls, retry_after: float | None = 1.0) -> Fault:
        """429 with fal's JSON detail and, unless None, a `Retry-After` header."""
        headers = {} if retry_after is None else {"Retry-After": format_seconds(retry_after)}
        return cls(429, '{"detail": "Rate limit exceeded"}', "application/json", headers)

    @classmethod
    def html_error(cls, status: int = 500, body: str | None = None) -> Fault:
        """An HTML error page, as load balancers and proxies send (502, 503, 520, ...)."""
        if body is None:
            body = (
                _HTML_500
                if status == 500
                else (f"<html><body><h1>{status} Error</h1></body></html>")
            )
        return cls(status, body, "text/html")

    @classmethod
    def gateway_error(cls, status: int = 502) -> Fault:
        """A load balancer's own error page (nginx style), e.g. a 502 or 504."""
        title = f"{status} {_REASONS.get(status, 'Error')}"
        body = (
            f"<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n"
            f"<center><h1>{title}</h1></center>\r\n<hr><center>nginx</center>\r\n"
            "</body>\r\n</html>\r\n"
        )
        return cls(status, body, "text/html; charset=utf-8")

    @classmethod
    def cloudflare_520(cls) -> Fault:
        """Cloudflare's 520 "Web server is returning an unknown error" page."""
        body = (
            '<!DOCTYPE html>\n<html lang="en-US">\n<head>\n'
            "<title>api.uniapi.io | 520: Web server is returning an unknown error</title>\n"
            "</head>\n<body>\n<h1>Web server is returning an unknown error</h1>\n"
            "<span>Error code 520</span>\n"
            "<p>Cloudflare Ray ID: <strong>8f2c1d9e4b7a6c3d</strong></p>\n"
            "</body>\n</html>\n"
        )
        return cls(520, body, "text/html; charset=UTF-8", {"Server": "cloudflare"})

    @classmethod
    def reset(cls) -> Fault:
        """Drop the connection: mid-body (a 200 cut short), or before any byte on a submit."""
        return cls(200, _PARTIAL_BODY, "application/json", action="reset")

    @classmethod
    def slow(cls, seconds: float) -> Fault:
        """Wait `seconds`, then answer normally (never taken by a submit)."""
        return cls(200, action="slow", seconds=seconds)

    @classmethod
    def unknown_status(cls, value: str = UNKNOWN_STATUSES[0]) -> Fault:
        """A status answer (202) whose `status` is `value` instead of the real one."""
        return cls(202, action="unknown_status", status_value=value)

    @classmethod
    def duplicate_events(cls) -> Fault:
        """A status stream that sends each event twice."""
        return cls(200, action="duplicate_events")

    def applies_to(self, kind: str) -> bool:
        """Whether a request of `kind` can carry this fault (see `FaultConfig`)."""
        return kind in _LIMITED_TO.get(self.action, KINDS)


@dataclass(frozen=True)
class FaultConfig:
    """Random faults; each rate is a probability in [0, 1], and together at most 1.

    Every request draws at most one fault, from one roll of a `random.Random(seed)`:
    the same seed and the same request sequence give the same faults.

    - `rate_429`: 429 `{"detail": "Rate limit exceeded"}` with `Retry-After: <retry_after>`.
    - `rate_5xx`: 500, 502, 503 or 504 (seeded) with a load balancer's HTML page.
    - `rate_520`: Cloudflare's 520 with its HTML page.
    - `rate_reset`: the connection drops after part of a response body.
    - `rate_slow`: the answer is delayed by `slow_seconds`, then normal.
    - `rate_unknown_status`: a status request answers 202 with an unknown `status`
      (`SCHEDULED`, `PENDING_RETRY`, ... seeded) in an otherwise normal body (a
      request for no known job still gets its 404); other kinds are never affected.
    - `rate_duplicate_events`: a status stream sends each event twice; other kinds
      are never affected.

    A rate is the share of the requests the fault applies to: with
    `rate_unknown_status=0.1`, one status request in ten, whatever the other
    traffic. So the faulted share of one kind of request is the sum of the rates
    that apply to it, at most the rates' total.

    Submits: a fault on a submit happens before any processing and never creates
    a job. Only 429, 5xx, 520 and reset apply; a reset submit loses its connection
    before any byte of response. `slow`, `unknown_status` and `duplicate_events`
    never apply to submits (a submit the client gave up on would still be queued,
    which is not the fault being modelled).

    Faults act before the key is checked, are counted by type in `Emulator.stats`,
    and never touch `/_emulator/stats`.
    """

    rate_429: float = 0.0
    retry_after: float = 1.0
    rate_5xx: float = 0.0
    rate_520: float = 0.0
    rate_reset: float = 0.0
    rate_slow: float = 0.0
    slow_seconds: float = 0.2
    rate_unknown_status: float = 0.0
    rate_duplicate_events: float = 0.0
    seed: int | None = None

    def __post_init__(self) -> None:
        for name, rate in self.rates.items():
            if not 0.0 <= rate <= 1.0:
                raise ValueError(f"rate_{name} must be between 0 and 1, got {rate}")
        if self.total > 1.0 + _RATE_SLACK:
            raise ValueError(f"the fault rates must not add up to more than 1, got {self.total}")
        for name in ("retry_after", "slow_seconds"):
            if not getattr(self, name) >= 0:
                raise ValueError(f"{name} must not be negative")

    @classmethod
    def mix(
        cls,
        total: float,
        *,
        seed: int | None = None,
        retry_after: float = 0.05,
        slow_seconds: float = 0.05,
    ) -> FaultConfig:
        """`total` spread evenly over the seven fault kinds, with short waits.

        A kind of request only sees the faults that apply to it (see the class
        docstring): a status request is faulted with probability 6/7 of `total`.
        """
        if not 0.0 <= total <= 1.0:
            raise ValueError(f"total must be between 0 and 1, got {total}")
        share = total / len(_RATE_FIELDS)
        return cls(
            rate_429=share,
            retry_after=retry_after,
            rate_5xx=share,
            rate_520=share,
            rate_reset=share,
            rate_slow=share,
            slow_seconds=slow_seconds,
            rate_unknown_status=share,
            rate_duplicate_events=share,
            seed=seed,
        )

    @property
    def rates(self) -> dict[str, float]:
        """Fault type -> rate, in drawing order."""
        return {name: float(getattr(self, f"rate_{name}")) for name in _RATE_FIELDS}

    @property
    def total(self) -> float:
        """The sum of all rates."""
        return sum(self.rates.values())


_RATE_FIELDS: Final = tuple(
    f.name.removeprefix("rate_") for f in fields(FaultConfig) if f.name.startswith("rate_")
)
"""The random fault types, in the order a roll walks them."""


class Drawn(NamedTuple):
    """A fault chosen for one request, and the counter it belongs to."""

    fault_type: str
    fault: Fault


class FaultPlan:
    """Decides, request by request, whether to answer with a fault."""

    def __init__(self, config: FaultConfig) -> None:
        self.config = config
        self._rates = config.rates
        self._random = random.Random(config.seed)
        self._queued: dict[str, deque[Fault]] = {}
        self._lock = threading.Lock()

    def inject(self, kind: str, fault: Fault, times: int = 1) -> None:
        if kind not in KINDS and kind != ANY_KIND:
            raise ValueError(f"unknown request kind {kind!r}; use one of {KINDS} or {ANY_KIND!r}")
        if kind != ANY_KIND and not fault.applies_to(kind):
            raise ValueError(f"a {fault.action} fault never applies to {kind} requests")
        if times < 1:
            raise ValueError("times must be at least 1")
        with self._lock:
            self._queued.setdefault(kind, deque()).extend([fault] * times)

    def clear(self) -> None:
        with self._lock:
            self._queued.clear()

    def take(self, kind: str) -> Drawn | None:
        """The fault for this request, if any: an injected one first, else a random one."""
        with self._lock:
            fault = self._take_queued(kind)
            if fault is not None:
                return Drawn("injected", fault)
            return self._draw(kind)

    def _take_queued(self, kind: str) -> Fault | None:
        for key in (kind, ANY_KIND):
            queue = self._queued.get(key)
            if queue and queue[0].applies_to(kind):  # an "any" fault waits for a fitting kind
                return queue.popleft()
        return None

    def _draw(self, kind: str) -> Drawn | None:
        """One roll per request, whatever its kind, so a seed replays the same faults."""
        if not any(self._rates.values()):
            return None
        roll = self._random.random()
        for fault_type, rate in self._rates.items():
            if roll < rate:
                if kind not in _LIMITED_TO.get(fault_type, KINDS):
                    return None  # the rate counts among the kinds it applies to only
                return Drawn(fault_type, self._make(fault_type))
            roll -= rate
        return None

    def _make(self, fault_type: str) -> Fault:
        config = self.config
        if fault_type == "429":
            return Fault.rate_limited(config.retry_after)
        if fault_type == "5xx":
            return Fault.gateway_error(self._random.choice(GATEWAY_STATUSES))
        if fault_type == "520":
            return Fault.cloudflare_520()
        if fault_type == "reset":
            return Fault.reset()
        if fault_type == "slow":
            return Fault.slow(config.slow_seconds)
        if fault_type == "unknown_status":
            return Fault.unknown_status(self._random.choice(UNKNOWN_STATUSES))
        return Fault.duplicate_events()
