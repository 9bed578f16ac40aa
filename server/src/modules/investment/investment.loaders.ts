import DataLoader from "dataloader";
import { In, type EntityTarget, type ObjectLiteral } from "typeorm";
import type { RequestContext } from "../../shared/context";
import { leadScope, projectScope, visitScope } from "./investment.scope";
import { InvestmentLead, InvestmentLeadCounty, LeadInterest } from "./lead.entity";
import { FundTranche, InvestmentProject, ProjectOutcomeReport, ProjectStageEvent } from "./project.entity";
import { SiteVisit, SiteVisitCounty, SiteVisitEnterprise, SiteVisitProject } from "./visit.entity";
import { scopedRowsById } from "../../shared/loaders";
import { auditNames, namesThrough } from "../audit/audit.readable";

/** A loader of the rows of `entity` whose `key` property is one of the keys, grouped by it, in `order`. */
function groupedBy<T extends ObjectLiteral>(
  ctx: RequestContext,
  entity: EntityTarget<T>,
  key: keyof T & string,
  order: Record<string, "ASC" | "DESC">,
) {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await ctx.manager
      .getRepository(entity)
      .find({ where: { [key]: In([...keys]) } as never, order: order as never });
    const map = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const r of rows) map.get(r[key] as string)?.push(r);
    return keys.map((k) => map.get(k)!);
  });
}

/** Leads by id within leadScope (null outside it): a project's lead (a county official sees the leads of its county's projects). */
export const leadById = scopedRowsById(InvestmentLead, "l", leadScope);

export const leadCountiesByLead = (ctx: RequestContext) =>
  groupedBy(ctx, InvestmentLeadCounty, "leadId", { countyId: "ASC" });
export const interestsByLead = (ctx: RequestContext) => groupedBy(ctx, LeadInterest, "leadId", { createdAt: "ASC" });
export const eventsByProject = (ctx: RequestContext) =>
  groupedBy(ctx, ProjectStageEvent, "projectId", { occurredOn: "ASC", seq: "ASC" });
export const tranchesByProject = (ctx: RequestContext) =>
  groupedBy(ctx, FundTranche, "projectId", { receivedOn: "ASC", seq: "ASC" });
export const outcomesByProject = (ctx: RequestContext) =>
  groupedBy(ctx, ProjectOutcomeReport, "projectId", { reportedOn: "ASC", seq: "ASC" });
export const visitEnterprisesByVisit = (ctx: RequestContext) =>
  groupedBy(ctx, SiteVisitEnterprise, "visitId", { enterpriseId: "ASC" });
export const visitCountiesByVisit = (ctx: RequestContext) =>
  groupedBy(ctx, SiteVisitCounty, "visitId", { countyId: "ASC" });
export const visitProjectsByVisit = (ctx: RequestContext) =>
  groupedBy(ctx, SiteVisitProject, "visitId", { projectId: "ASC" });
export const visitLinksByProject = (ctx: RequestContext) =>
  groupedBy(ctx, SiteVisitProject, "projectId", { visitId: "ASC" });

/** Site visits by id within the caller's visit scope (a project's visits: not every visit about a visible project is visible). */
export const visibleVisitById = scopedRowsById(SiteVisit, "v", visitScope);

/** A lead's projects, within the caller's project scope (a county official sees its own county's). */
export function projectsByLead(ctx: RequestContext) {
  return new DataLoader<string, InvestmentProject[]>(async (leadIds) => {
    const { sql, params } = projectScope(ctx, "p");
    const rows = await ctx.manager
      .getRepository(InvestmentProject)
      .createQueryBuilder("p")
      .where(sql, params)
      .andWhere("p.lead_id IN (:...leadIds)", { leadIds: [...leadIds] })
      .orderBy("p.seq", "ASC")
      .getMany();
    return leadIds.map((id) => rows.filter((r) => r.leadId === id));
  });
}

/** Projects by id within the caller's scope (a visit's projects). */
export function visibleProjectById(ctx: RequestContext) {
  return new DataLoader<string, InvestmentProject | null>(async (ids) => {
    const { sql, params } = projectScope(ctx, "p");
    const rows = await ctx.manager
      .getRepository(InvestmentProject)
      .createQueryBuilder("p")
      .where(sql, params)
      .andWhere("p.id IN (:...ids)", { ids: [...ids] })
      .getMany();
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** The found values of a loadMany, dropping misses. */
export const present = <T>(xs: (T | null | Error)[]) => xs.filter((x): x is T => x != null && !(x instanceof Error));

/** Audit names: leads, projects and visits the reader may read. */
auditNames.add({ refType: "InvestmentLead", fields: ["leadId"], names: namesThrough(leadById, (l) => l.title) });
auditNames.add({
  refType: "InvestmentProject",
  fields: ["projectId", "projectIds"],
  names: namesThrough(visibleProjectById, (p) => p.name),
});
auditNames.add({
  refType: "SiteVisit",
  fields: ["visitId"],
  names: namesThrough(visibleVisitById, (v) => v.delegation),
});
