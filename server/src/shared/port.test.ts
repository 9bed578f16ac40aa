import { describe, expect, it } from "vitest";
import type { RequestContext } from "./context";
import { extensionPoint, port, unansweredPorts } from "./port";
import { readableThrough, type Reference } from "./scoped";

describe("ports", () => {
  it("calls the answer a higher module provides, and refuses a second answer", async () => {
    const salesAt = port<(fairId: string) => Promise<number>>("test.salesAt");
    expect(unansweredPorts()).toContain("test.salesAt");
    expect(() => salesAt("f1")).toThrow(/test\.salesAt has no answer/);
    salesAt.provide(async (fairId) => (fairId === "f1" ? 3 : 0));
    expect(unansweredPorts()).not.toContain("test.salesAt");
    await expect(salesAt("f1")).resolves.toBe(3);
    expect(() => salesAt.provide(async () => 1)).toThrow(/provided twice/);
  });

  it("refuses two ports of one name", () => {
    port("test.once");
    expect(() => port("test.once")).toThrow(/declared twice/);
  });
});

describe("extension points and readableThrough", () => {
  const ctx = {} as RequestContext;
  const base = { sql: "b.east_region_id = :own", params: { own: "r1" } };

  it("keeps the base scope alone when no module added a reference", () => {
    const refs = extensionPoint<Reference>("test.none");
    expect(readableThrough(ctx, "b", base, refs.all())).toEqual(base);
  });

  it("ORs each reference's sub-select of ids onto the base, with every parameter", () => {
    const refs = extensionPoint<Reference>("test.refs");
    refs.add(() => ({ sql: "(SELECT s.buyer_id FROM sub_order s WHERE s.county = :c)", params: { c: "k" } }));
    refs.add(() => ({ sql: "(SELECT q.buyer_id FROM quota q)", params: {} }));
    const scope = readableThrough(ctx, "b", base, refs.all());
    // Read as TypeORM reads a condition: its text and its named parameters.
    expect({ sql: scope.sql, params: { ...scope.params } }).toEqual({
      sql: "((b.east_region_id = :own) OR (b.id IN (SELECT s.buyer_id FROM sub_order s WHERE s.county = :c)) OR (b.id IN (SELECT q.buyer_id FROM quota q)))",
      params: { own: "r1", c: "k" },
    });
  });
});
