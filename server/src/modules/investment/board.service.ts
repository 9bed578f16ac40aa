import type { RequestContext } from "../../shared/context";
import { boardReads } from "../../shared/read-replica";
import { badInput } from "../../shared/errors";
import { positional } from "../../shared/scoped";
import { projectScope } from "./investment.scope";
import type { FundsInPlaceMonth, PipelineBoard, PipelineStageRow } from "./project.inputs";
import { ProjectStage, STAGES } from "./stage";
import { rowsOf } from "../../shared/sql";
import { msg } from "../../shared/messages";

function checkedYear(year: number): { start: string; end: string } {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw badInput("year", msg("年份须在 2000–2100 之间", "Year must be 2000–2100"));
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

/**
 * A project's stage event in force on the year's last day ($2), one column of it. Stage events are
 * dated in order (a move is never dated before the stage it leaves, nor in the future: project.service),
 * so when the current stage began by then it is the one in force, read from the project row; only a
 * project moved since looks its stage up (issue 14: the board of the year under way, the one opened
 * most, reads no events at all).
 */
const LAST_EVENT = (column: "to_stage" | "occurred_on") =>
  `SELECT e.${column} FROM project_stage_event e WHERE e.project_id = p.id AND e.occurred_on <= $2
    ORDER BY e.occurred_on DESC, e.seq DESC LIMIT 1`;

/**
 * 招商引资看板: projects in scope by the stage they stood at on 31 December of the year (the last
 * stage event on or before it), leaving out those that had already finished (in production or
 * dropped) before the year began. Amounts: planned investment, contracts signed by the end of the
 * year, funds in place up to then and within the year (tranches net of reversals). One SQL query.
 */
export async function pipelineBoard(ctx: RequestContext, year: number): Promise<PipelineBoard> {
  ctx = await boardReads(ctx);
  const { start, end } = checkedYear(year);
  const scope = positional(projectScope(ctx, "p"), 3);
  const rows = rowsOf<{
    stage: ProjectStage;
    projects: number;
    planned: number;
    contracted: number;
    in_place: number;
    in_year: number;
  }>(
    await ctx.manager.query(
      `WITH scoped AS (
       SELECT p.id, p.planned_investment, CASE WHEN p.signed_on <= $2 THEN p.contract_amount END AS contracted,
              CASE WHEN p.stage_since <= $2 THEN p.stage ELSE (${LAST_EVENT("to_stage")}) END AS stage,
              CASE WHEN p.stage_since <= $2 THEN p.stage_since ELSE (${LAST_EVENT("occurred_on")}) END AS since
         FROM investment_project p
        WHERE ${scope.sql}
     ), funds AS (
       SELECT t.project_id, SUM(t.amount) AS total, SUM(t.amount) FILTER (WHERE t.received_on >= $1) AS in_year
         FROM fund_tranche t WHERE t.received_on <= $2 AND t.project_id IN (SELECT id FROM scoped) GROUP BY t.project_id
     )
     SELECT s.stage, count(*)::int AS projects, COALESCE(SUM(s.planned_investment), 0)::bigint AS planned,
            COALESCE(SUM(s.contracted), 0)::bigint AS contracted, COALESCE(SUM(f.total), 0)::bigint AS in_place,
            COALESCE(SUM(f.in_year), 0)::bigint AS in_year
       FROM scoped s LEFT JOIN funds f ON f.project_id = s.id
      WHERE s.stage IS NOT NULL AND (s.stage NOT IN ('IN_PRODUCTION', 'DROPPED') OR s.since >= $1)
      GROUP BY s.stage`,
      [start, end, ...scope.params],
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

/** 到位资金走势: funds in place per month of the year (net of reversals) with the running total. */
export async function fundsInPlaceSeries(ctx: RequestContext, year: number): Promise<FundsInPlaceMonth[]> {
  ctx = await boardReads(ctx);
  const { start, end } = checkedYear(year);
  const scope = positional(projectScope(ctx, "p"), 3);
  const rows = rowsOf<{ month: number; amount: number }>(
    await ctx.manager.query(
      `SELECT EXTRACT(MONTH FROM t.received_on)::int AS month, SUM(t.amount)::bigint AS amount
       FROM fund_tranche t JOIN investment_project p ON p.id = t.project_id
      WHERE t.received_on >= $1 AND t.received_on <= $2 AND ${scope.sql}
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
