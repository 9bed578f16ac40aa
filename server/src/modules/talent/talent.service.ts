import { Role } from "../../shared/auth";
import { loader, type RequestContext } from "../../shared/context";
import { notInFuture, recordedDate, today } from "../../shared/dates";
import { badInput, conflict, forbidden, notFound } from "../../shared/errors";
import { msg } from "../../shared/messages";
import type { Page } from "../../shared/pagination";
import { maskPhone, piiCipher } from "../../shared/pii";
import { andWhere, cond, param, positional } from "../../shared/scoped";
import { containsPattern, UUID } from "../../shared/sql";
import { Indicator } from "../agreements/indicator";
import { recordAudit } from "../audit/audit.service";
import { LedgerSource } from "../ledger/ledger.entity";
import { appendDueEntry, netEntriesOf } from "../ledger/ledger.service";
import { ledgerNote } from "../ledger/ledger.notes";
import { findMostSpecificPairing, westCountyInReach } from "../pairings/pairing.service";
import { eastRegionInReach, eastRegionOrOwn, inSubtree } from "../regions/region.service";
import { talentCountedSql } from "./talent.counting";
import {
  PostingStatus,
  TalentDirection,
  TalentPerson,
  TalentPersonPhone,
  TalentPosting,
  TalentYearSummary,
} from "./talent.entity";
import type {
  ChangeTalentPersonInput,
  ChangeTalentPostingInput,
  EndTalentPostingInput,
  NewTalentPersonInput,
  RecordTalentPostingInput,
  TalentPostingFilter,
  WithdrawTalentPostingInput,
} from "./talent.inputs";
import { personScope, postingScope, writablePostingScope } from "./talent.scope";
import { visiblePostingById } from "./talent.loaders";

const PERSON = msg("人员", "Person");
const POSTING = msg("派驻记录", "Posting");
/** A posting longer than this is a typing mistake (挂职 terms run one to three years). */
const LONGEST_POSTING_YEARS = 5;
/** "Ending soon": the last day in post within this many days from today. */
export const ENDING_SOON_DAYS = 30;

const MOBILE = /^1[3-9]\d{9}$/;

/** The mobile number a person's input gives, normalised; null when none. Never echoed. */
function checkPhone(phone: string | null | undefined, field: string): string | null {
  const p = (phone ?? "").replace(/[\s-]/g, "");
  if (!p) return null;
  if (!MOBILE.test(p))
    throw badInput(field, msg("手机号码须为11位大陆手机号", "Enter an 11-digit mainland mobile number"));
  return p;
}

function checkText(value: string | null | undefined, field: string, what: { zh: string; en: string }): string {
  const v = (value ?? "").trim();
  if (!v) throw badInput(field, msg(`请输入${what.zh}`, `Enter the ${what.en}`));
  return v;
}

/** Where a posting stands on `on` (today unless given). */
export function postingStatus(t: TalentPosting, on = today()): PostingStatus {
  if (t.withdrawnAt) return PostingStatus.WITHDRAWN;
  if (on < t.startsOn) return PostingStatus.NOT_STARTED;
  if (on > t.endsOn) return PostingStatus.ENDED;
  return PostingStatus.IN_POST;
}

const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

function checkSpan(startsOn: string, plannedEndOn: string) {
  recordedDate(startsOn, "startsOn");
  if (plannedEndOn < startsOn)
    throw badInput("plannedEndOn", msg("计划结束日期不能早于开始日期", "The planned end is before the start"));
  const [y, rest] = [Number(startsOn.slice(0, 4)), startsOn.slice(4)];
  if (plannedEndOn > `${y + LONGEST_POSTING_YEARS}${rest}`)
    throw badInput(
      "plannedEndOn",
      msg(`派驻期限不超过${LONGEST_POSTING_YEARS}年`, `A posting lasts at most ${LONGEST_POSTING_YEARS} years`),
    );
}

// ---------------------------------------------------------------------------------------------
// Reads

/** One posting in the caller's scope; NOT_FOUND otherwise (its existence is not confirmed). */
export async function getTalentPosting(ctx: RequestContext, id: string, field?: string): Promise<TalentPosting> {
  const t = UUID.test(id) ? await loader(ctx, visiblePostingById).load(id) : null;
  if (!t) throw notFound(POSTING, field);
  return t;
}

export async function listTalentPostings(
  ctx: RequestContext,
  filter: TalentPostingFilter | undefined | null,
  offset: number,
  first: number,
): Promise<Page<TalentPosting>> {
  const qb = ctx.manager.getRepository(TalentPosting).createQueryBuilder("t");
  andWhere(qb, postingScope(ctx, "t"));
  const ends = "COALESCE(t.ended_on, t.planned_end_on)";
  if (!filter?.includeWithdrawn) qb.andWhere("t.withdrawn_at IS NULL");
  if (filter?.year) {
    qb.andWhere(`t.starts_on <= :yEnd AND ${ends} >= :yStart`, {
      yStart: `${filter.year}-01-01`,
      yEnd: `${filter.year}-12-31`,
    });
  }
  if (filter?.countyId) andWhere(qb, inSubtree("t.county_id", filter.countyId));
  if (filter?.category) qb.andWhere("t.category = :category", { category: filter.category });
  if (filter?.direction) qb.andWhere("t.direction = :direction", { direction: filter.direction });
  if (filter?.inPostOn) qb.andWhere(`t.starts_on <= :on AND ${ends} >= :on`, { on: filter.inPostOn });
  if (filter?.endingSoon) {
    qb.andWhere(`t.starts_on <= :today AND ${ends} >= :today AND ${ends} <= :soon`, {
      today: today(),
      soon: addDays(today(), ENDING_SOON_DAYS),
    });
  }
  if (filter?.search?.trim()) {
    const s = param(containsPattern(filter.search));
    andWhere(
      qb,
      cond`(t.sending_unit LIKE ${s} OR t.receiving_unit LIKE ${s} OR t.role_title LIKE ${s}
        OR t.person_id IN (SELECT sp.id FROM talent_person sp WHERE sp.name LIKE ${s} OR sp.institution LIKE ${s}))`,
    );
  }
  if (filter?.endingSoon) qb.orderBy(ends, "ASC");
  else qb.orderBy("t.starts_on", "DESC");
  qb.addOrderBy("t.id", "ASC");
  const [nodes, totalCount] = await qb.offset(offset).limit(first).getManyAndCount();
  return { nodes, totalCount, offset, first };
}

/** People already recorded (to pick one for a new posting), in the caller's scope, by name. */
export async function listTalentPeople(
  ctx: RequestContext,
  search: string | null | undefined,
  offset: number,
  first: number,
): Promise<Page<TalentPerson>> {
  const qb = ctx.manager.getRepository(TalentPerson).createQueryBuilder("tp");
  andWhere(qb, personScope(ctx, "tp"));
  if (search?.trim()) {
    const s = param(containsPattern(search));
    andWhere(qb, cond`(tp.name LIKE ${s} OR tp.institution LIKE ${s})`);
  }
  qb.orderBy("tp.name", "ASC").addOrderBy("tp.id", "ASC");
  const [nodes, totalCount] = await qb.offset(offset).limit(first).getManyAndCount();
  return { nodes, totalCount, offset, first };
}

/**
 * 按年汇总: distinct people in post at some time in the year, in the caller's scope (withdrawn
 * records aside): cadres and professionals sent (by category), and those received beside them.
 */
export async function talentSummary(ctx: RequestContext, year: number): Promise<TalentYearSummary> {
  const { sql, params } = positional(
    cond`SELECT
        count(DISTINCT t.person_id) FILTER (WHERE t.direction = 'SENT' AND t.category = 'CADRE')::int AS cadres_sent,
        count(DISTINCT t.person_id) FILTER (WHERE t.direction = 'SENT' AND t.category <> 'CADRE')::int AS professionals_sent,
        count(DISTINCT t.person_id) FILTER (WHERE t.direction = 'SENT' AND t.category = 'TEACHER')::int AS teachers_sent,
        count(DISTINCT t.person_id) FILTER (WHERE t.direction = 'SENT' AND t.category = 'DOCTOR')::int AS doctors_sent,
        count(DISTINCT t.person_id) FILTER (WHERE t.direction = 'SENT' AND t.category = 'AGRI_TECH')::int AS agri_tech_sent,
        count(DISTINCT t.person_id) FILTER (WHERE t.direction = 'SENT' AND t.category = 'OTHER')::int AS other_sent,
        count(DISTINCT t.person_id) FILTER (WHERE t.direction = 'RECEIVED' AND t.category = 'CADRE')::int AS cadres_received,
        count(DISTINCT t.person_id) FILTER (WHERE t.direction = 'RECEIVED' AND t.category <> 'CADRE')::int AS professionals_received
      FROM talent_posting t
     WHERE ${postingScope(ctx, "t")} AND t.withdrawn_at IS NULL
       AND t.starts_on <= ${param(`${year}-12-31`)}::date
       AND COALESCE(t.ended_on, t.planned_end_on) >= ${param(`${year}-01-01`)}::date`,
    1,
  );
  const [r] = await ctx.manager.query(sql, params);
  return Object.assign(new TalentYearSummary(), {
    year,
    cadresSent: r.cadres_sent,
    professionalsSent: r.professionals_sent,
    teachersSent: r.teachers_sent,
    doctorsSent: r.doctors_sent,
    agriTechSent: r.agri_tech_sent,
    otherSent: r.other_sent,
    cadresReceived: r.cadres_received,
    professionalsReceived: r.professionals_received,
  });
}

// ---------------------------------------------------------------------------------------------
// The count: exact by construction

/**
 * Brings the ledger's TALENT_POSTING entries of one person in line with their postings: what the
 * postings say now (talent.counting.ts, +1 per indicator and year in post) minus what the ledger
 * holds for the person, appended as +1 / −1 entries in the caller's transaction. The caller holds
 * the person's row lock, so two changes of one person's postings recount one after the other.
 * A delta whose day (1 January of a later year in post, or the start) lies in an approved, locked
 * month goes into the current open period (appendDueEntry: dated today, its note naming the month it
 * belongs to, pointing at the entry it adjusts), so a locked January no longer refuses every posting
 * begun in an earlier year; the ledger is still compared by the day each entry belongs to.
 */
export async function recountPerson(ctx: RequestContext, personId: string): Promise<number> {
  const wanted: { pairing_id: string; indicator: Indicator; occurred_on: string }[] = await ctx.manager.query(
    talentCountedSql(true),
    [personId],
  );
  const held = await netEntriesOf(ctx, LedgerSource.TALENT_POSTING, personId);
  const key = (pairingId: string, indicator: string, on: string) => `${pairingId}\u0000${indicator}\u0000${on}`;
  const delta = new Map<
    string,
    { pairingId: string; indicator: Indicator; occurredOn: string; amount: number; correctsId: string | null }
  >();
  for (const w of wanted)
    delta.set(key(w.pairing_id, w.indicator, w.occurred_on), {
      pairingId: w.pairing_id,
      indicator: w.indicator,
      occurredOn: w.occurred_on,
      amount: 1,
      correctsId: null,
    });
  for (const h of held) {
    const k = key(h.pairingId, h.indicator, h.occurredOn);
    const d = delta.get(k) ?? { pairingId: h.pairingId, indicator: h.indicator, occurredOn: h.occurredOn, amount: 0 };
    delta.set(k, { ...d, amount: d.amount - h.net, correctsId: h.latestId });
  }
  let appended = 0;
  for (const d of [...delta.values()].sort((a, b) => a.occurredOn.localeCompare(b.occurredOn))) {
    if (d.amount === 0) continue;
    await appendDueEntry(ctx, {
      pairingId: d.pairingId,
      indicator: d.indicator,
      amount: d.amount,
      occurredOn: d.occurredOn,
      source: LedgerSource.TALENT_POSTING,
      sourceId: personId,
      correctsId: d.correctsId,
      note: d.amount > 0 && !held.length ? ledgerNote("talentInPost") : ledgerNote("talentRecounted"),
    });
    appended++;
  }
  return appended;
}

/** The person's row, locked for the rest of the transaction (every change of their postings takes it). */
async function lockPerson(ctx: RequestContext, personId: string): Promise<void> {
  await ctx.manager.query(`SELECT id FROM talent_person WHERE id = $1 FOR UPDATE`, [personId]);
}

// ---------------------------------------------------------------------------------------------
// Writes

/** A person in the caller's scope (to give them another posting); NOT_FOUND naming `field` otherwise. */
async function personInScope(ctx: RequestContext, id: string, field: string): Promise<TalentPerson> {
  const found = UUID.test(id)
    ? await andWhere(ctx.manager.getRepository(TalentPerson).createQueryBuilder("tp"), personScope(ctx, "tp"))
        .andWhere("tp.id = :pid", { pid: id })
        .getOne()
    : null;
  if (!found) throw notFound(PERSON, field);
  return found;
}

async function createPerson(ctx: RequestContext, input: NewTalentPersonInput): Promise<TalentPerson> {
  const name = checkText(input.name, "person.name", { zh: "姓名", en: "name" });
  if ([...name].length > 50) throw badInput("person.name", msg("姓名不超过50字", "At most 50 characters"));
  const institution = checkText(input.institution, "person.institution", { zh: "工作单位", en: "institution" });
  const phone = checkPhone(input.phone, "person.phone");
  // One person, one record: the same name at the same institution, already in the caller's view, is
  // picked rather than recorded again (a namesake elsewhere the caller cannot see is not revealed).
  const twin = await andWhere(ctx.manager.getRepository(TalentPerson).createQueryBuilder("tp"), personScope(ctx, "tp"))
    .andWhere("tp.name = :n AND tp.institution = :i", { n: name, i: institution })
    .getOne();
  if (twin)
    throw conflict(
      msg("已有同名同单位的人员,请从已登记人员中选择", "This person is already recorded: pick them instead"),
      "person.name",
    );
  const pii = piiCipher(ctx.config.piiSecret);
  const { identifiers } = await ctx.manager.getRepository(TalentPerson).insert({
    name,
    institution,
    phoneEnc: phone ? pii.encrypt(phone) : null,
    phoneMasked: phone ? maskPhone(phone) : null,
    createdById: ctx.user?.id || null,
  });
  return ctx.manager.getRepository(TalentPerson).findOneByOrFail({ id: identifiers[0].id as string });
}

/**
 * 登记派驻: a posting of a person already recorded (`personId`) or of a new one (`person`).
 * SENT: coordinators (their own east side, any county paired with it) and admins; RECEIVED also
 * county officials, for the people their county sends east. The pairing is the most specific one of
 * (east region, county); none is BAD_USER_INPUT on countyId. The person's count follows.
 */
export async function recordTalentPosting(
  ctx: RequestContext,
  input: RecordTalentPostingInput,
): Promise<TalentPosting> {
  const role = ctx.user!.role;
  if (role === Role.COUNTY_OFFICIAL && input.direction !== TalentDirection.RECEIVED) throw forbidden();
  if (!!input.personId === !!input.person)
    throw badInput("personId", msg("请选择已登记人员或填写新人员", "Pick a recorded person or enter a new one"));
  const county = await westCountyInReach(ctx, input.countyId, "countyId");
  const east =
    role === Role.COUNTY_OFFICIAL
      ? await eastRegionInReach(
          ctx,
          checkText(input.eastRegionId, "eastRegionId", { zh: "东部地区", en: "east region" }),
          "eastRegionId",
        )
      : await eastRegionOrOwn(ctx, input.eastRegionId, "eastRegionId");
  const pairing = await findMostSpecificPairing(ctx, east.id, county.id);
  if (!pairing)
    throw badInput("countyId", msg("该县未与该东部地区结对", "This county is not paired with that east region"));
  const sendingUnit = checkText(input.sendingUnit, "sendingUnit", { zh: "派出单位", en: "sending unit" });
  const receivingUnit = checkText(input.receivingUnit, "receivingUnit", { zh: "接收单位", en: "receiving unit" });
  checkSpan(input.startsOn, input.plannedEndOn);
  const person = input.personId
    ? await personInScope(ctx, input.personId, "personId")
    : await createPerson(ctx, input.person!);
  await lockPerson(ctx, person.id);

  const { identifiers } = await ctx.manager.getRepository(TalentPosting).insert({
    personId: person.id,
    pairingId: pairing.id,
    eastRegionId: east.id,
    countyId: county.id,
    direction: input.direction,
    category: input.category,
    kind: input.kind,
    sendingUnit,
    receivingUnit,
    roleTitle: input.roleTitle?.trim() || null,
    startsOn: input.startsOn,
    plannedEndOn: input.plannedEndOn,
    endedOn: null,
    endReason: null,
    withdrawnAt: null,
    withdrawnReason: null,
    createdById: ctx.user?.id || null,
  });
  const id = identifiers[0].id as string;
  const entries = await recountPerson(ctx, person.id);
  await recordAudit(ctx, {
    action: "TALENT_POSTING_RECORDED",
    entityType: "TalentPosting",
    entityId: id,
    change: {
      personId: person.id,
      name: person.name,
      institution: person.institution,
      ...(input.person ? { phone: person.phoneMasked } : {}),
      direction: input.direction,
      category: input.category,
      kind: input.kind,
      county: county.code,
      east: east.code,
      pairingId: pairing.id,
      sendingUnit,
      receivingUnit,
      roleTitle: input.roleTitle?.trim() || null,
      startsOn: input.startsOn,
      plannedEndOn: input.plannedEndOn,
      ledgerEntries: entries,
    },
  });
  return ctx.manager.getRepository(TalentPosting).findOneByOrFail({ id });
}

/**
 * A posting the caller may change, its person locked: NOT_FOUND outside the caller's scope,
 * FORBIDDEN where it is visible but not writable (a county official and a SENT posting), and
 * BAD_USER_INPUT once withdrawn.
 */
async function postingForWrite(ctx: RequestContext, id: string): Promise<TalentPosting> {
  const seen = await getTalentPosting(ctx, id, "postingId");
  const writable = await andWhere(
    ctx.manager.getRepository(TalentPosting).createQueryBuilder("t"),
    writablePostingScope(ctx, "t"),
  )
    .andWhere("t.id = :tid", { tid: seen.id })
    .getOne();
  if (!writable) throw forbidden();
  await lockPerson(ctx, writable.personId);
  // Re-read under the lock: a concurrent change of the same person committed before we got it.
  const t = await ctx.manager.getRepository(TalentPosting).findOneByOrFail({ id: seen.id });
  if (t.withdrawnAt) throw badInput("postingId", msg("该记录已撤回", "This record has been withdrawn"));
  return t;
}

const facts = (t: TalentPosting) => ({
  category: t.category,
  kind: t.kind,
  sendingUnit: t.sendingUnit,
  receivingUnit: t.receivingUnit,
  roleTitle: t.roleTitle,
  startsOn: t.startsOn,
  plannedEndOn: t.plannedEndOn,
});

/** 修改派驻: the posting's facts (dates, category, units, role); the person's count follows. */
export async function changeTalentPosting(
  ctx: RequestContext,
  input: ChangeTalentPostingInput,
): Promise<TalentPosting> {
  const t = await postingForWrite(ctx, input.postingId);
  const before = facts(t);
  const next = {
    category: input.category ?? t.category,
    kind: input.kind ?? t.kind,
    sendingUnit:
      input.sendingUnit == null
        ? t.sendingUnit
        : checkText(input.sendingUnit, "sendingUnit", { zh: "派出单位", en: "sending unit" }),
    receivingUnit:
      input.receivingUnit == null
        ? t.receivingUnit
        : checkText(input.receivingUnit, "receivingUnit", { zh: "接收单位", en: "receiving unit" }),
    roleTitle: input.roleTitle == null ? t.roleTitle : input.roleTitle.trim() || null,
    startsOn: input.startsOn ?? t.startsOn,
    plannedEndOn: input.plannedEndOn ?? t.plannedEndOn,
  };
  checkSpan(next.startsOn, next.plannedEndOn);
  if (t.endedOn && (t.endedOn < next.startsOn || t.endedOn > next.plannedEndOn))
    throw badInput("plannedEndOn", msg("提前结束日期须在派驻期内", "The early end must lie within the posting"));
  const changed = Object.fromEntries(
    Object.entries(next).filter(([k, v]) => before[k as keyof typeof before] !== v),
  ) as Partial<typeof next>;
  if (!Object.keys(changed).length) return t;
  await ctx.manager.getRepository(TalentPosting).update({ id: t.id }, changed);
  const entries = await recountPerson(ctx, t.personId);
  await recordAudit(ctx, {
    action: "TALENT_POSTING_CHANGED",
    entityType: "TalentPosting",
    entityId: t.id,
    change: {
      before: Object.fromEntries(Object.keys(changed).map((k) => [k, before[k as keyof typeof before]])),
      after: changed,
      ledgerEntries: entries,
    },
  });
  return ctx.manager.getRepository(TalentPosting).findOneByOrFail({ id: t.id });
}

/** 提前结束: the last day in post (within the posting, not in the future) and why; later years leave the count. */
export async function endTalentPosting(ctx: RequestContext, input: EndTalentPostingInput): Promise<TalentPosting> {
  const t = await postingForWrite(ctx, input.postingId);
  if (t.endedOn) throw conflict(msg("该派驻已提前结束", "This posting has already ended early"), "postingId");
  notInFuture(input.endedOn, "endedOn");
  if (input.endedOn < t.startsOn)
    throw badInput("endedOn", msg("结束日期不能早于开始日期", "The end is before the start"));
  if (input.endedOn > t.plannedEndOn)
    throw badInput("endedOn", msg("结束日期晚于计划结束日期", "After the planned end"));
  const reason = checkText(input.reason, "reason", { zh: "原因", en: "reason" });
  await ctx.manager.getRepository(TalentPosting).update({ id: t.id }, { endedOn: input.endedOn, endReason: reason });
  const entries = await recountPerson(ctx, t.personId);
  await recordAudit(ctx, {
    action: "TALENT_POSTING_ENDED",
    entityType: "TalentPosting",
    entityId: t.id,
    change: { plannedEndOn: t.plannedEndOn, endedOn: input.endedOn, reason, ledgerEntries: entries },
  });
  return ctx.manager.getRepository(TalentPosting).findOneByOrFail({ id: t.id });
}

/** 撤回: a record made in error leaves the lists and the count (−1 entries); the row and its trail stay. */
export async function withdrawTalentPosting(
  ctx: RequestContext,
  input: WithdrawTalentPostingInput,
): Promise<TalentPosting> {
  const t = await postingForWrite(ctx, input.postingId);
  const reason = checkText(input.reason, "reason", { zh: "原因", en: "reason" });
  await ctx.manager
    .getRepository(TalentPosting)
    .update({ id: t.id }, { withdrawnAt: new Date(), withdrawnReason: reason });
  const entries = await recountPerson(ctx, t.personId);
  await recordAudit(ctx, {
    action: "TALENT_POSTING_WITHDRAWN",
    entityType: "TalentPosting",
    entityId: t.id,
    change: { reason, ledgerEntries: entries },
  });
  return ctx.manager.getRepository(TalentPosting).findOneByOrFail({ id: t.id });
}

/** A person the caller may change: one of their postings is writable by the caller; else NOT_FOUND / FORBIDDEN. */
async function personForWrite(ctx: RequestContext, id: string): Promise<TalentPerson> {
  const p = await personInScope(ctx, id, "personId");
  const [row] = await andWhere(
    ctx.manager.getRepository(TalentPosting).createQueryBuilder("t").select("t.id"),
    writablePostingScope(ctx, "t"),
  )
    .andWhere("t.person_id = :pid", { pid: p.id })
    .limit(1)
    .getMany();
  if (!row) throw forbidden();
  return p;
}

/** 修改人员信息: name, institution, phone (the audit keeps the masks only). */
export async function changeTalentPerson(ctx: RequestContext, input: ChangeTalentPersonInput): Promise<TalentPerson> {
  const p = await personForWrite(ctx, input.personId);
  await lockPerson(ctx, p.id);
  const set: Partial<TalentPerson> = {};
  if (input.name != null) set.name = checkText(input.name, "name", { zh: "姓名", en: "name" });
  if (input.institution != null)
    set.institution = checkText(input.institution, "institution", { zh: "工作单位", en: "institution" });
  if (input.phone != null) {
    const phone = checkPhone(input.phone, "phone");
    set.phoneEnc = phone ? piiCipher(ctx.config.piiSecret).encrypt(phone) : null;
    set.phoneMasked = phone ? maskPhone(phone) : null;
  }
  if (!Object.keys(set).length) return p;
  await ctx.manager.getRepository(TalentPerson).update({ id: p.id }, set);
  const { phoneEnc: _hidden, ...shown } = set;
  await recordAudit(ctx, {
    action: "TALENT_PERSON_CHANGED",
    entityType: "TalentPerson",
    entityId: p.id,
    change: {
      before: Object.fromEntries(Object.keys(shown).map((k) => [k, p[k as keyof TalentPerson]])),
      after: shown,
    },
  });
  return ctx.manager.getRepository(TalentPerson).findOneByOrFail({ id: p.id });
}

/**
 * The person's full phone number, for the edit dialog of those who record their postings (a
 * coordinator, an admin; a county official for the people its county sends east). Nobody sees it
 * in a list, an export or the audit trail; each read writes an audit entry (who, whom; never the number).
 */
export async function revealTalentPersonPhone(ctx: RequestContext, personId: string): Promise<TalentPersonPhone> {
  const p = await personForWrite(ctx, personId);
  const [row] = await ctx.manager.query(`SELECT phone_enc FROM talent_person WHERE id = $1`, [p.id]);
  await recordAudit(ctx, {
    action: "TALENT_PERSON_PHONE_REVEALED",
    entityType: "TalentPerson",
    entityId: p.id,
    change: { fields: ["phone"] },
  });
  return Object.assign(new TalentPersonPhone(), {
    personId: p.id,
    phone: row?.phone_enc ? piiCipher(ctx.config.piiSecret).decrypt(row.phone_enc) : null,
  });
}
