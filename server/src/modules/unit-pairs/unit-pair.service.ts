import type { RequestContext } from "../../shared/context";
import { notInFuture, recordedDate } from "../../shared/dates";
import { badInput, conflict, isUniqueViolation, notFound } from "../../shared/errors";
import { formatFen } from "../../shared/money";
import type { Page } from "../../shared/pagination";
import { andWhere } from "../../shared/scoped";
import { containsPattern, UUID } from "../../shared/sql";
import { msg, type Message } from "../../shared/messages";
import { textProblem } from "../../shared/input-rules";
import { Indicator } from "../agreements/indicator";
import { recordAudit, recordAudits } from "../audit/audit.service";
import { CODE_ZH } from "../audit/audit.labels";
import { getEnterprise } from "../enterprises/enterprise.service";
import { LedgerSource } from "../ledger/ledger.entity";
import { appendDueEntry, appendLedgerEntries, appendLedgerEntry, latestLedgerEntryOf } from "../ledger/ledger.service";
import { ledgerNote } from "../ledger/ledger.notes";
import type { Pairing } from "../pairings/pairing.entity";
import { checkCountiesInReach, getPairing, loadPairing } from "../pairings/pairing.service";
import { inSubtree, isWithin, westCountyOrOwn } from "../regions/region.service";
import { UnitPair, UnitPairKind, UnitPairStatus } from "./unit-pair.entity";
import type {
  ChangeUnitPairFormedOnInput,
  EndUnitPairInput,
  RecordUnitPairInput,
  UnitPairFilter,
  UnitPairKindCount,
  UnitPairSummary,
  WithdrawUnitPairInput,
} from "./unit-pair.inputs";
import { unitPairScope } from "./unit-pair.scope";

/** 结对类型 in the words of the reports (and the import's cells). */
export const KIND_ZH = CODE_ZH.pairKind as Record<UnitPairKind, string>;
export const KINDS = Object.values(UnitPairKind);

const ALREADY = msg("该结对已登记", "This pair is already recorded");
const WITHDRAWN = msg("该结对已撤销", "This pair has been withdrawn");

/** A pair ready to write: checked by `checkNewPair`, for one record or many (import, demo). */
export interface CheckedUnitPair {
  pairingId: string;
  countyId: string;
  kind: UnitPairKind;
  eastUnit: string;
  westUnit: string;
  enterpriseId: string | null;
  formedOn: string;
  support: string | null;
  value: number | null;
}

/** A unit's name: trimmed, not empty, within the text rule; BAD_USER_INPUT naming `field`. */
export function unitName(text: string | undefined | null, field: string, empty: Message): string {
  const name = (text ?? "").trim();
  if (!name) throw badInput(field, empty);
  const problem = textProblem(name, 200);
  if (problem) throw badInput(field, problem);
  return name;
}

/**
 * The rules of a new pair that need no lookup beyond the pairing: the start date not in the future,
 * not before 2000 nor the pairing's start, not after the pairing ended; a value, if any, whole fen
 * and positive. The import checks each row with the same function.
 */
export function checkPairFacts(
  pairing: Pick<Pairing, "since" | "endedOn">,
  facts: {
    eastUnit?: string | null;
    westUnit: string;
    formedOn: string;
    support?: string | null;
    value?: number | null;
  },
): { eastUnit: string; westUnit: string; formedOn: string; support: string | null; value: number | null } {
  const eastUnit = unitName(facts.eastUnit, "eastUnit", msg("请输入东部单位", "Enter the east unit"));
  const westUnit = unitName(facts.westUnit, "westUnit", msg("请输入西部单位", "Enter the west unit"));
  const formedOn = recordedDate(facts.formedOn, "formedOn", { date: pairing.since, what: "结对关系开始" });
  if (pairing.endedOn && formedOn > pairing.endedOn)
    throw badInput("formedOn", msg("晚于结对关系终止日期", "After the pairing ended"));
  const support = facts.support?.trim() || null;
  if (support) {
    const problem = textProblem(support, 1000);
    if (problem) throw badInput("support", problem);
  }
  const value = facts.value ?? null;
  if (value !== null && (!Number.isSafeInteger(value) || value <= 0))
    throw badInput("value", msg("金额须大于零", "The amount must be more than zero"));
  return { eastUnit, westUnit, formedOn, support, value };
}

/** The natural key of a pair among those not withdrawn (the unique index unit_pair_active_key). */
export const pairKey = (pairingId: string, kind: UnitPairKind, eastUnit: string, westUnit: string) =>
  `${pairingId}\u0000${kind}\u0000${eastUnit}\u0000${westUnit}`;

/** The keys of the pairs not withdrawn under these pairings (the import's "unchanged"), one query. */
export async function activePairKeys(ctx: RequestContext, pairingIds: string[]): Promise<Set<string>> {
  if (!pairingIds.length) return new Set();
  const rows = await ctx.manager
    .getRepository(UnitPair)
    .createQueryBuilder("up")
    .select(["up.pairingId", "up.kind", "up.eastUnit", "up.westUnit"])
    .where("up.pairing_id IN (:...ids) AND up.withdrawn_at IS NULL", { ids: pairingIds })
    .getMany();
  return new Set(rows.map((r) => pairKey(r.pairingId, r.kind, r.eastUnit, r.westUnit)));
}

/** `countyOfPair` for the import: the county by id (checked the same way). */
export const countyOfPairIn = (ctx: RequestContext, pairing: Pairing, countyId: string) =>
  countyOfPair(ctx, pairing, countyId);

/** The west county of a pair: a west county within the pairing's west side and the caller's reach. */
async function countyOfPair(ctx: RequestContext, pairing: Pairing, countyId: string | undefined | null) {
  const county = await westCountyOrOwn(ctx, countyId, "countyId");
  if (!(await isWithin(ctx, county.id, pairing.westRegionId)))
    throw badInput("countyId", msg("该县不在此结对关系的受援方", "The county is not on this pairing's west side"));
  await checkCountiesInReach(ctx, [county.id], "countyId");
  return county;
}

/**
 * 登记结对: a coordinator (pairings of its region), a county official (its county, under a pairing it
 * sees) or an admin records a pair. PAIRS_FORMED +1 on the start date, to the pairing named.
 */
export async function recordUnitPair(ctx: RequestContext, input: RecordUnitPairInput): Promise<UnitPair> {
  const pairing = await getPairing(ctx, input.pairingId).catch(() => {
    throw notFound(msg("结对关系", "Pairing"), "pairingId");
  });
  const county = await countyOfPair(ctx, pairing, input.countyId);
  let eastUnit = input.eastUnit;
  let enterpriseId: string | null = null;
  if (input.enterpriseId) {
    if (input.kind !== UnitPairKind.ENTERPRISE_VILLAGE)
      throw badInput(
        "enterpriseId",
        msg("只有企村结对关联企业", "Only an enterprise–village pair links an enterprise"),
      );
    const enterprise = await getEnterprise(ctx, input.enterpriseId, "enterpriseId");
    if (!(await isWithin(ctx, enterprise.homeRegionId, pairing.eastRegionId)))
      throw badInput(
        "enterpriseId",
        msg("该企业不在此结对关系的支援方", "The enterprise is not on this pairing's east side"),
      );
    enterpriseId = enterprise.id;
    eastUnit = eastUnit?.trim() || enterprise.name;
  }
  const facts = checkPairFacts(pairing, { ...input, eastUnit });
  const [pair] = await insertUnitPairs(ctx, [
    { pairingId: pairing.id, countyId: county.id, kind: input.kind, enterpriseId, ...facts },
  ]);
  return pair;
}

/**
 * Writes checked pairs in one statement each for the pairs and their ledger entries (the import and
 * the demo's 467 pairs use this path, one pair too): PAIRS_FORMED +1 on each start date, and an
 * audit entry per pair. A pair already recorded (same pairing, kind and units, not withdrawn) is CONFLICT.
 */
export async function insertUnitPairs(ctx: RequestContext, pairs: CheckedUnitPair[]): Promise<UnitPair[]> {
  if (!pairs.length) return [];
  const col = <T>(f: (p: CheckedUnitPair) => T) => pairs.map(f);
  let rows: { id: string }[];
  try {
    rows = await ctx.manager.query(
      `INSERT INTO unit_pair (pairing_id, county_id, kind, east_unit, west_unit, enterprise_id, formed_on, support, value, created_by)
       SELECT u.pairing_id, u.county_id, u.kind, u.east_unit, u.west_unit, u.enterprise_id, u.formed_on, u.support, u.value, $10::uuid
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::date[], $8::text[], $9::bigint[])
           WITH ORDINALITY AS u(pairing_id, county_id, kind, east_unit, west_unit, enterprise_id, formed_on, support, value, n)
        ORDER BY u.n
       RETURNING id`,
      [
        col((p) => p.pairingId),
        col((p) => p.countyId),
        col((p) => p.kind),
        col((p) => p.eastUnit),
        col((p) => p.westUnit),
        col((p) => p.enterpriseId),
        col((p) => p.formedOn),
        col((p) => p.support),
        col((p) => (p.value === null ? null : String(p.value))),
        ctx.user?.id || null,
      ],
    );
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict(ALREADY, "westUnit");
    throw e;
  }
  // RETURNING follows the insert's order (ORDER BY u.n), which is the input's.
  const ids = rows.map((r) => r.id);
  await appendLedgerEntries(
    ctx,
    pairs.map((p, i) => ({
      pairingId: p.pairingId,
      indicator: Indicator.PAIRS_FORMED,
      amount: 1,
      occurredOn: p.formedOn,
      source: LedgerSource.UNIT_PAIR,
      sourceId: ids[i],
      note: ledgerNote("unitPair", { east: p.eastUnit, west: p.westUnit }),
    })),
  );
  await recordAudits(
    ctx,
    pairs.map((p, i) => ({
      action: "UNIT_PAIR_RECORDED",
      entityType: "UnitPair",
      entityId: ids[i],
      change: {
        pairingId: p.pairingId,
        countyId: p.countyId,
        pairKind: p.kind,
        eastUnit: p.eastUnit,
        westUnit: p.westUnit,
        formedOn: p.formedOn,
        ...(p.enterpriseId ? { enterpriseId: p.enterpriseId } : {}),
        ...(p.support ? { support: p.support } : {}),
        ...(p.value !== null ? { value: formatFen(p.value) } : {}),
      },
    })),
  );
  const found = await ctx.manager.getRepository(UnitPair).findBy(ids.map((id) => ({ id })));
  const byId = new Map(found.map((p) => [p.id, p]));
  return ids.map((id) => byId.get(id)!);
}

/** A pair in the caller's scope, locked for the change; NOT_FOUND naming unitPairId otherwise. */
async function lockPair(ctx: RequestContext, id: string): Promise<UnitPair> {
  const { sql, params } = unitPairScope(ctx, "up");
  const pair = UUID.test(id)
    ? await ctx.manager
        .getRepository(UnitPair)
        .createQueryBuilder("up")
        .where(sql, params)
        .andWhere("up.id = :id", { id })
        .setLock("pessimistic_write")
        .getOne()
    : null;
  if (!pair) throw notFound(msg("结对", "Pair"), "unitPairId");
  return pair;
}

function reasonOf(text: string): string {
  const reason = text.trim();
  if (!reason) throw badInput("reason", msg("请说明原因", "Give the reason"));
  return reason;
}

/**
 * 撤销: a pair entered by mistake is withdrawn (kept, marked, never deleted). PAIRS_FORMED −1 on the
 * start date it was counted on, correcting that entry (in an approved, locked month: into the open
 * period, appendDueEntry). Withdrawing twice is CONFLICT.
 */
export async function withdrawUnitPair(ctx: RequestContext, input: WithdrawUnitPairInput): Promise<UnitPair> {
  const pair = await lockPair(ctx, input.unitPairId);
  if (pair.withdrawnAt) throw conflict(WITHDRAWN, "unitPairId");
  const reason = reasonOf(input.reason);
  await ctx.manager
    .getRepository(UnitPair)
    .update({ id: pair.id }, { withdrawnAt: new Date(), withdrawReason: reason, withdrawnById: ctx.user?.id || null });
  const counted = await latestLedgerEntryOf(ctx, LedgerSource.UNIT_PAIR, pair.id);
  await appendDueEntry(ctx, {
    pairingId: pair.pairingId,
    indicator: Indicator.PAIRS_FORMED,
    amount: -1,
    occurredOn: pair.formedOn,
    source: LedgerSource.UNIT_PAIR,
    sourceId: pair.id,
    note: ledgerNote("unitPairWithdrawn", { reason }),
    correctsId: counted?.id ?? null,
  });
  await recordAudit(ctx, {
    action: "UNIT_PAIR_WITHDRAWN",
    entityType: "UnitPair",
    entityId: pair.id,
    change: { reason, formedOn: pair.formedOn },
  });
  return ctx.manager.getRepository(UnitPair).findOneByOrFail({ id: pair.id });
}

/**
 * 结束: the pair ended on a date, with a reason. It was formed, so the year it was formed in keeps its
 * count: no ledger entry. A withdrawn pair cannot end (BAD_USER_INPUT); an ended one again is CONFLICT.
 */
export async function endUnitPair(ctx: RequestContext, input: EndUnitPairInput): Promise<UnitPair> {
  const pair = await lockPair(ctx, input.unitPairId);
  if (pair.withdrawnAt) throw badInput("unitPairId", WITHDRAWN);
  if (pair.endedOn) throw conflict(msg("该结对已结束", "This pair has already ended"), "unitPairId");
  const endedOn = notInFuture(input.endedOn, "endedOn");
  if (endedOn < pair.formedOn) throw badInput("endedOn", msg("早于结对日期", "Before the pair was formed"));
  const reason = reasonOf(input.reason);
  await ctx.manager.getRepository(UnitPair).update({ id: pair.id }, { endedOn, endReason: reason });
  await recordAudit(ctx, {
    action: "UNIT_PAIR_ENDED",
    entityType: "UnitPair",
    entityId: pair.id,
    change: { endedOn, reason },
  });
  return ctx.manager.getRepository(UnitPair).findOneByOrFail({ id: pair.id });
}

/**
 * 更正结对日期: the start date was wrong. The count moves with it: −1 on the old date (correcting the
 * entry that counted it), +1 on the new, so a move across years leaves the old year and enters the new.
 */
export async function changeUnitPairFormedOn(
  ctx: RequestContext,
  input: ChangeUnitPairFormedOnInput,
): Promise<UnitPair> {
  const pair = await lockPair(ctx, input.unitPairId);
  if (pair.withdrawnAt) throw badInput("unitPairId", WITHDRAWN);
  // The pair is in scope; its pairing is followed unscoped (a county official may not see a prefecture's pairing).
  const pairing = await loadPairing(ctx, pair.pairingId);
  const formedOn = recordedDate(
    input.formedOn,
    "formedOn",
    pairing ? { date: pairing.since, what: "结对关系开始" } : undefined,
  );
  if (pairing?.endedOn && formedOn > pairing.endedOn)
    throw badInput("formedOn", msg("晚于结对关系终止日期", "After the pairing ended"));
  if (pair.endedOn && formedOn > pair.endedOn) throw badInput("formedOn", msg("晚于结束日期", "After the pair ended"));
  if (formedOn === pair.formedOn) throw badInput("formedOn", msg("日期未改变", "The date is unchanged"));
  const reason = reasonOf(input.reason);
  await ctx.manager.getRepository(UnitPair).update({ id: pair.id }, { formedOn });
  const counted = await latestLedgerEntryOf(ctx, LedgerSource.UNIT_PAIR, pair.id);
  const note = ledgerNote("unitPairMoved", { from: pair.formedOn, to: formedOn });
  const base = {
    pairingId: pair.pairingId,
    indicator: Indicator.PAIRS_FORMED,
    source: LedgerSource.UNIT_PAIR,
    sourceId: pair.id,
    note,
  };
  // The −1 is dated on the day first counted; in a locked month it goes into the open period (appendDueEntry).
  await appendDueEntry(ctx, { ...base, amount: -1, occurredOn: pair.formedOn, correctsId: counted?.id ?? null });
  await appendLedgerEntry(ctx, { ...base, amount: 1, occurredOn: formedOn });
  await recordAudit(ctx, {
    action: "UNIT_PAIR_REDATED",
    entityType: "UnitPair",
    entityId: pair.id,
    change: { before: { formedOn: pair.formedOn }, formedOn, reason },
  });
  return ctx.manager.getRepository(UnitPair).findOneByOrFail({ id: pair.id });
}

/** A pair in the caller's scope; NOT_FOUND otherwise. */
export async function getUnitPair(ctx: RequestContext, id: string): Promise<UnitPair> {
  const { sql, params } = unitPairScope(ctx, "up");
  const pair = UUID.test(id)
    ? await ctx.manager
        .getRepository(UnitPair)
        .createQueryBuilder("up")
        .where(sql, params)
        .andWhere("up.id = :id", { id })
        .getOne()
    : null;
  if (!pair) throw notFound(msg("结对", "Pair"));
  return pair;
}

function checkYear(year: number, field = "year") {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw badInput(field, msg("年份须在 2000–2100 之间", "Year must be 2000–2100"));
}

function filtered(ctx: RequestContext, filter: UnitPairFilter | undefined) {
  const { sql, params } = unitPairScope(ctx, "up");
  const qb = ctx.manager.getRepository(UnitPair).createQueryBuilder("up").where(sql, params);
  if (filter?.kind) qb.andWhere("up.kind = :kind", { kind: filter.kind });
  if (filter?.countyId) {
    if (!UUID.test(filter.countyId)) throw badInput("countyId", msg("地区不存在", "Unknown region"));
    andWhere(qb, inSubtree("up.county_id", filter.countyId));
  }
  if (filter?.pairingId) {
    if (!UUID.test(filter.pairingId)) throw badInput("pairingId", msg("结对关系不存在", "Unknown pairing"));
    qb.andWhere("up.pairing_id = :pid", { pid: filter.pairingId });
  }
  if (filter?.status === UnitPairStatus.WITHDRAWN) qb.andWhere("up.withdrawn_at IS NOT NULL");
  if (filter?.status === UnitPairStatus.ENDED) qb.andWhere("up.withdrawn_at IS NULL AND up.ended_on IS NOT NULL");
  if (filter?.status === UnitPairStatus.ACTIVE) qb.andWhere("up.withdrawn_at IS NULL AND up.ended_on IS NULL");
  if (filter?.year !== undefined && filter.year !== null) {
    checkYear(filter.year);
    qb.andWhere("up.formed_on >= :from AND up.formed_on < :to", {
      from: `${filter.year}-01-01`,
      to: `${filter.year + 1}-01-01`,
    });
  }
  if (filter?.search?.trim()) {
    const s = containsPattern(filter.search);
    qb.andWhere("(up.east_unit LIKE :s OR up.west_unit LIKE :s)", { s });
  }
  return qb;
}

export async function listUnitPairs(
  ctx: RequestContext,
  filter: UnitPairFilter | undefined,
  offset: number,
  first: number,
): Promise<Page<UnitPair>> {
  const qb = filtered(ctx, filter).orderBy("up.formed_on", "DESC").addOrderBy("up.id", "ASC");
  const [nodes, totalCount] = await qb.offset(offset).limit(first).getManyAndCount();
  return { nodes, totalCount, offset, first };
}

/**
 * 结对汇总 for a year, by kind, over the pairs in scope (and the filter's county / pairing): formed in
 * the year and not withdrawn (what PAIRS_FORMED counts), and active on 31 December (formed by then,
 * not ended by then, not withdrawn). One query.
 */
export async function unitPairSummary(
  ctx: RequestContext,
  year: number,
  filter: Pick<UnitPairFilter, "countyId" | "pairingId"> | undefined,
): Promise<UnitPairSummary> {
  checkYear(year);
  const end = `${year}-12-31`;
  const rows: { kind: UnitPairKind; formed: string; active: string }[] = await filtered(ctx, {
    countyId: filter?.countyId,
    pairingId: filter?.pairingId,
  })
    .select("up.kind", "kind")
    .addSelect("count(*) FILTER (WHERE up.formed_on >= :yFrom AND up.formed_on <= :yEnd)", "formed")
    .addSelect(
      "count(*) FILTER (WHERE up.formed_on <= :yEnd AND (up.ended_on IS NULL OR up.ended_on > :yEnd))",
      "active",
    )
    .andWhere("up.withdrawn_at IS NULL")
    .setParameters({ yFrom: `${year}-01-01`, yEnd: end })
    .groupBy("up.kind")
    .getRawMany();
  const byKind: UnitPairKindCount[] = KINDS.map((kind) => {
    const r = rows.find((x) => x.kind === kind);
    return { kind, formed: Number(r?.formed ?? 0), activeAtYearEnd: Number(r?.active ?? 0) };
  });
  return {
    year,
    byKind,
    formed: byKind.reduce((s, k) => s + k.formed, 0),
    activeAtYearEnd: byKind.reduce((s, k) => s + k.activeAtYearEnd, 0),
  };
}
