"""Where fal's endpoints are read from, for `make import-fal` and `make check-fal-drift`.

A FROM is one of:

- a fal document (`*.json`, as `https://fal.ai/api/openapi/queue/openapi.json?endpoint_id=<id>`
  serves it) or a folder of them (uniapi_fal._fal_schemas reads each);
- fal's TypeScript types for its whole catalogue, fal-js `endpoints.ts` (fal_types.py);
- `fal` (fal's model API) or a URL: a server of that shape, or one document (fal_remote.py).

Each gives a `Batch`: the endpoints read, what could not be, and what fal lists.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from fal_types import read_catalogue
from spec_bundle import MODELS_DIR, ROOT_SPEC, SOURCE_OPENAPI, SOURCE_TYPES

from uniapi_fal._fal_schemas import DocumentError, FalModel, read_model


@dataclass
class Batch:
    """What one FROM gave: fal's endpoints read from one kind of source."""

    source: str
    """SOURCE_OPENAPI or SOURCE_TYPES"""
    models: list[FalModel] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)
    """(where, why) of what could not be read"""
    listing: frozenset[str] | None = None
    """Every endpoint fal lists, when this source is fal's whole catalogue."""
    listed: frozenset[str] = frozenset()
    """Endpoints this source shows fal lists (a part of the catalogue)."""
    origins: dict[str, str] = field(default_factory=dict)
    """endpoint id -> the FROM that gave it (a file, the .ts file, the URL)"""


def read_document(path: Path) -> FalModel:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise DocumentError(f"not readable as JSON ({type(exc).__name__}: {exc})") from None
    return read_model(document)


def documents(sources: Iterable[str]) -> list[Path]:
    found: list[Path] = []
    for source in sources:
        path = Path(source)
        if path.is_dir():
            found.extend(sorted(path.glob("*.json")))
        elif path.exists():
            found.append(path)
        else:
            raise SystemExit(f"{source}: no such file or folder")
    return found


def document_batch(paths: Iterable[Path]) -> Batch:
    batch = Batch(SOURCE_OPENAPI)
    for path in paths:
        try:
            batch.models.append(read_document(path))
            batch.origins[batch.models[-1].endpoint_id] = str(path)
        except DocumentError as exc:
            batch.refused.append((str(path), str(exc)))
    return batch


def types_batch(path: Path, only: Iterable[str] | None = None) -> Batch:
    """fal's TypeScript types: every endpoint of its map (or those of `only`)."""
    try:
        catalogue = read_catalogue(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise SystemExit(f"{path}: not readable ({exc})") from None
    except DocumentError as exc:
        raise SystemExit(f"{path}: not fal's types as this importer reads them: {exc}") from None
    if only is None:
        batch = Batch(SOURCE_TYPES, listing=frozenset(catalogue.endpoints))
        wanted = sorted(catalogue.endpoints)
    else:  # a part of the catalogue says nothing of the rest
        wanted = sorted(only)
        batch = Batch(SOURCE_TYPES, listed=frozenset(e for e in wanted if e in catalogue.endpoints))
    for endpoint in wanted:
        try:
            batch.models.append(catalogue.model(endpoint))
            batch.origins[endpoint] = str(path)
        except DocumentError as exc:
            batch.refused.append((f"{path}: {endpoint}", str(exc)))
    return batch


def remote_batch(source: str, ids: list[str] | None, category: str | None) -> Batch:
    from fal_remote import fetch  # httpx and the SDK's fetch: only for a remote FROM

    fetched = fetch(source, ids=ids, category=category)
    batch = Batch(SOURCE_OPENAPI, models=fetched.models, refused=fetched.refused)
    batch.origins = {model.endpoint_id: source for model in fetched.models}
    if fetched.whole_catalogue:
        batch.listing = frozenset(fetched.endpoints)  # what it lacks, fal no longer lists
    else:
        batch.listed = frozenset(fetched.endpoints)
    return batch


def is_remote(source: str) -> bool:
    return source == "fal" or source.startswith(("http://", "https://"))


def read_sources(
    sources: Iterable[str], ids: list[str] | None = None, category: str | None = None
) -> list[Batch]:
    """One batch per remote FROM, per `.ts` file, and one for all documents."""
    batches: list[Batch] = []
    local: list[str] = []
    for source in sources:
        if is_remote(source):
            batches.append(remote_batch(source, ids, category))
        elif source.endswith(".ts"):
            if category:
                raise SystemExit("CATEGORY narrows fal's model API only: fal's types have none")
            batches.append(types_batch(Path(source), ids))
        else:
            local.append(source)
    if local:
        if ids or category:
            raise SystemExit("IDS and CATEGORY narrow fal's model API and fal's types only")
        batches.append(document_batch(documents(local)))
    return batches


def split_ids(text: str | None) -> list[str] | None:
    """`IDS=a,b` as a list (None when not given)."""
    if not text:
        return None
    return [part.strip().strip("/") for part in text.split(",") if part.strip()]


@dataclass(frozen=True)
class Command:
    """What `import_fal.py` and `check_fal_drift.py` are asked: sources and a spec folder."""

    batches: list[Batch]
    root_spec: Path
    models_dir: Path


def parse_command(description: str, argv: list[str] | None) -> Command:
    """The command line both scripts share: FROM..., --ids, --category, --spec."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument(
        "sources",
        nargs="+",
        metavar="FROM",
        help="fal documents or folders of them, fal's endpoints.ts, `fal`, or a URL",
    )
    parser.add_argument("--ids", help="only these endpoint ids (comma-separated)")
    parser.add_argument("--category", help="only this category (fal's model API)")
    parser.add_argument(
        "--spec",
        type=Path,
        default=ROOT_SPEC.parent,
        metavar="DIR",
        help="the spec folder: DIR/openapi.yaml and DIR/models/ (default: openapi/)",
    )
    args = parser.parse_args(argv)
    batches = read_sources(args.sources, split_ids(args.ids), args.category or None)
    return Command(batches, args.spec / ROOT_SPEC.name, args.spec / MODELS_DIR.name)
