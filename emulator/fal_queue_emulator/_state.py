"""The emulator's state: spec, jobs, recorded requests, pending faults and counters.

Kept apart from the Starlette app so tests (and the thread runner) can hold it,
inspect what clients sent, and steer faults while the server runs.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from ._config import EmulatorConfig
from ._faults import Fault, FaultPlan
from ._jobs import Job, JobStore, Timings
from ._outputs import OutputPlanner, Rendered
from ._spec import Spec, SpecError, default_spec_path, load_spec
from ._stats import EmulatorStats, StatsRecorder
from ._validation import BodyValidator, SchemaSet
from ._webhooks import WebhookDispatcher, WebhookSigner

S = TypeVar("S")


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the emulator received it, before any fault or processing."""

    method: str
    path: str
    query: str
    """The raw query string, without `?`."""
    host: str
    """The `Host` header, e.g. `localhost:8123`: tells which host name a client used."""
    headers: Mapping[str, str]
    """All headers, names in lower case."""
    kind: str
    """submit, status, stream, result, cancel or other."""
    body: Any = None
    """The parsed JSON body of a submit (None if absent or not JSON)."""
    at: float = 0.0
    """Emulator clock time of arrival."""


DEFAULT_BASE_URL = "http://127.0.0.1"
"""File URLs of a job whose submit host is unknown (made through `jobs` directly)."""


class Emulator:
    """Spec, jobs and bookkeeping of one emulator; `create_app` serves it."""

    def __init__(self, config: EmulatorConfig | None = None) -> None:
        self.config = config or EmulatorConfig()
        spec_path = self.config.spec_path or default_spec_path()
        self.spec: Spec = load_spec(spec_path)
        if not self.spec.models and not self.config.any_endpoint:
            raise SpecError(
                f"{spec_path}: no model (an operation with x-fal-endpoint and x-fal-output); "
                "is this the root document rather than the bundled one `make generate` writes?"
            )
        # Nothing per model is made here: validators and output plans come on first use.
        self.schemas = SchemaSet(self.spec)
        self.validator = BodyValidator(self.spec, self.schemas)
        self.outputs = OutputPlanner(self.spec, self.schemas.is_valid)
        self.jobs = JobStore(
            Timings(
                queue_seconds=self.config.queue_seconds,
                run_seconds=self.config.run_seconds,
                queue_step=self.config.queue_step,
                log_interval=self.config.log_interval,
            ),
            clock=self.config.clock,
        )
        self._faults = FaultPlan(self.config.faults)
        self._stats = StatsRecorder()
        self._requests: list[RecordedRequest] = []
        self._lock = threading.Lock()
        self._closing = threading.Event()
        self._services: dict[type[Any], Any] = {}
        self._signer = WebhookSigner(self.config.webhook_private_key, self.config.webhook_user_id)
        self.webhooks = WebhookDispatcher(
            self.jobs,
            self._signer,
            output_of=self._webhook_output,
            count=self._stats.count_webhook,
            transport=self.config.webhook_transport,
        )

    def service(self, kind: type[S], make: Callable[[], S]) -> S:
        """The state of one of fal's other services (storage, realtime), kept with this
        emulator and made on first use."""
        with self._lock:
            found = self._services.get(kind)
            if found is None:
                found = self._services[kind] = make()
            return cast(S, found)

    @property
    def clock(self) -> float:
        """The emulator clock's current reading."""
        return self.config.clock()

    @property
    def requests(self) -> list[RecordedRequest]:
        """A snapshot of every request received so far, oldest first."""
        with self._lock:
            return list(self._requests)

    def requests_of(self, kind: str) -> list[RecordedRequest]:
        """The recorded requests of one kind (e.g. count the submits)."""
        return [request for request in self.requests if request.kind == kind]

    def clear_requests(self) -> None:
        with self._lock:
            self._requests.clear()

    @property
    def faults_injected(self) -> int:
        """How many requests got a fault (random or injected)."""
        return self._stats.faults_injected

    def stats(self) -> EmulatorStats:
        """A snapshot of the request, fault and job counters."""
        return self._stats.snapshot()

    def inject(self, kind: str, fault: Fault, times: int = 1) -> None:
        """Give the next `times` requests of `kind` (or "any") `fault`.

        A fault only some kinds can carry (`Fault.slow`: not submits,
        `Fault.unknown_status`: status, `Fault.duplicate_events`: stream) is refused
        for other kinds; injected for "any", it waits for the next fitting request.
        """
        self._faults.inject(kind, fault, times)

    def clear_faults(self) -> None:
        """Drop injected faults not used yet (random rates stay)."""
        self._faults.clear()

    @property
    def closing(self) -> bool:
        """True once the server is stopping: open status streams end then."""
        return self._closing.is_set()

    def close(self) -> None:
        """Tell long-lived responses to finish, so shutdown need not cut them off."""
        self._closing.set()

    def record(self, request: RecordedRequest) -> None:
        """Keep a request and count it (a submit also by its input)."""
        with self._lock:
            self._requests.append(request)
        self._stats.count_request(request.kind, request.body)

    def take_fault(self, kind: str) -> Fault | None:
        """The fault this request gets, if any, counted by type."""
        drawn = self._faults.take(kind)
        if drawn is None:
            return None
        self._stats.count_fault(drawn.fault_type)
        return drawn.fault

    def job_created(self, body: Any, job: Job | None = None) -> None:
        """Count a job by its input, and watch it if it has a webhook; once the job exists."""
        self._stats.count_job(body)
        if job is not None:
            self.webhooks.track(job)

    # -------------------------------------------------------------- webhooks

    @property
    def webhook_user_id(self) -> str:
        """The user id webhooks are signed for (`X-Fal-Webhook-User-Id`)."""
        return self._signer.user_id

    def webhook_jwks(self) -> dict[str, Any]:
        """The public key webhooks are signed with, as a JWKS (also at `/.well-known/jwks.json`)."""
        return self._signer.jwks()

    def sign_webhook(
        self, request_id: str, body: bytes, timestamp: int | None = None
    ) -> dict[str, str]:
        """The `X-Fal-Webhook-*` headers the emulator would send with `body` (now, by default)."""
        return self._signer.headers(request_id, body, timestamp)

    async def deliver_webhooks(self) -> int:
        """Deliver the webhooks of jobs completed by now and wait for them; how many.

        The server does this on its own every few ms; call it when driving the app
        in-process (with a fake clock, say), where no background task runs.
        """
        return await self.webhooks.deliver_completed()

    async def run_webhooks(self) -> None:
        """Deliver webhooks as jobs complete until `close()`; `serve` runs this."""
        await self.webhooks.run(lambda: self.closing)

    # --------------------------------------------------------------- results

    def render(self, job: Job, base_url: str | None = None) -> Rendered:
        """The result of `job` (if it succeeds) with its files' URLs on `base_url`.

        `base_url` defaults to the host the job was submitted to.
        """
        return self.outputs.render(
            job.endpoint_id,
            job.input,
            job.request_id,
            base_url or job.base_url or DEFAULT_BASE_URL,
            serve_files=self.config.serve_files,
        )

    def output_for(
        self,
        endpoint_id: str,
        body: Any = None,
        request_id: str = "00000000-0000-4000-8000-000000000000",
        base_url: str = DEFAULT_BASE_URL,
    ) -> Any:
        """What a job of `endpoint_id` with input `body` returns, without running one."""
        return self.outputs.render(
            endpoint_id, body or {}, request_id, base_url, serve_files=self.config.serve_files
        ).output

    def _webhook_output(self, job: Job) -> Any:
        return self.render(job).output
