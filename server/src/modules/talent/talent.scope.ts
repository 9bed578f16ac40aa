import { Role } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";
import { cond, EVERY_ROW, scopeByRole, type Scope } from "../../shared/scoped";
import { inSubtree } from "../regions/region.service";
import { auditRecordsWithin } from "../audit/audit.service";

/**
 * Row scope of postings (alias `t`): admins all; a coordinator those whose east side lies in its
 * region subtree (青岛 sees 青岛's and 胶州's, 胶州 only its own); a county official those of its
 * county, sent and received. Buyers and enterprises none.
 */
export const postingScope = (ctx: RequestContext, alias = "t"): Scope =>
  scopeByRole(ctx, {
    [Role.ADMIN]: () => EVERY_ROW,
    [Role.COORDINATOR]: (u) => inSubtree(`${alias}.east_region_id`, u.regionId),
    [Role.COUNTY_OFFICIAL]: (u) => inSubtree(`${alias}.county_id`, u.regionId),
  });

/** A person is seen by whoever sees one of their postings (withdrawn ones too: the record stays). */
export const personScope = (ctx: RequestContext, alias = "tp"): Scope =>
  ctx.user?.role === Role.ADMIN
    ? EVERY_ROW
    : cond`${alias}.id IN (SELECT ps.person_id FROM talent_posting ps WHERE ${postingScope(ctx, "ps")})`;

/**
 * The postings a caller may change, within `postingScope`: coordinators and admins any; a county
 * official only the RECEIVED ones (its county's people it sends east); SENT ones are the east
 * side's record (FORBIDDEN).
 */
export const writablePostingScope = (ctx: RequestContext, alias = "t"): Scope =>
  ctx.user?.role === Role.COUNTY_OFFICIAL
    ? cond`(${postingScope(ctx, alias)} AND ${alias}.direction = 'RECEIVED')`
    : postingScope(ctx, alias);

/** A county official reads the history of its county's postings and people (audit.service.ts). */
auditRecordsWithin.add({
  entityType: "TalentPosting",
  idsWithin: (regionId) =>
    cond`(SELECT ar.id::text FROM talent_posting ar WHERE ${inSubtree("ar.county_id", regionId)})`,
});
auditRecordsWithin.add({
  entityType: "TalentPerson",
  idsWithin: (regionId) =>
    cond`(SELECT ar.person_id::text FROM talent_posting ar WHERE ${inSubtree("ar.county_id", regionId)})`,
});
