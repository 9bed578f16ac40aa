import DataLoader from "dataloader";
import type { RequestContext } from "../../shared/context";
import { scopedRowsById } from "../../shared/loaders";
import { Donation } from "./donation.entity";
import { donationScope } from "./donation.scope";

/** Donations by id within the caller's scope (the ledger's labeller, nested fields). */
export const visibleDonationById = scopedRowsById(Donation, "d", donationScope);

/** The reversal of each donation, within the caller's scope (null when not reversed). */
export function reversalOf(ctx: RequestContext) {
  return new DataLoader<string, Donation | null>(async (ids) => {
    const { sql, params } = donationScope(ctx, "d");
    const rows = await ctx.manager
      .getRepository(Donation)
      .createQueryBuilder("d")
      .where(sql, params)
      .andWhere("d.reverses_id IN (:...reversedIds)", { reversedIds: [...ids] })
      .getMany();
    const map = new Map(rows.map((r) => [r.reversesId!, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}
