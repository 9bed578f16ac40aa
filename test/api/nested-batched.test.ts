import { getNamedType, type GraphQLObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./harness";
import { argsFor, argText, hasId, schema, selection, target } from "./schema-walk";

/**
 * A DataLoader behind every relation (STYLE.md), checked for every relation field of every paged
 * list in the schema, for three roles: the whole list (up to 100 rows) costs no more statements than its first half,
 * but for a batch per level of the selection (rows first met in the second half: a region, a buyer).
 * Pairing.evidenceCoverage once read each pairing apart, and everything under it came in one batch
 * per pairing: 48 statements for a page of pairings, and the nested-scope crawl ~22 a request.
 *
 * The fields come from the committed schema, so a new relation is covered without touching this file.
 */
const MAX_PAGE = 100;

/**
 * An administrator (every row: the longest lists), a city's coordinator and a county's official (their
 * scopes are conditions of their own, and a relation's loader applies them).
 */
const ROLES = ["admin", "qingdao", "zhenning"];

let s: TestServer;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  s = await startTestServer({ maxQueryCost: 1_000_000, maxQueryDepth: 50 });
  for (const role of ROLES) tokens[role] = await s.login(role);
});
afterAll(() => s?.close());

/** How many object selections deep a selection goes (each level a batch at most). */
const levels = (sel: string) => {
  let depth = 0;
  let max = 0;
  for (const ch of sel) {
    if (ch === "{") max = Math.max(max, ++depth);
    else if (ch === "}") depth--;
  }
  return max;
};

/** Every paged list at the top level (a `first` and no other required argument), with its node type. */
const pagedRoots = Object.values(schema.getQueryType()!.getFields()).flatMap((f) => {
  const tg = target(f);
  const args = tg?.connection ? argsFor(f, true) : null;
  return tg && args ? [{ name: f.name, args, node: tg.type }] : [];
});

/** The relation fields of a node type, each with the selection under it. */
function relationsOf(t: GraphQLObjectType): { field: string; sel: string }[] {
  return Object.values(t.getFields()).flatMap((f) => {
    const tg = target(f);
    const args = tg ? argsFor(f, tg.connection) : null;
    if (!tg || !args) return [];
    const inner = hasId(tg.type) ? "id" : selection(tg.type, 1);
    if (!inner) return [];
    return [{ field: f.name, sel: `${f.name}${argText(args)} { ${tg.connection ? `nodes { ${inner} }` : inner} }` }];
  });
}

describe("every relation of a paged list is batched: the statements do not grow with the page", () => {
  it("was checked on enough lists and fields to mean something", () => {
    expect(pagedRoots.length).toBeGreaterThan(15);
    expect(pagedRoots.some((r) => r.name === "pairings" && getNamedType(r.node).name === "Pairing")).toBe(true);
  });

  let rootsDone = 0;
  for (const root of pagedRoots) {
    it(`${root.name}: each relation field, the whole page against its first half, per role`, async () => {
      for (const role of ROLES) await checkRoot(root, role);
      rootsDone++;
    });
  }

  it("compared enough (list, field, role) triples that a page could tell apart", (t) => {
    if (rootsDone < pagedRoots.length) t.skip(); // only meaningful after every list (not under -t filters)
    expect(compared).toBeGreaterThan(150); // 220 at stop 32 (the demo data)
  });
});

/** (list, relation field, role) triples compared so far. */
let compared = 0;

/** Fails naming every relation field of `root`'s nodes whose statements grow with the page, for `role`. */
async function checkRoot(root: (typeof pagedRoots)[number], role: string) {
  const token = tokens[role];
  const page = (first: number, sel: string) =>
    `{ list: ${root.name}${argText({ ...root.args, first })} { nodes { id ${sel} } } }`;
  const all = await s.gql<{ list: { nodes: unknown[] } | null }>(page(MAX_PAGE, ""), undefined, token);
  const rows = all.data?.list?.nodes.length ?? 0;
  const grew: string[] = [];
  const half = Math.ceil(rows / 2);
  for (const { field, sel } of relationsOf(root.node)) {
    // A statement per row adds one per row of the second half; batches add at most one per level
    // (a kind of row first met there: a region, a buyer…).
    const allowed = Math.max(levels(sel), Math.floor((rows - half) / 2));
    if (rows - half <= levels(sel)) continue; // too short a list to tell the two apart
    compared++;
    const small = await s.countQueries(() => s.gql(page(half, sel), undefined, token));
    let errors: unknown[] | undefined;
    const whole = await s.countQueries(async () => {
      errors = (await s.gql(page(rows, sel), undefined, token)).errors;
    });
    expect(errors, `${role}: ${root.name} { ${sel} }`).toBeUndefined();
    if (whole - small > allowed)
      grew.push(
        `${root.node.name}.${field}: ${half} rows ${small} statements, ${rows} rows ${whole} (at most ${small + allowed})`,
      );
  }
  expect(grew, role).toEqual([]);
}
