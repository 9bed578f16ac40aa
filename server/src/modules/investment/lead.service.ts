import DataLoader from "dataloader";
import { Role } from "../../shared/auth";
import { loader, type RequestContext } from "../../shared/context";
import { auditedFields, CONTACT_PHONE_FIELDS, contactPhoneAtRest, piiFor } from "../../shared/pii";
import { badInput, forbidden, notFound } from "../../shared/errors";
import type { Page } from "../../shared/pagination";
import { andWhere, anyOf, cond, findInScope, param, positional } from "../../shared/scoped";
import { recordAudit } from "../audit/audit.service";
import { enterpriseReferences } from "../enterprises/enterprise.reach";
import { enterpriseIdsNamedLike, getEnterprise, keepsEnterpriseRecord } from "../enterprises/enterprise.service";
import { formatFen } from "../../shared/money";
import { InvestmentLead, InvestmentLeadCounty, LeadInterest, LeadVisibility } from "./lead.entity";
import type { CreateLeadInput, ExpressInterestInput, LeadFilter, UpdateLeadInput } from "./lead.inputs";
import { leadScope } from "./investment.scope";
import { UUID, containsPattern } from "../../shared/sql";
import { inSubtree, westCountiesNamed } from "../regions/region.service";
import { msg } from "../../shared/messages";

// Whoever may read a lead may read its enterprise (issue 8, "Scope holds through every path").
enterpriseReferences.add(
  (ctx) => cond`(SELECT rl.enterprise_id FROM investment_lead rl WHERE ${leadScope(ctx, "rl")})`,
);

export function positiveMoney(amount: number, field: string): number {
  if (!Number.isSafeInteger(amount) || amount <= 0)
    throw badInput(field, msg("金额须大于零", "The amount must be more than zero"));
  return amount;
}

/** A lead in the caller's scope; NOT_FOUND otherwise (another enterprise's lead included). */
export const getLead = (ctx: RequestContext, id: string, field?: string): Promise<InvestmentLead> =>
  findInScope(ctx, InvestmentLead, "l", leadScope(ctx), id, msg("招商线索", "Lead"), field);

export async function listLeads(
  ctx: RequestContext,
  filter: LeadFilter | undefined,
  offset: number,
  first: number,
): Promise<Page<InvestmentLead>> {
  const { sql, params } = leadScope(ctx);
  const qb = ctx.manager.getRepository(InvestmentLead).createQueryBuilder("l").where(sql, params);
  if (filter?.search?.trim()) {
    const pattern = containsPattern(filter.search);
    const s = param(pattern);
    andWhere(
      qb,
      anyOf(
        cond`l.title LIKE ${s}`,
        cond`l.industry LIKE ${s}`,
        cond`l.enterprise_id IN ${enterpriseIdsNamedLike(pattern)}`,
      ),
    );
  }
  if (filter?.industry?.trim()) qb.andWhere("l.industry = :ind", { ind: filter.industry.trim() });
  if (filter?.countyId) {
    if (!UUID.test(filter.countyId)) throw badInput("countyId", msg("地区不存在", "Unknown region"));
    andWhere(
      qb,
      cond`l.id IN (SELECT fc.lead_id FROM investment_lead_county fc WHERE ${inSubtree("fc.county_id", filter.countyId)})`,
    );
  }
  if (filter?.enterpriseId)
    qb.andWhere("l.enterprise_id = :fent", { fent: UUID.test(filter.enterpriseId) ? filter.enterpriseId : null });
  if (filter?.minAmount != null && filter.minAmount < 0)
    throw badInput("minAmount", msg("金额不能为负", "Cannot be negative"));
  if (filter?.minAmount != null && filter?.maxAmount != null && filter.maxAmount < filter.minAmount) {
    throw badInput("maxAmount", msg("上限不能小于下限", "The maximum is below the minimum"));
  }
  if (filter?.minAmount != null) qb.andWhere("l.planned_investment >= :fmin", { fmin: filter.minAmount });
  if (filter?.maxAmount != null) qb.andWhere("l.planned_investment <= :fmax", { fmax: filter.maxAmount });
  if (filter?.interestedOnly) {
    if (ctx.user!.role !== Role.COUNTY_OFFICIAL)
      throw badInput("interestedOnly", msg("仅县级干部可用", "For county officials"));
    qb.andWhere("l.id IN (SELECT fi.lead_id FROM lead_interest fi WHERE fi.county_id = :fic)", {
      fic: ctx.user!.regionId,
    });
  }
  qb.orderBy("l.created_at", "DESC").addOrderBy("l.seq", "DESC");
  const [nodes, totalCount] = await qb.offset(offset).limit(first).getManyAndCount();
  return { nodes, totalCount, offset, first };
}

async function setLeadCounties(ctx: RequestContext, leadId: string, countyIds: string[]) {
  await ctx.manager.getRepository(InvestmentLeadCounty).delete({ leadId });
  if (countyIds.length)
    await ctx.manager.getRepository(InvestmentLeadCounty).insert(countyIds.map((countyId) => ({ leadId, countyId })));
}

function checkVisibility(visibility: LeadVisibility, countyIds: string[]) {
  if (visibility === LeadVisibility.PREFERRED_COUNTIES && countyIds.length === 0) {
    throw badInput(
      "preferredCountyIds",
      msg("定向发布须选择意向县", "Choose the preferred counties for a directed lead"),
    );
  }
}

/**
 * 发布招商线索: an enterprise user lists a lead for its own enterprise (admins name one). Other roles
 * are refused by the resolver.
 */
export async function createLead(ctx: RequestContext, input: CreateLeadInput): Promise<InvestmentLead> {
  const u = ctx.user!;
  let enterpriseId: string;
  if (u.role === Role.ENTERPRISE) {
    if (!u.enterpriseId) throw forbidden(msg("账号未关联企业", "This account acts for no enterprise"));
    if (input.enterpriseId && input.enterpriseId !== u.enterpriseId)
      throw forbidden(msg("只能为本企业发布", "Only for your own enterprise"));
    enterpriseId = u.enterpriseId;
  } else {
    if (!input.enterpriseId) throw badInput("enterpriseId", msg("请选择企业", "Choose the enterprise"));
    enterpriseId = (await getEnterprise(ctx, input.enterpriseId, "enterpriseId")).id;
  }
  const plannedInvestment = positiveMoney(input.plannedInvestment, "plannedInvestment");
  const countyIds = await westCountiesNamed(ctx, input.preferredCountyIds ?? [], "preferredCountyIds");
  checkVisibility(input.visibility, countyIds);
  const lead = await ctx.manager.getRepository(InvestmentLead).save(
    Object.assign(new InvestmentLead(), {
      enterpriseId,
      title: input.title.trim(),
      industry: input.industry.trim(),
      plannedInvestment,
      needsLand: input.needsLand,
      needsLabour: input.needsLabour,
      needsRawMaterial: input.needsRawMaterial,
      needsNote: input.needsNote?.trim() || null,
      contactName: input.contactName?.trim() || null,
      ...contactPhoneAtRest(ctx.config.piiSecret, input.contactPhone?.trim() || null),
      visibility: input.visibility,
    }),
  );
  await setLeadCounties(ctx, lead.id, countyIds);
  await recordAudit(ctx, {
    action: "LEAD_CREATED",
    entityType: "InvestmentLead",
    entityId: lead.id,
    change: {
      enterpriseId,
      title: lead.title,
      plannedInvestment: formatFen(plannedInvestment),
      countyIds,
      visibility: lead.visibility,
    },
  });
  return ctx.manager.getRepository(InvestmentLead).findOneByOrFail({ id: lead.id });
}

/**
 * The leads (of those asked) the county official's county is in contact about: it expressed
 * interest in them, or has a project from them. One query per request.
 */
const engagedLeads = (ctx: RequestContext) =>
  new DataLoader<string, boolean>(async (ids) => {
    const u = ctx.user;
    if (u?.role !== Role.COUNTY_OFFICIAL || !u.regionId) return ids.map(() => false);
    const { sql, params } = positional(
      cond`SELECT li.lead_id::text AS id FROM lead_interest li
            WHERE li.lead_id = ANY(${param([...ids])}::uuid[]) AND ${inSubtree("li.county_id", u.regionId)}
           UNION
           SELECT p.lead_id::text FROM investment_project p
            WHERE p.lead_id = ANY(${param([...ids])}::uuid[]) AND ${inSubtree("p.county_id", u.regionId)}`,
      1,
    );
    const found = new Set(((await ctx.manager.query(sql, params)) as { id: string }[]).map((r) => r.id));
    return ids.map((id) => found.has(id));
  });

/**
 * Who reads a lead's contact phone whole: those who keep its enterprise's record (the enterprise,
 * administrators, its home region's coordinators: enterprises' `keepsEnterpriseRecord`), and a
 * county official once its county is in contact about the lead (表达意向 or a project from it) —
 * the number is there to be called by a county that is interested. Every other reader (a county
 * browsing the public leads, a coordinator who sees the lead through a project) gets "138****5678".
 */
export async function leadContactPhoneFor(ctx: RequestContext, lead: InvestmentLead): Promise<string | null> {
  if (!lead.contactPhoneEnc) return null;
  const whole =
    (await keepsEnterpriseRecord(ctx, lead.enterpriseId)) || (await loader(ctx, engagedLeads).load(lead.id));
  return piiFor(ctx.config.piiSecret, { enc: lead.contactPhoneEnc, masked: lead.contactPhoneMasked }, whole);
}

/**
 * Edits a lead: only its own enterprise (and admins). Another enterprise's lead is NOT_FOUND (it is
 * outside the scope, we do not confirm it exists); coordinators and officials are refused by role.
 */
export async function updateLead(ctx: RequestContext, input: UpdateLeadInput): Promise<InvestmentLead> {
  const lead = await getLead(ctx, input.id, "id");
  const patch: Partial<InvestmentLead> = {};
  // Absent or null: unchanged; for the optional texts null (or blank) clears them.
  if (input.title != null) patch.title = input.title.trim();
  if (input.industry != null) patch.industry = input.industry.trim();
  if (input.plannedInvestment != null)
    patch.plannedInvestment = positiveMoney(input.plannedInvestment, "plannedInvestment");
  if (input.needsLand != null) patch.needsLand = input.needsLand;
  if (input.needsLabour != null) patch.needsLabour = input.needsLabour;
  if (input.needsRawMaterial != null) patch.needsRawMaterial = input.needsRawMaterial;
  if (input.needsNote !== undefined) patch.needsNote = input.needsNote?.trim() || null;
  if (input.contactName !== undefined) patch.contactName = input.contactName?.trim() || null;
  if (input.contactPhone !== undefined)
    Object.assign(patch, contactPhoneAtRest(ctx.config.piiSecret, input.contactPhone?.trim() || null));
  if (input.visibility != null) patch.visibility = input.visibility;
  const countyIds = input.preferredCountyIds
    ? await westCountiesNamed(ctx, input.preferredCountyIds, "preferredCountyIds")
    : null;
  const current =
    countyIds ??
    (await ctx.manager.getRepository(InvestmentLeadCounty).findBy({ leadId: lead.id })).map((c) => c.countyId);
  checkVisibility(patch.visibility ?? lead.visibility, current);

  const audited = (from: Partial<InvestmentLead>) =>
    auditedFields(Object.keys(patch) as (keyof InvestmentLead)[], from, CONTACT_PHONE_FIELDS);
  const before = audited(lead);
  await ctx.manager
    .getRepository(InvestmentLead)
    .update({ id: lead.id }, { ...patch, updatedAt: () => "now()" } as never);
  if (countyIds) await setLeadCounties(ctx, lead.id, countyIds);
  await recordAudit(ctx, {
    action: "LEAD_UPDATED",
    entityType: "InvestmentLead",
    entityId: lead.id,
    change: { before, after: audited(patch), countyIds },
  });
  return ctx.manager.getRepository(InvestmentLead).findOneByOrFail({ id: lead.id });
}

/** 表达意向: a county official's interest in a lead it can see, for its county; idempotent. */
export async function expressInterest(ctx: RequestContext, input: ExpressInterestInput): Promise<InvestmentLead> {
  const lead = await getLead(ctx, input.leadId, "leadId");
  const countyId = ctx.user!.regionId!;
  const inserted: unknown[] = await ctx.manager.query(
    `INSERT INTO lead_interest (lead_id, county_id, expressed_by, note) VALUES ($1, $2, $3, $4)
     ON CONFLICT (lead_id, county_id) DO NOTHING RETURNING lead_id`,
    [lead.id, countyId, ctx.user!.id || null, input.note?.trim() || null],
  );
  const rows = Array.isArray(inserted[0]) ? (inserted[0] as unknown[]) : inserted;
  if (rows.length)
    await recordAudit(ctx, {
      action: "LEAD_INTEREST_EXPRESSED",
      entityType: "InvestmentLead",
      entityId: lead.id,
      change: { countyId, note: input.note ?? null },
    });
  return lead;
}

/**
 * 撤回意向: withdraws the interest the caller expressed. Scope: the lead must be one the caller may
 * read and its county must have expressed interest (NOT_FOUND otherwise — we do not say whether
 * another county did); only the official who expressed it may withdraw it (FORBIDDEN for a colleague:
 * the interest is that person's commitment to the enterprise). The row is deleted; the audit keeps
 * what was withdrawn.
 */
export async function withdrawInterest(ctx: RequestContext, leadId: string): Promise<InvestmentLead> {
  const lead = await getLead(ctx, leadId, "leadId");
  const countyId = ctx.user!.regionId!;
  const repo = ctx.manager.getRepository(LeadInterest);
  const interest = await repo.findOne({ where: { leadId: lead.id, countyId }, lock: { mode: "pessimistic_write" } });
  if (!interest) throw notFound(msg("投资意向", "Interest"), "leadId");
  if (interest.expressedById !== ctx.user!.id)
    throw forbidden(msg("只有表达意向的干部可以撤回", "Only the official who expressed the interest may withdraw it"));
  await repo.delete({ leadId: lead.id, countyId });
  await recordAudit(ctx, {
    action: "LEAD_INTEREST_WITHDRAWN",
    entityType: "InvestmentLead",
    entityId: lead.id,
    change: { countyId, note: interest.note, expressedAt: interest.createdAt.toISOString() },
  });
  return lead;
}
