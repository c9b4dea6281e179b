"""Answer bodies read within bounds: a size cap that holds after decompression, and
decompression in bounded steps.

A hostile or broken server can send a 2 GiB body or a gzip bomb. Everything here is
I/O-free: the drivers feed it the chunks they read and check their deadline between
chunks, so both clients are bounded the same way.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterator
from typing import Any

import httpx

DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024
"""The largest answer body kept, after decompression (and the largest stream event)."""


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


# ------------------------------------------------------------ what drivers share
_KEPT_EXTENSIONS = ("http_version", "reason_phrase")
_DECODED_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def settled(response: httpx.Response, body: bytes, scrub: Callable[[str], str]) -> httpx.Response:
    """The answer with its body read (decompressed), detached from the connection. Its
    reason phrase is scrubbed: the response's repr shows it (in tracebacks, say)."""
    headers = [(k, v) for k, v in response.headers.multi_items() if k not in _DECODED_HEADERS]
    extensions = {k: v for k, v in response.extensions.items() if k in _KEPT_EXTENSIONS}
    extensions["reason_phrase"] = scrub(response.reason_phrase).encode("ascii", "replace")
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=body,
        request=response.request,
        extensions=extensions,
    )


def late(response: httpx.Response) -> httpx.ReadTimeout:
    return httpx.ReadTimeout(
        "the deadline passed while the answer was still arriving", request=response.request
    )


def capped_for(response: httpx.Response, limit: int) -> CappedBody:
    """A body collector for this answer; LimitExceeded at once if it declares more."""
    if declared_too_large(response.headers, limit):
        raise LimitExceeded(limit=limit, what="body")
    return CappedBody(limit)


def inflater_for(response: httpx.Response) -> Inflater:
    """The decoder of the body as sent (an in-memory response is decoded already)."""
    encoding = "" if response.is_stream_consumed else response.headers.get("content-encoding", "")
    return Inflater(encoding)
