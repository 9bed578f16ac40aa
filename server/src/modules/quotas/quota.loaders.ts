import DataLoader from "dataloader";
import type { RequestContext } from "../../shared/context";
import { QuotaCountySplit } from "./quota.entity";

/** A quota's county splits, batched over the quotas on a page. */
export function splitsByQuota(ctx: RequestContext) {
  return new DataLoader<string, QuotaCountySplit[]>(async (ids) => {
    const rows = await ctx.manager.getRepository(QuotaCountySplit).createQueryBuilder("s").where("s.quota_id IN (:...ids)", { ids: [...ids] }).getMany();
    return ids.map((id) => rows.filter((r) => r.quotaId === id));
  });
}
