"""`Client`: the I/O around `BaseClient` — send, stream, sleep, close. (`AsyncClient`,
its asyncio twin, is in `_async_client`.)"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import httpx
import httpx_sse

from ._base_client import BaseClient, JobRef, submit_options
from ._calls import SyncCalls
from ._constants import DEFAULT_MAX_RETRIES
from ._exceptions import FalError
from ._job import Job
from ._journal import Journal
from ._retry import RetryPolicy
from ._status import IN_QUEUE, JobStatus
from ._types import AuthScheme, OnUpdate, RunOptions, SubmitOptions
from ._waiting import Waiter

if TYPE_CHECKING:
    from ._async_client import AsyncClient
    from ._batch import BatchResult, OnResult
    from ._download import Progress, Saved


class Client(SyncCalls, BaseClient):
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
        )
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.Client()
        self._sleep = time.sleep

    # ------------------------------------------------------------------ hooks
    def _submit_endpoint(
        self,
        target: object,
        arguments: Mapping[str, Any] | None,
        options: SubmitOptions,
        *,
        batch_key: str | None = None,
    ) -> Job[Any]:
        info, model, body = self._prepare(target, arguments)
        what = f"submit to {info.endpoint_id}"
        row = self._journal_submit(info, body, batch_key)
        try:
            response = self._send(
                self._submit_kwargs(info, model, body, options),
                what=what,
                endpoint=info.endpoint_id,
                submit=True,
            )
            ref = self._ref_from_submit(info, response)
        except FalError as error:
            self._journal_failed_submit(row, error)
            raise
        self._journal_submitted(row, ref, IN_QUEUE)
        return Job(self, ref)

    def _run_endpoint(
        self, target: object, arguments: Mapping[str, Any] | None, options: RunOptions
    ) -> Any:
        job = self._submit_endpoint(target, arguments, submit_options(options))
        return job.result(
            on_update=options.get("on_update"),
            timeout=options.get("timeout"),
            stream=options.get("stream"),
        )

    def _attach(self, endpoint: object, request_id: str) -> Job[Any]:
        ref = self._attach_ref(endpoint, request_id)
        self.journal.attach(ref.endpoint, str(self.base_url), ref.request_id)
        return Job(self, ref)

    def resume(self) -> list[Job[Any]]:
        """Handles on the journal's unfinished jobs for this base URL, a crashed process's
        included: `[job.result() for job in client.resume()]` collects them."""
        return [Job(self, ref) for ref in self._unfinished_refs()]

    # -------------------------------------------------------------- protocol
    def _send(
        self,
        kwargs: dict[str, Any],
        *,
        what: str,
        endpoint: str,
        request_id: str | None = None,
        submit: bool = False,
    ) -> httpx.Response:
        """Send, retrying as `RetryPolicy` says (a submit only if nothing was sent)."""
        kwargs.setdefault("timeout", self.timeout)
        attempts = self._attempts(what, resend_safe=not submit)
        while True:
            try:
                response = self._http.request(**kwargs, auth=self._auth)
            except httpx.RequestError as exc:
                delay = attempts.after_error(exc)
                if delay is None:
                    raise self._transport_error(
                        exc, what=what, endpoint=endpoint, request_id=request_id, submit=submit
                    ) from None
            else:
                delay = attempts.after_response(response)
                if delay is None:
                    return response
            self._sleep(delay)

    def _fetch_status(self, ref: JobRef, *, logs: bool) -> JobStatus:
        kwargs = self._queue_kwargs("get_status", ref, logs=1 if logs else 0)
        what = f"status of {ref.endpoint}"
        response = self._send(kwargs, what=what, endpoint=ref.endpoint, request_id=ref.request_id)
        return self._status_from(ref, response)

    def _fetch_result(self, ref: JobRef, status: JobStatus | None = None) -> Any:
        kwargs = self._queue_kwargs("get_result", ref)
        what = f"result of {ref.endpoint}"
        response = self._send(kwargs, what=what, endpoint=ref.endpoint, request_id=ref.request_id)
        return self._result_from(ref, response, status)

    def _collect(
        self,
        ref: JobRef,
        *,
        on_update: OnUpdate | None,
        timeout: float | None,
        stream: bool | None,
    ) -> Any:
        """The result: from the journal's cache if collected before, else wait and fetch."""
        cached = self._cached_result(ref)
        if cached is not None:
            return cached
        status = self._wait(ref, on_update=on_update, timeout=timeout, stream=stream)
        return self._fetch_result(ref, status)

    def _cancel(self, ref: JobRef) -> str:
        kwargs = self._queue_kwargs("cancel_request", ref)
        what = f"cancel of {ref.endpoint}"
        response = self._send(kwargs, what=what, endpoint=ref.endpoint, request_id=ref.request_id)
        return self._cancel_from(ref, response)

    def _wait(
        self,
        ref: JobRef,
        *,
        on_update: OnUpdate | None,
        timeout: float | None,
        stream: bool | None,
    ) -> JobStatus:
        waiter = Waiter(
            endpoint=ref.endpoint,
            request_id=ref.request_id,
            on_update=self._journaling(ref, on_update),
            timeout=timeout,
            clock=self._clock,
        )
        if self._use_stream(stream):
            final = self._wait_on_stream(ref, waiter)
            if final is not None:
                return final
        self._sleep(waiter.first_delay(ref.submitted_at))  # the submit said IN_QUEUE
        while True:  # polling: also the fallback when a stream breaks off
            status = waiter.observe(self._fetch_status(ref, logs=True))
            if status.is_completed:
                return status
            self._sleep(waiter.next_delay())

    def _wait_on_stream(self, ref: JobRef, waiter: Waiter) -> JobStatus | None:
        """The COMPLETED status from the stream, or None to fall back to polling."""
        try:
            with httpx_sse.connect_sse(
                self._http, **self._stream_request(ref, waiter), auth=self._auth
            ) as source:
                if source.response.status_code >= 400:
                    source.response.read()
                if not self._stream_opened(ref, source.response):
                    return None
                for event in source.iter_sse():
                    final = self._stream_event(ref, waiter, event)
                    if final is not None:
                        return final
        except httpx.RequestError:
            waiter.check_deadline()
        return None

    # ----------------------------------------------------------------- batch
    def map(
        self,
        inputs: Iterable[object],
        *,
        endpoint: str | None = None,
        concurrency: int = 8,
        batch: str | None = None,
        timeout: float | None = None,
        on_result: OnResult | None = None,
    ) -> list[BatchResult]:
        """`AsyncClient.map` from sync code (it runs an event loop: not for async code)."""

        import asyncio

        async def run() -> list[BatchResult]:
            async with self._async_twin() as twin:
                return await twin.map(
                    inputs,
                    endpoint=endpoint,
                    concurrency=concurrency,
                    batch=batch,
                    timeout=timeout,
                    on_result=on_result,
                )

        return asyncio.run(run())

    def _async_twin(self) -> AsyncClient:
        """An AsyncClient with this client's settings, journal included."""
        from ._async_client import AsyncClient

        return AsyncClient(
            api_key=self._key.reveal(),
            base_url=str(self.base_url),
            auth_scheme=self.auth_scheme,
            timeout=self.timeout,
            stream=self.stream,
            max_retries=self.retry.max_retries,
            retry=self.retry,
            journal=self.journal,
        )

    def download(
        self, output: object, dest: str | os.PathLike[str], *, progress: Progress | None = None
    ) -> list[Saved]:
        """Save every File/Image of a typed output into the folder `dest` (see `_download`)."""
        from ._download import download_sync, files_in

        return download_sync(self._http, files_in(output), Path(dest), progress=progress)

    # ------------------------------------------------------------- lifecycle
    def close(self) -> None:
        if self._owns_http:
            self._http.close()
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
