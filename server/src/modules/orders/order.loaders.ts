import DataLoader from "dataloader";
import { In } from "typeorm";
import { Role } from "../../shared/auth";
import { OrderLine, PurchaseOrder, SubOrder } from "./order.entity";
import { orderScope, subOrderScope } from "./order.scope";
import { scopedRowsById } from "../../shared/loaders";
import { actionsOn } from "../audit/audit.service";
import { auditNames, namesThrough } from "../audit/audit.readable";
import { loader, type RequestContext } from "../../shared/context";
import type { SubOrderEvent } from "./order.inputs";
import { SUB_ORDER_STEPS, type SubOrderAction } from "./order.steps";

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

/**
 * `Order.total` as the caller may see it. The stored total spans every supplier's county; a county
 * official reaches an order only through a sub-order of its county (orderScope) and sees only
 * those sub-orders (subOrderScope), so its total is their sum — from the same scoped loader as
 * `Order.subOrders`, so the nested figures never add up to more than the top-level ones. The other
 * roles' scopes hold whole orders (a buyer's own, a coordinator's buyers', all): the stored total.
 */
export async function orderTotalFor(ctx: RequestContext, o: PurchaseOrder): Promise<number> {
  if (ctx.user?.role !== Role.COUNTY_OFFICIAL) return o.total;
  const subs = await loader(ctx, subOrdersByOrder).load(o.id);
  return subs.reduce((sum, s) => sum + s.total, 0);
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
/**
 * A sub-order's steps, from the audit trail (the audit module's `actionsOn`): the caller reached the
 * sub-order through its scope, so it may see how it got to its state (the printed order shows it).
 */
export function historyBySubOrder(ctx: RequestContext) {
  return new DataLoader<string, SubOrderEvent[]>(async (ids) => {
    const rows = await actionsOn(ctx, "SubOrder", ids);
    const byId = new Map<string, SubOrderEvent[]>(ids.map((id) => [id, []]));
    for (const r of rows) {
      const action = r.action.replace(/^SUB_ORDER_/, "") as SubOrderAction;
      const step = SUB_ORDER_STEPS.steps[action];
      if (step) byId.get(r.entityId)?.push({ action, status: step.to, at: r.at });
    }
    return ids.map((id) => byId.get(id) ?? []);
  });
}

/** Sub-orders by id within the caller's scope (the audit trail's names). */
export const subOrderById = scopedRowsById(SubOrder, "s", subOrderScope);

// The audit trail names orders and sub-orders by their numbers (XZ20261129-000123, …-2), for readers
// who may see them (through the scoped loaders: a name never reveals a record out of scope).
auditNames.add({
  refType: "Order",
  fields: ["orderId"],
  names: namesThrough(orderById, (o) => o.orderNumber),
});
auditNames.add({
  refType: "SubOrder",
  fields: ["subOrderId"],
  names: async (ctx, ids) => {
    const subs = await loader(ctx, subOrderById).loadMany(ids);
    const visible = subs.filter((x): x is SubOrder => !!x && !(x instanceof Error));
    const orders = await loader(ctx, orderById).loadMany([...new Set(visible.map((x) => x.orderId))]);
    const numbers = new Map<string, string>();
    for (const o of orders) if (o && !(o instanceof Error)) numbers.set(o.id, o.orderNumber);
    const out = new Map<string, string>();
    for (const x of visible) {
      const n = numbers.get(x.orderId);
      if (n) out.set(x.id, `${n}-${x.position}`);
    }
    return out;
  },
});
