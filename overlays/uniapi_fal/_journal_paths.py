"""Where a journal file is, and one spelling per base URL, so that the jobs of a server
are found whatever way its URL was written."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from urllib.parse import urlsplit

from ._exceptions import ConfigurationError

_DEFAULT_PORTS = {"http": "80", "https": "443"}


def normalise_base_url(url: str) -> str:
    """One spelling per base URL, so `https://API.uniapi.io/` and `https://api.uniapi.io`
    find the same jobs.

    Lowercases scheme and host, drops user info, the scheme's default port, query,
    fragment and trailing `/`; keeps a path prefix (`/fal`) as written. A string that is
    not an absolute URL only loses its trailing `/`.
    """
    text = _without_trailing_slash(url)
    try:
        parts = urlsplit(text)
    except ValueError:  # an unclosed IPv6 bracket, say
        return text
    scheme = parts.scheme.lower()
    netloc = parts.netloc.rpartition("@")[2].lower()  # user info is no part of the host
    colon = netloc.rfind(":")
    host, port = (
        (netloc[:colon], netloc[colon + 1 :]) if colon > netloc.rfind("]") else (netloc, "")
    )
    if not scheme or not host:
        return text
    if port.isascii() and port.isdigit():
        port = str(int(port))
    if port == _DEFAULT_PORTS.get(scheme):
        port = ""
    return _without_trailing_slash(f"{scheme}://{host}{':' + port if port else ''}{parts.path}")


def _without_trailing_slash(text: str) -> str:
    """`text` without surrounding space and without `/`s (or spaces) at its end."""
    text = text.strip()
    while (shorter := text.rstrip("/").rstrip()) != text:
        text = shorter
    return text


def default_path() -> Path:
    """The per-user data folder's `uniapi-fal/journal.sqlite3`.

    Raises RuntimeError when no home folder is known and no variable names the folder.
    """
    if sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA")
        base = Path(local) if local else _home() / "AppData" / "Local"
    elif sys.platform == "darwin":
        base = _home() / "Library" / "Application Support"
    else:
        data = os.environ.get("XDG_DATA_HOME")
        base = Path(data) if data else _home() / ".local" / "share"
    return base / "uniapi-fal" / "journal.sqlite3"


def _home() -> Path:
    home = Path.home()  # 3.11 raises RuntimeError without one; 3.13 returns Path("~")
    if not home.is_absolute():
        raise RuntimeError("Could not determine home directory.")
    return home


def _as_path(path: str | os.PathLike[str]) -> Path:
    """A journal path, `~` expanded; an empty or non-path setting is a ConfigurationError."""
    try:
        text = os.fspath(path)
    except TypeError:
        raise ConfigurationError(f"journal path must be a str or a path, not {path!r}") from None
    if not isinstance(text, str) or not text.strip():
        raise ConfigurationError(f"journal path must be a non-empty str, not {text!r}")
    try:
        return Path(text).expanduser()
    except RuntimeError:  # `~` without a home folder: keep it as written, it fails at open
        return Path(text)
