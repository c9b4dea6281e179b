// fal's TypeScript types (fal-js endpoints.ts) read with the TypeScript compiler itself,
// for `bench/ts_reader.py`: the other way of reading them than scripts/fal_types.py, timed
// against it, and the facts of every endpoint compared with what it gives.
//
//   node ts_compiler_reader.cjs <typescript package folder> <endpoints.ts>
//
// Prints one JSON object: {"seconds": <parse and convert>, "endpoints": {id: {"input",
// "output", "schemas"}}}, schemas in the project's conventions (as fal_types.py writes them).
"use strict";

const fs = require("fs");
const ts = require(process.argv[2]);

const REF = "#/components/schemas/";
const FILE_MARK = "x-fal-file";
const ANY = new Set(["any", "unknown", "void", "undefined"]);
const PRIMITIVE = { string: "string", number: "number", boolean: "boolean" };

const text = fs.readFileSync(process.argv[3], "utf8");
const started = process.hrtime.bigint();
const source = ts.createSourceFile("endpoints.ts", text, ts.ScriptTarget.Latest, true);
const declared = new Map();
for (const statement of source.statements) {
  if (!ts.isTypeAliasDeclaration(statement)) throw new Error(`not a type: ${statement.getText()}`);
  declared.set(statement.name.text, statement.type);
}
const table = declared.get("EndpointTypeMap");
declared.delete("EndpointTypeMap");

function nameOf(node) {
  return ts.isTypeReferenceNode(node) ? node.typeName.getText(source) : null;
}

function target(name) {
  const seen = [name];
  for (;;) {
    const node = declared.get(name);
    if (node === undefined) throw new Error(`${name} is not declared`);
    const next = nameOf(node);
    if (next === null || node.typeArguments || !declared.has(next)) return name;
    if (seen.includes(next)) throw new Error(`${seen.join(" = ")}: an alias of itself`);
    seen.push(next);
    name = next;
  }
}

function jsonType(value) {
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") return Number.isInteger(value) && !Object.is(value, -0) ? "integer" : "number";
  return "string";
}

function enumOf(values) {
  const kinds = new Set(values.map(jsonType));
  const kind = kinds.size === 2 && kinds.has("integer") && kinds.has("number") ? "number" : [...kinds][0];
  return { type: kind, enum: [...new Set(values)] };
}

function literal(node) {
  const lit = node.literal;
  if (ts.isStringLiteral(lit) || ts.isNoSubstitutionTemplateLiteral(lit)) return lit.text;
  if (ts.isNumericLiteral(lit)) return Number(lit.text);
  if (ts.isPrefixUnaryExpression(lit) && lit.operator === ts.SyntaxKind.MinusToken) return -Number(lit.operand.text);
  if (lit.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (lit.kind === ts.SyntaxKind.FalseKeyword) return false;
  return undefined; // null
}

function isNull(node) {
  return ts.isLiteralTypeNode(node) && node.literal.kind === ts.SyntaxKind.NullKeyword;
}

function same(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

class Converter {
  constructor() {
    this.used = new Set();
  }

  schema(node) {
    if (ts.isParenthesizedTypeNode(node)) return this.schema(node.type);
    if (ts.isTypeLiteralNode(node)) return this.object(node);
    if (ts.isLiteralTypeNode(node)) return isNull(node) ? { type: "null" } : enumOf([literal(node)]);
    if (ts.isArrayTypeNode(node)) return { type: "array", items: this.schema(node.elementType) };
    if (ts.isTupleTypeNode(node)) {
      return { type: "array", prefixItems: node.elements.map((e) => this.schema(e)), items: false };
    }
    if (ts.isIntersectionTypeNode(node)) return { allOf: node.types.map((t) => this.schema(t)) };
    if (ts.isUnionTypeNode(node)) return this.union(node);
    const keyword = ts.tokenToString(node.kind);
    if (keyword in PRIMITIVE) return { type: PRIMITIVE[keyword] };
    if (ANY.has(keyword)) return {};
    if (keyword === "never") return { not: {} };
    return this.named(node);
  }

  named(node) {
    const name = nameOf(node);
    const args = node.typeArguments || [];
    if (name === "Array" && args.length === 1) return { type: "array", items: this.schema(args[0]) };
    if (name === "Record" && args.length === 2) {
      if (args[1].kind === ts.SyntaxKind.NeverKeyword) return { type: "object", additionalProperties: false };
      return { type: "object", additionalProperties: this.schema(args[1]) };
    }
    if ((name === "Blob" || name === "File") && !declared.has(name)) return { type: "string", [FILE_MARK]: true };
    if (name !== null && declared.has(name) && args.length === 0) {
      const found = target(name);
      this.used.add(found);
      return { $ref: REF + found };
    }
    throw new Error(`unknown type ${node.getText(source)}`);
  }

  union(node) {
    let parts = [...node.types];
    let branches;
    if (parts.some((p) => nameOf(p) === "Blob")) {
      parts = parts.filter((p) => nameOf(p) !== "Blob" && nameOf(p) !== "File");
      const strings = parts.filter((p) => p.kind === ts.SyntaxKind.StringKeyword);
      const rest = parts.filter((p) => p.kind !== ts.SyntaxKind.StringKeyword);
      branches = strings.length || !rest.length ? [{ type: "string", [FILE_MARK]: true }] : [];
      branches.push(...rest.map((p) => this.schema(p)));
    } else {
      const literals = parts.filter((p) => ts.isLiteralTypeNode(p) && !isNull(p)).map(literal);
      const others = parts.filter((p) => !(ts.isLiteralTypeNode(p) && !isNull(p))).map((p) => this.schema(p));
      const groups = new Map();
      for (const value of literals) {
        const kind = jsonType(value) === "integer" ? "number" : jsonType(value);
        if (!groups.has(kind)) groups.set(kind, []);
        groups.get(kind).push(value);
      }
      branches = [...others, ...[...groups.values()].map(enumOf)];
    }
    const unique = [];
    for (const branch of branches) if (!unique.some((u) => same(u, branch))) unique.push(branch);
    if (unique.some((u) => same(u, {}))) return {};
    if (unique.length === 1) return unique[0];
    const nulls = unique.filter((u) => same(u, { type: "null" }));
    return { anyOf: [...unique.filter((u) => !same(u, { type: "null" })), ...nulls] };
  }

  object(node) {
    const properties = {};
    const required = [];
    for (const member of node.members) {
      const name = ts.isStringLiteral(member.name) ? member.name.text : member.name.getText(source);
      let schema = this.schema(member.type);
      const found = defaultOf(member);
      if (found !== undefined && found !== null && fits(found, schema)) schema = { ...schema, default: found };
      properties[name] = schema;
      if (!member.questionToken) required.push(name);
    }
    const out = { type: "object", properties };
    if (required.length) out.required = required;
    return out;
  }
}

function defaultOf(member) {
  const comments = ts.getLeadingCommentRanges(text, member.getFullStart()) || [];
  for (const range of comments) {
    const comment = text.slice(range.pos, range.end);
    const match = /Default value: `([^`]*)`/.exec(comment);
    if (!match) continue;
    const raw = match[1];
    if (raw === '"null"') return null;
    try {
      return JSON.parse(raw);
    } catch {
      return raw.length >= 2 && raw[0] === '"' && raw[raw.length - 1] === '"' ? raw.slice(1, -1) : raw;
    }
  }
  return undefined;
}

const KINDS = {
  string: (v) => typeof v === "string",
  integer: (v) => typeof v === "number" && Number.isInteger(v),
  number: (v) => typeof v === "number",
  boolean: (v) => typeof v === "boolean",
  array: (v) => Array.isArray(v),
  object: (v) => typeof v === "object" && v !== null && !Array.isArray(v),
};

function fits(value, schema) {
  if (schema.enum && !schema.enum.some((e) => same(e, value))) return false;
  const kinds = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (typeof value === "boolean" && kinds.length && !kinds.includes("boolean")) return false;
  return !kinds.length || kinds.some((k) => KINDS[k] && KINDS[k](value));
}

const endpoints = {};
for (const member of table.members) {
  const id = member.name.text.replace(/^\/+|\/+$/g, "");
  const io = {};
  for (const part of member.type.members) io[part.name.getText(source)] = nameOf(part.type);
  const converter = new Converter();
  const schemas = {};
  for (const key of [io.input, io.output]) schemas[key] = converter.schema(declared.get(target(key)));
  const todo = [...converter.used].sort();
  while (todo.length) {
    const name = todo.pop();
    if (name in schemas) continue;
    schemas[name] = converter.schema(declared.get(name));
    todo.push(...[...converter.used].filter((u) => !(u in schemas)).sort());
  }
  endpoints[id] = { input: io.input, output: io.output, schemas };
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
process.stdout.write(JSON.stringify({ seconds, endpoints }));
