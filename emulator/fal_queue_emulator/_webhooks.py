"""Webhooks as fal sends them: signed with the emulator's own Ed25519 key, POSTed on completion.

Jobs are clock-driven (nothing happens when a job ends), so a small task on the
server's event loop looks every `SCAN_SECONDS` for jobs with a webhook that have
completed, and POSTs each once (retrying connection errors and 5xx twice). Only
local URLs are called: this is a test server, and must not reach the network.
The public keys are served at `JWKS_PATH`, in the format fal publishes its own.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import logging
import threading
import time
from collections.abc import Callable
from typing import Any, Literal

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from ._jobs import Job, JobState, JobStore

JWKS_PATH = "/.well-known/jwks.json"
"""The emulator's public webhook keys; no key needed, never faulted or counted."""

LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
"""The only hosts webhooks are delivered to."""

SCAN_SECONDS = 0.02
"""How often the delivery task looks for completed jobs."""
RETRY_DELAYS = (0.05, 0.2)
"""Waits before the second and third attempt (connection errors and 5xx only)."""
DELIVERY_TIMEOUT = httpx.Timeout(2.0, connect=1.0)
SHUTDOWN_GRACE_SECONDS = 1.0
"""On shutdown, deliveries under way (and of jobs already completed) get this long."""

Outcome = Literal["sent", "failed", "refused"]
_log = logging.getLogger("fal_queue_emulator.webhooks")


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


class WebhookSigner:
    """An Ed25519 key pair and fal's header scheme."""

    def __init__(self, private_key: bytes | None, user_id: str) -> None:
        self._key = (
            Ed25519PrivateKey.from_private_bytes(private_key)
            if private_key is not None
            else Ed25519PrivateKey.generate()
        )
        self.user_id = user_id
        self.public_key = self._key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    def jwks(self) -> dict[str, Any]:
        """The public key as a JWKS document, as fal serves its own."""
        return {"keys": [{"kty": "OKP", "crv": "Ed25519", "x": _b64url(self.public_key)}]}

    def headers(self, request_id: str, body: bytes, timestamp: int | None = None) -> dict[str, str]:
        """The four `X-Fal-Webhook-*` headers of a delivery of `body`."""
        stamp = str(int(time.time()) if timestamp is None else timestamp)
        digest = hashlib.sha256(body).hexdigest()
        message = f"{request_id}\n{self.user_id}\n{stamp}\n{digest}".encode()
        return {
            "X-Fal-Webhook-Request-Id": request_id,
            "X-Fal-Webhook-User-Id": self.user_id,
            "X-Fal-Webhook-Timestamp": stamp,
            "X-Fal-Webhook-Signature": self._key.sign(message).hex(),
        }


def webhook_body(job: Job, state: JobState, output: Any) -> dict[str, Any]:
    """What fal POSTs for a completed job: the result, or the error."""
    body: dict[str, Any] = {"request_id": job.request_id, "gateway_request_id": job.request_id}
    if state.outcome == "ok":
        body.update(status="OK", payload=output)
    else:
        body.update(status="ERROR", payload=None, error=state.error, payload_error=None)
    return body


def is_local(url: str) -> bool:
    """True for an http(s) URL on 127.0.0.1, localhost or ::1."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        return False
    return parsed.scheme in ("http", "https") and parsed.host in LOCAL_HOSTS


class WebhookDispatcher:
    """The jobs waiting for their webhook, and their delivery."""

    def __init__(
        self,
        jobs: JobStore,
        signer: WebhookSigner,
        output_of: Callable[[Job], Any],
        count: Callable[[Outcome], None],
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._jobs = jobs
        self._signer = signer
        self._output_of = output_of
        self._count = count
        self._transport = transport
        self._pending: dict[str, Job] = {}
        self._lock = threading.Lock()

    def track(self, job: Job) -> None:
        """Deliver `job`'s webhook once it completes."""
        if job.webhook_url is not None:
            with self._lock:
                self._pending[job.request_id] = job

    @property
    def pending(self) -> int:
        """Jobs with a webhook that have not completed yet (or not been picked up)."""
        with self._lock:
            return len(self._pending)

    def _take_completed(self) -> list[tuple[Job, JobState]]:
        with self._lock:
            candidates = list(self._pending.values())
        done: list[tuple[Job, JobState]] = []
        for job in candidates:
            state = self._jobs.state(job)
            if state.completed:
                done.append((job, state))
        with self._lock:  # another caller may have taken some meanwhile: each goes once
            return [
                (job, state)
                for job, state in done
                if self._pending.pop(job.request_id, None) is not None
            ]

    def _client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            transport=self._transport,
            timeout=DELIVERY_TIMEOUT,
            headers={"User-Agent": "fal-queue-emulator"},
            trust_env=False,  # never through a proxy: local URLs only
        )

    async def deliver_completed(self) -> int:
        """Deliver, and wait for, the webhooks of every job completed by now."""
        due = self._take_completed()
        if due:
            async with self._client() as client:
                await asyncio.gather(*(self._deliver(client, job, state) for job, state in due))
        return len(due)

    async def run(self, stopping: Callable[[], bool]) -> None:
        """Deliver webhooks as jobs complete, until `stopping()`; then finish briefly."""
        tasks: set[asyncio.Task[None]] = set()
        async with self._client() as client:

            def start_completed() -> None:
                for job, state in self._take_completed():
                    task = asyncio.create_task(self._deliver(client, job, state))
                    tasks.add(task)
                    task.add_done_callback(tasks.discard)

            try:
                while not stopping():
                    start_completed()
                    await asyncio.sleep(SCAN_SECONDS)
                start_completed()
                if tasks:
                    await asyncio.wait(set(tasks), timeout=SHUTDOWN_GRACE_SECONDS)
            finally:
                unfinished = set(tasks)
                for task in unfinished:
                    task.cancel()
                if unfinished:
                    await asyncio.gather(*unfinished, return_exceptions=True)
                    _log.warning("shutdown: %d webhook deliveries abandoned", len(unfinished))
                with self._lock:
                    dropped = len(self._pending)
                if dropped:
                    _log.info("shutdown: %d jobs with a webhook had not completed", dropped)

    async def _deliver(self, client: httpx.AsyncClient, job: Job, state: JobState) -> None:
        url = job.webhook_url
        if url is None:
            return
        if not is_local(url):
            _log.warning(
                "webhook of %s to %s refused: the emulator only calls 127.0.0.1, localhost or ::1",
                job.request_id,
                url,
            )
            self._count("refused")
            return
        body = json.dumps(webhook_body(job, state, self._output_of(job))).encode()
        headers = {"Content-Type": "application/json", **self._signer.headers(job.request_id, body)}
        problem = ""
        for attempt, delay in enumerate((0.0, *RETRY_DELAYS)):
            if delay:
                await asyncio.sleep(delay)
            try:
                response = await client.post(url, content=body, headers=headers)
            except httpx.HTTPError as exc:
                problem = f"{type(exc).__name__}: {exc}"
                continue
            if response.status_code < 300:
                self._count("sent")
                return
            problem = f"HTTP {response.status_code}"
            if response.status_code < 500:
                break
            _log.debug("webhook of %s, attempt %d: %s", job.request_id, attempt + 1, problem)
        _log.warning("webhook of %s to %s failed: %s", job.request_id, url, problem)
        self._count("failed")
