import { In } from "typeorm";
import type { RequestContext } from "../../shared/context";
import { loader } from "../../shared/context";
import { badInput } from "../../shared/errors";
import { msg } from "../../shared/messages";
import { positional } from "../../shared/scoped";
import { rowsOf } from "../../shared/sql";
import { regionById } from "../regions/region.loaders";
import type { Region } from "../regions/region.entity";
import { FiscalProject, FiscalProjectStatus } from "./fiscal.entity";
import { latestPercentOf, netOf, percentOf, statusOf } from "./fiscal.figures";
import type { FiscalAidBoard, FiscalCountyRow } from "./fiscal.inputs";
import { fiscalProjectScope } from "./fiscal.scope";
import { today } from "../../shared/dates";

export function checkedYear(year: number): number {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw badInput("year", msg("年份须在 2000–2100 之间", "Year must be 2000–2100"));
  return year;
}

interface Row {
  id: string;
  county_id: string;
  status: FiscalProjectStatus;
  allocated: string | number;
  disbursed: string | number;
  spent: string | number;
  use_bp: string | number | null;
  behind: string | number;
}

/**
 * 财政援助看板: the year's projects in scope (by their agreement year) with their net money, by status
 * and by county (sums over integers, rates from them), and the slowest projects: those with money
 * allocated, lowest use rate first, then the furthest behind schedule (the share of the planned
 * period elapsed by today minus the works reported complete, in percentage points). One query.
 */
export async function fiscalAidBoard(ctx: RequestContext, year: number): Promise<FiscalAidBoard> {
  checkedYear(year);
  const scope = positional(fiscalProjectScope(ctx, "f"), 3);
  const rows = rowsOf<Row>(
    await ctx.manager.query(
      `WITH p AS (
         SELECT f.id, f.county_id, f.seq, f.starts_on, f.planned_end_on, ${statusOf("f")} AS status,
                ${netOf("f", "ALLOCATED")}::bigint AS allocated, ${netOf("f", "DISBURSED")}::bigint AS disbursed,
                ${netOf("f", "SPENT")}::bigint AS spent, COALESCE(${latestPercentOf("f")}, 0) AS works
           FROM fiscal_project f WHERE f.year = $1 AND ${scope.sql})
       SELECT id, county_id, status, allocated, disbursed, spent,
              CASE WHEN allocated > 0 THEN spent * 10000 / allocated END AS use_bp,
              GREATEST(0, LEAST(100, (($2::date - starts_on) * 100) / GREATEST(1, planned_end_on - starts_on)) - works) AS behind
         FROM p ORDER BY seq`,
      [year, today(), ...scope.params],
    ),
  );
  const n = (v: string | number | null) => Number(v ?? 0);
  const byStatus = new Map<FiscalProjectStatus, { projects: number; allocated: number }>(
    Object.values(FiscalProjectStatus).map((s) => [s, { projects: 0, allocated: 0 }]),
  );
  const counties = new Map<string, { projects: number; allocated: number; disbursed: number; spent: number }>();
  let allocated = 0,
    disbursed = 0,
    spent = 0;
  for (const r of rows) {
    const s = byStatus.get(r.status)!;
    s.projects += 1;
    s.allocated += n(r.allocated);
    const c = counties.get(r.county_id) ?? { projects: 0, allocated: 0, disbursed: 0, spent: 0 };
    c.projects += 1;
    c.allocated += n(r.allocated);
    c.disbursed += n(r.disbursed);
    c.spent += n(r.spent);
    counties.set(r.county_id, c);
    allocated += n(r.allocated);
    disbursed += n(r.disbursed);
    spent += n(r.spent);
  }
  const regions = await loader(ctx, regionById).loadMany([...counties.keys()]);
  const byCounty: FiscalCountyRow[] = [...counties.entries()].map(([id, c], i) => ({
    county: regions[i] as Region,
    ...c,
    disbursementRate: percentOf(c.disbursed, c.allocated),
    useRate: percentOf(c.spent, c.allocated),
  }));
  byCounty.sort((a, b) => (a.county?.code ?? "").localeCompare(b.county?.code ?? ""));
  const slowIds = rows
    .filter((r) => r.use_bp != null && r.status !== FiscalProjectStatus.COMPLETED)
    .sort((a, b) => n(a.use_bp) - n(b.use_bp) || n(b.behind) - n(a.behind))
    .slice(0, 10)
    .map((r) => r.id);
  const slowRows = slowIds.length ? await ctx.manager.getRepository(FiscalProject).findBy({ id: In(slowIds) }) : [];
  const byId = new Map(slowRows.map((p) => [p.id, p]));
  return {
    year,
    projects: rows.length,
    allocated,
    disbursed,
    spent,
    useRate: percentOf(spent, allocated),
    byStatus: [...byStatus.entries()].map(([status, s]) => ({ status, ...s })),
    byCounty,
    slowest: slowIds.map((id) => byId.get(id)!).filter(Boolean),
  };
}
