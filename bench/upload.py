"""Upload: a 200 MB file into the emulator's storage, uniapi-fal against fal-client.

uniapi-fal: `Client.upload(path)`; fal-client 1.0.3: `SyncClient.upload_file(path)`, its
REST and CDN hosts (module constants, no setting) pointed at the emulator's (`/_rest`,
`/_cdn`). Both take fal's multipart path at this size (parts of 10 MiB: 4 at once for
uniapi-fal, 10 for fal-client). Each round runs both in fresh worker processes, the order
rotated; each upload is read back and compared byte for byte (outside the timing).
Throughput is the file's size over the upload's wall time; peak RSS is the worker's
(`ru_maxrss`), with its RSS before the upload for scale.
"""

from __future__ import annotations

import hashlib
import os
import resource
import tempfile
import time
from pathlib import Path

from ._emulator import Emulator
from ._proc import API_KEY, Params, run_worker, worker_main
from ._report import FAL, UNIAPI, Row, Section, round_ratio_text
from ._stats import Spread, Summary, per_round, rotated, verdict

SIZE = 200 * 1024 * 1024
ROUNDS = 3
SCENARIO = "upload (200 MB)"
CLIENTS = (UNIAPI, FAL)


def _rss_mib() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def worker(params: Params) -> Params:
    path, base_url = params["path"], params["base_url"]
    before = _rss_mib()
    if params["client"] == UNIAPI:
        from uniapi_fal import Client

        with Client(api_key=API_KEY, base_url=base_url, journal=False) as client:
            started = time.perf_counter()
            url = client.upload(path)
            wall = time.perf_counter() - started
    else:
        import fal_client
        import fal_client.client

        fal_client.client.REST_URL = base_url + "/_rest"
        fal_client.client.CDN_URL = base_url + "/_cdn"
        client = fal_client.SyncClient(key=API_KEY)
        started = time.perf_counter()
        url = client.upload_file(path)
        wall = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"wall": wall, "url": url, "rss_before_mib": before, "peak_rss_mib": peak}


def _digest_of_url(url: str) -> str:
    import httpx

    digest = hashlib.sha256()
    with httpx.stream("GET", url, timeout=60) as response:
        response.raise_for_status()
        for chunk in response.iter_bytes(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _file(folder: str) -> tuple[str, str]:
    path = os.path.join(folder, "upload-200mb.bin")
    digest = hashlib.sha256()
    with open(path, "wb") as out:
        for _ in range(SIZE // (1 << 20)):
            block = os.urandom(1 << 20)
            digest.update(block)
            out.write(block)
    return path, digest.hexdigest()


def run(rounds: int = ROUNDS) -> Section:
    section = Section()
    walls: dict[str, list[float]] = {c: [] for c in CLIENTS}
    peaks: dict[str, list[float]] = {c: [] for c in CLIENTS}
    befores: dict[str, list[float]] = {c: [] for c in CLIENTS}
    mismatches: list[str] = []
    with tempfile.TemporaryDirectory(prefix="bench-upload-") as folder:
        path, expected = _file(folder)
        with Emulator(queue_seconds=1, run_seconds=1) as emulator:
            for index in range(rounds):
                for client in rotated(list(CLIENTS), index):
                    out = run_worker(
                        "bench.upload",
                        {"client": client, "path": path, "base_url": emulator.base_url},
                        timeout=600,
                    )
                    walls[client].append(out["wall"])
                    peaks[client].append(out["peak_rss_mib"])
                    befores[client].append(out["rss_before_mib"])
                    if _digest_of_url(out["url"]) != expected:
                        mismatches.append(f"{client}, round {index + 1}")
        Path(path).unlink()
    mib = SIZE / (1024 * 1024)
    speed = {c: Summary.of([mib / w for w in walls[c]]) for c in CLIENTS}
    wall_ratio = Spread.of(per_round(walls[UNIAPI], walls[FAL]))
    rss_ratio = Spread.of(per_round(peaks[UNIAPI], peaks[FAL]))
    section.rows += [
        Row(
            SCENARIO,
            "uploads read back unequal to the file",
            {c: str(sum(m.startswith(c + ",") for m in mismatches)) for c in CLIENTS},
            "",
            "0",
            not mismatches,
        ),
        Row(
            SCENARIO,
            "wall time, s",
            {c: Summary.of(walls[c]) for c in CLIENTS},
            round_ratio_text(wall_ratio, FAL),
            f"≤ {FAL}",
            verdict(wall_ratio, 1.0),
            digits=2,
        ),
        Row(SCENARIO, "throughput, MiB/s", dict(speed), "", "reported", None, digits=0),
        Row(
            SCENARIO,
            "peak RSS of the process, MiB",
            {c: Summary.of(peaks[c]) for c in CLIENTS},
            round_ratio_text(rss_ratio, FAL),
            f"≤ {FAL}",
            verdict(rss_ratio, 1.0),
            digits=0,
        ),
        Row(
            SCENARIO,
            "RSS before the upload, MiB",
            {c: Summary.of(befores[c]) for c in CLIENTS},
            "",
            "reported",
            None,
            digits=0,
        ),
    ]
    section.notes.append(
        f"### Upload\n\nA {mib:.0f} MiB file of random bytes into the emulator's storage, "
        f"{rounds} rounds, uniapi-fal (`Client.upload`) and fal-client 1.0.3 "
        "(`SyncClient.upload_file`, its REST and CDN hosts pointed at the emulator) in fresh "
        "worker processes, the order rotated. Both use fal's multipart path at this size "
        "(10 MiB parts: 4 at once for uniapi-fal, 10 for fal-client). Every upload is read "
        "back and compared with the file (SHA-256), outside the timing. The emulator and the "
        "clients share the machine's 2 cores; the emulator writes each part to a temporary "
        "folder and joins them on completion."
    )
    return section


if __name__ == "__main__":
    worker_main(worker)
