"""Tell where the spec's imported models and what fal publishes now disagree.

    python scripts/check_fal_drift.py FROM [FROM ...] [--ids a,b] [--category c]

FROM is what `import_fal.py` takes (fal_sources.py): fal documents or folders of them,
fal's TypeScript types (`endpoints.ts`), `fal` (its model API) or a URL.

fal changes its endpoints without notice (a new field, a wider range, one more enum
value); the SDK only knows what `openapi/models/` says. For each endpoint read that is
in the spec, this makes the model file `import_fal.py` would write today (`name_model`
against the rest of the spec) and compares it with the committed one, Input and Output,
field by field. Each difference is one line, `<endpoint> <input|output>.<field path>:
<what>`, written as spec -> fal:

    fal-ai/flux/dev input.num_images: maximum 4 -> 8
    fal-ai/flux/dev input.output_format: enum + "webp"
    fal-ai/flux/dev input.extra: + field
    fal-ai/flux/dev input.seed: - field
    fal-ai/flux/dev input.guidance_scale: now required

Compared: fields, types, enums, consts, defaults, bounds and other constraints,
required-ness, nullability (a null branch of `anyOf`), nested objects, array items
(`[]`), maps (`{}`), the branches of a union (`|string`, `|ImageSize`), the category.
Not compared: titles, descriptions, field order, the `additionalProperties: false` the
importer puts on every Input, and the class names (re-importing keeps the spec's). `$ref`s
are followed on both sides (the file's own schemas, else the root's shared ones) and
compared by content, so a nested type the spec names differently but defines the same is
no drift.

fal's types against a model the spec has from a document: compared on what the types can
say (`as_types_say_it`), lines `<endpoint> (types) ...`, document -> types: where fal's
two publications disagree. A model from the types against a document: one line, since
importing the document adds its constraints. A source that is fal's whole catalogue also
reports the models it no longer lists, and those it lists again.

The committed side is the model file as imported, without its override: an override
is a deliberate local difference, and fal changing is what this is about. Re-importing
(`make import-fal FROM=...`) takes fal's side; the override is kept.

Exit status 1 when anything differs, something cannot be read, or an endpoint is not in
the spec; 0 when spec and fal agree.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fal_sources import Batch, parse_command  # noqa: E402
from import_fal import Claims, io_names, listed, name_model, operation, source_of  # noqa: E402
from spec_bundle import (  # noqa: E402
    MODELS_DIR,
    ROOT_SPEC,
    SOURCE_TYPES,
    Fragment,
    load_fragments,
    read_yaml,
)

from uniapi_fal._fal_schemas import REF_PREFIX, DocumentError, FalModel, canonical  # noqa: E402

IGNORED = frozenset({"title", "description"})
"""Prose, not facts: the importer drops descriptions and titles only name things."""
FIELD_KEYS = ("default", "deprecated")
"""Keywords about the field rather than its type: compared once, wherever they sit."""
UNION_KEYS = ("anyOf", "oneOf")
NESTED = {
    "items": "[]",
    "additionalProperties": "{}",
    "not": "<not>",
    "propertyNames": "<names>",
    "contains": "<contains>",
}
"""Keywords holding one schema, and how a path shows that it went into them."""
STRUCTURE = frozenset({"type", "enum", "properties", "required", "prefixItems", *NESTED})
"""Keywords compared by their own rules; every other keyword is compared as a value."""
MAX_DEPTH = 64
"""A guard against recursive types that recur differently on the two sides."""


@dataclass
class Side:
    """The schemas one side's `$ref`s can name: its model file's, then the root's."""

    own: Mapping[str, Any]
    root: Mapping[str, Any]

    def lookup(self, name: str) -> Any:
        if name in self.own:
            return self.own[name]
        return self.root.get(name)


@dataclass
class Branch:
    """One alternative of a field's type, its `$ref` followed (`ref` is the name it had)."""

    ref: str | None
    schema: dict[str, Any]


@dataclass
class Shape:
    """A schema as a field sees it: nullable or not, its alternatives, its field keywords."""

    nullable: bool = False
    branches: list[Branch] = field(default_factory=list)
    outer: dict[str, Any] = field(default_factory=dict)


def _clean(node: Any) -> dict[str, Any]:
    if not isinstance(node, Mapping):
        return {} if node is True else {"not": {}}  # JSON Schema's boolean schemas
    return {k: v for k, v in node.items() if k not in IGNORED and not str(k).startswith("x-")}


def shape(schema: Any, side: Side) -> Shape:
    """Follow `$ref`s, flatten `anyOf`/`oneOf`, and take the null branch out as nullability."""
    out = Shape()

    def visit(node: Any, seen: frozenset[str]) -> None:
        node = _clean(node)
        ref = None
        while isinstance(node.get("$ref"), str):
            ref = node["$ref"].removeprefix(REF_PREFIX)
            definition = side.lookup(ref)
            if definition is None or ref in seen:  # undefined, or its own alternative
                out.branches.append(Branch(ref, {"$ref": ref}))
                return
            seen = seen | {ref}
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            node = {**_clean(definition), **siblings}
        union = [b for key in UNION_KEYS if isinstance(node.get(key), list) for b in node[key]]
        if union:
            rest = {k: v for k, v in node.items() if k not in UNION_KEYS}
            for key, value in rest.items():
                out.outer.setdefault(key, value)
            for branch in union:
                visit(branch, seen)
            return
        kinds = node.get("type")
        if kinds == "null" and not (set(node) - {"type"}):
            out.nullable = True
            return
        if isinstance(kinds, list) and "null" in kinds:
            out.nullable = True
            rest_kinds = [k for k in kinds if k != "null"]
            node = {**node, "type": rest_kinds[0] if len(rest_kinds) == 1 else rest_kinds}
        out.branches.append(Branch(ref, node))

    visit(schema, frozenset())
    if len(out.branches) == 1:  # a field's default sits beside its one type, wherever fal put it
        sole = out.branches[0].schema
        for key in FIELD_KEYS:
            if key in sole:
                out.outer.setdefault(key, sole[key])
        out.branches[0].schema = {k: v for k, v in sole.items() if k not in FIELD_KEYS}
    return out


def kind(branch: Branch) -> str:
    """What sort of value a branch is, for pairing alternatives and naming type changes."""
    schema = branch.schema
    kinds = schema.get("type")
    if isinstance(kinds, str):
        return kinds
    if isinstance(kinds, list):
        return " | ".join(sorted(map(str, kinds)))
    if "$ref" in schema:
        return f"undefined {schema['$ref']}"
    if "properties" in schema or "additionalProperties" in schema:
        return "object"
    if "items" in schema or "prefixItems" in schema:
        return "array"
    if "enum" in schema:
        return "enum"
    if "const" in schema:
        return "const"
    return "any value"


def show(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _same(a: Any, b: Any) -> bool:
    if type(a) is type(b) and isinstance(a, str | int | float | bool | None):
        return bool(a == b)
    return canonical(a) == canonical(b)


def _change(key: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> str | None:
    """`key old -> new`, or None when both sides say the same (`1`, `1.0` and `true` differ)."""
    if (key in old) == (key in new) and _same(old.get(key), new.get(key)):
        return None
    before = show(old[key]) if key in old else "(none)"
    after = show(new[key]) if key in new else "(none)"
    return f"{key} {before} -> {after}"


@dataclass
class Comparison:
    """Compares the committed (old) side with the fresh (new) one, collecting lines."""

    old: Side
    new: Side
    lines: list[str] = field(default_factory=list)
    types: bool = False
    """The new side is fal's types: what they never say (an open type, a default of
    false, 0, null, a list or an object) is no disagreement."""

    def change(self, key: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> str | None:
        if self.types and key == "default" and key in old and key not in new:
            value = old[key]
            unsaid = value is None or value is False or isinstance(value, list | dict)
            if unsaid or (
                isinstance(value, int | float) and not isinstance(value, bool) and not value
            ):
                return None
        return _change(key, old, new)

    def say(self, path: str, what: str) -> None:
        self.lines.append(f"{path}: {what}")

    def schemas(
        self,
        path: str,
        old: Any,
        new: Any,
        depth: int = 0,
        active: frozenset[tuple[str, str]] = frozenset(),
    ) -> None:
        """Two schemas of one field (or of the Input/Output itself)."""
        a, b = shape(old, self.old), shape(new, self.new)
        if a.nullable != b.nullable:
            self.say(path, "now nullable" if b.nullable else "no longer nullable")
        for key in sorted(set(a.outer) | set(b.outer)):
            change = self.change(key, a.outer, b.outer)
            if change:
                self.say(path, change)
        for label, x, y in self.pairs(path, a.branches, b.branches, depth):
            self.alternatives(path + label, x, y, depth, active)

    def pairs(
        self, path: str, old: list[Branch], new: list[Branch], depth: int
    ) -> list[tuple[str, Branch, Branch]]:
        """Match the alternatives of two unions: same kind, then the closest definition."""
        if len(old) == 1 and len(new) == 1:
            return [("", old[0], new[0])]
        old_kinds, new_kinds = sorted(map(kind, old)), sorted(map(kind, new))
        if old_kinds != new_kinds:
            self.say(
                path, f"type {' | '.join(old_kinds) or 'null'} -> {' | '.join(new_kinds) or 'null'}"
            )
        matched: list[tuple[str, Branch, Branch]] = []
        left = list(new)
        for x in old:
            candidates = [y for y in left if kind(y) == kind(x)]
            if not candidates:
                continue
            if len(candidates) > 1:  # several objects: the pairing that differs least
                candidates.sort(key=lambda y: len(self._trial(x, y, depth)))
            y = candidates[0]
            left.remove(y)
            matched.append((f"|{x.ref or y.ref or kind(x)}", x, y))
        return matched

    def _trial(self, x: Branch, y: Branch, depth: int) -> list[str]:
        trial = Comparison(self.old, self.new, types=self.types)
        trial.alternatives("", x, y, depth, frozenset())
        return trial.lines

    def alternatives(
        self, path: str, x: Branch, y: Branch, depth: int, active: frozenset[tuple[str, str]]
    ) -> None:
        """Two alternatives of the same place: their keywords, then what they nest."""
        if x.ref and y.ref:
            if (x.ref, y.ref) in active:
                return  # a recursive type, already being compared one level up
            active = active | {(x.ref, y.ref)}
        if depth > MAX_DEPTH:
            return
        if self.types and kind(y) == "any value":
            return  # `unknown` in fal's types: they say nothing of it
        if kind(x) != kind(y):
            self.say(path, f"type {kind(x)} -> {kind(y)}")
            return
        old, new = x.schema, y.schema
        for key in sorted((set(old) | set(new)) - STRUCTURE):
            change = self.change(key, old, new)
            if change:
                self.say(path, change)
        self.enum(path, old, new)
        self.properties(path, old, new, depth, active)
        old_tuple, new_tuple = old.get("prefixItems") or [], new.get("prefixItems") or []
        for i in range(max(len(old_tuple), len(new_tuple))):
            if i >= len(old_tuple):
                self.say(f"{path}[{i}]", "+ item")
            elif i >= len(new_tuple):
                self.say(f"{path}[{i}]", "- item")
            else:
                self.schemas(f"{path}[{i}]", old_tuple[i], new_tuple[i], depth + 1, active)
        for key, mark in NESTED.items():
            one, other = old.get(key), new.get(key)
            if isinstance(one, Mapping) and isinstance(other, Mapping):
                self.schemas(path + mark, one, other, depth + 1, active)
            else:
                change = self.change(key, old, new)
                if change:
                    self.say(path, change)

    def enum(self, path: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        if "enum" not in old and "enum" not in new:
            return
        if ("enum" in old) != ("enum" in new):
            self.say(path, _change("enum", old, new) or "enum")
            return
        before = {canonical(v): v for v in old["enum"]}
        after = {canonical(v): v for v in new["enum"]}
        added = [show(after[k]) for k in after if k not in before]
        removed = [show(before[k]) for k in before if k not in after]
        if added or removed:
            self.say(
                path, "enum " + ", ".join([f"+ {v}" for v in added] + [f"- {v}" for v in removed])
            )

    def properties(
        self,
        path: str,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        depth: int,
        active: frozenset[tuple[str, str]],
    ) -> None:
        """Fields added, removed, changed, and which of them must be given."""
        old_fields, new_fields = old.get("properties") or {}, new.get("properties") or {}
        old_required, new_required = set(old.get("required") or []), set(new.get("required") or [])
        for name in [*new_fields, *(n for n in old_fields if n not in new_fields)]:
            where = f"{path}.{name}"
            if name not in old_fields:
                self.say(where, "+ field" + (", required" if name in new_required else ""))
            elif name not in new_fields:
                self.say(where, "- field")
            else:
                if (name in old_required) != (name in new_required):
                    self.say(
                        where, "now required" if name in new_required else "no longer required"
                    )
                self.schemas(where, old_fields[name], new_fields[name], depth + 1, active)
        for name in sorted((old_required ^ new_required) - set(old_fields) - set(new_fields)):
            self.say(
                f"{path}.{name}", "now required" if name in new_required else "no longer required"
            )


def _open_input(schema: Any) -> Any:
    """An Input without the `additionalProperties: false` the importer adds."""
    if isinstance(schema, Mapping) and schema.get("additionalProperties") is False:
        return {k: v for k, v in schema.items() if k != "additionalProperties"}
    return schema


UNSAID_BY_TYPES = frozenset(
    {
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "minLength",
        "maxLength",
        "pattern",
        "minItems",
        "maxItems",
        "uniqueItems",
        "minProperties",
        "maxProperties",
        "format",
        "deprecated",
    }
)
"""What fal's TypeScript types cannot say, so a document and the types never differ on it."""


def as_types_say_it(node: Any) -> Any:
    """A schema reduced to what fal's types can express: no constraints, `integer` as
    `number`, no null branch (fal's types write none), `const` as a one-value enum, objects
    neither open nor closed (only a map says what its values are)."""
    if isinstance(node, list):
        return [as_types_say_it(x) for x in node]
    if not isinstance(node, Mapping):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in UNSAID_BY_TYPES or key in IGNORED or str(key).startswith("x-"):
            continue
        if key == "properties" and isinstance(value, Mapping):
            out[key] = {name: as_types_say_it(sub) for name, sub in value.items()}
        elif key == "type":
            kinds = [k for k in (value if isinstance(value, list) else [value]) if k != "null"]
            kinds = list(dict.fromkeys("number" if k == "integer" else k for k in kinds))
            if kinds:
                out[key] = kinds[0] if len(kinds) == 1 else kinds
        elif key == "const":
            out["enum"] = [value]
        elif key in ("default", "enum", "required"):
            out[key] = value
        else:
            out[key] = as_types_say_it(value)
    if "properties" in out and out.get("additionalProperties") in (True, False):
        del out["additionalProperties"]
    for union in UNION_KEYS:
        branches = out.get(union)
        if isinstance(branches, list):
            kept = [b for b in branches if b != {}]  # `{type: null}` reduced to nothing
            if len(kept) == 1 and len(out) == 1:
                return kept[0]
            out[union] = kept
    return out


def compare(
    endpoint: str,
    committed: Mapping[str, Any],
    fresh: Mapping[str, Any],
    root: Mapping[str, Any],
    as_types: bool = False,
) -> list[str]:
    """The drift lines between a committed model file and the one the importer would write;
    `as_types`: a model file from a document against one from fal's types, compared on what
    the types can say (their lines read `<endpoint> (types) ...`, document -> types)."""
    if canonical(committed) == canonical(fresh):
        return []  # the importer would write the same file: nothing to look into
    schemas = [(f.get("components") or {}).get("schemas") or {} for f in (committed, fresh)]
    if as_types:
        schemas = [{n: as_types_say_it(x) for n, x in part.items()} for part in schemas]
        root = {name: as_types_say_it(schema) for name, schema in root.items()}
    old, new = Side(schemas[0], root), Side(schemas[1], root)
    comparison = Comparison(old, new, types=as_types)
    old_category, new_category = (
        operation(committed).get("x-fal-category"),
        operation(fresh).get("x-fal-category"),
    )
    if old_category != new_category and not as_types:  # the types have no category
        comparison.say("category", f"{old_category} -> {new_category}")
    old_names, new_names = io_names(committed), io_names(fresh)
    for part in ("input", "output"):
        old_name, new_name = old_names[part], new_names[part]
        if old_name != new_name and not as_types:  # re-importing would rename a class
            comparison.say(part, f"named {old_name} -> {new_name}")
        a = old.lookup(old_name) if old_name else None
        b = new.lookup(new_name) if new_name else None
        if a is None or b is None:
            if (a is None) != (b is None):
                comparison.say(
                    part, "no schema in the spec" if a is None else "no schema in fal's document"
                )
            continue
        old_untyped, new_untyped = (isinstance(s, Mapping) and "x-fal-untyped" in s for s in (a, b))
        if old_untyped or new_untyped:
            if old_untyped != new_untyped:
                what = (
                    "now typed by fal"
                    if old_untyped
                    else f"no longer typed by fal ({b['x-fal-untyped']})"
                )
                comparison.say(part, what)
            continue
        if part == "input":
            a, b = _open_input(a), _open_input(b)
        comparison.schemas(part, a, b)
    label = f"{endpoint} (types)" if as_types else endpoint
    return [f"{label} {line}" for line in comparison.lines]


@dataclass
class Report:
    """The lines to print, and the counts the summary and the exit status come from."""

    lines: list[str] = field(default_factory=list)
    compared: int = 0
    drifted: int = 0
    against_types: int = 0
    """endpoints the spec has from a document, compared with fal's types"""
    disagreeing: int = 0
    """of those, where fal's types and fal's document disagree"""
    unknown: int = 0
    unreadable: int = 0
    listing: int = 0
    """endpoints whose listing by fal changed"""

    @property
    def drift(self) -> bool:
        return bool(
            self.drifted or self.disagreeing or self.unknown or self.unreadable or self.listing
        )

    def summary(self) -> str:
        text = f"{self.compared} endpoint(s) compared, {self.drifted} with drift"
        if self.against_types:
            text += (
                f"; {self.against_types} compared with fal's types, {self.disagreeing} where "
                "fal's types and fal's document disagree"
            )
        if self.unknown:
            text += f", {self.unknown} not in the spec"
        if self.listing:
            text += f", {self.listing} listed or unlisted by fal since"
        if self.unreadable:
            text += f", {self.unreadable} unreadable"
        return text


@dataclass
class Spec:
    """What the comparison needs of the spec, read once for all documents."""

    root: dict[str, Any]
    """the root's shared schemas"""
    fragments: dict[str, Fragment]
    claims: Claims

    @classmethod
    def read(cls, root_spec: Path, models_dir: Path) -> Spec:
        fragments = load_fragments(models_dir) if models_dir.exists() else []
        claims = Claims.of_fragments(root_spec, fragments)  # the files just read, not again
        root = (read_yaml(root_spec).get("components") or {}).get("schemas") or {}
        return cls(root, {f.endpoint_id: f for f in fragments}, claims)

    def find(self, endpoint: str) -> Fragment | None:
        """The model file of `endpoint`, however fal spells its case."""
        found = self.fragments.get(endpoint)
        if found is None:
            lowered = endpoint.lower()
            found = next((f for e, f in self.fragments.items() if e.lower() == lowered), None)
        return found

    def fresh(self, model: FalModel, source: str) -> dict[str, Any]:
        """The model file `make import-fal` would write for `model` now."""
        endpoint = model.endpoint_id
        committed = self.fragments[endpoint].document
        self.claims.drop(endpoint)
        try:
            return name_model(model, self.claims, source, io_names(committed))
        finally:
            self.claims.add(endpoint, committed)  # the spec as it stands


def check(
    batches: Sequence[Batch], root_spec: Path = ROOT_SPEC, models_dir: Path = MODELS_DIR
) -> Report:
    """Compare each endpoint read with its model file; the spec itself is only read."""
    report = Report()
    for where, why in (r for batch in batches for r in batch.refused):
        report.unreadable += 1
        report.lines.append(f"{where}: {why}")
    wanted = any(batch.models or batch.listing is not None for batch in batches)
    spec = Spec.read(root_spec, models_dir) if wanted else None  # reading it is most of the time
    for batch in batches:
        for model in batch.models:
            fragment = spec.find(model.endpoint_id) if spec else None
            if spec is None or fragment is None:
                report.unknown += 1
                origin = batch.origins.get(model.endpoint_id, "...")
                report.lines.append(
                    f"{model.endpoint_id}: not in the spec (make import-fal FROM={origin})"
                )
                continue
            model.endpoint_id = fragment.endpoint_id
            _compare_one(spec, fragment, model, batch.source, report)
        if spec is not None and batch.listing is not None:
            _compare_listing(spec, batch.listing, report)
    return report


def _compare_one(
    spec: Spec, fragment: Fragment, model: FalModel, source: str, report: Report
) -> None:
    endpoint, committed = fragment.endpoint_id, fragment.document
    has = source_of(committed)
    if source == SOURCE_TYPES and has != SOURCE_TYPES:
        report.against_types += 1  # the document the spec has against fal's types
        lines = compare(endpoint, committed, spec.fresh(model, source), spec.root, as_types=True)
        if lines:
            report.disagreeing += 1
            report.lines.extend(lines)
        return
    report.compared += 1
    if has == SOURCE_TYPES and source != SOURCE_TYPES:
        report.drifted += 1
        report.lines.append(
            f"{endpoint}: the spec has it from fal's types; fal now publishes its document, "
            "with constraints (make import-fal takes it)"
        )
        return
    try:
        lines = compare(endpoint, committed, spec.fresh(model, source), spec.root)
    except DocumentError as exc:
        lines = [f"{endpoint}: the importer would refuse it now: {exc}"]
    if lines:
        report.drifted += 1
        report.lines.extend(lines)


def _compare_listing(spec: Spec, listing: frozenset[str], report: Report) -> None:
    lowered = {e.lower() for e in listing}
    for endpoint, fragment in sorted(spec.fragments.items()):
        if source_of(fragment.document) is None:
            continue
        is_listed, was_listed = endpoint.lower() in lowered, listed(fragment.document)
        if is_listed != was_listed:
            report.listing += 1
            report.lines.append(
                f"{endpoint}: {'listed by fal again' if is_listed else 'no longer listed by fal'}"
            )


def main(argv: list[str] | None = None) -> int:
    command = parse_command(__doc__.splitlines()[0], argv)
    report = check(command.batches, command.root_spec, command.models_dir)
    for line in report.lines:
        print(line)
    print(report.summary())
    return 1 if report.drift else 0


if __name__ == "__main__":
    sys.exit(main())
