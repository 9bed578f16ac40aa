import { Role } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";
import { cond, EVERY_ROW, scopeByRole, type Scope } from "../../shared/scoped";
import { auditRecordsWithin } from "../audit/audit.service";
import { pairingIdsInScope } from "../pairings/pairing.service";
import { inSubtree } from "../regions/region.service";

/**
 * Row scope of unit pairs (结对帮扶) on alias `alias`: admins all; a coordinator the pairs of the
 * pairings whose east side lies in its region subtree (Qingdao sees Jiaozhou's, Jiaozhou only its
 * own); a county official the pairs whose west unit lies in its county, under whichever pairing;
 * buyers and enterprises none. Everyone who sees a pair may end it, withdraw it or move its date
 * (both sides keep the record; there is no confirmation step, see docs/indicators.md).
 */
export const unitPairScope = (ctx: RequestContext, alias = "up"): Scope =>
  scopeByRole(ctx, {
    [Role.ADMIN]: () => EVERY_ROW,
    [Role.COORDINATOR]: () => cond`${alias}.pairing_id IN ${pairingIdsInScope(ctx)}`,
    [Role.COUNTY_OFFICIAL]: (u) => inSubtree(`${alias}.county_id`, u.regionId),
  });

/** A county official reads the history of its county's pairs (audit.service.ts). */
auditRecordsWithin.add({
  entityType: "UnitPair",
  idsWithin: (regionId) => cond`(SELECT aup.id::text FROM unit_pair aup WHERE ${inSubtree("aup.county_id", regionId)})`,
});
