import { Role } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";

/**
 * Row scope of sub-orders on alias `s`: a buyer its own; a county official those of suppliers in
 * its county; a coordinator those of buyers in its east region subtree; admins all.
 */
export function subOrderScope(ctx: RequestContext, alias = "s"): { sql: string; params: Record<string, unknown> } {
  const u = ctx.user;
  if (!u) return { sql: "FALSE", params: {} };
  const subtree = "(SELECT descendant_id FROM region_closure WHERE ancestor_id = :soScope)";
  switch (u.role) {
    case Role.ADMIN:
      return { sql: "TRUE", params: {} };
    case Role.BUYER:
      return { sql: `${alias}.buyer_id = :soScope`, params: { soScope: u.buyerId } };
    case Role.COUNTY_OFFICIAL:
      return { sql: `${alias}.west_county_id IN ${subtree}`, params: { soScope: u.regionId } };
    case Role.COORDINATOR:
      return { sql: `${alias}.buyer_id IN (SELECT id FROM buyer WHERE east_region_id IN ${subtree})`, params: { soScope: u.regionId } };
    default:
      return { sql: "FALSE", params: {} };
  }
}

/**
 * Orders as a whole, on alias `o`: a buyer its own, a coordinator its region's buyers', admins all;
 * a county official the orders with a sub-order of its county's suppliers (it reaches them from
 * that sub-order; `Order.subOrders` still shows it only its county's part, through `subOrderScope`).
 */
export function orderScope(ctx: RequestContext, alias = "o"): { sql: string; params: Record<string, unknown> } {
  const u = ctx.user;
  if (!u) return { sql: "FALSE", params: {} };
  const subtree = "(SELECT descendant_id FROM region_closure WHERE ancestor_id = :oScope)";
  switch (u.role) {
    case Role.ADMIN:
      return { sql: "TRUE", params: {} };
    case Role.BUYER:
      return { sql: `${alias}.buyer_id = :oScope`, params: { oScope: u.buyerId } };
    case Role.COORDINATOR:
      return { sql: `${alias}.buyer_id IN (SELECT id FROM buyer WHERE east_region_id IN ${subtree})`, params: { oScope: u.regionId } };
    case Role.COUNTY_OFFICIAL:
      return { sql: `${alias}.id IN (SELECT os.order_id FROM sub_order os WHERE os.west_county_id IN ${subtree})`, params: { oScope: u.regionId } };
    default:
      return { sql: "FALSE", params: {} };
  }
}
