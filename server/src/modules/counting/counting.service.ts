import type { RequestContext } from "../../shared/context";
import { badInput } from "../../shared/errors";
import { formatFen } from "../../shared/money";
import { port } from "../../shared/port";
import { cond, param, type Scope } from "../../shared/scoped";
import { rowsOf } from "../../shared/sql";
import { recordAudit } from "../audit/audit.service";
import { CountingPoint, type CountingPointChange, type CountingRule, DEFAULT_COUNTING_POINT } from "./counting.entity";
import { msg } from "../../shared/messages";

/**
 * The two keys of the advisory lock that serialises a year's counting: every sub-order step that may
 * move counted amounts takes it shared (they run side by side), a change of the year's counting point
 * takes it exclusive, so a recount never meets a step that decided with the old point.
 */
const LOCK_CLASS = 832;

/**
 * Re-counts one year's sub-orders for a new counting point, in the caller's transaction: appends the
 * ±ledger entries and changes the quota counters of every sub-order whose counted state differs
 * between `from` and `to`. Answered by the orders module (it owns the sub-orders); returns how many
 * sub-orders moved and the signed change of the counted total, in fen.
 */
export const recountForCountingPoint =
  port<
    (
      ctx: RequestContext,
      year: number,
      from: CountingPoint,
      to: CountingPoint,
    ) => Promise<{ subOrders: number; amount: number }>
  >("recountForCountingPoint");

function rule(year: number, row: { counts_from: CountingPoint; changed_at: Date } | undefined): CountingRule {
  return {
    year,
    countsFrom: row?.counts_from ?? DEFAULT_COUNTING_POINT,
    isDefault: !row,
    changedAt: row?.changed_at ?? null,
  };
}

/**
 * The counting point of a year, as SQL, for a state change about to move counted amounts in ONE
 * statement (issue 14: a sub-order step sent alone): `counting_point_held` (migration 047) takes the
 * year's lock shared — so the point cannot change before the step commits, and a change under way is
 * waited for — and then reads the point with a snapshot of its own, taken after the lock (the
 * statement's snapshot, taken before the wait, would miss a change committed meanwhile). Take it
 * before the quota counter row (the counter after the lock, as a recount does: no deadlock).
 * `countingPointOf(year)`: the point as read by the statement's own snapshot, for reads.
 */
export const countingPointHeld = (year: Scope): Scope =>
  cond`counting_point_held(${param(LOCK_CLASS)}::int, (${year})::int, ${param(DEFAULT_COUNTING_POINT)})`;
export const countingPointOf = (year: number): Scope =>
  cond`COALESCE((SELECT counts_from FROM counting_rule WHERE year = ${param(year)}::int), ${param(DEFAULT_COUNTING_POINT)})`;

/** The rules of these years (each year once, in order; the default where none was set). */
export async function countingRules(ctx: RequestContext, years: number[]): Promise<CountingRule[]> {
  const wanted = [...new Set(years)].sort((a, b) => a - b);
  const rows = rowsOf<{ year: number; counts_from: CountingPoint; changed_at: Date }>(
    await ctx.manager.query(`SELECT year, counts_from, changed_at FROM counting_rule WHERE year = ANY($1::int[])`, [
      wanted,
    ]),
  );
  const by = new Map(rows.map((r) => [Number(r.year), r]));
  return wanted.map((y) => rule(y, by.get(y)));
}

/**
 * An administrator sets a year's counting point. The year is re-counted in the same transaction
 * (counters and ledger entries of every sub-order whose counted state changes), under the year's
 * exclusive lock, and the change is audited with what moved. Setting the point it already has
 * changes nothing and is not audited.
 */
export async function setCountingPoint(
  ctx: RequestContext,
  year: number,
  countsFrom: CountingPoint,
): Promise<CountingPointChange> {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput("year", msg("年份无效", "Invalid year"));
  if (!Object.values(CountingPoint).includes(countsFrom))
    throw badInput("countsFrom", msg("计入节点无效", "Unknown counting point"));
  await ctx.manager.query(`SELECT pg_advisory_xact_lock($1, $2)`, [LOCK_CLASS, year]);
  const [before] = await countingRules(ctx, [year]);
  if (before.countsFrom === countsFrom && !before.isDefault)
    return { rule: before, subOrdersMoved: 0, countedChange: 0 };
  await ctx.manager.query(
    `INSERT INTO counting_rule (year, counts_from, changed_by, changed_at) VALUES ($1, $2, $3, now())
     ON CONFLICT (year) DO UPDATE SET counts_from = EXCLUDED.counts_from, changed_by = EXCLUDED.changed_by, changed_at = now()`,
    [year, countsFrom, ctx.user?.id || null],
  );
  const moved =
    before.countsFrom === countsFrom
      ? { subOrders: 0, amount: 0 }
      : await recountForCountingPoint(ctx, year, before.countsFrom, countsFrom);
  await recordAudit(ctx, {
    action: "COUNTING_POINT_SET",
    entityType: "CountingRule",
    entityId: String(year),
    change: {
      year,
      before: before.countsFrom,
      after: countsFrom,
      subOrdersMoved: moved.subOrders,
      countedChange: formatFen(moved.amount),
    },
  });
  const [after] = await countingRules(ctx, [year]);
  return { rule: after, subOrdersMoved: moved.subOrders, countedChange: moved.amount };
}
