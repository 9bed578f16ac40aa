import { Role } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";
import { cond, EVERY_ROW, scopeByRole, type Scope } from "../../shared/scoped";
import { pairingIdsInScope } from "../pairings/pairing.service";
import { inSubtree } from "../regions/region.service";
import { auditRecordsWithin } from "../audit/audit.service";

/**
 * Row scope of fiscal aid projects (alias `f`): admins all; a coordinator the projects of the
 * pairings in its scope (east side in its region's subtree: 青岛 sees 青岛's and 胶州's, 胶州 only its
 * own); a county official the projects in its county; buyers and enterprises none. Transactions and
 * progress reports are read through their project. A single project outside the scope is NOT_FOUND;
 * one the caller sees but may not change in that way (a county official allocating) is FORBIDDEN.
 */
export const fiscalProjectScope = (ctx: RequestContext, alias = "f"): Scope =>
  scopeByRole(ctx, {
    [Role.ADMIN]: () => EVERY_ROW,
    [Role.COORDINATOR]: () => cond`${alias}.pairing_id IN ${pairingIdsInScope(ctx)}`,
    [Role.COUNTY_OFFICIAL]: (u) => inSubtree(`${alias}.county_id`, u.regionId),
  });

// A county official reads the history (操作日志) of its county's projects, whoever made the change.
auditRecordsWithin.add({
  entityType: "FiscalProject",
  idsWithin: (regionId) =>
    cond`(SELECT ar.id::text FROM fiscal_project ar WHERE ${inSubtree("ar.county_id", regionId)})`,
});
