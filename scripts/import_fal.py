"""Import fal's endpoints as model files of the spec, from any of fal's sources.

    python scripts/import_fal.py FROM [FROM ...]

FROM is a fal document (`*.json`) or a folder of them; fal's TypeScript types for its
whole catalogue (fal-js `endpoints.ts`); `fal`, fal's model API; or a URL of a server of
that shape, or of one per-endpoint document (fal_remote.py). Each endpoint becomes
`openapi/models/<endpoint id>.yaml` (see spec_bundle.py), holding the facts its source
states (uniapi_fal._fal_schemas for documents, fal_types.py for the types) under the names the
spec gives them:

- the Input and Output keep fal's names as the generator cases them
  (`BytedanceSeedreamV4TextToImageInput`); for owners other than `fal-ai`, whose names
  fal writes without the owner, the owner is put in front (`VeedAvatarsTextToVideoInput`
  and `ArgilAvatarsTextToVideoInput` would otherwise be one name). An endpoint already in
  the spec keeps the names it has: users import them;
- a nested type (`Image`, `LoraWeight`, ...) takes the root's schema of that name when
  the definitions are equal. A definition that differs from the root's, or from the
  one another model file already holds under that name, is named after itself: fal's
  name plus `V` and six hex digits of its definition. So names do not depend on the
  order of imports and never change when another endpoint is added;
- names the generator uses itself (`File` would shadow its `types.File`) get `Fal` in front.

Each model file says where it came from (`x-fal-source`: `openapi` or `typescript`). A
document wins over the types (it has constraints): the types never replace a model file
made from a document, or one written by hand. A source that is fal's whole catalogue (the
types, or `fal` with no IDS or CATEGORY) marks the spec's endpoints it no longer lists with
`x-fal-listed: false`; they stay.

Re-importing the same inputs rewrites nothing; the override file beside a model file
(`<endpoint id>.override.yaml`) is never touched. An endpoint that cannot be read is
reported with the reason, and the others are imported all the same.
"""

from __future__ import annotations

import copy
import json
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.strings import pascal_case

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fal_sources import Batch, parse_command  # noqa: E402
from spec_bundle import (  # noqa: E402
    MODELS_DIR,
    ROOT_SPEC,
    SOURCE_OPENAPI,
    SOURCE_TYPES,
    Fragment,
    load_fragments,
    model_path,
    read_yaml,
)

from uniapi_fal._fal_schemas import (  # noqa: E402
    GENERATOR_NAMES,
    REF_PREFIX,
    DocumentError,
    FalModel,
    canonical,
    refs,
    rename_refs,
    variant_suffix,
    without_titles,
)

SOURCE_NAMES = {SOURCE_OPENAPI: "fal's OpenAPI document", SOURCE_TYPES: "fal's TypeScript types"}
HEADER = (
    "# {endpoint}: imported from {source} by `make import-fal`, which rewrites\n"
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


def name_model(
    model: FalModel,
    claims: Claims,
    source: str = SOURCE_OPENAPI,
    keep: Mapping[str, str | None] | None = None,
) -> dict[str, Any]:
    """The model file for `model`, its schemas named against the spec's claims; `keep`,
    the Input and Output names the endpoint's model file has now (`io_names`)."""
    endpoint = model.endpoint_id
    model = copy.deepcopy(model)  # notes are added below: the caller's model stays as read
    input_name = _io_name(model, model.input_key, "Input")
    output_name = _io_name(model, model.output_key, "Output")
    kept = [(keep or {}).get(part) for part in ("input", "output")]
    if all(name and not _held(claims, endpoint, name) for name in kept):
        input_name, output_name = str(kept[0]), str(kept[1])
    elif _held(claims, endpoint, input_name) or _held(claims, endpoint, output_name):
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
        "x-fal-source": source,
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
    source = SOURCE_NAMES.get(str(operation(fragment).get("x-fal-source")), "fal")
    return HEADER.format(endpoint=endpoint, source=source, override=override) + body


def operation(fragment: Mapping[str, Any]) -> Mapping[str, Any]:
    """The one operation of a model file."""
    for item in (fragment.get("paths") or {}).values():
        return (item or {}).get("post") or {}
    return {}


def source_of(fragment: Mapping[str, Any]) -> str | None:
    """Where a model file came from: SOURCE_OPENAPI, SOURCE_TYPES, or None (by hand)."""
    source = operation(fragment).get("x-fal-source")
    return source if source in SOURCE_NAMES else None


def io_names(fragment: Mapping[str, Any]) -> dict[str, str | None]:
    """The names a model file gives its Input and Output."""
    op = operation(fragment)
    body: Any = op.get("requestBody")
    for key in ("content", "application/json", "schema", "$ref"):
        body = body.get(key) if isinstance(body, Mapping) else None
    names: dict[str, str | None] = {}
    for part, ref in (("input", body), ("output", op.get("x-fal-output"))):
        names[part] = ref.removeprefix(REF_PREFIX) if isinstance(ref, str) else None
    return names


def listed(fragment: Mapping[str, Any]) -> bool:
    """False when the last source that was fal's whole catalogue did not list it."""
    return operation(fragment).get("x-fal-listed") is not False


def with_listed(fragment: Mapping[str, Any], is_listed: bool) -> dict[str, Any]:
    """The model file with its `x-fal-listed` mark set (after `x-fal-source`) or cleared."""
    (path, item), *_ = (fragment.get("paths") or {}).items()
    op: dict[str, Any] = {}
    for key, value in item["post"].items():
        if key == "x-fal-listed":
            continue
        op[key] = value
        if key == "x-fal-source" and not is_listed:
            op["x-fal-listed"] = False
    return {**fragment, "paths": {path: {**item, "post": op}}}


@dataclass
class Report:
    """What an import did, endpoint by endpoint."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    """in the types, but the spec has them from a document or by hand: left as they are"""
    refused: list[tuple[str, str]] = field(default_factory=list)
    unlisted: list[str] = field(default_factory=list)
    """newly marked as no longer listed by fal"""
    relisted: list[str] = field(default_factory=list)

    @property
    def written(self) -> list[str]:
        return sorted(self.added + self.changed + self.unchanged)

    def summary(self) -> list[str]:
        lines = [
            f"imported {len(self.written)} endpoint(s): {len(self.added)} added, "
            f"{len(self.changed)} changed, {len(self.unchanged)} unchanged"
        ]
        if self.kept:
            lines.append(
                f"{len(self.kept)} endpoint(s) of fal's types kept as the spec has them "
                "(from fal's documents, which carry constraints, or written by hand)"
            )
        if self.unlisted:
            lines.append(
                f"{len(self.unlisted)} endpoint(s) no longer listed by fal: kept, marked "
                "x-fal-listed: false"
            )
        if self.relisted:
            lines.append(f"{len(self.relisted)} endpoint(s) listed by fal again")
        return lines


class Spec:
    """The model files as they stand, and the names they claim, kept current as files are
    written."""

    def __init__(self, models_dir: Path, root_spec: Path) -> None:
        self.models_dir = models_dir
        fragments = load_fragments(models_dir) if models_dir.exists() else []
        self.documents = {f.endpoint_id: f.document for f in fragments}
        self.claims = Claims.of_fragments(root_spec, fragments)
        self._spellings: dict[str, str] | None = None

    def spelling(self, endpoint: str) -> str:
        """How the spec spells `endpoint` (fal's ids come in two cases, as
        `cassetteai/music-generator` and `CassetteAI/music-generator`); itself if new."""
        if endpoint in self.documents:
            return endpoint
        if self._spellings is None or len(self._spellings) != len(self.documents):
            self._spellings = {e.lower(): e for e in self.documents}
        return self._spellings.get(endpoint.lower(), endpoint)

    def write(self, endpoint: str, fragment: dict[str, Any]) -> str:
        """Write a model file; "added", "changed" or "unchanged"."""
        target = model_path(endpoint, self.models_dir)
        text = render(endpoint, fragment)
        before = target.read_text(encoding="utf-8") if target.exists() else None
        if before != text:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        self.documents[endpoint] = fragment
        self.claims.add(endpoint, fragment)
        if before is None:
            return "added"
        return "unchanged" if before == text else "changed"


def import_batches(
    batches: Iterable[Batch], models_dir: Path = MODELS_DIR, root_spec: Path = ROOT_SPEC
) -> Report:
    """Write a model file per endpoint read, documents first (they win over the types)."""
    spec = Spec(models_dir, root_spec)
    report = Report()
    from_documents: set[str] = set()
    for batch in sorted(batches, key=lambda b: b.source != SOURCE_OPENAPI):
        report.refused.extend(batch.refused)
        for model in sorted(batch.models, key=lambda m: m.endpoint_id):
            endpoint = model.endpoint_id
            spelled = spec.spelling(endpoint)
            existing = spec.documents.get(endpoint)
            if batch.source == SOURCE_TYPES and (
                spelled.lower() in from_documents
                or (
                    spelled in spec.documents and source_of(spec.documents[spelled]) != SOURCE_TYPES
                )
            ):
                report.kept.append(endpoint)
                continue
            if spelled != endpoint:  # one file each would be one file where case is ignored
                report.refused.append(
                    (endpoint, f"the spec has this endpoint as {spelled} (ids differ in case only)")
                )
                continue
            spec.claims.drop(endpoint)
            try:
                fragment = name_model(
                    model, spec.claims, batch.source, io_names(existing) if existing else None
                )
            except DocumentError as exc:
                if existing is not None:
                    spec.claims.add(endpoint, existing)
                report.refused.append((endpoint, str(exc)))
                continue
            shown = batch.listing is not None and endpoint in batch.listing
            still = shown or endpoint in batch.listed or existing is None or listed(existing)
            outcome = spec.write(endpoint, with_listed(fragment, still))
            getattr(report, outcome).append(endpoint)
            if existing is not None and still and not listed(existing):
                report.relisted.append(endpoint)
            if batch.source == SOURCE_OPENAPI:
                from_documents.add(endpoint.lower())
        if batch.listing is not None:
            mark_listing(spec, batch.listing, report)
    return report


def mark_listing(spec: Spec, listing: frozenset[str], report: Report) -> None:
    """Mark the spec's imported endpoints fal's whole catalogue lacks, unmark those it has
    again (model files written by hand are the project's own: never rewritten)."""
    lowered = {endpoint.lower() for endpoint in listing}  # fal spells some ids two ways
    for endpoint, fragment in sorted(spec.documents.items()):
        if source_of(fragment) is None:
            continue
        is_listed = endpoint.lower() in lowered
        if listed(fragment) == is_listed:
            continue
        spec.write(endpoint, with_listed(fragment, is_listed))
        (report.relisted if is_listed else report.unlisted).append(endpoint)


def main(argv: list[str] | None = None) -> int:
    command = parse_command(__doc__.splitlines()[0], argv)
    report = import_batches(command.batches, command.models_dir, command.root_spec)
    for line in report.summary():
        print(line)
    for source, reason in report.refused:
        print(f"not imported: {source}: {reason}", file=sys.stderr)
    if report.added or report.changed or report.unlisted or report.relisted:
        print("next: `make generate`")
    return 1 if report.refused and not report.written else 0


if __name__ == "__main__":
    sys.exit(main())
