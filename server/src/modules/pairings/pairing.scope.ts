import { Role } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";
import { cond, EVERY_ROW, scopeByRole, type Scope } from "../../shared/scoped";
import { enclosing, inSubtree, inSubtreeOfAny } from "../regions/region.service";

/**
 * Row scope of pairings as a SQL condition on alias `p`: admins see all; a coordinator the
 * pairings whose east side lies in its region's subtree; a county official those whose west side
 * lies in its county; everyone else none. For raw SQL: `positional(pairingScope(ctx, "p"), n)`.
 */
export const pairingScope = (ctx: RequestContext, alias = "p"): Scope =>
  scopeByRole(ctx, {
    [Role.ADMIN]: () => EVERY_ROW,
    [Role.COORDINATOR]: (u) => inSubtree(`${alias}.east_region_id`, u.regionId),
    [Role.COUNTY_OFFICIAL]: (u) => inSubtree(`${alias}.west_region_id`, u.regionId),
  });

/**
 * `column` is a west region (a county) paired with an east region in the subtree of
 * `eastRegionId`, or lies below one (a pairing with 安顺 covers 镇宁): a coordinator's reach, the
 * same in every module's scope (suppliers, labour records) and in `checkCountiesInReach`.
 */
export function inCountiesPairedWith(column: string, eastRegionId: string | null | undefined): Scope {
  return inSubtreeOfAny(column, cond`SELECT pr.west_region_id FROM pairing pr WHERE ${inSubtree("pr.east_region_id", eastRegionId)}`);
}

/**
 * `column` lies in the subtree of an east region paired with `westRegionId` or a region above it:
 * a county official's partners at any level (镇宁 reaches 胶州 through 胶州–镇宁 and 青岛's
 * districts through 青岛–安顺).
 */
export function inEastRegionsPairedWith(column: string, westRegionId: string | null | undefined): Scope {
  return inSubtreeOfAny(column, cond`SELECT pr.east_region_id FROM pairing pr WHERE ${enclosing("pr.west_region_id", westRegionId)}`);
}
