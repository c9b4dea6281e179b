"""`mypy --strict` infers each model's Output from one generic signature (`FalInput[XOutput]`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from mypy import api

ROOT = Path(__file__).resolve().parents[1]


def mypy(path: Path) -> tuple[str, int]:
    out, err, code = api.run(
        ["--strict", "--config-file", str(ROOT / "pyproject.toml"), "--no-incremental", str(path)]
    )
    return out + err, code


@pytest.mark.timeout(300)
def test_typed_example_passes_mypy_strict() -> None:
    out, code = mypy(ROOT / "examples" / "typed_usage.py")
    assert code == 0, out


@pytest.mark.timeout(300)
def test_a_wrong_output_type_is_caught(tmp_path: Path) -> None:
    """The check can fail: a FluxDev result is not a Kling output."""
    bad = tmp_path / "bad_usage.py"
    bad.write_text(
        "from uniapi_fal import Client\n"
        "from uniapi_fal.models import FluxDevInput, KlingVideoV21StandardImageToVideoOutput\n"
        "def f(c: Client) -> KlingVideoV21StandardImageToVideoOutput:\n"
        "    return c.run(FluxDevInput(prompt='p'))\n"
    )
    out, code = mypy(bad)
    assert code == 1 and "Incompatible return value type" in out and "FluxDevOutput" in out


def pyright(path: Path) -> tuple[str, int]:
    """pyright (strict, from pyproject's [tool.pyright]) on one file."""
    found = subprocess.run(
        [str(Path(sys.executable).parent / "pyright"), str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=240,
    )
    return found.stdout + found.stderr, found.returncode


@pytest.mark.timeout(300)
def test_typed_example_passes_pyright() -> None:
    out, code = pyright(ROOT / "examples" / "typed_usage.py")
    assert code == 0 and "0 errors" in out, out


@pytest.mark.timeout(300)
def test_pyright_catches_a_wrong_output_type() -> None:
    bad = ROOT / "examples" / "_bad_usage_for_pyright.py"  # inside the project: its config
    bad.write_text(
        "from typing import assert_type\n"
        "from uniapi_fal import Client\n"
        "from uniapi_fal.models import FluxDevInput, KlingVideoV21StandardImageToVideoOutput\n"
        "def f(c: Client) -> None:\n"
        "    out = c.run(FluxDevInput(prompt='p'))\n"
        "    assert_type(out, KlingVideoV21StandardImageToVideoOutput)\n"
    )
    try:
        out, code = pyright(bad)
    finally:
        bad.unlink()
    assert code == 1 and "FluxDevOutput" in out, out
