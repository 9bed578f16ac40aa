import DataLoader from "dataloader";
import { In } from "typeorm";
import type { RequestContext } from "../../shared/context";
import { Supplier } from "./supplier.entity";

/** Unscoped: only for following relations from rows the caller already may see. */
export function supplierById(ctx: RequestContext) {
  return new DataLoader<string, Supplier | null>(async (ids) => {
    const rows = await ctx.manager.getRepository(Supplier).findBy({ id: In([...ids]) });
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}
