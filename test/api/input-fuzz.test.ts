import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolvers } from "../../server/src/modules";
import { idNumberCheckChar } from "../../server/src/modules/labour/id-number";
import { describeTextLimits } from "../../server/src/shared/input-rules";
import { createSchema } from "../../server/src/shared/schema";
import { startTestServer, type TestServer } from "./harness";

/**
 * Issue 8, "every bad input is a coded refusal" and "personal data never leaves": walks the
 * committed SDL and sends every class of bad input to every argument and input field (nested, in
 * lists) of every query and mutation, as every role. Whatever the schema holds is covered: a new
 * mutation is fuzzed the day it is committed.
 *
 * For each request: no HTTP 5xx, no INTERNAL_SERVER_ERROR, and (for the bad classes) a
 * BAD_USER_INPUT naming the field; no row of any table written; and the planted ID and mobile
 * numbers appear in no response and no log line.
 */

const SDL = buildSchema(fs.readFileSync(path.resolve(__dirname, "../../schema/schema.graphql"), "utf8"));

// A valid 居民身份证号 (check character computed, GB 11643) and a mainland mobile number, planted in
// every value below; neither may come back in a response or reach the log.
const FIRST17 = "52042319900307151";
const ID_NUMBER = FIRST17 + idNumberCheckChar(FIRST17)!;
const PHONE = "13912345678";
const PLANTED = `张三 ${ID_NUMBER} ${PHONE}`;

const ROLES = [null, "admin", "jiaozhou", "zhenning", "buyer", "enterprise"] as const;
type Role = (typeof ROLES)[number];

/** Where a value goes: the argument, then input fields and list elements; `leaf` is the field named in errors. */
interface Position {
  path: (string | 0)[];
  type: GraphQLInputType;
  leaf: string;
  /** `Owner.field` (input field) or `Parent.field.arg` (argument), as describeTextLimits keys it. */
  key: string;
  /** Null may be sent here: a nullable field outside update inputs, or one an update may clear. */
  nullMeansNothing: boolean;
  /** Null is refused here (non-null, or an update field whose result field is non-null). */
  nullRefused: boolean;
}

interface Case {
  field: GraphQLField<unknown, unknown>;
  operation: "query" | "mutation";
  cls: string;
  position: Position | null;
  args: Record<string, unknown>;
  /** The refusal expected: BAD_USER_INPUT naming this field; null when the value may be accepted. */
  expectField: string | null;
  roles: readonly Role[];
}

// ------------------------------------------------------------------------------------ schema walk

/** `homeRegionId` → `homeRegion`; the null rule of input-rules.ts, restated from the contract. */
function clearableInUpdate(input: string, fieldName: string, resultType: GraphQLObjectType | null): boolean {
  if (!input.startsWith("Update") || !resultType) return false;
  const out = resultType.getFields();
  const namesake = out[fieldName] ?? out[fieldName.replace(/Ids?$/, "")];
  return !!namesake && !isNonNullType(namesake.type);
}

function positions(field: GraphQLField<unknown, unknown>, parent: string): Position[] {
  const result = getNamedType(field.type);
  const resultType = isObjectType(result) ? result : null;
  const out: Position[] = [];
  const walk = (
    type: GraphQLInputType,
    p: Position["path"],
    leaf: string,
    key: string,
    nullable: { means: boolean; refused: boolean },
    depth: number,
  ) => {
    out.push({ path: p, type, leaf, key, nullMeansNothing: nullable.means, nullRefused: nullable.refused });
    const t = getNullableType(type);
    if (isListType(t))
      return walk(
        t.ofType as GraphQLInputType,
        [...p, 0],
        leaf,
        key,
        { means: false, refused: isNonNullType(t.ofType) },
        depth,
      );
    if (isInputObjectType(t) && depth < 6) {
      for (const f of Object.values(t.getFields())) {
        const update = t.name.startsWith("Update");
        const clearable = clearableInUpdate(t.name, f.name, resultType);
        const nonNull = isNonNullType(f.type);
        walk(
          f.type,
          [...p, f.name],
          f.name,
          `${t.name}.${f.name}`,
          { means: !nonNull && (!update || clearable), refused: nonNull || (update && !clearable) },
          depth + 1,
        );
      }
    }
  };
  for (const a of field.args as GraphQLArgument[]) {
    const nonNull = isNonNullType(a.type);
    walk(
      a.type,
      [a.name],
      a.name,
      `${parent}.${field.name}.${a.name}`,
      { means: !nonNull, refused: nonNull && a.defaultValue === undefined },
      0,
    );
  }
  return out;
}

// ------------------------------------------------------------------------------------ plausible values

/** Real ids for `…Id` fields, so that a value the edge failed to refuse would reach a service. */
let realIds: Record<string, string> = {};
const ID_TABLE: Record<string, string> = {
  pairing: "pairing",
  county: "region",
  eastRegion: "region",
  westRegion: "region",
  region: "region",
  locationRegion: "region",
  homeRegion: "region",
  parent: "region",
  within: "region",
  preferredCounty: "region",
  supplier: "supplier",
  product: "product",
  buyer: "buyer",
  subOrder: "sub_order",
  entry: "ledger_entry",
  enterprise: "enterprise",
  lead: "investment_lead",
  project: "investment_project",
  placement: "placement",
  posting: "job_posting",
  worker: "worker",
  workshop: "workshop",
  tranche: "fund_tranche",
  fair: "fair",
  salesCentre: "sales_centre",
  image: "product_image",
  user: "app_user",
  actor: "app_user",
  Pairing: "pairing",
  Region: "region",
  Buyer: "buyer",
  Enterprise: "enterprise",
  InvestmentLead: "investment_lead",
  Lead: "investment_lead",
  InvestmentProject: "investment_project",
  JobPosting: "job_posting",
  Order: "purchase_order",
  Product: "product",
  SiteVisit: "site_visit",
  Supplier: "supplier",
  Worker: "worker",
  SalesCentre: "sales_centre",
  Fair: "fair",
};
const ANY_UUID = "00000000-0000-4000-8000-000000000000";

function idFor(leaf: string, owner: string): string {
  // `id` names the row of the operation's type (UpdateLeadInput.id, Query.worker(id)).
  const stem = leaf === "id" ? owner.replace(/^Update|Input$/g, "") : leaf.replace(/Ids?$/, "");
  return realIds[ID_TABLE[stem] ?? ""] ?? ANY_UUID;
}

function plausible(type: GraphQLInputType, leaf: string, owner: string): unknown {
  const t = getNullableType(type);
  if (isListType(t)) return [plausible(t.ofType as GraphQLInputType, leaf, owner)];
  if (isEnumType(t)) return t.getValues()[0].value;
  if (isInputObjectType(t)) {
    const obj: Record<string, unknown> = {};
    for (const f of Object.values(t.getFields())) {
      if (isNonNullType(f.type) && f.defaultValue === undefined) obj[f.name] = plausible(f.type, f.name, t.name);
    }
    return obj;
  }
  switch (t.name) {
    case "ID":
      return idFor(leaf, owner);
    case "Int":
      return /year$/i.test(leaf) ? (leaf === "year" ? 2026 : 1990) : 1;
    case "Float":
      return 1;
    case "Boolean":
      return false;
    case "Money":
      return "1.00";
    case "Quantity":
      return "1";
    case "Date":
      return "2026-06-01";
    case "DateTimeISO":
      return "2026-06-01T00:00:00.000Z";
    case "JSONObject":
      return {};
    default:
      return leaf === "password" ? "fuzz-password-1" : "fuzz";
  }
}

function baseArgs(field: GraphQLField<unknown, unknown>, parent: string): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const a of field.args)
    if (isNonNullType(a.type) && a.defaultValue === undefined)
      args[a.name] = plausible(a.type, a.name, `${parent}.${field.name}`);
  return args;
}

/** A copy of `args` with `value` at `path`, filling the objects and lists on the way with plausible values. */
function withValue(
  args: Record<string, unknown>,
  path: Position["path"],
  value: unknown,
  field: GraphQLField<unknown, unknown>,
): Record<string, unknown> {
  const copy = structuredClone(args);
  // Walks generated input whose shape only the schema knows: each step is an object or a list.
  let holder = copy as Record<string | number, unknown>;
  let type: GraphQLInputType = field.args.find((a) => a.name === path[0])!.type;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i];
    if (holder[key] == null) holder[key] = plausible(type, String(key), "");
    holder = holder[key] as Record<string | number, unknown>;
    const t = getNullableType(type);
    const next = path[i + 1];
    type = isListType(t)
      ? (t.ofType as GraphQLInputType)
      : isInputObjectType(t)
        ? t.getFields()[String(next)].type
        : type;
  }
  holder[path[path.length - 1]] = value;
  return copy;
}

// ------------------------------------------------------------------------------------ the classes

/**
 * Classes graphql-js refuses while coercing variables, before any resolver or role is looked at:
 * each case goes to one role, taken in turn, so every role still meets every class (sampling to keep
 * the run short; the edge's own classes and the planted text go to every role).
 */
const COERCION_CLASSES = new Set(["wrong type", "null where not allowed", "JSON float"]);
/** Where a class has several values, each goes to a share of the roles: every role meets the class, no value is sent twice over. */
const share = (k: number, n: number) => ROLES.filter((_, i) => i % n === k);

function cases(limits: Map<string, number>): Case[] {
  const out: Case[] = [];
  let turn = 0;
  for (const [operation, root] of [
    ["query", SDL.getQueryType()!],
    ["mutation", SDL.getMutationType()!],
  ] as const) {
    for (const field of Object.values(root.getFields())) {
      const base = baseArgs(field, root.name);
      const add = (
        cls: string,
        position: Position | null,
        value: unknown,
        expectField: string | null,
        roles: readonly Role[] = ROLES,
      ) => {
        if (COERCION_CLASSES.has(cls) && roles.length === ROLES.length) roles = [ROLES[turn++ % ROLES.length]];
        out.push({
          field,
          operation,
          cls,
          position,
          args: position ? withValue(base, position.path, value, field) : base,
          expectField,
          roles,
        });
      };
      // Without arguments there is nothing to send (and `logout` would end the roles' sessions).
      if (!field.args.length) continue;
      for (const p of positions(field, root.name)) {
        const named = getNamedType(p.type);
        const t = getNullableType(p.type);
        if (p.nullRefused) add("null where not allowed", p, null, p.leaf);
        if (isListType(t)) continue; // its element is a position of its own
        if (isInputObjectType(named)) {
          add("wrong type", p, PLANTED, p.leaf);
          continue;
        }
        if (isEnumType(named)) {
          add("wrong type", p, ID_NUMBER, p.leaf);
          continue;
        }
        if (!isScalarType(named)) continue;
        switch (named.name) {
          case "ID":
            add("non-UUID id", p, ID_NUMBER, p.leaf, share(0, 2));
            add("non-UUID id", p, Number(PHONE), p.leaf, share(1, 2)); // ID accepts numbers: "13912345678"
            add("wrong type", p, true, p.leaf);
            // Queries read nothing personal from a malformed id, whoever asks; the planted text must not come back.
            if (operation === "query") add("planted text", p, PLANTED, p.leaf);
            break;
          case "String": {
            const limit = limits.get(p.key);
            if (limit === undefined) throw new Error(`no text limit known for ${p.key}`);
            add("NUL byte", p, `${PLANTED}\u0000`, p.leaf);
            add("lone surrogate", p, `${PLANTED}\uD800`, p.leaf, share(0, 2));
            add("lone surrogate", p, `\uDC00${PLANTED}`, p.leaf, share(1, 2));
            add(
              "over-long text",
              p,
              PLANTED.repeat(Math.ceil((limit + 1) / PLANTED.length)).slice(0, limit + 1),
              p.leaf,
            );
            add("wrong type", p, Number(PHONE), p.leaf);
            // Valid text holding personal numbers: read by queries as every role, by mutations only
            // anonymously (refused before anything is written); it must not come back or be logged.
            add("planted text", p, PLANTED, null, operation === "query" ? ROLES : [null]);
            break;
          }
          case "Int":
            add("wrong type", p, ID_NUMBER, p.leaf);
            add("wrong type", p, 1.5, p.leaf);
            if (/^(year|birthYear)$/.test(p.leaf))
              [-1, 0, 99999].forEach((y, i) => add("year out of range", p, y, p.leaf, share(i, 3)));
            break;
          case "Money":
          case "Quantity":
            add("JSON float", p, 12.5, p.leaf);
            add("wrong type", p, ID_NUMBER, p.leaf);
            break;
          default:
            add("wrong type", p, ID_NUMBER, p.leaf);
        }
      }
    }
  }
  return out;
}

/** The document for a field: every argument a variable of its declared type, result as __typename. */
function documentFor(c: Case): string {
  const vars = c.field.args.filter((a) => a.name in c.args);
  const decl = vars.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ");
  const call = vars.map((a) => `${a.name}: $${a.name}`).join(", ");
  const named = getNamedType(c.field.type);
  const selection = isScalarType(named) || isEnumType(named) ? "" : " { __typename }";
  return `${c.operation}${decl ? ` Fuzz(${decl})` : ""} { ${c.field.name}${call ? `(${call})` : ""}${selection} }`;
}

// ------------------------------------------------------------------------------------ the run

let s: TestServer;
const tokens = new Map<Role, string | null>();
let allCases: Case[] = [];
let tableNames: string[] = [];
const histogram = new Map<string, number>();
let requests = 0;
const started = Date.now();

/**
 * Exact row counts of every table. Allowed to change, and only by logins: login attempt records
 * (whatever table keeps failed-login counters) and audit entries of logins, because a planted
 * username is an attempt to sign in that the limiter must count.
 */
async function rowCounts(): Promise<Record<string, number>> {
  const parts = tableNames.map((t) =>
    t === "audit_entry"
      ? `SELECT '${t}' AS t, count(*)::int AS n FROM audit_entry WHERE action NOT ILIKE '%login%'`
      : `SELECT '${t}' AS t, count(*)::int AS n FROM "${t}"`,
  );
  const rows = await s.sql<{ t: string; n: number }>(parts.join(" UNION ALL "));
  return Object.fromEntries(rows.map((r) => [r.t, r.n]));
}

/** What the server answered, when it answered JSON: the fuzz judges errors only, never data. */
type Answer = { data?: unknown; errors?: { message: string; extensions?: { code?: string; field?: string } }[] };

// Raw fetch, not `s.gql`: the documents are built from the schema at run time and the variables are
// deliberately what the schema refuses, so no generated type can describe them.
async function send(c: Case, role: Role): Promise<{ status: number; text: string; body: Answer | null }> {
  const token = tokens.get(role);
  const res = await fetch(`${s.url}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json, application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query: documentFor(c), variables: c.args }),
  });
  const text = await res.text();
  requests++;
  let body: Answer | null = null;
  try {
    body = JSON.parse(text) as Answer;
  } catch {
    /* judged below */
  }
  return { status: res.status, text, body };
}

/** Runs `work` over `items` with at most `n` in flight. */
async function pool<T>(items: T[], n: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

const leaks = (text: string) => text.toUpperCase().includes(ID_NUMBER.toUpperCase()) || text.includes(PHONE);

beforeAll(async () => {
  s = await startTestServer({}, { captureLogs: true });
  tokens.set(null, null);
  for (const r of ROLES) if (r) tokens.set(r, await s.login(r));
  tableNames = (
    await s.sql<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
       AND table_name NOT IN ('migrations', 'typeorm_metadata') AND table_name !~ '(login|attempt|rate_limit)' ORDER BY 1`,
    )
  ).map((r) => r.table_name);
  for (const table of new Set(Object.values(ID_TABLE))) {
    const [row] = await s.sql<{ id: string }>(`SELECT id::text AS id FROM "${table}" ORDER BY 1 LIMIT 1`);
    if (row) realIds[table] = row.id;
  }
  allCases = cases(describeTextLimits(await createSchema(resolvers)));
}, 120_000);

afterAll(async () => {
  const codes = [...histogram.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([c, n]) => `${c} ${n}`)
    .join(", ");
  console.log(
    `input fuzz: ${requests} requests, ${allCases.length} cases over ${Object.keys(SDL.getQueryType()!.getFields()).length} queries and ${Object.keys(SDL.getMutationType()!.getFields()).length} mutations, ${((Date.now() - started) / 1000).toFixed(1)} s; codes: ${codes}`,
  );
  await s?.close();
});

const FIELDS = [
  ...Object.values(SDL.getQueryType()!.getFields())
    .filter((f) => f.args.length)
    .map((f) => ["query", f.name] as const),
  ...Object.values(SDL.getMutationType()!.getFields())
    .filter((f) => f.args.length)
    .map((f) => ["mutation", f.name] as const),
];

describe("every bad input is a coded refusal, and no personal number comes back", () => {
  it.each(FIELDS)(
    "%s %s",
    async (operation, name) => {
      const mine = allCases.filter((c) => c.operation === operation && c.field.name === name);
      const before = await rowCounts();
      const problems: string[] = [];
      await pool(
        mine.flatMap((c) => c.roles.map((role) => ({ c, role }))),
        6,
        async ({ c, role }) => {
          const r = await send(c, role);
          const where = `${c.cls} at ${c.position?.path.join(".") ?? "-"} as ${role ?? "anonymous"}`;
          const errors: { message: string; extensions?: { code?: string; field?: string } }[] = r.body?.errors ?? [];
          for (const e of errors)
            histogram.set(String(e.extensions?.code), (histogram.get(String(e.extensions?.code)) ?? 0) + 1);
          if (!errors.length) histogram.set("(no error)", (histogram.get("(no error)") ?? 0) + 1);
          if (r.status >= 500) problems.push(`${where}: HTTP ${r.status}`);
          if (!r.body) problems.push(`${where}: not JSON (HTTP ${r.status})`);
          if (errors.some((e) => e.extensions?.code === "INTERNAL_SERVER_ERROR"))
            problems.push(`${where}: INTERNAL_SERVER_ERROR ${errors[0].message.slice(0, 160)}`);
          if (leaks(r.text)) problems.push(`${where}: the planted number came back: ${r.text.slice(0, 200)}`);
          if (c.expectField) {
            const e = errors[0];
            if (e?.extensions?.code !== "BAD_USER_INPUT" || e.extensions.field !== c.expectField) {
              problems.push(
                `${where}: expected BAD_USER_INPUT on ${c.expectField}, got ${e ? `${e.extensions?.code} on ${e.extensions?.field}: ${e.message.slice(0, 120)}` : "no error"}`,
              );
            }
          }
        },
      );
      const after = await rowCounts();
      for (const t of tableNames)
        if (after[t] !== before[t]) problems.push(`rows written to ${t}: ${before[t]} → ${after[t]}`);
      expect(problems).toEqual([]);
    },
    300_000,
  );

  it("writes no planted number and no unexpected error to the log", () => {
    const log = s.logs().join("");
    expect(log.length).toBeGreaterThan(0);
    expect(leaks(log)).toBe(false);
    expect(log).not.toMatch(/unexpected error/);
  });
});

describe("persisted queries", () => {
  const post = async (body: unknown) => {
    const res = await fetch(`${s.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as { errors?: { extensions?: { code?: string } }[] } };
  };

  it("refuses a hash that does not match the query, an unknown hash and an unknown version with 400 and a code", async () => {
    const mismatch = await post({
      query: "{ me { id } }",
      extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } },
    });
    expect([mismatch.status, mismatch.body.errors?.[0].extensions?.code]).toEqual([400, "BAD_REQUEST"]);
    const unknown = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: "1".repeat(64) } } });
    expect([unknown.status, unknown.body.errors?.[0].extensions?.code]).toEqual([400, "PERSISTED_QUERY_NOT_FOUND"]);
    const version = await post({
      query: "{ me { id } }",
      extensions: { persistedQuery: { version: 2, sha256Hash: "1".repeat(64) } },
    });
    expect([version.status, version.body.errors?.[0].extensions?.code]).toEqual([400, "BAD_REQUEST"]);
  });
});

describe("the same rules in literals, syntax errors and nested field arguments", () => {
  const raw = async (query: string, token: string | null = null) => {
    const res = await fetch(`${s.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
    const text = await res.text();
    return {
      status: res.status,
      text,
      body: JSON.parse(text) as { errors?: { message: string; extensions?: { code?: string; field?: string } }[] },
    };
  };

  it("refuses a wrong-typed literal without repeating it, naming the argument", async () => {
    for (const query of [
      `{ labourRetention(year: "${ID_NUMBER}") { placed } }`,
      `{ workers(filter: { search: ${PHONE} }) { totalCount } }`,
      `{ products(filter: { minPrice: "${ID_NUMBER}" }) { totalCount } }`,
    ]) {
      const r = await raw(query, tokens.get("zhenning"));
      expect(r.status).toBe(400);
      expect(r.body.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(["year", "search", "minPrice"]).toContain(r.body.errors?.[0].extensions?.field);
      expect(leaks(r.text)).toBe(false);
    }
  });

  it("does not quote the token a syntax error stopped at", async () => {
    const r = await raw(`{ worker(id: ${PHONE}}`);
    expect(r.status).toBe(400);
    expect(leaks(r.text)).toBe(false);
  });

  it("checks arguments of nested fields too (a year on Pairing.agreement)", async () => {
    const r = await raw(`{ pairings(first: 1) { nodes { agreement(year: -1) { id } } } }`, tokens.get("jiaozhou"));
    expect(r.body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "year" });
  });
});
