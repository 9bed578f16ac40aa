import DataLoader from "dataloader";
import type { RequestContext } from "../../shared/context";
import { extensionPoint } from "../../shared/port";
import type { LedgerSource } from "./ledger.entity";

/**
 * The name of the record behind a module's ledger entry (an order's buyer and supplier, a
 * placement's masked worker and employer, a project's name …), for the pairing page's ledger,
 * which showed a bare `#9bcdc801` before. Only the module that owns the record can name it, so
 * each adds a labeller here (DESIGN.md, "A module owns its tables"); the ledger stays below them.
 *
 * A labeller reads through the viewer's own scope: a record the viewer may not see is simply not
 * in its answer, and the entry then shows a neutral label (its source) — the name is never leaked.
 */
export interface LedgerSourceLabeller {
  source: LedgerSource;
  /** Names by record id, for the ids the viewer may see; the others are left out. One batch per request. */
  labels(ctx: RequestContext, ids: readonly string[]): Promise<Map<string, string>>;
}

export const ledgerSourceLabellers = extensionPoint<LedgerSourceLabeller>("ledgerSourceLabellers");

/** Per request: "SOURCE\u0000id" → the record's name, or null (no labeller, not found, or out of the viewer's scope). */
export function sourceLabelLoader(ctx: RequestContext) {
  return new DataLoader<string, string | null>(async (keys) => {
    const bySource = new Map<string, string[]>();
    for (const k of keys) {
      const [source, id] = k.split("\u0000");
      bySource.set(source, [...(bySource.get(source) ?? []), id]);
    }
    const found = new Map<string, string>();
    await Promise.all(
      [...bySource].map(async ([source, ids]) => {
        const labeller = ledgerSourceLabellers.all().find((l) => l.source === source);
        if (!labeller) return;
        for (const [id, label] of await labeller.labels(ctx, ids)) found.set(`${source}\u0000${id}`, label);
      }),
    );
    return keys.map((k) => found.get(k) ?? null);
  });
}

/** A person's name as the ledger shows it: the family name, the rest masked (张**). */
export const maskedPersonName = (name: string) => {
  const chars = [...name.trim()];
  return chars.length ? chars[0] + "*".repeat(Math.max(1, chars.length - 1)) : "";
};
