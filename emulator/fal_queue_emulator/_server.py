"""Running the app under uvicorn: in the foreground (CLI) or in a thread (tests).

The listening socket is bound here, before uvicorn starts, so `port=0` yields a
free port that is known at once and cannot be taken by someone else meanwhile.
"""

from __future__ import annotations

import asyncio
import signal
import socket
import threading
import time
import weakref
from collections.abc import Callable
from types import FrameType, TracebackType
from typing import Any

import uvicorn

from ._app import create_app
from ._config import EmulatorConfig
from ._reset import quiet_server_logs
from ._state import Emulator
from ._storage import close_storage

START_TIMEOUT_SECONDS = 10.0
_GRACEFUL_SHUTDOWN_SECONDS = 1


def _uvicorn_server(emulator: Emulator) -> uvicorn.Server:
    config = uvicorn.Config(
        create_app(emulator),
        log_level="warning",
        access_log=False,
        lifespan="off",
        ws="auto",
        timeout_graceful_shutdown=_GRACEFUL_SHUTDOWN_SECONDS,
    )
    quiet_server_logs()  # after Config: it (re)configures uvicorn's loggers
    return uvicorn.Server(config)


def _bind(host: str, port: int) -> socket.socket:
    family, _, _, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    sock = socket.create_server(address[:2], family=family)
    # Accepted sockets inherit this. asyncio would set it itself, but skips sockets
    # made with proto 0 (as create_server makes them): without it every response
    # (headers, then body) waits ~40 ms for the client's delayed ACK.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.set_inheritable(True)
    return sock


def _base_url(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"


class RunningEmulator:
    """An emulator served from a daemon thread; a context manager that stops it."""

    def __init__(self, config: EmulatorConfig | None = None, host: str = "127.0.0.1") -> None:
        self.emulator = Emulator(config)
        self.host = host
        self._socket = _bind(host, 0)
        weakref.finalize(self, self._socket.close)  # also when never started
        self.port: int = self._socket.getsockname()[1]
        self.base_url = _base_url(host, self.port)
        self._server = _uvicorn_server(self.emulator)
        self._ready = threading.Event()
        self._thread = threading.Thread(
            target=self._run,
            name=f"fal-queue-emulator:{self.port}",
            daemon=True,
        )

    def _run(self) -> None:
        asyncio.run(_serve(self._server, self._socket, self.emulator, self._ready.set))

    def start(self, timeout: float = START_TIMEOUT_SECONDS) -> RunningEmulator:
        """Start serving and wait (bounded) until requests are answered."""
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._ready.wait(0.01):
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"fal-queue-emulator did not start on {self.base_url}")
        return self

    def stop(self, timeout: float = START_TIMEOUT_SECONDS) -> None:
        """Ask uvicorn to finish, wait for the thread, release the port."""
        self.emulator.close()
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout)
        self._socket.close()

    def __enter__(self) -> RunningEmulator:
        if self._thread.ident is None:
            self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"RunningEmulator(base_url={self.base_url!r})"


def run_in_thread(config: EmulatorConfig | None = None) -> RunningEmulator:
    """Serve on 127.0.0.1 with a free port in a daemon thread, already started.

    Use as `with run_in_thread(cfg) as running: ...` or call `running.stop()`.
    """
    return RunningEmulator(config).start()


def serve(
    config: EmulatorConfig | None = None,
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    on_ready: Callable[[str], None] | None = None,
) -> None:
    """Serve in the foreground until SIGTERM/SIGINT; `on_ready` gets the base URL.

    `port=0` picks a free port; `on_ready` is how a caller learns which.
    """
    emulator = Emulator(config)
    sock = _bind(host, port)
    base_url = _base_url(host, sock.getsockname()[1])
    server = _uvicorn_server(emulator)
    stop = threading.Event()
    previous = _install_stop_handlers(stop, server)

    def ready() -> None:
        if stop.is_set():  # a signal arrived before uvicorn took the handlers over
            server.should_exit = True
        if on_ready is not None:
            on_ready(base_url)

    try:
        asyncio.run(_serve(server, sock, emulator, ready))
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        sock.close()


async def _serve(
    server: uvicorn.Server,
    sock: socket.socket,
    emulator: Emulator,
    ready: Callable[[], None],
) -> None:
    """Run uvicorn and the webhook deliveries; end open streams as soon as shutdown begins."""
    webhooks = asyncio.create_task(emulator.run_webhooks())
    task = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started and not task.done():
        await asyncio.sleep(0.005)
    if server.started:
        ready()
    while not task.done():
        if server.should_exit:
            emulator.close()
        await asyncio.wait({task}, timeout=0.05)
    emulator.close()
    try:
        await task
    finally:
        try:
            await webhooks  # returns within SHUTDOWN_GRACE_SECONDS of close()
        finally:
            close_storage(emulator)  # uvicorn is done: no upload is still writing


def _install_stop_handlers(stop: threading.Event, server: uvicorn.Server) -> dict[int, Any]:
    """Turn SIGTERM/SIGINT into a clean stop, also before and after uvicorn's own handling.

    uvicorn re-raises the signal once it has shut down; this handler then just
    returns, so the process exits normally instead of dying from the signal.
    """
    if threading.current_thread() is not threading.main_thread():
        return {}

    def handle(signum: int, frame: FrameType | None) -> None:
        stop.set()
        server.should_exit = True

    previous: dict[int, Any] = {}
    for signum in (signal.SIGTERM, signal.SIGINT):
        previous[signum] = signal.signal(signum, handle)
    return previous
