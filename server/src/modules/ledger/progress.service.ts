import DataLoader from "dataloader";
import { boardReads } from "../../shared/read-replica";
import { loader, preparedQuery, type RequestContext } from "../../shared/context";
import { idsByRest } from "../../shared/loaders";
import { agreementTargetsOf } from "../agreements/agreement.service";
import { formatQuantity, INDICATOR_UNIT, INDICATORS, type Indicator } from "../agreements/indicator";
import { isEveryPairing, pairingIdsInScope, pairingsEnclosedByEach } from "../pairings/pairing.service";
import { cond, EVERY_ROW, param, positional, type Scope } from "../../shared/scoped";
import { atRisk, daysElapsed, daysInYear, project, sameDayLastYear } from "../../shared/pace";
import { today } from "../../shared/dates";
import type { IndicatorProgress } from "./ledger.inputs";

export interface Sums {
  delivered: number;
  reported: number;
  count: number;
  /** Last year's total and its part by asOf's calendar day: the seasonality of the projection (shared/pace.ts);
   *  0 when the projection has no use for them (the year over: FINAL; not begun: NONE). */
  lastYearTotal: number;
  lastYearToDate: number;
}
type SumsByIndicator = Map<Indicator, Sums>;

const yearBounds = (year: number) => [`${year}-01-01`, `${year + 1}-01-01`];

/** A run of days [first, last] within one calendar year, `first` its 1 January: the whole year from
 *  `ledger_yearly` when it reaches 31 December; else the whole months it covers from `ledger_monthly`
 *  and the days of its last month, when that month is not whole, from `ledger_daily`. Null when the run
 *  is empty. */
type Span =
  | { wholeYear: number }
  | {
      monthsFrom: string;
      monthsTo: string; // exclusive: the first month not covered whole
      daysFrom: string | null;
      daysTo: string | null;
    };

const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const minDay = (...days: string[]) => days.reduce((a, b) => (b < a ? b : a));

function span(first: string, last: string): Span | null {
  if (last < first) return null;
  const after = nextDay(last);
  if (after.endsWith("-01-01")) return { wholeYear: Number(first.slice(0, 4)) };
  if (after.endsWith("-01")) return { monthsFrom: first, monthsTo: after, daysFrom: null, daysTo: null };
  const month = `${last.slice(0, 7)}-01`;
  return { monthsFrom: first, monthsTo: month, daysFrom: month, daysTo: last };
}

/**
 * The sums of one year up to asOf (the year as it stood that day; nothing is dated after today,
 * so by default the whole year so far) and, for the projection, last year's whole and up to the same
 * calendar day (shared/pace.ts). `source` gives the summary rows of the pairings `filter` keeps as
 * `l`: whole years from `ledger_yearly`, whole months of a year under way from `ledger_monthly`, the
 * days of at most two part months from `ledger_daily` (issue 14: a closed year is 2 rows per pairing,
 * indicator and kind, a year to date ≤ 1 + 11 + 31 + 31; it was up to 730 from the daily summary).
 * Columns as SumRow.
 */
function yearSums(year: number, asOf: string) {
  const [from] = yearBounds(year);
  const [lastFrom] = yearBounds(year - 1);
  // Last year only for a year under way: a year over is projected as delivered (FINAL), one not begun
  // not at all (NONE), and reading last year's rows doubled the progress screen's rows of a closed year.
  const elapsed = daysElapsed(year, asOf);
  const underWay = elapsed > 0 && elapsed < daysInYear(year);
  const spans = [
    span(from, minDay(`${year}-12-31`, asOf)),
    underWay ? span(lastFrom, minDay(`${year - 1}-12-31`, asOf)) : null,
    underWay ? span(lastFrom, minDay(`${year - 1}-12-31`, asOf, sameDayLastYear(asOf))) : null,
  ];
  // Whole years by their values; months and days by runs, one UNION ALL branch per run (this year's
  // to date, last year's to date), never ranges OR'd together: PostgreSQL cannot use an OR of two
  // ranges in an index condition, so it read every day and month a pairing has ever had and filtered
  // them (583 days to keep 22 per pairing at the 832 scale). A run is a range on the summary's key,
  // which the index reads as it is. Stop 29: the runs replaced each value listed and joined as a set
  // (`IN (SELECT unnest(…))`), which the planner met with a hash of the values and a scan of the
  // whole summary (the administrator's mid-year statement: ledger_daily's 5,825 rows scanned to keep
  // 215, 0.7 of its 0.8 ms). The runs are disjoint: last year whole is ledger_yearly's, this year's
  // and last year's to date are different years.
  const years = new Set<number>();
  const monthRuns: [string, string][] = []; // [first month, month after the last)
  const dayRuns: [string, string][] = []; // [first day, last day]
  for (const s of spans) {
    if (!s) continue;
    if ("wholeYear" in s) years.add(s.wholeYear);
    else {
      if (s.monthsFrom < s.monthsTo) monthRuns.push([s.monthsFrom, s.monthsTo]);
      if (s.daysFrom) dayRuns.push([s.daysFrom, s.daysTo!]);
    }
  }
  // Which sum a row goes to follows from its year and grain alone, as the rows read are exactly the
  // spans' (their keys listed below), and the spans are disjoint: this year's rows are its span; last
  // year's is a whole year ('Y', read only while this year is under way) or last year to date (months
  // and days, never whole then). One date comparison per row and sum, where each span's ranges were
  // OR'd per grain (the mid-year summary's statement 2.3 → 2.2 ms at the 832 scale; simpler foremost).
  const thisYear = cond`l.day >= ${param(from)}::date`;
  return {
    columns: cond`COALESCE(SUM(l.amount) FILTER (WHERE ${thisYear}), 0)::bigint AS delivered,
       COALESCE(SUM(l.amount) FILTER (WHERE ${thisYear} AND l.reported), 0)::bigint AS reported,
       COALESCE(SUM(l.entries) FILTER (WHERE ${thisYear}), 0)::int AS entry_count,
       COALESCE(SUM(l.amount) FILTER (WHERE NOT ${thisYear} AND l.grain = 'Y'), 0)::bigint AS last_total,
       COALESCE(SUM(l.amount) FILTER (WHERE NOT ${thisYear} AND l.grain <> 'Y'), 0)::bigint AS last_to_date`,
    // Only the summaries the spans read: a closed year's statement names ledger_yearly alone (its
    // planning was ~40 % of the statement's time with two branches that could only read nothing).
    source: (filter: (column: string) => Scope) => {
      const branches = [
        ...(years.size
          ? [
              cond`SELECT y.pairing_id, y.indicator, y.reported, make_date(y.year, 1, 1) AS day, y.amount, y.entries, 'Y' AS grain
                     FROM ledger_yearly y
                    WHERE ${filter("y.pairing_id")} AND y.year IN (SELECT unnest(${param([...years])}::int[]))`,
            ]
          : []),
        ...monthRuns.map(
          ([first, after]) =>
            cond`SELECT m.pairing_id, m.indicator, m.reported, m.month AS day, m.amount, m.entries, 'M' AS grain
                   FROM ledger_monthly m
                  WHERE ${filter("m.pairing_id")} AND m.month >= ${param(first)}::date AND m.month < ${param(after)}::date`,
        ),
        ...dayRuns.map(
          ([first, last]) =>
            cond`SELECT d.pairing_id, d.indicator, d.reported, d.day, d.amount, d.entries, 'D' AS grain
                   FROM ledger_daily d
                  WHERE ${filter("d.pairing_id")} AND d.day >= ${param(first)}::date AND d.day <= ${param(last)}::date`,
        ),
      ];
      // Every span empty (a year before any data can have begun still has last year's): no rows.
      if (!branches.length)
        return cond`(SELECT NULL::uuid AS pairing_id, NULL::text AS indicator, FALSE AS reported, NULL::date AS day, 0::bigint AS amount, 0 AS entries, 'Y' AS grain WHERE FALSE)`;
      return cond`(${branches.reduce((a, b) => cond`${a} UNION ALL ${b}`)})`;
    },
  };
}

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

/** "pairing|year|asOf" with asOf given: without it (grading reads only the year's sums) the year's end. */
const periodKey = (k: string) => (k.split("|").length === 2 ? `${k}|${k.split("|")[1]}-12-31` : k);

/**
 * The statement summing each of `pids` (enclosed pairings rolled up) per indicator for a period.
 * LATERAL: each enclosed pairing's rows are read by key (pairing, year / month / day) from each
 * summary; PostgreSQL guesses one row for `e` and, given the choice, scanned a summary once per row.
 */
function sumsOfEach(pids: string[], year: number, asOf: string) {
  const sums = yearSums(year, asOf);
  const enclosed = pairingsEnclosedByEach(param(pids));
  return cond`WITH e AS MATERIALIZED (SELECT * FROM ${enclosed} x)
      SELECT e.encloser_id AS pairing_id, l.indicator, ${sums.columns}
        FROM e CROSS JOIN LATERAL ${sums.source((c) => cond`${c} = e.pairing_id`)} l
       GROUP BY e.encloser_id, l.indicator`;
}

/**
 * Ledger sums (from the per-day summary the ledger's trigger keeps) per pairing and indicator for one year, rolled up over the pairings a pairing
 * encloses (Qingdao–Anshun includes Jiaozhou–Zhenning). Each entry belongs to exactly one
 * pairing, so no entry is counted twice. One query for any number of pairings.
 */
export function progressByPairingYear(ctx: RequestContext) {
  return new DataLoader<string, SumsByIndicator>(async (keys) => {
    const result = new Map<string, SumsByIndicator>();
    for (const [period, pids] of idsByRest(keys.map(periodKey))) {
      const [y, asOf] = period.split("|");
      const { sql, params } = positional(sumsOfEach(pids, Number(y), asOf), 1);
      const rows: (SumRow & { pairing_id: string })[] = await preparedQuery(ctx, sql, params);
      for (const pid of pids) result.set(`${pid}|${period}`, new Map());
      for (const r of rows) result.get(`${r.pairing_id}|${period}`)!.set(r.indicator, sumsOf(r));
    }
    return keys.map((k) => result.get(periodKey(k))!);
  });
}

interface SumsAndTargets {
  sums: SumsByIndicator;
  targets: Map<Indicator, number>;
}

/**
 * The sums of progressByPairingYear and each pairing's own targets (targetsFor) in one statement:
 * the progress screen's page of pairings cost three statements after the page (sums, agreements,
 * their targets), now one (issue 14). Key "pairing|year|asOf".
 */
export function progressAndTargets(ctx: RequestContext) {
  return new DataLoader<string, SumsAndTargets>(async (keys) => {
    const result = new Map<string, SumsAndTargets>();
    for (const [period, pids] of idsByRest(keys.map(periodKey))) {
      const [y, asOf] = period.split("|");
      const year = Number(y);
      const { sql, params } = positional(
        cond`WITH s AS (${sumsOfEach(pids, year, asOf)})
             SELECT COALESCE(s.pairing_id, t.pairing_id) AS pairing_id, COALESCE(s.indicator, t.indicator) AS indicator,
                    s.pairing_id IS NOT NULL AS summed, s.delivered, s.reported, s.entry_count, s.last_total, s.last_to_date,
                    t.target::bigint AS target
               FROM s FULL JOIN ${agreementTargetsOf(year, (c) => cond`${c} = ANY(${param(pids)}::uuid[])`)} t ON t.pairing_id = s.pairing_id AND t.indicator = s.indicator`,
        1,
      );
      const rows: (SumRow & { pairing_id: string; summed: boolean; target: number | null })[] = await preparedQuery(
        ctx,
        sql,
        params,
      );
      for (const pid of pids) result.set(`${pid}|${period}`, { sums: new Map(), targets: new Map() });
      for (const r of rows) {
        const got = result.get(`${r.pairing_id}|${period}`)!;
        if (r.summed) got.sums.set(r.indicator, sumsOf(r));
        if (r.target !== null) got.targets.set(r.indicator, r.target);
      }
    }
    return keys.map((k) => result.get(periodKey(k))!);
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
  const { sums, targets } = await loader(ctx, progressAndTargets).load(`${pairingId}|${year}|${asOf}`);
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
  const outermost = pairingIdsInScope(ctx, { touching: regionId, outermost: true });
  const summed = yearSums(year, asOf);
  // One statement: the sums per indicator and the outermost pairings' targets summed beside them
  // (issue 14: two statements before, the targets' one of its own). The pairings in scope once, as a
  // table each summary's branch joins: planned once, not per branch; none when the scope is every
  // pairing (the summaries hold no other), which saved 0.2 of the administrator's 1.05 ms mid-year.
  const every = isEveryPairing(ctx, { touching: regionId });
  const pairings = every ? cond`` : cond`p AS MATERIALIZED ${pairingIdsInScope(ctx, { touching: regionId })},`;
  const statement = positional(
    cond`WITH ${pairings}
       s AS (SELECT l.indicator, ${summed.columns}
               FROM ${summed.source((c) => (every ? EVERY_ROW : cond`${c} IN (SELECT p.id FROM p)`))} l
              GROUP BY l.indicator),
       t AS (SELECT t.indicator, SUM(t.target)::bigint AS target
               FROM ${agreementTargetsOf(year, (c) => cond`${c} IN ${outermost}`)} t
              GROUP BY t.indicator)
     SELECT COALESCE(s.indicator, t.indicator) AS indicator, s.indicator IS NOT NULL AS summed,
            s.delivered, s.reported, s.entry_count, s.last_total, s.last_to_date,
            t.indicator IS NOT NULL AS targeted, t.target
       FROM s FULL JOIN t ON t.indicator = s.indicator`,
    1,
  );
  const rows: (SumRow & { summed: boolean; targeted: boolean; target: string | null })[] = await preparedQuery(
    ctx,
    statement.sql,
    statement.params,
  );
  const sumsByIndicator: SumsByIndicator = new Map(rows.filter((r) => r.summed).map((r) => [r.indicator, sumsOf(r)]));
  const targets = new Map(rows.filter((r) => r.targeted).map((r) => [r.indicator, Number(r.target)]));
  return toProgress(sumsByIndicator, targets, year, asOf);
}
