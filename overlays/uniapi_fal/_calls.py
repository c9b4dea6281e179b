"""`run`, `submit` and `job`, typed for every model with one generic signature.

Each generated Input class derives from `FalInput[XOutput]`, so `client.run(XInput(...))`
is `XOutput` and `client.run(XInput, {...})` too, however many models the spec holds:
no overload per model (7,596 of them made mypy take 97 s on a three-call file). An
endpoint id given as a string runs as well, typed `Any`: an attrs output for a model of
the spec, a plain dict for any other endpoint. `Calls` is generated from `AsyncCalls`
by `scripts/unasync.py`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Unpack, overload

from uniapi_fal_api.fal_typing import FalInput

if TYPE_CHECKING:
    from ._job import AsyncJob, Job
    from ._types import RunOptions, SubmitOptions

OutputT = TypeVar("OutputT")


# unasync: async source
class AsyncCalls:
    """`AsyncClient.run`, `.submit` and `.job`; the client implements the three hooks."""

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


# unasync: end


# unasync: generated sync twin (scripts/unasync.py; do not edit)
class Calls:
    """`Client.run`, `.submit` and `.job`; the client implements the three hooks."""

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


# unasync: end of twin
