import type { RequestContext } from "../../shared/context";
import { cond, param, positional, type Scope } from "../../shared/scoped";
import type { Indicator } from "../agreements/indicator";
import { getPairing, pairingIdsEnclosedBy, pairingIdsInScope } from "../pairings/pairing.service";
import { UUID } from "../../shared/sql";
import { ledgerEntryById } from "./ledger.loaders";
import { loader } from "../../shared/context";
import { LedgerEntry, type LedgerSource } from "./ledger.entity";

/**
 * How much of a pairing's delivered figures a set of entries backs (the evidence module passes the
 * entries with verified evidence as a sub-select, `backed`, so this module names only its own table).
 * Entries are grouped with the entry they correct (an entry and its corrections are one figure: the
 * group counts as backed when its original entry is in `backed`). Per indicator: delivered (the year's
 * sum, as progress counts it, enclosed pairings included as far as the caller's scope goes), covered
 * (the backed groups' sum), and the groups not backed, largest absolute net first (the first `first`).
 */
export async function ledgerCoverage(
  ctx: RequestContext,
  pairingId: string,
  year: number,
  backed: Scope,
  first: number,
): Promise<
  {
    indicator: Indicator;
    delivered: number;
    covered: number;
    missingCount: number;
    missing: { entry: LedgerEntry; net: number }[];
  }[]
> {
  const pairing = await getPairing(ctx, pairingId);
  // Two conditions, numbered one after the other: the enclosed pairings, and "backed".
  const enclosed = positional(cond`l.pairing_id IN ${pairingIdsEnclosedBy(ctx, pairing)}`, 3);
  const isBacked = positional(cond`g.anchor IN ${backed}`, 3 + enclosed.params.length);
  const rows: { anchor: string; indicator: Indicator; net: string; backed: boolean; rank: number }[] =
    await ctx.manager.query(
      `WITH g AS (
         SELECT COALESCE(l.corrects_id, l.id) AS anchor, l.indicator, SUM(l.amount)::bigint AS net
           FROM ledger_entry l
          WHERE ${enclosed.sql} AND l.occurred_on >= $1::date AND l.occurred_on < $2::date
          GROUP BY 1, 2
       ), b AS (SELECT g.*, (${isBacked.sql}) AS backed FROM g)
       SELECT b.anchor, b.indicator, b.net, b.backed,
              (row_number() OVER (PARTITION BY b.indicator, (b.backed OR b.net = 0) ORDER BY abs(b.net) DESC, b.anchor))::int AS rank
         FROM b`,
      [`${year}-01-01`, `${year + 1}-01-01`, ...enclosed.params, ...isBacked.params],
    );
  const byIndicator = new Map<
    Indicator,
    { delivered: number; covered: number; missingCount: number; gaps: { anchor: string; net: number; rank: number }[] }
  >();
  for (const r of rows) {
    const net = Number(r.net);
    const s = byIndicator.get(r.indicator) ?? { delivered: 0, covered: 0, missingCount: 0, gaps: [] };
    byIndicator.set(r.indicator, s);
    s.delivered += net;
    if (r.backed) s.covered += net;
    else if (net !== 0) {
      s.missingCount++;
      if (r.rank <= first) s.gaps.push({ anchor: r.anchor, net, rank: r.rank });
    }
  }
  const entries = loader(ctx, ledgerEntryById);
  return Promise.all(
    [...byIndicator.entries()].map(async ([indicator, s]) => ({
      indicator,
      delivered: s.delivered,
      covered: s.covered,
      missingCount: s.missingCount,
      missing: (
        await Promise.all(
          s.gaps
            .sort((a, b) => a.rank - b.rank)
            .map(async (g) => ({ entry: await entries.load(g.anchor), net: g.net })),
        )
      ).filter((m): m is { entry: LedgerEntry; net: number } => !!m.entry),
    })),
  );
}

/**
 * The entries the caller may read (their pairing in the caller's scope), as a sub-select of ids: the
 * evidence module's scope for files attached to entries.
 */
export function ledgerEntryIdsInScope(ctx: RequestContext): Scope {
  return cond`(SELECT le.id FROM ledger_entry le WHERE le.pairing_id IN ${pairingIdsInScope(ctx)})`;
}

/**
 * The entries a module's records wrote (source, and the records' ids as text, a sub-select), as a
 * sub-select of ids: how evidence on a record covers its entries. Unscoped: it narrows a set the
 * caller already reads through its own scope (ledgerCoverage).
 */
export function ledgerEntryIdsOfRecords(source: LedgerSource, recordIds: Scope): Scope {
  return cond`(SELECT le.id FROM ledger_entry le WHERE le.source = ${param(source)} AND le.source_id IN ${recordIds})`;
}

/** One entry the caller may read, or null (unknown, or its pairing out of scope). */
export async function readableLedgerEntry(ctx: RequestContext, id: string): Promise<LedgerEntry | null> {
  if (!UUID.test(id)) return null;
  const entry = await loader(ctx, ledgerEntryById).load(id);
  if (!entry) return null;
  return (await getPairing(ctx, entry.pairingId).then(
    () => true,
    () => false,
  ))
    ? entry
    : null;
}
