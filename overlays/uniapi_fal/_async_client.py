"""`AsyncClient`: `Client` for asyncio, the same flows (`_core`) on the async driver.

A module of its own so that `import uniapi_fal` does not pay for asyncio until an
AsyncClient is wanted. A submit whose bytes have left is finished and journaled even when
its caller is cancelled; one still waiting for a connection or the in-flight limit is
dropped, never sent. `aclose()` waits, bounded, for the submits still finishing.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import logging
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar

import httpx

from . import _fork
from ._async_driver import AsyncTransport, drive_async
from ._base_client import BaseClient
from ._batch import (
    CLAIM_POLL_SECONDS,
    Action,
    BatchResult,
    OnResult,
    Source,
    batch_keys,
    claim_timeout,
    entry_of,
    outcome_of,
    plan,
)
from ._bodies import DEFAULT_MAX_RESPONSE_BYTES
from ._calls import AsyncCalls
from ._concurrency import AdaptiveLimit
from ._constants import (
    DEFAULT_ASYNC_STREAMS,
    DEFAULT_DOWNLOAD_TIMEOUT,
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_CONNECTIONS,
    DEFAULT_MAX_RETRIES,
    DEFAULT_STALL_TIMEOUT,
)
from ._cookieless import CookielessAsyncClient
from ._core import collect
from ._core.deadline import Deadline
from ._core.effects import Flow
from ._core.ref import JobRef
from ._download import Limits, Progress, Saved, download, files_in
from ._exceptions import (
    ConfigurationError,
    EventLoopError,
    FalError,
    FieldError,
    InputValidationError,
    JournalError,
)
from ._files import has_local_files
from ._hosts import Hosts
from ._job import AsyncJob
from ._journal import Journal, JournalEntry, Taken
from ._journal_thread import JournalThread
from ._pool import ShardedTransport
from ._retry import RetryPolicy
from ._status import JobStatus
from ._sync_driver import TraceSupport
from ._types import AuthScheme, OnUpdate, RunOptions, SubmitOptions, submit_options

if TYPE_CHECKING:
    from ._raw import AsyncRawCalls
    from ._upload import Uploadable
    from ._upload_body import OnProgress

log = logging.getLogger("uniapi_fal")
T = TypeVar("T")
CLOSE_GRACE = 30.0
"""Seconds `aclose()` waits for submits whose bytes have left to be answered and
journaled; past that, they are cut and journaled as UNKNOWN."""


HttpBackend = Literal["httpx", "aiohttp"]


def _checked_backend(backend: object, http_client: object) -> HttpBackend:
    """`http_backend`, if it can be had: aiohttp's needs the `aiohttp` extra."""
    if backend not in ("httpx", "aiohttp"):
        raise ConfigurationError(f'http_backend must be "httpx" or "aiohttp", not {backend!r}')
    if backend == "aiohttp":
        if http_client is not None:
            raise ConfigurationError(
                "http_backend='aiohttp' makes the client's own connections: give it or "
                "http_client=, not both"
            )
        if importlib.util.find_spec("aiohttp") is None:
            raise ConfigurationError(
                "http_backend='aiohttp' needs aiohttp: pip install 'uniapi-fal[aiohttp]'"
            )
    return "aiohttp" if backend == "aiohttp" else "httpx"


class AsyncClient(AsyncCalls, BaseClient):
    """The asynchronous client: `Client` with `await`, `aclose` and `async with`.

    ```python
    async with AsyncClient() as client:
        out = await client.run(FluxDevInput(prompt="a lighthouse at dawn"))
    ```

    Takes the same parameters as `Client`, with `http_client` an `httpx.AsyncClient`, and
    `max_connections` (default 256): requests in flight at once at most, a waiting job's
    status stream included; the others wait their turn in the client, cheaply. Within it,
    as many short requests are in flight as the latency calls for. At most 8 of them (and
    at most half) are status streams: further jobs poll, planned by what the streams learn
    of the endpoint's durations (so 1,000 jobs need about one request each, not a
    connection each). `http_backend="aiohttp"` (the `aiohttp` extra) moves the bytes with
    aiohttp under httpx's API, for less CPU a request (`_aiohttp`).
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        auth_scheme: AuthScheme = "Key",
        timeout: float | httpx.Timeout | None = None,
        stream: bool = True,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry: RetryPolicy | None = None,
        journal: Journal | str | os.PathLike[str] | bool | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        schemas_url: str | None = None,
        hosts: Hosts | None = None,
        http_backend: HttpBackend = "httpx",
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            auth_scheme=auth_scheme,
            timeout=timeout,
            stream=stream,
            max_retries=max_retries,
            retry=retry,
            journal=journal,
            max_response_bytes=max_response_bytes,
            schemas_url=schemas_url,
            hosts=hosts,
        )
        if not isinstance(max_connections, int) or max_connections < 1:
            raise ConfigurationError(f"max_connections must be at least 1, not {max_connections}")
        self._max_connections = max_connections
        self._backend = _checked_backend(http_backend, http_client)
        self._owns_http = self._made_http = http_client is None
        self._http = http_client if http_client is not None else self._new_pool()
        # The rest of the connections for polls and submits.
        self._pace.max_streams = max(1, min(max_connections // 2, DEFAULT_ASYNC_STREAMS))
        self._sleep = asyncio.sleep
        self._traces = TraceSupport()
        self._journal_thread = JournalThread(self.journal)  # renews itself after a fork
        self._start_in_loop()
        _fork.register(self)

    def _start_in_loop(self) -> None:
        """What belongs to the event loop the client runs in (for a forked child: anew)."""
        # Requests beyond the pool wait here, not in httpcore's queue, which rescans every
        # waiting request on each event: with 1,000 jobs that rescanning was the bottleneck.
        self._slots = asyncio.Semaphore(self._max_connections)
        # Short requests in flight: as many as lower the latency (see _concurrency).
        self._limit = AdaptiveLimit(
            self._max_connections - self._pace.max_streams, clock=lambda: self._clock()
        )
        self._pending: set[asyncio.Future[None]] = set()  # journal writes in worker threads
        self._in_flight: set[asyncio.Future[JobRef]] = set()  # submits, their callers gone too
        self._loop: asyncio.AbstractEventLoop | None = None
        """The event loop the client first ran in: its connections and limits belong to it."""

    def _new_pool(self) -> httpx.AsyncClient:
        if self._backend == "aiohttp":
            from ._aiohttp import AiohttpTransport

            return CookielessAsyncClient(transport=AiohttpTransport(self._max_connections))
        return CookielessAsyncClient(transport=ShardedTransport(self._max_connections))

    def _after_fork(self) -> None:
        """The parent's event loop does not run here: a new pool, new limits, no loop yet."""
        self._http = self._renewed_pool(self._http)
        first = _fork.renewed(self._slots, lambda: self)  # of the copies that share them
        if first is self:
            self._start_in_loop()
        else:  # share the new ones, as before the fork
            self._slots, self._limit, self._loop = first._slots, first._limit, None
            self._pending, self._in_flight = first._pending, first._in_flight

    # ------------------------------------------------------------------- I/O
    def _check_loop(self) -> None:
        loop = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = loop
        elif loop is not self._loop:
            state = "now closed" if self._loop.is_closed() else "still running"
            raise EventLoopError(
                f"this AsyncClient first ran in another event loop ({state}); its "
                "connections belong to that loop. Make the client inside the asyncio.run() "
                "that uses it (async with AsyncClient() as client: ...), one per loop."
            )

    async def _drive(self, flow: Flow[T]) -> T:
        """Run a flow of `_core` on the async driver."""
        self._check_open()
        self._check_loop()
        return await drive_async(self._transport(), flow)

    def _transport(self) -> AsyncTransport:
        return AsyncTransport(
            self._http,
            self._auth,
            self._clock,
            self._sleep,
            self._scrub,
            self._traces,
            self._slots,
            self._limit,
            self._journal_thread,
        )

    # ------------------------------------------------------------------ hooks
    async def _submit_endpoint(
        self,
        target: object,
        arguments: Mapping[str, Any] | None,
        options: SubmitOptions,
        *,
        batch_key: str | None = None,
        keep: list[httpx.Response] | None = None,
        deadline: Deadline | None = None,
    ) -> AsyncJob[Any]:
        target, arguments = await self._uploaded(
            target, arguments, deadline or self._deadline(None)
        )
        flow, leaving = self._submit_flow(target, arguments, options, deadline, batch_key, keep)
        sending = asyncio.ensure_future(self._drive(flow))
        self._in_flight.add(sending)
        sending.add_done_callback(self._in_flight.discard)
        try:
            ref = await asyncio.shield(sending)
        except asyncio.CancelledError:
            if not leaving.started:  # still waiting for a connection or a slot: dropped
                sending.cancel()
            # Its bytes have left: its answer is read and journaled before the caller goes
            # (fal may have queued and billed it). A second Ctrl-C interrupts the process.
            while not sending.done():
                with contextlib.suppress(asyncio.CancelledError):
                    await asyncio.wait([sending])
            if not sending.cancelled():
                sending.exception()  # seen: its outcome is in the journal either way
            raise
        return AsyncJob(self, ref)

    async def _run_endpoint(
        self, target: object, arguments: Mapping[str, Any] | None, options: RunOptions
    ) -> Any:
        deadline = self._deadline(options.get("timeout"))  # the whole call's, submit included
        if options.get("direct"):
            target, arguments = await self._uploaded(target, arguments, deadline)
            return await self._drive(self._direct_flow(target, arguments, options, deadline))
        job = await self._submit_endpoint(
            target, arguments, submit_options(options), deadline=deadline
        )
        flow = collect.collect(
            self._context(),
            job._ref,
            deadline,
            on_update=options.get("on_update"),
            stream=options.get("stream"),
        )
        return await self._drive(flow)

    def _attach(self, endpoint: object, request_id: str) -> AsyncJob[Any]:
        self._check_open()
        ref = self._attach_ref(endpoint, request_id)
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # called outside the event loop: nothing to keep free
            self.journal.attach(ref.endpoint, str(self.base_url), ref.request_id)
        else:  # recorded in a worker thread; the job is usable at once either way
            record = loop.run_in_executor(None, self._record_attached, ref)
            self._pending.add(record)
            record.add_done_callback(self._pending.discard)
        return AsyncJob(self, ref)

    def _record_attached(self, ref: JobRef) -> None:
        try:
            self.journal.attach(ref.endpoint, str(self.base_url), ref.request_id)
        except Exception as error:  # bookkeeping of a job that exists anyway: logged
            log.warning("journal: could not record %s: %s", ref.request_id, self._scrub(error))

    @property
    def with_raw_response(self) -> AsyncRawCalls:
        """`submit`, `status` and `result` that also give the server's answer (its status,
        headers and body, the key blanked): `raw.parse()` is what the plain call returns."""
        from ._raw import AsyncRawCalls

        return AsyncRawCalls(self)

    def resume(self) -> list[AsyncJob[Any]]:
        """Handles on the journal's unfinished jobs for this base URL, a crashed process's
        included: `[job.result() for job in client.resume()]` collects them."""
        self._check_open()
        return [AsyncJob(self, ref) for ref in self._unfinished_refs()]

    # -------------------------------------------------------------- a job's calls
    async def _fetch_status(self, ref: JobRef, *, logs: bool) -> JobStatus:
        flow = collect.status(self._context(), ref, self._deadline(None), logs=logs)
        return await self._drive(flow)

    async def _collect(
        self,
        ref: JobRef,
        *,
        on_update: OnUpdate | None,
        timeout: float | None,
        stream: bool | None,
    ) -> Any:
        flow = collect.collect(
            self._context(), ref, self._deadline(timeout), on_update=on_update, stream=stream
        )
        return await self._drive(flow)

    async def _result_by(self, ref: JobRef, deadline: Deadline) -> Any:
        flow = collect.collect(self._context(), ref, deadline, on_update=None, stream=None)
        return await self._drive(flow)

    async def _cancel(self, ref: JobRef) -> str:
        return await self._drive(collect.cancel_job(self._context(), ref, self._deadline(None)))

    async def _wait(
        self,
        ref: JobRef,
        *,
        on_update: OnUpdate | None,
        timeout: float | None,
        stream: bool | None,
    ) -> JobStatus:
        deadline = self._deadline(timeout)
        flow = collect.wait_for(self._context(), ref, deadline, on_update=on_update, stream=stream)
        return await self._drive(flow)

    # ----------------------------------------------------------------- batch
    async def _map(
        self,
        inputs: Iterable[object],
        endpoint: str | None,
        concurrency: int,
        batch: str | None,
        timeout: float | None,
        on_result: OnResult[Any] | None,
        options: SubmitOptions,
    ) -> list[BatchResult[Any]]:
        """Each item a task, `concurrency` of them at a time (`AsyncCalls.map`)."""
        gate = asyncio.Semaphore(concurrency)

        items = list(inputs)
        keys = batch_keys(batch, items, endpoint)

        async def one(index: int, item: object) -> BatchResult[Any]:
            async with gate:
                result = await self._map_one(index, item, endpoint, keys[index], timeout, options)
            if on_result is not None:
                on_result(result)
            return result

        tasks = [asyncio.ensure_future(one(i, x)) for i, x in enumerate(items)]
        try:
            return list(await asyncio.gather(*tasks))
        except asyncio.CancelledError:
            # Stopped (Ctrl-C; gather has cancelled every item): waits end at once, but
            # submits in flight finish and are journaled, so a rerun resumes them.
            await asyncio.wait(tasks)
            raise

    async def _map_one(
        self,
        index: int,
        item: object,
        endpoint: str | None,
        key: str | None,
        timeout: float | None,
        options: SubmitOptions,
    ) -> BatchResult[Any]:
        deadline = self._deadline(timeout)  # the item's whole call: submit, wait, result
        while True:
            entry, claimed = await asyncio.to_thread(entry_of, self.journal, self.base_url, key)
            action = plan(entry, claimed)  # (off the loop above: the journal is a file)
            if action == "wait":  # another run is submitting it: its outcome is ours
                remaining = deadline.remaining()
                if remaining is not None and remaining <= 0:
                    return BatchResult(index, item, error=claim_timeout(index, entry, deadline))
                await self._sleep(min(CLAIM_POLL_SECONDS, remaining or CLAIM_POLL_SECONDS))
                continue
            try:
                return await self._map_attempt(
                    index, item, endpoint, key, entry, action, deadline, options
                )
            except Taken:  # another run claimed it since we looked: see what it does
                continue

    async def _map_attempt(
        self,
        index: int,
        item: object,
        endpoint: str | None,
        key: str | None,
        entry: JournalEntry | None,
        action: Action,
        deadline: Deadline,
        options: SubmitOptions,
    ) -> BatchResult[Any]:
        try:
            if entry is not None and action == "attach":
                ref = self._attach_ref(entry.endpoint, entry.request_id or "", entry.status_url)
                output = await self._result_by(ref, deadline)
                return BatchResult(index, item, output, None, ref.request_id, "reattached")
            if action != "submit":
                return await asyncio.to_thread(outcome_of, self._context(), index, item, entry)
            target, arguments = (item, None) if endpoint is None else (endpoint, item)
            if arguments is not None and not isinstance(arguments, Mapping):
                raise InputValidationError(
                    endpoint or "",
                    [
                        FieldError(
                            "(input)", f"item {index}: with endpoint=, each input must be a dict"
                        )
                    ],
                )
            job = await self._submit_endpoint(
                target, arguments, options, batch_key=key, deadline=deadline
            )
        except FalError as error:
            rid = getattr(error, "request_id", None)
            unsent = isinstance(error, InputValidationError | ConfigurationError) or (
                isinstance(error, JournalError) and rid is None
            )
            source: Source = "not sent" if unsent else "submitted"
            return BatchResult(index, item, error=error, request_id=rid, source=source)
        try:
            output = await self._result_by(job._ref, deadline)
        except FalError as error:
            return BatchResult(index, item, error=error, request_id=job.request_id)
        return BatchResult(index, item, output, None, job.request_id)

    async def download(
        self,
        output: object,
        dest: str | os.PathLike[str],
        *,
        progress: Progress | None = None,
        timeout: float | None = DEFAULT_DOWNLOAD_TIMEOUT,
        stall_timeout: float = DEFAULT_STALL_TIMEOUT,
        max_bytes: int | None = DEFAULT_MAX_BYTES,
    ) -> list[Saved]:
        """Save every File/Image of a typed output into the folder `dest`; returns what was
        saved where.

        A file is named after its URL (made safe), never overwrites one already there (a
        taken name becomes `name-1`, `name-2`, ...) and appears whole or not at all.
        `timeout` bounds the whole call (None: no bound), `stall_timeout` the wait for the
        next byte, and `max_bytes` each file (a file announcing more is refused unread).
        The key goes only to files on the client's base host. See
        docs/files-and-webhooks.md.
        """
        self._check_open()
        limits = Limits.start(timeout, stall_timeout, max_bytes, self._scrub, self._clock)
        return await self._drive(download(files_in(output), Path(dest), limits, progress))

    # ------------------------------------------------------------- lifecycle
    async def upload(
        self,
        data: Uploadable,
        content_type: str | None = None,
        *,
        timeout: float | None = None,
        on_progress: OnProgress | None = None,
    ) -> str:
        """`Client.upload`, awaited: the file's URL in fal's storage. Parts go up several
        at once; the file is read in a worker thread, a piece at a time."""
        self._check_open()
        from ._upload import aput

        return await aput(self, data, content_type, self._deadline(timeout), on_progress)

    async def _uploaded(
        self, target: object, arguments: Mapping[str, Any] | None, deadline: Deadline
    ) -> tuple[object, Mapping[str, Any] | None]:
        """The input with its local files too large to inline uploaded (`_upload`)."""
        if not has_local_files(arguments if arguments is not None else target):
            return target, arguments  # the usual case
        from ._upload import auploaded

        return await auploaded(self, target, arguments, deadline)

    async def aclose(self) -> None:
        """Close the connection pool (unless it is yours) and the journal; idempotent."""
        if not self._mark_closed():
            return
        if self._in_flight:  # submits whose bytes left: their answers are journaled first
            _, late = await asyncio.wait(self._in_flight, timeout=CLOSE_GRACE)
            for sending in late:
                sending.cancel()  # cut: journaled as UNKNOWN
            if late:
                await asyncio.wait(late)
        if self._pending:
            await asyncio.wait(self._pending)
        if self._owns_http:
            await self._http.aclose()
        if self._owns_journal:
            self.journal.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
