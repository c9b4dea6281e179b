"""What docs/, CONTRIBUTING.md and the README say holds: the commands they show exist,
their links lead somewhere, the figures and samples they quote are what the project gives
today, and the README stays a README."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from uniapi_fal import ENDPOINTS

from .conftest import ROOT, SHARED_FAL, SHARED_TYPES

PAGES = [ROOT / "README.md", ROOT / "CONTRIBUTING.md", *sorted((ROOT / "docs").glob("*.md"))]
MODELS_PAGE = ROOT / "docs" / "adding-a-model.md"


def _text(page: Path) -> str:
    return page.read_text(encoding="utf-8")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_make_target_shown_exists(page: Path) -> None:
    targets = set(re.findall(r"^([a-z][a-z-]*):", _text(ROOT / "Makefile"), re.M))
    shown = set(re.findall(r"(?:`|\$ )make ([a-z][a-z-]+)", _text(page)))
    assert shown <= targets, shown - targets


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_relative_link_leads_to_a_file(page: Path) -> None:
    links = re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", _text(page))
    missing = [link for link in links if not (page.parent / link).exists()]
    assert missing == []


def test_the_counts_of_models_by_source_are_the_spec_s() -> None:
    text = " ".join(_text(MODELS_PAGE).split())
    sources = [info.source for info in ENDPOINTS.values()]
    documents, types = sources.count("openapi"), sources.count("typescript")
    assert f"{documents} models from fal's documents" in text
    assert f"{types} from fal's types" in text
    assert f"{len(ENDPOINTS):,} in all" in text
    readme = " ".join(_text(ROOT / "README.md").split())
    assert f"{len(ENDPOINTS):,} models, {documents} imported" in readme
    assert f"{types} from fal's TypeScript types" in readme


def _console(command: str) -> list[str]:
    """The lines a docs page shows under `$ <command>`."""
    lines = _text(MODELS_PAGE).splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"$ {command}"))
    shown = []
    for line in lines[start + 1 :]:
        if line.startswith(("$", "```")):
            break
        shown.append(line)
    return shown


def _script(*args: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    return done.stdout.splitlines()


@pytest.mark.skipif(not SHARED_TYPES.exists(), reason="fal's types are not beside the checkout")
def test_the_import_and_drift_samples_are_what_the_scripts_print(tmp_path: Path) -> None:
    spec = tmp_path / "openapi"
    shutil.copytree(ROOT / "openapi", spec)
    printed = _script("scripts/import_fal.py", str(SHARED_TYPES), "--spec", str(spec))
    assert printed == _console("make import-fal FROM=../shared/fal-js/endpoints.ts")
    drift = _script("scripts/check_fal_drift.py", str(SHARED_TYPES))
    shown = [
        line for line in _console("make check-fal-drift FROM=../shared/fal-js") if line != "..."
    ]
    assert shown and set(shown) <= set(drift)


@pytest.mark.skipif(not SHARED_FAL.is_dir(), reason="fal's documents are not beside the checkout")
def test_the_drift_sample_for_documents_is_what_the_script_prints() -> None:
    shown = _console("make check-fal-drift FROM=../shared/fal-openapi")
    assert _script("scripts/check_fal_drift.py", str(SHARED_FAL)) == shown


def test_the_performance_table_is_the_last_bench_run_s() -> None:
    """docs/performance.md shows the table `make bench` wrote to bench/results.md."""
    results = _text(ROOT / "bench" / "results.md")
    shown = _text(ROOT / "docs" / "performance.md").splitlines()
    rows = [line for line in shown if line.startswith("| ") and "scenario" not in line]
    assert len(rows) > 40
    assert all(row in results for row in rows)
    date = re.search(r"^- date: (\d{4}-\d{2}-\d{2})", results, re.M)
    assert date and f"Run on {date.group(1)}" in " ".join(shown)


def test_the_readme_is_a_readme() -> None:
    """What it is, install, the two commands, a quickstart, the essentials: the manual is
    in docs/, the project's workings in CONTRIBUTING.md."""
    text = _text(ROOT / "README.md")
    assert len(text.encode("utf-8")) <= 20 * 1024
    sections = re.findall(r"^## (.+)$", text, re.M)
    assert sections[:3] == ["Install", "The two commands", "Quickstart"]
    linked = set(re.findall(r"\]\((docs/[^)#]+)", text))
    assert linked == {f"docs/{p.name}" for p in (ROOT / "docs").glob("*.md")}


def test_every_cli_command_the_docs_show_exists() -> None:
    from uniapi_fal.cli.app import app

    commands = {c.name for c in app.registered_commands} | {g.name for g in app.registered_groups}
    shown = set(re.findall(r"\$ uniapi-fal ([a-z]+)", _text(ROOT / "docs" / "cli.md")))
    shown |= set(re.findall(r"\$ uniapi-fal ([a-z]+)", _text(ROOT / "README.md")))
    assert shown and shown <= commands, shown - commands


def test_the_timeouts_page_shows_the_defaults_the_sdk_has() -> None:
    """Each default in docs/timeouts.md's table is the SDK's own."""
    import inspect

    from uniapi_fal import Client, RetryPolicy
    from uniapi_fal import _constants as c
    from uniapi_fal.webhooks import JWKS

    rows = {
        row.split("|")[1].strip(): row.split("|")[3].strip()
        for row in _text(ROOT / "docs" / "timeouts.md").splitlines()
        if row.startswith("| `")
    }
    download = inspect.signature(Client.download).parameters
    assert rows["`Client(timeout=)`"] == f"{c.DEFAULT_TIMEOUT:g} s"
    assert f"connect at most {c.DEFAULT_CONNECT_TIMEOUT:g} s" in _text(
        ROOT / "docs" / "timeouts.md"
    )
    assert rows["`RetryPolicy(deadline=)`"] == f"{RetryPolicy().deadline:g} s"
    assert rows["`download(..., timeout=, stall_timeout=)`"] == (
        f"{download['timeout'].default:g} s; {download['stall_timeout'].default:g} s"
    )
    fetch = inspect.signature(JWKS).parameters["fetch_timeout"].default
    assert f"JWKS(fetch_timeout={fetch:g})" in _text(ROOT / "docs" / "timeouts.md")


def test_make_finds_the_python_the_readme_names_under_pyenv(tmp_path: Path) -> None:
    """`make test PYTHON=python3.13 VENV=...` (the README's): the interpreter is found on
    PATH or under pyenv, as .ci/run finds it."""
    outer = ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")  # as typed, not inside CI's `make test`
    env = {k: v for k, v in os.environ.items() if k not in outer}
    done = subprocess.run(
        ["make", "-n", "setup", "PYTHON=python3.13", f"VENV={tmp_path / 'v'}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    (line,) = [line for line in done.stdout.splitlines() if " -m venv " in line]
    interpreter = line.split("|| ", 1)[1].split(" -m venv", 1)[0]
    if interpreter == "python3.13" and shutil.which("python3.13") is None:
        pytest.skip("no Python 3.13 on this machine")
    version = subprocess.run(
        [interpreter, "-c", "import sys; print(sys.version_info[:2])"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert version.stdout.strip() == "(3, 13)"


def test_make_clean_leaves_no_build_leftovers(tmp_path: Path) -> None:
    """A stale `build/` puts modules deleted since into the next wheel setuptools builds."""
    copy = tmp_path / "checkout"
    copy.mkdir()
    shutil.copy(ROOT / "Makefile", copy / "Makefile")
    leftovers = [
        "build/lib/uniapi_fal/_gone.py",
        "dist/x.whl",
        "uniapi_fal.egg-info/PKG-INFO",
        "overlays/uniapi_fal.egg-info/PKG-INFO",
        ".venv-3.13/bin/python",
    ]
    for name in leftovers:
        (copy / name).parent.mkdir(parents=True, exist_ok=True)
        (copy / name).write_text("")
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    subprocess.run(["make", "clean"], cwd=copy, check=True, capture_output=True, env=env)
    assert [p for p in copy.rglob("*") if p.is_file()] == [copy / "Makefile"]
