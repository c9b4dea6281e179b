"""A fal webhook receiver: verifies each delivery, prints the typed result, answers 200 or 401.

    python examples/webhook_receiver.py --port 8080
    python examples/webhook_receiver.py --self-test   # emulator + one job + this receiver

Submit with `webhook_url="https://<your host>/fal/webhook?endpoint=fal-ai/flux/dev"`:
the endpoint id in the URL tells the receiver which Output model to parse.
"""

from __future__ import annotations

import argparse
import queue
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from uniapi_fal import Client, FalError
from uniapi_fal.models import FluxDevInput
from uniapi_fal.webhooks import FAL_JWKS_URL, JWKS, JWKSFetchError, WebhookEvent, verify

ROOT = Path(__file__).resolve().parents[1]


def make_server(port: int, jwks: JWKS, events: queue.Queue[WebhookEvent]) -> ThreadingHTTPServer:
    """A server verifying POSTs with `jwks`; each verified event is printed and queued."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            try:
                event = verify(dict(self.headers.items()), body, jwks)
            except JWKSFetchError as exc:  # not a forgery: have fal try again later
                return self.answer(503, str(exc))
            except FalError as exc:
                return self.answer(401, str(exc))
            endpoint = parse_qs(urlsplit(self.path).query).get("endpoint", [None])[0]
            print(f"verified webhook for {event.request_id}: {event.status}", flush=True)
            if not event.ok:
                print(f"  error: {event.error}", flush=True)
            elif endpoint is not None:
                try:
                    print(f"  {event.output(endpoint)!r}", flush=True)
                except FalError as exc:
                    print(f"  payload not readable as {endpoint}: {exc}", flush=True)
            events.put(event)
            self.answer(200, "ok")

        def answer(self, status: int, text: str) -> None:
            data = text.encode()
            self.send_response(status)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return ThreadingHTTPServer(("127.0.0.1", port), Handler)


def self_test() -> int:
    """Start the emulator, submit one FLUX job with a webhook to this receiver, verify it."""
    from fal_queue_emulator import JWKS_PATH, EmulatorConfig, run_in_thread

    config = EmulatorConfig(
        spec_path=ROOT / "generated" / "uniapi_fal_api" / "openapi.json",
        queue_seconds=0.2,
        run_seconds=0.5,
    )
    events: queue.Queue[WebhookEvent] = queue.Queue()
    with run_in_thread(config) as emulator:
        server = make_server(0, JWKS(url=emulator.base_url + JWKS_PATH), events)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        hook = f"http://127.0.0.1:{server.server_address[1]}/fal/webhook?endpoint=fal-ai/flux/dev"
        print(f"emulator on {emulator.base_url}, receiver on {hook}", flush=True)
        try:
            # Any key will do for the emulator, but not one that is also a word in its URLs
            # ("emulator"): the client blanks its key wherever a server echoes it.
            key = "sk-emulator-self-test-0123456789"
            with Client(api_key=key, base_url=emulator.base_url, journal=False) as client:
                job = client.submit(FluxDevInput(prompt="a lighthouse at dawn"), webhook_url=hook)
                print(f"submitted {job.request_id}; waiting for its webhook", flush=True)
                event = events.get(timeout=10)
                expected = job.result()
        except queue.Empty:
            print("no webhook arrived within 10 s", file=sys.stderr)
            return 1
        finally:
            server.shutdown()
            server.server_close()
    if event.request_id != job.request_id or event.output("fal-ai/flux/dev") != expected:
        print("the webhook does not match the job's result", file=sys.stderr)
        return 1
    print("self-test passed: the webhook verified and matches job.result()")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--port", type=int, default=8080, help="port on 127.0.0.1 (default 8080)")
    parser.add_argument("--jwks-url", default=FAL_JWKS_URL, help="public keys (default: fal's)")
    parser.add_argument("--self-test", action="store_true", help="try it against the emulator")
    args = parser.parse_args()
    if args.self_test:
        return self_test()
    server = make_server(args.port, JWKS(args.jwks_url), queue.Queue())
    print(f"listening on http://127.0.0.1:{server.server_address[1]}/ (Ctrl-C stops)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
