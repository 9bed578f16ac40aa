import { preparedQuery, type RequestContext } from "../../shared/context";
import { boardReads } from "../../shared/read-replica";
import { badInput } from "../../shared/errors";
import { positional } from "../../shared/scoped";
import { boardSummaryScope } from "./investment.scope";
import type { FundsInPlaceMonth, PipelineBoard, PipelineStageRow } from "./project.inputs";
import { ProjectStage, STAGES } from "./stage";
import { rowsOf } from "../../shared/sql";
import { msg } from "../../shared/messages";

function checkedYear(year: number): { start: string; end: string } {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw badInput("year", msg("年份须在 2000–2100 之间", "Year must be 2000–2100"));
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

type StageSums = {
  stage: ProjectStage;
  projects: number;
  planned: number | string;
  contracted: number | string;
  in_place: number | string;
  in_year: number | string;
};

/**
 * 招商引资看板: projects in scope by the stage they stood at on 31 December of the year (the last
 * stage event on or before it), leaving out those that had already finished (in production or
 * dropped) before the year began. Amounts: planned investment, contracts signed by the end of the
 * year, funds in place up to then and within the year (tranches net of reversals). Read from the
 * summary (pipeline_tally, migration 42): the stage spans covering the year, their facts dated up to
 * it — O(keys × stages × years) rows whatever the number of projects (test/api/pipeline-tally.test.ts
 * holds it equal to the board read from the projects, the query this replaced). Enterprises have no
 * board (the resolver's roles; their scope, one enterprise, is not in the summary's key).
 */
export async function pipelineBoard(ctx: RequestContext, year: number): Promise<PipelineBoard> {
  ctx = await boardReads(ctx);
  checkedYear(year);
  const scope = positional(boardSummaryScope(ctx, "t"), 2);
  const rows = rowsOf<StageSums>(
    await preparedQuery(
      ctx,
      `SELECT t.stage, SUM(t.projects)::int AS projects, SUM(t.planned)::bigint AS planned,
              SUM(t.contracted)::bigint AS contracted, SUM(t.funds)::bigint AS in_place,
              COALESCE(SUM(t.funds_of_year) FILTER (WHERE t.fact_year = $1), 0)::bigint AS in_year
         FROM pipeline_tally t
        WHERE t.from_year <= $1 AND t.until_year > $1 AND t.fact_year <= $1 AND ${scope.sql}
        GROUP BY t.stage`,
      [year, ...scope.params],
    ),
  );
  const byStage = new Map(rows.map((r) => [r.stage, r]));
  const stages: PipelineStageRow[] = STAGES.map((stage) => {
    const r = byStage.get(stage);
    return {
      stage,
      projects: r?.projects ?? 0,
      planned: Number(r?.planned ?? 0),
      contracted: Number(r?.contracted ?? 0),
      inPlace: Number(r?.in_place ?? 0),
      inPlaceInYear: Number(r?.in_year ?? 0),
    };
  });
  return { year, stages };
}

/**
 * 到位资金走势: funds in place per month of the year (net of reversals, each dated as its original)
 * with the running total. Read from the summary (funds_in_place_month, migration 49): the year's
 * months of the keys in scope — O(keys × 12) rows whatever the number of tranches
 * (test/api/investment.test.ts holds it equal to the series read from the tranches, the query this
 * replaced, for every user and year through tranches, reversals and scope changes).
 */
export async function fundsInPlaceSeries(ctx: RequestContext, year: number): Promise<FundsInPlaceMonth[]> {
  ctx = await boardReads(ctx);
  const { start, end } = checkedYear(year);
  const scope = positional(boardSummaryScope(ctx, "f"), 3);
  const rows = rowsOf<{ month: number; amount: number }>(
    await preparedQuery(
      ctx,
      `SELECT EXTRACT(MONTH FROM f.month)::int AS month, SUM(f.amount)::bigint AS amount
         FROM funds_in_place_month f
        WHERE f.month >= $1 AND f.month <= $2 AND ${scope.sql}
        GROUP BY 1`,
      [start, end, ...scope.params],
    ),
  );
  const byMonth = new Map(rows.map((r) => [Number(r.month), Number(r.amount)]));
  let cumulative = 0;
  return Array.from({ length: 12 }, (_, i) => {
    const amount = byMonth.get(i + 1) ?? 0;
    cumulative += amount;
    return { month: i + 1, amount, cumulative };
  });
}
