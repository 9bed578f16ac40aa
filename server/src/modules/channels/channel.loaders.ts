import DataLoader from "dataloader";
import type { RequestContext } from "../../shared/context";
import { Fair } from "./fair.entity";
import { SalesCentre } from "./sales-centre.entity";
import { rowsById } from "../../shared/loaders";
import { auditNames, namesThrough } from "../audit/audit.readable";

export const fairById = rowsById(Fair);

export const salesCentreById = rowsById(SalesCentre);

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

/** Audit names: fairs and sales centres are read by every signed-in role. */
auditNames.add({ refType: "Fair", fields: ["fairId"], names: namesThrough(fairById, (f) => f.name) });
auditNames.add({
  refType: "SalesCentre",
  fields: ["salesCentreId"],
  names: namesThrough(salesCentreById, (c) => c.name),
});
