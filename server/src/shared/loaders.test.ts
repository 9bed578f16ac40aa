import { describe, expect, it } from "vitest";
import { idsByRest, loadRow, PrimedLoader } from "./loaders";

// PrimedLoader.peek answers in place exactly what load would answer (issue 14: no promise per row).
const rows = (seen: string[][]) =>
  new PrimedLoader<{ id: string; v: string } | null>(async (ids) => {
    seen.push([...ids]);
    return ids.map((id) => (id === "none" ? null : { id, v: `db-${id}` }));
  });

describe("PrimedLoader", () => {
  it("answers a primed row (or primed null) in place, and loads the rest", async () => {
    const seen: string[][] = [];
    const l = rows(seen);
    l.prime("a", { id: "a", v: "primed" });
    l.prime("gone", null);
    expect(loadRow(l, "a")).toEqual({ id: "a", v: "primed" });
    expect(loadRow(l, "gone")).toBeNull();
    const b = loadRow(l, "b");
    expect(b).toBeInstanceOf(Promise);
    expect(await b).toEqual({ id: "b", v: "db-b" });
    expect(seen).toEqual([["b"]]);
  });

  it("keeps what the cache holds: a prime after a load (or a second prime) changes nothing", async () => {
    const l = rows([]);
    await l.load("a");
    l.prime("a", { id: "a", v: "late" });
    expect(await loadRow(l, "a")).toEqual({ id: "a", v: "db-a" });
    l.prime("b", { id: "b", v: "first" });
    l.prime("b", { id: "b", v: "second" });
    expect(loadRow(l, "b")).toEqual({ id: "b", v: "first" });
    expect(await l.load("b")).toEqual({ id: "b", v: "first" });
  });

  it("forgets on clear and clearAll, and never peeks an Error or a promise", async () => {
    const l = rows([]);
    l.prime("a", { id: "a", v: "primed" });
    l.clear("a");
    expect(await loadRow(l, "a")).toEqual({ id: "a", v: "db-a" });
    l.prime("c", { id: "c", v: "primed" });
    l.clearAll();
    expect(l.peek("c")).toBeUndefined();
    l.prime("e", new Error("x"));
    expect(l.peek("e")).toBeUndefined();
    l.prime("p", Promise.resolve({ id: "p", v: "later" }));
    expect(l.peek("p")).toBeUndefined();
    expect(await l.load("p")).toEqual({ id: "p", v: "later" });
  });
});

describe("idsByRest", () => {
  it("groups composite keys by everything after the first part, ids in key order", () => {
    const groups = idsByRest(["a|2025|2025-06-30", "b|2025|2025-12-31", "c|2025|2025-06-30", "d|2026|10"]);
    expect([...groups]).toEqual([
      ["2025|2025-06-30", ["a", "c"]],
      ["2025|2025-12-31", ["b"]],
      ["2026|10", ["d"]],
    ]);
  });
});
