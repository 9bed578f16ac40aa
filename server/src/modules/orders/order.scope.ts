import { Role } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";
import { cond, EVERY_ROW, param, scopeByRole, type Scope } from "../../shared/scoped";
import { buyerIdsInSubtree } from "../buyers/buyer.service";
import { inSubtree } from "../regions/region.service";

/**
 * Row scope of sub-orders on alias `s`: a buyer its own; a county official those of suppliers in
 * its county; a coordinator those of buyers in its east region subtree; admins all.
 */
export const subOrderScope = (ctx: RequestContext, alias = "s"): Scope =>
  scopeByRole(ctx, {
    [Role.ADMIN]: () => EVERY_ROW,
    [Role.BUYER]: (u) => cond`${alias}.buyer_id = ${param(u.buyerId)}`,
    [Role.COUNTY_OFFICIAL]: (u) => inSubtree(`${alias}.west_county_id`, u.regionId),
    [Role.COORDINATOR]: (u) => cond`${alias}.buyer_id IN ${buyerIdsInSubtree(u.regionId)}`,
  });

/**
 * Orders as a whole, on alias `o`: a buyer its own, a coordinator its region's buyers', admins all;
 * a county official the orders with a sub-order of its county's suppliers (it reaches them from
 * that sub-order; `Order.subOrders` still shows it only its county's part, through `subOrderScope`).
 */
export const orderScope = (ctx: RequestContext, alias = "o"): Scope =>
  scopeByRole(ctx, {
    [Role.ADMIN]: () => EVERY_ROW,
    [Role.BUYER]: (u) => cond`${alias}.buyer_id = ${param(u.buyerId)}`,
    [Role.COORDINATOR]: (u) => cond`${alias}.buyer_id IN ${buyerIdsInSubtree(u.regionId)}`,
    [Role.COUNTY_OFFICIAL]: (u) =>
      cond`${alias}.id IN (SELECT os.order_id FROM sub_order os WHERE ${inSubtree("os.west_county_id", u.regionId)})`,
  });
