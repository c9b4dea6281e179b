"""Where the CLI writes, checked before anything is sent (a paid job must not end in an
unwritable target)."""

from __future__ import annotations

from pathlib import Path

from ._errors import CliInputError


def _first_existing(path: Path) -> Path | None:
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return None


def check_folder(path: Path | None, option: str) -> None:
    """A folder to save into: an existing folder, or one that can be created."""
    if path is None:
        return
    found = _first_existing(path.expanduser())
    if found is not None and not found.is_dir():
        where = "it" if found == path.expanduser() else str(found)
        raise CliInputError(f"{option} {path}: {where} is a file, not a folder")


def check_output_file(path: Path, option: str) -> None:
    """A file to write: not a folder, in a folder that exists or can be created."""
    if path.expanduser().is_dir():
        raise CliInputError(f"{option} {path}: it is a folder; give a file name")
    check_folder(path.expanduser().parent, option)
