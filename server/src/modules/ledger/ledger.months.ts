import type { RequestContext } from "../../shared/context";
import { positional, type Scope } from "../../shared/scoped";
import type { Indicator } from "../agreements/indicator";

/**
 * Month figures of one pairing for the reporting periods module (its data-quality rules and its
 * period panel): the pairing's own entries (not the pairings it encloses: a period is reported by
 * the pairing's county), read from the per-month summary the ledger's trigger keeps (migration 37).
 */
export async function monthlyTotals(
  ctx: RequestContext,
  pairingId: string,
  fromMonth: string,
  toMonth: string,
): Promise<{ indicator: Indicator; month: string; amount: number }[]> {
  const rows: { indicator: Indicator; month: string; amount: string }[] = await ctx.manager.query(
    `SELECT d.indicator, to_char(d.month, 'YYYY-MM') AS month, SUM(d.amount)::bigint AS amount
       FROM ledger_monthly d
      WHERE d.pairing_id = $1 AND d.month >= to_date($2, 'YYYY-MM') AND d.month <= to_date($3, 'YYYY-MM')
      GROUP BY 1, 2 ORDER BY 2, 1`,
    [pairingId, fromMonth, toMonth],
  );
  return rows.map((r) => ({ indicator: r.indicator, month: r.month, amount: Number(r.amount) }));
}

/**
 * The figures (an entry with its corrections) dated in one month of a pairing, of these indicators,
 * whose absolute net is at least `minAbs` base units and whose original entry is not in `backed`
 * (a sub-select of entry ids, e.g. the evidence module's verified ones): the large figures without evidence.
 */
export async function largeUnbackedEntries(
  ctx: RequestContext,
  pairingId: string,
  month: string,
  indicators: Indicator[],
  minAbs: number,
  backed: Scope,
): Promise<{ entryId: string; indicator: Indicator; net: number }[]> {
  const isBacked = positional(backed, 5);
  const rows: { anchor: string; indicator: Indicator; net: string }[] = await ctx.manager.query(
    `SELECT COALESCE(l.corrects_id, l.id) AS anchor, l.indicator, SUM(l.amount)::bigint AS net
       FROM ledger_entry l
      WHERE l.pairing_id = $1 AND l.occurred_on >= to_date($2, 'YYYY-MM')
        AND l.occurred_on < to_date($2, 'YYYY-MM') + interval '1 month' AND l.indicator = ANY($3::text[])
      GROUP BY 1, 2
     HAVING abs(SUM(l.amount)) >= $4 AND NOT (COALESCE(l.corrects_id, l.id) IN ${isBacked.sql})
      ORDER BY abs(SUM(l.amount)) DESC, 1`,
    [pairingId, month, indicators, minAbs, ...isBacked.params],
  );
  return rows.map((r) => ({ entryId: r.anchor, indicator: r.indicator, net: Number(r.net) }));
}
