import DataLoader from "dataloader";
import type { RequestContext } from "../../shared/context";
import { buyerIdsInScope } from "../buyers/buyer.service";
import { andWhere, cond } from "../../shared/scoped";
import { Quota, QuotaCountySplit } from "./quota.entity";

/** A quota's county splits, batched over the quotas on a page. */
export function splitsByQuota(ctx: RequestContext) {
  return new DataLoader<string, QuotaCountySplit[]>(async (ids) => {
    const rows = await ctx.manager
      .getRepository(QuotaCountySplit)
      .createQueryBuilder("s")
      .where("s.quota_id IN (:...ids)", { ids: [...ids] })
      .getMany();
    return ids.map((id) => rows.filter((r) => r.quotaId === id));
  });
}

/**
 * Buyer.quota(year): the quotas of the buyers on a page for one year each, in one statement. The
 * buyer scope is part of the WHERE clause, so a caller who reaches a buyer by another path (a
 * county official through a sub-order) sees no quota: a buyer its own, a coordinator its region's.
 * Keys are "buyerId|year".
 */
export function quotaByBuyerYear(ctx: RequestContext) {
  return new DataLoader<string, Quota | null>(async (keys) => {
    const pairs = keys.map((k) => k.split("|"));
    const buyerIds = [...new Set(pairs.map(([b]) => b))];
    const years = [...new Set(pairs.map(([, y]) => Number(y)))];
    const qb = ctx.manager.getRepository(Quota).createQueryBuilder("q");
    const rows = await andWhere(qb, cond`q.buyer_id IN ${buyerIdsInScope(ctx)}`)
      .andWhere("q.buyer_id IN (:...qbIds)", { qbIds: buyerIds })
      .andWhere("q.year IN (:...qYears)", { qYears: years })
      .getMany();
    const map = new Map(rows.map((r) => [`${r.buyerId}|${r.year}`, r]));
    return keys.map((k) => map.get(k) ?? null);
  });
}
