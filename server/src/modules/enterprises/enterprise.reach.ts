import { Role } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";
import { scopedRowsById } from "../../shared/loaders";
import type { Scope } from "../../shared/scoped";
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
  const l = leadScope(ctx, "rl");
  const p = projectScope(ctx, "rp");
  const j = postingScope(ctx, "rj");
  return {
    sql: `(${base.sql}
      OR ${alias}.id IN (SELECT rl.enterprise_id FROM investment_lead rl WHERE ${l.sql})
      OR ${alias}.id IN (SELECT rp.enterprise_id FROM investment_project rp WHERE ${p.sql})
      OR ${alias}.id IN (SELECT rj.enterprise_id FROM job_posting rj WHERE ${j.sql}))`,
    params: { ...base.params, ...l.params, ...p.params, ...j.params },
  };
}

/** Enterprises by id within `enterpriseReadScope` (null outside it): for every relation to an enterprise. */
export const visibleEnterpriseById = scopedRowsById(Enterprise, "e", enterpriseReadScope);
