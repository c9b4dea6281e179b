"""`mypy --strict` infers each model's Output from one generic signature (`FalInput[XOutput]`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def checker(*argv: str) -> tuple[str, int]:
    """A type checker in its own process, as a user runs it (mypy in-process would leave
    its caches, millions of objects, in the suite's heap): its output and exit code."""
    found = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, timeout=280)
    return found.stdout + found.stderr, found.returncode


def mypy(path: Path, *extra: str) -> tuple[str, int]:
    config = str(ROOT / "pyproject.toml")
    return checker(
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--config-file",
        config,
        "--no-incremental",
        *extra,
        str(path),
    )


@pytest.mark.timeout(300)
@pytest.mark.parametrize("example", ["typed_usage.py", "typed_own_modules.py"])
def test_typed_examples_pass_mypy_strict(example: str) -> None:
    out, code = mypy(ROOT / "examples" / example)
    assert code == 0, out


@pytest.mark.timeout(300)
def test_a_model_from_its_own_module_costs_mypy_that_model_only() -> None:
    """Neither the overlay's imports nor a model's own module make mypy read the stub that
    declares every model (`all_models.pyi`), nor other models' modules."""
    out, code = mypy(ROOT / "examples" / "typed_own_modules.py", "--verbose")
    assert code == 0, out
    parsed = [line.split("(")[-1].rstrip(")") for line in out.splitlines() if "Parsing " in line]
    ours = [name for name in parsed if name.startswith("uniapi_fal_api.models.")]
    assert "uniapi_fal_api.models.flux_dev_input" in ours
    assert "uniapi_fal_api.all_models" not in parsed
    assert len(ours) < 40, ours  # the four models, their nested types, the queue models


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
    return checker(str(Path(sys.executable).parent / "pyright"), str(path))


@pytest.mark.timeout(300)
@pytest.mark.parametrize("example", ["typed_usage.py", "typed_own_modules.py"])
def test_typed_examples_pass_pyright(example: str) -> None:
    out, code = pyright(ROOT / "examples" / example)
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


@pytest.mark.timeout(300)
def test_a_model_known_only_from_fal_s_types_is_typed(tmp_path: Path) -> None:
    """Seedance 2.0's neighbours in fal's catalogue have no document: their Input, read from
    fal's TypeScript types, carries its Output, and a value outside an enum is an error."""
    usage = tmp_path / "types_usage.py"
    usage.write_text(
        "from uniapi_fal import Client\n"
        "from uniapi_fal.models import AlibabaHappyHorseImageToVideoInput as HappyHorse\n"
        "def f(c: Client) -> None:\n"
        "    out = c.run(HappyHorse(image_url='https://x/y.png', resolution='720p'))\n"
        "    reveal_type(out)\n"
        "    reveal_type(out.video)\n"
        "def g(c: Client) -> None:\n"
        "    c.run(HappyHorse(image_url='https://x/y.png', resolution='4k'))\n"
    )
    out, code = mypy(usage)
    assert code == 1, out
    revealed = [
        line.split("Revealed type is ")[1] for line in out.splitlines() if "Revealed" in line
    ]
    assert revealed[0].endswith('.AlibabaHappyHorseImageToVideoOutput"'), out
    assert revealed[1].endswith('.VideoFileV21C521"'), out
    assert out.count("error:") == 1 and "Literal['4k']" in out, out
