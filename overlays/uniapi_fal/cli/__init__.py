"""The `uniapi-fal` command line (needs the `cli` extra: typer and rich)."""

from __future__ import annotations


def main() -> None:
    try:
        from .app import run
    except ImportError as exc:  # typer or rich missing
        raise SystemExit(
            f"the uniapi-fal command needs the cli extra ({exc.name} is missing): "
            "pip install 'uniapi-fal[cli]'"
        ) from None
    run()
