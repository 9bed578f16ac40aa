import DataLoader from "dataloader";
import { In } from "typeorm";
import type { RequestContext } from "../../shared/context";
import { Enterprise } from "./enterprise.entity";

/** Unscoped: only for following relations from rows the caller already may see. */
export function enterpriseById(ctx: RequestContext) {
  return new DataLoader<string, Enterprise | null>(async (ids) => {
    const rows = await ctx.manager.getRepository(Enterprise).findBy({ id: In([...ids]) });
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}
