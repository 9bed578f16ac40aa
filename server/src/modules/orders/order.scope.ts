import { Role } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";
import { cond, EVERY_ROW, NO_ROW, param, type Scope } from "../../shared/scoped";
import { inSubtree } from "../regions/region.service";

/**
 * Row scope of sub-orders on alias `s`: a buyer its own; a county official those of suppliers in
 * its county; a coordinator those of buyers in its east region subtree; admins all.
 */
export function subOrderScope(ctx: RequestContext, alias = "s"): Scope {
  const u = ctx.user;
  if (!u) return NO_ROW;
  switch (u.role) {
    case Role.ADMIN:
      return EVERY_ROW;
    case Role.BUYER:
      return cond`${alias}.buyer_id = ${param(u.buyerId)}`;
    case Role.COUNTY_OFFICIAL:
      return inSubtree(`${alias}.west_county_id`, u.regionId);
    case Role.COORDINATOR:
      return cond`${alias}.buyer_id IN (SELECT sb.id FROM buyer sb WHERE ${inSubtree("sb.east_region_id", u.regionId)})`;
    default:
      return NO_ROW;
  }
}

/**
 * Orders as a whole, on alias `o`: a buyer its own, a coordinator its region's buyers', admins all;
 * a county official the orders with a sub-order of its county's suppliers (it reaches them from
 * that sub-order; `Order.subOrders` still shows it only its county's part, through `subOrderScope`).
 */
export function orderScope(ctx: RequestContext, alias = "o"): Scope {
  const u = ctx.user;
  if (!u) return NO_ROW;
  switch (u.role) {
    case Role.ADMIN:
      return EVERY_ROW;
    case Role.BUYER:
      return cond`${alias}.buyer_id = ${param(u.buyerId)}`;
    case Role.COORDINATOR:
      return cond`${alias}.buyer_id IN (SELECT ob.id FROM buyer ob WHERE ${inSubtree("ob.east_region_id", u.regionId)})`;
    case Role.COUNTY_OFFICIAL:
      return cond`${alias}.id IN (SELECT os.order_id FROM sub_order os WHERE ${inSubtree("os.west_county_id", u.regionId)})`;
    default:
      return NO_ROW;
  }
}
