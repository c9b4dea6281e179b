"""A small local HTTP server for documents: fal's model API and fal's per-endpoint document
service stand-ins. Each request is answered by a function of the request and recorded.
`fal_document` makes a document in the shape fal serves (names and facts written here)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit


@dataclass
class Seen:
    """One request as the server read it."""

    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]

    def param(self, name: str) -> list[str]:
        return [value for key, value in self.query if key == name]


@dataclass
class Answer:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    """Seconds of silence before the answer."""

    @classmethod
    def json(cls, value: Any, status: int = 200, delay: float = 0.0, **headers: str) -> Answer:
        body = json.dumps(value).encode()
        return cls(status, body, {"Content-Type": "application/json", **headers}, delay)


Handler = Callable[[Seen], Answer]


@dataclass
class DocServer:
    url: str
    seen: list[Seen]


@contextmanager
def doc_server(handler: Handler) -> Iterator[DocServer]:
    """Serve `handler` on 127.0.0.1 (a free port) for the block."""
    seen: list[Seen] = []

    class _Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            request = Seen(
                parts.path,
                parse_qsl(parts.query, keep_blank_values=True),
                {k.lower(): v for k, v in self.headers.items()},
            )
            seen.append(request)
            answer = handler(request)
            if answer.delay:
                time.sleep(answer.delay)
            try:
                self.send_response(answer.status)
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                if "Content-Length" not in answer.headers:
                    self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                self.wfile.write(answer.body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a deadline): nothing to tell it

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield DocServer(f"http://127.0.0.1:{server.server_address[1]}", seen)
    finally:
        server.shutdown()
        server.server_close()


def fal_document(
    endpoint: str,
    properties: dict[str, Any],
    *,
    required: tuple[str, ...] = ("prompt",),
    category: str = "text-to-image",
) -> dict[str, Any]:
    """A per-endpoint OpenAPI document in fal's shape, its Input of `properties`."""
    stem = "".join(part.capitalize() for part in endpoint.replace("-", "/").split("/")[1:])

    def body(ref: str) -> dict[str, Any]:
        return {"content": {"application/json": {"schema": {"$ref": ref}}}}

    schemas = "#/components/schemas/"
    return {
        "openapi": "3.0.4",
        "info": {
            "title": "Queue OpenAPI",
            "version": "1.0.0",
            "x-fal-metadata": {"endpointId": endpoint, "category": category},
        },
        "components": {
            "schemas": {
                f"{stem}Input": {
                    "type": "object",
                    "properties": properties,
                    "required": list(required),
                },
                f"{stem}Output": {
                    "type": "object",
                    "properties": {"seed": {"type": "integer"}},
                    "required": ["seed"],
                },
            }
        },
        "paths": {
            f"/{endpoint}": {"post": {"requestBody": body(f"{schemas}{stem}Input")}},
            f"/{endpoint}/requests/{{request_id}}": {
                "get": {"responses": {"200": body(f"{schemas}{stem}Output")}}
            },
        },
    }
