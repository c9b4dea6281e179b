"""Import time, as users install it: fresh venvs, the project's wheel, fal-client from PyPI.

Each run of the scenario builds, in a temp folder removed at the end (nothing is cached
across bench runs):

- the project's wheel (`pip wheel --no-deps --no-build-isolation` of a temp copy of the
  repo, as `bench/spec_scale.py` builds it: `bench/_wheel.py`);
- venv A: `python -m venv` + `pip install <that wheel>` (its runtime dependencies come
  from PyPI with it, as for a user); venv B: `pip install fal-client==<the bench pin>`.
  pip runs from the bench's interpreter with `--python <venv>` (the venvs are created
  `--without-pip`), and compiles bytecode on install, as it does for users.

Then ROUNDS rounds, each running every command once in a fresh interpreter, the order
rotated from round to round (ABCDE, BCDEA, ...), after one warm-up each:

- `import uniapi_fal` (venv A), `import fal_client` (venv B), `import httpx` (venv A);
- not a target, so that lazy loading cannot hide cost: `from uniapi_fal import
  AsyncClient; AsyncClient(api_key=...)` (A) and `import fal_client;
  fal_client.AsyncClient(key=...)` (B).

Ratios (and the difference from raw httpx) are taken per round; the table shows their
median and interquartile range, and says "too noisy" when that range holds the target.
A `-X importtime` reading in the same venvs lists what `import uniapi_fal` loads that
`import fal_client` does not.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ._proc import API_KEY, ROOT
from ._report import (
    FAL,
    HTTPX,
    UNIAPI,
    Row,
    Section,
    markdown_table,
    round_difference_text,
    round_ratio_text,
)
from ._stats import Spread, Summary, per_round, rotated, verdict
from ._wheel import build_env, project_wheel, run_checked

RUNS = 20
"""Rounds (each runs every command once)."""
HTTPX_ALLOWANCE_MS = 40.0
SCENARIO = "import"

IMPORT_US, IMPORT_FAL, IMPORT_HTTPX = "import uniapi_fal", "import fal_client", "import httpx"
CONSTRUCT_US, CONSTRUCT_FAL = "uniapi_fal.AsyncClient(...)", "fal_client.AsyncClient(...)"
CODE = {
    IMPORT_US: "import uniapi_fal",
    IMPORT_FAL: "import fal_client",
    IMPORT_HTTPX: "import httpx",
    CONSTRUCT_US: f"from uniapi_fal import AsyncClient; AsyncClient(api_key={API_KEY!r})",
    CONSTRUCT_FAL: f"import fal_client; fal_client.AsyncClient(key={API_KEY!r})",
}
VENV_OF = {
    IMPORT_US: "uniapi",
    IMPORT_FAL: "fal",
    IMPORT_HTTPX: "uniapi",
    CONSTRUCT_US: "uniapi",
    CONSTRUCT_FAL: "fal",
}


# ------------------------------------------------------ one interpreter, timed
def import_seconds(
    module: str,
    env: Mapping[str, str] | None = None,
    *,
    python: str = sys.executable,
    code: str | None = None,
    cwd: Path = ROOT,
) -> float:
    """Wall time of one `python -c "import <module>"` (or `code`), start-up included."""
    full_env = {**os.environ, **(env or {})}
    started = time.perf_counter()
    subprocess.run(
        [python, "-c", code or f"import {module}"],
        cwd=cwd,
        env=full_env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def self_times(
    module: str,
    env: Mapping[str, str] | None = None,
    *,
    python: str = sys.executable,
    cwd: Path = ROOT,
) -> dict[str, float]:
    """Module -> own import time in ms, from `python -X importtime -c "import <module>"`."""
    done = subprocess.run(
        [python, "-X", "importtime", "-c", f"import {module}"],
        cwd=cwd,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        check=True,
    )
    found: dict[str, float] = {}
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, _cumulative, name = line[len("import time:") :].split("|")
        found[name.strip()] = int(own) / 1000.0
    return found


# ------------------------------------------------------------------ the venvs
def fal_client_pin() -> str:
    """The fal-client requirement of pyproject's `bench` extra (`fal-client==1.0.3`)."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for requirement in pyproject["project"]["optional-dependencies"]["bench"]:
        if requirement.replace(" ", "").startswith("fal-client"):
            return str(requirement).replace(" ", "")
    raise RuntimeError("pyproject.toml's bench extra has no fal-client")


@dataclass(frozen=True)
class Venvs:
    folder: Path
    python: dict[str, str]
    """"uniapi" / "fal" -> the venv's interpreter."""
    setup_seconds: dict[str, float]
    """"wheel", "uniapi", "fal" -> seconds spent."""
    packages: dict[str, list[str]]
    env: dict[str, str]
    """For every child: no PYTHONPATH, bytecode read and written as usual, a temp data home."""


def _python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def make_venvs(folder: Path) -> Venvs:
    seconds: dict[str, float] = {}
    started = time.perf_counter()
    wheel = project_wheel(folder, "import", env=build_env(folder))
    seconds["wheel"] = time.perf_counter() - started
    pythons: dict[str, str] = {}
    for name, requirement in (("uniapi", str(wheel)), ("fal", fal_client_pin())):
        started = time.perf_counter()
        venv = folder / f"venv-{name}"
        run_checked([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=folder)
        pip = [sys.executable, "-m", "pip", "--python", str(_python(venv)), "install"]
        run_checked(
            [*pip, "--quiet", "--disable-pip-version-check", requirement],
            cwd=folder,
            env={"PYTHONDONTWRITEBYTECODE": ""},
        )
        seconds[name] = time.perf_counter() - started
        pythons[name] = str(_python(venv))
    data = folder / "data-home"
    data.mkdir()
    env = {
        "PYTHONPATH": "",
        "PYTHONDONTWRITEBYTECODE": "",
        "PYTHONPYCACHEPREFIX": "",
        "XDG_DATA_HOME": str(data),
        "UNIAPI_API_KEY": "",
        "FAL_KEY": "",
    }
    packages = {name: _check_venv(python, name, folder, env) for name, python in pythons.items()}
    return Venvs(folder, pythons, seconds, packages, env)


_LIST = """\
import importlib.metadata as m, json, sys, {module} as x
print(json.dumps({{"file": x.__file__, "prefix": sys.prefix,
                  "dists": sorted(f"{{d.name}} {{d.version}}" for d in m.distributions())}}))
"""


def _check_venv(python: str, name: str, folder: Path, env: Mapping[str, str]) -> list[str]:
    """The venv's distributions; its package must be imported from the venv itself."""
    module = "uniapi_fal" if name == "uniapi" else "fal_client"
    done = subprocess.run(
        [python, "-c", _LIST.format(module=module)],
        cwd=folder,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    found = json.loads(done.stdout)
    if not str(found["file"]).startswith(str(found["prefix"])):
        raise RuntimeError(f"{module} imported from {found['file']}, not from its venv")
    return list(found["dists"])


# -------------------------------------------------------------- measurement
def time_rounds(venvs: Venvs, rounds: int) -> dict[str, list[float]]:
    """Seconds per round for each command, in rotated order, after one warm-up each."""
    names = list(CODE)

    def once(name: str) -> float:
        python = venvs.python[VENV_OF[name]]
        return import_seconds("", venvs.env, python=python, code=CODE[name], cwd=venvs.folder)

    for name in names:
        once(name)
    times: dict[str, list[float]] = {name: [] for name in names}
    for index in range(rounds):
        for name in rotated(names, index):
            times[name].append(once(name))
    return times


def breakdown(venvs: Venvs) -> str:
    """The top-level packages `import uniapi_fal` adds over `import fal_client`, by cost."""
    ours = self_times("uniapi_fal", venvs.env, python=venvs.python["uniapi"], cwd=venvs.folder)
    theirs = self_times("fal_client", venvs.env, python=venvs.python["fal"], cwd=venvs.folder)
    extra: dict[str, float] = {}
    for name, ms in ours.items():
        if name not in theirs:
            top = name.split(".")[0]
            extra[top] = extra.get(top, 0.0) + ms
    rows = [[name, f"{ms:.1f}"] for name, ms in sorted(extra.items(), key=lambda kv: -kv[1])[:12]]
    return (
        f"Loaded by `import uniapi_fal` and not by `import fal_client` "
        f"(`-X importtime` self times in the two venvs, one run, instrumented: compare, do not "
        f"add up to wall time): {sum(extra.values()):.0f} ms in all. "
        f"`import fal_client` loads {sum(theirs.values()):.0f} ms, "
        f"`import uniapi_fal` {sum(ours.values()):.0f} ms.\n\n"
        + markdown_table(["package", "ms"], rows)
    )


def rows_of(times: Mapping[str, Sequence[float]], rounds: int) -> list[Row]:
    ms = {name: [t * 1000 for t in values] for name, values in times.items()}
    imports = {
        UNIAPI: Summary.of(ms[IMPORT_US]),
        FAL: Summary.of(ms[IMPORT_FAL]),
        HTTPX: Summary.of(ms[IMPORT_HTTPX]),
    }
    vs_fal = Spread.of(per_round(ms[IMPORT_US], ms[IMPORT_FAL]))
    vs_httpx = Spread.of(per_round(ms[IMPORT_US], ms[IMPORT_HTTPX], difference=True))
    construct = Spread.of(per_round(ms[CONSTRUCT_US], ms[CONSTRUCT_FAL]))
    return [
        Row(
            SCENARIO,
            f"`import` wall time, ms (fresh venvs, {rounds} rounds)",
            dict(imports),
            round_ratio_text(vs_fal, FAL),
            f"≤ {FAL}",
            verdict(vs_fal, 1.0),
        ),
        Row(
            SCENARIO,
            "same, uniapi-fal − raw httpx, ms (per round)",
            {UNIAPI: imports[UNIAPI], HTTPX: imports[HTTPX]},
            round_difference_text(vs_httpx),
            f"≤ {HTTPX} + {HTTPX_ALLOWANCE_MS:.0f} ms",
            verdict(vs_httpx, HTTPX_ALLOWANCE_MS),
        ),
        Row(
            SCENARIO,
            "import + `AsyncClient(key)`, ms",
            {UNIAPI: Summary.of(ms[CONSTRUCT_US]), FAL: Summary.of(ms[CONSTRUCT_FAL])},
            round_ratio_text(construct, FAL),
            "reported",
            None,
        ),
    ]


def run(rounds: int = RUNS) -> Section:
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        venvs = make_venvs(Path(tmp))
        setup = time.perf_counter() - started
        times = time_rounds(venvs, rounds)
        detail = breakdown(venvs)
    seconds = venvs.setup_seconds
    how = (
        f"### Import\n\nFresh venvs in a temp folder, built for this run and removed after it "
        f"(set-up {setup:.0f} s: wheel {seconds['wheel']:.0f} s, uniapi-fal venv "
        f"{seconds['uniapi']:.0f} s, fal-client venv {seconds['fal']:.0f} s; pip's own "
        "download cache is used as it is). venv A has the project's wheel and what it "
        f"brought: {', '.join(venvs.packages['uniapi'])}; venv B has `{fal_client_pin()}` "
        f"and what it brought: {', '.join(venvs.packages['fal'])}. `import httpx` runs in "
        f"venv A. {rounds} rounds after one warm-up each; each round runs "
        f"{', '.join(f'`{CODE[name]}`' for name in CODE)} once, each in a fresh "
        "interpreter (start-up included), the order rotated from round to round. The ratio "
        "column is the median of the per-round ratios (or differences) with their "
        "interquartile range (IQR); the client columns are each command's median (min–max). "
        "The `AsyncClient(...)` row is not a target: it shows what a lazy import defers to "
        "the first use."
    )
    return Section(rows=rows_of(times, rounds), notes=[how, "### Import breakdown\n\n" + detail])
