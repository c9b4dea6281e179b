"""`make demo`: the gateway page's Kling image-to-video request, through the SDK, against
a local emulator on a free port, with live progress; prints the typed result.

The same code runs against the real gateway: drop the emulator and set UNIAPI_API_KEY.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from uniapi_fal import Client, JobStatus
from uniapi_fal.models import KlingVideoV21StandardImageToVideoInput

ROOT = Path(__file__).resolve().parents[1]

SEED = KlingVideoV21StandardImageToVideoInput(
    prompt=(
        "As the sun dips below the horizon, painting the sky in fiery hues of orange and purple, "
        "powerful waves relentlessly crash against jagged, dark rocks, their white foam a stark "
        "contrast to the deepening twilight; the textured surface of the rocks, wet and "
        "glistening, reflects the vibrant colors, creating a mesmerizing spectacle of nature's "
        "raw power and breathtaking beauty"
    ),
    image_url="https://v3.fal.media/files/panda/W-_J46zuJDQnUhqkKm9Iv_image.webp",
    duration="5",
    aspect_ratio="16:9",
    negative_prompt="blur, distort, and low quality",
    cfg_scale=0.5,
)


def start_emulator(ready_file: Path) -> tuple[subprocess.Popen[bytes], str]:
    """`python -m fal_queue_emulator --port 0`, and the base URL it chose."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "fal_queue_emulator",
            "--port",
            "0",
            "--ready-file",
            str(ready_file),
            "--spec",  # the bundled spec `make generate` writes (root + every model file)
            str(ROOT / "generated" / "uniapi_fal_api" / "openapi.json"),
        ],
        stdout=subprocess.DEVNULL,
        start_new_session=True,  # Ctrl-C reaches the demo only, which stops the emulator
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if ready_file.exists() and ready_file.read_text().strip():
            return process, ready_file.read_text().strip()
        if process.poll() is not None:
            raise SystemExit(f"the emulator exited with code {process.returncode}")
        time.sleep(0.05)
    process.terminate()
    raise SystemExit("the emulator did not start within 20 s")


class Progress:
    """One line per change: state, queue position, elapsed time, and each new log line."""

    def __init__(self) -> None:
        self.started = time.monotonic()

    def __call__(self, status: JobStatus) -> None:
        elapsed = time.monotonic() - self.started
        where = f" position {status.queue_position}" if status.queue_position is not None else ""
        print(f"  [{elapsed:5.1f}s] {status.state}{where}", flush=True)
        for line in status.new_logs:
            print(f"           log: {line.message}", flush=True)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        process, base_url = start_emulator(Path(tmp) / "emulator-url")
        try:
            print(f"emulator on {base_url}, a local fal queue standing in for the gateway")
            journal = Path(tmp) / "journal.sqlite3"  # the demo's jobs stay out of your own
            with Client(
                api_key="sk-demo-0123456789abcdef", base_url=base_url, journal=journal
            ) as client:
                job = client.submit(SEED)
                print(
                    f"submitted fal-ai/kling-video/v2.1/standard/image-to-video: {job.request_id}"
                )
                print(f"status URL, moved onto our host: {job.status_url}")
                output = job.result(on_update=Progress(), timeout=60)
                (entry,) = client.jobs()
                print(f"journal: {entry.request_id} {entry.state}, cached: {entry.has_result}")
            print("result:", type(output).__name__)
            print(f"  video.url          {output.video.url}")
            print(f"  video.content_type {output.video.content_type}")
            print(f"  video.file_size    {output.video.file_size}")
        finally:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:  # still closing connections: stop it now
                process.kill()
                process.wait()
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        print("\nstopped (Ctrl-C); the emulator is stopped too", file=sys.stderr)
        sys.exit(130)
