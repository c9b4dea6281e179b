"""Debug logging (`UNIAPI_FAL_LOG=debug|info`) that never shows the key.

Requests are logged from the auth step, where the final headers are known; the
`Authorization` value is shown as `Key ****`. Everything else a client logs passes its
own scrubber first (redaction belongs to the client: no process-wide list of secrets).
"""

from __future__ import annotations

import logging
import os

from ._constants import LOG_ENV

log = logging.getLogger("uniapi_fal")


def setup_logging() -> None:
    """Honour `UNIAPI_FAL_LOG`."""
    level = os.environ.get(LOG_ENV, "").strip().lower()
    if level not in ("debug", "info"):
        return
    log.setLevel(logging.DEBUG if level == "debug" else logging.INFO)
    if not any(getattr(h, "_uniapi_fal", False) for h in log.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
        handler._uniapi_fal = True  # type: ignore[attr-defined]
        log.addHandler(handler)
