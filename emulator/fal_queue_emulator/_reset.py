"""Emulated connection resets: a response cut short, or no response at all.

ASGI can only abort a response by raising once it has started: the server then
closes the connection, and the client sees an incomplete body. Dropping a
connection before any byte of response has no ASGI message at all, so the
socket is reached through the server's request cycle (uvicorn's `receive` is a
method of an object holding the transport). Under any other server (e.g. httpx's
in-process `ASGITransport`), the raised `EmulatedConnectionReset` itself is what
the caller sees.
"""

from __future__ import annotations

import asyncio
import logging

from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from ._faults import Fault

_DECLARED_EXTRA_BYTES = 512
"""The declared content-length exceeds the bytes sent by this much."""


class EmulatedConnectionReset(ConnectionResetError):
    """Raised by the app to drop a connection; uvicorn's log of it is silenced."""


class ResetResponse(Response):
    """A response that breaks the connection instead of completing."""

    def __init__(self, fault: Fault, *, before_start: bool) -> None:
        super().__init__(status_code=fault.status, media_type=fault.content_type)
        self.partial = fault.body.encode("utf-8")
        self.before_start = before_start

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.before_start:
            await _abort_transport(receive)
            raise EmulatedConnectionReset("emulated reset before any response")
        headers = [
            (b"content-type", self.media_type.encode("latin-1") if self.media_type else b""),
            (b"content-length", str(len(self.partial) + _DECLARED_EXTRA_BYTES).encode()),
        ]
        await send({"type": "http.response.start", "status": self.status_code, "headers": headers})
        await send({"type": "http.response.body", "body": self.partial, "more_body": True})
        raise EmulatedConnectionReset("emulated reset in the middle of a response")


async def _abort_transport(receive: Receive) -> None:
    """Close the client's socket now, without a byte written, if the server lets us."""
    owner = getattr(receive, "__self__", None)
    transport = getattr(owner, "transport", None)
    if isinstance(transport, asyncio.WriteTransport):
        transport.abort()
        # Let the server see the connection lost, so it writes nothing more to it.
        for _ in range(3):
            await asyncio.sleep(0)


class _HideEmulatedResets(logging.Filter):
    """Drop the server's "Exception in ASGI application" records for our resets."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, EmulatedConnectionReset)


def quiet_server_logs(logger_name: str = "uvicorn.error") -> None:
    """Keep emulated resets out of the server's error log (once per logger)."""
    logger = logging.getLogger(logger_name)
    if not any(isinstance(existing, _HideEmulatedResets) for existing in logger.filters):
        logger.addFilter(_HideEmulatedResets())
