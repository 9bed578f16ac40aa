import { Role } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";

export type Scope = { sql: string; params: Record<string, unknown> };

export const SUBTREE = (param: string) => `(SELECT descendant_id FROM region_closure WHERE ancestor_id = :${param})`;

/** West counties paired with a region in the subtree of `:param` (a coordinator's reach). */
export const PAIRED_COUNTIES = (param: string) =>
  `(SELECT cw.descendant_id FROM pairing lp JOIN region_closure cw ON cw.ancestor_id = lp.west_region_id
     WHERE lp.east_region_id IN ${SUBTREE(param)})`;

/** Consent stands (given, not withdrawn): the only workers an employer may see. */
export const CONSENTED = (alias: string) => `(${alias}.consent_given_on IS NOT NULL AND ${alias}.consent_withdrawn_on IS NULL)`;

/**
 * Row scope of workers (劳动力) on alias `w`. Admins all; a county official its county's; a
 * coordinator those of the counties paired with its region subtree; an enterprise only workers
 * whose consent to share their data stands; buyers none. The first three are also exactly who
 * may read a worker's unmasked ID and phone numbers (`revealWorkerIdentity`).
 */
export function workerScope(ctx: RequestContext, alias = "w"): Scope {
  const u = ctx.user;
  if (!u) return { sql: "FALSE", params: {} };
  switch (u.role) {
    case Role.ADMIN:
      return { sql: "TRUE", params: {} };
    case Role.COUNTY_OFFICIAL:
      return { sql: `${alias}.county_id IN ${SUBTREE("wScope")}`, params: { wScope: u.regionId } };
    case Role.COORDINATOR:
      return { sql: `${alias}.county_id IN ${PAIRED_COUNTIES("wScope")}`, params: { wScope: u.regionId } };
    case Role.ENTERPRISE:
      return { sql: CONSENTED(alias), params: {} };
    default:
      return { sql: "FALSE", params: {} };
  }
}

/**
 * Row scope of county records (trainings, workshops, job fairs) on alias `alias` with a
 * `county_id` column: admins all; a county official its own; a coordinator its paired counties';
 * others (employers, buyers) none unless `forEnterprise` gives their condition.
 */
export function countyRecordScope(ctx: RequestContext, alias: string, forEnterprise: Scope | null = null): Scope {
  const u = ctx.user;
  if (!u) return { sql: "FALSE", params: {} };
  switch (u.role) {
    case Role.ADMIN:
      return { sql: "TRUE", params: {} };
    case Role.COUNTY_OFFICIAL:
      return { sql: `${alias}.county_id IN ${SUBTREE("cScope")}`, params: { cScope: u.regionId } };
    case Role.COORDINATOR:
      return { sql: `${alias}.county_id IN ${PAIRED_COUNTIES("cScope")}`, params: { cScope: u.regionId } };
    case Role.ENTERPRISE:
      return forEnterprise ?? { sql: "FALSE", params: {} };
    default:
      return { sql: "FALSE", params: {} };
  }
}
