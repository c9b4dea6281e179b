"""`Client`: the configuration of `BaseClient`, run on the sync driver. (`AsyncClient`,
its asyncio twin, is in `_async_client`.)"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx

from . import _fork
from ._base_client import BaseClient
from ._bodies import DEFAULT_MAX_RESPONSE_BYTES
from ._calls import Calls
from ._constants import (
    DEFAULT_DOWNLOAD_TIMEOUT,
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_STALL_TIMEOUT,
)
from ._cookieless import CookielessClient
from ._core import collect
from ._core.deadline import Deadline
from ._core.effects import Flow, Leaving
from ._core.ref import JobRef
from ._files import has_local_files
from ._hosts import Hosts
from ._job import Job
from ._journal import Journal
from ._remote_schemas import OFF
from ._retry import RetryPolicy
from ._status import JobStatus
from ._sync_driver import SyncTransport, TraceSupport, drive_sync
from ._types import AuthScheme, OnUpdate, RunOptions, SubmitOptions, submit_options

if TYPE_CHECKING:
    from ._batch import BatchResult, OnResult
    from ._download import Progress, Saved
    from ._raw import RawCalls
    from ._upload import Uploadable
    from ._upload_body import OnProgress

T = TypeVar("T")


class Client(Calls, BaseClient):
    """The synchronous client.

    ```python
    from uniapi_fal import Client
    from uniapi_fal.models import FluxDevInput

    with Client() as client:   # UNIAPI_API_KEY, UNIAPI_BASE_URL (default https://api.uniapi.io)
        out = client.run(FluxDevInput(prompt="a lighthouse at dawn"))
        print(out.images[0].url)
    ```

    **Parameters:**

    * **api_key** - *(optional)* defaults to the `UNIAPI_API_KEY` environment variable.
    * **base_url** - *(optional)* defaults to `UNIAPI_BASE_URL`, else `https://api.uniapi.io`.
      Queue URLs returned by the server are moved onto this host; the key goes nowhere else.
    * **auth_scheme** - *(optional)* `"Key"` (UniAPI, fal; default) or `"Bearer"`.
    * **timeout** - *(optional)* seconds per HTTP request, or an `httpx.Timeout`.
    * **stream** - *(optional)* wait on the status stream where offered (default True).
    * **max_retries** - *(optional)* retries of each read (default 5; 0 turns them off).
      `retry=RetryPolicy(...)` sets the backoff and the deadline. A sent submit is never resent.
    * **journal** - *(optional)* where request_ids are kept: a path, `False` (off), or by
      default `UNIAPI_FAL_JOURNAL`, else the per-user data folder.
    * **http_client** - *(optional)* your own `httpx.Client` (proxies, limits); not closed by us.
      Redirects are never followed, whatever it says.
    * **max_response_bytes** - *(optional)* the size an answer may reach after
      decompression (default 8 MiB); a larger one is refused with ResponseTooLargeError.
    * **schemas_url** - *(optional)* where fal's document for an endpoint the spec lacks is
      fetched, to check its input before sending (`?endpoint_id=<id>` is added), or `"off"`.
      Defaults to `UNIAPI_FAL_SCHEMAS_URL`, else fal's public documents, except for a base
      URL on this machine. Sends no key; waits at most 2 s, once; cached a day.
    * **hosts** - *(optional)* `Hosts(run=..., rest=..., cdn=..., realtime=...)`: where fal's
      services besides the queue are (the synchronous path, tokens, uploads, realtime).
      Derived from the base URL by default: fal's own hosts for `https://queue.fal.run`,
      paths under the base URL otherwise (docs/fal-services.md).
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
        http_client: httpx.Client | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        schemas_url: str | None = None,
        hosts: Hosts | None = None,
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
        self._owns_http = self._made_http = http_client is None
        self._http = http_client if http_client is not None else self._new_pool()
        self._sleep = time.sleep
        self._traces = TraceSupport()
        _fork.register(self)

    def _new_pool(self) -> httpx.Client:
        return CookielessClient()

    def _after_fork(self) -> None:
        self._http = self._renewed_pool(self._http)

    # ------------------------------------------------------------------- I/O
    def _transport(self) -> SyncTransport:
        return SyncTransport(
            self._http, self._auth, self._clock, self._sleep, self._scrub, self._traces
        )

    def _drive(self, flow: Flow[T], leaving: Leaving | None = None) -> T:
        """Run a flow of `_core` on the sync driver."""
        self._check_open()
        return drive_sync(self._transport(), flow, leaving)

    # ------------------------------------------------------------------ hooks
    def _submit_endpoint(
        self,
        target: object,
        arguments: Mapping[str, Any] | None,
        options: SubmitOptions,
        *,
        batch_key: str | None = None,
        keep: list[httpx.Response] | None = None,
        deadline: Deadline | None = None,
    ) -> Job[Any]:
        target, arguments = self._uploaded(target, arguments, deadline or self._deadline(None))
        flow, leaving = self._submit_flow(target, arguments, options, deadline, batch_key, keep)
        return Job(self, self._drive(flow, leaving))

    def _run_endpoint(
        self, target: object, arguments: Mapping[str, Any] | None, options: RunOptions
    ) -> Any:
        deadline = self._deadline(options.get("timeout"))  # the whole call's, submit included
        if options.get("direct"):
            target, arguments = self._uploaded(target, arguments, deadline)
            return self._drive(self._direct_flow(target, arguments, options, deadline))
        job = self._submit_endpoint(target, arguments, submit_options(options), deadline=deadline)
        flow = collect.collect(
            self._context(),
            job._ref,
            deadline,
            on_update=options.get("on_update"),
            stream=options.get("stream"),
        )
        return self._drive(flow)

    def _attach(self, endpoint: object, request_id: str) -> Job[Any]:
        self._check_open()
        ref = self._attach_ref(endpoint, request_id)
        self.journal.attach(ref.endpoint, str(self.base_url), ref.request_id)
        return Job(self, ref)

    @property
    def with_raw_response(self) -> RawCalls:
        """`submit`, `status` and `result` that also give the server's answer (its status,
        headers and body, the key blanked): `raw.parse()` is what the plain call returns."""
        from ._raw import RawCalls

        return RawCalls(self)

    def resume(self) -> list[Job[Any]]:
        """Handles on the journal's unfinished jobs for this base URL, a crashed process's
        included: `[job.result() for job in client.resume()]` collects them."""
        self._check_open()
        return [Job(self, ref) for ref in self._unfinished_refs()]

    # -------------------------------------------------------------- a job's calls
    def _fetch_status(self, ref: JobRef, *, logs: bool) -> JobStatus:
        return self._drive(collect.status(self._context(), ref, self._deadline(None), logs=logs))

    def _collect(
        self,
        ref: JobRef,
        *,
        on_update: OnUpdate | None,
        timeout: float | None,
        stream: bool | None,
    ) -> Any:
        deadline = self._deadline(timeout)
        flow = collect.collect(self._context(), ref, deadline, on_update=on_update, stream=stream)
        return self._drive(flow)

    def _cancel(self, ref: JobRef) -> str:
        return self._drive(collect.cancel_job(self._context(), ref, self._deadline(None)))

    def _wait(
        self,
        ref: JobRef,
        *,
        on_update: OnUpdate | None,
        timeout: float | None,
        stream: bool | None,
    ) -> JobStatus:
        deadline = self._deadline(timeout)
        flow = collect.wait_for(self._context(), ref, deadline, on_update=on_update, stream=stream)
        return self._drive(flow)

    # ----------------------------------------------------------------- batch
    def _map(
        self,
        inputs: Iterable[object],
        endpoint: str | None,
        concurrency: int,
        batch: str | None,
        timeout: float | None,
        on_result: OnResult[Any] | None,
        options: SubmitOptions,
    ) -> list[BatchResult[Any]]:
        """The async batch core from sync code, on an event loop of its own (in a separate
        thread when this one already runs a loop, as in a notebook), sending through this
        client's own `http_client`."""
        import asyncio

        self._check_open()

        async def run() -> list[BatchResult[Any]]:
            from ._async_client import AsyncClient
            from ._bridge import SyncClientBridge

            # A thread per job in flight (its status stream), and as many again for submits.
            bridge = SyncClientBridge(self._http, workers=2 * concurrency + 2)
            async with (
                httpx.AsyncClient(transport=bridge, timeout=self.timeout) as http,
                AsyncClient(
                    api_key=self._key.reveal(),
                    base_url=str(self.base_url),
                    auth_scheme=self.auth_scheme,
                    timeout=self.timeout,
                    stream=self.status_stream,
                    max_retries=self.retry.max_retries,
                    retry=self.retry,
                    journal=self.journal,
                    http_client=http,
                    max_response_bytes=self.max_response_bytes,
                    schemas_url=self._schemas.url if self._schemas else OFF,
                    hosts=self.hosts.given(),
                ) as twin,
            ):
                return await twin._map(
                    inputs, endpoint, concurrency, batch, timeout, on_result, options
                )

        from . import _loop

        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return _loop.run(run())

        with ThreadPoolExecutor(1, thread_name_prefix="uniapi-fal-map") as pool:
            return pool.submit(_loop.run, run()).result()

    def download(
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
        from ._download import Limits, download, files_in

        limits = Limits.start(timeout, stall_timeout, max_bytes, self._scrub, self._clock)
        return self._drive(download(files_in(output), Path(dest), limits, progress))

    # ------------------------------------------------------------- lifecycle
    def upload(
        self,
        data: Uploadable,
        content_type: str | None = None,
        *,
        timeout: float | None = None,
        on_progress: OnProgress | None = None,
    ) -> str:
        """Put a file (its path, or bytes) in fal's storage; its URL, for any input.

        Read from disk as it is sent; above 100 MiB in parts, several at once, each
        retried on its own. `timeout` bounds the whole upload; `on_progress(sent, total)`
        follows it. The key goes to the token host only (docs/fal-services.md).
        """
        self._check_open()
        from ._upload import put

        return put(self, data, content_type, self._deadline(timeout), on_progress)

    def _uploaded(
        self, target: object, arguments: Mapping[str, Any] | None, deadline: Deadline
    ) -> tuple[object, Mapping[str, Any] | None]:
        """The input with its local files too large to inline uploaded (`_upload`)."""
        if not has_local_files(arguments if arguments is not None else target):
            return target, arguments  # the usual case
        from ._upload import uploaded

        return uploaded(self, target, arguments, deadline)

    def close(self) -> None:
        """Close the connection pool (unless it is yours) and the journal; idempotent."""
        if not self._mark_closed():
            return
        if self._owns_http:
            self._http.close()
        if self._owns_journal:
            self.journal.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
