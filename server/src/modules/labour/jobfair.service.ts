import type { RequestContext } from "../../shared/context";
import { notInFuture } from "../../shared/dates";
import { badInput } from "../../shared/errors";
import type { Page } from "../../shared/pagination";
import { recordAudit } from "../audit/audit.service";
import { enterpriseExists } from "../enterprises/enterprise.service";
import { eastRegionInReach, inSubtree } from "../regions/region.service";
import { andWhere, cond, param } from "../../shared/scoped";
import { countyRecordScope } from "./labour.scope";
import { JobFair, JobFairEmployer } from "./jobfair.entity";
import type { JobFairFilter, RecordJobFairInput } from "./jobfair.inputs";
import { countyForWrite } from "./worker.service";
import { msg } from "../../shared/messages";

/** 专场招聘: records a held fair with its employers, attendance and offers (offers ≤ attendance). */
export async function recordJobFair(ctx: RequestContext, input: RecordJobFairInput): Promise<JobFair> {
  const county = await countyForWrite(ctx, input.countyId, true);
  const east = await eastRegionInReach(ctx, input.eastRegionId, "eastRegionId");
  const name = input.name.trim();
  const venue = input.venue.trim();
  if (!name) throw badInput("name", msg("请输入名称", "Enter the name"));
  if (!venue) throw badInput("venue", msg("请输入地点", "Enter the venue"));
  notInFuture(input.heldOn, "heldOn", msg("只记录已举办的招聘会", "Record a fair once it has been held"));
  if (!Number.isInteger(input.attendance) || input.attendance < 0)
    throw badInput("attendance", msg("人数须为非负整数", "Must be a whole number ≥ 0"));
  if (!Number.isInteger(input.offers) || input.offers < 0)
    throw badInput("offers", msg("人数须为非负整数", "Must be a whole number ≥ 0"));
  if (input.offers > input.attendance)
    throw badInput("offers", msg("达成意向人数不能多于到场人数", "Offers cannot exceed attendance"));
  const enterpriseIds = [...new Set(input.enterpriseIds)];
  if (!enterpriseIds.length) throw badInput("enterpriseIds", msg("请选择参会企业", "Name the employers attending"));
  for (const id of enterpriseIds)
    if (!(await enterpriseExists(ctx, id))) throw badInput("enterpriseIds", msg("企业不存在", "Unknown enterprise"));
  const repo = ctx.manager.getRepository(JobFair);
  const { identifiers } = await repo.insert({
    name,
    heldOn: input.heldOn,
    venue,
    countyId: county.id,
    eastRegionId: east.id,
    attendance: input.attendance,
    offers: input.offers,
    createdById: ctx.user?.id || null,
  });
  const id = identifiers[0].id as string;
  await ctx.manager
    .getRepository(JobFairEmployer)
    .insert(enterpriseIds.map((enterpriseId) => ({ fairId: id, enterpriseId })));
  await recordAudit(ctx, {
    action: "JOB_FAIR_RECORDED",
    entityType: "JobFair",
    entityId: id,
    change: {
      name,
      heldOn: input.heldOn,
      county: county.code,
      east: east.code,
      employers: enterpriseIds.length,
      attendance: input.attendance,
      offers: input.offers,
    },
  });
  return repo.findOneByOrFail({ id });
}

/** Officials and coordinators by county scope; an employer the fairs it attended. */
export async function listJobFairs(
  ctx: RequestContext,
  filter: JobFairFilter | undefined,
  offset: number,
  first: number,
): Promise<Page<JobFair>> {
  const { sql, params } = countyRecordScope(
    ctx,
    "f",
    cond`f.id IN (SELECT fe.fair_id FROM job_fair_employer fe WHERE fe.enterprise_id = ${param(ctx.user?.enterpriseId ?? null)})`,
  );
  const qb = ctx.manager.getRepository(JobFair).createQueryBuilder("f").where(sql, params);
  if (filter?.countyId) andWhere(qb, inSubtree("f.county_id", filter.countyId));
  if (filter?.year)
    qb.andWhere("f.held_on >= :yf AND f.held_on < :yt", { yf: `${filter.year}-01-01`, yt: `${filter.year + 1}-01-01` });
  qb.orderBy("f.held_on", "DESC").addOrderBy("f.id", "ASC");
  const [nodes, totalCount] = await qb.offset(offset).limit(first).getManyAndCount();
  return { nodes, totalCount, offset, first };
}
