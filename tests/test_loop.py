"""The event loop the SDK starts itself (`_loop`)."""

from __future__ import annotations

import asyncio
import sys

import pytest

from uniapi_fal import _loop


async def _loop_module() -> str:
    return type(asyncio.get_running_loop()).__module__


def test_uvloop_runs_it_when_installed() -> None:
    pytest.importorskip("uvloop")
    assert _loop.run(_loop_module()).startswith("uvloop")


def test_asyncio_runs_it_without_uvloop(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "uvloop", None)  # as if not installed
    assert _loop.loop_factory() is None
    assert _loop.run(_loop_module()).startswith("asyncio")
