"""Placeholder wiring, replaced by the CLI work."""

from __future__ import annotations


def run() -> None:
    raise SystemExit("the uniapi-fal CLI is not built yet")
