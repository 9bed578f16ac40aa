import { describe, expect, it } from "vitest";
import { Role, type AuthUser } from "./auth";
import type { RequestContext } from "./context";
import {
  allOf,
  anyOf,
  cond,
  EVERY_ROW,
  identifier,
  joinedSql,
  NO_ROW,
  param,
  positional,
  scopeByRole,
  type Scope,
} from "./scoped";

/** The names a condition's SQL uses, in order of appearance. */
const namesIn = (s: Scope) => [...s.sql.matchAll(/(?<!:):([A-Za-z0-9_.]+)/g)].map((m) => m[1]);

describe("conditions name their own parameters", () => {
  it("every param has a name of its own, even for the same value", () => {
    const a = param("r1");
    const b = param("r1");
    expect(Object.keys(a.params)).toHaveLength(1);
    expect(Object.keys(a.params)[0]).not.toBe(Object.keys(b.params)[0]);
    expect(a.sql).toBe(`:${Object.keys(a.params)[0]}`);
  });

  it("two conditions built apart combine in one query without a collision (the old fixed names did collide)", () => {
    // Two scopes, each written as the old code did with one fixed parameter name, combined in one query:
    // the second value silently replaced the first.
    const old = (column: string, id: string): Scope => ({
      sql: `${column} IN (SELECT … WHERE ancestor_id = :scopeRegionId)`,
      params: { scopeRegionId: id },
    });
    const clash = allOf(old("p.east_region_id", "east"), old("p.west_region_id", "west"));
    expect(Object.values(clash.params)).toEqual(["west"]);

    const mine = (column: string, id: string) => cond`${column} IN (SELECT … WHERE ancestor_id = ${param(id)})`;
    const both = allOf(mine("p.east_region_id", "east"), mine("p.west_region_id", "west"));
    const names = namesIn(both);
    expect(names).toHaveLength(2);
    expect(new Set(names).size).toBe(2);
    expect(names.map((n) => both.params[n])).toEqual(["east", "west"]);
  });

  it("cond inlines conditions with their parameters and writes identifiers as they are", () => {
    const inner = cond`x.id = ${param(7)}`;
    const c = cond`${"o"}.id IN (SELECT x.id FROM t x WHERE ${inner}) AND ${"o"}.kind = ${param("A")}`;
    expect(c.sql).toMatch(/^o\.id IN \(SELECT x\.id FROM t x WHERE x\.id = :scope_\d+\) AND o\.kind = :scope_\d+$/);
    expect(Object.values(c.params)).toEqual([7, "A"]);
  });

  it("a string that is not an identifier is refused: values go through param, never into the SQL", () => {
    for (const bad of ["1 OR TRUE", "x'; DROP TABLE region; --", "a.b.c", "", "e9c0e3a2-3c57-4a8e-9d47-3f1e6c7b2a10"]) {
      expect(() => cond`${bad} = 1`).toThrow(/not an SQL identifier/);
    }
    expect(identifier("s.west_county_id")).toBe("s.west_county_id");
  });

  it("allOf / anyOf: TRUE and FALSE for none, the condition itself for one, each part bracketed otherwise", () => {
    expect(allOf()).toBe(EVERY_ROW);
    expect(anyOf()).toBe(NO_ROW);
    const a = cond`a = ${param(1)}`;
    expect(allOf(a)).toBe(a);
    const either = anyOf(a, cond`b = 2 AND c = 3`);
    expect(either.sql).toMatch(/^\(\(a = :scope_\d+\) OR \(b = 2 AND c = 3\)\)$/);
  });
});

describe("positional rendering for raw SQL", () => {
  it("numbers from the starting index in order of first appearance", () => {
    const c = cond`a = ${param("A")} AND b = ${param("B")}`;
    expect(positional(c, 3)).toEqual({ sql: "a = $3 AND b = $4", params: ["A", "B"] });
    expect(positional(c, 1)).toEqual({ sql: "a = $1 AND b = $2", params: ["A", "B"] });
  });

  it("renders every occurrence of a parameter used twice as the same $n (the old converters replaced only the first)", () => {
    const region = param("R");
    const c = cond`(p.east_region_id IN (SELECT … = ${region}) OR p.west_region_id IN (SELECT … = ${region})) AND y = ${param(2026)}`;
    expect(positional(c, 2)).toEqual({
      sql: "(p.east_region_id IN (SELECT … = $2) OR p.west_region_id IN (SELECT … = $2)) AND y = $3",
      params: ["R", 2026],
    });
  });

  it("leaves casts, unknown names and text without parameters alone", () => {
    const ids = param(["a", "b"]);
    expect(positional(cond`c.id = ANY(${ids}::uuid[]) AND d::text = ':kept'`, 1)).toEqual({
      sql: "c.id = ANY($1::uuid[]) AND d::text = ':kept'",
      params: [["a", "b"]],
    });
    expect(positional(EVERY_ROW, 5)).toEqual({ sql: "TRUE", params: [] });
  });

  it("renders the same text for the same shape, whatever the values (one prepared statement per call site)", () => {
    const shape = (buyer: string, ids: string[]) =>
      positional(cond`WITH a AS (${cond`SELECT * FROM t WHERE b = ${param(buyer)}`}) SELECT ${param(ids)}::uuid[]`, 1);
    const one = shape("b1", ["x"]);
    const two = shape("b2", ["y", "z"]);
    expect(two.sql).toBe(one.sql);
    expect(one.sql).toBe("WITH a AS (SELECT * FROM t WHERE b = $1) SELECT $2::uuid[]");
    expect(two.params).toEqual(["b2", ["y", "z"]]);
  });

  it("says the same positionally as it does to TypeORM by name, hand-built scopes inside included", () => {
    const shared = param("S");
    const c = allOf(
      cond`a = ${shared} AND ${"t.b"} = ${param(1)}`,
      { sql: "c = :n OR d = :n", params: { n: "N" } },
      anyOf(cond`e = ${shared}`, NO_ROW),
    );
    const { sql, params } = positional(c, 1);
    expect(sql).toBe("((a = $1 AND t.b = $2) AND (c = $3 OR d = $3) AND (((e = $1) OR (FALSE))))");
    expect(params).toEqual(["S", 1, "N"]);
    // The named form, read afterwards (as TypeORM would), holds the same values in the same places.
    const byName = c.sql.replace(/(?<!:):([A-Za-z0-9_.]+)/g, (_, name: string) => JSON.stringify(c.params[name]));
    expect(byName).toBe('((a = "S" AND t.b = 1) AND (c = "N" OR d = "N") AND (((e = "S") OR (FALSE))))');
  });

  it("joinedSql puts the separator between the parts, and is empty for none", () => {
    const parts = [cond`a = ${param(1)}`, cond`b`, cond`c = ${param(3)}`];
    expect(positional(joinedSql(parts, ", "), 1)).toEqual({ sql: "a = $1, b, c = $2", params: [1, 3] });
    expect(positional(joinedSql([], ", "), 1)).toEqual({ sql: "", params: [] });
  });

  it("does not take a name for the start of a longer one", () => {
    const c: Scope = { sql: "a = :n AND b = :n1 AND c = :n", params: { n: "first", n1: "second" } };
    expect(positional(c, 1)).toEqual({ sql: "a = $1 AND b = $2 AND c = $1", params: ["first", "second"] });
  });
});

describe("scopeByRole: access is granted per role, never left over", () => {
  const as = (role: Role | null) =>
    ({
      user: role
        ? ({ id: "u", username: "u", displayName: "u", role, regionId: "r1", buyerId: "b1" } as AuthUser)
        : null,
    }) as unknown as RequestContext;
  const rules = {
    [Role.ADMIN]: () => EVERY_ROW,
    [Role.BUYER]: (u: AuthUser) => cond`o.buyer_id = ${param(u.buyerId)}`,
  };

  it("a named role gets its rule, with the user's own values", () => {
    expect(scopeByRole(as(Role.ADMIN), rules)).toBe(EVERY_ROW);
    const mine = scopeByRole(as(Role.BUYER), rules);
    expect(Object.values(mine.params)).toEqual(["b1"]);
  });

  it("a role the table does not name, and a request without a user, see nothing", () => {
    for (const role of [Role.COORDINATOR, Role.COUNTY_OFFICIAL, Role.ENTERPRISE, null])
      expect(scopeByRole(as(role), rules)).toBe(NO_ROW);
  });
});
