"""A local fal.ai queue server that serves every model of an OpenAPI spec.

Submit, status (202/200), status stream (SSE), result and cancel behave as fal's
queue does; inputs are validated against the spec (JSON Schema 2020-12, 422s in
fal's format) and results are the Output schemas' examples, or values built from
the Output schemas, whose files the emulator serves itself (see `_outputs`). With
`any_endpoint`, endpoints outside the spec (`workflows/...` too) are accepted and
answered `{"endpoint": <id>, "echo": <input keys>, "output": <a served file>}`.
See `EmulatorConfig` for timings, `FaultConfig` for random faults, `Emulator.inject`
for deterministic ones and `Emulator.stats` for the counters.
A job submitted with `?fal_webhook=` (a local URL) is POSTed there when it ends,
signed as fal signs its webhooks with the emulator's key, served at `JWKS_PATH`.
fal's other services sit under paths of their own, where the SDK looks for them under a
base URL that is not fal's: the synchronous path (`/_run/<endpoint>`), its streams
(`/_run/<endpoint>/stream`) and realtime WebSocket (`/_run/<endpoint>/realtime`), the
token host (`/_rest`) and the storage CDN (`/_cdn`, uploads served back).
"""

from __future__ import annotations

from ._app import create_app
from ._config import EmulatorConfig
from ._faults import Fault, FaultConfig
from ._reset import EmulatedConnectionReset
from ._server import RunningEmulator, run_in_thread, serve
from ._spec import SpecError
from ._state import Emulator, RecordedRequest
from ._stats import EmulatorStats, input_digest
from ._webhooks import JWKS_PATH

__all__ = [
    "EmulatedConnectionReset",
    "Emulator",
    "EmulatorConfig",
    "EmulatorStats",
    "Fault",
    "FaultConfig",
    "JWKS_PATH",
    "RecordedRequest",
    "RunningEmulator",
    "SpecError",
    "create_app",
    "input_digest",
    "run_in_thread",
    "serve",
]
