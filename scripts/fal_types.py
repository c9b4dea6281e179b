"""fal's TypeScript types for its whole catalogue (fal-js `endpoints.ts`), reduced to the
facts this project keeps: one `FalModel` per endpoint, as `uniapi_fal._fal_schemas` makes from a
fal document, so that naming and writing them is the importer's one job either way.

fal generates `endpoints.ts` from its per-endpoint schemas, in a small regular part of
TypeScript. This module reads exactly that part, and refuses anything else with the line
it stopped at (the file changed shape: extend the reader, with a golden test):

- `export type X = {...};` object types: members `name: T;` and `name?: T;` (optional),
  keys bare or quoted, each after an optional `/** ... */` comment of which only the
  fact `Default value: \\`...\\`` is kept (JSON, else the bare text as a string);
- `export type X = Y;` aliases, followed to the type they name;
- `string`, `number`, `boolean`, `null`; `any`, `unknown` and `void` (any JSON value);
  `never`; string and number literals and unions of them (an enum; a union of literals
  and other types becomes `anyOf`, the literals one branch); `Array<T>` and `T[]`;
  `Record<K, V>`; `[A, B]` tuples; `A & B` intersections; parentheses;
- `string | Blob | File` (a URL, or a file fal's JS client uploads): a text field marked
  `x-fal-file`, so the SDK and the CLI take a `Path` or `@file` there as for a URL field.
  Without `Blob` beside it, `File` is fal's own file object type declared in the file;
- `EndpointTypeMap`, `{"<endpoint id>": {input: X; output: Y}}`: the catalogue.

TypeScript has no integers, bounds, lengths or patterns: a number is `number`, and none
of the constraints fal's documents carry can be had here. Descriptions are not kept.
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from spec_bundle import FILE_MARK

from uniapi_fal._fal_schemas import REF_PREFIX, DocumentError, FalModel, fits_schema

CATALOGUE = "EndpointTypeMap"

ANY_JSON = ("any", "unknown", "void", "undefined")
PRIMITIVES = {"string": "string", "number": "number", "boolean": "boolean", "null": "null"}

CATEGORIES = frozenset(
    {
        "text-to-image",
        "image-to-image",
        "image-to-video",
        "text-to-video",
        "video-to-video",
        "audio-to-video",
        "video-to-audio",
        "text-to-audio",
        "audio-to-audio",
        "text-to-speech",
        "speech-to-text",
        "speech-to-speech",
        "audio-to-text",
        "video-to-text",
        "image-to-3d",
        "text-to-3d",
        "3d-to-3d",
        "text-to-json",
        "image-to-json",
        "text-to-text",
        "training",
        "vision",
        "llm",
    }
)
"""fal's categories that an endpoint id may name as one of its segments."""


def category_of(endpoint_id: str) -> str:
    """fal's category where the id names one (`.../image-to-video`), else "unknown": fal's
    types do not carry the category its documents and its model API give."""
    for segment in reversed(endpoint_id.split("/")):
        if segment in CATEGORIES:
            return segment
    return "unknown"


# ------------------------------------------------------------------------------ tokens
_TOKEN = re.compile(
    r"""
    (?P<doc>/\*\*.*?\*/)
    | (?P<comment>/\*.*?\*/|//[^\n]*)
    | (?P<space>\s+)
    | (?P<string>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
    | (?P<number>-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)
    | (?P<name>[A-Za-z_$][\w$]*)
    | (?P<punct>[{}<>|&;:?=,\[\]()])
    | (?P<other>.)
    """,
    re.S | re.X,
)
_DEFAULT = re.compile(r"Default value: `([^`]*)`")


class Token(NamedTuple):
    kind: str
    """doc, string, number, name or punct"""
    text: str
    line: int


def tokens(text: str) -> Iterator[Token]:
    line = 1
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or ""
        if kind in ("space", "comment", "doc"):
            if kind == "doc":
                yield Token(kind, match.group(), line)
            line += match.group().count("\n")
        elif kind == "other":
            start = match.start()
            raise DocumentError(f"line {line}: unexpected {text[start : start + 20]!r}")
        else:
            yield Token(kind, match.group(), line)


def _string(token: Token) -> str:
    try:
        value = ast.literal_eval(token.text)
    except (ValueError, SyntaxError):
        raise DocumentError(f"line {token.line}: unreadable string {token.text}") from None
    if not isinstance(value, str):
        raise DocumentError(f"line {token.line}: unreadable string {token.text}")
    try:  # `\ud83d\ude00` is one character in JavaScript, two surrogates in Python
        return value.encode("utf-16", "surrogatepass").decode("utf-16")
    except UnicodeDecodeError:
        raise DocumentError(f"line {token.line}: a lone surrogate in {token.text}") from None


def _number(text: str) -> int | float:
    value = float(text)
    return int(value) if value.is_integer() and re.fullmatch(r"-?\d+", text) else value


# ------------------------------------------------------------------------------ syntax
@dataclass(slots=True)
class Member:
    name: str
    optional: bool
    type: Node
    default: Any = None
    has_default: bool = False


@dataclass(slots=True)
class Node:
    """One type expression: `kind` says which of the fields below it uses."""

    kind: str
    """object, name, literal, union, intersection, tuple or array"""
    name: str = ""
    """name: the type named (`string`, `Array`, `Image`)"""
    args: tuple[Node, ...] = ()
    """name: its type arguments; union, intersection, tuple: the parts; array: the item"""
    members: tuple[Member, ...] = ()
    """object: its members, in the file's order"""
    value: Any = None
    """literal: the string or number"""
    line: int = 0


class Parser:
    """Recursive descent over the tokens of `endpoints.ts`: `declarations()` reads the file."""

    def __init__(self, text: str) -> None:
        self.tokens = list(tokens(text))
        self.pos = 0

    def peek(self, offset: int = 0) -> Token | None:
        at = self.pos + offset
        return self.tokens[at] if at < len(self.tokens) else None

    def take(self, text: str | None = None, kind: str | None = None) -> Token:
        token = self.peek()
        if token is None:
            raise DocumentError(f"unexpected end of file (expected {text or kind})")
        if (text is not None and token.text != text) or (kind is not None and token.kind != kind):
            raise DocumentError(
                f"line {token.line}: expected {text or kind}, found {token.text[:40]!r}"
            )
        self.pos += 1
        return token

    def at(self, text: str) -> bool:
        token = self.peek()
        return token is not None and token.kind != "string" and token.text == text

    def declarations(self) -> dict[str, Node]:
        found: dict[str, Node] = {}
        while (token := self.peek()) is not None:
            if token.kind == "doc":
                self.pos += 1
                continue
            self.take("export")
            self.take("type")
            name = self.take(kind="name")
            self.take("=")
            if name.text in found:
                raise DocumentError(f"line {name.line}: {name.text} is declared twice")
            found[name.text] = self.type()
            self.take(";")
        return found

    def type(self) -> Node:
        token = self.peek()
        line = token.line if token else 0
        if self.at("|"):  # a union written one member a line starts with `|`
            self.pos += 1
        parts = [self.intersection()]
        while self.at("|"):
            self.pos += 1
            parts.append(self.intersection())
        return parts[0] if len(parts) == 1 else Node("union", args=tuple(parts), line=line)

    def intersection(self) -> Node:
        parts = [self.postfix()]
        while self.at("&"):
            self.pos += 1
            parts.append(self.postfix())
        if len(parts) == 1:
            return parts[0]
        return Node("intersection", args=tuple(parts), line=parts[0].line)

    def postfix(self) -> Node:
        node = self.primary()
        while self.at("[") and (after := self.peek(1)) is not None and after.text == "]":
            self.pos += 2
            node = Node("array", args=(node,), line=node.line)
        return node

    def primary(self) -> Node:
        token = self.take()
        if token.kind == "string":
            return Node("literal", value=_string(token), line=token.line)
        if token.kind == "number":
            return Node("literal", value=_number(token.text), line=token.line)
        if token.text == "{":
            return self.object(token.line)
        if token.text == "(":
            inner = self.type()
            self.take(")")
            return inner
        if token.text == "[":
            parts: list[Node] = []
            while not self.at("]"):
                parts.append(self.type())
                if not self.at("]"):
                    self.take(",")
            self.take("]")
            return Node("tuple", args=tuple(parts), line=token.line)
        if token.kind == "name":
            if token.text in ("true", "false"):
                return Node("literal", value=token.text == "true", line=token.line)
            args: list[Node] = []
            if self.at("<"):
                self.pos += 1
                args.append(self.type())
                while self.at(","):
                    self.pos += 1
                    args.append(self.type())
                self.take(">")
            return Node("name", name=token.text, args=tuple(args), line=token.line)
        raise DocumentError(f"line {token.line}: unexpected {token.text[:40]!r} in a type")

    def object(self, line: int) -> Node:
        members: list[Member] = []
        default: tuple[bool, Any] = (False, None)
        while not self.at("}"):
            token = self.take()
            if token.kind == "doc":
                default = _default_of(token.text)
                continue
            if token.kind == "string":
                name = _string(token)
            elif token.kind == "name":
                name = token.text
            else:
                raise DocumentError(f"line {token.line}: expected a member, found {token.text!r}")
            optional = self.at("?")
            if optional:
                self.pos += 1
            self.take(":")
            member_type = self.type()
            if not self.at("}"):
                self.take(";")
            members.append(Member(name, optional, member_type, default[1], default[0]))
            default = (False, None)
        self.take("}")
        return Node("object", members=tuple(members), line=line)


def _default_of(comment: str) -> tuple[bool, Any]:
    """(found, value) of a comment's `Default value: \\`...\\``: JSON where it parses, else
    the text itself (fal writes some preset names bare: `square_hd`)."""
    match = _DEFAULT.search(comment)
    if match is None:
        return False, None
    text = match.group(1)
    if text == '"null"':  # how fal's types write a null default (they have no null type)
        return True, None
    try:
        return True, json.loads(text)
    except ValueError:
        if len(text) >= 2 and text[0] == text[-1] == '"':
            return True, text[1:-1]  # a quoted text holding unescaped quotes
        return True, text


# ----------------------------------------------------------------------------- schemas
@dataclass
class Catalogue:
    """The declarations of `endpoints.ts` and its endpoint map."""

    declarations: dict[str, Node]
    endpoints: dict[str, tuple[str, str]]
    """endpoint id -> (Input type name, Output type name), as fal's map names them"""

    def target(self, name: str, line: int = 0) -> str:
        """The type an alias chain ends at (`A = B; B = {...}` gives B for A)."""
        seen = [name]
        while True:
            node = self.declarations.get(name)
            if node is None:
                raise DocumentError(f"line {line}: {name} is not declared")
            if node.kind != "name" or node.args or node.name not in self.declarations:
                return name
            name = node.name
            if name in seen:
                raise DocumentError(f"{' = '.join(seen + [name])}: an alias of itself")
            seen.append(name)

    def model(self, endpoint_id: str) -> FalModel:
        """One endpoint as `read_model` gives a document's."""
        if endpoint_id not in self.endpoints:
            raise DocumentError(f"{endpoint_id}: not in fal's {CATALOGUE}")
        input_name, output_name = self.endpoints[endpoint_id]
        model = FalModel(
            endpoint_id=endpoint_id,
            category=category_of(endpoint_id),
            input_key=input_name,
            output_key=output_name,
            schemas={},
        )
        converter = Converter(self, model.notes)
        for key in (input_name, output_name):
            model.schemas[key] = converter.declaration(self.target(key), key)
        todo = sorted(converter.used)
        while todo:
            name = todo.pop()
            if name in model.schemas:
                continue
            model.schemas[name] = converter.declaration(name, name)
            todo.extend(sorted(converter.used - set(model.schemas)))
        return model


@dataclass
class Converter:
    """Type expressions to JSON Schema; remembers which declared types were referenced."""

    catalogue: Catalogue
    notes: list[str]
    used: set[str] = field(default_factory=set)

    def declaration(self, name: str, where: str) -> Any:
        return self.schema(self.catalogue.declarations[name], where)

    def schema(self, node: Node, where: str) -> Any:
        kind = node.kind
        if kind == "object":
            return self.object(node, where)
        if kind == "literal":
            return _enum([node.value])
        if kind == "array":
            return {"type": "array", "items": self.schema(node.args[0], f"{where}[]")}
        if kind == "tuple":
            items = [self.schema(part, f"{where}[]") for part in node.args]
            return {"type": "array", "prefixItems": items, "items": False}
        if kind == "intersection":
            return {"allOf": [self.schema(part, where) for part in node.args]}
        if kind == "union":
            return self.union(node, where)
        return self.named(node, where)

    def named(self, node: Node, where: str) -> Any:
        name, args = node.name, node.args
        if name in PRIMITIVES and not args:
            return {"type": PRIMITIVES[name]}
        if name in ANY_JSON and not args:
            return {}
        if name == "never" and not args:
            return {"not": {}}
        if name == "Array" and len(args) == 1:
            return {"type": "array", "items": self.schema(args[0], f"{where}[]")}
        if name == "Record" and len(args) == 2:
            values = args[1]
            if values.kind == "name" and values.name == "never":
                return {"type": "object", "additionalProperties": False}
            return {"type": "object", "additionalProperties": self.schema(values, f"{where}{{}}")}
        if name in ("Blob", "File") and not args and name not in self.catalogue.declarations:
            return {"type": "string", FILE_MARK: True}
        if name in self.catalogue.declarations and not args:
            target = self.catalogue.target(name, node.line)
            self.used.add(target)
            return {"$ref": REF_PREFIX + target}
        shown = name + (f"<{len(args)} argument(s)>" if args else "")
        raise DocumentError(f"line {node.line}: {where}: unknown type {shown}")

    def union(self, node: Node, where: str) -> Any:
        parts = list(node.args)
        if any(p.kind == "name" and p.name == "Blob" and not p.args for p in parts):
            # `string | Blob | File`: a URL, or a file the client uploads
            parts = [p for p in parts if not (p.kind == "name" and p.name in ("Blob", "File"))]
            file_parts = [p for p in parts if p.kind == "name" and p.name == "string"]
            rest = [p for p in parts if p not in file_parts]
            branches = [{"type": "string", FILE_MARK: True}] if file_parts or not rest else []
            branches += [self.schema(p, where) for p in rest]
        else:
            literals = [p.value for p in parts if p.kind == "literal"]
            others = [self.schema(p, where) for p in parts if p.kind != "literal"]
            branches = others + _literal_branches(literals)
        unique: list[Any] = []
        for branch in branches:
            if branch not in unique:
                unique.append(branch)
        if {} in unique:  # `unknown | number` is any value
            return {}
        if len(unique) == 1:
            return unique[0]
        nullable = [b for b in unique if b == {"type": "null"}]
        rest_branches = [b for b in unique if b != {"type": "null"}]
        return {"anyOf": rest_branches + nullable}

    def object(self, node: Node, where: str) -> dict[str, Any]:
        properties: dict[str, Any] = {}
        required: list[str] = []
        for member in node.members:
            path = f"{where}.{member.name}"
            if member.name in properties:
                raise DocumentError(f"line {node.line}: {path} is declared twice")
            schema = self.schema(member.type, path)
            if member.has_default and member.default is not None:
                if fits_schema(member.default, schema):
                    schema = {**schema, "default": member.default}
                else:
                    self.notes.append(
                        f"{path}: fal's default {member.default!r} does not fit its own type;"
                        " left out"
                    )
            properties[member.name] = schema
            if not member.optional:
                required.append(member.name)
        out: dict[str, Any] = {"type": "object", "properties": properties}
        if required:
            out["required"] = required
        return out


def _literal_branches(values: list[Any]) -> list[dict[str, Any]]:
    """Literals as enums, one per JSON type (`"a" | 1` is two branches)."""
    by_kind: dict[str, list[Any]] = {}
    for value in values:
        kind = _json_type(value)
        by_kind.setdefault("number" if kind == "integer" else kind, []).append(value)
    return [_enum(group) for group in by_kind.values()]


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return "string"


def _enum(values: list[Any]) -> dict[str, Any]:
    """An enum of one JSON type; integers with floats are numbers."""
    kinds = {_json_type(v) for v in values}
    kind = "number" if kinds == {"integer", "number"} else kinds.pop()
    unique = list(dict.fromkeys(values))
    return {"type": kind, "enum": unique}


def read_catalogue(text: str) -> Catalogue:
    """`endpoints.ts` read whole: its declarations and its endpoint map."""
    declarations = Parser(text).declarations()
    table = declarations.pop(CATALOGUE, None)
    if table is None or table.kind != "object":
        raise DocumentError(f"no `export type {CATALOGUE} = {{...}}`")
    endpoints: dict[str, tuple[str, str]] = {}
    for member in table.members:
        io = {m.name: m.type for m in member.type.members} if member.type.kind == "object" else {}
        names = [io.get(part) for part in ("input", "output")]
        found = [n.name for n in names if n is not None and n.kind == "name" and not n.args]
        if len(found) != 2:
            raise DocumentError(
                f"line {member.type.line}: {member.name}: expected {{input: X; output: Y}}"
            )
        endpoints[member.name.strip("/")] = (found[0], found[1])
    catalogue = Catalogue(declarations, endpoints)
    for names in endpoints.values():
        for name in names:
            catalogue.target(name)  # every name the map uses is declared
    return catalogue
