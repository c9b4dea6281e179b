"""The `uniapi-fal` command line (needs the `cli` extra: typer and rich)."""

from __future__ import annotations

import contextlib
import sys


def main() -> None:
    _replace_what_the_terminal_cannot_show()
    try:
        from .app import run
    except ImportError as exc:  # typer or rich missing
        raise SystemExit(
            f"the uniapi-fal command needs the cli extra ({exc.name} is missing): "
            "pip install 'uniapi-fal[cli]'"
        ) from None
    run()


def _replace_what_the_terminal_cannot_show() -> None:
    """On a terminal that is not UTF-8 (a cp1252 console), a character it lacks (the
    spinner's, a check mark) prints as "?" instead of ending the command, perhaps after
    its job was sent. JSON lines are ASCII whatever the terminal."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="replace")
