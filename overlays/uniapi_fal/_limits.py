"""Reading server answers within bounds: capped bodies, bounded JSON, a bounded SSE decoder.

A hostile or broken server can send a 2 GiB body, a gzip bomb, an endless stream line or
JSON nested 100,000 deep. Everything here is I/O-free: the sync and async drivers feed it
the (already decompressed) chunks they read and check their deadline between chunks, so
both clients are bounded the same way.
"""

from __future__ import annotations

import json
import math
import re
import zlib
from collections.abc import Iterable, Iterator
from itertools import chain
from typing import Any, NoReturn

import httpx

DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024
"""The largest answer body kept, after decompression (and the largest stream event)."""

MAX_SSE_LINE_BYTES = 1024 * 1024
"""The longest status-stream line kept; fal's lines are a few hundred bytes."""

MAX_JSON_DEPTH = 100
"""The deepest nesting of arrays and objects accepted (`[]` is depth 1)."""

_BOM = b"\xef\xbb\xbf"
_EOL = re.compile(rb"\r\n|\r|\n")
_MAX_RETRY_DIGITS = 15
"""A longer `retry:` value is ignored: no reconnection delay needs it, and int() of a
megabyte of digits is slow."""


class LimitExceeded(Exception):
    """A body, stream line or stream event passed its size limit; nothing more was kept."""

    def __init__(self, limit: int, what: str) -> None:
        super().__init__(f"{what} larger than {limit} bytes")
        self.limit = limit
        self.what = what
        """"body", "stream line" or "stream event"."""


# ------------------------------------------------------------------------- bodies


class CappedBody:
    """Collects a body chunk by chunk and fails as soon as it passes `limit` bytes.

    Fed the decompressed chunks (httpx's `iter_bytes`), so a gzip bomb stops at the limit
    of what it expands to, not of what was sent.
    """

    __slots__ = ("_buffer", "_limit")

    def __init__(self, limit: int) -> None:
        if limit < 0:
            raise ValueError(f"limit must be >= 0 bytes, not {limit}")
        self._limit = limit
        self._buffer = bytearray()

    @property
    def size(self) -> int:
        """Bytes kept so far."""
        return len(self._buffer)

    def feed(self, chunk: bytes) -> None:
        """Keep `chunk`, or raise `LimitExceeded("body")` without keeping it."""
        if len(self._buffer) + len(chunk) > self._limit:
            raise LimitExceeded(self._limit, "body")
        self._buffer += chunk

    def value(self) -> bytes:
        """The bytes fed so far."""
        return bytes(self._buffer)


def declared_too_large(headers: httpx.Headers, limit: int) -> bool:
    """True when an uncompressed body's Content-Length already passes `limit`.

    Lets a driver refuse before reading a byte. A compressed body says nothing about its
    decompressed size, and a malformed length is httpx's to refuse: both give False, and
    `CappedBody` bounds them while reading.
    """
    encoding = headers.get("content-encoding", "").strip().lower()
    if encoding not in ("", "identity"):
        return False
    declared = headers.get("content-length")
    if declared is None:
        return False
    sizes = [part.strip().lstrip("0") or "0" for part in declared.split(",")]
    if not all(size.isascii() and size.isdigit() for size in sizes):
        return False
    # Compared as text first: int() of thousands of digits is refused by Python itself.
    return any(len(size) > len(str(limit)) or int(size) > limit for size in sizes)


# --------------------------------------------------------------------------- JSON


ACCEPTED_ENCODINGS = "gzip, deflate"
"""What the clients ask for: the encodings `Inflater` decodes in bounded steps."""
_DECODE_STEP = 64 * 1024


class DecodeError(ValueError):
    """A body whose Content-Encoding was not asked for, or whose compressed data is broken
    (`truncated`: it ended before the compressed stream did)."""

    def __init__(self, reason: str, *, truncated: bool = False) -> None:
        super().__init__(reason)
        self.truncated = truncated


class Inflater:
    """Decodes a body as sent (gzip, deflate or none) in pieces of at most 64 KiB, so that
    a gzip bomb expands no further than the reader's limit plus one piece (httpx's own
    decoder inflates a whole network read at once: 64 MiB from one 64 KiB read)."""

    def __init__(self, encoding: str) -> None:
        encoding = encoding.strip().lower()
        if encoding not in ("", "identity", "gzip", "x-gzip", "deflate"):
            raise DecodeError(f"Content-Encoding {encoding[:40]!r}, which was not asked for")
        self._gzip = encoding in ("gzip", "x-gzip")
        self._probing = encoding == "deflate"  # zlib-wrapped, or (some servers) raw deflate
        self.kind = "gzip" if self._gzip else "deflate" if self._probing else None
        """How the body is compressed: "gzip", "deflate", or None for a plain body."""
        self._zlib: Any = None  # zlib's decompress objects have no public type
        if self._gzip or self._probing:
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS if self._gzip else zlib.MAX_WBITS)
        self._done = False
        self._fed = False

    def feed(self, raw: bytes) -> Iterator[bytes]:
        """The decoded pieces of one chunk as sent: stop iterating (the caller's limit
        raised) and the rest is never decoded."""
        if self._zlib is None:
            if raw:
                yield raw
            return
        self._fed = self._fed or bool(raw)
        data = raw
        while data and not self._done:
            try:
                piece = self._zlib.decompress(data, _DECODE_STEP)
            except zlib.error:
                if not self._probing:
                    raise DecodeError("the compressed data is corrupt") from None
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)  # raw deflate after all
                self._probing = False
                continue
            self._probing = False
            data = self._zlib.unconsumed_tail
            if piece:
                yield piece
            if self._zlib.eof:
                rest = self._zlib.unused_data
                if self._gzip and rest.startswith(b"\x1f\x8b"):  # the next gzip member
                    self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
                    data = rest
                else:
                    self._done = True  # anything after the end of the stream is ignored

    def end(self) -> Iterator[bytes]:
        """What the decoder still holds once the body has ended."""
        if self._zlib is None or self._done or not self._fed:
            return
        try:
            rest = self._zlib.flush()
        except zlib.error:
            raise DecodeError("the compressed data is corrupt") from None
        if not self._zlib.eof:
            raise DecodeError("the compressed data ended early", truncated=True)
        if rest:
            yield rest


class JSONError(ValueError):
    """A body that is not JSON this SDK accepts; `reason` says why, without the body."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _refuse_constant(name: str) -> NoReturn:
    raise JSONError(f"{name} is not a JSON number")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):  # 1e999: valid JSON, but no float holds it
        raise JSONError("a number too large for a float")
    return value


def parse_json(data: bytes) -> Any:
    """Parse UTF-8 JSON (a leading BOM allowed), refusing what strict JSON refuses and more.

    Refused with `JSONError`: bytes that are not UTF-8, NaN/Infinity, numbers that
    overflow a float, integers with more digits than Python converts, and nesting deeper
    than `MAX_JSON_DEPTH` (never a RecursionError, however deep).
    """
    try:
        text = bytes(data).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise JSONError(f"not UTF-8 (byte {exc.start} cannot be decoded)") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        value = json.loads(text, parse_constant=_refuse_constant, parse_float=_finite_float)
    except JSONError:
        raise
    except RecursionError:  # json's C scanner stops near the interpreter's recursion limit
        raise JSONError(f"nested deeper than {MAX_JSON_DEPTH} levels") from None
    except json.JSONDecodeError as exc:
        raise JSONError(f"not JSON ({exc.msg} at line {exc.lineno} column {exc.colno})") from None
    except ValueError:  # int(): more digits than sys.get_int_max_str_digits()
        raise JSONError("an integer with too many digits") from None
    if json_depth(value) > MAX_JSON_DEPTH:  # shallower than json's own recursion limit
        raise JSONError(f"nested deeper than {MAX_JSON_DEPTH} levels")
    return value


def json_depth(value: Any, stop_after: int = MAX_JSON_DEPTH) -> int:
    """How deeply parsed JSON nests (`[]` is 1, a scalar 0), counted up to `stop_after` + 1.

    Walked level by level, without recursion: each level is one pass in C over the
    containers' children, so 8 MiB of small objects costs a fraction of parsing them
    (a node-by-node walk cost twice the parse).
    """
    level = [value] if type(value) is dict or type(value) is list else []
    depth = 0
    while level and depth <= stop_after:
        depth += 1
        dicts = [node for node in level if type(node) is dict]
        if dicts:
            lists = (node for node in level if type(node) is list)
            children: Iterable[Any] = chain(
                chain.from_iterable(map(dict.values, dicts)), chain.from_iterable(lists)
            )
        else:
            children = chain.from_iterable(level)
        level = [child for child in children if type(child) is dict or type(child) is list]
    return depth


# ---------------------------------------------------------------------------- SSE


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
