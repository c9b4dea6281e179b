"""fal's endpoints over HTTP: `make import-fal FROM=fal` (or `FROM=<URL>`), and the same
for `make check-fal-drift`.

- `fal` is fal's model API, `https://api.fal.ai/v1/models?expand=openapi-3.0`: pages of
  `{"models": [{"endpoint_id", "metadata", "openapi"}], "has_more", "next_cursor"}`,
  followed by `cursor=` until `has_more` is false. `endpoint_id=` (repeated, at most 50
  a request: fal's limit) and `category=` narrow it (IDS=a,b and CATEGORY=c).
- A URL is a server of that shape (the tests use a local one), or one per-endpoint
  document (`https://fal.ai/api/openapi/queue/openapi.json?endpoint_id=<id>`): what it
  answers says which. The URL's own query is kept. Only `fal` unnarrowed is fal's whole
  catalogue, whose gaps mark the spec's models as no longer listed.

A fal key (`FAL_KEY`, or `FAL_KEY_ID` with `FAL_KEY_SECRET`) is sent when set, as
`Authorization: Key ...`, to the URL's host only: every page is asked of that URL, never
of one an answer names, and redirects are not followed. The UniAPI key is never read.
Each request has a deadline and is retried as the SDK retries reads; each answer is
capped; the whole fetch has a deadline too. Progress goes to stderr on a terminal.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, TextIO
from urllib.parse import parse_qsl, urlsplit

import httpx

from uniapi_fal._fal_schemas import DocumentError, FalModel, read_model
from uniapi_fal._fetch import FetchError, get_json
from uniapi_fal._retry import RetryPolicy
from uniapi_fal._scrub import Scrubber

FAL_MODELS_URL = "https://api.fal.ai/v1/models"
IDS_PER_REQUEST = 50
MAX_ANSWER_BYTES = 64 * 1024 * 1024
"""A page of fal's model API with its documents inline is a few MB; more is not an answer."""
REQUEST_SECONDS = 60.0
FETCH_SECONDS = 900.0
MAX_PAGES = 10_000
RETRY = RetryPolicy(max_retries=5, deadline=REQUEST_SECONDS * 2)


@dataclass
class Fetched:
    """What a remote source answered."""

    models: list[FalModel] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)
    endpoints: list[str] = field(default_factory=list)
    """Every endpoint listed, its document readable or not."""
    whole_catalogue: bool = False
    """True for fal's own model API, unnarrowed: what it lacks, fal no longer lists. Any
    other server may list a part (a stand-in, a mirror): it says nothing of the rest."""


def fal_key(environ: Mapping[str, str] = os.environ) -> str | None:
    key = environ.get("FAL_KEY", "").strip()
    if key:
        return key
    key_id, secret = environ.get("FAL_KEY_ID", "").strip(), environ.get("FAL_KEY_SECRET", "")
    return f"{key_id}:{secret.strip()}" if key_id and secret.strip() else None


class Progress:
    """One line on stderr, rewritten in place, when stderr is a terminal."""

    def __init__(self, stream: TextIO = sys.stderr) -> None:
        self._stream = stream
        self._live = stream.isatty()

    def show(self, text: str) -> None:
        if self._live:
            self._stream.write(f"\r\x1b[2K{text}")
            self._stream.flush()

    def done(self) -> None:
        if self._live:
            self._stream.write("\r\x1b[2K")
            self._stream.flush()


class Fetcher:
    """GETs of one URL (its host alone gets the key), within one overall deadline."""

    def __init__(self, url: str, key: str | None, client: httpx.Client | None = None) -> None:
        self.url = url
        self._key = key
        self._client = client or httpx.Client(follow_redirects=False)
        self._own = client is None
        self._deadline = time.monotonic() + FETCH_SECONDS
        self._scrub = Scrubber([key] if key else [])
        self.requests = 0

    def get(self, params: list[tuple[str, str]], what: str) -> Any:
        self.requests += 1
        headers = {"Authorization": f"Key {self._key}"} if self._key else {}
        return get_json(
            self._client,
            self.url,
            what=what,
            deadline=min(self._deadline, time.monotonic() + REQUEST_SECONDS * 3),
            max_bytes=MAX_ANSWER_BYTES,
            params=params,
            headers=headers,
            retry=RETRY,
            scrub=self._scrub,
        )

    def close(self) -> None:
        if self._own:
            self._client.close()


def _queries(
    url: str, ids: list[str] | None, category: str | None
) -> Iterator[list[tuple[str, str]]]:
    """The query of each first request: the URL's own, with fal's model API's added (one
    request per 50 ids)."""
    own = parse_qsl(urlsplit(url).query, keep_blank_values=True)
    names = {name for name, _ in own}
    base = [*own]
    if "expand" not in names:
        base.append(("expand", "openapi-3.0"))
    if category and "category" not in names:
        base.append(("category", category))
    if not ids or "endpoint_id" in names:
        yield base
        return
    for start in range(0, len(ids), IDS_PER_REQUEST):
        yield base + [("endpoint_id", e) for e in ids[start : start + IDS_PER_REQUEST]]


def _bare(url: str) -> str:
    """The URL without its query (httpx puts `params` in its place)."""
    return urlsplit(url)._replace(query="").geturl()


def _is_document(answer: Any) -> bool:
    return isinstance(answer, dict) and "paths" in answer and "models" not in answer


def fetch(
    source: str,
    ids: list[str] | None = None,
    category: str | None = None,
    client: httpx.Client | None = None,
    progress: Progress | None = None,
) -> Fetched:
    """fal's endpoints from `source` (`fal` or a URL)."""
    url = FAL_MODELS_URL if source == "fal" else source
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SystemExit(f"{source}: not a URL of fal's model API or of a fal document")
    fetcher = Fetcher(_bare(url), fal_key(), client)
    progress = progress or Progress()
    fetched = Fetched()
    try:
        for query in _queries(url, ids, category):
            for entry in _entries(fetcher, query, fetched, progress):
                _read_entry(entry, fetched, source)
    except FetchError as exc:
        raise SystemExit(f"{exc}; nothing was read") from None
    finally:
        progress.done()
        fetcher.close()
    fetched.whole_catalogue = source == "fal" and not (ids or category)
    return fetched


def _entries(
    fetcher: Fetcher, query: list[tuple[str, str]], fetched: Fetched, progress: Progress
) -> Iterator[Any]:
    """The entries of every page (or the one document) the query answers."""
    cursor: str | None = None
    for page in range(1, MAX_PAGES + 1):
        params = query + ([("cursor", cursor)] if cursor else [])
        answer = fetcher.get(params, f"{fetcher.url}, page {page}")
        if page == 1 and _is_document(answer):
            yield {"openapi": answer}
            return
        models = answer.get("models") if isinstance(answer, dict) else None
        if not isinstance(models, list):
            raise FetchError(
                f"{fetcher.url}: neither a fal document nor a page of fal's model API "
                '({"models": [...], "has_more", "next_cursor"})'
            )
        yield from models
        progress.show(f"fal's model API: page {page}, {len(fetched.endpoints)} endpoints read")
        cursor = answer.get("next_cursor")
        if not answer.get("has_more") or not isinstance(cursor, str) or not cursor:
            return
    raise FetchError(f"{fetcher.url}: more than {MAX_PAGES} pages; stopped")


def _read_entry(entry: Any, fetched: Fetched, source: str) -> None:
    endpoint = entry.get("endpoint_id") if isinstance(entry, dict) else None
    endpoint = endpoint.strip("/") if isinstance(endpoint, str) and endpoint.strip("/") else None
    where = f"{source}: {endpoint or 'an entry without endpoint_id'}"
    document = entry.get("openapi") if isinstance(entry, dict) else None
    if endpoint:
        fetched.endpoints.append(endpoint)
    if not isinstance(document, dict):
        fetched.refused.append((where, "no OpenAPI document in the answer (expand=openapi-3.0)"))
        return
    try:
        model = read_model(document)
    except DocumentError as exc:
        fetched.refused.append((where, str(exc)))
        return
    if endpoint and model.endpoint_id.lower() != endpoint.lower():  # fal spells some two ways
        fetched.refused.append((where, f"its document describes {model.endpoint_id}"))
        return
    metadata = entry.get("metadata")
    category = metadata.get("category") if isinstance(metadata, dict) else None
    if model.category == "unknown" and isinstance(category, str) and category:
        model.category = category
    if not endpoint:
        fetched.endpoints.append(model.endpoint_id)
    fetched.models.append(model)
