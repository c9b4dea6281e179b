"""Shared fixtures: one emulator per session on 127.0.0.1 (free port), fast timings."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from fal_queue_emulator import EmulatorConfig, RunningEmulator, run_in_thread
from uniapi_fal import AsyncClient, Client

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "generated" / "uniapi_fal_api" / "openapi.json"
"""The bundled spec (root + model files) that `make generate` writes: what the emulator serves."""
SHARED_FAL = ROOT.parent / "shared" / "fal-openapi"
SHARED_TYPES = ROOT.parent / "shared" / "fal-js" / "endpoints.ts"
"""fal's own documents, beside the checkout (CI has them too); tests skip when absent."""
TEST_KEY = "sk-test-0123456789abcdef"

# Hypothesis's 200 ms per example is no promise of the SDK's, and this shared machine
# misses it at random (a one-off 252 ms, 115 ms on the retry, failed CI once); the
# promises on time have tests of their own, with their own bounds.
settings.register_profile("suite", deadline=None)
settings.load_profile("suite")


@pytest.fixture(scope="session")
def emulator() -> Iterator[RunningEmulator]:
    config = EmulatorConfig(
        spec_path=SPEC, queue_seconds=0.06, run_seconds=0.12, queue_step=0.02, log_interval=0.04
    )
    with run_in_thread(config) as running:
        yield running


@pytest.fixture
def client(emulator: RunningEmulator) -> Iterator[Client]:
    with Client(api_key=TEST_KEY, base_url=emulator.base_url) as c:
        yield c


@pytest.fixture
async def async_client(emulator: RunningEmulator) -> AsyncIterator[AsyncClient]:
    async with AsyncClient(api_key=TEST_KEY, base_url=emulator.base_url) as c:
        yield c


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _no_ambient_config(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Tests see only the configuration they set, and journal into their own folder."""
    monkeypatch.delenv("UNIAPI_API_KEY", raising=False)
    monkeypatch.delenv("UNIAPI_BASE_URL", raising=False)
    for name in ("FAL_KEY", "FAL_KEY_ID", "FAL_KEY_SECRET"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("UNIAPI_FAL_LOG", raising=False)
    monkeypatch.setenv("UNIAPI_FAL_JOURNAL", str(tmp_path / "journal.sqlite3"))
    # fal's documents for endpoints the spec lacks: asked of a test's own server only
    monkeypatch.setenv("UNIAPI_FAL_SCHEMAS_URL", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


@pytest.fixture(autouse=True)
def _earlier_tests_heap_frozen() -> Iterator[None]:
    """Each test meets the garbage collector as a fresh process would: what earlier tests
    left alive is out of its sight until the test ends, so a full collection during a test
    scans only what that test made. Without this, full collections of the suite's heap
    paused every thread (the emulator's too) for up to 0.8 s on this machine, past the
    tightest deadline bounds the tests check."""
    gc.freeze()
    yield
    gc.unfreeze()
