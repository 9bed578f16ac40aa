import DataLoader from "dataloader";
import type { RequestContext } from "../../shared/context";

/** Enterprise ids per job fair (the caller already sees the fair). */
export function employerIdsByFair(ctx: RequestContext) {
  return new DataLoader<string, string[]>(async (ids) => {
    const rows: { fair_id: string; enterprise_id: string }[] = await ctx.manager.query(
      `SELECT fair_id, enterprise_id FROM job_fair_employer WHERE fair_id = ANY($1::uuid[]) ORDER BY enterprise_id`,
      [[...ids]],
    );
    const map = new Map<string, string[]>();
    for (const r of rows) map.set(r.fair_id, [...(map.get(r.fair_id) ?? []), r.enterprise_id]);
    return ids.map((id) => map.get(id) ?? []);
  });
}
