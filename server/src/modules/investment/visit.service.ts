import type { RequestContext } from "../../shared/context";
import { badInput } from "../../shared/errors";
import type { Page } from "../../shared/pagination";
import { findInScope } from "../../shared/scoped";
import { recordAudit } from "../audit/audit.service";
import { enterpriseScope } from "../enterprises/enterprise.service";
import { projectScope, visitScope } from "./investment.scope";
import { InvestmentProject } from "./project.entity";
import { recordedDate } from "../../shared/dates";
import { SiteVisit, SiteVisitCounty, SiteVisitEnterprise, SiteVisitProject } from "./visit.entity";
import type { RecordSiteVisitInput, SiteVisitFilter, SiteVisitTotals } from "./visit.inputs";
import { UUID } from "../../shared/sql";
import { eastRegionOrOwn } from "../regions/region.service";
import { westCountiesInReach } from "../pairings/pairing.service";
import { msg } from "../../shared/messages";

export const getSiteVisit = (ctx: RequestContext, id: string) =>
  findInScope(ctx, SiteVisit, "v", visitScope(ctx), id, msg("考察", "Site visit"));

function filtered(ctx: RequestContext, filter: SiteVisitFilter | undefined) {
  const { sql, params } = visitScope(ctx);
  const qb = ctx.manager.getRepository(SiteVisit).createQueryBuilder("v").where(sql, params);
  if (filter?.year)
    qb.andWhere("v.visited_on >= :vf AND v.visited_on < :vt", {
      vf: `${filter.year}-01-01`,
      vt: `${filter.year + 1}-01-01`,
    });
  if (filter?.countyId)
    qb.andWhere("v.id IN (SELECT fc.visit_id FROM site_visit_county fc WHERE fc.county_id = :fvc)", {
      fvc: UUID.test(filter.countyId) ? filter.countyId : null,
    });
  if (filter?.enterpriseId)
    qb.andWhere("v.id IN (SELECT fe.visit_id FROM site_visit_enterprise fe WHERE fe.enterprise_id = :fve)", {
      fve: UUID.test(filter.enterpriseId) ? filter.enterpriseId : null,
    });
  return qb;
}

export async function listSiteVisits(
  ctx: RequestContext,
  filter: SiteVisitFilter | undefined,
  offset: number,
  first: number,
): Promise<Page<SiteVisit>> {
  const qb = filtered(ctx, filter).orderBy("v.visited_on", "DESC").addOrderBy("v.seq", "DESC");
  const [nodes, totalCount] = await qb.offset(offset).limit(first).getManyAndCount();
  return { nodes, totalCount, offset, first };
}

/** Batches and enterprises in scope, summed in SQL (the seeds' "65批次306家企业"). */
export async function siteVisitTotals(
  ctx: RequestContext,
  filter: SiteVisitFilter | undefined,
): Promise<SiteVisitTotals> {
  const row = await filtered(ctx, filter)
    .select("COALESCE(SUM(v.batches), 0)::int", "batches")
    .addSelect("COALESCE(SUM(v.enterprise_count), 0)::int", "enterprises")
    .getRawOne();
  return { batches: Number(row.batches), enterprises: Number(row.enterprises) };
}

async function idsInScope(
  ctx: RequestContext,
  table: string,
  alias: string,
  scope: { sql: string; params: Record<string, unknown> },
  ids: string[],
  field: string,
  what: string,
) {
  const unique = [...new Set(ids)];
  if (unique.some((id) => !UUID.test(id))) throw badInput(field, msg(`${what}不存在`, `Unknown ${field}`));
  if (!unique.length) return unique;
  const found = await ctx.manager
    .createQueryBuilder()
    .select(`${alias}.id`, "id")
    .from(table, alias)
    .where(scope.sql, scope.params)
    .andWhere(`${alias}.id IN (:...ids)`, { ids: unique })
    .getRawMany();
  if (found.length !== unique.length)
    throw badInput(field, msg(`${what}不存在或不在您的辖区`, "Unknown or outside your scope"));
  return unique;
}

/** 考察对接: a coordinator records a delegation's visit (enterprises in its scope, west counties). */
export async function recordSiteVisit(ctx: RequestContext, input: RecordSiteVisitInput): Promise<SiteVisit> {
  const u = ctx.user!;
  const region = await eastRegionOrOwn(
    ctx,
    input.eastRegionId,
    "eastRegionId",
    msg("请选择组织地区", "Choose the organising region"),
  );
  const visitedOn = recordedDate(input.visitedOn, "visitedOn");
  if (input.countyIds.length === 0) throw badInput("countyIds", msg("请选择考察的县", "Choose the counties visited"));
  const countyIds = await westCountiesInReach(ctx, input.countyIds, "countyIds");
  const enterpriseIds = await idsInScope(
    ctx,
    "enterprise",
    "e",
    enterpriseScope(ctx, "e"),
    input.enterpriseIds,
    "enterpriseIds",
    "企业",
  );
  const projectIds = await idsInScope(
    ctx,
    "investment_project",
    "p",
    projectScope(ctx, "p"),
    input.projectIds ?? [],
    "projectIds",
    "项目",
  );
  const enterpriseCount = input.enterpriseCount ?? enterpriseIds.length;
  if (enterpriseCount < enterpriseIds.length)
    throw badInput("enterpriseCount", msg("企业数不能少于所列企业", "At least the enterprises listed"));
  if (projectIds.length) {
    const outside = await ctx.manager
      .getRepository(InvestmentProject)
      .createQueryBuilder("p")
      .where("p.id IN (:...ids)", { ids: projectIds })
      .andWhere("p.county_id NOT IN (:...cs)", { cs: countyIds })
      .getCount();
    if (outside) throw badInput("projectIds", msg("项目须在所考察的县", "Projects must be in the counties visited"));
  }
  const visit = await ctx.manager.getRepository(SiteVisit).save(
    Object.assign(new SiteVisit(), {
      eastRegionId: region.id,
      delegation: input.delegation.trim(),
      visitedOn,
      batches: input.batches,
      enterpriseCount,
      note: input.note?.trim() || null,
      recordedById: u.id || null,
    }),
  );
  if (enterpriseIds.length)
    await ctx.manager
      .getRepository(SiteVisitEnterprise)
      .insert(enterpriseIds.map((enterpriseId) => ({ visitId: visit.id, enterpriseId })));
  await ctx.manager
    .getRepository(SiteVisitCounty)
    .insert(countyIds.map((countyId) => ({ visitId: visit.id, countyId })));
  if (projectIds.length)
    await ctx.manager
      .getRepository(SiteVisitProject)
      .insert(projectIds.map((projectId) => ({ visitId: visit.id, projectId })));
  await recordAudit(ctx, {
    action: "SITE_VISIT_RECORDED",
    entityType: "SiteVisit",
    entityId: visit.id,
    change: {
      delegation: visit.delegation,
      visitedOn,
      batches: input.batches,
      enterpriseCount,
      enterpriseIds,
      countyIds,
      projectIds,
    },
  });
  return ctx.manager.getRepository(SiteVisit).findOneByOrFail({ id: visit.id });
}
