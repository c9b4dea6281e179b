"""The emulator's settings, fixed when it starts."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from ._faults import FaultConfig
from ._jobs import Clock


@dataclass(frozen=True)
class EmulatorConfig:
    """Everything that shapes one emulator; the defaults mimic a short real job.

    `spec_path=None` serves the bundled spec `make generate` writes: it looks for
    `generated/uniapi_fal_api/openapi.json` in the working directory, then above the
    package, then takes the installed `uniapi_fal_api/openapi.json`; a path may name a
    bundled `.json` or `.yaml` document. `any_endpoint=True` also accepts submits to
    endpoints the spec does not list (any JSON object, not validated), answered with a
    small generic result (see `_outputs`).

    `foreign_base_url=None` answers with URLs on the other local host name
    (127.0.0.1 <-> localhost), so a client that forgets to rewrite them visibly talks
    to a second host. `clock` drives every job; tests inject a fake one.

    Webhooks are signed with `webhook_private_key` (32 raw Ed25519 bytes; None makes a
    new key at start) in the name of `webhook_user_id`, and sent through
    `webhook_transport` when given (e.g. `httpx.ASGITransport` to an app in-process).
    """

    spec_path: str | Path | None = None
    queue_seconds: float = 1.0
    run_seconds: float = 3.0
    queue_step: float = 0.25
    log_interval: float = 0.5
    keepalive_seconds: float = 15.0
    foreign_base_url: str | None = None
    api_key: str | None = None
    faults: FaultConfig = field(default_factory=FaultConfig)
    clock: Clock = field(default=time.monotonic, repr=False, compare=False)
    webhook_private_key: bytes | None = field(default=None, repr=False)
    webhook_user_id: str = "emulator-user"
    serve_files: bool = True
    """Serve the result files, pointing every file URL at this emulator, so downloads
    work offline. Off (`--no-serve-files`): an Output `example`'s URLs stay as written, a
    generated output's point at a host that never resolves, and nothing is served."""
    accept_extra_fields: bool = False
    """Take submits with fields the Input schema does not list (kept in the job's input,
    as `extra_body=` sends them), instead of refusing them with pydantic's
    `extra_forbidden` 422 (`--accept-extra-fields`)."""
    any_endpoint: bool = False
    """Accept submits to endpoints outside the spec (`--any-endpoint`); else they are 404s."""
    webhook_transport: httpx.AsyncBaseTransport | None = field(
        default=None, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        for name in ("queue_seconds", "run_seconds", "queue_step", "log_interval"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must not be negative")
        if self.keepalive_seconds <= 0:
            raise ValueError("keepalive_seconds must be positive")
        if self.webhook_private_key is not None and len(self.webhook_private_key) != 32:
            raise ValueError("webhook_private_key must be 32 raw Ed25519 bytes")
        if not self.webhook_user_id or "\n" in self.webhook_user_id:
            raise ValueError("webhook_user_id must be a non-empty single line")
