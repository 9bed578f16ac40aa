import type { RequestContext } from "../../shared/context";

/**
 * For the reporting periods' data-quality rules (docs/reporting.md): the fiscal projects of one
 * pairing with a transaction dated in `month` whose spending up to that month's last day exceeds the
 * allocation up to it (both net of reversals, by their dates: the write checks compare totals, not
 * dates, so spending can be dated before the allocation that covers it). Oldest project first.
 */
export async function spendingAboveAllocation(
  ctx: RequestContext,
  pairingId: string,
  month: string,
): Promise<{ projectId: string; name: string; allocated: number; spent: number }[]> {
  const rows: { id: string; name: string; allocated: string; spent: string }[] = await ctx.manager.query(
    `SELECT f.id, f.name,
            COALESCE(SUM(t.amount) FILTER (WHERE t.kind = 'ALLOCATED'), 0)::bigint AS allocated,
            COALESCE(SUM(t.amount) FILTER (WHERE t.kind = 'SPENT'), 0)::bigint AS spent
       FROM fiscal_project f
       JOIN fiscal_transaction t ON t.project_id = f.id
      WHERE f.pairing_id = $1 AND t.occurred_on < to_date($2, 'YYYY-MM') + interval '1 month'
      GROUP BY f.id
     HAVING COALESCE(SUM(t.amount) FILTER (WHERE t.kind = 'SPENT'), 0)
              > COALESCE(SUM(t.amount) FILTER (WHERE t.kind = 'ALLOCATED'), 0)
        AND bool_or(t.occurred_on >= to_date($2, 'YYYY-MM'))
      ORDER BY min(f.seq)`,
    [pairingId, month],
  );
  return rows.map((r) => ({ projectId: r.id, name: r.name, allocated: Number(r.allocated), spent: Number(r.spent) }));
}
