import type { RequestContext } from "../../shared/context";

/**
 * For the reporting periods' data-quality rules (docs/reporting.md): the signed projects of one
 * pairing that received a tranche dated in `month` and whose funds in place up to that month's last
 * day (tranches net of reversals) exceed the contracted amount. Oldest project first.
 */
export async function tranchesAboveContract(
  ctx: RequestContext,
  pairingId: string,
  month: string,
): Promise<{ projectId: string; name: string; contract: number; inPlace: number }[]> {
  const rows: { id: string; name: string; contract: string; in_place: string }[] = await ctx.manager.query(
    `SELECT p.id, p.name, p.contract_amount AS contract, SUM(t.amount)::bigint AS in_place
       FROM investment_project p
       JOIN fund_tranche t ON t.project_id = p.id
      WHERE p.pairing_id = $1 AND p.contract_amount IS NOT NULL
        AND t.received_on < to_date($2, 'YYYY-MM') + interval '1 month'
      GROUP BY p.id
     HAVING SUM(t.amount) > p.contract_amount
        AND bool_or(t.received_on >= to_date($2, 'YYYY-MM'))
      ORDER BY min(p.seq)`,
    [pairingId, month],
  );
  return rows.map((r) => ({
    projectId: r.id,
    name: r.name,
    contract: Number(r.contract),
    inPlace: Number(r.in_place),
  }));
}
