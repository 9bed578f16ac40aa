import { Role } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";
import { cond, EVERY_ROW, scopeByRole, type Scope } from "../../shared/scoped";
import { auditRecordsWithin } from "../audit/audit.service";
import { pairingIdsInScope } from "../pairings/pairing.service";
import { inSubtree } from "../regions/region.service";

/**
 * Row scope of donations (alias `d`): admins all; a coordinator those counted for the pairings of
 * its region subtree (青岛 sees Jiaozhou's, 胶州 only its own); a county official those received by
 * its county (whichever pairing they count for: a Qingdao donation to 镇宁 counts for 青岛–安顺,
 * which the county official does not see, but the donation is its county's); other roles none.
 * Outside the scope a donation is NOT_FOUND (reads and reversals alike).
 */
export const donationScope = (ctx: RequestContext, alias = "d"): Scope =>
  scopeByRole(ctx, {
    [Role.ADMIN]: () => EVERY_ROW,
    [Role.COORDINATOR]: () => cond`${alias}.pairing_id IN ${pairingIdsInScope(ctx)}`,
    [Role.COUNTY_OFFICIAL]: (u) => inSubtree(`${alias}.county_id`, u.regionId),
  });

/** A county official reads the history of its county's donations (audit.service.ts). */
auditRecordsWithin.add({
  entityType: "Donation",
  idsWithin: (regionId) => cond`(SELECT ad.id::text FROM donation ad WHERE ${inSubtree("ad.county_id", regionId)})`,
});
