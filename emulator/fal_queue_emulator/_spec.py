"""Reading the OpenAPI document: which models exist, what they accept, what they return.

The spec is the only source of per-model knowledge. A model is any path operation
carrying both `x-fal-endpoint` and `x-fal-output`; adding one to the spec and
restarting the emulator is all it takes to serve it.

The document is the bundled one `make generate` writes (`openapi.json`, OpenAPI 3.1,
every model in one file); a `.yaml` document works too, parsed only when asked for.
Loading reads the paths and nothing more: validators and output plans are made per
model on first use (`_validation`, `_outputs`), so start-up stays fast with any
number of models.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

_HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_PACKAGE = "uniapi_fal_api"
_BUNDLE_NAME = "openapi.json"
_SPEC_RELATIVE = Path("generated") / _PACKAGE / _BUNDLE_NAME
_YAML_SUFFIXES = (".yaml", ".yml")


class SpecError(ValueError):
    """The document breaks a convention the emulator relies on."""


@dataclass(frozen=True)
class Model:
    """One servable model, everything the emulator needs to know about it."""

    endpoint_id: str
    """The submit path without its leading slash, e.g. `fal-ai/flux/dev`."""
    input_pointer: str
    """JSON pointer (inside the spec) to the request-body schema; refs resolve from there."""
    input_schema: Mapping[str, Any]
    """The request-body schema with its top-level `$ref` followed."""
    output_pointer: str
    """JSON pointer to the Output schema (`x-fal-output` with its `$ref`s followed)."""
    output_schema: Mapping[str, Any]
    """The Output schema: its `example` is served if it has one, else a value built from it."""
    category: str | None = None
    """`x-fal-category` (e.g. `text-to-video`), a hint for the kind of files made."""

    @property
    def queue_prefix(self) -> str:
        """The part of the endpoint id used by queue URLs (`owner/app`)."""
        return queue_prefix(self.endpoint_id)

    @property
    def has_example(self) -> bool:
        return "example" in self.output_schema

    @property
    def output_example(self) -> Any:
        """The Output schema's `example`, or None when it has none."""
        return self.output_schema.get("example")


@dataclass(frozen=True)
class Spec:
    """The parsed document and the models found in it."""

    path: Path
    document: Mapping[str, Any]
    models: Mapping[str, Model]
    """Models by endpoint id."""

    @property
    def openapi_version(self) -> str:
        """The document's `openapi` field, e.g. `3.1.0`."""
        return str(self.document.get("openapi", "3.1.0"))

    def model(self, endpoint_id: str) -> Model | None:
        return self.models.get(endpoint_id.strip("/"))


def queue_prefix(endpoint_id: str) -> str:
    """Queue operations use only `owner/app`; workflows keep `workflows/owner/name`."""
    segments = endpoint_id.strip("/").split("/")
    keep = 3 if segments[0] == "workflows" else 2
    return "/".join(segments[:keep])


def load_spec(path: str | Path) -> Spec:
    """Parse the document (JSON, or YAML by its suffix) and collect its models.

    A file already loaded and unchanged since (same size and modification time) is
    not parsed again: every emulator of a test session shares one `Spec`, which is
    never modified.
    """
    spec_path = Path(path)
    stat = spec_path.stat()
    key = (str(spec_path.resolve()), stat.st_mtime_ns, stat.st_size)
    with _CACHE_LOCK:
        cached = _CACHE.get(key)
    if cached is not None:
        return cached if cached.path == spec_path else replace(cached, path=spec_path)
    spec = _load(spec_path)
    with _CACHE_LOCK:
        _CACHE[key] = spec
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.pop(next(iter(_CACHE)))
    return spec


_CACHE: dict[tuple[str, int, int], Spec] = {}
_CACHE_SIZE = 4
_CACHE_LOCK = threading.Lock()


def _load(spec_path: Path) -> Spec:
    text = spec_path.read_text(encoding="utf-8")
    document = _parse(spec_path, text)
    if not isinstance(document, dict):
        raise SpecError(f"{spec_path}: not an OpenAPI document (top level is not a mapping)")
    version = str(document.get("openapi", ""))
    if version and not version.startswith(("3.0", "3.1")):
        raise SpecError(f"{spec_path}: OpenAPI {version} is not supported (3.0 or 3.1)")
    return Spec(path=spec_path, document=document, models=_find_models(document))


def _parse(spec_path: Path, text: str) -> Any:
    if spec_path.suffix.lower() not in _YAML_SUFFIXES:
        try:
            return json.loads(text)
        except ValueError as exc:
            if spec_path.suffix.lower() == ".json":
                raise SpecError(f"{spec_path}: not valid JSON ({exc})") from None
    import yaml  # only for YAML documents: the bundled spec is JSON

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        raise SpecError(f"{spec_path}: not valid YAML ({exc})") from None


def default_spec_path(start: Path | None = None) -> Path:
    """The bundled spec: `generated/uniapi_fal_api/openapi.json` under the working
    directory, else above this package, else the copy installed with the SDK
    (`uniapi_fal_api/openapi.json`).

    The second lookup lets a checkout find its spec from anywhere; the third, a
    `pip install 'uniapi-fal[emulator]'`.
    """
    cwd_candidate = (start or Path.cwd()) / _SPEC_RELATIVE
    if cwd_candidate.is_file():
        return cwd_candidate
    for folder in Path(__file__).resolve().parents:
        candidate = folder / _SPEC_RELATIVE
        if candidate.is_file():
            return candidate
    shipped = _shipped_spec()
    if shipped is not None:
        return shipped
    raise SpecError(
        f"no {_SPEC_RELATIVE} in {Path.cwd()} or above {Path(__file__).parent}, and no "
        f"{_PACKAGE}/{_BUNDLE_NAME} installed; run `make generate` or pass a spec path"
    )


def _shipped_spec() -> Path | None:
    """The copy of the bundled spec that `make generate` puts in the installed package."""
    try:
        from importlib import resources

        shipped = resources.files(_PACKAGE).joinpath(_BUNDLE_NAME)
    except ModuleNotFoundError:
        return None
    return Path(str(shipped)) if shipped.is_file() else None


def resolve_pointer(document: Mapping[str, Any], pointer: str) -> Any:
    """Follow a local JSON pointer such as `#/components/schemas/Foo`."""
    if not pointer.startswith("#"):
        raise SpecError(f"only local references are supported, got {pointer!r}")
    node: Any = document
    for raw in pointer[1:].split("/")[1:]:
        key = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, Mapping) and key in node:
            node = node[key]
        elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        else:
            raise SpecError(f"reference {pointer!r} does not resolve")
    return node


def follow(document: Mapping[str, Any], pointer: str) -> tuple[str, Any]:
    """Chase top-level `$ref`s; return where the target lives and the target itself."""
    seen: set[str] = set()
    node = resolve_pointer(document, pointer)
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in seen:
            raise SpecError(f"reference cycle through {ref!r}")
        seen.add(ref)
        pointer = ref
        node = resolve_pointer(document, ref)
    return pointer, node


def escape(segment: str) -> str:
    """One JSON-pointer segment."""
    return segment.replace("~", "~0").replace("/", "~1")


def _find_models(document: Mapping[str, Any]) -> dict[str, Model]:
    models: dict[str, Model] = {}
    paths = document.get("paths") or {}
    if not isinstance(paths, Mapping):
        raise SpecError("`paths` is not a mapping")
    for path, item in paths.items():
        if not isinstance(item, Mapping):
            continue
        for method in _HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, Mapping):
                continue
            if "x-fal-endpoint" not in operation or "x-fal-output" not in operation:
                continue
            model = _read_model(document, f"#/paths/{escape(path)}/{method}", operation)
            if model.endpoint_id in models:
                raise SpecError(f"endpoint {model.endpoint_id!r} is declared twice")
            models[model.endpoint_id] = model
    return models


def _read_model(document: Mapping[str, Any], where: str, operation: Mapping[str, Any]) -> Model:
    endpoint_id = str(operation["x-fal-endpoint"]).strip("/")
    if not endpoint_id:
        raise SpecError(f"{where}: x-fal-endpoint is empty")
    body_pointer, body = follow(document, f"{where}/requestBody")
    content = body.get("content") if isinstance(body, Mapping) else None
    if not isinstance(content, Mapping) or "application/json" not in content:
        raise SpecError(f"{where}: {endpoint_id} has no application/json request body")
    input_pointer, input_schema = follow(
        document, f"{body_pointer}/content/application~1json/schema"
    )
    if not isinstance(input_schema, Mapping):
        raise SpecError(f"{where}: {endpoint_id} request schema is not a schema object")

    output_ref = operation["x-fal-output"]
    if not isinstance(output_ref, str):
        raise SpecError(f"{where}: x-fal-output must be a reference string")
    output_pointer, output_schema = follow(document, output_ref)
    if not isinstance(output_schema, Mapping):
        raise SpecError(f"{output_ref}: the Output schema of {endpoint_id} is not a schema object")
    category = operation.get("x-fal-category")
    return Model(
        endpoint_id=endpoint_id,
        input_pointer=input_pointer,
        input_schema=input_schema,
        output_pointer=output_pointer,
        output_schema=output_schema,
        category=str(category) if isinstance(category, str) else None,
    )
