import { Role } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";
import { scopedRowsById } from "../../shared/loaders";
import { anyOf, cond, type Scope } from "../../shared/scoped";
import { leadScope, projectScope } from "../investment/investment.scope";
import { postingScope } from "../labour/posting.service";
import { Enterprise } from "./enterprise.entity";
import { enterpriseScope } from "./enterprise.service";

/**
 * The enterprises a caller may read (`enterprise(id)` and every relation that leads to one): those
 * in its scope (`enterpriseScope`: what it manages and lists), and those named on a record it may
 * read — a lead's or project's enterprise, a job posting's employer (coordinators and county
 * officials see every posting, and placements name their posting's employer). So a relation from
 * a visible row never shows an enterprise that `enterprise(id)` refuses (issue 8, "Scope holds
 * through every path"). Writes keep `enterpriseScope`. Kept apart from enterprise.service because
 * the investment and labour scopes themselves build on `enterpriseScope`.
 */
export function enterpriseReadScope(ctx: RequestContext, alias = "e"): Scope {
  const base = enterpriseScope(ctx, alias);
  if (!ctx.user || ctx.user.role === Role.ADMIN) return base;
  return anyOf(
    base,
    cond`${alias}.id IN (SELECT rl.enterprise_id FROM investment_lead rl WHERE ${leadScope(ctx, "rl")})`,
    cond`${alias}.id IN (SELECT rp.enterprise_id FROM investment_project rp WHERE ${projectScope(ctx, "rp")})`,
    cond`${alias}.id IN (SELECT rj.enterprise_id FROM job_posting rj WHERE ${postingScope(ctx, "rj")})`,
  );
}

/** Enterprises by id within `enterpriseReadScope` (null outside it): for every relation to an enterprise. */
export const visibleEnterpriseById = scopedRowsById(Enterprise, "e", enterpriseReadScope);
