"""The spec's parts, and the one document they make.

`openapi/openapi.yaml` is the root (servers, security, queue operations, shared schemas);
each model is a fragment `openapi/models/<endpoint id>.yaml` with top-level `paths` (its
one path) and `components.schemas`, refs written as `#/components/schemas/X`. A fragment
may have an override beside it, `<endpoint id>.override.yaml`, applied as a JSON merge
patch (RFC 7396: mappings merge, `null` deletes, anything else replaces): local
additions live there, so re-importing fal's document keeps them.

`bundle()` puts root and fragments together and refuses what would make a wrong client:
a path twice, one schema name with two definitions, a `$ref` to nothing.
"""

from __future__ import annotations

import copy
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from uniapi_fal._fal_schemas import canonical, refs  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SPEC_DIR = ROOT / "openapi"
ROOT_SPEC = SPEC_DIR / "openapi.yaml"
MODELS_DIR = SPEC_DIR / "models"
OVERRIDE_SUFFIX = ".override.yaml"

SOURCE_OPENAPI = "openapi"
"""`x-fal-source` of a model file made from fal's per-endpoint OpenAPI document."""
SOURCE_TYPES = "typescript"
"""`x-fal-source` of a model file made from fal's TypeScript types (no constraints there)."""
FILE_MARK = "x-fal-file"
"""Marks a text field that takes a URL or a file (`string | Blob | File` in fal's types)."""

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class BundleError(ValueError):
    """The parts do not make one consistent document; the message names the files."""


@dataclass
class Fragment:
    """One model file and its override, as written on disk."""

    path: Path
    endpoint_id: str
    document: dict[str, Any]
    override: dict[str, Any] | None

    def merged(self) -> dict[str, Any]:
        """The fragment with its override applied."""
        if self.override is None:
            return self.document
        merged = merge_patch(self.document, self.override)
        assert isinstance(merged, dict)
        return merged


def read_yaml(path: Path) -> Any:
    with path.open("rb") as handle:
        return yaml.load(handle, Loader=_Loader)


def endpoint_of_path(path: Path, models_dir: Path = MODELS_DIR) -> str:
    return path.relative_to(models_dir).as_posix().removesuffix(".yaml")


def model_path(endpoint_id: str, models_dir: Path = MODELS_DIR) -> Path:
    return models_dir / f"{endpoint_id}.yaml"


def override_path(endpoint_id: str, models_dir: Path = MODELS_DIR) -> Path:
    return models_dir / f"{endpoint_id}{OVERRIDE_SUFFIX}"


def model_files(models_dir: Path = MODELS_DIR) -> Iterator[Path]:
    for path in sorted(models_dir.rglob("*.yaml")):
        if not path.name.endswith(OVERRIDE_SUFFIX):
            yield path


def load_fragments(models_dir: Path = MODELS_DIR) -> list[Fragment]:
    fragments = []
    for path in model_files(models_dir):
        endpoint = endpoint_of_path(path, models_dir)
        document = read_yaml(path)
        if not isinstance(document, dict):
            raise BundleError(f"{path}: not a mapping")
        override_file = override_path(endpoint, models_dir)
        override = read_yaml(override_file) if override_file.exists() else None
        if override is not None and not isinstance(override, dict):
            raise BundleError(f"{override_file}: not a mapping")
        fragments.append(Fragment(path, endpoint, document, override))
    for path in sorted(models_dir.rglob(f"*{OVERRIDE_SUFFIX}")):
        endpoint = endpoint_of_path(path, models_dir).removesuffix(".override")
        if not model_path(endpoint, models_dir).exists():
            raise BundleError(f"{path}: overrides {endpoint}, which has no model file")
    return fragments


def merge_patch(target: Any, patch: Any) -> Any:
    """RFC 7396: the patch's mappings merge into the target's, `null` deletes a key."""
    if not isinstance(patch, Mapping):
        return copy.deepcopy(patch)
    out = dict(target) if isinstance(target, Mapping) else {}
    for key, value in patch.items():
        if value is None:
            out.pop(key, None)
        else:
            out[key] = merge_patch(out.get(key), value)
    return out


def _one_path(fragment: Fragment, document: Mapping[str, Any]) -> None:
    paths = document.get("paths")
    if not isinstance(paths, Mapping) or list(paths) != ["/" + fragment.endpoint_id]:
        raise BundleError(
            f"{fragment.path}: a model file holds exactly one path, /{fragment.endpoint_id} "
            f"(its file name); found {list(paths or {})}"
        )


def bundle(root: Mapping[str, Any], fragments: list[Fragment]) -> dict[str, Any]:
    """Root and fragments as one OpenAPI document (paths: models first, then the queue)."""
    document = copy.deepcopy(dict(root))
    schemas: dict[str, Any] = document.setdefault("components", {}).setdefault("schemas", {})
    owner = {name: "openapi/openapi.yaml" for name in schemas}
    model_paths: dict[str, Any] = {}
    for fragment in fragments:
        part = fragment.merged()
        _one_path(fragment, part)
        model_paths.update(part["paths"])
        where = (
            fragment.path.relative_to(ROOT).as_posix()
            if fragment.path.is_relative_to(ROOT)
            else str(fragment.path)
        )
        for name, schema in ((part.get("components") or {}).get("schemas") or {}).items():
            if name in schemas:
                if canonical(schemas[name]) != canonical(schema):
                    raise BundleError(
                        f"schema {name} is defined differently in {owner[name]} and {where}: "
                        "rename one (re-import gives differing shared types names of their own)"
                    )
                continue
            schemas[name] = schema
            owner[name] = where
    lowered: dict[str, str] = {}
    for path in model_paths:
        other = lowered.setdefault(path.lower(), path)
        if other != path:  # one file where file names ignore case (macOS, Windows)
            raise BundleError(f"{other} and {path}: two models whose ids differ in case only")
    queue_paths = document.get("paths") or {}
    clash = set(model_paths) & set(queue_paths)
    if clash:
        raise BundleError(f"paths in both the root and a model file: {sorted(clash)}")
    document["paths"] = {**dict(sorted(model_paths.items())), **queue_paths}
    missing = sorted({r for r in refs(document) if r not in schemas})
    if missing:
        raise BundleError(f"$refs to schemas nobody defines: {', '.join(missing)}")
    return document


def load_bundle(root_spec: Path = ROOT_SPEC, models_dir: Path = MODELS_DIR) -> dict[str, Any]:
    root = read_yaml(root_spec)
    if not isinstance(root, dict):
        raise BundleError(f"{root_spec}: not a mapping")
    return bundle(root, load_fragments(models_dir))
