"""Result files out: the File/Image objects of an output, saved to disk safely.

Each download streams into `<name>.<random>.incomplete` beside its destination, checks
the size and type the server announced, fsyncs, then renames into place: a reader never
sees half a file, and an interrupted download leaves no file under the final name. File
names come from the server, so only their last component is kept, cleaned of anything
that could climb out of the destination folder. The API key is never sent: files live on
fal's CDN, not on the configured base URL.
"""

from __future__ import annotations

import base64
import mimetypes
import os
import re
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

import attrs
import httpx

from ._exceptions import DownloadError

Progress = Callable[[int, int | None], None]
"""Called with (bytes so far, total bytes or None) as a download advances."""


@attrs.frozen
class Saved:
    """A saved file."""

    path: Path
    url: str
    size: int
    content_type: str | None


def files_in(output: object) -> list[Any]:
    """Every File/Image object in an output (anything with a string `url` and a
    `content_type` field), in field order, nested lists and objects included."""
    found: list[Any] = []

    def walk(value: Any) -> None:
        if isinstance(value, list):
            for item in value:
                walk(item)
            return
        if not attrs.has(type(value)):
            return
        names = [f.name for f in attrs.fields(type(value))]
        if {"url", "content_type"} <= set(names) and isinstance(value.url, str):
            found.append(value)
            return
        for name in names:
            walk(getattr(value, name))

    walk(output)
    return found


_UNSAFE = re.compile(r"[^A-Za-z0-9._ -]+")


def safe_name(
    server_name: object, url: str, *, content_type: object = None, fallback: str = "output"
) -> str:
    """A file name that stays inside the destination folder, whatever the server sent.

    A data URI's "path" is its payload, never a name: such a file is `output` plus the
    extension of its media type (`output.png`).
    """
    from_url = "" if url.startswith("data:") else unquote(urlsplit(url).path)
    candidates = [server_name if isinstance(server_name, str) else "", from_url]
    for raw in candidates:
        last = PurePosixPath(raw.replace("\\", "/")).name
        clean = _UNSAFE.sub("_", last).strip(" .")
        if clean and clean not in (".", ".."):
            return clean[:200]
    media = content_type if isinstance(content_type, str) else url[5:].split(";", 1)[0]
    extension = mimetypes.guess_extension(media.split(";", 1)[0].strip()) if media else None
    return fallback + (extension or "")


def _target(file: Any, dest: Path, used: set[str]) -> Path:
    name = safe_name(
        getattr(file, "file_name", None), file.url, content_type=getattr(file, "content_type", None)
    )
    stem, dot, suffix = name.partition(".")
    candidate, n = name, 1
    while candidate in used:  # two outputs named alike: keep both
        n += 1
        candidate = f"{stem}-{n}{dot}{suffix}"
    used.add(candidate)
    return dest / candidate


def _expected_size(file: Any) -> int | None:
    size = getattr(file, "file_size", None)
    return size if isinstance(size, int) and size >= 0 else None


def _check_type(file: Any, response: httpx.Response, path: Path) -> None:
    expected = getattr(file, "content_type", None)
    got = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if isinstance(expected, str) and expected and got and got != "application/octet-stream":
        if got.split("/")[0] != expected.lower().split("/")[0]:
            raise DownloadError(
                f"{file.url}: the server sent {got!r} where the output says {expected!r}; "
                f"not saved as {path.name}"
            )


class _Sink:
    """The `.incomplete` file a download streams into; synced to disk on a clean exit."""

    def __init__(self, tmp: Path, total: int | None, progress: Progress | None) -> None:
        self._file = tmp.open("wb")
        self._total = total
        self._progress = progress
        self.size = 0

    def write(self, chunk: bytes) -> None:
        self._file.write(chunk)
        self.size += len(chunk)
        if self._progress is not None:
            self._progress(self.size, self._total)

    def __enter__(self) -> _Sink:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *_: object) -> None:
        if exc_type is None:
            self._file.flush()
            os.fsync(self._file.fileno())
        self._file.close()


def _finish(file: Any, tmp: Path, path: Path, size: int, announced: int | None) -> Saved:
    expected = _expected_size(file)
    for label, want in (("Content-Length", announced), ("file_size", expected)):
        if want is not None and want != size:
            raise DownloadError(
                f"{file.url}: got {size:,} bytes, the {label} says {want:,}; the download was "
                "cut short or the file changed. Try again."
            )
    os.replace(tmp, path)
    content_type = getattr(file, "content_type", None)
    return Saved(path, file.url, size, content_type if isinstance(content_type, str) else None)


@contextmanager
def _saving(file: Any, dest: Path, used: set[str]) -> Iterator[tuple[Path, Path]]:
    """The final path and the `.incomplete` file of one download; whatever happens, no
    `.incomplete` file is left, and a network failure becomes a DownloadError."""
    path = _target(file, dest, used)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.incomplete")
    try:
        yield path, tmp
    except (httpx.RequestError, httpx.InvalidURL) as exc:
        raise DownloadError(f"{file.url}: {type(exc).__name__}: {exc}; not saved") from None
    finally:
        tmp.unlink(missing_ok=True)


def _sink(
    file: Any, response: httpx.Response, path: Path, tmp: Path, progress: Progress | None
) -> tuple[_Sink, int | None]:
    """Check the answer's status and type, then open the file its body streams into."""
    if response.status_code >= 400:
        raise DownloadError(f"{file.url}: HTTP {response.status_code}; not saved")
    _check_type(file, response, path)
    announced = _content_length(response)
    return _Sink(tmp, announced or _expected_size(file), progress), announced


def download_sync(
    http: httpx.Client,
    files: list[Any],
    dest: Path,
    *,
    progress: Progress | None = None,
    timeout: httpx.Timeout | float = 300.0,
) -> list[Saved]:
    """Save `files` into the folder `dest` (created if missing)."""
    dest.mkdir(parents=True, exist_ok=True)
    saved, used = [], set[str]()
    for file in files:
        with _saving(file, dest, used) as (path, tmp):
            if file.url.startswith("data:"):
                saved.append(_save_data_uri(file, tmp, path))
                continue
            with http.stream("GET", file.url, timeout=timeout, follow_redirects=True) as response:
                sink, announced = _sink(file, response, path, tmp, progress)
                with sink:
                    for chunk in response.iter_bytes():
                        sink.write(chunk)
            saved.append(_finish(file, tmp, path, sink.size, announced))
    return saved


async def download_async(
    http: httpx.AsyncClient,
    files: list[Any],
    dest: Path,
    *,
    progress: Progress | None = None,
    timeout: httpx.Timeout | float = 300.0,
) -> list[Saved]:
    """`download_sync` for async code (the disk writes are small and stay inline)."""
    dest.mkdir(parents=True, exist_ok=True)
    saved, used = [], set[str]()
    for file in files:
        with _saving(file, dest, used) as (path, tmp):
            if file.url.startswith("data:"):
                saved.append(_save_data_uri(file, tmp, path))
                continue
            async with http.stream(
                "GET", file.url, timeout=timeout, follow_redirects=True
            ) as response:
                sink, announced = _sink(file, response, path, tmp, progress)
                with sink:
                    async for chunk in response.aiter_bytes():
                        sink.write(chunk)
            saved.append(_finish(file, tmp, path, sink.size, announced))
    return saved


def _content_length(response: httpx.Response) -> int | None:
    if "content-encoding" in response.headers:  # the length is of the compressed bytes
        return None
    try:
        return int(response.headers["content-length"])
    except (KeyError, ValueError):
        return None


def _save_data_uri(file: Any, tmp: Path, path: Path) -> Saved:
    """Outputs with `sync_mode` carry the bytes inline as a data URI."""
    header, _, data = file.url.partition(",")
    raw = base64.b64decode(data) if header.endswith(";base64") else unquote(data).encode()
    with _Sink(tmp, len(raw), None) as sink:
        sink.write(raw)
    return _finish(file, tmp, path, sink.size, None)


__all__ = ["DownloadError", "Progress", "Saved", "download_async", "download_sync", "files_in"]
