"""`Client` and `AsyncClient`: the I/O around `BaseClient` — send, stream, sleep, close."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping
from types import TracebackType
from typing import Any, Self

import httpx
import httpx_sse

from uniapi_fal_api.fal_typing import AsyncModelMethods, SyncModelMethods

from ._base_client import BaseClient, JobRef, submit_options
from ._job import AsyncJob, Job
from ._status import JobStatus
from ._types import AuthScheme, OnUpdate, RunOptions, SubmitOptions
from ._waiting import Waiter


class Client(SyncModelMethods, BaseClient):
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
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            auth_scheme=auth_scheme,
            timeout=timeout,
            stream=stream,
        )
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.Client()
        self._sleep = time.sleep

    # ------------------------------------------------------------------ hooks
    def _submit_endpoint(
        self, target: object, arguments: Mapping[str, Any] | None, options: SubmitOptions
    ) -> Job[Any]:
        info, model = self._prepare(target, arguments)
        what = f"submit to {info.endpoint_id}"
        response = self._send(
            self._submit_kwargs(info, model, options), what=what, endpoint=info.endpoint_id
        )
        return Job(self, self._ref_from_submit(info, response))

    def _run_endpoint(
        self, target: object, arguments: Mapping[str, Any] | None, options: RunOptions
    ) -> Any:
        job = self._submit_endpoint(target, arguments, submit_options(options))
        return job.result(
            on_update=options.get("on_update"),
            timeout=options.get("timeout"),
            stream=options.get("stream"),
        )

    def _attach(self, endpoint: str, request_id: str) -> Job[Any]:
        return Job(self, self._attach_ref(endpoint, request_id))

    # -------------------------------------------------------------- protocol
    def _send(
        self, kwargs: dict[str, Any], *, what: str, endpoint: str, request_id: str | None = None
    ) -> httpx.Response:
        kwargs.setdefault("timeout", self.timeout)
        try:
            return self._http.request(**kwargs, auth=self._auth)
        except httpx.RequestError as exc:
            raise self._transport_error(
                exc, what=what, endpoint=endpoint, request_id=request_id
            ) from None

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
            endpoint=ref.endpoint, request_id=ref.request_id, on_update=on_update, timeout=timeout
        )
        if self._use_stream(stream):
            final = self._wait_on_stream(ref, waiter)
            if final is not None:
                return final
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

    # ------------------------------------------------------------- lifecycle
    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncClient(AsyncModelMethods, BaseClient):
    """The asynchronous client: `Client` with `await`, `aclose` and `async with`.

    ```python
    async with AsyncClient() as client:
        out = await client.run(FluxDevInput(prompt="a lighthouse at dawn"))
    ```

    Takes the same parameters as `Client`, with `http_client` an `httpx.AsyncClient`.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        auth_scheme: AuthScheme = "Key",
        timeout: float | httpx.Timeout | None = None,
        stream: bool = True,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            auth_scheme=auth_scheme,
            timeout=timeout,
            stream=stream,
        )
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.AsyncClient()
        self._sleep = asyncio.sleep

    # ------------------------------------------------------------------ hooks
    async def _submit_endpoint(
        self, target: object, arguments: Mapping[str, Any] | None, options: SubmitOptions
    ) -> AsyncJob[Any]:
        info, model = self._prepare(target, arguments)
        what = f"submit to {info.endpoint_id}"
        response = await self._send(
            self._submit_kwargs(info, model, options), what=what, endpoint=info.endpoint_id
        )
        return AsyncJob(self, self._ref_from_submit(info, response))

    async def _run_endpoint(
        self, target: object, arguments: Mapping[str, Any] | None, options: RunOptions
    ) -> Any:
        job = await self._submit_endpoint(target, arguments, submit_options(options))
        return await job.result(
            on_update=options.get("on_update"),
            timeout=options.get("timeout"),
            stream=options.get("stream"),
        )

    def _attach(self, endpoint: str, request_id: str) -> AsyncJob[Any]:
        return AsyncJob(self, self._attach_ref(endpoint, request_id))

    # -------------------------------------------------------------- protocol
    async def _send(
        self, kwargs: dict[str, Any], *, what: str, endpoint: str, request_id: str | None = None
    ) -> httpx.Response:
        kwargs.setdefault("timeout", self.timeout)
        try:
            return await self._http.request(**kwargs, auth=self._auth)
        except httpx.RequestError as exc:
            raise self._transport_error(
                exc, what=what, endpoint=endpoint, request_id=request_id
            ) from None

    async def _fetch_status(self, ref: JobRef, *, logs: bool) -> JobStatus:
        kwargs = self._queue_kwargs("get_status", ref, logs=1 if logs else 0)
        what = f"status of {ref.endpoint}"
        response = await self._send(
            kwargs, what=what, endpoint=ref.endpoint, request_id=ref.request_id
        )
        return self._status_from(ref, response)

    async def _fetch_result(self, ref: JobRef, status: JobStatus | None = None) -> Any:
        kwargs = self._queue_kwargs("get_result", ref)
        what = f"result of {ref.endpoint}"
        response = await self._send(
            kwargs, what=what, endpoint=ref.endpoint, request_id=ref.request_id
        )
        return self._result_from(ref, response, status)

    async def _cancel(self, ref: JobRef) -> str:
        kwargs = self._queue_kwargs("cancel_request", ref)
        what = f"cancel of {ref.endpoint}"
        response = await self._send(
            kwargs, what=what, endpoint=ref.endpoint, request_id=ref.request_id
        )
        return self._cancel_from(ref, response)

    async def _wait(
        self,
        ref: JobRef,
        *,
        on_update: OnUpdate | None,
        timeout: float | None,
        stream: bool | None,
    ) -> JobStatus:
        waiter = Waiter(
            endpoint=ref.endpoint, request_id=ref.request_id, on_update=on_update, timeout=timeout
        )
        if self._use_stream(stream):
            final = await self._wait_on_stream(ref, waiter)
            if final is not None:
                return final
        while True:  # polling: also the fallback when a stream breaks off
            status = waiter.observe(await self._fetch_status(ref, logs=True))
            if status.is_completed:
                return status
            await self._sleep(waiter.next_delay())

    async def _wait_on_stream(self, ref: JobRef, waiter: Waiter) -> JobStatus | None:
        """The COMPLETED status from the stream, or None to fall back to polling."""
        try:
            async with httpx_sse.aconnect_sse(
                self._http, **self._stream_request(ref, waiter), auth=self._auth
            ) as source:
                if source.response.status_code >= 400:
                    await source.response.aread()
                if not self._stream_opened(ref, source.response):
                    return None
                async for event in source.aiter_sse():
                    final = self._stream_event(ref, waiter, event)
                    if final is not None:
                        return final
        except httpx.RequestError:
            waiter.check_deadline()
        return None

    # ------------------------------------------------------------- lifecycle
    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
