"""Result files the emulator serves itself, so downloads work with no network.

A file of a result points at `/_emulator/files/<request_id>/<n>/<name>` on the host
that was called; that route answers deterministic bytes of the file's size with its
content type. Outputs built from the schema always point there (see `_outputs`); an
Output `example` does with `serve_files` (each object with a `url` and a
`content_type`, of the example's `file_size`, 1 KiB when it has none).
The bytes are filler, not a playable video (a JSON file is valid JSON): enough to
test downloads, sizes, types and names.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

FILES_PATH = "/_emulator/files"
DEFAULT_SIZE = 1024
MAX_SIZE = 64 * 1024 * 1024


@dataclass(frozen=True)
class ServedFile:
    """One file of a result: what its URL answers."""

    name: str
    content_type: str
    size: int


def file_url(base_url: str, request_id: str, index: int, name: str) -> str:
    """Where the `index`-th file of a request's result is served."""
    return f"{base_url.rstrip('/')}{FILES_PATH}/{request_id}/{index}/{quote(name, safe='')}"


def file_content(file: ServedFile, index: int) -> bytes:
    """The bytes served for `file`: exactly `file.size` of them."""
    size = file.size if 0 <= file.size <= MAX_SIZE else DEFAULT_SIZE
    pattern = f"fal-queue-emulator file {index} {file.name} ".encode()
    filler = (pattern * (size // len(pattern) + 1))[:size]
    if file.content_type == "application/json":
        opening, closing = b'{"fal_queue_emulator": "', b'"}'
        inner = size - len(opening) - len(closing)
        if inner >= 0:
            return opening + filler[:inner].replace(b'"', b"'").replace(b"\\", b"/") + closing
    return filler


def _example_files(value: Any) -> list[dict[str, Any]]:
    """The file objects of an example, in document order."""
    found: list[dict[str, Any]] = []
    if isinstance(value, list):
        for item in value:
            found += _example_files(item)
    elif isinstance(value, dict):
        if isinstance(value.get("url"), str) and "content_type" in value:
            found.append(value)
        else:
            for item in value.values():
                found += _example_files(item)
    return found


def _example_name(file: dict[str, Any]) -> str:
    return str(file.get("file_name") or file["url"].rstrip("/").rsplit("/", 1)[-1] or "file")


def example_files(example: Any) -> list[ServedFile]:
    """The files an Output example names, as served by `with_served_files`."""
    files: list[ServedFile] = []
    for file in _example_files(example):
        size = file.get("file_size")
        size = size if isinstance(size, int) and 0 <= size <= MAX_SIZE else DEFAULT_SIZE
        files.append(ServedFile(_example_name(file), str(file["content_type"]), size))
    return files


def with_served_files(example: Any, base_url: str, request_id: str) -> Any:
    """A copy of `example` whose file URLs point at this emulator."""
    result = copy.deepcopy(example)
    for index, file in enumerate(_example_files(result)):
        file["url"] = file_url(base_url, request_id, index, _example_name(file))
    return result


def json_copy(value: Any) -> Any:
    """A deep copy of a JSON value (faster than `copy.deepcopy` for plain data)."""
    if isinstance(value, dict | list):
        return json.loads(json.dumps(value))
    return value
