"""`client.with_raw_response`: the server's answer itself, beside what the SDK made of it.

```python
raw = client.with_raw_response.submit(FluxDevInput(prompt="a fox"))
raw.status_code, raw.headers["x-fal-request-id"]   # the submit's answer
job = raw.parse()                                  # the Job, as submit returns it
out = client.with_raw_response.result(job).parse() # the result answer, then its output
```

The answer kept is a copy with this client's key blanked in its headers and body (a
server may echo it back). Everything else is as in the plain calls: validation, the
journal, retries (the answer kept is the last one), deadlines.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar, Unpack, overload

import attrs
import httpx

from uniapi_fal_api.fal_typing import FalInput

from . import _protocol as protocol
from ._drivers import drive_sync
from ._job import AsyncJob, Job
from ._status import JobStatus
from ._types import SubmitOptions

if TYPE_CHECKING:
    from ._async_client import AsyncClient
    from ._base_client import BaseClient
    from ._client import Client

T = TypeVar("T")
OutputT = TypeVar("OutputT")


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


def _raw(core: BaseClient, kept: list[httpx.Response], parsed: T) -> RawResponse[T]:
    return RawResponse(core._safe_response(kept[-1]), parsed)


class RawCalls:
    """`Client.with_raw_response`: `submit`, `status` and `result` with their answers."""

    def __init__(self, client: Client) -> None:
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
        found = drive_sync(client, protocol.status(client, job._ref, logs=logs, keep=kept))
        return _raw(client, kept, found)

    def result(self, job: Job[OutputT], *, timeout: float | None = None) -> RawResponse[OutputT]:
        """Waits for the job as `job.result()` does, then keeps the result's answer."""
        client = self._client
        kept: list[httpx.Response] = []
        flow = protocol.collect(
            client, job._ref, on_update=None, timeout=timeout, stream=None, keep=kept
        )
        output: OutputT = drive_sync(client, flow)
        return _raw(client, kept, output)


class AsyncRawCalls:
    """`AsyncClient.with_raw_response`: `RawCalls`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
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
        from ._async_driver import drive_async

        client = self._client
        kept: list[httpx.Response] = []
        found = await drive_async(client, protocol.status(client, job._ref, logs=logs, keep=kept))
        return _raw(client, kept, found)

    async def result(
        self, job: AsyncJob[OutputT], *, timeout: float | None = None
    ) -> RawResponse[OutputT]:
        from ._async_driver import drive_async

        client = self._client
        kept: list[httpx.Response] = []
        flow = protocol.collect(
            client, job._ref, on_update=None, timeout=timeout, stream=None, keep=kept
        )
        output: OutputT = await drive_async(client, flow)
        return _raw(client, kept, output)
