"""Downloads against misbehaving file servers: every case ends in a DownloadError within
its time bound, and leaves no file (partial or `.incomplete`) behind.

Real servers (raw sockets on 127.0.0.1, one thread per connection, all stopped at the end
of the test) play the timing attacks; httpx.MockTransport plays the rest, with an injected
clock where time matters.
"""

from __future__ import annotations

import asyncio
import base64
import gzip
import os
import socket
import threading
import time
import tracemalloc
import zlib
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any, Literal

import httpx
import pytest

from uniapi_fal import ConfigurationError, DownloadError
from uniapi_fal._download import Saved, download_async, download_sync
from uniapi_fal.models import FalFile

BOUND = 0.25  # how far past its deadline a download may end
Mode = Literal["sync", "async"]
MODES: list[Mode] = ["sync", "async"]


# ------------------------------------------------------------------------- servers


Behaviour = Callable[[socket.socket, threading.Event], None]


class RawServer:
    """An HTTP server on 127.0.0.1 that reads each request, then runs `behave` on the
    connection; `stop` is set (and every thread joined) when the `with` block ends."""

    def __init__(self, behave: Behaviour) -> None:
        self._behave = behave
        self.stop = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)
        self.port = self._listener.getsockname()[1]
        self._threads: list[threading.Thread] = []

    def url(self, path: str = "/file.bin") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def __enter__(self) -> RawServer:
        accept = threading.Thread(target=self._accept, daemon=True)
        accept.start()
        self._threads.append(accept)
        return self

    def __exit__(self, *_: object) -> None:
        self.stop.set()
        for thread in list(self._threads):
            thread.join(timeout=5)
        self._listener.close()

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(5)
            try:
                request = b""
                while b"\r\n\r\n" not in request and len(request) < 65536:
                    part = conn.recv(4096)
                    if not part:
                        return
                    request += part
                self._behave(conn, self.stop)
            except OSError:
                pass  # the client hung up: that is how most of these cases end


def head(extra: str = "") -> bytes:
    return (
        "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nConnection: close\r\n"
        f"{extra}\r\n"
    ).encode()


def trickle(seconds: float = 30.0) -> Behaviour:
    """One byte every 0.1 s for `seconds`, then silence (the connection held open)."""

    def behave(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(head())
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            conn.sendall(b"x")
            if stop.wait(0.1):
                return
        stop.wait(30)

    return behave


def stall_after_headers(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(head("Content-Length: 1000\r\n"))
    stop.wait(30)


def never_answer(conn: socket.socket, stop: threading.Event) -> None:
    stop.wait(30)


BOMB = gzip.compress(b"\0" * 50_000_000, compresslevel=9)


def gzip_bomb(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(head(f"Content-Encoding: gzip\r\nContent-Length: {len(BOMB)}\r\n") + BOMB)


def longer_than_its_length(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(head("Content-Length: 1000\r\n") + b"y" * 1_000_000)


# ------------------------------------------------------------------------- helpers


def run(
    mode: Mode,
    files: list[Any],
    dest: Path,
    *,
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
    started: list[float] | None = None,
    **options: Any,
) -> list[Saved]:
    """Download through a fresh httpx client; `started` gets the moment the download call
    began (building a client loads the CA bundle, which is no part of a download's bound)."""
    marks = [] if started is None else started
    if mode == "sync":
        assert transport is None or isinstance(transport, httpx.BaseTransport)
        with httpx.Client(transport=transport) as http:
            marks.append(time.monotonic())
            return download_sync(http, files, dest, **options)

    async def go() -> list[Saved]:
        assert transport is None or isinstance(transport, httpx.AsyncBaseTransport)
        async with httpx.AsyncClient(transport=transport) as http:
            marks.append(time.monotonic())
            return await download_async(http, files, dest, **options)

    return asyncio.run(go())


def fails(mode: Mode, files: list[Any], dest: Path, **options: Any) -> tuple[str, float]:
    """The DownloadError's message and the seconds the download call took; asserts nothing
    is left."""
    started: list[float] = []
    with pytest.raises(DownloadError) as caught:
        run(mode, files, dest, started=started, **options)
    elapsed = time.monotonic() - started[0]
    assert left_in(dest) == []
    return str(caught.value), elapsed


def left_in(dest: Path) -> list[str]:
    return sorted(p.name for p in dest.iterdir()) if dest.exists() else []


class Stream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body made by `chunks`, counting what the client pulled."""

    def __init__(self, chunks: Callable[[], Iterator[bytes]]) -> None:
        self._chunks = chunks
        self.pulled = 0

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._chunks():
            self.pulled += 1
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._chunks():
            self.pulled += 1
            yield chunk


def mock(stream: Stream | bytes, headers: dict[str, str], status: int = 200) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        if isinstance(stream, bytes):
            return httpx.Response(status, content=stream, headers=headers)
        return httpx.Response(status, stream=stream, headers=headers)

    return httpx.MockTransport(handler)


def pieces(data: bytes, size: int) -> Callable[[], Iterator[bytes]]:
    return lambda: iter([data[i : i + size] for i in range(0, len(data), size)])


def endless(chunk: bytes) -> Callable[[], Iterator[bytes]]:
    def chunks() -> Iterator[bytes]:
        for _ in range(100_000):  # "endless", but a broken client still ends
            yield chunk

    return chunks


# ------------------------------------------------------------------ timing attacks


@pytest.mark.parametrize("mode", MODES)
def test_a_trickle_ends_at_the_deadline(mode: Mode, tmp_path: Path) -> None:
    with RawServer(trickle()) as server:
        message, elapsed = fails(
            mode, [FalFile(url=server.url())], tmp_path, timeout=0.8, stall_timeout=5
        )
    assert "0.8 s timeout passed" in message and "timeout=" in message
    assert 0.8 <= elapsed <= 0.8 + BOUND, elapsed


@pytest.mark.parametrize("mode", MODES)
def test_a_stall_after_the_headers_ends_after_the_stall_limit(mode: Mode, tmp_path: Path) -> None:
    with RawServer(stall_after_headers) as server:
        message, elapsed = fails(
            mode, [FalFile(url=server.url())], tmp_path, timeout=None, stall_timeout=0.4
        )
    assert "no data for 0.4 s (stall_timeout=)" in message
    assert 0.4 <= elapsed <= 0.4 + BOUND, elapsed


@pytest.mark.parametrize("mode", MODES)
def test_a_stall_that_began_before_the_deadline_still_ends_at_it(
    mode: Mode, tmp_path: Path
) -> None:
    """Bytes for 0.6 s, then silence: a read that began with 0.9 s of stall limit must not
    outlast the 1 s deadline (it would end at 1.5 s)."""
    with RawServer(trickle(0.6)) as server:
        message, elapsed = fails(
            mode, [FalFile(url=server.url())], tmp_path, timeout=1.0, stall_timeout=0.9
        )
    assert "1 s timeout passed" in message
    assert 1.0 <= elapsed <= 1.0 + BOUND, elapsed


@pytest.mark.parametrize("mode", MODES)
def test_a_server_that_never_answers_ends_at_the_deadline(mode: Mode, tmp_path: Path) -> None:
    with RawServer(never_answer) as server:
        message, elapsed = fails(
            mode, [FalFile(url=server.url())], tmp_path, timeout=0.5, stall_timeout=5
        )
    assert "timeout passed after 0 bytes" in message
    assert 0.5 <= elapsed <= 0.5 + BOUND, elapsed


@pytest.mark.parametrize("mode", MODES)
def test_the_deadline_is_checked_on_every_chunk(mode: Mode, tmp_path: Path) -> None:
    """An injected clock that each chunk moves on by one second: with `timeout=5` the
    download ends on the chunk that passes it, without sleeping."""
    now = [0.0]

    def chunks() -> Iterator[bytes]:
        for _ in range(1000):
            now[0] += 1.0
            yield b"z" * 100

    stream = Stream(chunks)
    message, _ = fails(
        mode,
        [FalFile(url="https://cdn.example/f.bin")],
        tmp_path,
        transport=mock(stream, {}),
        timeout=5,
        clock=lambda: now[0],
    )
    assert "5 s timeout passed after" in message
    assert stream.pulled == 5


# ----------------------------------------------------------------- size attacks


@pytest.mark.parametrize("mode", MODES)
def test_a_gzip_bomb_declared_as_1000_bytes_stops_right_after_them(
    mode: Mode, tmp_path: Path
) -> None:
    seen: list[int] = []
    with RawServer(gzip_bomb) as server:
        message, elapsed = fails(
            mode,
            [FalFile(url=server.url(), file_size=1000)],
            tmp_path,
            progress=lambda done, total: seen.append(done),
        )
    assert "more than the 1,000 bytes the output's file_size announced" in message
    assert seen == [] or max(seen) <= 1000
    assert elapsed < 2


@pytest.mark.parametrize("mode", MODES)
def test_a_gzip_bomb_announcing_nothing_stops_at_max_bytes_in_bounded_memory(
    mode: Mode, tmp_path: Path
) -> None:
    """The whole 50 MB bomb arrives as one chunk: it is decoded a step at a time, so memory
    stays far below what it expands to."""
    stream = Stream(lambda: iter([BOMB]))
    tracemalloc.start()
    try:
        message, _ = fails(
            mode,
            [FalFile(url="https://cdn.example/f.bin")],
            tmp_path,
            transport=mock(stream, {"content-encoding": "gzip"}),
            max_bytes=100_000,
        )
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "passed the 100,000-byte cap (max_bytes=)" in message
    assert peak < 5_000_000, peak


@pytest.mark.parametrize("mode", MODES)
def test_a_body_longer_than_its_content_length_stops_there(mode: Mode, tmp_path: Path) -> None:
    stream = Stream(endless(b"y" * 100))
    message, _ = fails(
        mode,
        [FalFile(url="https://cdn.example/f.bin")],
        tmp_path,
        transport=mock(stream, {"content-length": "1000"}),
    )
    assert "more than the 1,000 bytes its Content-Length announced" in message
    assert stream.pulled == 11


@pytest.mark.parametrize("mode", MODES)
def test_a_real_server_sending_past_its_content_length_gets_only_the_declared_bytes(
    mode: Mode, tmp_path: Path
) -> None:
    """Over a real connection the HTTP parser stops at Content-Length: the file is what was
    announced, never more; and an output that says otherwise refuses it outright."""
    with RawServer(longer_than_its_length) as server:
        (saved,) = run(mode, [FalFile(url=server.url(), file_size=1000)], tmp_path / "ok")
        assert saved.path.read_bytes() == b"y" * 1000
        message, _ = fails(mode, [FalFile(url=server.url(), file_size=500)], tmp_path / "bad")
    assert "announced 1,000 bytes (Content-Length) where the output's file_size says 500" in (
        message
    )


@pytest.mark.parametrize("mode", MODES)
def test_an_announced_size_over_max_bytes_is_refused_before_reading(
    mode: Mode, tmp_path: Path
) -> None:
    stream = Stream(endless(b"y" * 100))
    message, _ = fails(
        mode,
        [FalFile(url="https://cdn.example/f.bin", file_size=10_000)],
        tmp_path,
        transport=mock(stream, {}),
        max_bytes=5_000,
    )
    assert "announces 10,000 bytes, over the 5,000-byte cap" in message and "max_bytes=" in message
    assert stream.pulled == 0


@pytest.mark.parametrize("mode", MODES)
def test_compressed_bodies_are_decoded_and_checked(mode: Mode, tmp_path: Path) -> None:
    data = os.urandom(3000) + b"a" * 100_000
    raw_deflate = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    bodies = {
        "gzip": gzip.compress(data),
        "deflate": zlib.compress(data),
        "raw-deflate": raw_deflate.compress(data) + raw_deflate.flush(),
        "two-members": gzip.compress(data[:5000]) + gzip.compress(data[5000:]),
    }
    for name, body in bodies.items():
        encoding = "deflate" if "deflate" in name else "gzip"
        stream = Stream(pieces(body, 1000))
        headers = {"content-encoding": encoding, "content-length": str(len(body))}
        (saved,) = run(
            mode,
            [FalFile(url=f"https://cdn.example/{name}.bin", file_size=len(data))],
            tmp_path,
            transport=mock(stream, headers),
        )
        assert saved.path.read_bytes() == data and saved.size == len(data), name
    assert sorted(left_in(tmp_path)) == sorted(f"{name}.bin" for name in bodies)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("body", "headers", "message"),
    [
        (gzip.compress(b"q" * 5000)[:-20], {"content-encoding": "gzip"}, "ended early"),
        (b"\x1f\x8bnot gzip at all", {"content-encoding": "gzip"}, "gzip-compressed data is"),
        (b"whatever", {"content-encoding": "br"}, "Content-Encoding 'br'"),
        (b"short", {"content-length": "9"}, "got 5 bytes, its Content-Length says 9"),
    ],
)
def test_broken_bodies_are_refused(
    mode: Mode, tmp_path: Path, body: bytes, headers: dict[str, str], message: str
) -> None:
    stream = Stream(lambda: iter([body]))
    got, _ = fails(
        mode, [FalFile(url="https://cdn.example/f.bin")], tmp_path, transport=mock(stream, headers)
    )
    assert message in got


# --------------------------------------------------------------- what is saved


@pytest.mark.parametrize("mode", MODES)
def test_an_html_page_is_not_saved_under_an_image_name(mode: Mode, tmp_path: Path) -> None:
    transport = mock(b"<html>error</html>", {"content-type": "text/html; charset=utf-8"})
    message, _ = fails(
        mode,
        [FalFile(url="https://cdn.example/x", file_name="x.png")],
        tmp_path,
        transport=transport,
    )
    assert "the server sent 'text/html' where the name x.png implies 'image/png'" in message


@pytest.mark.parametrize("mode", MODES)
def test_redirects_are_followed_within_bounds(mode: Mode, tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/moved":
            return httpx.Response(302, headers={"location": "https://other.example/real.bin"})
        if request.url.path == "/loop":
            return httpx.Response(302, headers={"location": "/loop"})
        return httpx.Response(200, content=b"real", headers={"content-type": "image/png"})

    transport = httpx.MockTransport(handler)
    (saved,) = run(
        mode, [FalFile(url="https://cdn.example/moved")], tmp_path / "a", transport=transport
    )
    assert saved.path.read_bytes() == b"real"
    message, _ = fails(
        mode, [FalFile(url="https://cdn.example/loop")], tmp_path / "b", transport=transport
    )
    assert "more than 10 redirects" in message


@pytest.mark.parametrize("mode", MODES)
def test_messages_pass_through_scrub(mode: Mode, tmp_path: Path) -> None:
    secret = "sk-echoed-0123456789"

    def scrub(text: str) -> str:
        return text.replace(secret, "****")

    transport = mock(b"gone", {"x": "y"}, status=404)
    message, _ = fails(
        mode,
        [FalFile(url=f"https://cdn.example/{secret}/x.png?sig=abc")],
        tmp_path,
        transport=transport,
        scrub=scrub,
    )
    assert secret not in message and "https://cdn.example/****/x.png?..." in message
    assert "HTTP 404" in message and "sig=abc" not in message


def test_bad_limits_are_configuration_errors(tmp_path: Path) -> None:
    for options in (
        {"timeout": 0},
        {"timeout": float("nan")},
        {"stall_timeout": -1},
        {"max_bytes": -1},
        {"max_bytes": True},
    ):
        with pytest.raises(ConfigurationError):
            run("sync", [], tmp_path, **options)


@pytest.mark.parametrize("mode", MODES)
def test_a_folder_that_cannot_be_written_is_a_download_error(mode: Mode, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_bytes(b"")
    with pytest.raises(DownloadError, match="cannot write"):
        run(mode, [FalFile(url="https://cdn.example/x")], blocker / "sub", transport=mock(b"", {}))


# ------------------------------------------------------------------- data URIs


def data_file(uri: str, **fields: Any) -> FalFile:
    return FalFile(url=uri, **fields)


PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
PNG_B64 = base64.b64encode(PNG).decode()


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("file", "max_bytes", "message"),
    [
        (
            data_file("data:image/png;base64,iVBORw0K!!!"),
            None,
            "base64 data is invalid",
        ),
        (
            data_file(
                "data:text/html;base64," + base64.b64encode(b"<h1>x").decode(),
                content_type="image/png",
            ),
            None,
            "the data URI holds 'text/html' where the output says 'image/png'; not saved as",
        ),
        (
            data_file("data:text/html,%3Ch1%3E", file_name="x.png"),
            None,
            "holds 'text/html' where the name x.png implies 'image/png'",
        ),
        (
            data_file("data:image/png;base64," + PNG_B64, file_size=10),
            None,
            f"holds {len(PNG):,} bytes, the output's file_size says 10",
        ),
        (
            data_file("data:image/png;base64," + PNG_B64),
            100,
            "over the 100-byte cap",
        ),
        (
            data_file("data:image/png;base64," + PNG_B64, file_size=len(PNG)),
            100,
            f"announces {len(PNG):,} bytes, over the 100-byte cap",
        ),
        (data_file("data:image/png;base64"), None, "without its ',' separator"),
    ],
)
def test_bad_data_uris_are_refused(
    mode: Mode, tmp_path: Path, file: FalFile, max_bytes: int | None, message: str
) -> None:
    got, _ = fails(mode, [file], tmp_path, max_bytes=max_bytes)
    assert message in got
    assert "a data URI (" in got and PNG_B64[:40] not in got  # named, never quoted


@pytest.mark.parametrize("mode", MODES)
def test_good_data_uris_are_saved(mode: Mode, tmp_path: Path) -> None:
    wrapped = "\n".join(PNG_B64[i : i + 76] for i in range(0, len(PNG_B64), 76)).rstrip("=")
    files = [
        data_file("data:image/png;base64," + wrapped, file_size=len(PNG)),
        data_file("data:text/plain;charset=utf-8,caf%C3%A9", file_name="note.txt"),
        data_file("data:;base64," + base64.urlsafe_b64encode(b"\xfb\xff\xfe").decode()),
    ]
    saved = run(mode, files, tmp_path)
    assert [s.path.read_bytes() for s in saved] == [PNG, "café".encode(), b"\xfb\xff\xfe"]
    assert [s.path.name for s in saved] == ["output.png", "note.txt", "output"]


# --------------------------------------------------------------- the event loop


def test_async_disk_work_runs_off_the_loop_in_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """5 MiB in 4 KiB chunks: every write, fsync and naming (a hard link) happens in a
    worker thread, and the writes are gathered (a handful, not 1,280)."""
    calls: list[tuple[str, int]] = []
    real_open, real_fsync, real_link = Path.open, os.fsync, os.link

    class Recorder:
        def __init__(self, inner: Any) -> None:
            self._inner = inner

        def write(self, data: bytes) -> int:
            calls.append(("write", threading.get_ident()))
            return int(self._inner.write(data))

        def __getattr__(self, name: str) -> Any:
            return getattr(self._inner, name)

    def recording_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        handle = real_open(self, *args, **kwargs)
        return Recorder(handle) if self.name.endswith(".incomplete") else handle

    def fsync(fd: int) -> None:
        calls.append(("fsync", threading.get_ident()))
        real_fsync(fd)

    def link(src: Any, dst: Any) -> None:
        calls.append(("link", threading.get_ident()))
        real_link(src, dst)

    monkeypatch.setattr(Path, "open", recording_open)
    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "link", link)
    size = 5 * 1024 * 1024
    stream = Stream(lambda: iter([b"k" * 4096] * (size // 4096)))

    async def go() -> tuple[list[Saved], int]:
        async with httpx.AsyncClient(transport=mock(stream, {})) as http:
            saved = await download_async(
                http, [FalFile(url="https://cdn.example/big.bin", file_size=size)], tmp_path
            )
        return saved, threading.get_ident()

    (saved,), loop_thread = asyncio.run(go())
    assert saved.path.stat().st_size == size
    kinds = [kind for kind, _ in calls]
    assert kinds.count("fsync") == 1 and kinds.count("link") == 1
    assert 1 <= kinds.count("write") <= 6, kinds.count("write")
    assert all(thread != loop_thread for _, thread in calls)
