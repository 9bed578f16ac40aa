import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inCountiesPairedWith, inEastRegionsPairedWith } from "../../server/src/modules/pairings/pairing.scope";
import { ancestorsOf, descendantsOf, enclosing, inSubtree } from "../../server/src/modules/regions/region.scope";
import { allOf, anyOf, cond, param, positional, type Scope } from "../../server/src/shared/scoped";
import { startTestServer, type TestServer } from "./harness";

/**
 * The one region-subtree scope builder (issue 9), on the real database: each condition agrees with
 * the region tree computed independently from `region.parent_id`, conditions combine in one query
 * each with its own parameters, raw rendering numbers every occurrence, and an id that names no
 * region (foreign, malformed, missing) matches nothing instead of failing.
 */
let s: TestServer;
let region: Record<string, string>; // code → id
let code: Record<string, string>; // id → code
/** (ancestor, descendant, depth) from the parent links, by recursion: the oracle the closure must equal. */
let tree: { anc: string; id: string; depth: number }[];

beforeAll(async () => {
  s = await startTestServer();
  const rows = await s.sql<{ id: string; code: string }>(`SELECT id, code FROM region`);
  region = Object.fromEntries(rows.map((r) => [r.code, r.id]));
  code = Object.fromEntries(rows.map((r) => [r.id, r.code]));
  tree = await s.sql(`WITH RECURSIVE t(anc, id, depth) AS (
      SELECT id, id, 0 FROM region UNION ALL SELECT t.anc, r.id, t.depth + 1 FROM region r JOIN t ON r.parent_id = t.id)
    SELECT anc, id, depth FROM t`);
}, 120_000);
afterAll(() => s?.close());

/** Region codes matching a condition on alias `r`, through TypeORM's named parameters. */
const codesWhere = async (scope: Scope): Promise<string[]> =>
  (
    await s.app.db
      .createQueryBuilder()
      .select("r.code", "code")
      .from("region", "r")
      .where(scope.sql, scope.params)
      .orderBy("r.code")
      .getRawMany<{ code: string }>()
  ).map((r) => r.code);

/** The same through raw SQL with positional parameters, after `before` parameters of the caller's own. */
const codesWhereRaw = async (scope: Scope, before: unknown[] = []): Promise<string[]> => {
  const { sql, params } = positional(scope, before.length + 1);
  const extra = before.map((_, i) => `$${i + 1}::text IS NOT NULL`).join(" AND ");
  const rows = await s.sql<{ code: string }>(
    `SELECT r.code FROM region r WHERE ${extra || "TRUE"} AND ${sql} ORDER BY r.code`,
    [...before, ...params],
  );
  return rows.map((r) => r.code);
};

const sorted = (codes: string[]) => [...codes].sort();

describe("the region tree as conditions agrees with the parent links", () => {
  it("inSubtree: a region and everything below it, for every region, named and positional", async () => {
    for (const [c, id] of Object.entries(region)) {
      const expected = sorted(tree.filter((t) => t.anc === id).map((t) => code[t.id]));
      expect(await codesWhere(inSubtree("r.id", id)), c).toEqual(expected);
      expect(await codesWhereRaw(inSubtree("r.id", id), ["x", "y"]), c).toEqual(expected);
    }
    expect(await codesWhere(inSubtree("r.id", region["370200"]))).toEqual(["370200", "370281", "370283"]);
  });

  it("enclosing: a region and everything above it", async () => {
    for (const [c, id] of Object.entries(region)) {
      const expected = sorted(tree.filter((t) => t.id === id).map((t) => code[t.anc]));
      expect(await codesWhere(enclosing("r.id", id)), c).toEqual(expected);
    }
    expect(await codesWhere(enclosing("r.id", region["520423"]))).toEqual(["520000", "520400", "520423"]);
  });

  it("ancestorsOf / descendantsOf: the same pairs with their depth, by id and by a column", async () => {
    const zhenning = region["520423"];
    const up = positional(
      cond`SELECT a.region_id, a.depth FROM ${ancestorsOf({ id: zhenning })} a ORDER BY a.depth`,
      1,
    );
    expect(
      (await s.sql<{ region_id: string; depth: number }>(up.sql, up.params)).map((r) => [code[r.region_id], r.depth]),
    ).toEqual([
      ["520423", 0],
      ["520400", 1],
      ["520000", 2],
    ]);
    // Correlated on a column (LATERAL), for every region at once.
    const all = cond`SELECT r.id AS anc, d.region_id AS id, d.depth FROM region r JOIN LATERAL ${descendantsOf("r.id")} d ON TRUE`;
    const key = (t: { anc: string; id: string; depth: number }) => `${t.anc}>${t.id}@${t.depth}`;
    expect((await s.sql(all.sql)).map(key).sort()).toEqual(tree.map(key).sort());
  });
});

describe("conditions combine in one query", () => {
  it("two subtree scopes, two different regions, one TypeORM query: each keeps its own value", async () => {
    const both = allOf(
      inSubtree("p.east_region_id", region["370200"]),
      inSubtree("p.west_region_id", region["520400"]),
    );
    const inGuizhou = inSubtree("w.id", region["520000"]); // a third, added by another andWhere
    const rows = await s.app.db
      .createQueryBuilder()
      .select("e.code", "east")
      .addSelect("w.code", "west")
      .from("pairing", "p")
      .innerJoin("region", "e", "e.id = p.east_region_id")
      .innerJoin("region", "w", "w.id = p.west_region_id")
      .where(both.sql, both.params)
      .andWhere(inGuizhou.sql, inGuizhou.params)
      .orderBy("e.code")
      .getRawMany();
    // 青岛–安顺 and 胶州–镇宁, not every Qingdao pairing (which a shared parameter name would give).
    expect(rows).toEqual([
      { east: "370200", west: "520400" },
      { east: "370281", west: "520423" },
    ]);
  });

  it("the same parameter used twice, rendered positional from a starting index, in raw SQL", async () => {
    const anshun = param(region["520400"]);
    const touching = cond`(p.east_region_id IN (SELECT r.id FROM region r WHERE r.id = ${anshun} OR r.parent_id = ${anshun})
                        OR p.west_region_id IN (SELECT r.id FROM region r WHERE r.id = ${anshun} OR r.parent_id = ${anshun}))`;
    const { sql, params } = positional(allOf(touching, inSubtree("p.east_region_id", region["370000"])), 2);
    expect(sql.match(/\$2\b/g)).toHaveLength(4);
    expect(params).toHaveLength(2);
    const rows = await s.sql<{ code: string }>(
      `SELECT w.code FROM pairing p JOIN region w ON w.id = p.west_region_id WHERE p.since <= $1 AND ${sql} ORDER BY w.code`,
      ["2100-01-01", ...params],
    );
    expect(rows.map((r) => r.code)).toEqual(["520400", "520423"]);
  });

  it("a nested condition (pairings' reach, built on regions') matches the hand-written SQL it replaced, for every region", async () => {
    for (const [c, id] of Object.entries(region)) {
      const oldPaired = await s.sql<{ code: string }>(
        `SELECT r.code FROM region r WHERE r.id IN (SELECT cw.descendant_id FROM pairing sp JOIN region_closure cw ON cw.ancestor_id = sp.west_region_id
          WHERE sp.east_region_id IN (SELECT descendant_id FROM region_closure WHERE ancestor_id = $1)) ORDER BY r.code`,
        [id],
      );
      expect(await codesWhere(inCountiesPairedWith("r.id", id)), c).toEqual(oldPaired.map((r) => r.code));
      const oldPartners = await s.sql<{ code: string }>(
        `SELECT r.code FROM region r WHERE r.id IN (SELECT ce.descendant_id FROM pairing ep JOIN region_closure ce ON ce.ancestor_id = ep.east_region_id
          WHERE ep.west_region_id IN (SELECT ancestor_id FROM region_closure WHERE descendant_id = $1)) ORDER BY r.code`,
        [id],
      );
      expect(await codesWhereRaw(inEastRegionsPairedWith("r.id", id), [1]), c).toEqual(oldPartners.map((r) => r.code));
    }
    // Jiaozhou reaches its seven partner counties; Qingdao those and its own partners' subtrees.
    expect(await codesWhere(inCountiesPairedWith("r.id", region["370281"]))).toHaveLength(7);
    expect(await codesWhere(inEastRegionsPairedWith("r.id", region["520423"]))).toEqual(["370200", "370281", "370283"]);
  });
});

describe("a region id that names no region matches nothing", () => {
  it("foreign, malformed, empty or missing: no rows and no error, named and positional", async () => {
    for (const id of [
      randomUUID(),
      "not-a-uuid",
      "",
      null,
      undefined,
      "00000000-0000-0000-0000-000000000000' OR TRUE --",
    ]) {
      for (const scope of [
        inSubtree("r.id", id),
        enclosing("r.id", id),
        inCountiesPairedWith("r.id", id),
        inEastRegionsPairedWith("r.id", id),
      ]) {
        expect(await codesWhere(scope), String(id)).toEqual([]);
        expect(await codesWhereRaw(scope), String(id)).toEqual([]);
      }
    }
    // An unknown region in one part of a combined condition does not widen the other part.
    expect(await codesWhere(anyOf(inSubtree("r.id", randomUUID()), inSubtree("r.id", region["370281"])))).toEqual([
      "370281",
    ]);
  });
});
