"""Deadlines that hold for sync reads.

httpx fixes a read timeout when a body begins and restarts it on every byte, so a server
trickling one byte at a time holds a read for as long as it likes. `SocketDeadline`
shuts the response's socket down when the deadline passes, which wakes the blocked read
at once. One daemon thread serves every deadline of the process (a heap of due times),
so that watching a request costs no thread of its own.
"""

from __future__ import annotations

import heapq
import itertools
import socket
import threading
import time
from types import TracebackType

import httpx


class _Watcher:
    """The one thread that fires due deadlines."""

    def __init__(self) -> None:
        self._due: list[tuple[float, int, SocketDeadline]] = []
        self._wake = threading.Condition()
        self._order = itertools.count()
        self._thread: threading.Thread | None = None

    def add(self, when: float, deadline: SocketDeadline) -> None:
        with self._wake:
            heapq.heappush(self._due, (when, next(self._order), deadline))
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="uniapi-fal-deadlines", daemon=True
                )
                self._thread.start()
            if self._due[0][2] is deadline:  # due before the one it sleeps for: wake it
                self._wake.notify()

    def _run(self) -> None:
        while True:
            with self._wake:
                while self._due and self._due[0][2].over:
                    heapq.heappop(self._due)  # released before it was due
                if not self._due:
                    self._wake.wait()
                    continue
                when, _, deadline = self._due[0]
                left = when - time.monotonic()
                if left > 0:
                    self._wake.wait(left)
                    continue
                heapq.heappop(self._due)
            deadline.fire()


_watcher = _Watcher()


class SocketDeadline:
    """`with SocketDeadline(response, seconds):` reads of `response` end by then.

    Does nothing without a real socket (a mock transport) or without a deadline. After
    the block, the socket is never touched again (it may serve another request), and
    `fired` says whether the deadline cut the read: a shut socket can look like the end
    of a body, so the reader must check it.
    """

    def __init__(self, response: httpx.Response, seconds: float | None) -> None:
        self.fired = False
        self.over = False
        self._lock = threading.Lock()
        stream = response.extensions.get("network_stream")
        sock = stream.get_extra_info("socket") if stream is not None else None
        self._sock = sock if isinstance(sock, socket.socket) else None
        if self._sock is not None and seconds is not None:
            _watcher.add(time.monotonic() + max(0.0, seconds), self)

    def fire(self) -> None:
        with self._lock:
            if self.over or self._sock is None:
                return
            self.fired = True
            try:  # the plain socket's shutdown: an SSL socket's would drop its state first
                socket.socket.shutdown(self._sock, socket.SHUT_RDWR)
            except OSError:
                pass

    def release(self) -> None:
        with self._lock:
            self.over = True
            self._sock = None

    def __enter__(self) -> SocketDeadline:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
