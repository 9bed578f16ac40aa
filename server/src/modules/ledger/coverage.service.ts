import type { RequestContext } from "../../shared/context";
import { cond, param, positional, type Scope } from "../../shared/scoped";
import { INDICATORS, type Indicator } from "../agreements/indicator";
import DataLoader from "dataloader";
import { getPairing, pairingIdsInScope, pairingsEnclosedByEach } from "../pairings/pairing.service";
import { UUID } from "../../shared/sql";
import { ledgerEntryById } from "./ledger.loaders";
import { loader } from "../../shared/context";
import { idsByRest } from "../../shared/loaders";
import { LedgerEntry, type LedgerSource } from "./ledger.entity";

/** One indicator's coverage of a pairing's year (ledgerCoverage). */
export interface LedgerCoverage {
  indicator: Indicator;
  delivered: number;
  covered: number;
  missingCount: number;
  missing: { entry: LedgerEntry; net: number }[];
}

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
): Promise<LedgerCoverage[]> {
  await getPairing(ctx, pairingId);
  return loader(ctx, coverageLoader(backed)).load(`${pairingId}|${year}|${first}`);
}

/**
 * One loader factory per `backed`, known by its positional SQL and values (the evidence module builds
 * the condition anew per call, and named parameters are named anew each time: by name, no two calls
 * shared a loader and nothing was batched).
 */
const coverageLoaders = new Map<string, (ctx: RequestContext) => DataLoader<string, LedgerCoverage[]>>();
function coverageLoader(backed: Scope) {
  const { sql, params } = positional(backed, 1);
  const key = `${sql}\u0000${JSON.stringify(params)}`;
  let factory = coverageLoaders.get(key);
  if (!factory) {
    factory = (ctx) => new DataLoader((keys) => coverageOfEach(ctx, keys, backed));
    coverageLoaders.set(key, factory);
  }
  return factory;
}

/**
 * ledgerCoverage for any number of "pairing|year|first" keys, one statement per (year, first) and one
 * read of the entries named: Pairing.evidenceCoverage on a list of pairings cost a statement per
 * pairing, and the entries and their own relations then came in one batch per pairing (the
 * nested-scope crawl: ~22 statements a request, 48 for a page of pairings).
 */
async function coverageOfEach(
  ctx: RequestContext,
  keys: readonly string[],
  backed: Scope,
): Promise<LedgerCoverage[][]> {
  const found = new Map<string, Map<Indicator, Tally>>();
  for (const [period, pids] of idsByRest(keys)) {
    const [year, first] = period.split("|").map(Number);
    // Each pairing's enclosed pairings (itself included) as far as the caller's scope goes.
    const { sql, params } = positional(
      cond`WITH e AS MATERIALIZED (
         SELECT x.encloser_id, x.pairing_id FROM ${pairingsEnclosedByEach(param(pids))} x
          WHERE x.pairing_id IN ${pairingIdsInScope(ctx)}),
       g AS (
         SELECT e.encloser_id, COALESCE(l.corrects_id, l.id) AS anchor, l.indicator, SUM(l.amount)::bigint AS net
           FROM e JOIN ledger_entry l ON l.pairing_id = e.pairing_id
          WHERE l.occurred_on >= ${param(`${year}-01-01`)}::date AND l.occurred_on < ${param(`${year + 1}-01-01`)}::date
          GROUP BY 1, 2, 3
       ), b AS (SELECT g.*, (g.anchor IN ${backed}) AS backed FROM g)
       SELECT b.encloser_id, b.anchor, b.indicator, b.net, b.backed,
              (row_number() OVER (PARTITION BY b.encloser_id, b.indicator, (b.backed OR b.net = 0)
                                  ORDER BY abs(b.net) DESC, b.anchor))::int AS rank
         FROM b`,
      1,
    );
    const rows: {
      encloser_id: string;
      anchor: string;
      indicator: Indicator;
      net: string;
      backed: boolean;
      rank: number;
    }[] = await ctx.manager.query(sql, params);
    for (const pid of pids) found.set(`${pid}|${period}`, new Map());
    for (const r of rows) {
      const byIndicator = found.get(`${r.encloser_id}|${period}`)!;
      const net = Number(r.net);
      const t = byIndicator.get(r.indicator) ?? { delivered: 0, covered: 0, missingCount: 0, gaps: [] };
      byIndicator.set(r.indicator, t);
      t.delivered += net;
      if (r.backed) t.covered += net;
      else if (net !== 0) {
        t.missingCount++;
        if (r.rank <= first) t.gaps.push({ anchor: r.anchor, net, rank: r.rank });
      }
    }
  }
  // Every gap's entry in one read (ledgerEntryById batches what is asked in the same tick).
  const entries = loader(ctx, ledgerEntryById);
  const anchors = [
    ...new Set([...found.values()].flatMap((m) => [...m.values()].flatMap((t) => t.gaps.map((g) => g.anchor)))),
  ];
  const entryOf = new Map(anchors.map((a, i) => [a, i]));
  const loaded = await entries.loadMany(anchors);
  return keys.map((k) =>
    // In the indicators' own order (the statement's rows come in no particular one).
    [...found.get(k)!.entries()]
      .sort(([a], [b]) => INDICATORS.indexOf(a) - INDICATORS.indexOf(b))
      .map(([indicator, t]) => ({
        indicator,
        delivered: t.delivered,
        covered: t.covered,
        missingCount: t.missingCount,
        missing: t.gaps
          .sort((a, b) => a.rank - b.rank)
          .map((g) => ({ entry: loaded[entryOf.get(g.anchor)!] as LedgerEntry | null, net: g.net }))
          .filter((m): m is { entry: LedgerEntry; net: number } => !!m.entry),
      })),
  );
}

interface Tally {
  delivered: number;
  covered: number;
  missingCount: number;
  gaps: { anchor: string; net: number; rank: number }[];
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
