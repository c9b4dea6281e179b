"""Handles on submitted requests: `Job` (sync) and `AsyncJob`, typed by the model's output.

A job calls back into its client through the few methods below (`AsyncJobRunner`,
`JobRunner`): this module imports no client, so none imports it back. `Job` and
`JobRunner` are generated from their async twins by `scripts/unasync.py`.
"""

from __future__ import annotations

from typing import Any, Generic, Protocol, TypeVar

from ._core.ref import JobRef
from ._status import JobStatus
from ._types import OnUpdate

OutputT = TypeVar("OutputT")


class _JobBase(Generic[OutputT]):
    __slots__ = ("_ref",)

    def __init__(self, ref: JobRef) -> None:
        self._ref = ref

    @property
    def endpoint(self) -> str:
        return self._ref.endpoint

    @property
    def request_id(self) -> str:
        """Keep it: with it, `client.job(endpoint, request_id)` finds the result later."""
        return self._ref.request_id

    @property
    def status_url(self) -> str | None:
        """The status URL, on the configured host (never the gateway's queue.fal.run)."""
        return self._ref.status_url

    @property
    def response_url(self) -> str | None:
        return self._ref.response_url

    @property
    def cancel_url(self) -> str | None:
        return self._ref.cancel_url

    def __repr__(self) -> str:
        return f"{type(self).__name__}(endpoint={self.endpoint!r}, request_id={self.request_id!r})"


# unasync: async source
class AsyncJobRunner(Protocol):
    """What `AsyncJob` needs of its client."""

    async def _fetch_status(self, ref: JobRef, *, logs: bool) -> JobStatus: ...
    async def _wait(
        self, ref: JobRef, *, on_update: OnUpdate | None, timeout: float | None, stream: bool | None
    ) -> JobStatus: ...
    async def _collect(
        self, ref: JobRef, *, on_update: OnUpdate | None, timeout: float | None, stream: bool | None
    ) -> Any: ...
    async def _cancel(self, ref: JobRef) -> str: ...


class AsyncJob(_JobBase[OutputT]):
    """A submitted request, from `AsyncClient.submit` or `AsyncClient.job`.

    ```python
    job = await client.submit(FluxDevInput(prompt="a lighthouse"))
    job.request_id  # journaled; re-attach with client.job(...)
    await job.status()  # JobStatus(state="IN_QUEUE", queue_position=2, ...)
    out = await job.result(on_update=print)  # waits, then the typed output
    ```
    """

    __slots__ = ("_client",)

    def __init__(self, client: AsyncJobRunner, ref: JobRef) -> None:
        super().__init__(ref)
        self._client = client

    async def status(self, *, logs: bool = False) -> JobStatus:
        """The current state, in one request (with the log lines if `logs`)."""
        return await self._client._fetch_status(self._ref, logs=logs)

    async def wait(
        self,
        *,
        on_update: OnUpdate | None = None,
        timeout: float | None = None,
        stream: bool | None = None,
    ) -> JobStatus:
        """Wait until COMPLETED (failed or not) and return that status.

        Uses the status stream where offered, else polls (fast first, then backing off).
        `timeout` raises WaitTimeoutError; the job goes on and can be waited for again.
        """
        return await self._client._wait(
            self._ref, on_update=on_update, timeout=timeout, stream=stream
        )

    async def result(
        self,
        *,
        on_update: OnUpdate | None = None,
        timeout: float | None = None,
        stream: bool | None = None,
    ) -> OutputT:
        """Wait for the job, then return its typed output (JobFailedError if it failed).
        `timeout` bounds the wait and the fetch (docs/timeouts.md)."""
        result: OutputT = await self._client._collect(
            self._ref, on_update=on_update, timeout=timeout, stream=stream
        )
        return result

    async def cancel(self) -> str:
        """Ask the queue to cancel: `CANCELLATION_REQUESTED`, or `ALREADY_COMPLETED`."""
        return await self._client._cancel(self._ref)


# unasync: end


# unasync: generated sync twin (scripts/unasync.py; do not edit)
class JobRunner(Protocol):
    """What `Job` needs of its client."""

    def _fetch_status(self, ref: JobRef, *, logs: bool) -> JobStatus: ...
    def _wait(
        self, ref: JobRef, *, on_update: OnUpdate | None, timeout: float | None, stream: bool | None
    ) -> JobStatus: ...
    def _collect(
        self, ref: JobRef, *, on_update: OnUpdate | None, timeout: float | None, stream: bool | None
    ) -> Any: ...
    def _cancel(self, ref: JobRef) -> str: ...


class Job(_JobBase[OutputT]):
    """A submitted request, from `Client.submit` or `Client.job`.

    ```python
    job = client.submit(FluxDevInput(prompt="a lighthouse"))
    job.request_id  # journaled; re-attach with client.job(...)
    job.status()  # JobStatus(state="IN_QUEUE", queue_position=2, ...)
    out = job.result(on_update=print)  # waits, then the typed output
    ```
    """

    __slots__ = ("_client",)

    def __init__(self, client: JobRunner, ref: JobRef) -> None:
        super().__init__(ref)
        self._client = client

    def status(self, *, logs: bool = False) -> JobStatus:
        """The current state, in one request (with the log lines if `logs`)."""
        return self._client._fetch_status(self._ref, logs=logs)

    def wait(
        self,
        *,
        on_update: OnUpdate | None = None,
        timeout: float | None = None,
        stream: bool | None = None,
    ) -> JobStatus:
        """Wait until COMPLETED (failed or not) and return that status.

        Uses the status stream where offered, else polls (fast first, then backing off).
        `timeout` raises WaitTimeoutError; the job goes on and can be waited for again.
        """
        return self._client._wait(self._ref, on_update=on_update, timeout=timeout, stream=stream)

    def result(
        self,
        *,
        on_update: OnUpdate | None = None,
        timeout: float | None = None,
        stream: bool | None = None,
    ) -> OutputT:
        """Wait for the job, then return its typed output (JobFailedError if it failed).
        `timeout` bounds the wait and the fetch (docs/timeouts.md)."""
        result: OutputT = self._client._collect(
            self._ref, on_update=on_update, timeout=timeout, stream=stream
        )
        return result

    def cancel(self) -> str:
        """Ask the queue to cancel: `CANCELLATION_REQUESTED`, or `ALREADY_COMPLETED`."""
        return self._client._cancel(self._ref)


# unasync: end of twin
