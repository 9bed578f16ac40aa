import { Role } from "../../shared/auth";
import { loader, type RequestContext } from "../../shared/context";
import { recordedDate } from "../../shared/dates";
import { badInput, conflict, isUniqueViolation, notFound } from "../../shared/errors";
import { DEFAULT_LOCALE, type Locale, msg } from "../../shared/messages";
import { formatFen } from "../../shared/money";
import type { Page } from "../../shared/pagination";
import { andWhere, cond, param, positional, type Scope, allOf } from "../../shared/scoped";
import { containsPattern, UUID } from "../../shared/sql";
import { Indicator } from "../agreements/indicator";
import { recordAudit } from "../audit/audit.service";
import { getEnterprise } from "../enterprises/enterprise.service";
import { LedgerSource } from "../ledger/ledger.entity";
import { ledgerNote } from "../ledger/ledger.notes";
import { appendLedgerEntry, appendReversalEntry, openDayFor } from "../ledger/ledger.service";
import { canSeePairing, findMostSpecificPairing, westCountyInReach } from "../pairings/pairing.service";
import { regionById } from "../regions/region.loaders";
import { eastRegionOrOwn, inSubtree } from "../regions/region.service";
import { Donation, DonationKind, DonationReceipt, DonorKind, EmergencyAid } from "./donation.entity";
import type { DonationFilter, DonationSummary, RecordDonationInput, ReverseDonationInput } from "./donation.inputs";
import { donationScope } from "./donation.scope";

/** How an individual donor is named everywhere (no personal data is stored), in each language. */
export const INDIVIDUAL_DONOR = msg("个人捐赠", "Individual donors");
/**
 * The name a donation shows for its donor: the enterprise's or organisation's, or 个人捐赠 in the
 * reader's language (the export and the audit are Chinese: the default).
 */
export const donorLabel = (d: Pick<Donation, "donorName">, locale: Locale = DEFAULT_LOCALE) =>
  d.donorName ?? INDIVIDUAL_DONOR.in(locale);

const text = (s: string | null | undefined) => s?.trim() || null;

export function positiveAmount(amount: number, field: string): number {
  if (!Number.isSafeInteger(amount) || amount <= 0)
    throw badInput(field, msg("金额须大于零", "The amount must be more than zero"));
  return amount;
}

/** The donor a checked input names: a registered enterprise (in the caller's scope), a name, or individuals. */
async function donorOf(
  ctx: RequestContext,
  input: RecordDonationInput,
): Promise<{ enterpriseId: string | null; donorName: string | null; donorCount: number | null; home: string | null }> {
  if (input.donorKind === DonorKind.ENTERPRISE && input.enterpriseId) {
    const e = await getEnterprise(ctx, input.enterpriseId, "enterpriseId");
    return { enterpriseId: e.id, donorName: e.name, donorCount: null, home: e.homeRegionId };
  }
  if (input.donorKind === DonorKind.INDIVIDUAL)
    // 个人捐赠: no name, phone or anything else about a person is kept.
    return { enterpriseId: null, donorName: null, donorCount: input.donorCount ?? null, home: null };
  return { enterpriseId: null, donorName: text(input.donorName), donorCount: null, home: null };
}

/**
 * The rules of a donation that need no lookup (the API's and the spreadsheet import's): the donor
 * fields its kind takes, goods' description and valuation, a positive amount, a received date not in
 * the future, a receipt number. BAD_USER_INPUT naming the field.
 */
export function checkedDonationFields(input: RecordDonationInput) {
  const name = text(input.donorName);
  if (input.donorKind !== DonorKind.INDIVIDUAL && input.donorCount != null)
    throw badInput("donorCount", msg("捐赠人数仅用于个人捐赠", "Only for individual donors"));
  if (input.donorKind !== DonorKind.ENTERPRISE && input.enterpriseId)
    throw badInput("enterpriseId", msg("仅企业捐赠可关联企业", "Only an enterprise donor links an enterprise"));
  if (input.donorKind === DonorKind.INDIVIDUAL && name)
    throw badInput("donorName", msg("个人捐赠不记录姓名等个人信息", "Individual donors are recorded without names"));
  if (input.donorKind === DonorKind.ORGANISATION && !name)
    throw badInput("donorName", msg("请输入社会组织名称", "Enter the organisation's name"));
  if (input.donorKind === DonorKind.ENTERPRISE && !input.enterpriseId && !name)
    throw badInput("donorName", msg("请选择企业或输入企业名称", "Choose the enterprise or enter its name"));
  const isGoods = input.kind === DonationKind.GOODS;
  const goodsDescription = text(input.goodsDescription);
  const valuationBasis = text(input.valuationBasis);
  if (isGoods && !goodsDescription) throw badInput("goodsDescription", msg("请填写捐赠物资", "Describe the goods"));
  if (isGoods && !valuationBasis)
    throw badInput("valuationBasis", msg("请填写折价依据", "Give the basis of the valuation"));
  if (!isGoods && goodsDescription)
    throw badInput("goodsDescription", msg("捐款无需填写物资", "Only for donations of goods"));
  if (!isGoods && valuationBasis) throw badInput("valuationBasis", msg("捐款无需填写折价依据", "Only for goods"));
  const amount = positiveAmount(input.amount, "amount");
  const receivedOn = recordedDate(input.receivedOn, "receivedOn");
  const receiptNo = input.receiptNo.trim();
  if (!receiptNo) throw badInput("receiptNo", msg("请输入捐赠票据号", "Enter the receipt number"));
  return { isGoods, goodsDescription, valuationBasis, amount, receivedOn, receiptNo };
}

/**
 * The pairing a donation from `eastRegionId` (or the caller's default donor side) to `countyId`
 * counts for, as `recordDonation` finds it; BAD_USER_INPUT naming the field otherwise.
 */
export async function donationPairing(
  ctx: RequestContext,
  countyId: string,
  eastRegionId: string | null | undefined,
): Promise<{ pairingId: string; eastRegionId: string }> {
  const eastId = eastRegionId ?? (ctx.user?.role === Role.COORDINATOR ? ctx.user.regionId : null);
  const east = await eastRegionOrOwn(
    ctx,
    eastId,
    "eastRegionId",
    msg("请选择捐赠方所在地区", "Choose the donor side's region"),
  );
  const pairing = await findMostSpecificPairing(ctx, east.id, countyId);
  // A coordinator records for its own pairings only (an enclosing pairing above it is not its own).
  if (!pairing || (ctx.user?.role === Role.COORDINATOR && !(await canSeePairing(ctx, pairing.id))))
    throw badInput("countyId", msg("该县未与捐赠方地区结对", "This county is not paired with the donor side"));
  return { pairingId: pairing.id, eastRegionId: east.id };
}

/** The receipt numbers held by donations not reversed in these pairings: "pairingId\u0000receiptNo" → amount (fen). */
export async function standingReceipts(ctx: RequestContext, pairingIds: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (!pairingIds.length) return out;
  const rows = await ctx.manager
    .getRepository(DonationReceipt)
    .createQueryBuilder("r")
    .innerJoin(Donation, "d", "d.id = r.donation_id")
    .select(["r.pairing_id AS pairing_id", "r.receipt_no AS receipt_no", "d.amount AS amount"])
    .where("r.pairing_id IN (:...pairingIds)", { pairingIds: [...new Set(pairingIds)] })
    .getRawMany<{ pairing_id: string; receipt_no: string; amount: string | number }>();
  for (const r of rows) out.set(`${r.pairing_id}\u0000${r.receipt_no}`, Number(r.amount));
  return out;
}

export async function recordDonation(ctx: RequestContext, input: RecordDonationInput): Promise<Donation> {
  const county = await westCountyInReach(ctx, input.countyId, "countyId");
  const { isGoods, goodsDescription, valuationBasis, amount, receivedOn, receiptNo } = checkedDonationFields(input);
  const donor = await donorOf(ctx, input);
  const found = await donationPairing(ctx, county.id, input.eastRegionId ?? donor.home);
  const pairing = { id: found.pairingId };
  const east = await loader(ctx, regionById).load(found.eastRegionId);

  const repo = ctx.manager.getRepository(Donation);
  const { identifiers } = await repo.insert({
    pairingId: pairing.id,
    eastRegionId: found.eastRegionId,
    countyId: county.id,
    kind: input.kind,
    donorKind: input.donorKind,
    enterpriseId: donor.enterpriseId,
    donorName: donor.donorName,
    donorCount: donor.donorCount,
    goodsDescription: isGoods ? goodsDescription : null,
    valuationBasis: isGoods ? valuationBasis : null,
    purpose: text(input.purpose),
    emergency: input.emergency ?? EmergencyAid.NONE,
    receivedOn,
    receiptNo,
    amount,
    reversesId: null,
    reason: null,
    recordedById: ctx.user?.id || null,
  });
  const id = identifiers[0].id as string;
  try {
    await ctx.manager.getRepository(DonationReceipt).insert({ pairingId: pairing.id, receiptNo, donationId: id });
  } catch (e) {
    if (isUniqueViolation(e))
      throw conflict(msg(`捐赠票据号 ${receiptNo} 已登记`, "This receipt number is already recorded"), "receiptNo");
    throw e;
  }
  await appendLedgerEntry(ctx, {
    pairingId: pairing.id,
    indicator: Indicator.SOCIAL_DONATIONS,
    amount,
    occurredOn: receivedOn,
    source: LedgerSource.DONATION,
    sourceId: id,
    sourceDocument: receiptNo,
    note: donor.donorName ? ledgerNote("donation", { donor: donor.donorName }) : ledgerNote("individualDonation"),
  });
  await recordAudit(ctx, {
    action: "DONATION_RECORDED",
    entityType: "Donation",
    entityId: id,
    change: {
      pairingId: pairing.id,
      county: county.code,
      east: east?.code ?? null,
      donationKind: input.kind,
      donorKind: input.donorKind,
      donor: donorLabel(donor),
      ...(donor.donorCount != null ? { donorCount: donor.donorCount } : {}),
      amount: formatFen(amount),
      receivedOn,
      receiptNo,
      emergency: input.emergency ?? EmergencyAid.NONE,
    },
  });
  return repo.findOneByOrFail({ id });
}

/**
 * 冲正: reverses a donation with a row of the negated amount, its date, receipt and descriptive
 * fields, and a reason; frees its receipt number. Once only: a second reversal is CONFLICT (the
 * unique reverses_id holds under concurrency); a reversal is not reversed (BAD_USER_INPUT). Anyone
 * who may record for the donation's county and sees it may reverse it; outside the scope NOT_FOUND.
 * The reversal is dated the original's day while that month is open; once the month is approved and
 * locked (docs/reporting.md, "Corrections after locking"), today — the open period — pointing at the
 * original (`reverses`, whose date is the day it belongs to). Its ledger entry, −amount
 * SOCIAL_DONATIONS correcting the original's entry, is dated alike (openDayFor, one rule for both;
 * appendDueEntry's note names the month): the list, the export and the summary by date agree with
 * the ledger month by month, and an approved month's figures never change.
 */
export async function reverseDonation(ctx: RequestContext, input: ReverseDonationInput): Promise<Donation> {
  const { sql, params } = donationScope(ctx, "d");
  const original = UUID.test(input.donationId)
    ? await ctx.manager
        .getRepository(Donation)
        .createQueryBuilder("d")
        .where(sql, params)
        .andWhere("d.id = :id", { id: input.donationId })
        .setLock("pessimistic_write")
        .getOne()
    : null;
  if (!original) throw notFound(msg("捐赠记录", "Donation"), "donationId");
  if (original.reversesId) throw badInput("donationId", msg("冲正记录不能再冲正", "A reversal cannot be reversed"));
  const reason = input.reason.trim();
  if (!reason) throw badInput("reason", msg("请说明冲正原因", "Give the reason for the reversal"));
  const repo = ctx.manager.getRepository(Donation);
  const already = await repo.findOneBy({ reversesId: original.id });
  if (already) throw conflict(msg("该笔捐赠已冲正", "This donation has already been reversed"), "donationId");
  const receivedOn = await openDayFor(ctx, original.pairingId, original.receivedOn);
  let id: string;
  try {
    const o = original;
    const { identifiers } = await repo.insert({
      pairingId: o.pairingId,
      eastRegionId: o.eastRegionId,
      countyId: o.countyId,
      kind: o.kind,
      donorKind: o.donorKind,
      enterpriseId: o.enterpriseId,
      donorName: o.donorName,
      donorCount: o.donorCount,
      goodsDescription: o.goodsDescription,
      valuationBasis: o.valuationBasis,
      purpose: o.purpose,
      emergency: o.emergency,
      receivedOn,
      receiptNo: o.receiptNo,
      amount: -o.amount,
      reversesId: o.id,
      reason,
      recordedById: ctx.user?.id || null,
    });
    id = identifiers[0].id as string;
  } catch (e) {
    if (isUniqueViolation(e))
      throw conflict(msg("该笔捐赠已冲正", "This donation has already been reversed"), "donationId");
    throw e;
  }
  await ctx.manager.getRepository(DonationReceipt).delete({ donationId: original.id });
  await appendReversalEntry(
    ctx,
    {
      id: original.id,
      pairingId: original.pairingId,
      indicator: Indicator.SOCIAL_DONATIONS,
      amount: original.amount,
      occurredOn: original.receivedOn,
      source: LedgerSource.DONATION,
      sourceDocument: original.receiptNo,
    },
    { id, reason },
    receivedOn,
  );
  await recordAudit(ctx, {
    action: "DONATION_REVERSED",
    entityType: "Donation",
    entityId: original.id,
    change: { reversalId: id, amount: formatFen(-original.amount), receiptNo: original.receiptNo, receivedOn, reason },
  });
  return repo.findOneByOrFail({ id });
}

/** A donation in the caller's scope; NOT_FOUND otherwise. */
export async function getDonation(ctx: RequestContext, id: string): Promise<Donation> {
  const { sql, params } = donationScope(ctx, "d");
  const d = UUID.test(id)
    ? await ctx.manager
        .getRepository(Donation)
        .createQueryBuilder("d")
        .where(sql, params)
        .andWhere("d.id = :id", { id })
        .getOne()
    : null;
  if (!d) throw notFound(msg("捐赠记录", "Donation"));
  return d;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw badInput("year", msg("年份须在 2000–2100 之间", "Year must be 2000–2100"));
}

/** The filter as one condition on alias `d`, within the caller's scope. */
export function donationCondition(ctx: RequestContext, filter: DonationFilter | undefined, alias = "d"): Scope {
  const parts: Scope[] = [donationScope(ctx, alias)];
  const f = filter ?? {};
  if (f.year != null) {
    checkYear(f.year);
    parts.push(
      cond`${alias}.received_on BETWEEN ${param(`${f.year}-01-01`)}::date AND ${param(`${f.year}-12-31`)}::date`,
    );
  }
  if (f.countyId) {
    if (!UUID.test(f.countyId)) throw badInput("countyId", msg("地区不存在", "Unknown region"));
    parts.push(inSubtree(`${alias}.county_id`, f.countyId));
  }
  if (f.donorKind) parts.push(cond`${alias}.donor_kind = ${param(f.donorKind)}`);
  if (f.kind) parts.push(cond`${alias}.kind = ${param(f.kind)}`);
  if (f.emergency) parts.push(cond`${alias}.emergency = ${param(f.emergency)}`);
  if (f.emergencyOnly) parts.push(cond`${alias}.emergency <> 'NONE'`);
  if (f.search?.trim()) {
    const s = param(containsPattern(f.search));
    parts.push(
      cond`(${alias}.donor_name LIKE ${s} OR ${alias}.receipt_no LIKE ${s} OR ${alias}.purpose LIKE ${s} OR ${alias}.goods_description LIKE ${s} OR (${alias}.donor_name IS NULL AND (${param(INDIVIDUAL_DONOR.zh)} LIKE ${s} OR ${param(INDIVIDUAL_DONOR.en.toLowerCase())} LIKE lower(${s}))))`,
    );
  }
  if (f.excludeReversed)
    parts.push(
      cond`(${alias}.reverses_id IS NULL AND NOT EXISTS (SELECT 1 FROM donation xr WHERE xr.reverses_id = ${alias}.id))`,
    );
  return allOf(...parts);
}

/** 社会帮扶资金 list in scope, newest first (a reversal right above what it reverses). */
export async function listDonations(
  ctx: RequestContext,
  filter: DonationFilter | undefined,
  offset: number,
  first: number,
): Promise<Page<Donation>> {
  const qb = ctx.manager.getRepository(Donation).createQueryBuilder("d").where("TRUE");
  andWhere(qb, donationCondition(ctx, filter));
  qb.orderBy("d.received_on", "DESC").addOrderBy("d.seq", "DESC");
  const [nodes, totalCount] = await qb.offset(offset).limit(first).getManyAndCount();
  return { nodes, totalCount, offset, first };
}

/**
 * Totals in scope for the filter, net of reversals (a reversal carries its original's kind, donor
 * and county, and its date unless the original's month was locked when it was made — then it counts
 * where the ledger counts it, in the open period): total, goods, emergency aid, by donor kind and
 * by county. One query for the totals, one per grouping.
 */
export async function donationSummary(
  ctx: RequestContext,
  filter: DonationFilter | undefined,
): Promise<DonationSummary> {
  const where = positional(donationCondition(ctx, filter), 1);
  const sums = `COALESCE(SUM(d.amount), 0)::bigint AS amount,
      (count(*) FILTER (WHERE d.reverses_id IS NULL) - count(*) FILTER (WHERE d.reverses_id IS NOT NULL))::int AS count`;
  const [totals]: { amount: string; count: number; goods: string; emergency: string }[] = await ctx.manager.query(
    `SELECT ${sums},
            COALESCE(SUM(d.amount) FILTER (WHERE d.kind = 'GOODS'), 0)::bigint AS goods,
            COALESCE(SUM(d.amount) FILTER (WHERE d.emergency <> 'NONE'), 0)::bigint AS emergency
       FROM donation d WHERE ${where.sql}`,
    where.params,
  );
  const grouped = async (column: string) =>
    (
      (await ctx.manager.query(
        `SELECT d.${column}::text AS key, ${sums} FROM donation d WHERE ${where.sql} GROUP BY 1 ORDER BY 2 DESC, 1`,
        where.params,
      )) as { key: string; amount: string; count: number }[]
    ).map((r) => ({ key: r.key, label: r.key, amount: Number(r.amount), count: r.count }));
  const byDonorKind = await grouped("donor_kind");
  const byCounty = await grouped("county_id");
  const counties = await loader(ctx, regionById).loadMany(byCounty.map((r) => r.key));
  counties.forEach((c, i) => {
    if (c && !(c instanceof Error)) byCounty[i].label = c.shortName;
  });
  return {
    total: Number(totals.amount),
    count: totals.count,
    goods: Number(totals.goods),
    emergency: Number(totals.emergency),
    byDonorKind,
    byCounty,
  };
}
