import DataLoader from "dataloader";
import { loader, type RequestContext } from "../../shared/context";
import { targetsFor } from "../agreements/agreement.service";
import { formatQuantity, INDICATOR_UNIT, INDICATORS, type Indicator } from "../agreements/indicator";
import { pairingScope } from "../pairings/pairing.service";
import { allOf, anyOf, cond, param, positional } from "../../shared/scoped";
import { descendantsOf, inSubtree } from "../regions/region.service";
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
      const { sql, params } = positional(cond`SELECT p.id AS pairing_id, l.indicator,
                  SUM(l.amount)::bigint AS delivered,
                  COALESCE(SUM(l.amount) FILTER (WHERE l.reported), 0)::bigint AS reported,
                  SUM(l.entries)::int AS entry_count
             FROM pairing p
             JOIN LATERAL ${descendantsOf("p.east_region_id")} ce ON TRUE
             JOIN LATERAL ${descendantsOf("p.west_region_id")} cw ON TRUE
             JOIN pairing q ON q.east_region_id = ce.region_id AND q.west_region_id = cw.region_id
             JOIN ledger_daily l ON l.pairing_id = q.id
            WHERE p.id = ANY(${param(pids)}::uuid[]) AND l.day >= ${param(from)}::date AND l.day < ${param(to)}::date
            GROUP BY p.id, l.indicator`, 1);
      const rows: { pairing_id: string; indicator: Indicator; delivered: string; reported: string; entry_count: number }[] =
        await ctx.manager.query(sql, params);
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
export async function pairingProgress(ctx: RequestContext, pairingId: string, year: number): Promise<IndicatorProgress[]> {
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
export async function progressSummary(ctx: RequestContext, year: number, regionId: string | null): Promise<IndicatorProgress[]> {
  const touching = regionId ? anyOf(inSubtree("p.east_region_id", regionId), inSubtree("p.west_region_id", regionId)) : null;
  const scope = positional(allOf(pairingScope(ctx, "p"), ...(touching ? [touching] : [])), 3);
  const set = `WITH s AS (SELECT p.id, p.parent_id FROM pairing p WHERE ${scope.sql})`;
  const params = [...yearBounds(year), ...scope.params];
  const [sumRows, targetRows] = await Promise.all([
    ctx.manager.query(
      `${set}
       SELECT l.indicator, SUM(l.amount)::bigint AS delivered,
              COALESCE(SUM(l.amount) FILTER (WHERE l.reported), 0)::bigint AS reported,
              SUM(l.entries)::int AS entry_count
         FROM ledger_daily l
        WHERE l.pairing_id IN (SELECT id FROM s) AND l.day >= $1::date AND l.day < $2::date
        GROUP BY l.indicator`,
      params,
    ) as Promise<{ indicator: Indicator; delivered: string; reported: string; entry_count: number }[]>,
    ctx.manager.query(
      `${set}
       SELECT t.indicator, SUM(t.target)::bigint AS target
         FROM agreement a JOIN agreement_target t ON t.agreement_id = a.id
        WHERE a.year = EXTRACT(YEAR FROM $1::date)::int AND $2::date IS NOT NULL
          AND a.pairing_id IN (SELECT id FROM s WHERE parent_id IS NULL OR parent_id NOT IN (SELECT id FROM s))
        GROUP BY t.indicator`,
      params,
    ) as Promise<{ indicator: Indicator; target: string }[]>,
  ]);
  const sums: SumsByIndicator = new Map(
    sumRows.map((r) => [r.indicator, { delivered: Number(r.delivered), reported: Number(r.reported), count: r.entry_count }]),
  );
  const targets = new Map(targetRows.map((r) => [r.indicator, Number(r.target)]));
  return toProgress(sums, targets);
}
