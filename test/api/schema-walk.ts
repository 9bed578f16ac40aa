// The committed schema walked for tests that cover every relation field without naming them:
// nested-scope.test.ts (scope through every path) and nested-batched.test.ts (statements per page).
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";
import { currentYear } from "../../server/src/shared/dates";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const schema: GraphQLSchema = buildSchema(readFileSync(path.join(ROOT, "schema/schema.graphql"), "utf8"));
export const YEAR = currentYear();

// ------------------------------------------------------------------------------------ the schema
export const isConnection = (t: GraphQLObjectType) =>
  t.name.endsWith("Connection") && !!t.getFields().nodes && !!t.getFields().pageInfo;
export const hasId = (t: GraphQLObjectType) => !!t.getFields().id;
export const objectTypes = Object.values(schema.getTypeMap()).filter(
  (t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith("__") && t.name !== "Mutation",
);

/** The object type a field leads to, seen through lists and connections. */
export function target(f: GraphQLField<unknown, unknown>): { type: GraphQLObjectType; connection: boolean } | null {
  const named = getNamedType(f.type);
  if (!isObjectType(named)) return null;
  if (isConnection(named))
    return { type: getNamedType(named.getFields().nodes.type) as GraphQLObjectType, connection: true };
  if (named.name.endsWith("Edge")) return null;
  return { type: named, connection: false };
}

/** Argument values for a field, or null when a required one cannot be filled generically. */
export function argsFor(
  f: GraphQLField<unknown, unknown>,
  connection: boolean,
  extra: Record<string, unknown> = {},
): Record<string, unknown> | null {
  const out: Record<string, unknown> = { ...extra };
  for (const a of f.args) {
    if (a.name in out) continue;
    if (a.name === "first" && connection) out.first = 100;
    else if (a.name === "year" && isNonNullType(a.type)) out.year = YEAR;
    else if (isNonNullType(a.type) && a.defaultValue === undefined) return null;
  }
  return out;
}

export const literal = (v: unknown): string =>
  typeof v === "object" && v !== null
    ? `{ ${Object.entries(v)
        .map(([k, x]) => `${k}: ${literal(x)}`)
        .join(", ")} }`
    : JSON.stringify(v);
export const argText = (args: Record<string, unknown>) =>
  Object.keys(args).length
    ? `(${Object.entries(args)
        .map(([k, v]) => `${k}: ${literal(v)}`)
        .join(", ")})`
    : "";

/** Single reads per type: `x(id: ID!)`. */
export const singleRead = new Map<string, string>();
for (const f of Object.values(schema.getQueryType()!.getFields())) {
  const tg = target(f);
  if (!tg || !hasId(tg.type)) continue;
  const list = tg.connection || isListType(isNonNullType(f.type) ? f.type.ofType : f.type);
  if (!list && f.args.length === 1 && f.args[0].name === "id") singleRead.set(tg.type.name, f.name);
}

/**
 * The selection at an object of type `t`: its id and every relation field with the ids it leads
 * to. Targets without a single read (a project's tranches) are selected inline, one level, since
 * they cannot be fetched by id later; objects without an id (boards, rows of a board) are selected
 * through, a few levels deep.
 */
export function selection(t: GraphQLObjectType, depth = 0): string {
  const parts: string[] = [];
  if (hasId(t)) parts.push("id");
  for (const f of Object.values(t.getFields())) {
    const tg = target(f);
    if (!tg) continue;
    const args = argsFor(f, tg.connection);
    if (!args) continue;
    let inner: string;
    if (hasId(tg.type)) inner = singleRead.has(tg.type.name) || depth >= 1 ? "id" : selection(tg.type, depth + 1);
    else if (depth < 3) inner = selection(tg.type, depth + 1);
    else continue;
    if (inner) parts.push(`${f.name}${argText(args)} { ${tg.connection ? `nodes { ${inner} }` : inner} }`);
  }
  if (!parts.length && !hasId(t)) {
    const scalar = Object.values(t.getFields()).find(
      (f) => isScalarType(getNamedType(f.type)) || isEnumType(getNamedType(f.type)),
    );
    if (scalar) parts.push(scalar.name);
  }
  return parts.join(" ");
}
