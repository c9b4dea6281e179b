"""Debug logging (`UNIAPI_FAL_LOG=debug|info`) that never shows the key.

Requests are logged from the auth step, where the final headers are known; the
`Authorization` value is shown as `Key ****`. A filter on the `uniapi_fal` logger also
blanks any registered key that reaches a message by another road.
"""

from __future__ import annotations

import logging
import os
import threading

import httpx

from ._constants import LOG_ENV

log = logging.getLogger("uniapi_fal")

_secrets: set[str] = set()
_secrets_lock = threading.Lock()


def register_secret(value: str) -> None:
    """Make `value` unprintable through the `uniapi_fal` logger."""
    if value:
        with _secrets_lock:
            _secrets.add(value)


def redact(text: str) -> str:
    with _secrets_lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        text = text.replace(secret, "****")
    return text


class RedactingFilter(logging.Filter):
    """Replaces every registered key in a record's final message."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact(message)
        if clean != message:
            record.msg, record.args = clean, None
        return True


def redacted_headers(headers: httpx.Headers) -> dict[str, str]:
    shown = {}
    for name, value in headers.items():
        if name.lower() in ("authorization", "proxy-authorization", "cookie"):
            scheme, _, _ = value.partition(" ")
            value = f"{scheme} ****" if scheme and scheme != value else "****"
        shown[name] = value
    return shown


def setup_logging() -> None:
    """Honour `UNIAPI_FAL_LOG`; always install the redacting filter."""
    if not any(isinstance(f, RedactingFilter) for f in log.filters):
        log.addFilter(RedactingFilter())
    level = os.environ.get(LOG_ENV, "").strip().lower()
    if level not in ("debug", "info"):
        return
    log.setLevel(logging.DEBUG if level == "debug" else logging.INFO)
    if not any(getattr(h, "_uniapi_fal", False) for h in log.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
        handler._uniapi_fal = True  # type: ignore[attr-defined]
        log.addHandler(handler)
