"""Local files in: a path (`pathlib.Path`, any `os.PathLike`) where the spec expects a URL
becomes a data URI.

fal accepts `data:<type>;base64,...` wherever a file URL is expected, for small inputs.
Larger files must be hosted somewhere fal can fetch them; the error says so.

Only regular files are read: a folder, a FIFO (which would block), a device (`/dev/zero`
never ends) or a kernel file under `/proc` or `/sys` (which reports a size of 0 and then
yields gigabytes) is refused before anything is read. The size is taken from the opened
file itself and the read stops one byte past it, so a file swapped or still growing between
the check and the read can never carry more than the limit into memory.
"""

from __future__ import annotations

import base64
import mimetypes
import os
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from uniapi_fal_api.types import Unset

from ._constants import MAX_INLINE_FILE_BYTES
from ._exceptions import FieldError

# Types the platform's mimetypes table may lack, for the media fal models take.
_EXTRA_TYPES = {
    ".webp": "image/webp",
    ".avif": "image/avif",
    ".heic": "image/heic",
    ".mp4": "video/mp4",
    ".mov": "video/quicktime",
    ".webm": "video/webm",
    ".wav": "audio/wav",
    ".mp3": "audio/mpeg",
    ".flac": "audio/flac",
}

# Kernel trees: their "regular" files report a size of 0 and are not data.
_PSEUDO_ROOTS = ("/proc/", "/sys/")

_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_NONBLOCK", 0)  # a FIFO swapped in after the check must not block open()
    | getattr(os, "O_NOCTTY", 0)
)


def media_type(path: Path) -> str:
    guessed, _ = mimetypes.guess_type(path.name)
    return guessed or _EXTRA_TYPES.get(path.suffix.lower(), "application/octet-stream")


def _kind(mode: int) -> str | None:
    """What a non-regular file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _refuse(field: str, message: str) -> InlineFileError:
    return InlineFileError(FieldError(field, f"{field}: {message}"))


def _read_capped(fd: int, cap: int) -> bytes:
    """At most `cap` bytes of `fd`, whatever the file does meanwhile."""
    parts: list[bytes] = []
    got = 0
    while got < cap:
        part = os.read(fd, min(cap - got, 1024 * 1024))
        if not part:
            break
        parts.append(part)
        got += len(part)
    return b"".join(parts)


class NotReadable(ValueError):
    """A path that cannot be sent: missing, unreadable, or not a regular file."""


def open_regular(path: Path) -> tuple[int, int]:
    """An open descriptor of the regular file at `path`, and its size; NotReadable (which
    says what to do) for anything else. The checks hold for the file actually opened,
    even if the path was swapped meanwhile."""
    regular = "pass a regular file, or upload it and pass its URL"
    try:
        before = os.stat(path)
    except OSError as exc:
        raise NotReadable(f"cannot read {path}: {exc.strerror}") from None
    kind = _kind(before.st_mode)
    if kind is not None:
        raise NotReadable(f"{path} is {kind}, not a regular file; {regular}")
    real = os.path.realpath(path)
    if real.startswith(_PSEUDO_ROOTS):
        raise NotReadable(f"{path} is a kernel file ({real}), not a regular file; {regular}")
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise NotReadable(f"cannot read {path}: {exc.strerror}") from None
    try:
        opened = os.fstat(fd)
        kind = _kind(opened.st_mode)
        if kind is not None:
            raise NotReadable(f"{path} is {kind}, not a regular file; {regular}")
    except BaseException:
        os.close(fd)
        raise
    return fd, opened.st_size


def _read_file(path: Path, limit: int, field: str) -> bytes:
    try:
        fd, size = open_regular(path)
    except NotReadable as exc:
        raise _refuse(field, str(exc)) from None
    try:
        if size > limit:
            raise _refuse(
                field,
                f"{path} is {size:,} bytes, over the {limit:,}-byte limit for files sent "
                "inline. Upload it where fal can fetch it (your storage, a presigned URL) and "
                "pass that URL instead.",
            )
        try:
            data = _read_capped(fd, size + 1)  # one byte more tells a growing file
        except OSError as exc:
            raise _refuse(field, f"cannot read {path}: {exc.strerror}") from None
    finally:
        os.close(fd)
    if len(data) != size:
        raise _refuse(
            field,
            f"{path} changed while it was read ({size:,} bytes when checked, "
            f"{'more' if len(data) > size else f'{len(data):,}'} when read); nothing was sent. "
            "Pass it again once it is complete.",
        )
    return data


def data_uri(path: Path, *, limit: int = MAX_INLINE_FILE_BYTES, field: str = "(input)") -> str:
    """The file as a data URI; InlineFileError (carrying the FieldError) when it is missing,
    not a regular file, too large, or changed while read."""
    data = _read_file(path, limit, field)
    encoded = base64.b64encode(data).decode("ascii")
    return f"data:{media_type(path)};base64,{encoded}"


class InlineFileError(ValueError):
    """A local file that cannot be sent inline; carries the FieldError to report."""

    def __init__(self, problem: FieldError) -> None:
        super().__init__(problem.message)
        self.problem = problem


def has_local_files(value: Any) -> bool:
    """Whether `value` holds a path (`Path`, any `os.PathLike`) anywhere (dicts, lists,
    tuples, Input models and the models in them): the async client runs `inline_files` in
    a thread only then, and only then are files uploaded. Iterative, so any nesting depth
    is safe."""
    stack = [value]
    seen: set[int] = set()
    while stack:
        item = stack.pop()
        if isinstance(item, os.PathLike):
            return True
        if isinstance(item, dict | list | tuple):
            if id(item) in seen:  # shared or cyclic: already looked at
                continue
            seen.add(id(item))
            stack.extend(item.values() if isinstance(item, dict) else item)
        elif attrs.has(type(item)):  # a generated model: its fields
            if id(item) in seen:
                continue
            seen.add(id(item))
            for name in _field_names(type(item)):
                value = getattr(item, name, None)
                if type(value) not in _PLAIN:  # (most fields: a check of a few ns)
                    stack.append(value)
    return False


_PLAIN: frozenset[type] = frozenset({str, int, float, bool, type(None), Unset})
"""Values that hold no path (the rest of a model's fields are looked into)."""


def _field_names(cls: type) -> tuple[str, ...]:
    """A model class's field names (asked on every submit of a model: kept)."""
    found = _FIELDS.get(cls)
    if found is None:
        found = _FIELDS[cls] = tuple(field.name for field in attrs.fields(cls))
    return found


_FIELDS: dict[type, tuple[str, ...]] = {}


def too_large(value: Any, limit: int = MAX_INLINE_FILE_BYTES) -> list[str]:
    """The paths in `value` (as `inline_files` finds them) of regular files larger than
    `limit`: those to upload rather than inline. Others, and what cannot be read, are left
    to `inline_files`, which says what is wrong with them."""
    found: list[str] = []
    stack, seen = [value], set()
    while stack:
        item = stack.pop()
        if isinstance(item, os.PathLike):
            name = os.fsdecode(item)
            try:
                info = os.stat(name)
            except (OSError, ValueError):
                continue
            if stat.S_ISREG(info.st_mode) and info.st_size > limit and name not in found:
                found.append(name)
        elif isinstance(item, dict | list | tuple) and id(item) not in seen:
            seen.add(id(item))
            stack.extend(item.values() if isinstance(item, dict) else item)
    return found


def inline_files(
    value: Any, *, path: str = "", uploaded: Mapping[str, str] | None = None
) -> tuple[Any, list[FieldError]]:
    """`value` with every path (`Path`, any `os.PathLike`) replaced by its data URI (or by
    its URL in `uploaded`, keyed by the path as a string), and the problems found.

    Containers holding a `Path` are copied (the caller's are never changed); tuples become
    lists, as JSON has them. Iterative, so deep nesting cannot raise RecursionError; a
    container met twice (shared or cyclic) is copied once.
    """
    if not has_local_files(value):
        return value, []
    problems: list[FieldError] = []
    root: list[Any] = [value]
    copies: dict[int, Any] = {}
    # (container to fill, key in it, original value, field path), popped in field order
    stack: list[tuple[Any, Any, Any, str]] = [(root, 0, value, path)]
    while stack:
        parent, key, item, where = stack.pop()
        if isinstance(item, os.PathLike):
            name = os.fsdecode(item)
            if uploaded is not None and name in uploaded:
                parent[key] = uploaded[name]
                continue
            try:
                parent[key] = data_uri(Path(name), field=where or "(input)")
            except InlineFileError as exc:
                problems.append(exc.problem)
            continue
        if not isinstance(item, dict | list | tuple):
            continue
        if id(item) in copies:
            parent[key] = copies[id(item)]
            continue
        children: list[tuple[Any, Any, Any, str]]
        if isinstance(item, dict):
            copy: Any = dict(item)
            children = [(copy, k, v, f"{where}.{k}" if where else str(k)) for k, v in item.items()]
        else:
            copy = list(item)
            children = [(copy, i, v, f"{where}[{i}]") for i, v in enumerate(item)]
        copies[id(item)] = parent[key] = copy
        stack.extend(reversed(children))
    return root[0], problems
