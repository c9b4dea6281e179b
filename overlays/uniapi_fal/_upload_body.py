"""What an upload sends: bytes in memory, or a range of an open file read in pieces as it
is sent, so that a 200 MB file never sits whole in memory. Each send reads it afresh (a
retried part is read again from disk), and a file that shrinks meanwhile fails the send
rather than sending less than it said (`UploadError`).
"""

from __future__ import annotations

import os
import threading
from collections.abc import AsyncIterator, Callable, Iterator

from ._exceptions import UploadError

PIECE = 1024 * 1024
"""Bytes read from disk (and handed to the connection) at a time."""

OnProgress = Callable[[int, int], None]
"""Called with (bytes sent, bytes in all) as an upload goes."""


class Sent:
    """Bytes sent of each part of one upload (a retried part starts again at 0)."""

    def __init__(self, total: int, on_progress: OnProgress | None) -> None:
        self.total = total
        self._on_progress = on_progress
        self._parts: dict[int, int] = {}
        self._lock = threading.Lock()

    def set(self, part: int, sent: int) -> None:
        if self._on_progress is None:
            return
        with self._lock:
            self._parts[part] = sent
            done = sum(self._parts.values())
        self._on_progress(done, self.total)


class OpenFile:
    """A file open for an upload, shared by its parts: closed when the upload and every
    part still being sent are done with it, never under a part (whose reads would then go
    to whatever file the system gave that number to next)."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self._users = 1  # the upload's own hold
        self._lock = threading.Lock()

    def take(self) -> bool:
        """Hold it open for one send; False once it is closed."""
        with self._lock:
            if self._users == 0:
                return False
            self._users += 1
            return True

    def release(self) -> None:
        with self._lock:
            self._users -= 1
            last = self._users == 0
        if last:
            os.close(self.fd)


class Body:
    """`length` bytes from `offset` of `data` or of an open file."""

    __slots__ = ("data", "file", "length", "number", "offset", "sent")

    def __init__(
        self,
        *,
        data: bytes | None = None,
        file: OpenFile | None = None,
        offset: int = 0,
        length: int,
        number: int = 0,
        sent: Sent | None = None,
    ) -> None:
        self.data, self.file, self.offset, self.length = data, file, offset, length
        self.number = number
        self.sent = sent

    def part(self, number: int, offset: int, length: int) -> Body:
        """Part `number` (from 1): `length` bytes from `offset` of this body."""
        return Body(
            data=self.data,
            file=self.file,
            offset=self.offset + offset,
            length=length,
            number=number,
            sent=self.sent,
        )

    def _hold(self) -> None:
        if self.file is not None and not self.file.take():
            raise UploadError("the upload was stopped: its file is closed")

    def _let_go(self) -> None:
        if self.file is not None:
            self.file.release()

    def _piece(self, done: int) -> bytes:
        size = min(PIECE, self.length - done)
        start = self.offset + done
        if self.data is not None:
            return self.data[start : start + size]
        assert self.file is not None
        try:
            piece = os.pread(self.file.fd, size, start)
        except OSError as exc:
            raise UploadError(f"the file could not be read while it was sent: {exc}") from None
        if len(piece) != size:
            raise UploadError(
                f"the file shrank while it was sent (it ends at {start + len(piece):,} bytes, "
                f"not {self.offset + self.length:,}): upload it again once it is complete"
            )
        return piece

    def chunks(self) -> Iterator[bytes]:
        """The bytes, a piece at a time (for `Client`)."""
        self._hold()
        try:
            done = 0
            self._count(0)
            while done < self.length:
                piece = self._piece(done)
                done += len(piece)
                yield piece
                self._count(done)
        finally:
            self._let_go()

    async def achunks(self) -> AsyncIterator[bytes]:
        """The same for `AsyncClient`: disk reads in a worker thread, never in the loop."""
        self._hold()
        try:
            done = 0
            self._count(0)
            while done < self.length:
                piece = self._piece(done) if self.data is not None else await _read(self, done)
                done += len(piece)
                yield piece
                self._count(done)
        finally:
            self._let_go()

    def _count(self, done: int) -> None:
        if self.sent is not None:
            self.sent.set(self.number, done)


async def _read(body: Body, done: int) -> bytes:
    import asyncio  # (not at import: `import uniapi_fal` stays without asyncio)

    return await asyncio.to_thread(body._piece, done)
