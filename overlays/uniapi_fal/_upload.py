"""`client.upload(...)`: what `Client` and `AsyncClient` share; the requests are
`_core.upload`'s flows.

A file is read from disk as it is sent, a piece at a time (`_upload_body`); above
`MULTIPART_ABOVE` it goes in `PART_SIZE` parts, `PARTS_AT_ONCE` at a time, each retried
on its own. The CDN token is kept by the client (and its copies) until a minute before
it expires.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, TypeVar

from . import _fork, _registry
from ._constants import MAX_INLINE_FILE_BYTES
from ._core import upload as storage
from ._core.upload import MULTIPART_ABOVE, PART_SIZE, CdnToken, file_headers
from ._exceptions import AuthenticationError, ConfigurationError, FalError, UploadError
from ._files import (
    NotReadable,
    has_local_files,
    inline_files,
    media_type,
    open_regular,
    too_large,
)
from ._upload_body import Body, OnProgress, OpenFile, Sent

if TYPE_CHECKING:
    from ._core.context import Context
    from ._core.deadline import Deadline
    from ._core.effects import Flow

T = TypeVar("T")


class Client(Protocol):
    """What `put` needs of a `Client` (typed here without importing it)."""

    _uploads: list[Any]

    def _context(self) -> Context: ...
    def _drive(self, flow: Flow[T]) -> T: ...


class AsyncClient(Protocol):
    """What `aput` needs of an `AsyncClient`."""

    _uploads: list[Any]

    def _context(self) -> Context: ...
    async def _drive(self, flow: Flow[T]) -> T: ...


PARTS_AT_ONCE = 4
"""Parts in flight at once: memory stays at a piece (1 MiB) per part, whatever the file."""
UNNAMED = "upload.bin"

Uploadable = bytes | bytearray | memoryview | str | os.PathLike[str]
"""What `upload` takes: the bytes, or a file's path."""


class UploadSource(NamedTuple):
    """What to send, and how to let go of it."""

    body: Body
    headers: dict[str, str]
    close: Callable[[], None]

    def parts(self) -> list[Body]:
        size = self.body.length
        return [
            self.body.part(number, offset, min(PART_SIZE, size - offset))
            for number, offset in enumerate(range(0, size, PART_SIZE), start=1)
        ]

    @property
    def multipart(self) -> bool:
        return self.body.length > MULTIPART_ABOVE


def source(
    data: Uploadable, content_type: str | None, on_progress: OnProgress | None
) -> UploadSource:
    """The body to send from `data`; UploadError when a file cannot be read."""
    if content_type is not None and (
        not isinstance(content_type, str) or not content_type.isascii() or "/" not in content_type
    ):
        raise ConfigurationError(
            f"content_type must be a media type such as image/png, not {content_type!r}"
        )
    if isinstance(data, bytes | bytearray | memoryview):
        raw = bytes(data)
        sent = Sent(len(raw), on_progress)
        headers = file_headers(UNNAMED, content_type or "application/octet-stream", {})
        return UploadSource(Body(data=raw, length=len(raw), sent=sent), headers, lambda: None)
    if isinstance(data, str | os.PathLike):
        path = Path(data)
        try:
            fd, size = open_regular(path)
        except NotReadable as exc:
            raise UploadError(f"cannot upload {path}: {exc}") from None
        headers = file_headers(path.name or UNNAMED, content_type or media_type(path), {})
        file = OpenFile(fd)
        body = Body(file=file, length=size, sent=Sent(size, on_progress))
        return UploadSource(body, headers, file.release)
    raise ConfigurationError(
        f"upload takes bytes or a file's path (str or os.PathLike), not {type(data).__name__}"
    )


class Tokens:
    """The client's CDN token, shared with its copies (thread-safe)."""

    def __init__(self) -> None:
        self._token: CdnToken | None = None
        self._lock = threading.Lock()
        _fork.register(self)

    def _after_fork(self) -> None:
        self._lock = threading.Lock()  # a parent's thread may have held it

    def fresh(self) -> CdnToken | None:
        with self._lock:
            token = self._token
        return token if token is not None and token.fresh() else None

    def keep(self, token: CdnToken) -> None:
        with self._lock:
            self._token = token

    def drop(self, token: CdnToken) -> None:
        """Forget `token` (the CDN refused it), unless a newer one replaced it."""
        with self._lock:
            if self._token is token:
                self._token = None


def tokens_of(client: Client | AsyncClient) -> Tokens:
    """The client's CDN token keeper, made at its first upload (and kept by its copies)."""
    box = client._uploads
    if box[0] is None:
        box[0] = Tokens()
    found: Tokens = box[0]
    return found


def files_to_upload(
    target: object, arguments: Mapping[str, Any] | None
) -> tuple[object, Mapping[str, Any] | None, list[str]]:
    """The input's local files too large to send inline (`_files.too_large`), with the
    input as an Input class (or endpoint id) and a dict, checked with stand-in URLs for
    them: a bad input fails before anything is uploaded. No such file: all as given."""
    from ._core.submit import prepare

    as_given: tuple[object, Mapping[str, Any] | None, list[str]] = (target, arguments, [])
    if not has_local_files(arguments if arguments is not None else target):
        return as_given  # (the usual case: checked without turning a model into JSON)
    if arguments is None:
        if _registry.endpoint_of_input(target) is None:
            return as_given  # not an Input model: `prepare` says so
        try:
            arguments = target.to_dict()  # type: ignore[attr-defined]
        except Exception:  # a value that cannot be sent: `prepare` says which
            return as_given
        target = type(target)
    large = too_large(arguments)
    if not large:
        return as_given
    stand_ins = {name: f"https://upload.invalid/{Path(name).name}" for name in large}
    prepare(target, inline_files(arguments, uploaded=stand_ins)[0])
    return target, arguments, large


def with_urls(arguments: Mapping[str, Any], urls: Mapping[str, str]) -> Mapping[str, Any]:
    """The input with each uploaded file's URL in place of its path (the rest inlined)."""
    body: Mapping[str, Any] = inline_files(arguments, uploaded=urls)[0]
    return body


def upload_failed(path: str, error: FalError) -> UploadError:
    """The error of an input whose large file could not be uploaded."""
    failed = UploadError(
        f"{path} is larger than the {MAX_INLINE_FILE_BYTES // (1024 * 1024)} MiB that can be "
        f"sent inline, and uploading it to fal's storage failed: {error} Upload it where fal "
        "can fetch it and pass its URL instead; nothing was submitted."
    )
    failed.__cause__ = error
    return failed


# ----------------------------------------------------------------- the two clients
def put(
    client: Client,
    data: Uploadable,
    content_type: str | None,
    deadline: Deadline,
    on_progress: OnProgress | None = None,
) -> str:
    """`Client.upload` within `deadline`: the kept CDN token (renewed once if the CDN
    refuses it), else a new one."""
    ctx = client._context()
    src = source(data, content_type, on_progress)
    try:
        kept = tokens_of(client)
        token = kept.fresh()
        if token is not None:
            try:
                return _send(client, ctx, src, token, deadline)
            except AuthenticationError:  # the CDN no longer takes the kept token
                kept.drop(token)
        token = client._drive(storage.cdn_token(ctx, deadline))
        kept.keep(token)
        return _send(client, ctx, src, token, deadline)
    finally:
        src.close()


def _send(
    client: Client, ctx: Context, src: UploadSource, token: CdnToken, deadline: Deadline
) -> str:
    if not src.multipart:
        return client._drive(storage.upload_whole(ctx, token, src.body, src.headers, deadline))
    started = client._drive(storage.initiate(ctx, token, src.headers, deadline))

    def one(part: Body) -> dict[str, Any]:
        return client._drive(storage.put_part(ctx, token, started, part, deadline))

    pool = ThreadPoolExecutor(PARTS_AT_ONCE, thread_name_prefix="uniapi-fal-upload")
    try:
        etags = list(pool.map(one, src.parts()))
    finally:  # a failed part (or Ctrl-C) stops the parts not yet begun
        pool.shutdown(wait=False, cancel_futures=True)
    return client._drive(storage.complete(ctx, token, started, etags, deadline))


def uploaded(
    client: Client, target: object, arguments: Mapping[str, Any] | None, deadline: Deadline
) -> tuple[object, Mapping[str, Any] | None]:
    """The input with its local files too large to inline uploaded and their URLs in
    their place (the input checked first: a bad one uploads nothing)."""
    target, arguments, large = files_to_upload(target, arguments)
    urls = {}
    for path in large:
        try:
            urls[path] = put(client, path, None, deadline)
        except FalError as error:
            raise upload_failed(path, error) from error
    return target, with_urls(arguments, urls) if urls and arguments is not None else arguments


async def aput(
    client: AsyncClient,
    data: Uploadable,
    content_type: str | None,
    deadline: Deadline,
    on_progress: OnProgress | None = None,
) -> str:
    """`put` for `AsyncClient`: the file opened in a worker thread, parts sent together."""
    import asyncio

    ctx = client._context()
    src = await asyncio.to_thread(source, data, content_type, on_progress)
    try:
        kept = tokens_of(client)
        token = kept.fresh()
        if token is not None:
            try:
                return await _asend(client, ctx, src, token, deadline)
            except AuthenticationError:  # the CDN no longer takes the kept token
                kept.drop(token)
        token = await client._drive(storage.cdn_token(ctx, deadline))
        kept.keep(token)
        return await _asend(client, ctx, src, token, deadline)
    finally:
        src.close()


async def _asend(
    client: AsyncClient, ctx: Context, src: UploadSource, token: CdnToken, deadline: Deadline
) -> str:
    import asyncio

    if not src.multipart:
        return await client._drive(
            storage.upload_whole(ctx, token, src.body, src.headers, deadline)
        )
    started = await client._drive(storage.initiate(ctx, token, src.headers, deadline))
    gate = asyncio.Semaphore(PARTS_AT_ONCE)

    async def one(part: Body) -> dict[str, Any]:
        async with gate:
            return await client._drive(storage.put_part(ctx, token, started, part, deadline))

    async with asyncio.TaskGroup() as group:  # a failed part cancels the others
        tasks = [group.create_task(one(part)) for part in src.parts()]
    etags = [task.result() for task in tasks]
    return await client._drive(storage.complete(ctx, token, started, etags, deadline))


async def auploaded(
    client: AsyncClient,
    target: object,
    arguments: Mapping[str, Any] | None,
    deadline: Deadline,
) -> tuple[object, Mapping[str, Any] | None]:
    """`uploaded` for `AsyncClient`."""
    import asyncio

    target, arguments, large = await asyncio.to_thread(files_to_upload, target, arguments)
    urls = {}
    for path in large:
        try:
            urls[path] = await aput(client, path, None, deadline)
        except FalError as error:
            raise upload_failed(path, error) from error
    return target, with_urls(arguments, urls) if urls and arguments is not None else arguments
