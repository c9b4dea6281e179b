"""Spec scale: the real spec (6 models) against a copy with 200 synthetic models more.

The copy adds, after the real model paths, 200 paths `/bench-synth/model-NNN/<task>`
with their `<Name>Input` / `<Name>Output` schemas, alternately copies of FLUX [dev]'s
(text to image) and Kling 2.1 Standard's (image to video), following the spec's
conventions. Both specs are generated into temp folders with the project's own
`scripts/generate.py` (its `build(tree)`, with the module's `SPEC` pointed at the spec;
the repo's `generated/` is never touched). Then, with `PYTHONPATH=<tree>:overlays`:

- `python -c "import uniapi_fal"`: median of IMPORT_RUNS, interleaved;
- first call, in a fresh process: `Client(...)` then one `submit` to the emulator
  (serving the 206-model spec) of a FLUX-like model (`fal-ai/flux/dev` with the real
  tree, a synthetic copy of it with the large one), median of FIRST_CALL_RUNS.
"""

from __future__ import annotations

import copy
import importlib.util
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from ._emulator import Emulator
from ._proc import API_KEY, ROOT, Params, run_code, run_worker, worker_main
from ._report import UNIAPI, Row, Section, markdown_table
from ._stats import Summary
from .import_time import self_times, time_imports

SYNTHETIC = 200
IMPORT_RUNS = 10
FIRST_CALL_RUNS = 5
GROWTH_ALLOWED = 0.05
SCENARIO = "spec scale"
SPEC = ROOT / "openapi" / "openapi.yaml"
GENERATOR = ROOT / "scripts" / "generate.py"
OVERLAYS = ROOT / "overlays"

_TEMPLATES = {
    "text-to-image": ("FluxDevInput", "FluxDevOutput", "TextToImage"),
    "image-to-video": (
        "KlingVideoV21StandardImageToVideoInput",
        "KlingVideoV21StandardImageToVideoOutput",
        "ImageToVideo",
    ),
}


def synthetic_endpoint(index: int) -> str:
    task = "text-to-image" if index % 2 else "image-to-video"
    return f"bench-synth/model-{index:03d}/{task}"


def synthetic_spec(spec: dict[str, Any], count: int = SYNTHETIC) -> dict[str, Any]:
    """`spec` with `count` more models, each one path and two schemas."""
    out = copy.deepcopy(spec)
    template_op = next(
        item["post"] for item in spec["paths"].values() if "x-fal-endpoint" in item.get("post", {})
    )
    models = {p: i for p, i in out["paths"].items() if "x-fal-endpoint" in i.get("post", {})}
    queue = {p: i for p, i in out["paths"].items() if p not in models}
    schemas = out["components"]["schemas"]
    for index in range(1, count + 1):
        endpoint = synthetic_endpoint(index)
        task = endpoint.rsplit("/", 1)[1]
        source_in, source_out, suffix = _TEMPLATES[task]
        name = f"BenchSynthModel{index:03d}{suffix}"
        operation = copy.deepcopy(template_op)
        operation.update(
            operationId=f"bench_synth_model_{index:03d}_{task.replace('-', '_')}",
            summary=f"Synthetic model {index} ({task}), for the spec-scale benchmark",
        )
        operation["x-fal-endpoint"] = endpoint
        operation["x-fal-output"] = f"#/components/schemas/{name}Output"
        operation["requestBody"]["content"]["application/json"]["schema"] = {
            "$ref": f"#/components/schemas/{name}Input"
        }
        models["/" + endpoint] = {"post": operation}
        schemas[f"{name}Input"] = copy.deepcopy(schemas[source_in])
        schemas[f"{name}Output"] = copy.deepcopy(schemas[source_out])
    out["paths"] = {**models, **queue}
    return out


def model_count(spec: dict[str, Any]) -> int:
    return sum("x-fal-endpoint" in item.get("post", {}) for item in spec["paths"].values())


# ----------------------------------------------------------------- worker side
def _generate(params: Params) -> Params:
    """Run the project's generator on `spec` into `tree` (an empty folder)."""
    loaded = importlib.util.spec_from_file_location("bench_project_generate", GENERATOR)
    if loaded is None or loaded.loader is None:
        raise RuntimeError(f"cannot load {GENERATOR}")
    generate = importlib.util.module_from_spec(loaded)
    sys.modules[loaded.name] = generate  # its dataclasses look their module up
    loaded.loader.exec_module(generate)
    vars(generate)["SPEC"] = Path(params["spec"])  # build() reads the spec from SPEC
    generate.check_generator_version()
    tree = Path(params["tree"])
    tree.mkdir()
    started = time.perf_counter()
    generate.build(tree)
    return {"build_seconds": time.perf_counter() - started}


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


def worker(params: Params) -> Params:
    return _generate(params)


# ----------------------------------------------------------- orchestrator side
def _tree_env(tree: Path) -> dict[str, str]:
    return {"PYTHONPATH": f"{tree}:{OVERLAYS}"}


def run() -> Section:
    import yaml

    real = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    section = Section()
    with tempfile.TemporaryDirectory(prefix="bench-spec-scale-") as tmp:
        folder = Path(tmp)
        big = synthetic_spec(real)
        big_path = folder / "openapi.yaml"
        big_path.write_text(yaml.safe_dump(big, sort_keys=False), encoding="utf-8")
        cases = {model_count(real): SPEC, model_count(big): big_path}
        small_n, big_n = sorted(cases)
        trees: dict[int, Path] = {}
        generate_s: dict[int, float] = {}
        for count, spec_path in cases.items():
            trees[count] = folder / f"generated-{count}"
            started = time.perf_counter()
            run_worker(
                "bench.spec_scale",
                {"spec": str(spec_path), "tree": str(trees[count])},
                timeout=900,
            )
            generate_s[count] = time.perf_counter() - started

        imports: dict[int, Summary] = {}
        for count, tree in trees.items():
            seconds = time_imports(["uniapi_fal"], IMPORT_RUNS, _tree_env(tree))["uniapi_fal"]
            imports[count] = Summary.of([s * 1000 for s in seconds])

        first: dict[int, list[Params]] = {count: [] for count in trees}
        with Emulator(queue_seconds=1, run_seconds=3, spec=big_path) as emulator:
            endpoints = {small_n: "fal-ai/flux/dev", big_n: synthetic_endpoint(SYNTHETIC - 1)}
            for _ in range(FIRST_CALL_RUNS):
                for count, tree in trees.items():
                    out = run_code(
                        FIRST_CALL,
                        {
                            "api_key": API_KEY,
                            "base_url": emulator.base_url,
                            "endpoint": endpoints[count],
                        },
                        env=_tree_env(tree),
                    )
                    if out["models"] != count or not out["generated_from"].startswith(str(tree)):
                        raise RuntimeError(
                            f"the {count}-model tree was not the one imported: {out}"
                        )
                    first[count].append(out)

        def summary(count: int, key: str) -> Summary:
            return Summary.of([run_[key] * 1000 for run_ in first[count]])

        calls = {
            count: Summary.of([(r["construct_s"] + r["submit_s"]) * 1000 for r in first[count]])
            for count in trees
        }
        growth = self_time_growth(_tree_env(trees[small_n]), _tree_env(trees[big_n]))
        sizes = {
            count: sum(p.stat().st_size for p in tree.rglob("*.py")) / 1e6
            for count, tree in trees.items()
        }
        files = {count: sum(1 for _ in tree.rglob("*.py")) for count, tree in trees.items()}

        def grows(measure: dict[int, Summary]) -> tuple[str, bool]:
            ratio = measure[big_n].median / measure[small_n].median
            return f"{ratio:.2f}× ({small_n} models)", ratio <= 1 + GROWTH_ALLOWED

        def pair(measure: dict[int, Summary], digits: int = 0) -> str:
            return f"{measure[small_n].show(digits)} → {measure[big_n].show(digits)}"

        ratio, met = grows(imports)
        section.rows.append(
            Row(
                SCENARIO,
                f"`make generate`, s ({small_n} → {big_n} models; one run each)",
                {UNIAPI: f"{generate_s[small_n]:.1f} → {generate_s[big_n]:.1f}"},
                f"{generate_s[big_n] / generate_s[small_n]:.1f}× ({small_n} models)",
                "reported",
                None,
            )
        )
        section.rows.append(
            Row(
                SCENARIO,
                f"`import uniapi_fal`, ms ({small_n} → {big_n} models)",
                {UNIAPI: pair(imports)},
                ratio,
                f"flat (≤ +{GROWTH_ALLOWED:.0%})",
                met,
            )
        )
        ratio, met = grows(calls)
        section.rows.append(
            Row(
                SCENARIO,
                f"first call: Client() + one submit, ms ({small_n} → {big_n} models)",
                {UNIAPI: pair(calls)},
                ratio,
                f"flat (≤ +{GROWTH_ALLOWED:.0%})",
                met,
            )
        )
        details = [
            ["generated package, files / MB of .py"]
            + [f"{files[c]} / {sizes[c]:.2f}" for c in (small_n, big_n)],
            ["`make generate` wall time, s"] + [f"{generate_s[c]:.1f}" for c in (small_n, big_n)],
            ["`import uniapi_fal`, ms"] + [imports[c].show(0) for c in (small_n, big_n)],
            ["first call: `Client(...)`, ms"]
            + [summary(c, "construct_s").show(1) for c in (small_n, big_n)],
            ["first call: first `submit`, ms"]
            + [summary(c, "submit_s").show(1) for c in (small_n, big_n)],
            ["first call: of which garbage collection, ms"]
            + [summary(c, "gc_s").show(1) for c in (small_n, big_n)],
            ["in-process import, ms (first-call processes)"]
            + [summary(c, "import_s").show(0) for c in (small_n, big_n)],
        ]
        section.notes.append(
            "### Spec scale\n\n"
            f"The real spec ({small_n} models) and a copy with {SYNTHETIC} synthetic models "
            f"({big_n}), each generated into a temp folder by `scripts/generate.py`'s "
            "`build()`, imported with `PYTHONPATH=<tree>:overlays`. Import: median of "
            f"{IMPORT_RUNS} runs; first call: median of {FIRST_CALL_RUNS} fresh processes "
            "(`fal-ai/flux/dev` with the real tree, a synthetic FLUX copy with the large one; "
            "the emulator serves the large spec). Generation runs once per spec.\n\n"
            + markdown_table(["", f"{small_n} models", f"{big_n} models"], details)
            + "\n\nOur modules whose import (`-X importtime`, self, one run each) grows most from "
            f"{small_n} to {big_n} models:\n\n" + growth
        )
    return section


def self_time_growth(small_env: dict[str, str], big_env: dict[str, str], top: int = 6) -> str:
    """The modules whose own import time grows most from the small tree to the large one."""
    small, big = self_times("uniapi_fal", small_env), self_times("uniapi_fal", big_env)
    rows = sorted(
        ((name, small.get(name, 0.0), ms) for name, ms in big.items() if "uniapi_fal" in name),
        key=lambda row: row[1] - row[2],
    )[:top]
    return markdown_table(
        ["module", "ms, small spec", "ms, large spec"],
        [[name, f"{a:.1f}", f"{b:.1f}"] for name, a, b in rows],
    )


if __name__ == "__main__":
    worker_main(worker)
