import DataLoader from "dataloader";
import { In } from "typeorm";
import type { RequestContext } from "../../shared/context";
import { Product } from "./product.entity";

/** Unscoped: only for following relations from rows the caller already may see (order lines). */
export function productById(ctx: RequestContext) {
  return new DataLoader<string, Product | null>(async (ids) => {
    const rows = await ctx.manager.getRepository(Product).findBy({ id: In([...ids]) });
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}
