"""`Client` and `AsyncClient`: the I/O around `BaseClient` — send, stream, sleep, close."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Mapping
from types import TracebackType
from typing import Any, Self

import httpx
import httpx_sse

from uniapi_fal_api.fal_typing import AsyncModelMethods, SyncModelMethods

from ._base_client import BaseClient, JobRef
from ._constants import STREAM_READ_TIMEOUT
from ._job import AsyncJob, Job
from ._status import JobStatus
from ._types import AuthScheme, OnUpdate, RunOptions, SubmitOptions
from ._waiting import Waiter

_NO_STREAM = (405, 501)  # the server has no status stream: poll from now on


def _stream_timeout(base: httpx.Timeout, waiter: Waiter) -> httpx.Timeout:
    """Read timeout above fal's 15 s keep-alive, but never past the caller's deadline."""
    remaining = waiter.remaining()
    read = (
        STREAM_READ_TIMEOUT if remaining is None else max(0.05, min(STREAM_READ_TIMEOUT, remaining))
    )
    return httpx.Timeout(base.connect, read=read, write=base.write, pool=base.pool)


def _event_data(event: httpx_sse.ServerSentEvent) -> object | None:
    """The JSON of one `data:` event; None for keep-alives and empty or non-JSON events."""
    if not event.data.strip():
        return None
    try:
        data: object = json.loads(event.data)
    except json.JSONDecodeError:
        return None
    return data


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
        submit: SubmitOptions = {}
        if "priority" in options:
            submit["priority"] = options["priority"]
        job = self._submit_endpoint(target, arguments, submit)
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
        if (self.stream if stream is None else stream) and self._stream_offered:
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
        kwargs = self._queue_kwargs("stream_status", ref, logs=1)
        try:
            with httpx_sse.connect_sse(
                self._http,
                kwargs["method"].upper(),
                kwargs["url"],
                params=kwargs["params"],
                auth=self._auth,
                timeout=_stream_timeout(self.timeout, waiter),
            ) as source:
                response = source.response
                if response.status_code in _NO_STREAM:
                    self._stream_offered = False
                    return None
                if response.status_code == 404:  # no such route here, or no such request:
                    return None  # polling tells which
                if response.status_code >= 400:
                    response.read()
                    self._check(
                        response,
                        what=f"status stream of {ref.endpoint}",
                        endpoint=ref.endpoint,
                        request_id=ref.request_id,
                    )
                if "text/event-stream" not in response.headers.get("content-type", ""):
                    self._stream_offered = False
                    return None
                for event in source.iter_sse():
                    data = _event_data(event)
                    if data is None:
                        continue
                    status = waiter.observe(self._parse_status(ref, data))
                    if status.is_completed:
                        return status
                    waiter.check_deadline()
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
        submit: SubmitOptions = {}
        if "priority" in options:
            submit["priority"] = options["priority"]
        job = await self._submit_endpoint(target, arguments, submit)
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
        if (self.stream if stream is None else stream) and self._stream_offered:
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
        kwargs = self._queue_kwargs("stream_status", ref, logs=1)
        try:
            async with httpx_sse.aconnect_sse(
                self._http,
                kwargs["method"].upper(),
                kwargs["url"],
                params=kwargs["params"],
                auth=self._auth,
                timeout=_stream_timeout(self.timeout, waiter),
            ) as source:
                response = source.response
                if response.status_code in _NO_STREAM:
                    self._stream_offered = False
                    return None
                if response.status_code == 404:  # no such route here, or no such request:
                    return None  # polling tells which
                if response.status_code >= 400:
                    await response.aread()
                    self._check(
                        response,
                        what=f"status stream of {ref.endpoint}",
                        endpoint=ref.endpoint,
                        request_id=ref.request_id,
                    )
                if "text/event-stream" not in response.headers.get("content-type", ""):
                    self._stream_offered = False
                    return None
                async for event in source.aiter_sse():
                    data = _event_data(event)
                    if data is None:
                        continue
                    status = waiter.observe(self._parse_status(ref, data))
                    if status.is_completed:
                        return status
                    waiter.check_deadline()
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
