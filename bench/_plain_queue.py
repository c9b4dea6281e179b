"""A plain fal-style queue server that is not the project's emulator: standard library only.

`python -m bench._plain_queue --queue-seconds 1 --run-seconds 3 --ready-file F` serves on
127.0.0.1 (a free port) and writes its base URL to F. HTTP/1.1 with keep-alive,
Content-Length bodies only (no chunked requests), one asyncio server
(`asyncio.start_server`). fal's queue protocol, for any model id:

- `POST /<owner>/<app>[/<path>]` (a submit): 200 `{"request_id", "status_url",
  "response_url", "cancel_url", "queue_position"}`, the URLs on
  `<base>/<owner>/<app>/requests/<id>[/status|/cancel]`;
- `GET .../requests/<id>/status[?logs=0|1]`: 202 `IN_QUEUE` (with `queue_position`) for
  `queue_seconds` after the submit, then 202 `IN_PROGRESS` for `run_seconds`, then 200
  `COMPLETED`, by exact times on the server's monotonic clock. Each body also carries
  `request_id`, `response_url` and `logs` (null, or [] with `logs=1`), as fal's do:
  fal-client reads `logs` and fails on a body without it;
- `GET .../requests/<id>`: 200 a small flux/dev-shaped output once completed, 400 before;
- `PUT .../requests/<id>/cancel`: 202 `CANCELLATION_REQUESTED` while pending (the job then
  completes at once with a 499 result), 400 `ALREADY_COMPLETED` after;
- `GET .../requests/<id>/status/stream`: 404. This server has no status stream: a client
  that waits on one must find another way.
- `GET /_stats`: `{"requests_by_kind": {...}, "connections": n}` (submit, status, stream,
  result, cancel, other; `/_stats` itself is not counted).

An unknown request id answers 404; a request without `Authorization` 401.

`--latency SECONDS` puts the server that far away, as a network does: a request is seen
half of it after it was sent and its answer arrives the other half later, and a new
connection costs one more round trip (its handshake) before its first request is read.
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import json
import os
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ._proc import ServerProcess

KINDS = ("submit", "status", "stream", "result", "cancel", "other")
STATS_PATH = "/_stats"
MAX_HEADER_BYTES = 64 * 1024
REASONS = {
    200: "OK",
    202: "Accepted",
    400: "Bad Request",
    401: "Unauthorized",
    404: "Not Found",
    405: "Method Not Allowed",
    411: "Length Required",
    499: "Client Closed Request",
}


@dataclass
class QueuedJob:
    request_id: str
    prefix: str
    """`owner/app`: where its status, result and cancel live."""
    endpoint: str
    prompt: str
    submitted: float
    position: int
    cancelled_at: float | None = None


def flux_dev_output(prompt: str, request_id: str) -> dict[str, Any]:
    """fal's flux/dev output shape, small."""
    return {
        "images": [
            {
                "url": f"https://plain-queue.invalid/files/{request_id}.jpg",
                "width": 1024,
                "height": 768,
                "content_type": "image/jpeg",
            }
        ],
        "seed": 1,
        "has_nsfw_concepts": [False],
        "prompt": prompt,
        "timings": {},
    }


class PlainQueueServer:
    """The protocol, without the sockets: `handle(method, target, headers, body)`."""

    def __init__(self, queue_seconds: float, run_seconds: float, latency: float = 0.0) -> None:
        self.queue_seconds = queue_seconds
        self.run_seconds = run_seconds
        self.latency = latency
        """Seconds of round trip added to every request (see the module doc)."""
        self.base_url = ""
        self.jobs: dict[str, QueuedJob] = {}
        self.counts = dict.fromkeys(KINDS, 0)
        self.connections = 0
        self._submit_times: list[float] = []

    # ------------------------------------------------------------- timeline
    def state(self, job: QueuedJob, now: float) -> str:
        if job.cancelled_at is not None or now >= job.submitted + self.queue_seconds + (
            self.run_seconds
        ):
            return "COMPLETED"
        if now >= job.submitted + self.queue_seconds:
            return "IN_PROGRESS"
        return "IN_QUEUE"

    def queue_position(self, job: QueuedJob, now: float) -> int:
        """Jobs submitted before this one and still in the queue (cancels aside): submit
        times only grow, so those are the ones submitted less than `queue_seconds` ago."""
        first_queued = bisect.bisect_right(self._submit_times, now - self.queue_seconds)
        return max(0, job.position - first_queued)

    # -------------------------------------------------------------- routing
    def handle(
        self, method: str, target: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, Any]:
        path, _, query = target.partition("?")
        parts = [part for part in path.split("/") if part]
        if method == "GET" and path == STATS_PATH:
            return 200, {"requests_by_kind": dict(self.counts), "connections": self.connections}
        kind = self._kind(method, parts)
        self.counts[kind] += 1
        if not headers.get("authorization"):
            return 401, {"detail": "Missing Authorization header"}
        now = time.monotonic()
        if kind == "submit":
            return self._submit(parts, body, now)
        if kind == "other":
            if len(parts) >= 4 and parts[2] == "requests":
                return 405, {"detail": "Method Not Allowed"}
            return 404, {"detail": "Not Found"}
        job = self.jobs.get(parts[3])
        if kind == "stream":
            return 404, {"detail": "Not Found"}
        if job is None or job.prefix != f"{parts[0]}/{parts[1]}":
            return 404, {"detail": f"Request {parts[3]} not found"}
        if kind == "status":
            return self._status(job, now, with_logs="logs=1" in query.split("&"))
        if kind == "result":
            return self._result(job, now)
        return self._cancel(job, now)

    @staticmethod
    def _kind(method: str, parts: list[str]) -> str:
        if len(parts) >= 4 and parts[2] == "requests":
            tail = parts[4:]
            if method == "GET" and tail == []:
                return "result"
            if method == "GET" and tail == ["status"]:
                return "status"
            if method == "GET" and tail == ["status", "stream"]:
                return "stream"
            if method == "PUT" and tail == ["cancel"]:
                return "cancel"
            return "other"
        if method == "POST" and len(parts) >= 2:
            return "submit"
        return "other"

    def _urls(self, job: QueuedJob) -> dict[str, str]:
        response_url = f"{self.base_url}/{job.prefix}/requests/{job.request_id}"
        return {
            "status_url": f"{response_url}/status",
            "response_url": response_url,
            "cancel_url": f"{response_url}/cancel",
        }

    def _submit(self, parts: list[str], body: bytes, now: float) -> tuple[int, Any]:
        try:
            arguments = json.loads(body or b"{}")
        except ValueError:
            return 400, {"detail": "the body is not JSON"}
        if not isinstance(arguments, dict):
            return 400, {"detail": "the body is not a JSON object"}
        job = QueuedJob(
            request_id=str(uuid.uuid4()),
            prefix=f"{parts[0]}/{parts[1]}",
            endpoint="/".join(parts),
            prompt=str(arguments.get("prompt", "")),
            submitted=now,
            position=len(self._submit_times),
        )
        self._submit_times.append(now)
        self.jobs[job.request_id] = job
        position = self.queue_position(job, now)
        return 200, {"request_id": job.request_id, **self._urls(job), "queue_position": position}

    def _status(self, job: QueuedJob, now: float, with_logs: bool) -> tuple[int, Any]:
        state = self.state(job, now)
        body: dict[str, Any] = {
            "status": state,
            "request_id": job.request_id,
            "response_url": self._urls(job)["response_url"],
        }
        if state == "IN_QUEUE":
            body["queue_position"] = self.queue_position(job, now)
            return 202, body
        body["logs"] = [] if with_logs else None
        if state == "IN_PROGRESS":
            return 202, body
        body["metrics"] = {"inference_time": self.run_seconds}
        body["error"] = None
        body["error_type"] = None
        return 200, body

    def _result(self, job: QueuedJob, now: float) -> tuple[int, Any]:
        if self.state(job, now) != "COMPLETED":
            return 400, {"detail": "Request is still in progress"}
        if job.cancelled_at is not None:
            return 499, {"detail": "Request was cancelled"}
        return 200, flux_dev_output(job.prompt, job.request_id)

    def _cancel(self, job: QueuedJob, now: float) -> tuple[int, Any]:
        if self.state(job, now) == "COMPLETED":
            return 400, {"status": "ALREADY_COMPLETED"}
        job.cancelled_at = now
        return 202, {"status": "CANCELLATION_REQUESTED"}

    # ------------------------------------------------------------ the wire
    async def connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        half = self.latency / 2
        try:
            if self.latency:
                await asyncio.sleep(self.latency)  # the handshake's round trip
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, ConnectionError):
                    return
                except asyncio.LimitOverrunError:
                    await self._send(writer, 400, {"detail": "headers too long"}, close=True)
                    return
                lines = head.decode("latin-1").split("\r\n")
                try:
                    method, target, version = lines[0].split(" ", 2)
                except ValueError:
                    await self._send(writer, 400, {"detail": "bad request line"}, close=True)
                    return
                headers: dict[str, str] = {}
                for line in lines[1:]:
                    if ":" in line:
                        name, _, value = line.partition(":")
                        headers[name.strip().lower()] = value.strip()
                if "chunked" in headers.get("transfer-encoding", "").lower():
                    await self._send(writer, 411, {"detail": "Content-Length only"}, close=True)
                    return
                length = int(headers.get("content-length", "0") or "0")
                try:
                    body = await reader.readexactly(length) if length else b""
                except (asyncio.IncompleteReadError, ConnectionError):
                    return
                close = headers.get("connection", "").lower() == "close" or (
                    version == "HTTP/1.0" and headers.get("connection", "").lower() != "keep-alive"
                )
                if half:
                    await asyncio.sleep(half)  # on its way here
                status, payload = self.handle(method, target, headers, body)
                if half:
                    await asyncio.sleep(half)  # on its way back
                await self._send(writer, status, payload, close=close)
                if close:
                    return
        finally:
            self.connections -= 1
            writer.close()

    @staticmethod
    async def _send(
        writer: asyncio.StreamWriter, status: int, payload: Any, *, close: bool
    ) -> None:
        body = json.dumps(payload, separators=(",", ":")).encode()
        head = (
            f"HTTP/1.1 {status} {REASONS.get(status, 'Unknown')}\r\n"
            "Content-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n"
            f"Connection: {'close' if close else 'keep-alive'}\r\n\r\n"
        )
        writer.write(head.encode("latin-1") + body)
        try:
            await writer.drain()
        except ConnectionError:
            pass


async def serve(
    queue_seconds: float, run_seconds: float, ready_file: Path | None, latency: float = 0.0
) -> None:
    queue = PlainQueueServer(queue_seconds, run_seconds, latency)
    server = await asyncio.start_server(
        queue.connection, "127.0.0.1", 0, backlog=4096, limit=MAX_HEADER_BYTES
    )
    host, port = server.sockets[0].getsockname()[:2]
    queue.base_url = f"http://{host}:{port}"
    if ready_file is not None:
        partial = ready_file.with_name(ready_file.name + ".part")
        partial.write_text(queue.base_url + "\n", encoding="utf-8")
        os.replace(partial, ready_file)
    print(f"plain queue on {queue.base_url}", file=sys.stderr, flush=True)
    async with server:
        await server.serve_forever()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench._plain_queue", description=__doc__)
    parser.add_argument("--queue-seconds", type=float, default=1.0)
    parser.add_argument("--run-seconds", type=float, default=3.0)
    parser.add_argument("--ready-file", type=Path)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds of round trip")
    args = parser.parse_args(argv)
    try:
        asyncio.run(serve(args.queue_seconds, args.run_seconds, args.ready_file, args.latency))
    except KeyboardInterrupt:
        pass
    return 0


class PlainQueue(ServerProcess):
    """`with PlainQueue(queue_seconds=1, run_seconds=3) as queue:` on `queue.base_url`."""

    name = "the plain queue server"

    def __init__(self, *, queue_seconds: float, run_seconds: float, latency: float = 0.0) -> None:
        super().__init__(prefix="bench-plain-queue-")
        self.queue_seconds = queue_seconds
        self.run_seconds = run_seconds
        self.latency = latency

    def command(self, ready: Path) -> list[str]:
        return [
            sys.executable,
            "-m",
            "bench._plain_queue",
            "--queue-seconds",
            str(self.queue_seconds),
            "--run-seconds",
            str(self.run_seconds),
            "--ready-file",
            str(ready),
            "--latency",
            str(self.latency),
        ]


if __name__ == "__main__":
    sys.exit(main())
