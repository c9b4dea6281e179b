"""Spec scale: the models from fal's documents (701, the spec before fal's TypeScript types
were imported) against the full spec (every file in openapi/models/: 1,508).

The model files made from fal's documents (`x-fal-source: openapi`, and their overrides)
are copied into a temp models folder; each spec is generated into a temp tree of its own
by `scripts/generate.py`'s `build(tree, models_dir=...)` (the repo's `generated/` is never
touched). Then, for both trees, runs interleaved (documents, full, documents, full, ...):

- `make generate`: the `build()` call, in a worker process, one run each;
- `make check-generated`: `python scripts/generate.py --check` on the repo (full spec)
  as a subprocess; for the documents the same steps in a worker (build into a fresh
  folder, compare every file with that tree), wall time, one run each;
- the wheel: `pip wheel --no-deps --no-build-isolation` of a temp project (pyproject.toml,
  README.md, overlays/, emulator/, the tree as generated/), its size;
- `python -c "import uniapi_fal"` with `PYTHONPATH=<tree>:overlays`;
- first call in a fresh process: `Client(...)` and one submit of `fal-ai/flux/dev` to an
  emulator serving that tree's `openapi.json`;
- emulator start: launch `python -m fal_queue_emulator --port 0 --spec <openapi.json>`
  until it answers HTTP;
- `mypy --strict` (cold: `--no-incremental`; warm: again with the cache the cold runs
  wrote) and pyright (strict) on a three-call user file, `MYPYPATH` / `extraPaths` =
  tree and overlays; each run must pass and infer `FluxDevOutput`. The file is written
  twice: models imported from their own modules (the target) and from `uniapi_fal.models`.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

import httpx

from ._emulator import Emulator
from ._proc import API_KEY, ROOT, START_TIMEOUT, Params, run_code, run_worker, worker_main
from ._report import UNIAPI, Row, Section, markdown_table
from ._stats import Summary
from ._wheel import build_env, project_wheel, run_checked
from .import_time import import_seconds, self_times

SCENARIO = "spec scale"
BASELINE = "documents"
BASELINE_SOURCE = "x-fal-source: openapi"
CALLED = "fal-ai/flux/dev"
IMPORT_RUNS = 16
FIRST_CALL_RUNS = 9
REGISTRY_RUNS = 5
EMULATOR_RUNS = 5
MYPY_COLD_RUNS = 3
MYPY_WARM_RUNS = 3
PYRIGHT_RUNS = 5
GROWTH_ALLOWED = 0.10
"""Import, first call and type checks: within 1.1x of the documents' figures."""
GENERATE_SECONDS = 90.0
CHECK_SECONDS = 90.0
WHEEL_MB = 8.0
EMULATOR_START_S = 2.0

GENERATOR = ROOT / "scripts" / "generate.py"
MODELS = ROOT / "openapi" / "models"
OVERLAYS = ROOT / "overlays"
OVERRIDE = ".override.yaml"
PYRIGHT = Path(sys.executable).parent / "pyright"
SPEC_IN_TREE = Path("uniapi_fal_api") / "openapi.json"

_USER_FILE = '''\
"""Three typed calls, as a user writes them (examples/typed_usage.py)."""

from __future__ import annotations

from typing import assert_type

from uniapi_fal import Client, Job
{imports}


def use(client: Client) -> None:
    image = client.run(FluxDevInput(prompt="a lighthouse at dawn"))
    assert_type(image, FluxDevOutput)
    job = client.submit(FluxDevInput(prompt="a fox"))
    assert_type(job, Job[FluxDevOutput])
    again = client.job(FluxDevInput, job.request_id)
    assert_type(again, Job[FluxDevOutput])
    reveal_type(again.result())
'''
OWN_MODULE = "own modules"
NAMESPACE = "uniapi_fal.models"
USER_FILES = {
    # The target: each model from its own module, so a checker reads that model only.
    OWN_MODULE: _USER_FILE.format(
        imports="from uniapi_fal_api.models.flux_dev_input import FluxDevInput\n"
        "from uniapi_fal_api.models.flux_dev_output import FluxDevOutput"
    ),
    # Reported: the one namespace, whose stub declares every model.
    NAMESPACE: _USER_FILE.format(
        imports="from uniapi_fal.models import FluxDevInput, FluxDevOutput"
    ),
}
"""The same user file, importing its models in each of the two ways."""
MYPY_INI = """\
[mypy]
strict = True
python_version = 3.11

# Errors inside the generated code are not the user's (pyproject.toml silences them too,
# and mypy does for an installed package): only the user file must pass.
[mypy-uniapi_fal_api.*]
ignore_errors = True
"""
MYPY_REVEALED = 'FluxDevOutput"'  # `uniapi_fal_api.models.flux_dev_output.FluxDevOutput` or ...
PYRIGHT_REVEALED = 'Type of "again.result()" is "FluxDevOutput"'


# ----------------------------------------------------------------- worker side
def _load_generator() -> ModuleType:
    loaded = importlib.util.spec_from_file_location("bench_project_generate", GENERATOR)
    if loaded is None or loaded.loader is None:
        raise RuntimeError(f"cannot load {GENERATOR}")
    generate = importlib.util.module_from_spec(loaded)
    sys.modules[loaded.name] = generate  # its dataclasses look their module up
    loaded.loader.exec_module(generate)
    return generate


def worker(params: Params) -> Params:
    """`build`: the spec under `models_dir` into `tree` (an empty folder), timed;
    `check`: what `generate.py --check` does, against `tree` instead of generated/."""
    generate = _load_generator()
    generate.check_generator_version()
    models_dir = Path(params["models_dir"])
    tree = Path(params["tree"])
    if params["mode"] == "build":
        tree.mkdir()
        started = time.perf_counter()
        generate.build(tree, models_dir=models_dir)
        return {"build_seconds": time.perf_counter() - started}
    with tempfile.TemporaryDirectory(prefix="bench-check-") as tmp:
        fresh = Path(tmp) / "generated"
        fresh.mkdir()
        generate.build(fresh, models_dir=models_dir)
        return {"differences": len(generate.differences(fresh, tree))}


FIRST_CALL = """
import gc, json, sys, tempfile, time
from pathlib import Path

params = json.loads(sys.argv[1])
started = time.perf_counter()
import uniapi_fal
import uniapi_fal_api

imported = time.perf_counter()
collecting = []
def timed_gc(phase, info):
    if phase == "start":
        collecting.append(-time.perf_counter())
    else:
        collecting[-1] += time.perf_counter()
gc.callbacks.append(timed_gc)
with tempfile.TemporaryDirectory() as folder:
    client = uniapi_fal.Client(
        api_key=params["api_key"],
        base_url=params["base_url"],
        journal=Path(folder) / "journal.sqlite3",
    )
    constructed = time.perf_counter()
    job = client.submit(params["endpoint"], {"prompt": "a lighthouse at dawn"})
    submitted = time.perf_counter()
    gc.callbacks.remove(timed_gc)
    client.close()
print(json.dumps({
    "gc_s": sum(collecting),
    "import_s": imported - started,
    "construct_s": constructed - imported,
    "submit_s": submitted - constructed,
    "request_id": job.request_id,
    "models": len(uniapi_fal.ENDPOINTS),
    "generated_from": str(Path(uniapi_fal_api.__file__).parent),
}))
"""
"""Import, construct a Client, submit one request, in a process that loads nothing else."""


# ----------------------------------------------------------- orchestrator side
@dataclass
class Case:
    """One spec: its models folder, its generated tree, and what was measured on it."""

    name: str
    models_dir: Path
    tree: Path
    models: int
    pycache: Path
    """Where this tree's processes keep their bytecode (see `bytecode`)."""
    generate_s: float = 0.0
    check_s: float = 0.0
    check_outcome: str = ""
    wheel_mb: float = 0.0
    wheel_files: int = 0
    wheel_unpacked_mb: float = 0.0
    tree_files: int = 0
    tree_mb: float = 0.0
    imports: list[float] = field(default_factory=list)
    first: list[Params] = field(default_factory=list)
    ready: list[float] = field(default_factory=list)
    answered: list[float] = field(default_factory=list)
    mypy_cold: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    mypy_warm: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    mypy_modules: dict[str, str] = field(default_factory=dict)
    pyright: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    pyright_files: dict[str, str] = field(default_factory=dict)
    """Type checks, by the way the user file imports its models (`USER_FILES`)."""
    registry: list[float] = field(default_factory=list)

    @property
    def env(self) -> dict[str, str]:
        return {"PYTHONPATH": f"{self.tree}:{OVERLAYS}", **bytecode(self.pycache)}

    @property
    def spec(self) -> Path:
        return self.tree / SPEC_IN_TREE


def bytecode(prefix: Path) -> dict[str, str]:
    """Child environment that writes and reads bytecode under `prefix`: as an installed
    wheel has its .pyc, without writing into the repo (whatever PYTHONDONTWRITEBYTECODE
    says; this machine sets it, and then every import would compile from source)."""
    return {"PYTHONDONTWRITEBYTECODE": "", "PYTHONPYCACHEPREFIX": str(prefix)}


def _say(message: str) -> None:
    print(f"bench: spec scale: {message}", file=sys.stderr, flush=True)


def _model_count(models_dir: Path) -> int:
    return sum(1 for p in models_dir.rglob("*.yaml") if not p.name.endswith(OVERRIDE))


def _document_models(folder: Path) -> Path:
    """A models folder with the model files made from fal's documents and their overrides."""
    for source in MODELS.rglob("*.yaml"):
        if source.name.endswith(OVERRIDE):
            continue
        if BASELINE_SOURCE not in source.read_text(encoding="utf-8"):
            continue
        for suffix in (".yaml", OVERRIDE):
            origin = source.with_name(source.name.removesuffix(".yaml") + suffix)
            if origin.exists():
                target = folder / origin.relative_to(MODELS)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(origin, target)
    return folder


def _wall(command: list[str], *, cwd: Path, env: Mapping[str, str] | None = None) -> float:
    """Seconds `command` took; it must succeed."""
    started = time.perf_counter()
    run_checked(command, cwd=cwd, env=env)
    return time.perf_counter() - started


def _check_generated(cases: list[Case]) -> None:
    small, full = cases
    started = time.perf_counter()
    run_worker(
        "bench.spec_scale",
        {"mode": "check", "models_dir": str(small.models_dir), "tree": str(small.tree)},
        timeout=900,
    )
    small.check_s = time.perf_counter() - started
    small.check_outcome = f"build + compare with the {BASELINE} tree"
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "scripts/generate.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    full.check_s = time.perf_counter() - started
    last = (done.stdout.strip().splitlines() or ["(no output)"])[-1]
    full.check_outcome = f"exit {done.returncode}: {last}"
    if done.returncode != 0 and "differs" not in done.stdout:
        raise RuntimeError(f"scripts/generate.py --check failed:\n{done.stdout}\n{done.stderr}")


def _wheel(case: Case, folder: Path, env: Mapping[str, str]) -> None:
    wheel = project_wheel(folder, case.name, case.tree, env)
    case.wheel_mb = wheel.stat().st_size / 1e6
    with zipfile.ZipFile(wheel) as archive:
        infos = archive.infolist()
    case.wheel_files = len(infos)
    case.wheel_unpacked_mb = sum(info.file_size for info in infos) / 1e6
    if not any(info.filename == f"uniapi_fal_api/{SPEC_IN_TREE.name}" for info in infos):
        raise RuntimeError(f"{wheel.name} has no uniapi_fal_api/{SPEC_IN_TREE.name}")


def _check_tree(case: Case) -> None:
    """`PYTHONPATH=<tree>:overlays` imports this tree, not the repo's generated/."""
    out = run_code(
        "import json, uniapi_fal, uniapi_fal_api\n"
        "print(json.dumps({'models': len(uniapi_fal.ENDPOINTS), 'at': uniapi_fal_api.__file__}))",
        {},
        env=case.env,
    )
    if out["models"] != case.models or not str(out["at"]).startswith(str(case.tree)):
        raise RuntimeError(f"the {case.name} tree was not the one imported: {out}")


def _imports(cases: list[Case]) -> None:
    for case in cases:
        _check_tree(case)
        import_seconds("uniapi_fal", case.env)  # warm-up: bytecode caches
    for _ in range(IMPORT_RUNS):
        for case in cases:
            case.imports.append(import_seconds("uniapi_fal", case.env))


REGISTRY = """
import json, time
import uniapi_fal
from uniapi_fal_api import fal_endpoints

started = time.perf_counter()
fal_endpoints.lookup("fal-ai/flux/dev")
print(json.dumps({"seconds": time.perf_counter() - started}))
"""
"""What a first submit reads of the registry: the one file of rows its endpoint is in."""


def _registry(cases: list[Case]) -> None:
    for index in range(REGISTRY_RUNS + 1):  # the first round warms up
        for case in cases:
            out = run_code(REGISTRY, {}, env=case.env)
            if index:
                case.registry.append(float(out["seconds"]))


def _first_calls(cases: list[Case]) -> None:
    small, full = cases
    with (
        Emulator(queue_seconds=1, run_seconds=3, spec=small.spec, env=small.env) as small_emulator,
        Emulator(queue_seconds=1, run_seconds=3, spec=full.spec, env=full.env) as full_emulator,
    ):
        urls = {small.name: small_emulator.base_url, full.name: full_emulator.base_url}
        for index in range(FIRST_CALL_RUNS + 1):  # the first round warms up
            for case in cases:
                out = run_code(
                    FIRST_CALL,
                    {"api_key": API_KEY, "base_url": urls[case.name], "endpoint": CALLED},
                    env=case.env,
                )
                if out["models"] != case.models or not out["generated_from"].startswith(
                    str(case.tree)
                ):
                    raise RuntimeError(f"the {case.name} tree was not the one imported: {out}")
                if index:
                    case.first.append(out)


def _emulator_start(case: Case, folder: Path) -> tuple[float, float]:
    """Seconds from launch until the ready file names the URL, and until it answers HTTP."""
    ready = folder / "ready"
    ready.unlink(missing_ok=True)
    command = [
        sys.executable,
        "-m",
        "fal_queue_emulator",
        "--host",
        "127.0.0.1",
        "--port",
        "0",
        "--ready-file",
        str(ready),
        "--spec",
        str(case.spec),
    ]
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env={**os.environ, **case.env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = started + START_TIMEOUT
        url = ""
        while not url:
            if process.poll() is not None or time.perf_counter() > deadline:
                raise RuntimeError(f"the emulator did not start: {' '.join(command)}")
            time.sleep(0.002)
            url = ready.read_text(encoding="utf-8").strip() if ready.exists() else ""
        named = time.perf_counter() - started
        with httpx.Client(timeout=5) as http:
            while True:
                try:
                    http.get(url + "/_emulator/stats").raise_for_status()
                    break
                except httpx.TransportError:
                    if time.perf_counter() > deadline:
                        raise
                    time.sleep(0.002)
        return named, time.perf_counter() - started
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)


def _emulator_starts(cases: list[Case], folder: Path) -> None:
    for case in cases:
        _emulator_start(case, folder)  # warm-up: bytecode caches
    for _ in range(EMULATOR_RUNS):
        for case in cases:
            named, answered = _emulator_start(case, folder)
            case.ready.append(named)
            case.answered.append(answered)


def _run_checker(
    command: list[str], cwd: Path, env: Mapping[str, str], expect: str
) -> tuple[float, str]:
    """Seconds of one type-checker run, which must pass and reveal `expect`; its output."""
    started = time.perf_counter()
    done = subprocess.run(
        command, cwd=cwd, env={**os.environ, **env}, capture_output=True, text=True, check=False
    )
    elapsed = time.perf_counter() - started
    revealed = [
        line for line in done.stdout.splitlines() if "Revealed type" in line or "Type of" in line
    ]
    if done.returncode != 0 or not any(expect in line for line in revealed or [done.stdout]):
        raise RuntimeError(
            f"{' '.join(command)} (in {cwd}, {dict(env)}) exited {done.returncode} "
            f"or did not reveal {expect!r}:\n{done.stdout[-3000:]}\n{done.stderr[-2000:]}"
        )
    return elapsed, done.stdout


def _mypy_modules(cache: Path) -> str:
    """How many modules of uniapi_fal_api mypy analysed (rows of its SQLite cache)."""
    try:
        count = 0
        for db in cache.glob("*/cache.*.db"):
            with sqlite3.connect(db) as connection:
                rows = connection.execute("SELECT path FROM files2").fetchall()
            count += sum(
                1 for (path,) in rows if path.startswith("uniapi_fal_api") and ".meta." in path
            )
        return str(count) if count else "?"
    except sqlite3.Error:
        return "?"


def _type_checks(cases: list[Case], folder: Path) -> None:
    user = folder / "user"
    user.mkdir()
    (user / "mypy.ini").write_text(MYPY_INI, encoding="utf-8")
    files = {way: f"user_{index}.py" for index, way in enumerate(USER_FILES)}
    for way, name in files.items():
        (user / name).write_text(USER_FILES[way], encoding="utf-8")
    mypy = [sys.executable, "-m", "mypy", "--config-file", "mypy.ini"]
    for case in cases:
        for name in files.values():
            config = {
                "include": [name],
                "extraPaths": [str(case.tree), str(OVERLAYS)],
                "typeCheckingMode": "strict",
                "pythonVersion": "3.11",
            }
            (user / f"pyright-{case.name}-{name}.json").write_text(
                json.dumps(config), encoding="utf-8"
            )

    def mypy_env(case: Case) -> dict[str, str]:
        return {"MYPYPATH": f"{case.tree}:{OVERLAYS}"}

    def cache(case: Case, way: str) -> list[str]:
        return ["--cache-dir", str(folder / f"mypy-cache-{case.name}-{files[way]}")]

    def each() -> list[tuple[Case, str, str]]:
        return [(case, way, name) for way, name in files.items() for case in cases]

    for _ in range(MYPY_COLD_RUNS):  # cold; each run also writes the cache the warm runs read
        for case, way, name in each():
            command = [*mypy, "--no-incremental", *cache(case, way), name]
            elapsed = _run_checker(command, user, mypy_env(case), MYPY_REVEALED)[0]
            case.mypy_cold[way].append(elapsed)
    for _ in range(MYPY_WARM_RUNS):
        for case, way, name in each():
            command = [*mypy, *cache(case, way), name]
            elapsed = _run_checker(command, user, mypy_env(case), MYPY_REVEALED)[0]
            case.mypy_warm[way].append(elapsed)
    for case, way, name in each():
        case.mypy_modules[way] = _mypy_modules(folder / f"mypy-cache-{case.name}-{name}")
    pyright_env = {"NO_COLOR": "1"}
    for _ in range(PYRIGHT_RUNS):
        for case, way, name in each():
            command = [
                str(PYRIGHT),
                "--project",
                f"pyright-{case.name}-{name}.json",
                "--pythonpath",
                sys.executable,
                "--stats",
            ]
            elapsed, out = _run_checker(command, user, pyright_env, PYRIGHT_REVEALED)
            case.pyright[way].append(elapsed)
            parsed = re.search(r"Total files parsed and bound: (\d+)", out)
            case.pyright_files[way] = parsed.group(1) if parsed else "?"


def _step(name: str, action: Callable[[], None]) -> None:
    started = time.perf_counter()
    action()
    _say(f"{name} done in {time.perf_counter() - started:.0f} s")


def run() -> Section:
    with tempfile.TemporaryDirectory(prefix="bench-spec-scale-") as tmp:
        folder = Path(tmp)
        baseline_dir = _document_models(folder / f"models-{BASELINE}")
        cases = [
            Case(
                name,
                models_dir=source,
                tree=folder / f"generated-{name}",
                models=_model_count(source),
                pycache=folder / f"pycache-{name}",
            )
            for name, source in ((BASELINE, baseline_dir), ("full", MODELS))
        ]
        if not 0 < cases[0].models < cases[1].models:
            raise RuntimeError(f"expected fewer model files in {baseline_dir} than the spec's")

        def generate() -> None:
            for case in cases:
                params = {"mode": "build", "models_dir": str(case.models_dir)}
                out = run_worker(
                    "bench.spec_scale", {**params, "tree": str(case.tree)}, timeout=900
                )
                case.generate_s = float(out["build_seconds"])
                files = [p for p in case.tree.rglob("*") if p.is_file()]
                case.tree_files = len(files)
                case.tree_mb = sum(p.stat().st_size for p in files) / 1e6

        def wheels() -> None:
            env = build_env(folder)
            for case in cases:
                _wheel(case, folder, env)

        _step("generate", generate)
        _step("check-generated", lambda: _check_generated(cases))
        _step("wheels", wheels)
        _step("import", lambda: _imports(cases))
        _step("first call", lambda: _first_calls(cases))
        _step("registry", lambda: _registry(cases))
        _step("emulator start", lambda: _emulator_starts(cases, folder))
        _step("type checkers", lambda: _type_checks(cases, folder))
        growth = self_time_growth(cases[0].env, cases[1].env)
        return _section(cases, growth)


def _section(cases: list[Case], growth: str) -> Section:
    base, full = cases
    span = f"{base.models} → {full.models} models"
    within = f"≤ {1 + GROWTH_ALLOWED:.1f}× ({base.models} models)"

    def ms(values: list[float]) -> Summary:
        return Summary.of([v * 1000 for v in values])

    def seconds(values: list[float]) -> Summary:
        return Summary.of(values)

    def ratio(small: float, large: float, digits: int = 2) -> str:
        return f"{large / small:.{digits}f}× ({base.models} models)"

    def pair(small: Summary, large: Summary, digits: int) -> str:
        return f"{small.show(digits)} → {large.show(digits)}"

    def compared(measure: str, small: Summary, large: Summary, digits: int, target: bool) -> Row:
        return Row(
            SCENARIO,
            measure,
            {UNIAPI: pair(small, large, digits)},
            ratio(small.median, large.median),
            within if target else "reported",
            large.median <= small.median * (1 + GROWTH_ALLOWED) if target else None,
        )

    calls = {
        case.name: ms([r["construct_s"] + r["submit_s"] for r in case.first]) for case in cases
    }
    check_cell = f"{base.check_s:.1f} → {full.check_s:.1f}"
    if not full.check_outcome.startswith("exit 0"):
        check_cell += " (generated/ stale)"
    rows = [
        Row(
            SCENARIO,
            f"`make generate` (`build()`), s ({span}; one run each)",
            {UNIAPI: f"{base.generate_s:.1f} → {full.generate_s:.1f}"},
            ratio(base.generate_s, full.generate_s, 1),
            f"≤ {GENERATE_SECONDS:.0f} s (full)",
            full.generate_s <= GENERATE_SECONDS,
        ),
        Row(
            SCENARIO,
            f"`make check-generated`, s ({span}; one run each)",
            {UNIAPI: check_cell},
            ratio(base.check_s, full.check_s, 1),
            f"≤ {CHECK_SECONDS:.0f} s (full)",
            full.check_s <= CHECK_SECONDS,
        ),
        Row(
            SCENARIO,
            f"wheel size, MB ({span})",
            {UNIAPI: f"{base.wheel_mb:.2f} → {full.wheel_mb:.2f}"},
            ratio(base.wheel_mb, full.wheel_mb, 1),
            f"≤ {WHEEL_MB:.0f} MB (full)",
            full.wheel_mb <= WHEEL_MB,
        ),
        compared(f"`import uniapi_fal`, ms ({span})", ms(base.imports), ms(full.imports), 0, True),
        compared(
            f"first call: Client() + one submit, ms ({span})",
            calls[base.name],
            calls[full.name],
            0,
            True,
        ),
        Row(
            SCENARIO,
            f"emulator start until it answers HTTP, ms ({span})",
            {UNIAPI: pair(ms(base.answered), ms(full.answered), 0)},
            ratio(ms(base.answered).median, ms(full.answered).median),
            f"< {EMULATOR_START_S * 1000:.0f} ms (full)",
            ms(full.answered).median < EMULATOR_START_S * 1000,
        ),
    ]
    for way in USER_FILES:
        shown_how = f"models from {way}"
        target = way == OWN_MODULE
        rows += [
            compared(
                f"`mypy --strict` user file ({shown_how}), cold (`--no-incremental`), s ({span})",
                seconds(base.mypy_cold[way]),
                seconds(full.mypy_cold[way]),
                2,
                target,
            ),
            compared(
                f"`mypy --strict` user file ({shown_how}), warm (its cache), s ({span})",
                seconds(base.mypy_warm[way]),
                seconds(full.mypy_warm[way]),
                2,
                False,
            ),
            compared(
                f"pyright (strict) user file ({shown_how}), s ({span})",
                seconds(base.pyright[way]),
                seconds(full.pyright[way]),
                2,
                target,
            ),
        ]

    def first(case: Case, key: str) -> str:
        return ms([r[key] for r in case.first]).show(1)

    def both(show: Callable[[Case], str]) -> list[str]:
        return [show(base), show(full)]

    details = [
        ["model files", *both(lambda c: str(c.models))],
        [
            "generated tree, files / MB",
            *both(lambda c: f"{c.tree_files} / {c.tree_mb:.1f}"),
        ],
        [
            "wheel, files / MB unpacked / MB",
            *both(lambda c: f"{c.wheel_files} / {c.wheel_unpacked_mb:.1f} / {c.wheel_mb:.2f}"),
        ],
        ["`make generate` (`build()` in a worker), s", *both(lambda c: f"{c.generate_s:.1f}")],
        ["`make check-generated`, s", *both(lambda c: f"{c.check_s:.1f}")],
        ["check outcome", *both(lambda c: c.check_outcome)],
        ["`import uniapi_fal`, ms", *both(lambda c: ms(c.imports).show(0))],
        ["first call: `Client(...)`, ms", *both(lambda c: first(c, "construct_s"))],
        ["first call: first `submit`, ms", *both(lambda c: first(c, "submit_s"))],
        ["first call: of which garbage collection, ms", *both(lambda c: first(c, "gc_s"))],
        ["in-process import, ms (first-call processes)", *both(lambda c: first(c, "import_s"))],
        [
            "of a first submit: its endpoint's registry rows read (`lookup`), ms",
            *both(lambda c: ms(c.registry).show(1)),
        ],
        ["emulator: URL in the ready file, ms", *both(lambda c: ms(c.ready).show(0))],
        ["emulator: first HTTP answer, ms", *both(lambda c: ms(c.answered).show(0))],
    ]
    for way in USER_FILES:
        details += _checker_details(way, base, full)
    how = [
        f"{BASELINE}: the model files made from fal's per-endpoint documents (`{BASELINE_SOURCE}`) "
        f"and their overrides, copied into a temp models folder ({base.models} models, the "
        f"spec before fal's TypeScript types were imported); full: `openapi/models/` as it is "
        f"({full.models} models). Each is generated into a temp tree by `scripts/generate.py`'s "
        "`build(tree, models_dir=...)` in a worker process, one run each (`make generate`).",
        "`make check-generated`: `python scripts/generate.py --check` on the repo (full spec, "
        "compared with `generated/`), wall time, once; for the documents the same steps in a "
        "worker: build into a fresh folder, compare every file with their tree.",
        "wheel: `pip wheel --no-deps --no-build-isolation` of a temp project (pyproject.toml, "
        "README.md, overlays/, emulator/, the tree as generated/); MB = 10⁶ bytes.",
        "`PYTHONPATH=<tree>:overlays` for every process that imports the SDK (checked: that "
        "tree is the one imported), with bytecode written to and read from a temp "
        "`PYTHONPYCACHEPREFIX` per tree, as an installed wheel has its .pyc "
        "(`PYTHONDONTWRITEBYTECODE` is cleared for these processes).",
        f"`import uniapi_fal`: median of {IMPORT_RUNS} runs after a warm-up. First call: "
        f"median of {FIRST_CALL_RUNS} fresh processes after a warm-up round, each submitting "
        f"`{CALLED}` to an emulator serving that tree's `openapi.json`.",
        "emulator start: from launching `python -m fal_queue_emulator --port 0 --ready-file F "
        "--spec <tree>/uniapi_fal_api/openapi.json` until `GET /_emulator/stats` answers, "
        f"median of {EMULATOR_RUNS} after a warm-up.",
        "type checkers, on a three-call user file (`client.run(FluxDevInput(...))`, "
        "`client.submit(...)`, `client.job(FluxDevInput, id)`, each `assert_type`d, and a "
        "`reveal_type` whose output is checked; every run must exit 0), written twice: "
        f"importing each model from its own module ({OWN_MODULE}: "
        "`uniapi_fal_api.models.flux_dev_input`; the target rows) and from the one namespace "
        f"`{NAMESPACE}` (reported): `mypy --strict` with "
        f"`MYPYPATH=<tree>:overlays`, cold = `--no-incremental` (median of {MYPY_COLD_RUNS}), "
        f"warm = again with the cache those runs wrote (median of {MYPY_WARM_RUNS}); the mypy "
        "target row is the cold one. Errors inside `uniapi_fal_api.*` are silenced in the "
        "user's mypy.ini, as pyproject.toml does. pyright (strict, `extraPaths` = tree and "
        f"overlays): median of {PYRIGHT_RUNS}.",
        f"every repeated measure alternates {BASELINE}, full, {BASELINE}, full.",
    ]
    note = (
        "### Spec scale\n\n"
        + "\n".join(f"- {line}" for line in how)
        + "\n\n"
        + markdown_table(["", f"{base.models} models", f"{full.models} models"], details)
        + "\n\n"
        + growth
    )
    return Section(rows=rows, notes=[note])


def _checker_details(way: str, base: Case, full: Case) -> list[list[str]]:
    """The type checkers' detail rows for one way of importing the models."""

    def both(show: Callable[[Case], str]) -> list[str]:
        return [show(base), show(full)]

    return [
        [f"{way}: mypy cold, s", *both(lambda c: Summary.of(c.mypy_cold[way]).show(2))],
        [f"{way}: mypy warm, s", *both(lambda c: Summary.of(c.mypy_warm[way]).show(2))],
        [f"{way}: uniapi_fal_api modules in mypy's cache", *both(lambda c: c.mypy_modules[way])],
        [f"{way}: pyright, s", *both(lambda c: Summary.of(c.pyright[way]).show(2))],
        [
            f"{way}: files pyright parsed and bound (`--stats`)",
            *both(lambda c: c.pyright_files[way]),
        ],
    ]


GROWTH_SHOWN_MS = 0.3
LOADED = "uniapi_fal, uniapi_fal_api.fal_endpoints"
"""What `self_time_growth` imports: the SDK, and the registry table a first submit loads."""


def self_time_growth(small_env: dict[str, str], big_env: dict[str, str], top: int = 6) -> str:
    """Our modules whose own import time grows most from the small tree to the large one."""
    small, big = self_times(LOADED, small_env), self_times(LOADED, big_env)
    rows = sorted(
        (
            (name, small.get(name, 0.0), ms)
            for name, ms in big.items()
            if "uniapi_fal" in name and ms - small.get(name, 0.0) >= GROWTH_SHOWN_MS
        ),
        key=lambda row: row[1] - row[2],
    )[:top]
    head = (
        f"Our modules whose own import time (`-X importtime` of `import {LOADED}`, self, "
        f"one run each) grows by {GROWTH_SHOWN_MS} ms or more from the small spec to the "
        "full one"
    )
    if not rows:
        return head + ": none."
    return f"{head}:\n\n" + markdown_table(
        ["module", "ms, small spec", "ms, full spec"],
        [[name, f"{a:.1f}", f"{b:.1f}"] for name, a, b in rows],
    )


if __name__ == "__main__":
    worker_main(worker)
