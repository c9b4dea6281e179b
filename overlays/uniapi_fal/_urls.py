"""Queue URLs: where the gateway says a request lives, moved onto the configured host."""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

import httpx


def join(base: httpx.URL, path: str) -> str:
    """`base` (which may carry a path prefix) + an absolute request path."""
    return str(base).rstrip("/") + "/" + path.lstrip("/")


def rewrite(url: str | None, base: httpx.URL) -> str | None:
    """The same path and query on the configured base URL (scheme, host, port, prefix).

    The gateway answers with URLs on queue.fal.run; the key must never go there.
    """
    path = _path(url)
    if path is None:
        return None  # not a URL the queue gives: the caller builds its own
    prefix = base.path.rstrip("/")
    if prefix and path.startswith(prefix + "/"):
        path = path[len(prefix) :]
    return join(base, path)


def queue_app(url: str | None, request_id: str) -> tuple[str, str] | None:
    """`(owner, app)` from a queue URL `.../{owner}/{app}/requests/{request_id}...`."""
    path = _path(url)
    if path is None:
        return None
    segments = unquote(path.partition("?")[0]).split("/")
    for i in range(2, len(segments) - 1):
        if segments[i] == "requests" and segments[i + 1] == request_id:
            owner, app = segments[i - 2], segments[i - 1]
            if owner and app:
                return owner, app
    return None


def _path(url: str | None) -> str | None:
    """The path and query of an http(s) URL with a host, or None.

    A plain URL (printable ASCII, no spaces: what queues send) is split by the standard
    library, a tenth of what parsing it with httpx costs (four per submit); anything
    else goes through httpx, which encodes or refuses it."""
    if not url or not isinstance(url, str):
        return None
    if url.isascii() and url.isprintable() and " " not in url:
        split = urlsplit(url)
        if split.scheme.lower() not in ("http", "https") or not split.hostname:
            return None
        return split.path + (f"?{split.query}" if split.query else "")
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError):
        return None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        return None
    return parsed.raw_path.decode("ascii")


def is_workflow(endpoint_id: str) -> bool:
    """fal workflows (`workflows/owner/name`) queue under `/workflows/owner/name/...`."""
    return endpoint_id.startswith("workflows/")


def endpoint_app(endpoint_id: str) -> tuple[str, str]:
    """`(owner, app)` of an endpoint id: its first two segments (queue URLs drop sub-paths),
    after `workflows/` for a workflow."""
    owner, _, rest = endpoint_id.removeprefix("workflows/").partition("/")
    return owner, rest.split("/", 1)[0]


def with_tail(url: str, remove: str = "", add: str = "") -> str:
    """`url` with `remove` taken off the end of its path and `add` put on it, its query
    kept: a job's other queue URLs from the one the server gave."""
    parsed = httpx.URL(url)
    path = parsed.path.removesuffix(remove) if remove else parsed.path
    return str(parsed.copy_with(path=path.rstrip("/") + add))
