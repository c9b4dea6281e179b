"""Reading the OpenAPI document: which models exist, what they accept, what they return.

The spec is the only source of per-model knowledge. A model is any path operation
carrying both `x-fal-endpoint` and `x-fal-output`; adding one to the spec and
restarting the emulator is all it takes to serve it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

_HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_SPEC_RELATIVE = Path("openapi") / "openapi.yaml"


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
    output_example: Any
    """The Output schema's `example`: served as the result of every successful job."""

    @property
    def queue_prefix(self) -> str:
        """The part of the endpoint id used by queue URLs (`owner/app`)."""
        return queue_prefix(self.endpoint_id)


@dataclass(frozen=True)
class Spec:
    """The parsed document and the models found in it."""

    path: Path
    document: Mapping[str, Any]
    models: Mapping[str, Model]
    """Models by endpoint id."""

    def model(self, endpoint_id: str) -> Model | None:
        return self.models.get(endpoint_id.strip("/"))


def queue_prefix(endpoint_id: str) -> str:
    """Queue operations use only `owner/app`; workflows keep `workflows/owner/name`."""
    segments = endpoint_id.strip("/").split("/")
    keep = 3 if segments[0] == "workflows" else 2
    return "/".join(segments[:keep])


def load_spec(path: str | Path) -> Spec:
    """Parse the YAML document and collect its models."""
    spec_path = Path(path)
    with spec_path.open(encoding="utf-8") as handle:
        document = yaml.safe_load(handle)
    if not isinstance(document, dict):
        raise SpecError(f"{spec_path}: not an OpenAPI document (top level is not a mapping)")
    return Spec(path=spec_path, document=document, models=_find_models(document))


def default_spec_path(start: Path | None = None) -> Path:
    """`openapi/openapi.yaml` under the working directory, else above this package, else
    the copy installed with the SDK (`uniapi_fal_api/openapi.yaml`).

    The second lookup lets an installed-in-place checkout find its spec from anywhere;
    the third, a `pip install 'uniapi-fal[emulator]'`.
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
        f"no {_SPEC_RELATIVE} in {Path.cwd()} or above {Path(__file__).parent}; pass a spec path"
    )


def _shipped_spec() -> Path | None:
    """The copy of the spec that `make generate` puts in the installed package."""
    try:
        from importlib import resources

        shipped = resources.files("uniapi_fal_api").joinpath("openapi.yaml")
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


def _follow(document: Mapping[str, Any], pointer: str) -> tuple[str, Any]:
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


def _escape(segment: str) -> str:
    return segment.replace("~", "~0").replace("/", "~1")


def _find_models(document: Mapping[str, Any]) -> dict[str, Model]:
    models: dict[str, Model] = {}
    paths = document.get("paths") or {}
    for path, item in paths.items():
        if not isinstance(item, Mapping):
            continue
        for method in _HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, Mapping):
                continue
            if "x-fal-endpoint" not in operation or "x-fal-output" not in operation:
                continue
            model = _read_model(document, f"#/paths/{_escape(path)}/{method}", operation)
            if model.endpoint_id in models:
                raise SpecError(f"endpoint {model.endpoint_id!r} is declared twice")
            models[model.endpoint_id] = model
    return models


def _read_model(document: Mapping[str, Any], where: str, operation: Mapping[str, Any]) -> Model:
    endpoint_id = str(operation["x-fal-endpoint"]).strip("/")
    body_pointer, body = _follow(document, f"{where}/requestBody")
    content = body.get("content") if isinstance(body, Mapping) else None
    if not isinstance(content, Mapping) or "application/json" not in content:
        raise SpecError(f"{where}: {endpoint_id} has no application/json request body")
    input_pointer, input_schema = _follow(
        document, f"{body_pointer}/content/application~1json/schema"
    )
    if not isinstance(input_schema, Mapping):
        raise SpecError(f"{where}: {endpoint_id} request schema is not a schema object")

    output_ref = operation["x-fal-output"]
    if not isinstance(output_ref, str):
        raise SpecError(f"{where}: x-fal-output must be a reference string")
    _, output_schema = _follow(document, output_ref)
    if not isinstance(output_schema, Mapping) or "example" not in output_schema:
        raise SpecError(f"{output_ref}: the Output schema of {endpoint_id} needs an `example`")
    return Model(
        endpoint_id=endpoint_id,
        input_pointer=input_pointer,
        input_schema=input_schema,
        output_example=output_schema["example"],
    )
