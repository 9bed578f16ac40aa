import { Brackets } from "typeorm";
import { Role } from "../../shared/auth";
import { loader, type RequestContext } from "../../shared/context";
import { badInput, conflict, forbidden, isUniqueViolation } from "../../shared/errors";
import type { Page } from "../../shared/pagination";
import { andWhere, cond, EVERY_ROW, findInScope, NO_ROW, param, type Scope, scopeByRole } from "../../shared/scoped";
import { recordAudit } from "../audit/audit.service";
import { isValidCreditCode } from "../suppliers/credit-code";
import { Enterprise } from "./enterprise.entity";
import type { CreateEnterpriseInput, EnterpriseFilter, UpdateEnterpriseInput } from "./enterprise.inputs";
import { enterpriseById } from "./enterprise.loaders";
import { UUID, containsPattern } from "../../shared/sql";
import { eastRegionOrOwn, inSubtree } from "../regions/region.service";
import { inEastRegionsPairedWith } from "../pairings/pairing.service";
import { msg } from "../../shared/messages";
import { auditedFields, CONTACT_PHONE_FIELDS, contactPhoneAtRest, piiFor } from "../../shared/pii";
import { scopedRowsById } from "../../shared/loaders";

/**
 * Row scope of enterprises as a SQL condition on alias `e`:
 * - admins: all;
 * - a coordinator: the enterprises registered in its region subtree (Qingdao sees Jiaozhou's);
 * - an enterprise user: its own enterprise (none when its account is not linked yet);
 * - a county official: the enterprises of the east regions paired with its county (at any level:
 *   Zhenning sees Jiaozhou's through Jiaozhou–Zhenning and Qingdao's through Qingdao–Anshun). This
 *   is simpler than "enterprises with leads visible to it" and covers them, since a lead's audience
 *   is its enterprise's partner counties; an unpaired enterprise's lead still shows its enterprise
 *   through the lead (relations are followed unscoped from a row the caller may see);
 * - buyers: none.
 */
export const enterpriseScope = (ctx: RequestContext, alias = "e"): Scope =>
  scopeByRole(ctx, {
    [Role.ADMIN]: () => EVERY_ROW,
    [Role.COORDINATOR]: (u) => inSubtree(`${alias}.home_region_id`, u.regionId),
    [Role.ENTERPRISE]: (u) => (u.enterpriseId ? cond`${alias}.id = ${param(u.enterpriseId)}` : NO_ROW),
    [Role.COUNTY_OFFICIAL]: (u) => inEastRegionsPairedWith(`${alias}.home_region_id`, u.regionId),
  });

/** Enterprises by id within `enterpriseScope` (what the caller manages), null outside it. */
const managedEnterpriseById = scopedRowsById(Enterprise, "e", enterpriseScope);

export async function listEnterprises(
  ctx: RequestContext,
  filter: EnterpriseFilter | undefined,
  offset: number,
  first: number,
): Promise<Page<Enterprise>> {
  const { sql, params } = enterpriseScope(ctx);
  const qb = ctx.manager.getRepository(Enterprise).createQueryBuilder("e").where(sql, params);
  if (filter?.search?.trim()) {
    const s = containsPattern(filter.search);
    qb.andWhere(new Brackets((b) => b.where("e.name LIKE :s", { s }).orWhere("e.credit_code LIKE :s")));
  }
  if (filter?.industry?.trim()) qb.andWhere("e.industry = :ind", { ind: filter.industry.trim() });
  if (filter?.homeRegionId) {
    if (!UUID.test(filter.homeRegionId)) throw badInput("homeRegionId", msg("地区不存在", "Unknown region"));
    andWhere(qb, inSubtree("e.home_region_id", filter.homeRegionId));
  }
  qb.orderBy("e.name", "ASC").addOrderBy("e.id", "ASC");
  const [nodes, totalCount] = await qb.offset(offset).limit(first).getManyAndCount();
  return { nodes, totalCount, offset, first };
}

/** An enterprise in the caller's scope; NOT_FOUND otherwise (we do not confirm that it exists), naming `field` when given. */
export const getEnterprise = (ctx: RequestContext, id: string, field?: string): Promise<Enterprise> =>
  findInScope(ctx, Enterprise, "e", enterpriseScope(ctx), id, msg("企业", "Enterprise"), field);

/**
 * The ids of the enterprises in the caller's scope as a sub-select on alias `alias`, for another
 * module's condition on its own enterprise column (the enterprise table stays this module's).
 */
export const enterpriseIdsInScope = (ctx: RequestContext, alias: string): Scope =>
  cond`(SELECT ${alias}.id FROM enterprise ${alias} WHERE ${enterpriseScope(ctx, alias)})`;

/** The ids of the enterprises registered in an east region's subtree, as a sub-select (用户管理's region filter). */
export const enterpriseIdsInSubtree = (eastRegionId: string): Scope =>
  cond`(SELECT est.id FROM enterprise est WHERE ${inSubtree("est.home_region_id", eastRegionId)})`;

/** The ids of the enterprises whose name matches the LIKE `pattern`, as a sub-select. */
export const enterpriseIdsNamedLike = (pattern: string): Scope =>
  cond`(SELECT fe.id FROM enterprise fe WHERE fe.name LIKE ${param(pattern)})`;

/** Unscoped, through the request's loader: for following a relation from a row already in scope. */
export const loadEnterprise = (ctx: RequestContext, id: string) => loader(ctx, enterpriseById).load(id);

/** True when an enterprise with this id exists (users module: linking an ENTERPRISE user). */
export async function enterpriseExists(ctx: RequestContext, id: string): Promise<boolean> {
  return UUID.test(id) && (await loadEnterprise(ctx, id)) !== null;
}

function checkedCreditCode(text: string): string {
  const code = text.trim().toUpperCase();
  if (!isValidCreditCode(code)) {
    throw badInput(
      "creditCode",
      msg("统一社会信用代码无效(校验位不符)", "Invalid unified social credit code (check character)"),
    );
  }
  return code;
}

/**
 * An east region the caller may register enterprises in: a coordinator's own subtree (its own
 * region when it names none); admins any.
 */
async function checkedHomeRegion(ctx: RequestContext, regionId: string | null | undefined): Promise<string> {
  return (await eastRegionOrOwn(ctx, regionId, "homeRegionId", msg("请选择所在地区", "Choose the home region"))).id;
}

async function saving<T>(creditCode: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict(msg(`信用代码 ${creditCode} 已登记`, "Credit code already registered"));
    throw e;
  }
}

const trimmedOrNull = (s: string | undefined) => s?.trim() || null;

/**
 * Whether the caller keeps this enterprise's record: its own users, administrators, and the
 * coordinators whose region it is registered in (they register it and change it). They are the
 * ones who read its contact numbers whole (the enterprise's, and its investment leads').
 */
export async function keepsEnterpriseRecord(ctx: RequestContext, enterpriseId: string): Promise<boolean> {
  const u = ctx.user;
  return (
    u?.role === Role.ADMIN ||
    (u?.role === Role.ENTERPRISE && !!u.enterpriseId && u.enterpriseId === enterpriseId) ||
    (u?.role === Role.COORDINATOR && (await loader(ctx, managedEnterpriseById).load(enterpriseId)) !== null)
  );
}

/**
 * Who reads an enterprise's contact phone whole: those who keep the enterprise's record — the
 * enterprise's own users, administrators, and the coordinators whose region it is registered in
 * (they register it and change it: `updateEnterprise`'s scope). Everyone else who may read the
 * enterprise (county officials paired with its region, coordinators who see it through a lead or a
 * job posting) gets "138****5678", as the delivery phone and workers' phones are shown to those who
 * need not call them. So the form that edits the phone always starts from the whole number.
 */
export async function contactPhoneFor(ctx: RequestContext, e: Enterprise): Promise<string | null> {
  if (!e.contactPhoneEnc) return null;
  return piiFor(
    ctx.config.piiSecret,
    { enc: e.contactPhoneEnc, masked: e.contactPhoneMasked },
    await keepsEnterpriseRecord(ctx, e.id),
  );
}

/** 企业登记: a coordinator registers an enterprise of its region subtree (admins name the region). */
export async function createEnterprise(ctx: RequestContext, input: CreateEnterpriseInput): Promise<Enterprise> {
  const creditCode = checkedCreditCode(input.creditCode);
  const homeRegionId = await checkedHomeRegion(ctx, input.homeRegionId);
  const enterprise = await saving(creditCode, () =>
    ctx.manager.getRepository(Enterprise).save(
      Object.assign(new Enterprise(), {
        name: input.name.trim(),
        creditCode,
        homeRegionId,
        industry: input.industry.trim(),
        contactName: trimmedOrNull(input.contactName),
        ...contactPhoneAtRest(ctx.config.piiSecret, trimmedOrNull(input.contactPhone)),
      }),
    ),
  );
  await recordAudit(ctx, {
    action: "ENTERPRISE_CREATED",
    entityType: "Enterprise",
    entityId: enterprise.id,
    change: { name: enterprise.name, creditCode, homeRegionId, industry: enterprise.industry },
  });
  return enterprise;
}

/**
 * Changes an enterprise. The enterprise itself (its users) may change its name, industry and
 * contacts; the credit code and home region are registration facts only a coordinator in scope
 * (or an admin) changes: an enterprise user sending them gets FORBIDDEN. Outside the scope:
 * NOT_FOUND (another enterprise's id included).
 */
export async function updateEnterprise(ctx: RequestContext, input: UpdateEnterpriseInput): Promise<Enterprise> {
  const e = await getEnterprise(ctx, input.id, "id");
  const isEnterprise = ctx.user!.role === Role.ENTERPRISE;
  if (isEnterprise && (input.creditCode !== undefined || input.homeRegionId !== undefined)) {
    throw forbidden(
      msg("信用代码和所在地区由协作办修改", "The credit code and home region are changed by the coordinator"),
    );
  }
  const patch: Partial<Enterprise> = {};
  if (input.name !== undefined) patch.name = input.name.trim();
  if (input.industry !== undefined) patch.industry = input.industry.trim();
  if (input.contactName !== undefined) patch.contactName = trimmedOrNull(input.contactName);
  if (input.contactPhone !== undefined)
    Object.assign(patch, contactPhoneAtRest(ctx.config.piiSecret, trimmedOrNull(input.contactPhone)));
  if (input.creditCode !== undefined) patch.creditCode = checkedCreditCode(input.creditCode);
  if (input.homeRegionId !== undefined) patch.homeRegionId = await checkedHomeRegion(ctx, input.homeRegionId);
  const audited = (from: Partial<Enterprise>) =>
    auditedFields(Object.keys(patch) as (keyof Enterprise)[], from, CONTACT_PHONE_FIELDS);
  if (Object.keys(patch).length) {
    await saving(patch.creditCode ?? e.creditCode, () =>
      ctx.manager.getRepository(Enterprise).update({ id: e.id }, patch),
    );
    await recordAudit(ctx, {
      action: "ENTERPRISE_UPDATED",
      entityType: "Enterprise",
      entityId: e.id,
      change: { before: audited(e), after: audited(patch) },
    });
  }
  return Object.assign(e, patch);
}
