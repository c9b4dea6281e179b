"""Faults the emulator can answer with instead of doing its work.

Two sources: random faults at configured rates (for soak tests and benchmarks),
and a deterministic queue filled by `Emulator.inject` (for unit tests that need
"the next status call gets a 503"). Both act before any processing, so a faulted
submit never creates a job, exactly like a gateway refusing the request.
"""

from __future__ import annotations

import random
import threading
from collections import deque
from dataclasses import dataclass, field
from typing import Final

KINDS: Final = ("submit", "status", "stream", "result", "cancel", "other")
"""Request kinds, as recorded and as targeted by `Emulator.inject`."""
ANY_KIND: Final = "any"
"""Inject a fault into the next requests whatever their kind."""

_HTML_500 = "<html><body><h1>500 Internal Server Error</h1></body></html>"


def _format_seconds(seconds: float) -> str:
    return f"{seconds:g}"


@dataclass(frozen=True)
class Fault:
    """A canned answer: status, body text, content type and extra headers."""

    status: int
    body: str = ""
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def rate_limited(cls, retry_after: float | None = 1.0) -> Fault:
        """429 with fal's JSON detail and, unless None, a `Retry-After` header."""
        headers = {} if retry_after is None else {"Retry-After": _format_seconds(retry_after)}
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


@dataclass(frozen=True)
class FaultConfig:
    """Random faults applied to any request; rates are probabilities in [0, 1]."""

    rate_429: float = 0.0
    retry_after: float = 1.0
    rate_500: float = 0.0
    seed: int | None = None

    def __post_init__(self) -> None:
        for name in ("rate_429", "rate_500"):
            rate = getattr(self, name)
            if not 0.0 <= rate <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, got {rate}")
        if self.rate_429 + self.rate_500 > 1.0:
            raise ValueError("rate_429 + rate_500 must not exceed 1")
        if self.retry_after < 0:
            raise ValueError("retry_after must not be negative")


class FaultPlan:
    """Decides, request by request, whether to answer with a fault."""

    def __init__(self, config: FaultConfig) -> None:
        self.config = config
        self._random = random.Random(config.seed)
        self._queued: dict[str, deque[Fault]] = {}
        self._lock = threading.Lock()
        self.injected = 0

    def inject(self, kind: str, fault: Fault, times: int = 1) -> None:
        if kind not in KINDS and kind != ANY_KIND:
            raise ValueError(f"unknown request kind {kind!r}; use one of {KINDS} or {ANY_KIND!r}")
        if times < 1:
            raise ValueError("times must be at least 1")
        with self._lock:
            self._queued.setdefault(kind, deque()).extend([fault] * times)

    def clear(self) -> None:
        with self._lock:
            self._queued.clear()

    def take(self, kind: str) -> Fault | None:
        """The fault for this request, if any; counts it as injected."""
        with self._lock:
            fault = self._take_queued(kind) or self._draw()
            if fault is not None:
                self.injected += 1
            return fault

    def _take_queued(self, kind: str) -> Fault | None:
        for key in (kind, ANY_KIND):
            queue = self._queued.get(key)
            if queue:
                return queue.popleft()
        return None

    def _draw(self) -> Fault | None:
        config = self.config
        if config.rate_429 <= 0 and config.rate_500 <= 0:
            return None
        roll = self._random.random()
        if roll < config.rate_429:
            return Fault.rate_limited(config.retry_after)
        if roll < config.rate_429 + config.rate_500:
            return Fault.html_error(500)
        return None
