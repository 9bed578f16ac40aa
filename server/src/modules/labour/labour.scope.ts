import { Role } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";
import { cond, EVERY_ROW, NO_ROW, scopeByRole, type Scope } from "../../shared/scoped";
import { inCountiesPairedWith } from "../pairings/pairing.service";
import { inSubtree } from "../regions/region.service";
import { auditRecordsWithin } from "../audit/audit.service";

/** Consent stands (given, not withdrawn): the only workers an employer may see. */
export const CONSENTED = (alias: string): Scope =>
  cond`(${alias}.consent_given_on IS NOT NULL AND ${alias}.consent_withdrawn_on IS NULL)`;

/**
 * The row scope every labour record shares, on alias `alias` with a `county_id` column (the west
 * county it belongs to): admins all; a county official its county's; a coordinator those of the
 * counties paired with its region subtree; an enterprise what `forEnterprise` says (none when
 * null); buyers none.
 */
export const countyScope = (ctx: RequestContext, alias: string, forEnterprise: Scope | null): Scope =>
  scopeByRole(ctx, {
    [Role.ADMIN]: () => EVERY_ROW,
    [Role.COUNTY_OFFICIAL]: (u) => inSubtree(`${alias}.county_id`, u.regionId),
    [Role.COORDINATOR]: (u) => inCountiesPairedWith(`${alias}.county_id`, u.regionId),
    [Role.ENTERPRISE]: () => forEnterprise ?? NO_ROW,
  });

/**
 * Row scope of workers (劳动力) on alias `w`: an employer sees only workers whose consent to share
 * their data stands. The others of `countyScope` (admins, the worker's county official, coordinators
 * paired with the county) are also exactly who may read the unmasked numbers (`revealWorkerIdentity`).
 */
export const workerScope = (ctx: RequestContext, alias = "w"): Scope => countyScope(ctx, alias, CONSENTED(alias));

/** Trainings, workshops and job fairs: `countyScope`; employers none unless `forEnterprise` says. */
export const countyRecordScope = (ctx: RequestContext, alias: string, forEnterprise: Scope | null = null): Scope =>
  countyScope(ctx, alias, forEnterprise);

/** A county official reads the history of its county's labour records (audit.service.ts). */
for (const [entityType, table] of [
  ["Worker", "worker"],
  ["Placement", "placement"],
  ["Workshop", "workshop"],
  ["TrainingSession", "training_session"],
] as const) {
  auditRecordsWithin.add({
    entityType,
    idsWithin: (regionId) => cond`(SELECT ar.id::text FROM ${table} ar WHERE ${inSubtree("ar.county_id", regionId)})`,
  });
}
