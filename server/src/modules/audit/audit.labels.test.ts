import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import "reflect-metadata";
import { PlacementAction } from "../labour/placement.steps";
import { SubOrderAction } from "../orders/order.steps";
import { ACTION_ZH, ENTITY_ZH } from "./audit.labels";

/**
 * Every action and record type a module writes to the audit trail has a label, read from the
 * source: test/api/logs.test.ts checks what the demo data and its own writes produce, which misses
 * an action no test happens to run (three slices of issue 10 added actions it never saw). The
 * literal names (`action: "X"`, `cond ? "X" : "Y"`, `entityType: "T"`) are read here, and the ones
 * built from a step's name (`SUB_ORDER_${action}`, `PLACEMENT_${step}`) from their steps' enums.
 */
const MODULES = path.resolve(__dirname, "..");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? sources(path.join(dir, d.name))
      : d.name.endsWith(".ts") && !d.name.endsWith(".test.ts")
        ? [path.join(dir, d.name)]
        : [],
  );
}

function literals(key: "action" | "entityType"): Set<string> {
  const found = new Set<string>();
  const re = new RegExp(`\\b${key}:\\s*([^,\\n}]*)`, "g");
  for (const file of sources(MODULES)) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(re)) {
      // An InvalidStateError's `action` names the step refused (e.g. PLACE), not an audit action.
      if (/InvalidStateError/.test(text.slice(Math.max(0, m.index! - 120), m.index))) continue;
      for (const [, name] of m[1].matchAll(/"([A-Za-z_]+)"/g)) if (!/^[a-z]/.test(name)) found.add(name);
    }
  }
  return found;
}

describe("audit labels", () => {
  it("every literal action written by a module has a Chinese label", () => {
    const actions = literals("action");
    for (const a of Object.values(SubOrderAction)) actions.add(`SUB_ORDER_${a}`);
    for (const a of Object.values(PlacementAction)) actions.add(`PLACEMENT_${a}`);
    expect(actions.size).toBeGreaterThan(50);
    expect([...actions].filter((a) => !ACTION_ZH[a]).sort()).toEqual([]);
  });

  it("every literal record type written by a module has a Chinese label", () => {
    const types = literals("entityType");
    expect(types.size).toBeGreaterThan(15);
    expect([...types].filter((t) => !ENTITY_ZH[t]).sort()).toEqual([]);
  });
});
