"""`run`, `submit`, `job` and `map`, typed for every model with one generic signature.

Each generated Input class derives from `FalInput[XOutput]`, so `client.run(XInput(...))`
is `XOutput` and `client.run(XInput, {...})` too, however many models the spec holds:
no overload per model (7,596 of them made mypy take 97 s on a three-call file). An
endpoint id given as a string runs as well, typed `Any`: an attrs output for a model of
the spec, a plain dict for any other endpoint. `Calls` is generated from `AsyncCalls`
by `scripts/unasync.py`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Unpack, overload

from uniapi_fal_api.fal_typing import FalInput

from ._exceptions import ConfigurationError

if TYPE_CHECKING:
    from ._batch import BatchResult, OnResult
    from ._core.events import StreamOptions
    from ._event_stream import AsyncEventStream, EventStream
    from ._job import AsyncJob, Job
    from ._realtime import AsyncRealtime, Realtime
    from ._types import RunOptions, SubmitOptions

OutputT = TypeVar("OutputT")


# unasync: async source
class AsyncCalls:
    """`AsyncClient.run`, `.submit`, `.job` and `.map`; the client implements the hooks."""

    __slots__ = ()

    async def _run_endpoint(
        self, target: object, arguments: Mapping[str, Any] | None, options: RunOptions
    ) -> Any:
        raise NotImplementedError

    async def _submit_endpoint(
        self, target: object, arguments: Mapping[str, Any] | None, options: SubmitOptions
    ) -> AsyncJob[Any]:
        raise NotImplementedError

    def _attach(self, endpoint: object, request_id: str) -> AsyncJob[Any]:
        raise NotImplementedError

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
        raise NotImplementedError

    @overload
    async def run(self, input: FalInput[OutputT], /, **options: Unpack[RunOptions]) -> OutputT: ...
    @overload
    async def run(
        self,
        endpoint: type[FalInput[OutputT]],
        arguments: Mapping[str, Any],
        /,
        **options: Unpack[RunOptions],
    ) -> OutputT: ...
    @overload
    async def run(
        self, endpoint: str, arguments: Mapping[str, Any], /, **options: Unpack[RunOptions]
    ) -> Any: ...
    async def run(
        self,
        input_or_endpoint: object,
        arguments: Mapping[str, Any] | None = None,
        /,
        **options: Unpack[RunOptions],
    ) -> Any:
        """Submit, wait and return the output (typed by the model).

        Pass an Input model (`XInput(...)`), an Input class and a dict (`XInput, {...}`),
        or an endpoint id and a dict (`"fal-ai/flux/dev", {...}`). A model of the spec is
        checked against its schema before anything is sent; any other endpoint id is
        sent as given and answers with a plain dict.
        """
        return await self._run_endpoint(input_or_endpoint, arguments, options)

    @overload
    async def submit(
        self, input: FalInput[OutputT], /, **options: Unpack[SubmitOptions]
    ) -> AsyncJob[OutputT]: ...
    @overload
    async def submit(
        self,
        endpoint: type[FalInput[OutputT]],
        arguments: Mapping[str, Any],
        /,
        **options: Unpack[SubmitOptions],
    ) -> AsyncJob[OutputT]: ...
    @overload
    async def submit(
        self, endpoint: str, arguments: Mapping[str, Any], /, **options: Unpack[SubmitOptions]
    ) -> AsyncJob[Any]: ...
    async def submit(
        self,
        input_or_endpoint: object,
        arguments: Mapping[str, Any] | None = None,
        /,
        **options: Unpack[SubmitOptions],
    ) -> AsyncJob[Any]:
        """Submit and return a job handle at once; the request_id is journaled first.

        The input is given as to `run`.
        """
        return await self._submit_endpoint(input_or_endpoint, arguments, options)

    @overload
    def job(self, endpoint: type[FalInput[OutputT]], request_id: str) -> AsyncJob[OutputT]: ...
    @overload
    def job(self, endpoint: str, request_id: str) -> AsyncJob[Any]: ...
    def job(self, endpoint: object, request_id: str) -> AsyncJob[Any]:
        """Re-attach to a request submitted earlier (by this process or another)."""
        return self._attach(endpoint, request_id)

    @overload
    async def map(
        self,
        inputs: Iterable[FalInput[OutputT]],
        *,
        endpoint: None = None,
        concurrency: int = 8,
        batch: str | None = None,
        timeout: float | None = None,
        on_result: OnResult[OutputT] | None = None,
        **options: Unpack[SubmitOptions],
    ) -> list[BatchResult[OutputT]]: ...
    @overload
    async def map(
        self,
        inputs: Iterable[object],
        *,
        endpoint: str | None = None,
        concurrency: int = 8,
        batch: str | None = None,
        timeout: float | None = None,
        on_result: OnResult[Any] | None = None,
        **options: Unpack[SubmitOptions],
    ) -> list[BatchResult[Any]]: ...
    async def map(
        self,
        inputs: Iterable[object],
        *,
        endpoint: str | None = None,
        concurrency: int = 8,
        batch: str | None = None,
        timeout: float | None = None,
        on_result: OnResult[Any] | None = None,
        **options: Unpack[SubmitOptions],
    ) -> list[BatchResult[Any]]:
        """Run many inputs, at most `concurrency` at a time; results in input order, each
        typed by the items' Input class.

        `inputs` are Input models, or dicts when `endpoint` is given. Each item's failure is
        its `BatchResult.error`, never an exception for the whole batch. With `batch="name"`
        the batch is resumable: run it again after an interruption and nothing that was
        submitted is submitted again, and an edited item is sent anew; runs of one batch in
        several processes at once submit each item once (docs/reliability.md).
        `on_result` sees each item as it ends; `options` are `submit`'s, for every item.
        `timeout` bounds each item's whole call (its submit, wait and result), from when
        the item starts; an item that runs out has a timeout error as its `error`.
        """
        if not isinstance(concurrency, int) or isinstance(concurrency, bool) or concurrency < 1:
            raise ConfigurationError(f"concurrency must be at least 1, not {concurrency!r}")
        return await self._map(inputs, endpoint, concurrency, batch, timeout, on_result, options)

    @overload
    def stream(
        self, input: FalInput[OutputT], /, **options: Unpack[StreamOptions]
    ) -> AsyncEventStream[OutputT]: ...
    @overload
    def stream(
        self,
        endpoint: type[FalInput[OutputT]],
        arguments: Mapping[str, Any],
        /,
        **options: Unpack[StreamOptions],
    ) -> AsyncEventStream[OutputT]: ...
    @overload
    def stream(
        self, endpoint: str, arguments: Mapping[str, Any], /, **options: Unpack[StreamOptions]
    ) -> AsyncEventStream[Any]: ...
    def stream(
        self,
        input_or_endpoint: object,
        arguments: Mapping[str, Any] | None = None,
        /,
        **options: Unpack[StreamOptions],
    ) -> AsyncEventStream[Any]:
        """A streaming endpoint's events as they come (`POST {run host}/{endpoint}/stream`),
        then its typed output: `with client.stream(XInput(...)) as events: ...` (`async
        with` on `AsyncClient`, whose request goes out when the stream is first entered,
        awaited or iterated).

        The input is given as to `run`, checked and journaled as `run(direct=True)` does;
        the request is sent once. `timeout` bounds the whole call (docs/fal-services.md).
        """
        from ._event_stream import open_async_stream

        client: Any = self  # the client, whose driver and journal the stream uses
        return open_async_stream(client, input_or_endpoint, arguments, options)

    @overload
    def realtime(
        self,
        endpoint: type[FalInput[OutputT]],
        *,
        max_buffering: int | None = None,
        throttle: float | None = None,
        timeout: float | None = None,
    ) -> AsyncRealtime[OutputT | dict[str, Any]]: ...
    @overload
    def realtime(
        self,
        endpoint: str,
        *,
        max_buffering: int | None = None,
        throttle: float | None = None,
        timeout: float | None = None,
    ) -> AsyncRealtime[Any]: ...
    def realtime(
        self,
        endpoint: str | type[FalInput[Any]],
        *,
        max_buffering: int | None = None,
        throttle: float | None = None,
        timeout: float | None = None,
    ) -> AsyncRealtime[Any]:
        """A realtime session with `endpoint` (fal's WebSocket; the `realtime` extra):
        `with client.realtime("fal-ai/fast-lcm-diffusion") as rt: rt.send({...}); rt.receive()`.

        `max_buffering` (1..60) goes to the server; `throttle` (seconds) sends the first
        input at once and then only the latest of those closer than that; `timeout` bounds
        connecting and each `receive()` (default: the client's request timeout). The key
        goes only to the token host; the socket gets a two-minute token for this app.
        """
        from ._realtime import AsyncRealtime

        client: Any = self  # the client, whose context and driver a session uses
        return AsyncRealtime(
            client, endpoint, max_buffering=max_buffering, throttle=throttle, timeout=timeout
        )


# unasync: end


# unasync: generated sync twin (scripts/unasync.py; do not edit)
class Calls:
    """`Client.run`, `.submit`, `.job` and `.map`; the client implements the hooks."""

    __slots__ = ()

    def _run_endpoint(
        self, target: object, arguments: Mapping[str, Any] | None, options: RunOptions
    ) -> Any:
        raise NotImplementedError

    def _submit_endpoint(
        self, target: object, arguments: Mapping[str, Any] | None, options: SubmitOptions
    ) -> Job[Any]:
        raise NotImplementedError

    def _attach(self, endpoint: object, request_id: str) -> Job[Any]:
        raise NotImplementedError

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
        raise NotImplementedError

    @overload
    def run(self, input: FalInput[OutputT], /, **options: Unpack[RunOptions]) -> OutputT: ...
    @overload
    def run(
        self,
        endpoint: type[FalInput[OutputT]],
        arguments: Mapping[str, Any],
        /,
        **options: Unpack[RunOptions],
    ) -> OutputT: ...
    @overload
    def run(
        self, endpoint: str, arguments: Mapping[str, Any], /, **options: Unpack[RunOptions]
    ) -> Any: ...
    def run(
        self,
        input_or_endpoint: object,
        arguments: Mapping[str, Any] | None = None,
        /,
        **options: Unpack[RunOptions],
    ) -> Any:
        """Submit, wait and return the output (typed by the model).

        Pass an Input model (`XInput(...)`), an Input class and a dict (`XInput, {...}`),
        or an endpoint id and a dict (`"fal-ai/flux/dev", {...}`). A model of the spec is
        checked against its schema before anything is sent; any other endpoint id is
        sent as given and answers with a plain dict.
        """
        return self._run_endpoint(input_or_endpoint, arguments, options)

    @overload
    def submit(
        self, input: FalInput[OutputT], /, **options: Unpack[SubmitOptions]
    ) -> Job[OutputT]: ...
    @overload
    def submit(
        self,
        endpoint: type[FalInput[OutputT]],
        arguments: Mapping[str, Any],
        /,
        **options: Unpack[SubmitOptions],
    ) -> Job[OutputT]: ...
    @overload
    def submit(
        self, endpoint: str, arguments: Mapping[str, Any], /, **options: Unpack[SubmitOptions]
    ) -> Job[Any]: ...
    def submit(
        self,
        input_or_endpoint: object,
        arguments: Mapping[str, Any] | None = None,
        /,
        **options: Unpack[SubmitOptions],
    ) -> Job[Any]:
        """Submit and return a job handle at once; the request_id is journaled first.

        The input is given as to `run`.
        """
        return self._submit_endpoint(input_or_endpoint, arguments, options)

    @overload
    def job(self, endpoint: type[FalInput[OutputT]], request_id: str) -> Job[OutputT]: ...
    @overload
    def job(self, endpoint: str, request_id: str) -> Job[Any]: ...
    def job(self, endpoint: object, request_id: str) -> Job[Any]:
        """Re-attach to a request submitted earlier (by this process or another)."""
        return self._attach(endpoint, request_id)

    @overload
    def map(
        self,
        inputs: Iterable[FalInput[OutputT]],
        *,
        endpoint: None = None,
        concurrency: int = 8,
        batch: str | None = None,
        timeout: float | None = None,
        on_result: OnResult[OutputT] | None = None,
        **options: Unpack[SubmitOptions],
    ) -> list[BatchResult[OutputT]]: ...
    @overload
    def map(
        self,
        inputs: Iterable[object],
        *,
        endpoint: str | None = None,
        concurrency: int = 8,
        batch: str | None = None,
        timeout: float | None = None,
        on_result: OnResult[Any] | None = None,
        **options: Unpack[SubmitOptions],
    ) -> list[BatchResult[Any]]: ...
    def map(
        self,
        inputs: Iterable[object],
        *,
        endpoint: str | None = None,
        concurrency: int = 8,
        batch: str | None = None,
        timeout: float | None = None,
        on_result: OnResult[Any] | None = None,
        **options: Unpack[SubmitOptions],
    ) -> list[BatchResult[Any]]:
        """Run many inputs, at most `concurrency` at a time; results in input order, each
        typed by the items' Input class.

        `inputs` are Input models, or dicts when `endpoint` is given. Each item's failure is
        its `BatchResult.error`, never an exception for the whole batch. With `batch="name"`
        the batch is resumable: run it again after an interruption and nothing that was
        submitted is submitted again, and an edited item is sent anew; runs of one batch in
        several processes at once submit each item once (docs/reliability.md).
        `on_result` sees each item as it ends; `options` are `submit`'s, for every item.
        `timeout` bounds each item's whole call (its submit, wait and result), from when
        the item starts; an item that runs out has a timeout error as its `error`.
        """
        if not isinstance(concurrency, int) or isinstance(concurrency, bool) or concurrency < 1:
            raise ConfigurationError(f"concurrency must be at least 1, not {concurrency!r}")
        return self._map(inputs, endpoint, concurrency, batch, timeout, on_result, options)

    @overload
    def stream(
        self, input: FalInput[OutputT], /, **options: Unpack[StreamOptions]
    ) -> EventStream[OutputT]: ...
    @overload
    def stream(
        self,
        endpoint: type[FalInput[OutputT]],
        arguments: Mapping[str, Any],
        /,
        **options: Unpack[StreamOptions],
    ) -> EventStream[OutputT]: ...
    @overload
    def stream(
        self, endpoint: str, arguments: Mapping[str, Any], /, **options: Unpack[StreamOptions]
    ) -> EventStream[Any]: ...
    def stream(
        self,
        input_or_endpoint: object,
        arguments: Mapping[str, Any] | None = None,
        /,
        **options: Unpack[StreamOptions],
    ) -> EventStream[Any]:
        """A streaming endpoint's events as they come (`POST {run host}/{endpoint}/stream`),
        then its typed output: `with client.stream(XInput(...)) as events: ...` (`async
        with` on `Client`, whose request goes out when the stream is first entered,
        awaited or iterated).

        The input is given as to `run`, checked and journaled as `run(direct=True)` does;
        the request is sent once. `timeout` bounds the whole call (docs/fal-services.md).
        """
        from ._event_stream import open_stream

        client: Any = self  # the client, whose driver and journal the stream uses
        return open_stream(client, input_or_endpoint, arguments, options)

    @overload
    def realtime(
        self,
        endpoint: type[FalInput[OutputT]],
        *,
        max_buffering: int | None = None,
        throttle: float | None = None,
        timeout: float | None = None,
    ) -> Realtime[OutputT | dict[str, Any]]: ...
    @overload
    def realtime(
        self,
        endpoint: str,
        *,
        max_buffering: int | None = None,
        throttle: float | None = None,
        timeout: float | None = None,
    ) -> Realtime[Any]: ...
    def realtime(
        self,
        endpoint: str | type[FalInput[Any]],
        *,
        max_buffering: int | None = None,
        throttle: float | None = None,
        timeout: float | None = None,
    ) -> Realtime[Any]:
        """A realtime session with `endpoint` (fal's WebSocket; the `realtime` extra):
        `with client.realtime("fal-ai/fast-lcm-diffusion") as rt: rt.send({...}); rt.receive()`.

        `max_buffering` (1..60) goes to the server; `throttle` (seconds) sends the first
        input at once and then only the latest of those closer than that; `timeout` bounds
        connecting and each `receive()` (default: the client's request timeout). The key
        goes only to the token host; the socket gets a two-minute token for this app.
        """
        from ._realtime import Realtime

        client: Any = self  # the client, whose context and driver a session uses
        return Realtime(
            client, endpoint, max_buffering=max_buffering, throttle=throttle, timeout=timeout
        )


# unasync: end of twin
