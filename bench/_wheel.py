"""The project's wheel, built as `pip wheel --no-deps --no-build-isolation` of a temp copy
(pyproject.toml, README.md, overlays/, emulator/ and a generated tree), so that the build
writes nothing (build/, *.egg-info) into the repo."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Mapping
from pathlib import Path

from ._proc import ROOT

IGNORED = shutil.ignore_patterns("__pycache__", ".ruff_cache", "*.egg-info", "build")


def run_checked(command: list[str], *, cwd: Path, env: Mapping[str, str] | None = None) -> None:
    done = subprocess.run(
        command,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(
            f"{command} exited {done.returncode}:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
        )


def build_env(folder: Path) -> dict[str, str]:
    """What `pip wheel --no-build-isolation` needs: the venv's setuptools if it satisfies
    pyproject's build requirements, else those installed once into a folder on PYTHONPATH."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    requires: list[str] = pyproject["build-system"]["requires"]
    try:
        from importlib.metadata import PackageNotFoundError, version

        from packaging.requirements import Requirement

        def satisfied(text: str) -> bool:
            requirement = Requirement(text)
            try:
                return requirement.specifier.contains(version(requirement.name))
            except PackageNotFoundError:
                return False

        if all(satisfied(text) for text in requires):
            return {}
    except ImportError:
        pass
    target = folder / "build-backend"
    run_checked(
        [sys.executable, "-m", "pip", "install", "--quiet", "--target", str(target), *requires],
        cwd=folder,
    )
    return {"PYTHONPATH": str(target)}


def project_wheel(
    folder: Path,
    name: str,
    generated: Path = ROOT / "generated",
    env: Mapping[str, str] | None = None,
) -> Path:
    """Copy the project into `folder/project-<name>` (with `generated` as generated/), build
    its wheel into `folder/wheel-<name>`, return the wheel's path."""
    project = folder / f"project-{name}"
    project.mkdir()
    for file in ("pyproject.toml", "README.md"):
        shutil.copyfile(ROOT / file, project / file)
    for sub in ("overlays", "emulator"):
        shutil.copytree(ROOT / sub, project / sub, ignore=IGNORED)
    shutil.copytree(generated, project / "generated", ignore=IGNORED)
    out = folder / f"wheel-{name}"
    pip = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation"]
    run_checked([*pip, "--wheel-dir", str(out), str(project)], cwd=folder, env=env)
    (wheel,) = out.glob("*.whl")
    return wheel
