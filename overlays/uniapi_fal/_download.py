"""Result files out: the File/Image objects of an output, saved to disk safely.

Each download streams into `.<name>.<random>.incomplete` beside its destination, checks
the size and type the server announced, fsyncs, then takes its name: a reader never
sees half a file, and a failed or interrupted download leaves no file at all. An
existing file is never overwritten: a name already taken gets a number (`out-1.jpg`). File names
come from the server, so only their last component is kept, cleaned of anything that could
climb out of the destination folder. The API key goes only where the client's own auth
sends it (its base host); files on fal's CDN get none.

A file server is not trusted to behave, so every download is bounded:

- `timeout` (default 600 s, None for no limit): a deadline for the whole call, every file
  and redirect included; a trickling server is cut off within a fraction of a second of it.
- `stall_timeout` (default 30 s): no byte for that long ends the download.
- `max_bytes` (default 2 GiB, None for no cap): no file larger is saved. A file that
  announces a larger size is refused before its body is read; one that announces nothing is
  cut off at the cap.

Sizes count decoded bytes (gzip and deflate are decoded by `_bodies.Inflater`, 64 KiB at
a time): a download stops as soon as it passes the size it announced (the output's
`file_size`, or a plain body's Content-Length), so a small file that expands to gigabytes
never reaches the disk. Data URIs (outputs in `sync_mode`) are checked the same way: valid
base64, the announced size, `max_bytes`, and a media type that agrees with the file's
declared type and name. A file whose type contradicts its declared type or its extension
(an HTML page where `.png` was expected) is refused, not renamed: it is most likely an
error page, not the file.

Every message goes through `scrub`, as messages carry the server's URLs and types.

A download is one flow of effects (`_core.effects`), run by the same sync and async
drivers as the queue's requests: the clients run it on their own transport (their
connections, and the key only for their base host); `download_sync` and
`download_async` run it on a bare httpx client. Disk work is `Local`: in a worker
thread under `AsyncClient`, so the event loop never waits on the disk.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

import httpx

from ._async_driver import AsyncTransport, drive_async
from ._constants import (
    DEFAULT_DOWNLOAD_TIMEOUT,
    DEFAULT_MAX_BYTES,
    DEFAULT_STALL_TIMEOUT,
)
from ._core.effects import CloseStream, Flow, Local, NextChunk, OpenStream
from ._download_checks import (
    ACCEPT_ENCODING,
    DEADLINE_SLACK,
    MAX_REDIRECTS,
    WRITE_BATCH,
    Body,
    Limits,
    Saved,
    disk_error,
    files_in,
    fsync_file,
    incomplete,
    make_folder,
    network_error,
    next_hop,
    no_answer,
    place,
    safe_name,
    same_text,
    save_data_uri,
    saved_file,
    target_path,
)
from ._exceptions import DownloadError
from ._sync_driver import SyncTransport, drive_sync

Progress = Callable[[int, int | None], None]
"""Called with (bytes so far, total bytes or None) as a download advances."""


def download(
    files: list[Any], dest: Path, limits: Limits, progress: Progress | None = None
) -> Flow[list[Saved]]:
    """Save `files` into the folder `dest` (created if missing), within `limits`; any
    failure is a DownloadError and leaves no partial file."""
    yield Local(make_folder, (dest, limits))
    saved: list[Saved] = []
    used: set[str] = set()
    for file in files:
        path: Path = yield Local(target_path, (file, dest, used))
        tmp = incomplete(path)
        try:
            path, size = yield from _save(file, path, tmp, limits, progress)
        except GeneratorExit:  # the flow is being closed: it may not yield
            _discard(tmp)
            raise
        except BaseException:
            yield Local(_discard, (tmp,))  # runs to its end, even when cancelled again
            raise
        saved.append(saved_file(file, path, size))
    return saved


def _save(
    file: Any, path: Path, tmp: Path, limits: Limits, progress: Progress | None
) -> Flow[tuple[Path, int]]:
    """One file into `tmp`, then named `path` (or the next free name: nothing is
    overwritten); network and disk errors made DownloadErrors."""
    try:
        limits.check(file, 0)
        if file.url.startswith("data:"):
            size: int = yield Local(save_data_uri, (file, path, tmp, limits))
        else:
            size = yield from _fetch(file, path, tmp, limits, progress)
        placed: Path = yield Local(place, (tmp, path))
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        error = network_error(file, exc, limits)
    except OSError as exc:
        error = disk_error(path, exc, limits)
    else:
        return placed, size
    raise error  # outside the `except`: the httpx error, with its request, is not kept


def _open(file: Any, limits: Limits) -> Flow[httpx.Response]:
    """The file's answer, redirects followed (the deadline holds across them)."""
    url = file.url
    for hops in range(MAX_REDIRECTS + 1):
        request = {
            "method": "GET",
            "url": url,
            "headers": {"accept-encoding": ACCEPT_ENCODING},
            "timeout": limits.http_timeout(),
            "follow_redirects": False,
        }
        try:
            response: httpx.Response = yield OpenStream(request, limits.deadline, 0, raw=True)
        except httpx.TimeoutException:
            raise no_answer(file, limits) from None
        if response.next_request is None:
            return response
        yield CloseStream()
        url = next_hop(response, file, limits, hops)
    raise AssertionError("unreachable: next_hop stops the loop")


def _fetch(
    file: Any, path: Path, tmp: Path, limits: Limits, progress: Progress | None
) -> Flow[int]:
    response = yield from _open(file, limits)
    body = Body(file, response, path, limits)
    if response.is_stream_consumed:
        body.read_already()  # an in-memory transport decoded it already
    del response
    out: IO[bytes] = yield Local(tmp.open, ("xb",))
    try:
        size = yield from _write(out, body, file, limits, progress)
    except GeneratorExit:
        out.close()
        raise
    except BaseException:
        yield Local(out.close)
        raise
    yield Local(out.close)
    yield CloseStream()
    return size


def _write(
    out: IO[bytes], body: Body, file: Any, limits: Limits, progress: Progress | None
) -> Flow[int]:
    """The body into `out`, a MiB at a time (one thread hop per MiB under AsyncClient);
    no wait on the server longer than the stall limit or the time left."""
    pending = bytearray()
    try:
        while raw := (yield NextChunk(_chunk_deadline(limits))):
            for piece in body.feed(raw):
                pending += piece
                if progress is not None:
                    progress(body.size, body.total)
                if len(pending) >= WRITE_BATCH:
                    batch, pending = pending, bytearray()
                    yield Local(out.write, (batch,))
        for piece in body.end():
            pending += piece
    except httpx.TimeoutException:
        raise body.timed_out() from None
    except httpx.TransportError:
        if limits.expired(DEADLINE_SLACK):
            raise limits.too_late(file, body.size) from None
        raise
    yield Local(_write_and_sync, (out, pending))
    return body.size


def _chunk_deadline(limits: Limits) -> float:
    return limits.clock() + limits.wait_bound()


def _write_and_sync(out: IO[bytes], data: bytes | bytearray) -> None:
    out.write(data)
    fsync_file(out)


def _discard(tmp: Path) -> None:
    try:
        tmp.unlink(missing_ok=True)
    except OSError:
        pass  # the folder vanished or turned read-only: nothing left to clean


# ------------------------------------------------------------- on a bare httpx client


def download_sync(
    http: httpx.Client,
    files: list[Any],
    dest: Path,
    *,
    progress: Progress | None = None,
    timeout: float | None = DEFAULT_DOWNLOAD_TIMEOUT,
    stall_timeout: float = DEFAULT_STALL_TIMEOUT,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    scrub: Callable[[str], str] = same_text,
    clock: Callable[[], float] = time.monotonic,
) -> list[Saved]:
    """`download` on the sync driver over `http`, with no key sent anywhere. `clock` is
    a monotonic clock in seconds (tests inject one)."""
    limits = Limits.start(timeout, stall_timeout, max_bytes, scrub, clock)
    return drive_sync(
        SyncTransport.bare(http, scrub, clock), download(files, dest, limits, progress)
    )


async def download_async(
    http: httpx.AsyncClient,
    files: list[Any],
    dest: Path,
    *,
    progress: Progress | None = None,
    timeout: float | None = DEFAULT_DOWNLOAD_TIMEOUT,
    stall_timeout: float = DEFAULT_STALL_TIMEOUT,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    scrub: Callable[[str], str] = same_text,
    clock: Callable[[], float] = time.monotonic,
) -> list[Saved]:
    """`download_sync` for async code, on the async driver."""
    limits = Limits.start(timeout, stall_timeout, max_bytes, scrub, clock)
    transport = AsyncTransport.bare(http, scrub, clock)
    return await drive_async(transport, download(files, dest, limits, progress))


__all__ = [
    "DEFAULT_DOWNLOAD_TIMEOUT",
    "DEFAULT_MAX_BYTES",
    "DEFAULT_STALL_TIMEOUT",
    "DownloadError",
    "Limits",
    "Progress",
    "Saved",
    "download",
    "download_async",
    "download_sync",
    "files_in",
    "safe_name",
]
