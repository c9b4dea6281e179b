"""Local files in: a `pathlib.Path` where the spec expects a URL becomes a data URI.

fal accepts `data:<type>;base64,...` wherever a file URL is expected, for small inputs.
Larger files must be hosted somewhere fal can fetch them; the error says so.
"""

from __future__ import annotations

import base64
import mimetypes
from pathlib import Path
from typing import Any

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


def media_type(path: Path) -> str:
    guessed, _ = mimetypes.guess_type(path.name)
    return guessed or _EXTRA_TYPES.get(path.suffix.lower(), "application/octet-stream")


def data_uri(path: Path, *, limit: int = MAX_INLINE_FILE_BYTES, field: str = "(input)") -> str:
    """The file as a data URI; FieldError-carrying ValueError when missing or too large."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        problem = FieldError(field, f"{field}: cannot read {path}: {exc.strerror}")
        raise InlineFileError(problem) from None
    if not path.is_file():
        raise InlineFileError(FieldError(field, f"{field}: {path} is not a file"))
    if size > limit:
        raise InlineFileError(
            FieldError(
                field,
                f"{field}: {path} is {size:,} bytes, over the {limit:,}-byte limit for files sent "
                "inline. Upload it where fal can fetch it (your storage, a presigned URL) and "
                "pass that URL instead.",
            )
        )
    encoded = base64.b64encode(path.read_bytes()).decode("ascii")
    return f"data:{media_type(path)};base64,{encoded}"


class InlineFileError(ValueError):
    """A local file that cannot be sent inline; carries the FieldError to report."""

    def __init__(self, problem: FieldError) -> None:
        super().__init__(problem.message)
        self.problem = problem


def inline_files(value: Any, *, path: str = "") -> tuple[Any, list[FieldError]]:
    """`value` with every `Path` replaced by its data URI, and the problems found."""
    if isinstance(value, Path):
        try:
            return data_uri(value, field=path or "(input)"), []
        except InlineFileError as exc:
            return value, [exc.problem]
    if isinstance(value, dict):
        problems: list[FieldError] = []
        out = {}
        for key, item in value.items():
            out[key], found = inline_files(item, path=f"{path}.{key}" if path else str(key))
            problems += found
        return out, problems
    if isinstance(value, list):
        problems = []
        items = []
        for i, item in enumerate(value):
            converted, found = inline_files(item, path=f"{path}[{i}]")
            items.append(converted)
            problems += found
        return items, problems
    return value, []
