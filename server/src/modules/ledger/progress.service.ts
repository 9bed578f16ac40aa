import DataLoader from "dataloader";
import { boardReads } from "../../shared/read-replica";
import { loader, type RequestContext } from "../../shared/context";
import { targetsFor, targetsSummed } from "../agreements/agreement.service";
import { formatQuantity, INDICATOR_UNIT, INDICATORS, type Indicator } from "../agreements/indicator";
import { pairingIdsInScope, pairingsEnclosedByEach } from "../pairings/pairing.service";
import { cond, param, positional } from "../../shared/scoped";
import type { IndicatorProgress } from "./ledger.inputs";

export interface Sums {
  delivered: number;
  reported: number;
  count: number;
}
type SumsByIndicator = Map<Indicator, Sums>;

const yearBounds = (year: number) => [`${year}-01-01`, `${year + 1}-01-01`];

/**
 * Ledger sums (from the per-day summary the ledger's trigger keeps) per pairing and indicator for one year, rolled up over the pairings a pairing
 * encloses (Qingdao–Anshun includes Jiaozhou–Zhenning). Each entry belongs to exactly one
 * pairing, so no entry is counted twice. One query for any number of pairings.
 */
export function progressByPairingYear(ctx: RequestContext) {
  return new DataLoader<string, SumsByIndicator>(async (keys) => {
    const byYear = new Map<number, string[]>();
    for (const k of keys) {
      const [pid, y] = k.split("|");
      byYear.set(Number(y), [...(byYear.get(Number(y)) ?? []), pid]);
    }
    const result = new Map<string, SumsByIndicator>();
    for (const [year, pids] of byYear) {
      const [from, to] = yearBounds(year);
      const { sql, params } = positional(
        cond`SELECT e.encloser_id AS pairing_id, l.indicator,
                  SUM(l.amount)::bigint AS delivered,
                  COALESCE(SUM(l.amount) FILTER (WHERE l.reported), 0)::bigint AS reported,
                  SUM(l.entries)::int AS entry_count
             FROM ${pairingsEnclosedByEach(param(pids))} e
             JOIN ledger_daily l ON l.pairing_id = e.pairing_id
            WHERE l.day >= ${param(from)}::date AND l.day < ${param(to)}::date
            GROUP BY e.encloser_id, l.indicator`,
        1,
      );
      const rows: {
        pairing_id: string;
        indicator: Indicator;
        delivered: string;
        reported: string;
        entry_count: number;
      }[] = await ctx.manager.query(sql, params);
      for (const pid of pids) result.set(`${pid}|${year}`, new Map());
      for (const r of rows) {
        result.get(`${r.pairing_id}|${year}`)!.set(r.indicator, {
          delivered: Number(r.delivered),
          reported: Number(r.reported),
          count: r.entry_count,
        });
      }
    }
    return keys.map((k) => result.get(k)!);
  });
}

export function toProgress(sums: SumsByIndicator, targets: Map<Indicator, number>): IndicatorProgress[] {
  return INDICATORS.map((indicator) => {
    const unit = INDICATOR_UNIT[indicator];
    const s = sums.get(indicator) ?? { delivered: 0, reported: 0, count: 0 };
    const target = targets.get(indicator);
    return {
      indicator,
      unit,
      target: target === undefined ? null : formatQuantity(target, unit),
      delivered: formatQuantity(s.delivered, unit),
      reported: formatQuantity(s.reported, unit),
      recorded: formatQuantity(s.delivered - s.reported, unit),
      ratio: target ? s.delivered / target : null,
      entryCount: s.count,
    };
  });
}

/** Progress of one pairing (already scope-checked by whoever loaded it) for a year. */
export async function pairingProgress(
  ctx: RequestContext,
  pairingId: string,
  year: number,
): Promise<IndicatorProgress[]> {
  ctx = await boardReads(ctx);
  const [sums, targets] = await Promise.all([
    loader(ctx, progressByPairingYear).load(`${pairingId}|${year}`),
    targetsFor(ctx, pairingId, year),
  ]);
  return toProgress(sums, targets);
}

/**
 * Roll-up over every pairing in the caller's scope, optionally only those touching a region's
 * subtree on either side (Qingdao, Anshun, Zhenning…). Targets add up the agreements of the
 * outermost pairings of that set only, since an enclosing agreement already includes the ones inside.
 */
export async function progressSummary(
  ctx: RequestContext,
  year: number,
  regionId: string | null,
): Promise<IndicatorProgress[]> {
  ctx = await boardReads(ctx);
  const [from, to] = yearBounds(year);
  const sums = positional(
    cond`SELECT l.indicator, SUM(l.amount)::bigint AS delivered,
              COALESCE(SUM(l.amount) FILTER (WHERE l.reported), 0)::bigint AS reported,
              SUM(l.entries)::int AS entry_count
         FROM ledger_daily l
        WHERE l.pairing_id IN ${pairingIdsInScope(ctx, { touching: regionId })} AND l.day >= ${param(from)}::date AND l.day < ${param(to)}::date
        GROUP BY l.indicator`,
    1,
  );
  const [sumRows, targets] = await Promise.all([
    ctx.manager.query(sums.sql, sums.params) as Promise<
      { indicator: Indicator; delivered: string; reported: string; entry_count: number }[]
    >,
    targetsSummed(ctx, pairingIdsInScope(ctx, { touching: regionId, outermost: true }), year),
  ]);
  const sumsByIndicator: SumsByIndicator = new Map(
    sumRows.map((r) => [
      r.indicator,
      { delivered: Number(r.delivered), reported: Number(r.reported), count: r.entry_count },
    ]),
  );
  return toProgress(sumsByIndicator, targets);
}
