import DataLoader from "dataloader";
import { In } from "typeorm";
import type { RequestContext } from "../../shared/context";
import { OrderLine, PurchaseOrder, SubOrder } from "./order.entity";
import { orderScope, subOrderScope } from "./order.scope";
import { scopedRowsById } from "../../shared/loaders";

/** Orders by id within the caller's order scope (a sub-order's order). */
export const orderById = scopedRowsById(PurchaseOrder, "o", orderScope);

/** An order's sub-orders within the caller's scope (a county official sees only its county's part). */
export function subOrdersByOrder(ctx: RequestContext) {
  return new DataLoader<string, SubOrder[]>(async (ids) => {
    const { sql, params } = subOrderScope(ctx);
    const rows = await ctx.manager
      .getRepository(SubOrder)
      .createQueryBuilder("s")
      .where(sql, params)
      .andWhere("s.order_id IN (:...ids)", { ids: [...ids] })
      .orderBy("s.seq", "ASC")
      .getMany();
    return ids.map((id) => rows.filter((r) => r.orderId === id));
  });
}

export function linesBySubOrder(ctx: RequestContext) {
  return new DataLoader<string, OrderLine[]>(async (ids) => {
    const rows = await ctx.manager
      .getRepository(OrderLine)
      .find({ where: { subOrderId: In([...ids]) }, order: { id: "ASC" } });
    return ids.map((id) => rows.filter((r) => r.subOrderId === id));
  });
}

/** Buyers' ratings (1–5, given on receipt) per supplier: their count and sum, one query per request. */
export function ratingsBySupplier(ctx: RequestContext) {
  return new DataLoader<string, { count: number; sum: number }>(async (ids) => {
    const rows: { supplier_id: string; n: number; total: number }[] = await ctx.manager.query(
      `SELECT supplier_id, count(*)::int AS n, SUM(rating)::int AS total
         FROM sub_order WHERE rating IS NOT NULL AND supplier_id = ANY($1::uuid[]) GROUP BY supplier_id`,
      [[...ids]],
    );
    const by = new Map(rows.map((r) => [r.supplier_id, { count: r.n, sum: r.total }]));
    return ids.map((id) => by.get(id) ?? { count: 0, sum: 0 });
  });
}
