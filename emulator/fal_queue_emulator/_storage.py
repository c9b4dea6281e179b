"""fal's storage: a CDN token from the REST host, uploads to the CDN, files served back.

fal's Python client asks the REST host for a short-lived CDN token (with the API key),
then sends the file to the CDN under that token alone: whole, or (above 100 MiB) in
parts: a start, one PUT per part, then `complete`. Here both hosts live on the
emulator's own origin, at `REST_PATH` and `CDN_PATH`, so uploads work offline and a test
can read back every byte it sent.

Bodies go to disk as they arrive, never whole in memory, in a temporary folder owned by
the emulator's `Storage` (see `storage_of`), made on first use and removed by
`close_storage` (or when the storage is collected, or at exit). A client's file name
appears only in URLs, never in a path on disk. The token route passes the app's gate
like every keyed route; the CDN routes pass it without the key check (they want the
CDN token, never the key); downloads bypass it, like the result files of `_files`.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import secrets
import shutil
import tempfile
import threading
import time
import weakref
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import quote, unquote

from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Route

from ._jobs import Clock
from ._state import Emulator

Handler = Callable[[Request], Awaitable[Response]]

REST_PATH = "/_rest"
"""fal's REST host (`https://rest.fal.ai`), which hands out CDN tokens."""
CDN_PATH = "/_cdn"
"""fal's CDN (`https://v3.fal.media`), which takes uploads and serves them."""
STORAGE_TYPE = "fal-cdn-v3"
"""The only `storage_type` a token is asked for."""
TOKEN_SECONDS = 3600.0
"""How long a CDN token is taken; `Storage.token_seconds` sets it per emulator."""
MAX_UPLOAD_BYTES = 1 << 30
"""The largest file (or part) taken, so a runaway client cannot fill the disk; a larger
body is refused with 413. `Storage.max_bytes` per emulator."""
MAX_PARTS = 10_000
"""Part numbers run from 1 to this, as S3's do."""
DEFAULT_CONTENT_TYPE = "application/octet-stream"

_MAX_NAME = 200
"""Longer names are cut: a URL segment this long is already absurd."""


@dataclass(frozen=True)
class StoredFile:
    """A finished upload: what its URL serves."""

    file_id: str
    name: str
    """The name in its URL (decoded, made safe)."""
    content_type: str
    path: Path
    """Where the bytes are: named by `file_id` only, inside the storage folder."""
    size: int


@dataclass(frozen=True)
class StorageStats:
    """A snapshot of what the storage received."""

    tokens_issued: int
    files_stored: int
    """Whole uploads and completed multipart ones."""
    bytes_stored: int
    """The sizes of those files."""
    parts_received: int
    """Parts written (a part sent again counts again)."""
    bytes_received: int
    """Every body byte written to disk: whole uploads and parts, resent ones too."""


class Refusal(Exception):
    """An upload request refused: its status and fal-style `detail`."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail

    def response(self) -> Response:
        return JSONResponse({"detail": self.detail}, status_code=self.status)


@dataclass(frozen=True)
class StoredPart:
    """A part of a multipart upload, as received."""

    path: Path
    etag: str
    size: int


@dataclass
class PendingUpload:
    """A multipart upload started and not yet completed: its parts so far, by number."""

    upload_id: str
    file_id: str
    name: str
    content_type: str
    parts: dict[int, StoredPart] = field(default_factory=dict)


class Storage:
    """The files, tokens and pending multipart uploads of one emulator.

    Handlers run on the server's loop while tests read from their own thread: the
    bookkeeping is under a lock; the bytes are on disk.
    """

    def __init__(self, clock: Clock = time.monotonic) -> None:
        self.clock = clock
        """Token expiry is checked on it: a test with a fake clock expires tokens at will."""
        self.token_seconds = TOKEN_SECONDS
        self.max_bytes = MAX_UPLOAD_BYTES
        self._lock = threading.Lock()
        self._tokens: dict[str, float] = {}
        self._files: dict[str, StoredFile] = {}
        self._uploads: dict[str, PendingUpload] = {}
        self._completed: dict[str, str] = {}
        """Upload id -> file id: a repeated `complete` (a retry) answers as the first did."""
        self._root: Path | None = None
        self._remove: Callable[[], Any] | None = None
        self._tokens_issued = 0
        self._files_stored = 0
        self._bytes_stored = 0
        self._parts_received = 0
        self._bytes_received = 0

    # ------------------------------------------------------------------ disk

    @property
    def root(self) -> Path:
        """The storage folder, made on first use (again after `close`)."""
        with self._lock:
            if self._root is None:
                root = Path(tempfile.mkdtemp(prefix="fal-queue-emulator-storage-"))
                for folder in ("incoming", "parts", "files"):
                    (root / folder).mkdir()
                # Not bound to self: the folder goes when the storage does, or at exit.
                self._remove = weakref.finalize(self, shutil.rmtree, root, ignore_errors=True)
                self._root = root
            return self._root

    def close(self) -> None:
        """Remove the folder and forget its files; tokens and counters stay. Idempotent."""
        with self._lock:
            remove, self._remove, self._root = self._remove, None, None
            self._files.clear()
            self._uploads.clear()
            self._completed.clear()
        if remove is not None:
            remove()

    def incoming_path(self) -> Path:
        """A fresh path for a body being written (moved into place once whole)."""
        return self.root / "incoming" / secrets.token_hex(8)

    # ---------------------------------------------------------------- tokens

    def issue_token(self) -> tuple[str, float]:
        """A new CDN token and its lifetime in seconds."""
        token = secrets.token_urlsafe(32)
        seconds = self.token_seconds
        now = self.clock()
        with self._lock:
            self._tokens = {t: end for t, end in self._tokens.items() if end > now}
            self._tokens[token] = now + seconds
            self._tokens_issued += 1
        return token, seconds

    def token_valid(self, token: str) -> bool:
        with self._lock:
            end = self._tokens.get(token)
        return end is not None and self.clock() < end

    # ----------------------------------------------------------------- files

    def file(self, file_id: str) -> StoredFile | None:
        with self._lock:
            return self._files.get(file_id)

    def files(self) -> list[StoredFile]:
        """Every finished upload, oldest first."""
        with self._lock:
            return list(self._files.values())

    def keep_file(self, incoming: Path, file_id: str, name: str, content_type: str) -> StoredFile:
        """Make a fully written `incoming` file the one served under `file_id`."""
        path = self.root / "files" / file_id
        os.replace(incoming, path)
        stored = StoredFile(file_id, name, content_type, path, path.stat().st_size)
        with self._lock:
            self._files[file_id] = stored
            self._files_stored += 1
            self._bytes_stored += stored.size
        return stored

    def received(self, size: int) -> None:
        """Count body bytes written to disk."""
        with self._lock:
            self._bytes_received += size

    def stats(self) -> StorageStats:
        with self._lock:
            return StorageStats(
                tokens_issued=self._tokens_issued,
                files_stored=self._files_stored,
                bytes_stored=self._bytes_stored,
                parts_received=self._parts_received,
                bytes_received=self._bytes_received,
            )

    # ------------------------------------------------------------- multipart

    def start_upload(self, name: str, content_type: str) -> PendingUpload:
        upload = PendingUpload(secrets.token_hex(12), secrets.token_hex(12), name, content_type)
        with self._lock:
            self._uploads[upload.upload_id] = upload
        return upload

    def upload(self, upload_id: str, file_id: str, name: str) -> PendingUpload | None:
        """A pending upload, if the URL it was reached by is the one it was given."""
        with self._lock:
            upload = self._uploads.get(upload_id)
        if upload is None or (upload.file_id, upload.name) != (file_id, name):
            return None
        return upload

    def completed(self, upload_id: str, file_id: str) -> bool:
        with self._lock:
            return self._completed.get(upload_id) == file_id

    def keep_part(self, upload: PendingUpload, number: int, incoming: Path, etag: str) -> bool:
        """Make `incoming` part `number`, replacing any earlier one; False if too late."""
        path = self.root / "parts" / f"{upload.upload_id}.{number}"
        with self._lock:
            if self._uploads.get(upload.upload_id) is not upload:
                return False
            os.replace(incoming, path)  # under the lock: `claim` sees old part or new, whole
            upload.parts[number] = StoredPart(path, etag, path.stat().st_size)
            self._parts_received += 1
            return True

    def claim(self, upload: PendingUpload, listed: list[tuple[int, str]]) -> list[StoredPart]:
        """The parts `complete` lists, in order, taking the upload off the pending ones.

        Raises `Refusal` if they are not the parts sent, or make too large a file.
        """
        with self._lock:
            if self._uploads.get(upload.upload_id) is not upload:
                raise Refusal(404, "No such multipart upload in progress")
            chosen: list[StoredPart] = []
            for number, etag in sorted(listed):
                part = upload.parts.get(number)
                if part is None:
                    raise Refusal(400, f"Part {number} was never uploaded")
                if _bare(part.etag) != _bare(etag):
                    raise Refusal(400, f"Part {number}: the ETag {etag!r} is not the part's")
                chosen.append(part)
            if sum(part.size for part in chosen) > self.max_bytes:
                raise _too_large(self.max_bytes)
            del self._uploads[upload.upload_id]
            return chosen

    def finish(self, upload: PendingUpload) -> None:
        """Forget a claimed upload's parts (listed or not) and remember it is done."""
        for part in upload.parts.values():
            part.path.unlink(missing_ok=True)
        with self._lock:
            self._completed[upload.upload_id] = upload.file_id


def storage_of(emulator: Emulator) -> Storage:
    """The storage of `emulator`, made on first use; its files live as long as it does."""
    return emulator.service(Storage, lambda: Storage(emulator.config.clock))


def close_storage(emulator: Emulator) -> None:
    """Remove `emulator`'s stored files, if it has any (when the server has stopped)."""
    storage_of(emulator).close()


class GatedApi(Protocol):
    """What the routes need of the app's handlers (`_app._Api`): its emulator and gate."""

    @property
    def emulator(self) -> Emulator: ...

    def gate(self, kind: str, handler: Handler, *, auth: bool = ...) -> Handler: ...


def storage_routes(api: GatedApi) -> list[Route]:
    """The token route (keyed) and the CDN's routes, to mount before any catch-all."""
    cdn = _Cdn(storage_of(api.emulator))
    files = f"{CDN_PATH}/files"
    multipart = f"{files}/{{file_id}}/{{name}}/multipart/{{upload_id}}"

    def gated(handler: Handler, *, auth: bool = False) -> Handler:
        return api.gate("other", _answering(handler), auth=auth)

    return [
        Route(f"{REST_PATH}/storage/auth/token", gated(cdn.token, auth=True), methods=["POST"]),
        Route(f"{files}/upload", gated(cdn.upload), methods=["POST"]),
        Route(f"{files}/upload/multipart", gated(cdn.initiate), methods=["POST"]),
        Route(f"{multipart}/complete", gated(cdn.complete), methods=["POST"]),
        Route(f"{multipart}/{{number:int}}", gated(cdn.part), methods=["PUT"]),
        Route(f"{files}/{{file_id}}/{{name}}", _answering(cdn.download), methods=["GET"]),
    ]


def _answering(handler: Handler) -> Handler:
    """`handler`, its `Refusal`s answered as fal answers errors."""

    async def endpoint(request: Request) -> Response:
        try:
            return await handler(request)
        except Refusal as refusal:
            return refusal.response()

    return endpoint


class _Cdn:
    """The handlers, sharing one storage; they raise `Refusal` to say no."""

    def __init__(self, storage: Storage) -> None:
        self.storage = storage

    async def token(self, request: Request) -> Response:
        storage_type = request.query_params.get("storage_type", STORAGE_TYPE)
        if storage_type != STORAGE_TYPE:
            raise Refusal(400, f"This emulator has no storage of type {storage_type!r}")
        token, seconds = self.storage.issue_token()
        expires = datetime.now(UTC) + timedelta(seconds=seconds)
        return JSONResponse(
            {
                "token": token,
                "token_type": "Bearer",
                "base_url": f"{_called(request)}{CDN_PATH}",
                # an offset, not `Z`: Python before 3.11 cannot read a `Z`
                "expires_at": expires.isoformat(timespec="seconds"),
            }
        )

    def _check_token(self, request: Request) -> None:
        """Refuse (401) a request without a live CDN token: the API key is no such token."""
        scheme, _, token = request.headers.get("authorization", "").strip().partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise Refusal(401, "A CDN token is needed: Authorization: Bearer <token>")
        if not self.storage.token_valid(token.strip()):
            raise Refusal(401, "The CDN token is unknown or expired")

    async def _receive(self, request: Request) -> tuple[Path, str]:
        """The body written to a new file as it arrives, and its MD5 (`Refusal` if too large).

        Chunks go straight to the file, so memory holds one chunk whatever the size.
        Writes to a local file take microseconds: no thread hop per chunk.
        """
        limit = self.storage.max_bytes
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise _too_large(limit)
        path = self.storage.incoming_path()
        digest = hashlib.md5(usedforsecurity=False)
        written = 0
        try:
            with path.open("wb") as out:
                async for chunk in request.stream():
                    if written + len(chunk) > limit:
                        raise _too_large(limit)
                    digest.update(chunk)
                    out.write(chunk)
                    written += len(chunk)
        except BaseException as error:
            path.unlink(missing_ok=True)
            if isinstance(error, ClientDisconnect):
                raise Refusal(400, "The upload ended before its body did") from None
            raise
        finally:
            self.storage.received(written)
        return path, digest.hexdigest()

    async def upload(self, request: Request) -> Response:
        self._check_token(request)
        content_type = _content_type(request)
        name = _file_name(request.headers.get("x-fal-file-name"), content_type)
        path, _ = await self._receive(request)
        stored = self.storage.keep_file(path, secrets.token_hex(12), name, content_type)
        return JSONResponse({"access_url": _file_url(request, stored.file_id, stored.name)})

    async def initiate(self, request: Request) -> Response:
        self._check_token(request)
        content_type = _content_type(request)
        name = _file_name(request.headers.get("x-fal-file-name"), content_type)
        upload = self.storage.start_upload(name, content_type)
        url = _file_url(request, upload.file_id, name)
        return JSONResponse({"access_url": url, "uploadId": upload.upload_id})

    def _pending(self, request: Request) -> PendingUpload:
        params = request.path_params
        upload = self.storage.upload(params["upload_id"], params["file_id"], params["name"])
        if upload is None:
            raise Refusal(404, "No such multipart upload in progress")
        return upload

    async def part(self, request: Request) -> Response:
        """One part, kept under its number (replacing one sent before); its ETag."""
        self._check_token(request)
        upload = self._pending(request)
        number: int = request.path_params["number"]
        if not 1 <= number <= MAX_PARTS:
            raise Refusal(400, f"Part numbers run from 1 to {MAX_PARTS}")
        path, md5 = await self._receive(request)
        etag = f'"{md5}"'
        if not self.storage.keep_part(upload, number, path, etag):
            path.unlink(missing_ok=True)
            raise Refusal(404, "No such multipart upload in progress")
        # The ETag twice: fal's Python client reads the header, its JS client the body.
        return JSONResponse({"partNumber": number, "etag": etag}, headers={"ETag": etag})

    async def complete(self, request: Request) -> Response:
        """The listed parts, in number order, made the file at the upload's URL."""
        self._check_token(request)
        params = request.path_params
        url = _file_url(request, params["file_id"], params["name"])
        if self.storage.completed(params["upload_id"], params["file_id"]):
            return JSONResponse({"access_url": url})  # a retry of a `complete` that worked
        upload = self._pending(request)
        try:
            body = await request.json()
        except ValueError:
            raise Refusal(400, "The body is not JSON") from None
        claimed = self.storage.claim(upload, _listed_parts(body))
        path = self.storage.incoming_path()
        try:
            await run_in_threadpool(_concatenate, [part.path for part in claimed], path)
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        self.storage.keep_file(path, upload.file_id, upload.name, upload.content_type)
        self.storage.finish(upload)
        return JSONResponse({"access_url": url})

    async def download(self, request: Request) -> Response:
        """A stored file, streamed from disk; public, as a CDN's files are."""
        stored = self.storage.file(request.path_params["file_id"])
        if stored is None or stored.name != request.path_params["name"]:
            raise Refusal(404, "File not found")
        return FileResponse(stored.path, media_type=stored.content_type)


def _listed_parts(body: Any) -> list[tuple[int, str]]:
    """`complete`'s `{"parts": [{"partNumber": n, "etag": ...}]}`: numbered 1..N, any order."""
    parts = body.get("parts") if isinstance(body, dict) else None
    if not isinstance(parts, list) or not parts:
        raise Refusal(400, 'The body must be {"parts": [{"partNumber": n, "etag": "..."}, ...]}')
    listed: list[tuple[int, str]] = []
    for item in parts:
        number = item.get("partNumber") if isinstance(item, dict) else None
        etag = item.get("etag") if isinstance(item, dict) else None
        if type(number) is not int or not isinstance(etag, str):
            raise Refusal(400, f"Each part needs an integer partNumber and a string etag: {item}")
        listed.append((number, etag))
    numbers = sorted(number for number, _ in listed)
    if numbers != list(range(1, len(numbers) + 1)):
        raise Refusal(400, f"The parts must be numbered 1 to {len(numbers)}, once each: {numbers}")
    return listed


def _concatenate(sources: list[Path], target: Path) -> None:
    """The parts, in order, into one file (run in a thread: gigabytes may take seconds)."""
    with target.open("wb") as out:
        for source in sources:
            with source.open("rb") as part:
                shutil.copyfileobj(part, out, 1 << 20)


def _file_name(header: str | None, content_type: str) -> str:
    """The name a file is served under: one harmless URL segment, whatever was sent.

    The header may be percent-encoded, or raw UTF-8 (which Starlette reads as
    latin-1). Only the last segment of a path is kept, control characters are
    dropped, and a name of nothing but dots (which a URL would resolve away) is
    replaced, as a missing one is, by `upload` with the content type's extension.
    """
    raw = header or ""
    try:
        raw = raw.encode("latin-1").decode("utf-8")
    except UnicodeError:
        pass
    name = unquote(raw).replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable()).strip()[:_MAX_NAME]
    if name.strip("."):
        return name
    media_type = content_type.split(";", 1)[0].strip().lower()
    return "upload" + (mimetypes.guess_extension(media_type) or ".bin")


def _content_type(request: Request) -> str:
    return request.headers.get("content-type", "").strip() or DEFAULT_CONTENT_TYPE


def _file_url(request: Request, file_id: str, name: str) -> str:
    return f"{_called(request)}{CDN_PATH}/files/{file_id}/{quote(name, safe='')}"


def _bare(etag: str) -> str:
    """An ETag without its quotes, so `"abc"` and `abc` compare equal."""
    return etag.strip().strip('"')


def _too_large(limit: int) -> Refusal:
    return Refusal(413, f"The upload is larger than this emulator takes ({limit} bytes)")


def _called(request: Request) -> str:
    """The emulator as this request reached it: `http://host:port` (as `_app`'s, which
    this module cannot import: `_app` imports it)."""
    return f"{request.url.scheme}://{request.url.netloc}"
