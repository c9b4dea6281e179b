"""Where a submitted request lives (`JobRef`), and the endpoint a call names."""

from __future__ import annotations

import re

import attrs
import httpx

from .. import _registry, _urls
from .._exceptions import ConfigurationError
from .._registry import EndpointInfo
from .._scrub import Scrubber

MAX_REQUEST_ID = 200
"""fal's request_ids are UUIDs (36 characters); anything much longer is not one."""
_REQUEST_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:~-]*")
"""What a request_id may hold: it becomes a URL path segment (and `****`, an echoed key
blanked, is not one)."""


@attrs.frozen
class JobRef:
    """Where a submitted request lives. URLs are already moved onto the configured host."""

    endpoint: str
    request_id: str
    owner: str
    app: str
    status_url: str | None = None
    response_url: str | None = None
    cancel_url: str | None = None
    submitted_at: float | None = None
    """The client's clock when the submit answered (None for a re-attached job)."""


def request_id_problem(value: object) -> str | None:
    """Why `value` cannot be a request_id (it becomes part of every queue URL), or None."""
    if not isinstance(value, str) or not value:
        return "missing or not a string"
    if len(value) > MAX_REQUEST_ID:
        return f"{len(value):,} characters, more than {MAX_REQUEST_ID}"
    if not _REQUEST_ID.fullmatch(value):
        return "only letters, digits and . _ : ~ - may form one (and not . or .. alone)"
    return None


def endpoint_of(target: object) -> EndpointInfo:
    """An endpoint given as an id (known to the spec or not) or as an Input class."""
    if isinstance(target, str):
        return _registry.resolve(target)
    found = _registry.endpoint_of_input(target) if isinstance(target, type) else None
    if found is None:
        raise TypeError(
            "the endpoint must be an id such as 'fal-ai/flux/dev' or a generated Input "
            f"class, not {target!r}"
        )
    return found


def attached(
    endpoint: object,
    request_id: str,
    base_url: httpx.URL,
    scrubber: Scrubber,
    status_url: str | None = None,
) -> JobRef:
    """A reference to a request submitted before (by this process or another)."""
    info = endpoint_of(endpoint)
    problem = request_id_problem(request_id)
    if problem:
        raise ConfigurationError(f"not a request_id ({problem}): {scrubber.text(repr(request_id))}")
    owner, app = _urls.queue_app(status_url, request_id) or _urls.endpoint_app(info.endpoint_id)
    status = _urls.rewrite(status_url, base_url)
    if status is not None:  # the URL the server gave (a gateway may keep a sub-path)
        queue = _urls.with_tail(status, remove="/status")
        return JobRef(
            info.endpoint_id,
            request_id,
            owner,
            app,
            status,
            queue,
            _urls.with_tail(queue, add="/cancel"),
        )
    prefix = "/workflows" if _urls.is_workflow(info.endpoint_id) else ""
    queue = _urls.join(base_url, f"{prefix}/{owner}/{app}/requests/{request_id}")
    return JobRef(
        info.endpoint_id, request_id, owner, app, f"{queue}/status", queue, f"{queue}/cancel"
    )
