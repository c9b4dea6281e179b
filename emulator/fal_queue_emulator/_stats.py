"""Counters a reliability test reads: requests, faults, and submits per input.

A client that retries a submit it should not have retried shows up here as an
input digest with two submit requests; one that lost a job shows up as a digest
with submits but no job. The counters are served at `/_emulator/stats` too, so a
test driving an emulator in another process can read them.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import Counter
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from ._faults import FAULT_TYPES, KINDS


def input_digest(body: Any) -> str:
    """The sha256 hex of a submit body's canonical JSON (sorted keys, no spaces).

    Two submits of the same input have the same digest whatever their key order;
    a body that was absent or not JSON counts as `null`.
    """
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class EmulatorStats:
    """A snapshot of the counters; every request kind and fault type is present."""

    requests_by_kind: dict[str, int]
    """submit, status, stream, result, cancel, other (the stats route is not counted)."""
    faults_by_type: dict[str, int]
    """429, 5xx, 520, reset, slow, unknown_status, duplicate_events, and injected."""
    submit_requests_by_input: dict[str, int]
    """Every submit that arrived, faulted or not, by `input_digest` of its body."""
    jobs_by_input: dict[str, int]
    """Jobs actually created, by `input_digest` of their input."""
    jobs_created: int
    faults_injected: int
    """All faults, random and injected."""
    webhooks_sent: int = 0
    """Webhook deliveries answered with a 2xx."""
    webhooks_failed: int = 0
    """Deliveries given up: a 4xx, or a connection error / 5xx three times."""
    webhooks_refused: int = 0
    """Webhooks not sent because their URL is not on 127.0.0.1, localhost or ::1."""

    def to_json(self) -> dict[str, Any]:
        """The stats as a JSON object (what `/_emulator/stats` serves)."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> EmulatorStats:
        """Read what `/_emulator/stats` served."""
        return cls(
            requests_by_kind=_counts(data["requests_by_kind"]),
            faults_by_type=_counts(data["faults_by_type"]),
            submit_requests_by_input=_counts(data["submit_requests_by_input"]),
            jobs_by_input=_counts(data["jobs_by_input"]),
            jobs_created=int(data["jobs_created"]),
            faults_injected=int(data["faults_injected"]),
            webhooks_sent=int(data.get("webhooks_sent", 0)),
            webhooks_failed=int(data.get("webhooks_failed", 0)),
            webhooks_refused=int(data.get("webhooks_refused", 0)),
        )


def _counts(value: Mapping[str, Any]) -> dict[str, int]:
    return {str(key): int(count) for key, count in value.items()}


class StatsRecorder:
    """The live, thread-safe counters behind `Emulator.stats`."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._requests: Counter[str] = Counter()
        self._faults: Counter[str] = Counter()
        self._submits: Counter[str] = Counter()
        self._jobs: Counter[str] = Counter()
        self._webhooks: Counter[str] = Counter()

    def count_request(self, kind: str, body: Any = None) -> None:
        """One request of `kind`; for a submit (or a direct run), also its input."""
        digest = input_digest(body) if kind in ("submit", "run") else None
        with self._lock:
            self._requests[kind] += 1
            if digest is not None:
                self._submits[digest] += 1

    def count_fault(self, fault_type: str) -> None:
        with self._lock:
            self._faults[fault_type] += 1

    def count_job(self, body: Any) -> None:
        digest = input_digest(body)
        with self._lock:
            self._jobs[digest] += 1

    def count_webhook(self, outcome: str) -> None:
        """One webhook sent, failed or refused."""
        with self._lock:
            self._webhooks[outcome] += 1

    @property
    def faults_injected(self) -> int:
        with self._lock:
            return self._faults.total()

    def snapshot(self) -> EmulatorStats:
        with self._lock:
            return EmulatorStats(
                requests_by_kind={kind: self._requests[kind] for kind in KINDS},
                faults_by_type={name: self._faults[name] for name in FAULT_TYPES},
                submit_requests_by_input=dict(self._submits),
                jobs_by_input=dict(self._jobs),
                jobs_created=self._jobs.total(),
                faults_injected=self._faults.total(),
                webhooks_sent=self._webhooks["sent"],
                webhooks_failed=self._webhooks["failed"],
                webhooks_refused=self._webhooks["refused"],
            )
