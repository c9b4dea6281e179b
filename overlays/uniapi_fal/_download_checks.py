"""A download without I/O: where each file goes, the bounds of the call (deadline, stall,
size, redirects), a body checked as it is read, and data URIs decoded and checked.
`_download` streams files to disk within them, from sync and async code alike."""

from __future__ import annotations

import base64
import binascii
import math
import mimetypes
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath
from typing import IO, Any
from urllib.parse import unquote, unquote_to_bytes, urlsplit

import attrs
import httpx

from ._bodies import DecodeError, Inflater
from ._exceptions import ConfigurationError, DownloadError
from ._files import media_type

MAX_REDIRECTS = 10
WRITE_BATCH = 1024 * 1024  # async: bytes gathered per thread hop to the disk
DEADLINE_SLACK = 0.05  # a wait that ended this near the deadline ended because of it
ACCEPT_ENCODING = "gzip, deflate"  # what this module can decode with bounded memory
_ANY_TYPE = frozenset({"", "application/octet-stream", "binary/octet-stream"})


def same_text(text: str) -> str:
    return text


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


def _numbered(name: str, n: int) -> str:
    """`name` for its n-th copy: `out.jpg`, `out-1.jpg`, `out-2.jpg` ... (as the CLI names
    them)."""
    if n == 1:
        return name
    stem, dot, suffix = name.partition(".")
    return f"{stem}-{n - 1}{dot}{suffix}"


def target_path(file: Any, dest: Path, used: set[str]) -> Path:
    """Where a file goes: its own clean name, numbered when an earlier output of this call
    or a file already in `dest` has it (reads the disk: a `Local` step)."""
    name = safe_name(
        getattr(file, "file_name", None), file.url, content_type=getattr(file, "content_type", None)
    )
    n = 1
    while _numbered(name, n) in used or (dest / _numbered(name, n)).exists():
        n += 1
    used.add(_numbered(name, n))
    return dest / _numbered(name, n)


def place(tmp: Path, path: Path) -> Path:
    """`tmp` given the name `path`, or the next free numbered one if a file took it
    meanwhile: never overwrites. A hard link fails atomically when the name exists; where
    the filesystem has none, a rename after a check."""
    name, n = path.name, 1
    while True:
        candidate = path.with_name(_numbered(name, n))
        try:
            os.link(tmp, candidate)
        except FileExistsError:
            n += 1
            continue
        except OSError:  # no hard links on this filesystem
            if candidate.exists():
                n += 1
                continue
            os.replace(tmp, candidate)
            return candidate
        tmp.unlink()
        return candidate


def _expected_size(file: Any) -> int | None:
    size = getattr(file, "file_size", None)
    return size if isinstance(size, int) and not isinstance(size, bool) and size >= 0 else None


def _printable(text: str, limit: int) -> str:
    text = "".join(c if c.isprintable() else "?" for c in text[: limit + 1])
    return text[:limit] + "..." if len(text) > limit else text


def _describe(url: str) -> str:
    """The file as messages name it: a data URI by its type and length, never its payload; a
    URL without its query string (presigned URLs carry their signature there)."""
    if url.startswith("data:"):
        media = _printable(url[5:].split(",", 1)[0].split(";", 1)[0], 60) or "no type"
        return f"a data URI ({media}, {len(url):,} characters)"
    shown, query, _ = url.partition("?")
    shown = shown.split("#", 1)[0]
    return _printable(shown, 200) + ("?..." if query else "")


def _essence(media: object) -> str:
    """`image/png` of `Image/PNG; charset=x`; "" for anything that is not a media type."""
    if not isinstance(media, str):
        return ""
    essence = media.split(";", 1)[0].strip().lower()
    return essence if "/" in essence else ""


def _type_conflict(file: Any, got: str, path: Path) -> str | None:
    """What `got` (the server's media type) contradicts, if anything: the file's declared
    `content_type`, or the type its name implies. Types are compared by their top level
    (image, video, text...), and octet-stream claims nothing either way."""
    got = _essence(got)
    if got in _ANY_TYPE:
        return None
    claims = (
        ("the output says", _essence(getattr(file, "content_type", None))),
        (f"the name {path.name} implies", _essence(media_type(path))),
    )
    for label, want in claims:
        if want not in _ANY_TYPE and want.split("/")[0] != got.split("/")[0]:
            return f"{label} {want!r}"
    return None


class Limits:
    """The bounds of one download call, read from an injectable monotonic clock.

    A plain slotted class (no attrs): building an attrs class costs ~0.3 ms at import,
    and this one is only ever built by `start` and read."""

    __slots__ = ("clock", "timeout", "deadline", "stall", "max_bytes", "scrub")

    def __init__(
        self,
        clock: Callable[[], float],
        timeout: float | None,
        deadline: float | None,
        stall: float,
        max_bytes: int | None,
        scrub: Callable[[str], str],
    ) -> None:
        self.clock = clock
        self.timeout = timeout
        self.deadline = deadline
        self.stall = stall
        self.max_bytes = max_bytes
        self.scrub = scrub

    def __repr__(self) -> str:
        return (
            f"Limits(timeout={self.timeout!r}, deadline={self.deadline!r}, "
            f"stall={self.stall!r}, max_bytes={self.max_bytes!r})"
        )

    @classmethod
    def start(
        cls,
        timeout: float | None,
        stall_timeout: float,
        max_bytes: int | None,
        scrub: Callable[[str], str],
        clock: Callable[[], float],
    ) -> Limits:
        def seconds(value: object) -> bool:
            return (
                isinstance(value, int | float)
                and not isinstance(value, bool)
                and math.isfinite(value)
                and value > 0
            )

        if timeout is not None and not seconds(timeout):
            raise ConfigurationError(
                f"timeout must be a positive number of seconds or None, not {timeout!r}"
            )
        if not seconds(stall_timeout):
            raise ConfigurationError(
                f"stall_timeout must be a positive number of seconds, not {stall_timeout!r}"
            )
        if max_bytes is not None and (
            not isinstance(max_bytes, int) or isinstance(max_bytes, bool) or max_bytes < 0
        ):
            raise ConfigurationError(
                f"max_bytes must be a number of bytes (0 or more) or None, not {max_bytes!r}"
            )
        deadline = None if timeout is None else clock() + timeout
        return cls(clock, timeout, deadline, stall_timeout, max_bytes, scrub)

    def remaining(self) -> float | None:
        return None if self.deadline is None else self.deadline - self.clock()

    def expired(self, slack: float = 0.0) -> bool:
        left = self.remaining()
        return left is not None and left <= slack

    def wait_bound(self) -> float:
        """How long one network wait may last: the stall limit, or the time left if less."""
        left = self.remaining()
        bound = self.stall if left is None else min(self.stall, left)
        return max(bound, 0.001)  # a zero timeout would make the socket non-blocking

    def http_timeout(self) -> httpx.Timeout:
        return httpx.Timeout(self.wait_bound())

    def error(self, file: Any, text: str) -> DownloadError:
        return DownloadError(self.scrub(f"{_describe(file.url)}: {text}"))

    def too_late(self, file: Any, done: int) -> DownloadError:
        return self.error(
            file,
            f"the download's {self.timeout:g} s timeout passed after {done:,} bytes; not saved. "
            "Pass a larger timeout= (or None) for big files or slow links.",
        )

    def check(self, file: Any, done: int) -> None:
        if self.expired():
            raise self.too_late(file, done)


class Body:
    """One response body, decoded and counted (no I/O): refuses a bad status or type up
    front, and stops as soon as the bytes pass what the server or the output announced."""

    def __init__(self, file: Any, response: httpx.Response, path: Path, limits: Limits) -> None:
        self._file = file
        self._limits = limits
        self.size = 0  # decoded bytes
        self._raw = 0  # bytes as sent
        code = response.status_code
        if code >= 300 or code < 200:
            advice = (
                "the link may have expired: fetch the result again for fresh URLs"
                if 400 <= code < 500
                else "try again later"
            )
            raise limits.error(file, f"HTTP {code} from the file server; not saved ({advice})")
        got = response.headers.get("content-type", "")
        conflict = _type_conflict(file, got, path)
        if conflict is not None:
            raise limits.error(
                file,
                f"the server sent {_printable(_essence(got), 100)!r} where {conflict}; not "
                f"saved as {path.name}. The URL may point at an error page: fetch the result "
                "again.",
            )
        encoding = response.headers.get("content-encoding", "").strip().lower()
        try:
            self._inflater = Inflater(encoding)
        except DecodeError:
            raise limits.error(
                file,
                f"the server sent it with Content-Encoding {_printable(encoding, 60)!r}, which "
                f"was not asked for (only {ACCEPT_ENCODING}); not saved",
            ) from None
        compressed = self._inflater.kind is not None
        length = _content_length(response)
        declared = _expected_size(file)
        plain_length = None if compressed else length
        if declared is not None and plain_length is not None and declared != plain_length:
            raise limits.error(
                file,
                f"the server announced {plain_length:,} bytes (Content-Length) where the "
                f"output's file_size says {declared:,}; not saved. The file changed or the "
                "server is broken: fetch the result again.",
            )
        self._raw_limit = length if compressed else None
        self.total = declared if declared is not None else plain_length
        self._source = "the output's file_size" if declared is not None else "its Content-Length"
        cap = limits.max_bytes
        if self.total is not None and cap is not None and self.total > cap:
            raise limits.error(
                file,
                f"it announces {self.total:,} bytes, over the {cap:,}-byte cap; not downloaded. "
                "Pass a larger max_bytes= (or None) to save files this big.",
            )
        self._limit = self.total if self.total is not None else cap

    def read_already(self) -> None:
        """The body came in memory, already decoded by httpx (an in-memory transport, as in
        tests): it is counted as it is, with nothing left to decode."""
        self._inflater = Inflater("")
        self._raw_limit = None

    def _count(self, piece: bytes) -> bytes:
        if self._limit is not None and self.size + len(piece) > self._limit:
            if self.total is not None:
                text = (
                    f"the server sent more than the {self.total:,} bytes {self._source} "
                    "announced; stopped there, not saved. The file changed or the server is "
                    "broken: fetch the result again."
                )
            else:
                text = (
                    f"it passed the {self._limit:,}-byte cap (max_bytes=) and announced no "
                    "size; stopped there, not saved. Pass a larger max_bytes= (or None) if "
                    "you expect a file this big."
                )
            raise self._limits.error(self._file, text)
        self.size += len(piece)
        self._limits.check(self._file, self.size)
        return piece

    def _undecodable(self, exc: DecodeError) -> DownloadError:
        if exc.truncated:
            text = "its compressed data ended early (the download was cut short); not saved."
        else:
            text = f"its {self._inflater.kind}-compressed data is corrupt; not saved."
        return self._limits.error(self._file, text + " Try again.")

    def feed(self, raw: bytes) -> Iterator[bytes]:
        """The decoded pieces of one chunk as sent (`Inflater`: at most 64 KiB each when
        compressed); raises as soon as a limit is passed, so the rest is never decoded."""
        self._raw += len(raw)
        if self._raw_limit is not None and self._raw > self._raw_limit:
            raise self._limits.error(
                self._file,
                f"the server sent more than the {self._raw_limit:,} bytes its Content-Length "
                "announced; stopped there, not saved. Try again.",
            )
        try:
            for piece in self._inflater.feed(raw):
                yield self._count(piece)
        except DecodeError as exc:
            raise self._undecodable(exc) from None
        self._limits.check(self._file, self.size)

    def end(self) -> Iterator[bytes]:
        """What the decoder still holds, once the body has ended; then the sizes must match."""
        try:
            for piece in self._inflater.end():
                yield self._count(piece)
        except DecodeError as exc:
            raise self._undecodable(exc) from None
        for label, want, got in (
            (self._source, self.total, self.size),
            ("its Content-Length", self._raw_limit, self._raw),
        ):
            if want is not None and want != got:
                raise self._limits.error(
                    self._file,
                    f"got {got:,} bytes, {label} says {want:,}; the download was cut short or "
                    "the file changed. Try again.",
                )

    def timed_out(self) -> DownloadError:
        """A wait on the server that ran out: the call's deadline, or a stall."""
        if self._limits.expired(DEADLINE_SLACK):
            return self._limits.too_late(self._file, self.size)
        return self._limits.error(
            self._file,
            f"no data for {self._limits.stall:g} s (stall_timeout=) after {self.size:,} bytes: "
            "the server stalled; not saved. Try again, or pass a larger stall_timeout=.",
        )


def _content_length(response: httpx.Response) -> int | None:
    value = response.headers.get("content-length", "")
    return int(value) if value.isdigit() else None  # h11 refuses a malformed one anyway


def no_answer(file: Any, limits: Limits) -> DownloadError:
    if limits.expired(DEADLINE_SLACK):
        return limits.too_late(file, 0)
    return limits.error(
        file,
        f"the file server did not answer within {limits.stall:g} s (stall_timeout=); not "
        "saved. Try again.",
    )


def network_error(file: Any, exc: Exception, limits: Limits) -> DownloadError:
    detail = _printable(str(exc), 300) or "no detail"
    return limits.error(
        file,
        f"{type(exc).__name__}: {detail}; not saved. Check the network and try again.",
    )


def disk_error(path: Path, exc: OSError, limits: Limits) -> DownloadError:
    reason = exc.strerror or str(exc)
    return DownloadError(
        limits.scrub(
            f"cannot write {path}: {reason}; not saved. Free some space, or pick another folder."
        )
    )


def incomplete(path: Path) -> Path:
    # 8 random hex digits, as uuid4().hex[:8] gave, without importing uuid (~0.6 ms).
    return path.with_name(f".{path.name}.{os.urandom(4).hex()}.incomplete")


def make_folder(dest: Path, limits: Limits) -> None:
    try:
        dest.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise disk_error(dest, exc, limits) from None


def next_hop(response: httpx.Response, file: Any, limits: Limits, hops: int) -> str:
    """The URL of the redirect to follow (a deadline holds across hops)."""
    request = response.next_request
    assert request is not None
    if hops >= MAX_REDIRECTS:
        raise limits.error(file, f"more than {MAX_REDIRECTS} redirects; not saved")
    limits.check(file, 0)
    return str(request.url)


# ------------------------------------------------------------------------- data URIs


def _data_uri_bytes(file: Any, path: Path, limits: Limits) -> bytes:
    """The bytes of a data URI output, checked like a download's."""
    header, comma, payload = file.url.partition(",")
    if not comma:
        raise limits.error(file, "a data URI without its ',' separator; not saved")
    params = [p.strip() for p in header[5:].split(";")]
    conflict = _type_conflict(file, params[0], path)
    if conflict is not None:
        raise limits.error(
            file,
            f"the data URI holds {_printable(_essence(params[0]), 100)!r} where {conflict}; "
            f"not saved as {path.name}",
        )
    declared = _expected_size(file)
    cap = limits.max_bytes
    if declared is not None and cap is not None and declared > cap:
        raise limits.error(
            file,
            f"it announces {declared:,} bytes, over the {cap:,}-byte cap; not saved. Pass a "
            "larger max_bytes= (or None) to save files this big.",
        )
    limit = declared if declared is not None else cap
    if len(params) > 1 and params[-1].lower() == "base64":
        text = "".join(payload.split())  # line breaks are no data
        if "%" in text:
            text = unquote(text)
        at_least = len(text.rstrip("=")) * 3 // 4  # the decoded size, known before decoding
        if limit is not None and at_least > limit:
            _check_size(file, at_least, declared, limits)  # raises: too big to decode at all
        urlsafe = "-" in text or "_" in text
        try:
            raw = base64.b64decode(
                text + "=" * (-len(text) % 4), altchars=b"-_" if urlsafe else None, validate=True
            )
        except (binascii.Error, ValueError) as exc:
            raise limits.error(
                file,
                f"its base64 data is invalid ({_printable(str(exc), 100)}); not saved. The "
                "server sent a broken file: run the job again.",
            ) from None
    else:
        raw = unquote_to_bytes(payload)
    _check_size(file, len(raw), declared, limits)
    return raw


def _check_size(file: Any, size: int, declared: int | None, limits: Limits) -> None:
    """Refuse a data URI whose size is not the one announced, or over max_bytes."""
    if declared is not None and size != declared:
        raise limits.error(
            file,
            f"the data URI holds {size:,} bytes, the output's file_size says {declared:,}; not "
            "saved. The server sent a broken file: run the job again.",
        )
    if limits.max_bytes is not None and size > limits.max_bytes:
        raise limits.error(
            file,
            f"the data URI holds {size:,} bytes, over the {limits.max_bytes:,}-byte cap; not "
            "saved. Pass a larger max_bytes= (or None) to save files this big.",
        )


def _write_all(tmp: Path, data: bytes) -> None:
    with tmp.open("xb") as out:
        out.write(data)
        fsync_file(out)


def save_data_uri(file: Any, path: Path, tmp: Path, limits: Limits) -> int:
    data = _data_uri_bytes(file, path, limits)
    _write_all(tmp, data)
    return len(data)


def fsync_file(out: IO[bytes]) -> None:
    out.flush()
    os.fsync(out.fileno())


def saved_file(file: Any, path: Path, size: int) -> Saved:
    content_type = getattr(file, "content_type", None)
    return Saved(path, file.url, size, content_type if isinstance(content_type, str) else None)
