"""`client.with_raw_response`: the server's answer itself, beside what the SDK made of it.

```python
raw = client.with_raw_response.submit(FluxDevInput(prompt="a fox"))
raw.status_code, raw.headers["x-fal-request-id"]   # the submit's answer
job = raw.parse()                                  # the Job, as submit returns it
out = client.with_raw_response.result(job).parse() # the result answer, then its output
```

The answer kept is a copy with this client's key blanked in its headers and body (a
server may echo it back). Everything else is as in the plain calls: validation, the
journal, retries (the answer kept is the last one), deadlines. `RawCalls` is generated
from `AsyncRawCalls` by `scripts/unasync.py`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Mapping
from typing import Any, Generic, Protocol, TypeVar, Unpack, overload

import attrs
import httpx

from uniapi_fal_api.fal_typing import FalInput

from ._core import collect
from ._core.answers import safe_response
from ._core.context import Context
from ._core.deadline import Deadline
from ._core.effects import Flow
from ._job import AsyncJob, Job
from ._scrub import Scrubber
from ._status import JobStatus
from ._types import SubmitOptions

T = TypeVar("T")
OutputT = TypeVar("OutputT")


class _Runner(Protocol):
    """What the raw calls need of a client (so that this module imports none)."""

    max_response_bytes: int
    _scrubber: Scrubber

    def _context(self) -> Context: ...
    def _deadline(self, timeout: float | None) -> Deadline: ...


@attrs.frozen
class RawResponse(Generic[T]):
    """An HTTP answer (the key blanked) and the value the SDK parsed from it."""

    http_response: httpx.Response
    _parsed: T

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def text(self) -> str:
        return self.http_response.text

    def json(self) -> Any:
        return self.http_response.json()

    def parse(self) -> T:
        """What the plain call returns: a Job, a JobStatus or the typed output."""
        return self._parsed


def _raw(client: _Runner, kept: list[httpx.Response], parsed: T) -> RawResponse[T]:
    return RawResponse(safe_response(kept[-1], client._scrubber, client.max_response_bytes), parsed)


# unasync: async source
class AsyncRawRunner(_Runner, Protocol):
    def _drive(self, flow: Flow[T]) -> Awaitable[T]: ...
    def _submit_endpoint(
        self,
        target: object,
        arguments: Mapping[str, Any] | None,
        options: SubmitOptions,
        *,
        keep: list[httpx.Response] | None = None,
    ) -> Awaitable[AsyncJob[Any]]: ...


class AsyncRawCalls:
    """`AsyncClient.with_raw_response`: `submit`, `status` and `result` with their answers."""

    def __init__(self, client: AsyncRawRunner) -> None:
        self._client = client

    @overload
    async def submit(
        self, input: FalInput[OutputT], /, **options: Unpack[SubmitOptions]
    ) -> RawResponse[AsyncJob[OutputT]]: ...
    @overload
    async def submit(
        self, endpoint: str, arguments: Mapping[str, Any], /, **options: Unpack[SubmitOptions]
    ) -> RawResponse[AsyncJob[Any]]: ...
    async def submit(
        self,
        input_or_endpoint: object,
        arguments: Mapping[str, Any] | None = None,
        /,
        **options: Unpack[SubmitOptions],
    ) -> RawResponse[AsyncJob[Any]]:
        client = self._client
        kept: list[httpx.Response] = []
        job = await client._submit_endpoint(input_or_endpoint, arguments, options, keep=kept)
        return _raw(client, kept, job)

    async def status(self, job: AsyncJob[Any], *, logs: bool = False) -> RawResponse[JobStatus]:
        client = self._client
        kept: list[httpx.Response] = []
        flow = collect.status(
            client._context(), job._ref, client._deadline(None), logs=logs, keep=kept
        )
        return _raw(client, kept, await client._drive(flow))

    async def result(
        self, job: AsyncJob[OutputT], *, timeout: float | None = None
    ) -> RawResponse[OutputT]:
        """Waits for the job as `job.result()` does, then keeps the result's answer."""
        client = self._client
        kept: list[httpx.Response] = []
        flow = collect.collect(
            client._context(),
            job._ref,
            client._deadline(timeout),
            on_update=None,
            stream=None,
            keep=kept,
        )
        output: OutputT = await client._drive(flow)
        return _raw(client, kept, output)


# unasync: end


# unasync: generated sync twin (scripts/unasync.py; do not edit)
class RawRunner(_Runner, Protocol):
    def _drive(self, flow: Flow[T]) -> T: ...
    def _submit_endpoint(
        self,
        target: object,
        arguments: Mapping[str, Any] | None,
        options: SubmitOptions,
        *,
        keep: list[httpx.Response] | None = None,
    ) -> Job[Any]: ...


class RawCalls:
    """`Client.with_raw_response`: `submit`, `status` and `result` with their answers."""

    def __init__(self, client: RawRunner) -> None:
        self._client = client

    @overload
    def submit(
        self, input: FalInput[OutputT], /, **options: Unpack[SubmitOptions]
    ) -> RawResponse[Job[OutputT]]: ...
    @overload
    def submit(
        self, endpoint: str, arguments: Mapping[str, Any], /, **options: Unpack[SubmitOptions]
    ) -> RawResponse[Job[Any]]: ...
    def submit(
        self,
        input_or_endpoint: object,
        arguments: Mapping[str, Any] | None = None,
        /,
        **options: Unpack[SubmitOptions],
    ) -> RawResponse[Job[Any]]:
        client = self._client
        kept: list[httpx.Response] = []
        job = client._submit_endpoint(input_or_endpoint, arguments, options, keep=kept)
        return _raw(client, kept, job)

    def status(self, job: Job[Any], *, logs: bool = False) -> RawResponse[JobStatus]:
        client = self._client
        kept: list[httpx.Response] = []
        flow = collect.status(
            client._context(), job._ref, client._deadline(None), logs=logs, keep=kept
        )
        return _raw(client, kept, client._drive(flow))

    def result(self, job: Job[OutputT], *, timeout: float | None = None) -> RawResponse[OutputT]:
        """Waits for the job as `job.result()` does, then keeps the result's answer."""
        client = self._client
        kept: list[httpx.Response] = []
        flow = collect.collect(
            client._context(),
            job._ref,
            client._deadline(timeout),
            on_update=None,
            stream=None,
            keep=kept,
        )
        output: OutputT = client._drive(flow)
        return _raw(client, kept, output)


# unasync: end of twin
