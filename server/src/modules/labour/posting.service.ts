import { Role } from "../../shared/auth";
import { loader, type RequestContext } from "../../shared/context";
import { today } from "../../shared/dates";
import { badInput, forbidden } from "../../shared/errors";
import { formatFen } from "../../shared/money";
import type { Page } from "../../shared/pagination";
import { recordAudit } from "../audit/audit.service";
import { enterpriseReferences } from "../enterprises/enterprise.reach";
import { getEnterprise } from "../enterprises/enterprise.service";
import { andWhere, cond, EVERY_ROW, findInScope, param, type Scope, scopeByRole } from "../../shared/scoped";
import { JobPosting } from "./posting.entity";
import type { CreateJobPostingInput, JobPostingFilter } from "./posting.inputs";
import { postingById } from "./posting.loaders";
import { UUID } from "../../shared/sql";
import { scopedRowsById } from "../../shared/loaders";
import { eastRegionInReach, inSubtree } from "../regions/region.service";
import { auditNames, namesThrough } from "../audit/audit.readable";
import { msg } from "../../shared/messages";

/**
 * Row scope of job postings on alias `j`: an enterprise user its own enterprise's; county
 * officials, coordinators and admins every posting (jobs are offered to all partner counties;
 * nothing personal is in them); buyers none.
 */
export const postingScope = (ctx: RequestContext, alias = "j"): Scope =>
  scopeByRole(ctx, {
    [Role.ADMIN]: () => EVERY_ROW,
    [Role.COORDINATOR]: () => EVERY_ROW,
    [Role.COUNTY_OFFICIAL]: () => EVERY_ROW,
    [Role.ENTERPRISE]: (u) => cond`${alias}.enterprise_id = ${param(u.enterpriseId)}`,
  });

// Whoever may read a job posting may read its employer (placements name their posting's employer).
enterpriseReferences.add((ctx) => cond`(SELECT rj.enterprise_id FROM job_posting rj WHERE ${postingScope(ctx, "rj")})`);

/** Job postings by id within postingScope (null outside it): a placement's posting. */
export const visiblePostingById = scopedRowsById(JobPosting, "j", postingScope);

/** 发布岗位: an employer (or a coordinator for one) posts a job in an east region. */
export async function createJobPosting(ctx: RequestContext, input: CreateJobPostingInput): Promise<JobPosting> {
  const u = ctx.user!;
  const enterpriseId = u.role === Role.ENTERPRISE ? u.enterpriseId : input.enterpriseId;
  if (u.role === Role.ENTERPRISE && input.enterpriseId && input.enterpriseId !== u.enterpriseId) throw forbidden();
  if (!enterpriseId) throw badInput("enterpriseId", msg("请选择企业", "Choose the enterprise"));
  // Scoped: an enterprise user its own; a coordinator the enterprises of its region; admins any.
  const enterprise = await getEnterprise(ctx, enterpriseId, "enterpriseId");
  const position = input.position.trim();
  if (!position) throw badInput("position", msg("请输入岗位名称", "Enter the position"));
  if (!Number.isInteger(input.places) || input.places < 1)
    throw badInput("places", msg("招聘人数须为正整数", "Places must be a whole number ≥ 1"));
  if (input.places > 100_000) throw badInput("places", msg("招聘人数过多", "Too many places"));
  if (input.wageMin <= 0) throw badInput("wageMin", msg("工资须大于零", "The wage must be positive"));
  if (input.wageMin > input.wageMax)
    throw badInput("wageMax", msg("最高工资不能低于最低工资", "The maximum wage is below the minimum"));
  const location = await eastRegionInReach(
    ctx,
    input.locationRegionId,
    "locationRegionId",
    msg("工作地点须在东部协作地区", "The job must be in an east region"),
  );
  if (input.closesOn && input.closesOn < input.opensOn)
    throw badInput("closesOn", msg("截止日期早于开始日期", "Closes before it opens"));
  if (input.closesOn && input.closesOn < today())
    throw badInput("closesOn", msg("截止日期已过", "The closing date has passed"));

  const repo = ctx.manager.getRepository(JobPosting);
  const { identifiers } = await repo.insert({
    enterpriseId: enterprise.id,
    position,
    places: input.places,
    filled: 0,
    wageMin: input.wageMin,
    wageMax: input.wageMax,
    locationRegionId: location.id,
    housing: input.housing,
    opensOn: input.opensOn,
    closesOn: input.closesOn ?? null,
    description: input.description?.trim() || null,
    createdById: u.id || null,
  });
  const id = identifiers[0].id as string;
  await recordAudit(ctx, {
    action: "JOB_POSTING_CREATED",
    entityType: "JobPosting",
    entityId: id,
    change: {
      enterpriseId: enterprise.id,
      position,
      places: input.places,
      wage: `${formatFen(input.wageMin)}–${formatFen(input.wageMax)}`,
      location: location.code,
      opensOn: input.opensOn,
      closesOn: input.closesOn ?? null,
    },
  });
  return repo.findOneByOrFail({ id });
}

export async function listJobPostings(
  ctx: RequestContext,
  filter: JobPostingFilter | undefined,
  offset: number,
  first: number,
): Promise<Page<JobPosting>> {
  const { sql, params } = postingScope(ctx);
  const qb = ctx.manager.getRepository(JobPosting).createQueryBuilder("j").where(sql, params);
  const id = (v: string) => (UUID.test(v) ? v : null);
  if (filter?.locationRegionId) andWhere(qb, inSubtree("j.location_region_id", filter.locationRegionId));
  if (filter?.enterpriseId) qb.andWhere("j.enterprise_id = :fe", { fe: id(filter.enterpriseId) });
  if (filter?.housing) qb.andWhere("j.housing = :fh", { fh: filter.housing });
  if (filter?.openOn)
    qb.andWhere("j.opens_on <= :fo AND (j.closes_on IS NULL OR j.closes_on >= :fo)", { fo: filter.openOn });
  if (filter?.hasPlacesLeft) qb.andWhere("j.filled < j.places");
  if (filter?.search?.trim())
    qb.andWhere("j.position LIKE :fs", { fs: `%${filter.search.trim().replace(/[\\%_]/g, (c) => "\\" + c)}%` });
  qb.orderBy("j.opens_on", "DESC").addOrderBy("j.id", "ASC");
  const [nodes, totalCount] = await qb.offset(offset).limit(first).getManyAndCount();
  return { nodes, totalCount, offset, first };
}

/** A posting in the caller's scope; NOT_FOUND otherwise. */
export const getJobPosting = (ctx: RequestContext, id: string, field?: string): Promise<JobPosting> =>
  findInScope(ctx, JobPosting, "j", postingScope(ctx), id, msg("岗位", "Job posting"), field);

export const loadJobPosting = (ctx: RequestContext, id: string) => loader(ctx, postingById).load(id);

/** Audit names: job postings the reader may read. */
auditNames.add({
  refType: "JobPosting",
  fields: ["postingId"],
  names: namesThrough(visiblePostingById, (j) => j.position),
});
