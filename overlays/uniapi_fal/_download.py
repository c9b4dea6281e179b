"""Result files out: the File/Image objects of an output, saved to disk safely.

Each download streams into `.<name>.<random>.incomplete` beside its destination, checks
the size and type the server announced, fsyncs, then renames into place: a reader never
sees half a file, and a failed or interrupted download leaves no file at all. File names
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
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import IO, Any

import httpx

from ._constants import DEFAULT_DOWNLOAD_TIMEOUT, DEFAULT_MAX_BYTES, DEFAULT_STALL_TIMEOUT
from ._deadlines import SocketDeadline
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
    safe_name,
    same_text,
    save_data_uri,
    saved_file,
    target_path,
)
from ._exceptions import DownloadError

Progress = Callable[[int, int | None], None]
"""Called with (bytes so far, total bytes or None) as a download advances."""


# ------------------------------------------------------------------------------ sync


def _open_sync(http: httpx.Client, file: Any, limits: Limits) -> httpx.Response:
    request = http.build_request(
        "GET",
        file.url,
        headers={"accept-encoding": ACCEPT_ENCODING},
        timeout=limits.http_timeout(),
    )
    for hops in range(MAX_REDIRECTS + 1):
        try:
            response = http.send(request, stream=True, follow_redirects=False)
        except httpx.TimeoutException:
            raise no_answer(file, limits) from None
        if response.next_request is None:
            return response
        response.close()
        request = next_hop(response, file, limits, hops)
    raise AssertionError("unreachable: next_hop stops the loop")


def _fetch_sync(
    http: httpx.Client,
    file: Any,
    path: Path,
    tmp: Path,
    limits: Limits,
    progress: Progress | None,
) -> int:
    response = _open_sync(http, file, limits)
    try:
        body = Body(file, response, path, limits)
        chunks = _sync_chunks(response, body)
        with SocketDeadline(response, limits.remaining()) as dog, tmp.open("xb") as out:
            try:
                for raw in chunks:
                    for piece in body.feed(raw):
                        out.write(piece)
                        if progress is not None:
                            progress(body.size, body.total)
                if dog.fired:  # a shut socket can look like the end of a body
                    raise limits.too_late(file, body.size)
                for piece in body.end():
                    out.write(piece)
            except httpx.TimeoutException:
                raise body.timed_out() from None
            except httpx.TransportError:
                if dog.fired or limits.expired(DEADLINE_SLACK):
                    raise limits.too_late(file, body.size) from None
                raise
            fsync_file(out)
    finally:
        response.close()
    return body.size


def _sync_chunks(response: httpx.Response, body: Body) -> Iterator[bytes]:
    if response.is_stream_consumed:
        body.read_already()
        return iter((response.content,))
    return response.iter_raw()


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
    """Save `files` into the folder `dest` (created if missing), within the limits the
    module docstring describes; any failure is a DownloadError and leaves no partial file.
    `clock` is a monotonic clock in seconds (tests inject one)."""
    limits = Limits.start(timeout, stall_timeout, max_bytes, scrub, clock)
    make_folder(dest, limits)
    saved: list[Saved] = []
    used: set[str] = set()
    for file in files:
        path = target_path(file, dest, used)
        tmp = incomplete(path)
        try:
            limits.check(file, 0)
            if file.url.startswith("data:"):
                size = save_data_uri(file, path, tmp, limits)
            else:
                size = _fetch_sync(http, file, path, tmp, limits, progress)
            os.replace(tmp, path)
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise network_error(file, exc, limits) from None
        except OSError as exc:
            raise disk_error(path, exc, limits) from None
        finally:
            _discard(tmp)
        saved.append(saved_file(file, path, size))
    return saved


def _discard(tmp: Path) -> None:
    try:
        tmp.unlink(missing_ok=True)
    except OSError:
        pass  # the folder vanished or turned read-only: nothing left to clean


# ----------------------------------------------------------------------------- async


async def _open_async(http: httpx.AsyncClient, file: Any, limits: Limits) -> httpx.Response:
    request = http.build_request(
        "GET",
        file.url,
        headers={"accept-encoding": ACCEPT_ENCODING},
        timeout=limits.http_timeout(),
    )
    for hops in range(MAX_REDIRECTS + 1):
        try:
            async with asyncio.timeout(limits.remaining()):  # connect + send + headers in all
                response = await http.send(request, stream=True, follow_redirects=False)
        except (TimeoutError, httpx.TimeoutException):
            raise no_answer(file, limits) from None
        if response.next_request is None:
            return response
        await response.aclose()
        request = next_hop(response, file, limits, hops)
    raise AssertionError("unreachable: next_hop stops the loop")


def _async_chunks(response: httpx.Response, body: Body) -> AsyncIterator[bytes]:
    if response.is_stream_consumed:
        body.read_already()
        return _one(response.content)
    return response.aiter_raw()


async def _one(data: bytes) -> AsyncIterator[bytes]:
    yield data


async def _next_chunk(chunks: AsyncIterator[bytes], limits: Limits) -> bytes | None:
    """The next chunk as sent, None at the end; waits no longer than the stall limit or the
    time left, whichever is less."""
    try:
        async with asyncio.timeout(limits.wait_bound()):
            return await anext(chunks)
    except StopAsyncIteration:
        return None


async def _fetch_async(
    http: httpx.AsyncClient,
    file: Any,
    path: Path,
    tmp: Path,
    limits: Limits,
    progress: Progress | None,
) -> int:
    response = await _open_async(http, file, limits)
    try:
        body = Body(file, response, path, limits)
        out = await asyncio.to_thread(tmp.open, "xb")
        chunks = _async_chunks(response, body)
        try:
            pending = bytearray()
            try:
                while (raw := await _next_chunk(chunks, limits)) is not None:
                    for piece in body.feed(raw):
                        pending += piece
                        if progress is not None:
                            progress(body.size, body.total)
                        if len(pending) >= WRITE_BATCH:  # one thread hop per MiB, not per read
                            batch, pending = pending, bytearray()
                            await asyncio.to_thread(out.write, batch)
                for piece in body.end():
                    pending += piece
            except (TimeoutError, httpx.TimeoutException):
                raise body.timed_out() from None
            except httpx.TransportError:
                if limits.expired(DEADLINE_SLACK):
                    raise limits.too_late(file, body.size) from None
                raise
            await asyncio.to_thread(_write_and_sync, out, pending)
        finally:
            closer = getattr(chunks, "aclose", None)
            if closer is not None:
                await closer()
            await asyncio.to_thread(out.close)
    finally:
        await response.aclose()
    return body.size


def _write_and_sync(out: IO[bytes], data: bytes | bytearray) -> None:
    out.write(data)
    fsync_file(out)


def _save_and_place(file: Any, path: Path, tmp: Path, limits: Limits) -> int:
    size = save_data_uri(file, path, tmp, limits)
    os.replace(tmp, path)
    return size


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
    """`download_sync` for async code. The event loop never waits on the disk: opening,
    writes (gathered a MiB at a time), fsync, rename and clean-up run in threads."""
    limits = Limits.start(timeout, stall_timeout, max_bytes, scrub, clock)
    await asyncio.to_thread(make_folder, dest, limits)
    saved: list[Saved] = []
    used: set[str] = set()
    for file in files:
        path = target_path(file, dest, used)
        tmp = incomplete(path)
        try:
            limits.check(file, 0)
            if file.url.startswith("data:"):
                size = await asyncio.to_thread(_save_and_place, file, path, tmp, limits)
            else:
                size = await _fetch_async(http, file, path, tmp, limits, progress)
                await asyncio.to_thread(os.replace, tmp, path)
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise network_error(file, exc, limits) from None
        except OSError as exc:
            raise disk_error(path, exc, limits) from None
        finally:
            await asyncio.to_thread(_discard, tmp)  # runs to the end even if cancelled again
        saved.append(saved_file(file, path, size))
    return saved


__all__ = [
    "DEFAULT_DOWNLOAD_TIMEOUT",
    "DEFAULT_MAX_BYTES",
    "DEFAULT_STALL_TIMEOUT",
    "DownloadError",
    "Progress",
    "Saved",
    "download_async",
    "download_sync",
    "files_in",
    "safe_name",
]
