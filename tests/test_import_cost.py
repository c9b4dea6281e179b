"""`import uniapi_fal` stays flat: what only some programs need loads when first used.

Each check runs a fresh interpreter (this one, with the same environment), because
this process has long since imported everything. No timings are asserted: only which
modules are in `sys.modules`, which does not depend on the machine's speed.

A module the runtime dependencies (httpx, attrs) already load in this environment is not
ours to defer (the dev venv's httpx, for one, loads rich), so it is left out of the check.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

# Deferred module -> what it is for. Each one must be absent after `import uniapi_fal`.
DEFERRED = {
    "sqlite3": "the job journal, opened at the first submit",
    "difflib": "'did you mean' hints",
    "jsonschema": "input validation, at the first typed call",
    "importlib.resources": "the input schemas, read at the first typed call",
    "uuid": "nothing at import (downloads name their temporary files without it)",
    "asyncio": "AsyncClient",
    "dateutil": "nothing at import",
    "cryptography": "webhook signatures",
    "typer": "the CLI",
    "uniapi_fal.cli": "the CLI",
    "uniapi_fal.webhooks": "webhooks",
    "uniapi_fal.models": "the typed models",
    "uniapi_fal._async_client": "AsyncClient",
    "uniapi_fal._async_driver": "AsyncClient",
    "uniapi_fal._download": "saving result files (Saved)",
    "uniapi_fal._batch": "batches (BatchResult)",
    "uniapi_fal._raw": "raw responses (RawResponse)",
    "uniapi_fal_api.all_models": "the typed models",
    "uniapi_fal_api.models": "the typed models",
    "uniapi_fal_api.client": "the generic generated client",
}
DEFERRED_PREFIXES = ("uniapi_fal_api.models.", "uniapi_fal_api.api.", "uniapi_fal.cli.")
"""Per-model (and per-operation) generated modules: hundreds of them, loaded one by one."""


def _run(code: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _modules_after(code: str) -> set[str]:
    return set(
        json.loads(_run(f"{code}\nimport json, sys; print(json.dumps(sorted(sys.modules)))"))
    )


@pytest.fixture(scope="module")
def baseline() -> set[str]:
    """What the runtime dependencies load by themselves, in this environment."""
    return _modules_after("import attrs, httpx")


@pytest.fixture(scope="module")
def after_import() -> set[str]:
    return set(
        json.loads(_run("import uniapi_fal, sys, json; print(json.dumps(sorted(sys.modules)))"))
    )


def test_import_loads_none_of_the_deferred_modules(
    baseline: set[str], after_import: set[str]
) -> None:
    assert "uniapi_fal" in after_import
    loaded = {name for name in DEFERRED if name in after_import and name not in baseline}
    assert not loaded, {name: DEFERRED[name] for name in sorted(loaded)}
    generated = sorted(
        name for name in after_import if name.startswith(DEFERRED_PREFIXES) and name not in baseline
    )
    assert not generated


def test_import_loads_only_the_small_generated_modules(after_import: set[str]) -> None:
    """Of the generated package, only what every client needs: the endpoint row type,
    `FalInput` and `Unset`. An addition must be a choice (and this list updated)."""
    generated = {name for name in after_import if name.partition(".")[0] == "uniapi_fal_api"}
    assert generated <= {
        "uniapi_fal_api",
        "uniapi_fal_api.fal_endpoints",
        "uniapi_fal_api.fal_typing",
        "uniapi_fal_api.types",
    }


# Each step uses one feature; the modules it names must be loaded once it has run.
STEPS: list[tuple[str, str, tuple[str, ...]]] = [
    (
        "journal",
        """
        journal = uniapi_fal.Journal(pathlib.Path(folder) / "jobs.sqlite3")
        journal.open()
        journal.close()
        """,
        ("sqlite3",),
    ),
    (
        "hint",
        """
        from uniapi_fal import _registry
        assert "Did you mean" in _registry.not_in_spec_hint("fal-ai/flux/deb")
        """,
        ("difflib",),
    ),
    (
        "validation",
        """
        from uniapi_fal._validation import validate_input
        try:
            validate_input("fal-ai/flux/dev", "FluxDevInput", {"prompt": "x", "promt": "y"})
        except uniapi_fal.InputValidationError:
            pass
        else:
            raise AssertionError("an unknown field passed validation")
        """,
        ("jsonschema", "importlib.resources"),
    ),
    (
        "models",
        "from uniapi_fal.models import FluxDevInput",
        ("uniapi_fal.models", "uniapi_fal_api.models"),
    ),
    (
        "async",
        "uniapi_fal.AsyncClient",
        ("asyncio", "uniapi_fal._async_client", "uniapi_fal._async_driver"),
    ),
    ("saved", "uniapi_fal.Saved", ("uniapi_fal._download",)),
    ("batch", "uniapi_fal.BatchResult", ("uniapi_fal._batch",)),
    ("raw", "uniapi_fal.RawResponse", ("uniapi_fal._raw",)),
    ("webhooks", "import uniapi_fal.webhooks", ("uniapi_fal.webhooks",)),
]


def test_deferred_modules_load_when_used(tmp_path: Path, after_import: set[str]) -> None:
    script = ["import json, pathlib, sys", "import uniapi_fal", "folder = sys.argv[1]"]
    script.append("steps = {}")
    for name, code, _ in STEPS:
        script.append(textwrap.dedent(code).strip())
        script.append(f"steps[{name!r}] = sorted(sys.modules)")
    script.append("print(json.dumps(steps))")
    loaded = json.loads(_run("\n".join(script), str(tmp_path)))
    for name, _, expected in STEPS:
        missing = [module for module in expected if module not in loaded[name]]
        assert not missing, f"after the {name!r} step: {missing} not loaded"
    assert any(m.startswith("uniapi_fal_api.models.") for m in loaded["models"])
    # What a feature loads was not loaded before it was used.
    for _, _, expected in STEPS:
        assert not set(expected) & after_import


def test_the_cli_loads_when_used() -> None:
    pytest.importorskip("typer")
    loaded = _modules_after("import uniapi_fal.cli")
    assert "uniapi_fal.cli" in loaded
