import DataLoader from "dataloader";
import { boardReads } from "../../shared/read-replica";
import { loader, type RequestContext } from "../../shared/context";
import { targetsFor, targetsSummed } from "../agreements/agreement.service";
import { formatQuantity, INDICATOR_UNIT, INDICATORS, type Indicator } from "../agreements/indicator";
import { pairingIdsInScope, pairingsEnclosedByEach } from "../pairings/pairing.service";
import { cond, param, positional } from "../../shared/scoped";
import { atRisk, project, sameDayLastYear } from "../../shared/pace";
import { today } from "../../shared/dates";
import type { IndicatorProgress } from "./ledger.inputs";

export interface Sums {
  delivered: number;
  reported: number;
  count: number;
  /** Last year's total and its part by asOf's calendar day: the seasonality of the projection (shared/pace.ts). */
  lastYearTotal: number;
  lastYearToDate: number;
}
type SumsByIndicator = Map<Indicator, Sums>;

const yearBounds = (year: number) => [`${year}-01-01`, `${year + 1}-01-01`];

/**
 * The sums of one year up to asOf (the year as it stood that day; nothing is dated after today,
 * so by default the whole year so far) and, for the projection, last year's (read in the same
 * scan: the range starts a year earlier and FILTERs split it). `l` is ledger_daily; `from` this year's 1 January,
 * `cutoff` last year's same calendar day as asOf.
 */
const sumColumns = (from: string, cutoff: string) =>
  cond`COALESCE(SUM(l.amount) FILTER (WHERE l.day >= ${param(from)}::date), 0)::bigint AS delivered,
       COALESCE(SUM(l.amount) FILTER (WHERE l.day >= ${param(from)}::date AND l.reported), 0)::bigint AS reported,
       COALESCE(SUM(l.entries) FILTER (WHERE l.day >= ${param(from)}::date), 0)::int AS entry_count,
       COALESCE(SUM(l.amount) FILTER (WHERE l.day < ${param(from)}::date), 0)::bigint AS last_total,
       COALESCE(SUM(l.amount) FILTER (WHERE l.day < ${param(from)}::date AND l.day <= ${param(cutoff)}::date), 0)::bigint AS last_to_date`;

interface SumRow {
  indicator: Indicator;
  delivered: string;
  reported: string;
  entry_count: number;
  last_total: string;
  last_to_date: string;
}

const sumsOf = (r: SumRow): Sums => ({
  delivered: Number(r.delivered),
  reported: Number(r.reported),
  count: r.entry_count,
  lastYearTotal: Number(r.last_total),
  lastYearToDate: Number(r.last_to_date),
});

/**
 * Ledger sums (from the per-day summary the ledger's trigger keeps) per pairing and indicator for one year, rolled up over the pairings a pairing
 * encloses (Qingdao–Anshun includes Jiaozhou–Zhenning). Each entry belongs to exactly one
 * pairing, so no entry is counted twice. One query for any number of pairings.
 */
export function progressByPairingYear(ctx: RequestContext) {
  return new DataLoader<string, SumsByIndicator>(async (keys) => {
    const byPeriod = new Map<string, string[]>();
    for (const k of keys) {
      // "pairing|year|asOf"; without asOf (grading reads only the year's sums) the year's end.
      const [pid, y, asOf = `${y}-12-31`] = k.split("|");
      const period = `${y}|${asOf}`;
      byPeriod.set(period, [...(byPeriod.get(period) ?? []), pid]);
    }
    const result = new Map<string, SumsByIndicator>();
    for (const [period, pids] of byPeriod) {
      const [y, asOf] = period.split("|");
      const year = Number(y);
      const [from, to] = yearBounds(year);
      const { sql, params } = positional(
        cond`SELECT e.encloser_id AS pairing_id, l.indicator, ${sumColumns(from, sameDayLastYear(asOf))}
             FROM ${pairingsEnclosedByEach(param(pids))} e
             JOIN ledger_daily l ON l.pairing_id = e.pairing_id
            WHERE l.day >= ${param(yearBounds(year - 1)[0])}::date AND l.day < ${param(to)}::date AND l.day <= ${param(asOf)}::date
            GROUP BY e.encloser_id, l.indicator`,
        1,
      );
      const rows: (SumRow & { pairing_id: string })[] = await ctx.manager.query(sql, params);
      for (const pid of pids) result.set(`${pid}|${period}`, new Map());
      for (const r of rows) result.get(`${r.pairing_id}|${period}`)!.set(r.indicator, sumsOf(r));
    }
    return keys.map((k) => result.get(k.split("|").length === 2 ? `${k}|${k.split("|")[1]}-12-31` : k)!);
  });
}

const NO_SUMS: Sums = { delivered: 0, reported: 0, count: 0, lastYearTotal: 0, lastYearToDate: 0 };

export function toProgress(
  sums: SumsByIndicator,
  targets: Map<Indicator, number>,
  year: number,
  asOf: string,
): IndicatorProgress[] {
  return INDICATORS.map((indicator) => {
    const unit = INDICATOR_UNIT[indicator];
    const s = sums.get(indicator) ?? NO_SUMS;
    const target = targets.get(indicator);
    const projection = project({ year, asOf, ...s });
    return {
      indicator,
      unit,
      target: target === undefined ? null : formatQuantity(target, unit),
      delivered: formatQuantity(s.delivered, unit),
      reported: formatQuantity(s.reported, unit),
      recorded: formatQuantity(s.delivered - s.reported, unit),
      ratio: target ? s.delivered / target : null,
      entryCount: s.count,
      projected: projection.projected === null ? null : formatQuantity(projection.projected, unit),
      projectionMethod: projection.method,
      atRisk: atRisk(target, projection),
    };
  });
}

/** Progress of one pairing (already scope-checked by whoever loaded it) for a year. */
export async function pairingProgress(
  ctx: RequestContext,
  pairingId: string,
  year: number,
  asOf: string = today(),
): Promise<IndicatorProgress[]> {
  ctx = await boardReads(ctx);
  const [sums, targets] = await Promise.all([
    loader(ctx, progressByPairingYear).load(`${pairingId}|${year}|${asOf}`),
    targetsFor(ctx, pairingId, year),
  ]);
  return toProgress(sums, targets, year, asOf);
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
  asOf: string = today(),
): Promise<IndicatorProgress[]> {
  ctx = await boardReads(ctx);
  const [from, to] = yearBounds(year);
  const sums = positional(
    cond`SELECT l.indicator, ${sumColumns(from, sameDayLastYear(asOf))}
         FROM ledger_daily l
        WHERE l.pairing_id IN ${pairingIdsInScope(ctx, { touching: regionId })} AND l.day >= ${param(yearBounds(year - 1)[0])}::date AND l.day < ${param(to)}::date
          AND l.day <= ${param(asOf)}::date
        GROUP BY l.indicator`,
    1,
  );
  const [sumRows, targets] = await Promise.all([
    ctx.manager.query(sums.sql, sums.params) as Promise<SumRow[]>,
    targetsSummed(ctx, pairingIdsInScope(ctx, { touching: regionId, outermost: true }), year),
  ]);
  const sumsByIndicator: SumsByIndicator = new Map(sumRows.map((r) => [r.indicator, sumsOf(r)]));
  return toProgress(sumsByIndicator, targets, year, asOf);
}
