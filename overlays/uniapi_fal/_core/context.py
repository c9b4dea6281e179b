"""What a flow may touch: the client's settings, its journal and what its waits share.
Not the client itself, and nothing that does I/O of its own."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import NamedTuple

import httpx

from .._hosts import Resolved
from .._journal import Journal
from .._pace import Pace
from .._remote_schemas import RemoteSchemas
from .._retry import Attempts, RetryPolicy
from .._scrub import Scrubber


class Learned:
    """What a client learns of its server, shared with its copies.

    `stream_offered` is cleared once the server shows it has no status stream: later jobs
    poll at once. `no_stream` holds the endpoints whose status stream answered 404 for a
    job of theirs: their later jobs poll at once (a server may route streams for some apps
    only). Learned once, so a thousand waits cost one such answer, not a thousand."""

    __slots__ = ("no_stream", "stream_offered")

    def __init__(self) -> None:
        self.stream_offered = True
        self.no_stream: set[str] = set()


class Context(NamedTuple):
    """One client's settings and shared state, as a flow sees them."""

    base_url: httpx.URL
    hosts: Resolved
    """Where fal's other services are (the synchronous path, tokens, uploads)."""
    timeout: httpx.Timeout
    """Each request's (connect, read, write, pool), cut to what is left of the call."""
    retry: RetryPolicy
    max_response_bytes: int
    stream: bool
    """Whether waits use the status stream where the server offers it."""
    scrubber: Scrubber
    journal: Journal
    pace: Pace
    learned: Learned
    schemas: RemoteSchemas | None
    """fal's documents for endpoints the spec lacks (None: such input goes unchecked)."""
    clock: Callable[[], float]
    random: random.Random

    def scrub(self, text: object, limit: int = 2000) -> str:
        """`text` made safe to show: the client's key blanked, control characters out."""
        return self.scrubber.text(text, limit=limit)

    def attempts(self, what: str, *, resend_safe: bool = True) -> Attempts:
        """The retry state of one request."""
        return Attempts(
            self.retry, what=what, resend_safe=resend_safe, clock=self.clock, rng=self.random
        )

    def use_stream(self, stream: bool | None, endpoint: str) -> bool:
        wanted = self.stream if stream is None else stream
        return wanted and self.learned.stream_offered and endpoint not in self.learned.no_stream
