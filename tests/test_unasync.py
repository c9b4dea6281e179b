"""scripts/unasync.py: the sync twins are what their async source gives, and a change
to one side alone is caught."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

from .conftest import ROOT


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("unasync_script", ROOT / "scripts" / "unasync.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["unasync_script"] = module
    spec.loader.exec_module(module)
    return module


unasync = _load()


def test_the_rules() -> None:
    source = (
        "async def f(self) -> Awaitable[AsyncJob[dict[str, Any]]]:\n"
        '    """From `AsyncClient.submit`."""\n'
        "    async with x:\n"
        "        return await self._client._fetch(AsyncJobRunner, AsyncJobs)\n"
    )
    assert unasync.unasync(source) == (
        "def f(self) -> Job[dict[str, Any]]:\n"
        '    """From `Client.submit`."""\n'
        "    with x:\n"
        "        return self._client._fetch(JobRunner, AsyncJobs)\n"
    )


@pytest.mark.parametrize("name", unasync.MODULES)
def test_each_twin_is_what_its_source_gives(name: str) -> None:
    path = unasync.PACKAGE / name
    assert unasync.rewritten(path) == path.read_text(encoding="utf-8"), (
        f"{name}: run `make unasync` (edit the async side only)"
    )


def test_an_edit_to_one_side_alone_is_caught(tmp_path: Path) -> None:
    copy = tmp_path / "_job.py"
    shutil.copy(unasync.PACKAGE / "_job.py", copy)
    text = copy.read_text(encoding="utf-8")
    at = text.rindex("def cancel(self) -> str:")
    edited = text[:at] + "def cancel(self) -> str:  # sync only" + text[at + 24 :]
    assert edited.index("# sync only") > edited.index(unasync.TWIN)  # the twin was edited
    copy.write_text(edited, encoding="utf-8")
    assert unasync.rewritten(copy) == text
