import { Role } from "../../shared/auth";
import { loader, type RequestContext } from "../../shared/context";
import { today } from "../../shared/dates";
import { AppError, badInput, conflict, forbidden } from "../../shared/errors";
import { formatFen } from "../../shared/money";
import type { Page } from "../../shared/pagination";
import { recordAudit } from "../audit/audit.service";
import { enterpriseReferences } from "../enterprises/enterprise.reach";
import { getEnterprise } from "../enterprises/enterprise.service";
import { andWhere, cond, EVERY_ROW, findInScope, param, type Scope, scopeByRole } from "../../shared/scoped";
import { JobPosting } from "./posting.entity";
import type { CreateJobPostingInput, JobPostingFilter, UpdateJobPostingInput } from "./posting.inputs";
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
  if (filter?.open === true) qb.andWhere("j.closed_at IS NULL");
  if (filter?.open === false) qb.andWhere("j.closed_at IS NOT NULL");
  if (filter?.search?.trim())
    qb.andWhere("j.position LIKE :fs", { fs: `%${filter.search.trim().replace(/[\\%_]/g, (c) => "\\" + c)}%` });
  qb.orderBy("j.opens_on", "DESC").addOrderBy("j.id", "ASC");
  const [nodes, totalCount] = await qb.offset(offset).limit(first).getManyAndCount();
  return { nodes, totalCount, offset, first };
}

/** A posting in the caller's scope; NOT_FOUND otherwise. */
export const getJobPosting = (ctx: RequestContext, id: string, field?: string): Promise<JobPosting> =>
  findInScope(ctx, JobPosting, "j", postingScope(ctx), id, msg("岗位", "Job posting"), field);

/**
 * A posting the caller may change: NOT_FOUND outside its read scope (another employer's posting for
 * an enterprise user), FORBIDDEN when it may read the posting but does not manage its employer (a
 * coordinator of another region; county officials are refused by role). Locked for the change.
 */
async function managedPosting(ctx: RequestContext, id: string): Promise<JobPosting> {
  const posting = await getJobPosting(ctx, id, "id");
  try {
    await getEnterprise(ctx, posting.enterpriseId);
  } catch (e) {
    if (e instanceof AppError && e.extensions.code === "NOT_FOUND") throw forbidden();
    throw e;
  }
  await ctx.manager.query(`SELECT 1 FROM job_posting WHERE id = $1 FOR UPDATE`, [posting.id]);
  return ctx.manager.getRepository(JobPosting).findOneByOrFail({ id: posting.id });
}

/**
 * 修改岗位: the employer (or its coordinator) corrects a posting. The same checks as a new posting,
 * on the values after the change; places may not drop below the places already filled (CONFLICT
 * would hide who must leave first, so it is BAD_USER_INPUT on `places`). The audit keeps before/after.
 */
export async function updateJobPosting(ctx: RequestContext, input: UpdateJobPostingInput): Promise<JobPosting> {
  const posting = await managedPosting(ctx, input.id);
  const patch: Partial<JobPosting> = {};
  if (input.position != null) {
    const position = input.position.trim();
    if (!position) throw badInput("position", msg("请输入岗位名称", "Enter the position"));
    patch.position = position;
  }
  if (input.places != null) {
    if (!Number.isInteger(input.places) || input.places < 1)
      throw badInput("places", msg("招聘人数须为正整数", "Places must be a whole number ≥ 1"));
    if (input.places > 100_000) throw badInput("places", msg("招聘人数过多", "Too many places"));
    if (input.places < posting.filled)
      throw badInput(
        "places",
        msg(`招聘人数不能少于已安置人数(${posting.filled})`, "Places cannot be fewer than those already filled"),
      );
    patch.places = input.places;
  }
  if (input.wageMin != null) patch.wageMin = input.wageMin;
  if (input.wageMax != null) patch.wageMax = input.wageMax;
  const wageMin = Number(patch.wageMin ?? posting.wageMin);
  const wageMax = Number(patch.wageMax ?? posting.wageMax);
  if (wageMin <= 0) throw badInput("wageMin", msg("工资须大于零", "The wage must be positive"));
  if (wageMin > wageMax)
    throw badInput("wageMax", msg("最高工资不能低于最低工资", "The maximum wage is below the minimum"));
  if (input.locationRegionId != null && input.locationRegionId !== posting.locationRegionId) {
    const location = await eastRegionInReach(
      ctx,
      input.locationRegionId,
      "locationRegionId",
      msg("工作地点须在东部协作地区", "The job must be in an east region"),
    );
    patch.locationRegionId = location.id;
  }
  if (input.housing != null) patch.housing = input.housing;
  if (input.opensOn != null) patch.opensOn = input.opensOn;
  if (input.closesOn !== undefined) patch.closesOn = input.closesOn ?? null;
  const opensOn = patch.opensOn ?? posting.opensOn;
  const closesOn = patch.closesOn !== undefined ? patch.closesOn : posting.closesOn;
  if (closesOn && closesOn < opensOn) throw badInput("closesOn", msg("截止日期早于开始日期", "Closes before it opens"));
  if (patch.closesOn && patch.closesOn !== posting.closesOn && patch.closesOn < today())
    throw badInput("closesOn", msg("截止日期已过", "The closing date has passed"));
  if (input.description !== undefined) patch.description = input.description?.trim() || null;

  // The audit reads as the screens do: the wage as one range of yuan, the place by its region code.
  const wageText = (min: number, max: number) => `${formatFen(min)}–${formatFen(max)}`;
  const was: Record<string, unknown> = {
    position: posting.position,
    places: posting.places,
    wage: wageText(Number(posting.wageMin), Number(posting.wageMax)),
    location: posting.locationRegionId,
    housing: posting.housing,
    opensOn: posting.opensOn,
    closesOn: posting.closesOn,
    description: posting.description,
  };
  const now: Record<string, unknown> = {
    ...was,
    ...patch,
    wage: wageText(wageMin, wageMax),
    location: patch.locationRegionId ?? posting.locationRegionId,
  };
  delete now.wageMin;
  delete now.wageMax;
  delete now.locationRegionId;
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const k of Object.keys(was)) {
    if ((was[k] ?? null) === (now[k] ?? null)) continue;
    before[k] = was[k] ?? null;
    after[k] = now[k] ?? null;
  }
  if (!Object.keys(after).length) return posting;
  await ctx.manager.getRepository(JobPosting).update({ id: posting.id }, patch);
  await recordAudit(ctx, {
    action: "JOB_POSTING_UPDATED",
    entityType: "JobPosting",
    entityId: posting.id,
    change: { before, after },
  });
  return ctx.manager.getRepository(JobPosting).findOneByOrFail({ id: posting.id });
}

/**
 * 关闭岗位 / 重新开放: closing stops new placements (existing ones stay); reopening allows them again.
 * Closing a closed posting (or opening an open one) is CONFLICT, so a stale screen learns it.
 */
export async function setJobPostingClosed(ctx: RequestContext, id: string, closed: boolean): Promise<JobPosting> {
  const posting = await managedPosting(ctx, id);
  if (closed === (posting.closedAt != null))
    throw conflict(
      closed ? msg("岗位已关闭", "The posting is already closed") : msg("岗位未关闭", "The posting is not closed"),
      "id",
    );
  await ctx.manager.query(
    closed
      ? `UPDATE job_posting SET closed_at = now(), closed_by = $2 WHERE id = $1`
      : `UPDATE job_posting SET closed_at = NULL, closed_by = NULL WHERE id = $1`,
    closed ? [posting.id, ctx.user!.id || null] : [posting.id],
  );
  await recordAudit(ctx, {
    action: closed ? "JOB_POSTING_CLOSED" : "JOB_POSTING_REOPENED",
    entityType: "JobPosting",
    entityId: posting.id,
    change: { position: posting.position, filled: posting.filled, places: posting.places },
  });
  return ctx.manager.getRepository(JobPosting).findOneByOrFail({ id: posting.id });
}

export const loadJobPosting = (ctx: RequestContext, id: string) => loader(ctx, postingById).load(id);

/** Audit names: job postings the reader may read. */
auditNames.add({
  refType: "JobPosting",
  fields: ["postingId"],
  names: namesThrough(visiblePostingById, (j) => j.position),
});
