import { Role } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";
import { scopedRowsById } from "../../shared/loaders";
import { extensionPoint } from "../../shared/port";
import { readableThrough, type Reference, type Scope } from "../../shared/scoped";
import { Enterprise } from "./enterprise.entity";
import { enterpriseScope } from "./enterprise.service";
import { auditNames, namesThrough } from "../audit/audit.readable";

/**
 * The enterprises a caller may read (`enterprise(id)` and every relation that leads to one): those
 * in its scope (`enterpriseScope`: what it manages and lists), and those named on a record it may
 * read — a lead's or project's enterprise, a job posting's employer (coordinators and county
 * officials see every posting, and placements name their posting's employer). So a relation from
 * a visible row never shows an enterprise that `enterprise(id)` refuses (issue 8, "Scope holds
 * through every path"); those modules add the records to `enterpriseReferences`. Writes keep
 * `enterpriseScope`.
 */
export function enterpriseReadScope(ctx: RequestContext, alias = "e"): Scope {
  const base = enterpriseScope(ctx, alias);
  if (!ctx.user || ctx.user.role === Role.ADMIN) return base;
  return readableThrough(ctx, alias, base, enterpriseReferences.all());
}

/** Records that make an enterprise readable to whoever may read them (investment: leads and projects; labour: job postings). */
export const enterpriseReferences = extensionPoint<Reference>("enterpriseReferences");

/** Enterprises by id within `enterpriseReadScope` (null outside it): for every relation to an enterprise. */
export const visibleEnterpriseById = scopedRowsById(Enterprise, "e", enterpriseReadScope);

/** Audit names: enterprises the reader may read. */
auditNames.add({
  refType: "Enterprise",
  fields: ["enterpriseId", "enterpriseIds"],
  names: namesThrough(visibleEnterpriseById, (e) => e.name),
});
