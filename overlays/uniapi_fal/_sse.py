"""A Server-Sent Events decoder with bounded memory, for fal's status stream."""

from __future__ import annotations

import re

from ._bodies import DEFAULT_MAX_RESPONSE_BYTES, LimitExceeded

MAX_SSE_LINE_BYTES = 1024 * 1024
"""The longest status-stream line kept; fal's lines are a few hundred bytes."""

_BOM = b"\xef\xbb\xbf"
_EOL = re.compile(rb"\r\n|\r|\n")
_MAX_RETRY_DIGITS = 15
"""A longer `retry:` value is ignored: no reconnection delay needs it, and int() of a
megabyte of digits is slow."""


class SSEEvent:
    """One dispatched Server-Sent Event (immutable; compared and hashed by value).

    A plain slotted class, not an attrs one: attrs builds its methods on `import
    uniapi_fal` (~0.35 ms a class), for a type used only while reading a status stream."""

    __slots__ = ("event", "data", "id", "retry")

    event: str
    data: str
    id: str | None
    """The stream's last event id when this event was dispatched (it carries over)."""
    retry: int | None
    """A `retry:` (milliseconds) given within this event's lines."""

    def __init__(
        self,
        event: str = "message",
        data: str = "",
        id: str | None = None,
        retry: int | None = None,
    ) -> None:
        setter = object.__setattr__
        setter(self, "event", event)
        setter(self, "data", data)
        setter(self, "id", id)
        setter(self, "retry", retry)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"SSEEvent is immutable: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"SSEEvent is immutable: cannot delete {name!r}")

    def _fields(self) -> tuple[str, str, str | None, int | None]:
        return (self.event, self.data, self.id, self.retry)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SSEEvent) or other.__class__ is not self.__class__:
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __reduce__(self) -> tuple[type[SSEEvent], tuple[str, str, str | None, int | None]]:
        return (SSEEvent, self._fields())  # copy and pickle, despite the immutability

    def __repr__(self) -> str:
        return (
            f"SSEEvent(event={self.event!r}, data={self.data!r}, id={self.id!r}, "
            f"retry={self.retry!r})"
        )


class SSEDecoder:
    """An incremental Server-Sent Events decoder (WHATWG HTML, "event stream
    interpretation") on raw bytes, with bounded memory.

    Lines end in CRLF, LF or CR, possibly split across chunks. A line longer than
    `max_line` bytes, even one still arriving, raises `LimitExceeded("stream line")`;
    an event whose data passes `max_event` bytes raises `LimitExceeded("stream event")`.
    Nothing longer than those limits is ever held. After a `LimitExceeded` the decoder
    is unusable: the driver ends the stream.
    """

    def __init__(
        self, max_line: int = MAX_SSE_LINE_BYTES, max_event: int = DEFAULT_MAX_RESPONSE_BYTES
    ) -> None:
        if max_line < 1 or max_event < 1:
            raise ValueError("max_line and max_event must be at least 1 byte")
        self._max_line = max_line
        self._max_event = max_event
        self._partial: list[bytes] = []
        self._partial_size = 0
        self._after_cr = False
        self._first_line = True
        self._event_type = ""
        self._data: list[str] = []
        self._data_size = 0
        self._event_retry: int | None = None
        self.last_event_id: str | None = None
        """The last `id:` seen (the spec's "last event ID"); None before any."""
        self.retry: int | None = None
        """The last valid `retry:` seen, in milliseconds: the server's reconnection delay."""

    def feed(self, chunk: bytes) -> list[SSEEvent]:
        """Decode one chunk; return the events it completed, in order."""
        events: list[SSEEvent] = []
        if not chunk:
            return events
        start = 0
        if self._after_cr and chunk[:1] == b"\n":  # the LF of a CRLF split across chunks
            start = 1
        self._after_cr = False
        for match in _EOL.finditer(chunk, start):
            end = match.start()
            if self._partial:
                if self._partial_size + end - start > self._max_line:
                    raise LimitExceeded(self._max_line, "stream line")
                self._partial.append(chunk[start:end])
                line = b"".join(self._partial)
                self._partial.clear()
                self._partial_size = 0
            else:
                if end - start > self._max_line:
                    raise LimitExceeded(self._max_line, "stream line")
                line = chunk[start:end]
            self._line(line, events)
            start = match.end()
        if start == len(chunk):
            self._after_cr = chunk.endswith(b"\r")  # a lone CR: an LF may follow
        else:
            size = self._partial_size + len(chunk) - start
            if size > self._max_line:
                raise LimitExceeded(self._max_line, "stream line")
            self._partial.append(chunk[start:])
            self._partial_size = size
        return events

    def _line(self, line: bytes, events: list[SSEEvent]) -> None:
        if self._first_line:
            self._first_line = False
            if line.startswith(_BOM):  # the stream's BOM is at the start of its first line
                line = line[len(_BOM) :]
        if not line:
            self._dispatch(events)
            return
        if line[0] == 0x3A:  # ":" a comment, e.g. a keep-alive
            return
        name, colon, value = line.partition(b":")
        if colon and value[:1] == b" ":
            value = value[1:]
        if name == b"data":
            self._data_size += len(value) + (1 if self._data else 0)
            if self._data_size > self._max_event:
                raise LimitExceeded(self._max_event, "stream event")
            self._data.append(value.decode("utf-8", "replace"))
        elif name == b"event":
            self._event_type = value.decode("utf-8", "replace")
        elif name == b"id":
            if b"\0" not in value:
                self.last_event_id = value.decode("utf-8", "replace")
        elif name == b"retry":
            if value.isdigit() and len(value) <= _MAX_RETRY_DIGITS:  # ASCII digits only
                self.retry = self._event_retry = int(value)
        # any other field is ignored, as the spec says

    def _dispatch(self, events: list[SSEEvent]) -> None:
        if self._data:
            events.append(
                SSEEvent(
                    event=self._event_type or "message",
                    data="\n".join(self._data),
                    id=self.last_event_id,
                    retry=self._event_retry,
                )
            )
        self._event_type = ""
        self._data = []
        self._data_size = 0
        self._event_retry = None
