"""fal's own document for an endpoint the spec lacks, fetched at run time, so that input
that breaks it is refused before anything is sent, as for the spec's models.

Where from: `Client(schemas_url=...)`, else `UNIAPI_FAL_SCHEMAS_URL`, else fal's public
per-endpoint documents (`FAL_SCHEMAS_URL`), with `?endpoint_id=<id>` added; `"off"` turns
it off. Setting a URL turns it on. Unset, it is on unless the base URL is on this machine
(the emulator, a test server): a user of the gateway is online, and a bad input to a paid
model is worth refusing; a local queue is no reason to ask fal.ai for anything.

Bounds, so that an offline or blocked machine never waits long and never waits twice:

- one fetch waits at most `FETCH_SECONDS`, in a thread of its own (a name lookup that
  hangs holds that thread, not the call), answers capped at `MAX_DOCUMENT_BYTES`;
- no key is sent (the documents are public) and no redirect is followed;
- a document is kept on disk for `KEEP_SECONDS` (the user's cache folder), a failure for
  `RETRY_SECONDS`: within that time the call runs at once, unvalidated;
- a failure never blocks the call: it runs unvalidated, said once per endpoint by a
  `SchemaUnavailableWarning`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
import threading
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from . import _fork
from ._exceptions import ConfigurationError

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator

    from ._scrub import Scrubber

SCHEMAS_URL_ENV = "UNIAPI_FAL_SCHEMAS_URL"
FAL_SCHEMAS_URL = "https://fal.ai/api/openapi/queue/openapi.json"
OFF = "off"
FETCH_SECONDS = 2.0
MAX_DOCUMENT_BYTES = 2 * 1024 * 1024
"""fal's largest document is under 50 KB."""
KEEP_SECONDS = 24 * 3600.0
RETRY_SECONDS = 600.0


class SchemaUnavailableWarning(UserWarning):
    """fal's document for an endpoint the spec lacks could not be had: the input was sent
    unchecked."""


def resolve_url(setting: str | None, base_url: httpx.URL) -> str | None:
    """The document service to ask, or None when run-time validation is off."""
    raw = setting if setting is not None else os.environ.get(SCHEMAS_URL_ENV)
    if raw is not None and raw.strip():
        text = raw.strip()
        if text.lower() == OFF:
            return None
        url = httpx.URL(text)
        if url.scheme not in ("http", "https") or not url.host:
            where = "schemas_url=" if setting is not None else SCHEMAS_URL_ENV
            raise ConfigurationError(
                f"{where} {text!r} must be an http(s) URL (such as {FAL_SCHEMAS_URL}) or 'off'"
            )
        return text
    return None if _on_this_machine(base_url.host) else FAL_SCHEMAS_URL


def _on_this_machine(host: str) -> bool:
    import ipaddress  # only when no URL is set

    if host.lower() in ("localhost", "localhost.localdomain") or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def default_cache_dir() -> Path | None:
    """The user's cache folder for fal's documents (None when there is no home)."""
    try:
        if sys.platform == "win32":
            local = os.environ.get("LOCALAPPDATA")
            base = Path(local) if local else Path.home() / "AppData" / "Local"
        elif sys.platform == "darwin":
            base = Path.home() / "Library" / "Caches"
        else:
            cache = os.environ.get("XDG_CACHE_HOME")
            base = Path(cache) if cache else Path.home() / ".cache"
    except RuntimeError:  # no home folder
        return None
    return base / "uniapi-fal" / "schemas"


class _Fetch:
    """One fetch of one document, shared by every call that needs it while it runs."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.outcome: dict[str, Any] | None = None
        self.waited_out = False
        """A call gave up waiting for it: later ones do not wait again."""


class RemoteSchemas:
    """fal's documents for endpoints the spec lacks: fetched, cached, turned into
    validators. Thread-safe; one per client, shared with its copies."""

    def __init__(
        self,
        url: str,
        *,
        cache_dir: Path | None,
        scrub: Scrubber,
        now: Callable[[], float] = time.time,
        fetch_seconds: float = FETCH_SECONDS,
    ) -> None:
        self.url = url
        self.cache_dir = cache_dir
        self.fetch_seconds = fetch_seconds
        self._scrub = scrub
        self._now = now
        self._lock = threading.Lock()
        self._entries: dict[str, dict[str, Any]] = {}
        self._validators: dict[str, tuple[dict[str, Any], Draft202012Validator | None]] = {}
        self._running: dict[str, _Fetch] = {}
        self._warned: set[str] = set()
        _fork.register(self)

    def _after_fork(self) -> None:
        """In a forked child: the parent's fetches never finish here."""
        self._lock = threading.Lock()
        self._running = {}

    def validator(self, endpoint: str) -> Draft202012Validator | None:
        """The validator of fal's document for `endpoint`, or None (warned once) when it
        cannot be had now; waits at most `fetch_seconds`, and only once."""
        entry = self._entry(endpoint)
        with self._lock:
            known = self._validators.get(endpoint)
        if known is not None and known[0] is entry:
            return known[1]
        validator, reason = self._validator_of(endpoint, entry)
        with self._lock:
            self._validators[endpoint] = (entry, validator)
        if validator is None and reason:
            self._warn(endpoint, reason)
        return validator

    def _entry(self, endpoint: str) -> dict[str, Any]:
        """A fresh entry (`document` or `failed`) from memory, the disk, or a fetch."""
        with self._lock:
            entry = self._entries.get(endpoint)
        if entry is None or not self._fresh(entry):
            entry = self._read_cache(endpoint)
            if entry is None:
                return self._fetch(endpoint)
            with self._lock:
                self._entries[endpoint] = entry
        return entry

    def _fresh(self, entry: dict[str, Any]) -> bool:
        at = entry.get("at")
        if not isinstance(at, int | float) or isinstance(at, bool) or at > self._now():
            return False
        keep = KEEP_SECONDS if "document" in entry else RETRY_SECONDS
        return self._now() - at < keep

    # --------------------------------------------------------------- the document
    def _validator_of(
        self, endpoint: str, entry: dict[str, Any]
    ) -> tuple[Draft202012Validator | None, str | None]:
        document = entry.get("document")
        if document is None:
            return None, str(entry.get("failed") or "no document")
        from jsonschema import Draft202012Validator

        from ._fal_schemas import DocumentError, read_model

        try:  # the document served for this id, whatever id it names (fal spells some two ways)
            model = read_model(document)
        except DocumentError as exc:
            return None, f"fal's document for it cannot be read ({exc})"
        if model.input_key is None:
            return None, None  # fal publishes no Input schema: nothing to check against
        schemas = dict(model.schemas)
        root = schemas[model.input_key]
        if isinstance(root, dict) and root.get("type") == "object":
            # closed, as the spec's Inputs are: a misspelt field is refused, not ignored
            schemas[model.input_key] = {"additionalProperties": False, **root}
        reference = f"#/components/schemas/{model.input_key}"
        return Draft202012Validator({"$ref": reference, "components": {"schemas": schemas}}), None

    def _warn(self, endpoint: str, reason: str) -> None:
        with self._lock:
            if endpoint in self._warned:
                return
            self._warned.add(endpoint)
        warnings.warn(
            f"{endpoint} is not in the spec and fal's document for it could not be had "
            f"({reason}): its input is sent unchecked. Set {SCHEMAS_URL_ENV}=off to stop "
            "asking, or add the model to the spec (make import-fal).",
            SchemaUnavailableWarning,
            stacklevel=4,
        )

    # ---------------------------------------------------------------- the fetch
    def _fetch(self, endpoint: str) -> dict[str, Any]:
        """The fetch's outcome, waited for at most `fetch_seconds` (not at all when an
        earlier call already gave up on the same fetch)."""
        with self._lock:
            running = self._running.get(endpoint)
            starts = running is None
            if running is None:
                running = self._running[endpoint] = _Fetch()
        if starts:
            worker = threading.Thread(
                target=self._run,
                args=(endpoint, running),
                daemon=True,
                name=f"uniapi-fal schema of {endpoint}",
            )
            try:
                worker.start()
            except RuntimeError:  # no thread to be had
                self._finish(endpoint, running, self._failure("no thread to fetch it"))
        if not running.waited_out and not running.done.wait(self.fetch_seconds):
            running.waited_out = True
        if running.outcome is None:  # still running: not cached, asked again once it ends
            return {"failed": f"no answer within {self.fetch_seconds:g} s"}
        return running.outcome

    def _run(self, endpoint: str, running: _Fetch) -> None:
        from ._fetch import FetchError, get_json

        url = str(httpx.URL(self.url).copy_merge_params({"endpoint_id": endpoint}))
        try:
            with httpx.Client(follow_redirects=False) as client:
                document = get_json(
                    client,
                    url,
                    what=f"fal's document for {endpoint}",
                    deadline=time.monotonic() + self.fetch_seconds,
                    max_bytes=MAX_DOCUMENT_BYTES,
                    scrub=self._scrub,
                )
            outcome = {"at": self._now(), "document": document}
        except FetchError as exc:
            outcome = self._failure(self._scrub.text(exc, 300))
        except Exception as exc:  # nothing may vanish in a thread; the call goes on
            outcome = self._failure(self._scrub.text(f"{type(exc).__name__}: {exc}", 300))
        self._finish(endpoint, running, outcome)

    def _finish(self, endpoint: str, running: _Fetch, outcome: dict[str, Any]) -> None:
        self._write_cache(endpoint, outcome)
        running.outcome = outcome
        with self._lock:
            self._entries[endpoint] = outcome
            self._running.pop(endpoint, None)
        running.done.set()

    def _failure(self, reason: str) -> dict[str, Any]:
        return {"at": self._now(), "failed": reason}

    # ------------------------------------------------------------------ the cache
    def _cache_file(self, endpoint: str) -> Path | None:
        if self.cache_dir is None:
            return None
        digest = hashlib.sha256(f"{self.url}\0{endpoint}".encode()).hexdigest()[:32]
        return self.cache_dir / f"{digest}.json"

    def _read_cache(self, endpoint: str) -> dict[str, Any] | None:
        """The cached entry, if it is still fresh (a document a day, a failure minutes)."""
        path = self._cache_file(endpoint)
        if path is None:
            return None
        try:
            with path.open("rb") as handle:
                entry = json.loads(handle.read(MAX_DOCUMENT_BYTES + 4096))
        except (OSError, ValueError, RecursionError):
            return None
        if not isinstance(entry, dict) or entry.get("endpoint_id") != endpoint:
            return None
        return entry if self._fresh(entry) else None

    def _write_cache(self, endpoint: str, outcome: dict[str, Any]) -> None:
        """Best effort: a cache that cannot be written costs a fetch, never the call."""
        path = self._cache_file(endpoint)
        if path is None:
            return
        temporary = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_text(
                json.dumps({"endpoint_id": endpoint, "url": self.url, **outcome}), "utf-8"
            )
            os.replace(temporary, path)
        except OSError:
            with contextlib.suppress(OSError):
                temporary.unlink()
