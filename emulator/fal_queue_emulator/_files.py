"""Result files the emulator can serve, so `--download` works with no network.

With `serve_files`, each file of a result (an object with a `url` and a
`content_type`, as the spec's File and Image are) points at
`/_emulator/files/<request_id>/<n>/<name>` on the host that was called; that route
answers deterministic bytes of the example's `file_size` (1 KiB when it has none) with
its `content_type`. The bytes are filler, not a playable video: enough to test
downloads, sizes, types and names.
"""

from __future__ import annotations

import copy
from typing import Any

FILES_PATH = "/_emulator/files"
DEFAULT_SIZE = 1024


def _files(value: Any) -> list[dict[str, Any]]:
    """The file objects of a result, in document order."""
    found: list[dict[str, Any]] = []
    if isinstance(value, list):
        for item in value:
            found += _files(item)
    elif isinstance(value, dict):
        if isinstance(value.get("url"), str) and "content_type" in value:
            found.append(value)
        else:
            for item in value.values():
                found += _files(item)
    return found


def with_served_files(example: Any, base_url: str, request_id: str) -> Any:
    """A copy of `example` whose file URLs point at this emulator."""
    result = copy.deepcopy(example)
    for index, file in enumerate(_files(result)):
        name = str(file.get("file_name") or file["url"].rstrip("/").rsplit("/", 1)[-1] or "file")
        file["url"] = f"{base_url.rstrip('/')}{FILES_PATH}/{request_id}/{index}/{name}"
    return result


def file_content(example: Any, index: int) -> tuple[bytes, str] | None:
    """The bytes and content type of the `index`-th file of `example`, or None."""
    files = _files(example)
    if not 0 <= index < len(files):
        return None
    file = files[index]
    size = file.get("file_size")
    size = size if isinstance(size, int) and 0 <= size <= 64 * 1024 * 1024 else DEFAULT_SIZE
    pattern = f"fal-queue-emulator file {index} ".encode()
    return (pattern * (size // len(pattern) + 1))[:size], str(file["content_type"])
