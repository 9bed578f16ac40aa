import type { RequestContext } from "../../shared/context";
import { recordedDate } from "../../shared/dates";
import { badInput, conflict, forbidden, notFound } from "../../shared/errors";
import { msg } from "../../shared/messages";
import type { Page } from "../../shared/pagination";
import { allOf, anyOf, cond, param, positional, type Scope } from "../../shared/scoped";
import { containsPattern, rowsOf, UUID } from "../../shared/sql";
import { Indicator } from "../agreements/indicator";
import { recordAudit } from "../audit/audit.service";
import { LedgerSource } from "../ledger/ledger.entity";
import { ledgerNote } from "../ledger/ledger.notes";
import { appendDueEntry, appendLedgerEntry, ledgerEntriesOf } from "../ledger/ledger.service";
import { getPairing, pairingIdsEnclosedBy, pairingIdsInScope } from "../pairings/pairing.service";
import type { Pairing } from "../pairings/pairing.entity";
import { JointWork, JointWorkKind } from "./joint-work.entity";
import type {
  JointWorkFilter,
  JointWorkSummary,
  JointWorkSummaryRow,
  RecordJointWorkInput,
  WithdrawJointWorkInput,
} from "./joint-work.inputs";
import { jointWorkScope, mayWrite } from "./joint-work.scope";

const WHAT = msg("组织领导记录", "Joint work record");
export const MAX_PERSON_VISITS = 100_000;

/** What a record credits: +1 JOINT_MEETINGS for a meeting; +person-visits EXCHANGE_VISITS for any. */
export function creditsOf(r: { kind: JointWorkKind; personVisits: number }): [Indicator, number][] {
  return [
    ...(r.kind === JointWorkKind.MEETING ? ([[Indicator.JOINT_MEETINGS, 1]] as [Indicator, number][]) : []),
    [Indicator.EXCHANGE_VISITS, r.personVisits],
  ];
}

function requiredText(value: string | undefined | null, field: string, zh: string, en: string): string {
  const t = (value ?? "").trim();
  if (!t) throw badInput(field, msg(zh, en));
  return t;
}

function offices(list: string[] | undefined): string[] {
  return [...new Set((list ?? []).map((s) => s.trim()).filter(Boolean))];
}

/** A pairing the caller may record this kind of joint work for (NOT_FOUND out of scope, FORBIDDEN visible but not theirs). */
async function pairingForWrite(ctx: RequestContext, input: RecordJointWorkInput): Promise<Pairing> {
  const pairing = await getPairing(ctx, input.pairingId).catch(() => {
    throw notFound(msg("结对关系", "Pairing"), "pairingId");
  });
  if (!mayWrite(ctx, input))
    throw forbidden(
      msg("县级工作人员只能登记本县赴东部的互访调研", "County officials record only their county's visits to the east"),
    );
  return pairing;
}

/**
 * 登记组织领导: a joint meeting or a leadership visit of a pairing, with the ledger entries it
 * causes (creditsOf) dated the day it was held, in the caller's transaction.
 */
export async function recordJointWork(ctx: RequestContext, input: RecordJointWorkInput): Promise<JointWork> {
  const pairing = await pairingForWrite(ctx, input);
  const heldOn = recordedDate(input.heldOn, "heldOn", { date: pairing.since, what: "结对开始" });
  if (pairing.endedOn && heldOn > pairing.endedOn)
    throw badInput("heldOn", msg("晚于结对终止日期", "After the pairing ended"));
  const title = requiredText(input.title, "title", "请输入名称", "Enter the title");
  const place = requiredText(input.place, "place", "请输入地点", "Enter the place");
  const leader = requiredText(input.leader, "leader", "请输入带队领导职务", "Enter the leader's title");
  if (input.kind === JointWorkKind.VISIT && !input.direction)
    throw badInput("direction", msg("请选择互访方向", "Choose the direction of the visit"));
  if (input.kind === JointWorkKind.MEETING && input.direction)
    throw badInput("direction", msg("联席会议不分方向", "A meeting has no direction"));
  if (!Number.isInteger(input.personVisits) || input.personVisits < 1 || input.personVisits > MAX_PERSON_VISITS)
    throw badInput(
      "personVisits",
      msg("人次须为 1 至 100000 的整数", "Person-visits must be a whole number, 1–100,000"),
    );
  const documentRef = input.documentRef?.trim() || null;
  const outcome = input.outcome?.trim() || null;
  const row = {
    pairingId: pairing.id,
    kind: input.kind,
    heldOn,
    title,
    place,
    direction: input.kind === JointWorkKind.VISIT ? input.direction! : null,
    eastOffices: offices(input.eastOffices),
    westOffices: offices(input.westOffices),
    leader,
    personVisits: input.personVisits,
    documentRef,
    outcome,
    recordedById: ctx.user?.id || null,
  };
  const repo = ctx.manager.getRepository(JointWork);
  const { identifiers } = await repo.insert(row);
  const id = identifiers[0].id as string;
  for (const [indicator, amount] of creditsOf(row))
    await appendLedgerEntry(ctx, {
      pairingId: pairing.id,
      indicator,
      amount,
      occurredOn: heldOn,
      source: LedgerSource.JOINT_WORK,
      sourceId: id,
      sourceDocument: documentRef,
      note: ledgerNote(row.kind === JointWorkKind.MEETING ? "jointMeeting" : "exchangeVisit", { title }),
    });
  await recordAudit(ctx, {
    action: "JOINT_WORK_RECORDED",
    entityType: "JointWork",
    entityId: id,
    change: {
      pairingId: pairing.id,
      kind: row.kind,
      heldOn,
      title,
      place,
      ...(row.direction ? { direction: row.direction } : {}),
      leader,
      personVisits: row.personVisits,
      eastOffices: row.eastOffices.join("、"),
      westOffices: row.westOffices.join("、"),
      ...(documentRef ? { documentRef } : {}),
      ...(outcome ? { outcome } : {}),
    },
  });
  return repo.findOneByOrFail({ id });
}

/**
 * 撤销: marks a record withdrawn with a reason (kept, shown marked) and writes the negatives of its
 * entries, dated as they were (or, in a month approved and locked, today with a note naming that month:
 * appendDueEntry) and pointing at them (correctsId). Once only: a second withdrawal is
 * CONFLICT (the conditional UPDATE makes that hold under concurrency); out of scope NOT_FOUND; a
 * record the caller sees but may not change (an official and a meeting) FORBIDDEN.
 */
export async function withdrawJointWork(ctx: RequestContext, input: WithdrawJointWorkInput): Promise<JointWork> {
  const record = await getJointWork(ctx, input.id, "id");
  if (!mayWrite(ctx, record)) throw forbidden();
  const reason = requiredText(input.reason, "reason", "请说明撤销原因", "Give the reason for withdrawing it");
  const updated = rowsOf<{ id: string }>(
    await ctx.manager.query(
      `UPDATE joint_work SET withdrawn_at = now(), withdrawn_by = $2, withdrawn_reason = $3
        WHERE id = $1 AND withdrawn_at IS NULL RETURNING id`,
      [record.id, ctx.user?.id || null, reason],
    ),
  );
  if (!updated.length) throw conflict(msg("该记录已撤销", "This record has already been withdrawn"));
  // The credits only: a record is withdrawn once, so no reversal is among them yet.
  const originals = (await ledgerEntriesOf(ctx, LedgerSource.JOINT_WORK, record.id)).filter((e) => e.amount > 0);
  for (const e of originals)
    await appendDueEntry(ctx, {
      pairingId: e.pairingId,
      indicator: e.indicator,
      amount: -e.amount,
      occurredOn: e.occurredOn,
      source: LedgerSource.JOINT_WORK,
      sourceId: record.id,
      sourceDocument: e.sourceDocument,
      note: ledgerNote("jointWorkWithdrawn", { reason }),
      correctsId: e.id,
    });
  await recordAudit(ctx, {
    action: "JOINT_WORK_WITHDRAWN",
    entityType: "JointWork",
    entityId: record.id,
    change: { title: record.title, heldOn: record.heldOn, personVisits: record.personVisits, reason },
  });
  return ctx.manager.getRepository(JointWork).findOneByOrFail({ id: record.id });
}

/** One record in the caller's scope; NOT_FOUND (naming `field`) otherwise. */
export async function getJointWork(ctx: RequestContext, id: string, field?: string): Promise<JointWork> {
  const { sql, params } = jointWorkScope(ctx);
  const row = UUID.test(id)
    ? await ctx.manager
        .getRepository(JointWork)
        .createQueryBuilder("j")
        .where(sql, params)
        .andWhere("j.id = :jointWorkId", { jointWorkId: id })
        .getOne()
    : null;
  if (!row) throw notFound(WHAT, field);
  return row;
}

function checkYear(year: number | undefined): void {
  if (year !== undefined && year !== null && (!Number.isInteger(year) || year < 2000 || year > 2100))
    throw badInput("year", msg("年份须在 2000–2100 之间", "Year must be 2000–2100"));
}

/** The filter as one condition on alias `j`, the caller's scope included. */
async function filtered(ctx: RequestContext, filter: JointWorkFilter | undefined, alias = "j"): Promise<Scope> {
  const parts: Scope[] = [jointWorkScope(ctx, alias)];
  checkYear(filter?.year);
  if (filter?.year)
    parts.push(
      cond`${alias}.held_on BETWEEN ${param(`${filter.year}-01-01`)}::date AND ${param(`${filter.year}-12-31`)}::date`,
    );
  if (filter?.kind) parts.push(cond`${alias}.kind = ${param(filter.kind)}`);
  if (filter?.pairingId) {
    const p = await getPairing(ctx, filter.pairingId).catch(() => {
      throw notFound(msg("结对关系", "Pairing"), "pairingId");
    });
    parts.push(cond`${alias}.pairing_id IN ${pairingIdsEnclosedBy(ctx, p)}`);
  }
  if (filter?.countyId) {
    if (!UUID.test(filter.countyId)) throw notFound(msg("地区", "Region"), "countyId");
    parts.push(cond`${alias}.pairing_id IN ${pairingIdsInScope(ctx, { touching: filter.countyId })}`);
  }
  if (filter?.search?.trim()) {
    const like = param(containsPattern(filter.search));
    parts.push(
      anyOf(
        cond`${alias}.title ILIKE ${like}`,
        cond`${alias}.place ILIKE ${like}`,
        cond`${alias}.leader ILIKE ${like}`,
        cond`array_to_string(${alias}.east_offices, ' ') ILIKE ${like}`,
        cond`array_to_string(${alias}.west_offices, ' ') ILIKE ${like}`,
      ),
    );
  }
  if (filter?.includeWithdrawn === false) parts.push(cond`${alias}.withdrawn_at IS NULL`);
  return allOf(...parts);
}

export async function listJointWork(
  ctx: RequestContext,
  filter: JointWorkFilter | undefined,
  offset: number,
  first: number,
): Promise<Page<JointWork>> {
  const where = await filtered(ctx, filter);
  const qb = ctx.manager.getRepository(JointWork).createQueryBuilder("j").where(where.sql, where.params);
  qb.orderBy("j.held_on", "DESC").addOrderBy("j.recorded_at", "DESC").addOrderBy("j.id", "ASC");
  const [nodes, totalCount] = await qb.offset(offset).limit(first).getManyAndCount();
  return { nodes, totalCount, offset, first };
}

/** Meetings, visits and person-visits per year and pairing, withdrawn records left out. */
export async function jointWorkSummary(
  ctx: RequestContext,
  filter: JointWorkFilter | undefined,
): Promise<JointWorkSummary> {
  const where = await filtered(ctx, { ...filter, includeWithdrawn: false });
  const { sql, params } = positional(where, 1);
  const rows: { year: number; pairing_id: string; meetings: number; visits: number; person_visits: number }[] =
    await ctx.manager.query(
      `SELECT extract(year FROM j.held_on)::int AS year, j.pairing_id,
              count(*) FILTER (WHERE j.kind = 'MEETING')::int AS meetings,
              count(*) FILTER (WHERE j.kind = 'VISIT')::int AS visits,
              COALESCE(SUM(j.person_visits), 0)::int AS person_visits
         FROM joint_work j WHERE ${sql}
        GROUP BY 1, 2 ORDER BY 1 DESC, 2`,
      params,
    );
  const out: JointWorkSummaryRow[] = rows.map((r) => ({
    year: r.year,
    pairingId: r.pairing_id,
    meetings: r.meetings,
    visits: r.visits,
    personVisits: r.person_visits,
  }));
  return {
    rows: out,
    meetings: out.reduce((s, r) => s + r.meetings, 0),
    visits: out.reduce((s, r) => s + r.visits, 0),
    personVisits: out.reduce((s, r) => s + r.personVisits, 0),
  };
}
