"""What `Client` and `AsyncClient` share: their configuration, checked once, and the
`Context` the protocol's flows (`_core`) run in. No step of the protocol is here: the
flows are in `_core`, the I/O in the two drivers.
"""

from __future__ import annotations

import copy
import logging
import os
import random
import time
from collections.abc import Callable, Mapping
from typing import Any, Self, TypeVar

import attrs
import httpx

from . import _fork
from ._auth import APIKey, HostBoundAuth
from ._bodies import DEFAULT_MAX_RESPONSE_BYTES
from ._constants import (
    API_KEY_ENV,
    BASE_URL_ENV,
    DEFAULT_BASE_URL,
    DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_MAX_STREAMS,
    DEFAULT_TIMEOUT,
    FAL_KEY_ENV,
    FAL_KEY_ID_ENV,
    FAL_KEY_SECRET_ENV,
)
from ._core.context import Context, Learned
from ._core.deadline import Deadline
from ._core.effects import Flow, Leaving
from ._core.ref import JobRef, attached
from ._core.submit import submit
from ._exceptions import ClientClosedError, ConfigurationError, MissingAPIKeyError
from ._hosts import FAL_QUEUE_HOST, Hosts, Resolved, is_fal, resolve
from ._journal import Journal, JournalEntry
from ._logs import setup_logging
from ._pace import Pace
from ._remote_schemas import RemoteSchemas, default_cache_dir, resolve_url
from ._retry import RetryPolicy
from ._scrub import Scrubber, validate_api_key
from ._types import AuthScheme, RunOptions, SubmitOptions, submit_options

log = logging.getLogger("uniapi_fal")

T = TypeVar("T")


class _Lifecycle:
    __slots__ = ("closed",)

    def __init__(self) -> None:
        self.closed = False


class BaseClient:
    """Configuration, checked when the client is made; copies share what is learned."""

    _owns_http: bool
    _made_http: bool
    """Whether the client made its connection pool (else it is the caller's `http_client`),
    whoever closes it: a forked child gets a new one only of those."""

    def __init__(
        self,
        *,
        api_key: str | None,
        base_url: str | None,
        auth_scheme: AuthScheme,
        timeout: float | httpx.Timeout | None,
        stream: bool,
        max_retries: int,
        retry: RetryPolicy | None,
        journal: Journal | str | os.PathLike[str] | bool | None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        schemas_url: str | None = None,
        hosts: Hosts | None = None,
    ) -> None:
        setup_logging()
        self.base_url: httpx.URL = _base_url(base_url)
        self.hosts: Resolved = resolve(self.base_url, hosts)
        """Where each of fal's services is (`_hosts`)."""
        raw_key, source = _given_key(api_key, self.base_url)
        key = validate_api_key(raw_key, source)
        if auth_scheme not in ("Key", "Bearer"):
            raise ConfigurationError(f"auth_scheme must be 'Key' or 'Bearer', not {auth_scheme!r}")
        self.auth_scheme: AuthScheme = auth_scheme
        self._key = APIKey(key)
        self._scrubber = Scrubber([key, *(part for part in key.split(":") if len(part) >= 8)])
        """Blanks this client's key in every string that came from a server (a fal key's
        id and secret apart too)."""
        self._auth = HostBoundAuth(self._key, auth_scheme, self.hosts.keyed(), self._scrubber)
        self.timeout: httpx.Timeout = _timeout(timeout)
        """Each HTTP request's own bound (a call's `timeout=` cuts it to what is left)."""
        self.status_stream = stream
        """Whether waits use the status stream where the server offers it (`stream=`)."""
        self.retry: RetryPolicy = _retry_policy(retry, max_retries)
        if (
            not isinstance(max_response_bytes, int)
            or isinstance(max_response_bytes, bool)
            or max_response_bytes < 1024
        ):
            raise ConfigurationError(
                f"max_response_bytes must be a whole number of bytes >= 1024, not "
                f"{max_response_bytes!r} (default {DEFAULT_MAX_RESPONSE_BYTES})"
            )
        self.max_response_bytes = max_response_bytes
        """The size an answer (after decompression) or a stream event may reach."""
        self._lifecycle = _Lifecycle()  # shared with copies (`with_options`)
        self._original = True
        remote = resolve_url(schemas_url, self.base_url)
        self._schemas = (
            RemoteSchemas(remote, cache_dir=default_cache_dir(), scrub=self._scrubber)
            if remote
            else None
        )
        """fal's documents for endpoints the spec lacks (None: such input goes unchecked)."""
        self._owns_journal = not isinstance(journal, Journal)
        self.journal: Journal = Journal.from_setting(journal)
        # Seams for tests: time and randomness of the retry and wait loops.
        self._clock: Callable[[], float] = time.monotonic
        self._random = random.Random()
        # What the waits share (stream places, durations seen) and what is learned of the
        # server: with copies too.
        self._pace = Pace(DEFAULT_MAX_STREAMS, clock=lambda: self._clock())
        self._learned = Learned()
        self._uploads: list[Any] = [None]
        """The CDN token's keeper (`_upload.Tokens`), made at the first upload and shared
        with copies; not before (its modules stay out of a client that never uploads)."""
        self._pool_of_parent = False
        """Set in a forked child when the caller's `http_client` came from the parent."""

    def _renewed_pool(self, pool: T) -> T:
        """In a forked child (`_fork`), the connection pool to use: a new one if the client
        made it (the copies of one client share it), else the caller's, which is then
        refused. The journal, the pace and fal's documents renew themselves."""
        self._pool_of_parent = not self._made_http
        if not self._made_http:
            return pool
        _fork.keep(pool)
        new: T = _fork.renewed(pool, self._new_pool)
        return new

    def _new_pool(self) -> Any:
        """A connection pool as the client makes its own."""
        raise NotImplementedError

    def _after_fork(self) -> None:
        """Called in a forked child (`_fork`)."""
        raise NotImplementedError

    def _context(self) -> Context:
        """What this client's flows may touch (made per call: cheap, and tests may swap
        the clock)."""
        return Context(
            base_url=self.base_url,
            hosts=self.hosts,
            timeout=self.timeout,
            retry=self.retry,
            max_response_bytes=self.max_response_bytes,
            stream=self.status_stream,
            scrubber=self._scrubber,
            journal=self.journal,
            pace=self._pace,
            learned=self._learned,
            schemas=self._schemas,
            clock=self._clock,
            random=self._random,
        )

    def _deadline(self, timeout: float | None) -> Deadline:
        """The one deadline of a call that enters here."""
        return Deadline.after(timeout, self._clock)

    def _submit_flow(
        self,
        target: object,
        arguments: Mapping[str, Any] | None,
        options: SubmitOptions,
        deadline: Deadline | None,
        batch_key: str | None,
        keep: list[httpx.Response] | None,
    ) -> tuple[Flow[JobRef], Leaving]:
        """A submit's flow, and what tells whether its bytes have started to leave."""
        leaving = Leaving()
        deadline = deadline or self._deadline(None)
        flow = submit(
            self._context(), target, arguments, options, deadline, batch_key, keep, leaving
        )
        return flow, leaving

    def _direct_flow(
        self,
        target: object,
        arguments: Mapping[str, Any] | None,
        options: RunOptions,
        deadline: Deadline,
    ) -> Flow[Any]:
        """A direct call's flow (`run(..., direct=True)`): not held back by Ctrl-C or a
        cancellation once sent, as a submit is, since its answer comes only when the job
        is done; it is then journaled as UNKNOWN."""
        from ._core.direct import run_direct  # (the synchronous path: its module on first use)

        return run_direct(
            self._context(), target, arguments, submit_options(options), deadline, Leaving()
        )

    def with_options(
        self,
        *,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        stream: bool | None = None,
    ) -> Self:
        """A copy with other settings, sharing the connection pool and the journal.

        ```python
        client.with_options(max_retries=10, timeout=120).run(...)
        ```
        """
        self._check_open()
        new = copy.copy(self)
        new._owns_http = False  # the original closes the shared pool and the journal
        new._owns_journal = False
        new._original = False
        _fork.register(new)
        if max_retries is not None:
            new.retry = _retry_policy(self.retry, max_retries)
        if timeout is not None:
            new.timeout = _timeout(timeout)
        if stream is not None:
            new.status_stream = stream
        return new

    copy = with_options

    def _mark_closed(self) -> bool:
        """Mark the client (and its copies) closed; False for a copy, which owns nothing
        and whose `close()` leaves the original open."""
        if self._original:
            self._lifecycle.closed = True
        return self._original

    def _check_open(self) -> None:
        if self._lifecycle.closed:
            raise ClientClosedError(
                f"this {type(self).__name__} is closed: create a new one (or use it inside "
                "its `with` block only)"
            )
        if self._pool_of_parent:
            raise ConfigurationError(
                f"this {type(self).__name__} was made before os.fork() with your own "
                "http_client=, whose pooled connections this process shares with its parent "
                "(each would read the other's answers). Make the client (and its "
                "http_client) in each process after the fork, or leave http_client= out: a "
                "client that made its own connections gets new ones in a forked process."
            )

    def __repr__(self) -> str:
        name = type(self).__name__
        return f"{name}(base_url={str(self.base_url)!r}, auth_scheme={self.auth_scheme!r})"

    def _scrub(self, text: object, limit: int = 2000) -> str:
        """`text` made safe to show: this client's key blanked, control characters out."""
        return self._scrubber.text(text, limit=limit)

    def _attach_ref(
        self, endpoint: object, request_id: str, status_url: str | None = None
    ) -> JobRef:
        return attached(endpoint, request_id, self.base_url, self._scrubber, status_url)

    def jobs(self) -> list[JournalEntry]:
        """The journal's entries for this client's base URL, oldest first."""
        self._check_open()
        return self.journal.entries(base_url=str(self.base_url))

    def _unfinished_refs(self) -> list[JobRef]:
        refs = []
        for entry in self.jobs():
            if not entry.unfinished or entry.request_id is None:
                continue
            try:
                refs.append(self._attach_ref(entry.endpoint, entry.request_id, entry.status_url))
            except ConfigurationError:
                log.warning(
                    "journal: %s %s cannot be re-attached", entry.endpoint, entry.request_id
                )
        return refs


def _given_key(api_key: object, base_url: httpx.URL) -> tuple[object, str]:
    """The key and where it came from: `api_key=`, else UNIAPI_API_KEY, else (with fal's
    queue as the base URL) fal's own variables, as fal's clients read them."""
    if api_key is not None:
        return api_key, "api_key="
    found = os.environ.get(API_KEY_ENV)
    if found:
        return found, API_KEY_ENV
    if is_fal(base_url):
        found = os.environ.get(FAL_KEY_ENV)
        if found:
            return found, FAL_KEY_ENV
        key_id, secret = os.environ.get(FAL_KEY_ID_ENV), os.environ.get(FAL_KEY_SECRET_ENV)
        if key_id and secret:
            return f"{key_id}:{secret}", f"{FAL_KEY_ID_ENV} and {FAL_KEY_SECRET_ENV}"
    raise MissingAPIKeyError(
        f"No API key: pass api_key=... or set {API_KEY_ENV} (a UniAPI key for"
        f" {DEFAULT_BASE_URL}); with base_url=https://{FAL_QUEUE_HOST}, {FAL_KEY_ENV} (or"
        f" {FAL_KEY_ID_ENV} and {FAL_KEY_SECRET_ENV}) is read too."
    )


def _base_url(given: str | None) -> httpx.URL:
    raw = given or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
    try:
        url = httpx.URL(raw)
    except (httpx.InvalidURL, TypeError) as exc:
        raise ConfigurationError(f"base_url {raw!r} is not a URL: {exc}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(
            f"base_url {raw!r} must be an http(s) URL such as {DEFAULT_BASE_URL}"
            f" (from base_url= or {BASE_URL_ENV})"
        )
    return url.copy_with(query=None, fragment=None)


def _timeout(value: object) -> httpx.Timeout:
    """The request timeout from `timeout=`: seconds (> 0) or an `httpx.Timeout`."""
    if value is None:
        return httpx.Timeout(DEFAULT_TIMEOUT, connect=DEFAULT_CONNECT_TIMEOUT)
    if isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return httpx.Timeout(float(value), connect=min(float(value), DEFAULT_CONNECT_TIMEOUT))
    raise ConfigurationError(
        f"timeout must be a number of seconds > 0, an httpx.Timeout or None, not {value!r}"
    )


def _retry_policy(retry: RetryPolicy | None, max_retries: int) -> RetryPolicy:
    """The policy with `max_retries`, a bad value a ConfigurationError."""
    try:
        return attrs.evolve(retry or RetryPolicy(), max_retries=max_retries)
    except (TypeError, ValueError) as exc:
        raise ConfigurationError(str(exc)) from None
