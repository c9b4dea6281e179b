"""A job's state as the queue reports it, parsed tolerantly.

New status values may appear at any time (fal's docs say so): they are kept as
text and treated as "still pending", never as a crash.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from uniapi_fal_api.types import Unset

IN_QUEUE = "IN_QUEUE"
IN_PROGRESS = "IN_PROGRESS"
COMPLETED = "COMPLETED"


@attrs.frozen
class LogLine:
    """One log line of a job."""

    message: str
    level: str | None = None
    source: str | None = None
    timestamp: str | None = None

    def __str__(self) -> str:
        return self.message


@attrs.frozen
class JobStatus:
    """A snapshot of a job: `state` is fal's status text (IN_QUEUE, IN_PROGRESS, COMPLETED, ...)."""

    state: str
    request_id: str
    queue_position: int | None = None
    logs: tuple[LogLine, ...] = ()
    new_logs: tuple[LogLine, ...] = ()
    """Lines not reported by an earlier update of the same wait (set while waiting)."""
    metrics: Mapping[str, Any] = attrs.field(factory=dict)
    error: str | None = None
    error_type: str | None = None
    status_url: str | None = None
    """The status URL the answer gave, moved onto the configured host (None if none)."""
    response_url: str | None = None
    """The result URL the answer gave, moved onto the configured host (None if none)."""
    extra: Mapping[str, Any] = attrs.field(factory=dict)
    """Every other field the status answer carried (fal adds some from time to time)."""

    @property
    def is_completed(self) -> bool:
        return self.state == COMPLETED

    @property
    def is_failed(self) -> bool:
        return self.is_completed and (self.error is not None or self.error_type is not None)

    @property
    def is_queued(self) -> bool:
        return self.state == IN_QUEUE

    @property
    def is_running(self) -> bool:
        return self.state == IN_PROGRESS


def _opt(value: object) -> Any:
    return None if isinstance(value, Unset) else value


def _text(value: object) -> str | None:
    """An optional text field; anything else a server sends there is dropped."""
    return value if isinstance(value, str) else None


def parse_status(data: object, request_id: str) -> JobStatus:
    """A `QueueStatus` body -> `JobStatus`; raises ValueError/KeyError/TypeError when malformed."""
    if not isinstance(data, Mapping) or not isinstance(data.get("status"), str):
        raise ValueError("a status body must be an object with a string `status`")
    from uniapi_fal_api.models.queue_status import QueueStatus  # first use: keeps import flat

    model = QueueStatus.from_dict(
        {k: v for k, v in data.items() if k != "logs"} if "logs" in data else data
    )
    position = _opt(model.queue_position)
    metrics = _opt(model.metrics)
    return JobStatus(
        state=model.status,
        request_id=request_id,
        queue_position=position if isinstance(position, int) else None,
        logs=_log_lines(data.get("logs")),
        metrics=dict(metrics.additional_properties) if metrics is not None else {},
        error=_text(model.error),
        error_type=_text(model.error_type),
        status_url=_text(data.get("status_url")),
        response_url=_text(data.get("response_url")),
        extra={k: v for k, v in model.additional_properties.items() if k not in _URLS},
    )


_URLS = ("status_url", "response_url", "request_id")


def _log_lines(raw: object) -> tuple[LogLine, ...]:
    """A status's logs, as far as they can be read: a line is a `{message, level, ...}`
    object (or a bare string, as some servers send); what has no text is left out, and
    logs of another shape mean none. Logs never cost a status."""
    if isinstance(raw, str):
        return (LogLine(message=raw),)
    if not isinstance(raw, list):
        return ()
    lines = []
    for entry in raw:
        if isinstance(entry, str):
            lines.append(LogLine(message=entry))
        elif isinstance(entry, Mapping) and isinstance(entry.get("message"), str):
            lines.append(
                LogLine(
                    message=entry["message"],
                    level=_text(entry.get("level")),
                    source=_text(entry.get("source")),
                    timestamp=_text(entry.get("timestamp")),
                )
            )
    return tuple(lines)
