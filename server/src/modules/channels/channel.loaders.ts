import DataLoader from "dataloader";
import { In } from "typeorm";
import type { RequestContext } from "../../shared/context";
import { Fair } from "./fair.entity";
import { SalesCentre } from "./sales-centre.entity";

export function fairById(ctx: RequestContext) {
  return new DataLoader<string, Fair | null>(async (ids) => {
    const rows = await ctx.manager.getRepository(Fair).findBy({ id: In([...ids]) });
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

export function salesCentreById(ctx: RequestContext) {
  return new DataLoader<string, SalesCentre | null>(async (ids) => {
    const rows = await ctx.manager.getRepository(SalesCentre).findBy({ id: In([...ids]) });
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** The ids of each fair's participating suppliers. */
export function supplierIdsByFair(ctx: RequestContext) {
  return new DataLoader<string, string[]>(async (ids) => {
    const rows: { fair_id: string; supplier_id: string }[] = await ctx.manager.query(
      `SELECT fair_id, supplier_id FROM fair_supplier WHERE fair_id = ANY($1::uuid[]) ORDER BY supplier_id`,
      [[...ids]],
    );
    return ids.map((id) => rows.filter((r) => r.fair_id === id).map((r) => r.supplier_id));
  });
}
