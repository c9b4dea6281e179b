"""Uploads end to end against the emulator's storage: a typed run whose `image_url` is a
48 MB local PNG, and a 200 MB file read back byte for byte by a process whose memory
stays bounded."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import httpx

from fal_queue_emulator import RunningEmulator
from uniapi_fal import Client
from uniapi_fal.models import KlingVideoV21StandardImageToVideoInput as KlingI2V
from uniapi_fal.models import KlingVideoV21StandardImageToVideoOutput

from .conftest import TEST_KEY

MIB = 1024 * 1024


def random_file(path: Path, mib: int) -> str:
    digest = hashlib.sha256()
    with path.open("wb") as out:
        for _ in range(mib):
            block = os.urandom(MIB)
            digest.update(block)
            out.write(block)
    return digest.hexdigest()


def served_digest(url: str) -> str:
    digest = hashlib.sha256()
    with httpx.stream("GET", url, timeout=30) as response:
        response.raise_for_status()
        for chunk in response.iter_bytes():
            digest.update(chunk)
    return digest.hexdigest()


def test_a_run_whose_image_is_a_48_mb_local_png(emulator: RunningEmulator, tmp_path: Path) -> None:
    photo = tmp_path / "photo.png"
    expected = random_file(photo, 48)
    with Client(api_key=TEST_KEY, base_url=emulator.base_url) as client:
        out = client.run(KlingI2V(prompt="waves at dusk", image_url=photo))
    assert isinstance(out, KlingVideoV21StandardImageToVideoOutput)
    (submit,) = [
        r
        for r in emulator.emulator.requests_of("submit")
        if isinstance(r.body, dict) and r.body.get("prompt") == "waves at dusk"
    ]
    sent = submit.body["image_url"]
    assert sent.startswith(emulator.base_url + "/_cdn/files/") and sent.endswith("/photo.png")
    assert served_digest(sent) == expected


UPLOADER = """
import json, resource, sys
from uniapi_fal import Client
base_url, key, path = sys.argv[1:4]
with Client(api_key=key, base_url=base_url, journal=False) as client:
    client.upload(b"warm-up")  # the imports and the pool, before the baseline
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    url = client.upload(path)
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"url": url, "grew_kib": after - before}))
"""


def test_200_mb_go_up_in_parts_with_bounded_memory(
    emulator: RunningEmulator, tmp_path: Path
) -> None:
    video = tmp_path / "video.mp4"
    expected = random_file(video, 200)
    done = subprocess.run(
        [sys.executable, "-c", UPLOADER, emulator.base_url, TEST_KEY, str(video)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    found = json.loads(done.stdout)
    assert served_digest(found["url"]) == expected
    assert found["grew_kib"] < 64 * 1024, found  # a few parts' pieces, not the file
    parts = [r for r in emulator.emulator.requests if "/multipart/" in r.path and r.method == "PUT"]
    assert len(parts) >= 20  # 10 MiB parts
