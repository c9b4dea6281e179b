"""Import fal's per-endpoint OpenAPI documents as model files of the spec.

    python scripts/import_fal.py FROM [FROM ...]   # files, or folders of *.json

Each document becomes `openapi/models/<endpoint id>.yaml` (see spec_bundle.py), holding
the facts fal's document states (fal_schemas.py) under the names the spec gives them:

- the Input and Output keep fal's component keys as the generator cases them
  (`BytedanceSeedreamV4TextToImageInput`); for owners other than `fal-ai`, whose keys
  fal writes without the owner, the owner is put in front (`VeedAvatarsTextToVideoInput`
  and `ArgilAvatarsTextToVideoInput` would otherwise be one name);
- a nested type (`Image`, `LoraWeight`, ...) takes the root's schema of that name when
  the definitions are equal. A definition that differs from the root's, or from the
  one another model file already holds under that name, is named after itself: fal's
  name plus `V` and six hex digits of its definition. So names do not depend on the
  order of imports and never change when another endpoint is added;
- names the generator uses itself (`File` would shadow its `types.File`) get `Fal` in front.

Re-importing a document rewrites its model file with the same bytes; the override file
beside it (`<endpoint id>.override.yaml`) is never touched. A document that cannot be
read is reported with the reason, and the others are imported all the same.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.strings import pascal_case

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fal_schemas import (  # noqa: E402
    GENERATOR_NAMES,
    REF_PREFIX,
    DocumentError,
    FalModel,
    canonical,
    read_model,
    refs,
    rename_refs,
    variant_suffix,
    without_titles,
)
from spec_bundle import (  # noqa: E402
    MODELS_DIR,
    ROOT_SPEC,
    Fragment,
    load_fragments,
    model_path,
    read_yaml,
)

HEADER = (
    "# {endpoint}: imported from fal's OpenAPI document by `make import-fal`, which rewrites\n"
    "# this file. Local changes go in {override} beside it (a merge patch, kept on re-import).\n"
)


def class_name(key: str) -> str:
    """A component key as the generator will case it, clear of the generator's own names."""
    name = pascal_case(key)
    if not name or not name[0].isalpha():
        name = "Fal" + name
    if name in GENERATOR_NAMES:
        name = "Fal" + name
    return name


def operation_id(endpoint_id: str) -> str:
    return "".join(c if c.isalnum() else "_" for c in endpoint_id.lower()).strip("_")


@dataclass
class Claims:
    """Which schema names the spec gives out already, and to what definition.

    Input/Output names belong to one endpoint; nested names may be held by many model
    files, all with the same definition.
    """

    shared: dict[str, str]
    """root schema name -> canonical definition"""
    nested: dict[str, dict[str, str]]
    """nested schema name -> {endpoint id: canonical definition}"""
    models: dict[str, str]
    """Input/Output name -> endpoint id"""

    @classmethod
    def of_spec(cls, root_spec: Path = ROOT_SPEC, models_dir: Path = MODELS_DIR) -> Claims:
        fragments = load_fragments(models_dir) if models_dir.exists() else []
        return cls.of_fragments(root_spec, fragments)

    @classmethod
    def of_fragments(cls, root_spec: Path, fragments: Iterable[Fragment]) -> Claims:
        """The claims of the root and of model files already read."""
        root = read_yaml(root_spec)
        shared = {  # a root schema's description is ours, not part of the definition
            name: canonical({k: v for k, v in schema.items() if k != "description"})
            for name, schema in ((root.get("components") or {}).get("schemas") or {}).items()
        }
        claims = cls(shared=shared, nested={}, models={})
        for fragment in fragments:
            claims.add(fragment.endpoint_id, fragment.document)
        return claims

    def add(self, endpoint: str, fragment: Mapping[str, Any]) -> None:
        self.drop(endpoint)
        own = _model_names(fragment)
        for name, schema in ((fragment.get("components") or {}).get("schemas") or {}).items():
            if name in own:
                self.models[name] = endpoint
            else:
                self.nested.setdefault(name, {})[endpoint] = canonical(schema)

    def drop(self, endpoint: str) -> None:
        """Forget what `endpoint`'s model file held (it is about to be rewritten)."""
        self.models = {n: e for n, e in self.models.items() if e != endpoint}
        for holders in self.nested.values():
            holders.pop(endpoint, None)

    def taken(self, name: str, definition: str, endpoint: str) -> bool:
        """Whether `name` means something else than `definition` elsewhere in the spec."""
        if name in self.shared:
            return self.shared[name] != definition
        if self.models.get(name, endpoint) != endpoint:
            return True
        holders = {d for e, d in self.nested.get(name, {}).items() if e != endpoint}
        return bool(holders - {definition})


def _model_names(fragment: Mapping[str, Any]) -> set[str]:
    names = set()
    for item in (fragment.get("paths") or {}).values():
        op = (item or {}).get("post") or {}
        body = (
            ((op.get("requestBody") or {}).get("content") or {}).get("application/json") or {}
        ).get("schema") or {}
        for ref in (body.get("$ref"), op.get("x-fal-output")):
            if isinstance(ref, str) and ref.startswith(REF_PREFIX):
                names.add(ref[len(REF_PREFIX) :])
    return names


def _io_name(model: FalModel, key: str | None, suffix: str) -> str:
    """fal's Input/Output key, with the owner in front where fal left it out."""
    owner, _, rest = model.endpoint_id.partition("/")
    if key is None:  # no schema: name it as fal would have
        other = model.output_key if suffix == "Input" else model.input_key
        stem = other[: -len("Output")] if other and other.endswith(("Output", "Input")) else rest
        stem = stem.removesuffix("Input").removesuffix("Output")
        key = pascal_case(stem) + suffix
    name = class_name(key)
    if owner != "fal-ai" and not name.startswith(pascal_case(owner)):
        name = class_name(pascal_case(owner) + name)
    return name


def _held(claims: Claims, endpoint: str, name: str) -> bool:
    """Whether another endpoint's model, or the root, already has this name."""
    return claims.models.get(name, endpoint) != endpoint or name in claims.shared


def _plain_object(note: str) -> dict[str, Any]:
    return {"type": "object", "additionalProperties": True, "x-fal-untyped": note}


def name_model(model: FalModel, claims: Claims) -> dict[str, Any]:
    """The model file for `model`, its schemas named against the spec's claims."""
    endpoint = model.endpoint_id
    model = copy.deepcopy(model)  # notes are added below: the caller's model stays as read
    input_name = _io_name(model, model.input_key, "Input")
    output_name = _io_name(model, model.output_key, "Output")
    if _held(claims, endpoint, input_name) or _held(claims, endpoint, output_name):
        # fal's key names another endpoint's model too (`fal-ai/a-b` and `fal-ai/a/b` both
        # make `ABInput`): this one is named after its whole endpoint id instead
        stem = pascal_case(endpoint.replace("/", " "))
        input_name, output_name = class_name(stem + "Input"), class_name(stem + "Output")
        model.notes.append(
            "fal's schema names are another endpoint's too: named after the endpoint id"
        )
    for name in (input_name, output_name):
        if _held(claims, endpoint, name):
            raise DocumentError(
                f"{name} is already the name of another endpoint's schema "
                f"({claims.models.get(name, 'openapi/openapi.yaml')})"
            )
    names: dict[str, str] = {}
    if model.input_key:
        names[model.input_key] = input_name
    if model.output_key:
        names[model.output_key] = output_name
    out: dict[str, Any] = {}
    visiting: set[str] = set()
    recursive: set[str] = set()

    def nested(key: str) -> str:
        """The spec's name for fal's nested schema `key` (its references named first)."""
        if key in names:
            return names[key]
        if key in visiting:  # a recursive type cannot be named after its own definition
            recursive.add(key)
            names[key] = class_name(key)
            return names[key]
        visiting.add(key)
        for dependency in sorted(refs(model.schemas[key])):
            nested(dependency)
        visiting.discard(key)
        schema = without_titles(rename_refs(model.schemas[key], names))
        name = class_name(key)
        if key not in recursive and claims.taken(name, canonical(schema), endpoint):
            name = name + variant_suffix(schema)
        names[key] = name
        if name not in claims.shared:
            out[name] = schema
        return name

    for key in sorted(model.schemas):
        nested(key)
    schemas: dict[str, Any] = {}
    untyped_in = next((n for n in model.notes if "no Input schema" in n), None)
    untyped_out = next((n for n in model.notes if "no Output schema" in n), None)
    if model.input_key:
        schemas[input_name] = _closed(_untitled(rename_refs(model.schemas[model.input_key], names)))
    else:
        schemas[input_name] = _plain_object(untyped_in or "no Input schema")
    if model.output_key:
        output = _untitled(rename_refs(model.schemas[model.output_key], names))
        if not output.get("properties") and "additionalProperties" not in output:
            model.notes.append("fal's Output schema lists no fields: typed as a plain object")
            output = _plain_object("fal's Output schema lists no fields")
        schemas[output_name] = output
    else:
        schemas[output_name] = _plain_object(untyped_out or "no Output schema")
    for name in sorted(out):
        schemas.setdefault(name, out[name])
    op: dict[str, Any] = {
        "tags": ["models"],
        "operationId": operation_id(endpoint),
        "summary": model.category.replace("-", " "),
        "x-fal-endpoint": endpoint,
        "x-fal-category": model.category,
        "x-fal-output": REF_PREFIX + output_name,
    }
    if model.notes:
        op["x-fal-import-notes"] = list(dict.fromkeys(model.notes))
    op["requestBody"] = {
        "required": True,
        "content": {"application/json": {"schema": {"$ref": REF_PREFIX + input_name}}},
    }
    op["responses"] = {
        code: {"$ref": f"#/components/responses/{response}"}
        for code, response in (
            ("200", "QueueSubmitted"),
            ("401", "Unauthorized"),
            ("422", "ValidationFailed"),
            ("429", "RateLimited"),
        )
    }
    return {"paths": {"/" + endpoint: {"post": op}}, "components": {"schemas": schemas}}


def _untitled(schema: dict[str, Any]) -> dict[str, Any]:
    """fal titles its Inputs and Outputs unlike their keys (`BaseInput`): the key names them."""
    return {k: v for k, v in schema.items() if k != "title"}


def _closed(schema: dict[str, Any]) -> dict[str, Any]:
    """Inputs refuse unknown fields (fal ignores them, so a typo would go unnoticed)."""
    if schema.get("type") == "object" and "additionalProperties" not in schema:
        return {**schema, "additionalProperties": False}
    return schema


class _Dumper(yaml.SafeDumper):
    """Block style for mappings, flow style for short leaf lists: diffs stay readable."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _represent_list(dumper: yaml.SafeDumper, data: list[Any]) -> yaml.Node:
    flow = all(not isinstance(x, dict | list) for x in data) and len(json.dumps(data)) < 80
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


_Dumper.add_representer(list, _represent_list)


def render(endpoint: str, fragment: Mapping[str, Any]) -> str:
    body = yaml.dump(
        fragment,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )
    override = Path(endpoint).name + ".override.yaml"
    return HEADER.format(endpoint=endpoint, override=override) + body


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


def read_document(path: Path) -> FalModel:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise DocumentError(f"not readable as JSON ({type(exc).__name__}: {exc})") from None
    try:
        return read_model(document)
    except DocumentError:
        raise
    except (TypeError, ValueError, KeyError, AttributeError, RecursionError) as exc:
        # fal's documents are data: one of an odd shape is reported, not a crash
        raise DocumentError(
            f"a schema of an unexpected shape ({type(exc).__name__}: {exc})"
        ) from None


def import_documents(
    paths: list[Path], models_dir: Path = MODELS_DIR, root_spec: Path = ROOT_SPEC
) -> tuple[list[str], list[tuple[Path, str]]]:
    """Write a model file per readable document; (endpoints written, (file, reason) refused)."""
    claims = Claims.of_spec(root_spec, models_dir)
    read: list[tuple[Path, FalModel]] = []
    refused: list[tuple[Path, str]] = []
    for path in paths:
        try:
            read.append((path, read_document(path)))
        except DocumentError as exc:
            refused.append((path, str(exc)))
    written = []
    for path, model in sorted(read, key=lambda pair: pair[1].endpoint_id):
        claims.drop(model.endpoint_id)
        try:
            fragment = name_model(model, claims)
        except DocumentError as exc:
            refused.append((path, str(exc)))
            continue
        claims.add(model.endpoint_id, fragment)
        target = model_path(model.endpoint_id, models_dir)
        target.parent.mkdir(parents=True, exist_ok=True)
        text = render(model.endpoint_id, fragment)
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")
        written.append(model.endpoint_id)
    return written, refused


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "sources", nargs="+", metavar="FROM", help="fal documents, or folders of them"
    )
    args = parser.parse_args(argv)
    paths = documents(args.sources)
    written, refused = import_documents(paths)
    print(
        f"imported {len(written)} endpoint(s) into {MODELS_DIR.relative_to(MODELS_DIR.parents[1])}/"
    )
    for path, reason in refused:
        print(f"not imported: {path}: {reason}", file=sys.stderr)
    if written:
        print("next: `make generate`")
    return 1 if refused and not written else 0


if __name__ == "__main__":
    sys.exit(main())
