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
 * The row scope every labour record shares, on alias `alias` with a `county_id` column (the west
 * county it belongs to): admins all; a county official its county's; a coordinator those of the
 * counties paired with its region subtree; an enterprise what `forEnterprise` says (none when
 * null); buyers none. `param` names the SQL parameter, unique per query.
 */
export function countyScope(ctx: RequestContext, alias: string, param: string, forEnterprise: Scope | null): Scope {
  const u = ctx.user;
  if (!u) return { sql: "FALSE", params: {} };
  switch (u.role) {
    case Role.ADMIN:
      return { sql: "TRUE", params: {} };
    case Role.COUNTY_OFFICIAL:
      return { sql: `${alias}.county_id IN ${SUBTREE(param)}`, params: { [param]: u.regionId } };
    case Role.COORDINATOR:
      return { sql: `${alias}.county_id IN ${PAIRED_COUNTIES(param)}`, params: { [param]: u.regionId } };
    case Role.ENTERPRISE:
      return forEnterprise ?? { sql: "FALSE", params: {} };
    default:
      return { sql: "FALSE", params: {} };
  }
}

/**
 * Row scope of workers (劳动力) on alias `w`: an employer sees only workers whose consent to share
 * their data stands. The others of `countyScope` (admins, the worker's county official, coordinators
 * paired with the county) are also exactly who may read the unmasked numbers (`revealWorkerIdentity`).
 */
export const workerScope = (ctx: RequestContext, alias = "w"): Scope => countyScope(ctx, alias, "wScope", { sql: CONSENTED(alias), params: {} });

/** Trainings, workshops and job fairs: `countyScope`; employers none unless `forEnterprise` says. */
export const countyRecordScope = (ctx: RequestContext, alias: string, forEnterprise: Scope | null = null): Scope =>
  countyScope(ctx, alias, "cScope", forEnterprise);
