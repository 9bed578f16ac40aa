import { Role } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";
import { recordedDate, today } from "../../shared/dates";
import { badInput, notFound } from "../../shared/errors";
import type { Page } from "../../shared/pagination";
import { recordAudit } from "../audit/audit.service";
import { formatQuantity, INDICATOR_UNIT, type Indicator, toBaseUnits } from "../agreements/indicator";
import { getPairing, getPairingForWrite, pairingIdsEnclosedBy } from "../pairings/pairing.service";
import { LedgerEntry, LedgerSource } from "./ledger.entity";
import { type LedgerNote, ledgerNote, noteMessage, storedNote } from "./ledger.notes";
import type { Message } from "../../shared/messages";
import type { CorrectLedgerEntryInput, LedgerEntryFilter, RecordReportedFigureInput } from "./ledger.inputs";
import { rowsOf, UUID } from "../../shared/sql";
import { andWhere, cond, param, type Scope } from "../../shared/scoped";
import { msg } from "../../shared/messages";

export interface NewLedgerEntry {
  pairingId: string;
  indicator: Indicator;
  /** Base units of the indicator, signed. */
  amount: number;
  occurredOn: string;
  source: LedgerSource;
  sourceId?: string | null;
  sourceDocument?: string | null;
  /** A system note (`ledgerNote(…)`, or a plain `msg(…)`), or text a person typed. */
  note?: LedgerNote | Message | string | null;
  correctsId?: string | null;
}

/**
 * The one writer of the delivery ledger, for every module: it appends in the caller's
 * transaction, so the entry and the record that causes it commit or fail together.
 */
export async function appendLedgerEntry(ctx: RequestContext, e: NewLedgerEntry): Promise<LedgerEntry> {
  if (!ctx.inTransaction) throw new Error("appendLedgerEntry must run inside the mutation's transaction");
  if (!Number.isSafeInteger(e.amount)) throw new RangeError("ledger amounts are integers in base units");
  const repo = ctx.manager.getRepository(LedgerEntry);
  const inserted = await repo.insert({
    pairingId: e.pairingId,
    indicator: e.indicator,
    amount: e.amount,
    occurredOn: e.occurredOn,
    source: e.source,
    sourceId: e.sourceId ?? null,
    sourceDocument: e.sourceDocument ?? null,
    ...storedNote(e.note),
    correctsId: e.correctsId ?? null,
    recordedById: ctx.user?.id || null,
  });
  return repo.findOneByOrFail({ id: inserted.identifiers[0].id });
}

/** An entry for `ledgerEntryInsert`: its pairing and day are SQL expressions (over the statement's row). */
export interface LedgerEntrySql extends Omit<NewLedgerEntry, "amount" | "pairingId" | "occurredOn"> {
  pairingId: Scope;
  occurredOn: Scope;
}

/**
 * One entry's INSERT as SQL, for a caller that folds it into the last statement of its transaction
 * (a sub-order's step, sent as one statement): the pairing, the day and `amount` (base units) are SQL
 * expressions over the row of `from` (a CTE of the statement: the step's sub-order and counting
 * point), one entry per row; nothing is written when the amount is zero or there is no pairing. The
 * triggers run as for `appendLedgerEntry`: the per-day and per-month summary rows follow. The entry
 * is a derived one, dated by the record (an order's day), so it follows appendDueEntry's rule,
 * decided in the statement: when that day's month is approved and locked it is dated today with the
 * `dueInLockedMonth` note (its day and month filled in by the statement).
 */
export function ledgerEntryInsert(ctx: RequestContext, from: string, e: LedgerEntrySql, amount: Scope): Scope {
  const n = storedNote(e.note);
  const d = storedNote(dueNote({ occurredOn: "", note: e.note }));
  const json = (p: Record<string, string> | null) => (p ? JSON.stringify(p) : null);
  const lockedThen = (due: Scope, own: Scope) => cond`CASE WHEN x.locked THEN ${due} ELSE ${own} END`;
  const value = (v: unknown) => cond`${param(v)}`;
  const dueParams = cond`${param(json(d.noteParams))}::jsonb
    || jsonb_build_object('dueOn', to_char(x.day, 'YYYY-MM-DD'), 'month', to_char(x.day, 'YYYY-MM'))`;
  return cond`INSERT INTO ledger_entry (pairing_id, indicator, amount, occurred_on, source, source_id, source_document, note,
                                        corrects_id, recorded_by, note_key, note_params)
    SELECT x.pairing_id, ${param(e.indicator)}, x.amount, ${lockedThen(cond`${param(today())}::date`, cond`x.day`)}, ${param(e.source)},
           ${param(e.sourceId ?? null)}, ${param(e.sourceDocument ?? null)}, ${lockedThen(value(d.note), value(n.note))},
           ${param(e.correctsId ?? null)}::uuid, ${param(ctx.user?.id || null)}::uuid, ${lockedThen(value(d.noteKey), value(n.noteKey))},
           ${lockedThen(dueParams, cond`${param(json(n.noteParams))}::jsonb`)}
      FROM ${from}, LATERAL (SELECT y.*, reporting_period_locked(y.pairing_id, y.day) AS locked
                               FROM (SELECT (${e.pairingId})::uuid AS pairing_id, (${e.occurredOn})::date AS day,
                                            (${amount})::bigint AS amount) y) x
     WHERE x.amount <> 0 AND x.pairing_id IS NOT NULL`;
}

/**
 * SQL for the day an entry counts for: its own date, or — for an entry appendDueEntry wrote into the
 * open period because its own month was locked — the day it belongs to. Modules that keep their
 * entries exact per day (the talent recount, unit pairs) and the data checks compare by this.
 */
export function ledgerDueOnSql(alias?: string): string {
  const a = alias ? `${alias}.` : "";
  return `(CASE WHEN ${a}note_key = 'dueInLockedMonth' THEN (${a}note_params->>'dueOn')::date ELSE ${a}occurred_on END)`;
}

/**
 * Whether the pairing's month of `day` is approved and locked (the SQL function of the periods
 * migration, so no module reads the periods' tables).
 */
async function periodLocked(ctx: RequestContext, pairingId: string, day: string): Promise<boolean> {
  const [{ locked }] = (await ctx.manager.query(`SELECT reporting_period_locked($1, $2::date) AS locked`, [
    pairingId,
    day,
  ])) as { locked: boolean }[];
  return locked;
}

/**
 * The day a write due on `day` is dated (docs/reporting.md, "Corrections after locking"): `day`
 * itself while the pairing's month of it is open; today — the open period — once that month is
 * approved and locked. The one rule for derived ledger entries (appendDueEntry) and for the records
 * made after the fact that must not land in a locked month: a reversal (冲正) of a donation, a fund
 * tranche or a fiscal transaction is dated by it, and its entry with it, so the record lists and the
 * ledger agree month by month and an approved month's figures never change.
 */
export async function openDayFor(ctx: RequestContext, pairingId: string, day: string): Promise<string> {
  return (await periodLocked(ctx, pairingId, day)) ? today() : day;
}

/** The entry due on `e.occurredOn` as written on `on`: unchanged on its own day, else noted with the month it belongs to. */
function entryDatedOn(e: NewLedgerEntry, on: string): NewLedgerEntry {
  return on === e.occurredOn ? e : { ...e, occurredOn: on, note: dueNote(e) };
}

/**
 * Appends a derived entry: one a module computes from its records and dates in the past (a talent
 * recount on 1 January, a withdrawal or a moved date on the day first counted). When that day's
 * month is approved and locked (docs/reporting.md, "Corrections after locking"), the entry goes,
 * as a ledger correction does, into the current open period: dated today, its note saying which
 * month it belongs to (`dueInLockedMonth`, with the note it would have had), `correctsId` kept. The
 * locked month's totals stay what was approved; the year's totals are right. Otherwise it is
 * appended as given. `on`: the day openDayFor already gave the caller for its own record (a
 * reversal's), so the record and its entry are dated alike without asking twice.
 */
export async function appendDueEntry(ctx: RequestContext, e: NewLedgerEntry, on?: string): Promise<LedgerEntry> {
  return appendLedgerEntry(ctx, entryDatedOn(e, on ?? (await openDayFor(ctx, e.pairingId, e.occurredOn))));
}

/**
 * The ledger side of reversing a record (冲正: a donation, a fund tranche, a fiscal movement): the
 * original's entry negated, sourced to the reversal row, its note the reason, pointing at the entry
 * it corrects; dated `on`, the day openDayFor gave the reversal row, so the two agree.
 */
export async function appendReversalEntry(
  ctx: RequestContext,
  original: Pick<NewLedgerEntry, "pairingId" | "indicator" | "amount" | "occurredOn" | "source" | "sourceDocument"> & {
    id: string;
  },
  reversal: { id: string; reason: string },
  on: string,
): Promise<LedgerEntry> {
  const corrected = await ledgerEntryOf(ctx, original.source, original.id);
  return appendDueEntry(
    ctx,
    {
      pairingId: original.pairingId,
      indicator: original.indicator,
      amount: -original.amount,
      occurredOn: original.occurredOn,
      source: original.source,
      sourceId: reversal.id,
      sourceDocument: original.sourceDocument,
      note: ledgerNote("reversal", { reason: reversal.reason }),
      correctsId: corrected?.id ?? null,
    },
    on,
  );
}

/** The note of an entry due on `e.occurredOn` but written into the open period: the month it belongs to and its own note. */
function dueNote(e: Pick<NewLedgerEntry, "occurredOn" | "note">): LedgerNote {
  const was = noteMessage(e.note);
  return ledgerNote("dueInLockedMonth", {
    dueOn: e.occurredOn,
    month: e.occurredOn.slice(0, 7),
    zh: was?.zh ?? "",
    en: was?.en ?? "",
  });
}

/**
 * appendDueEntry for many entries in one statement (a recount of a whole year): which (pairing,
 * month) are locked is asked once for all of them.
 */
export async function appendDueEntries(ctx: RequestContext, entries: NewLedgerEntry[]): Promise<void> {
  if (!entries.length) return;
  const keys = [...new Set(entries.map((e) => `${e.pairingId}|${e.occurredOn}`))];
  const locked = new Set(
    rowsOf<{ key: string }>(
      await ctx.manager.query(
        `SELECT u.pairing_id::text || '|' || u.day::text AS key FROM unnest($1::uuid[], $2::date[]) AS u(pairing_id, day)
          WHERE reporting_period_locked(u.pairing_id, u.day)`,
        [keys.map((k) => k.split("|")[0]), keys.map((k) => k.split("|")[1])],
      ),
    ).map((r) => r.key),
  );
  const day = today();
  await appendLedgerEntries(
    ctx,
    entries.map((e) => (locked.has(`${e.pairingId}|${e.occurredOn}`) ? entryDatedOn(e, day) : e)),
  );
}

/**
 * Appends many entries in one statement (a recount of a whole year), in the caller's transaction;
 * the per-day summary follows through its trigger as for one entry.
 */
export async function appendLedgerEntries(ctx: RequestContext, entries: NewLedgerEntry[]): Promise<void> {
  if (!ctx.inTransaction) throw new Error("appendLedgerEntries must run inside the mutation's transaction");
  if (!entries.length) return;
  for (const e of entries)
    if (!Number.isSafeInteger(e.amount)) throw new RangeError("ledger amounts are integers in base units");
  const col = <T>(f: (e: NewLedgerEntry) => T) => entries.map(f);
  const notes = entries.map((e) => storedNote(e.note));
  await ctx.manager.query(
    `INSERT INTO ledger_entry (pairing_id, indicator, amount, occurred_on, source, source_id, source_document, note, corrects_id, recorded_by, note_key, note_params)
     SELECT u.pairing_id, u.indicator, u.amount, u.occurred_on, u.source, u.source_id, u.source_document, u.note, u.corrects_id, $10::uuid, u.note_key, u.note_params::jsonb
       FROM unnest($1::uuid[], $2::text[], $3::bigint[], $4::date[], $5::text[], $6::text[], $7::text[], $8::text[], $9::uuid[], $11::text[], $12::text[])
         WITH ORDINALITY AS u(pairing_id, indicator, amount, occurred_on, source, source_id, source_document, note, corrects_id, note_key, note_params, n)
      ORDER BY u.n`,
    [
      col((e) => e.pairingId),
      col((e) => e.indicator),
      col((e) => String(e.amount)),
      col((e) => e.occurredOn),
      col((e) => e.source),
      col((e) => e.sourceId ?? null),
      col((e) => e.sourceDocument ?? null),
      notes.map((n) => n.note),
      col((e) => e.correctsId ?? null),
      ctx.user?.id || null,
      notes.map((n) => n.noteKey),
      notes.map((n) => (n.noteParams ? JSON.stringify(n.noteParams) : null)),
    ],
  );
}

/** The entry a record wrote (its source and id), e.g. the one a reversal corrects; null when none. */
export async function ledgerEntryOf(
  ctx: RequestContext,
  source: LedgerSource,
  sourceId: string,
): Promise<LedgerEntry | null> {
  return ctx.manager.getRepository(LedgerEntry).findOneBy({ source, sourceId });
}

/** Every entry a module's record wrote (its credits and their reversals), oldest first. */
export async function ledgerEntriesOf(
  ctx: RequestContext,
  source: LedgerSource,
  sourceId: string,
): Promise<LedgerEntry[]> {
  return ctx.manager.getRepository(LedgerEntry).find({ where: { source, sourceId }, order: { seq: "ASC" } });
}

/**
 * What the ledger holds for one record of a module, net per (pairing, indicator, day it counts
 * for: ledgerDueOnSql), the days whose net is not zero, with the latest entry of each (the one a
 * further change corrects): a module that keeps its entries exact by recounting (talent postings)
 * appends only the difference between this and what its records say now.
 */
export async function netEntriesOf(
  ctx: RequestContext,
  source: LedgerSource,
  sourceId: string,
): Promise<{ pairingId: string; indicator: Indicator; occurredOn: string; net: number; latestId: string }[]> {
  const rows: { pairing_id: string; indicator: Indicator; occurred_on: string; net: number; latest_id: string }[] =
    await ctx.manager.query(
      `SELECT pairing_id, indicator, ${ledgerDueOnSql()}::text AS occurred_on, SUM(amount)::bigint AS net,
              (array_agg(id ORDER BY seq DESC))[1] AS latest_id
         FROM ledger_entry
        WHERE source = $1 AND source_id = $2 GROUP BY 1, 2, 3 HAVING SUM(amount) <> 0`,
      [source, sourceId],
    );
  return rows.map((r) => ({
    pairingId: r.pairing_id,
    indicator: r.indicator,
    occurredOn: r.occurred_on,
    net: Number(r.net),
    latestId: r.latest_id,
  }));
}

/** The latest entry a record wrote (by sequence): the one a withdrawal or a moved date corrects. */
export async function latestLedgerEntryOf(
  ctx: RequestContext,
  source: LedgerSource,
  sourceId: string,
): Promise<LedgerEntry | null> {
  return ctx.manager.getRepository(LedgerEntry).findOne({ where: { source, sourceId }, order: { seq: "DESC" } });
}

/** 录入上报数据: a coordinator records a delivered amount with the document it comes from. */
export async function recordReportedFigure(
  ctx: RequestContext,
  input: RecordReportedFigureInput,
): Promise<LedgerEntry> {
  const pairing = await getPairingForWrite(ctx, input.pairingId);
  const amount = toBaseUnits(input.amount, input.indicator, "amount");
  if (amount <= 0)
    throw badInput(
      "amount",
      msg("上报数须大于零;如需减少请更正原记录", "Must be positive; correct an entry to reduce it"),
    );
  recordedDate(input.occurredOn, "occurredOn", { date: pairing.since, what: "结对开始" });

  const entry = await appendLedgerEntry(ctx, {
    pairingId: pairing.id,
    indicator: input.indicator,
    amount,
    occurredOn: input.occurredOn,
    source: LedgerSource.REPORTED,
    sourceDocument: input.sourceDocument.trim(),
    note: input.note?.trim() || null,
  });
  await recordAudit(ctx, {
    action: "LEDGER_ENTRY_RECORDED",
    entityType: "LedgerEntry",
    entityId: entry.id,
    change: {
      pairingId: pairing.id,
      indicator: input.indicator,
      amount: formatQuantity(amount, INDICATOR_UNIT[input.indicator]),
      occurredOn: input.occurredOn,
      sourceDocument: entry.sourceDocument,
    },
  });
  return entry;
}

/**
 * 更正: appends an entry that adjusts (or, with the negated amount, reverses) a reported entry.
 * The original is never changed; the figure after correction may not fall below zero.
 */
export async function correctLedgerEntry(ctx: RequestContext, input: CorrectLedgerEntryInput): Promise<LedgerEntry> {
  if (!UUID.test(input.entryId)) throw notFound(msg("记录", "Entry"), "entryId");
  // Lock the original so two corrections of it are applied one after the other.
  const rows: LedgerEntry[] = await ctx.manager
    .getRepository(LedgerEntry)
    .createQueryBuilder("l")
    .where("l.id = :id", { id: input.entryId })
    .setLock("pessimistic_write")
    .getMany();
  const original = rows[0];
  if (!original) throw notFound(msg("记录", "Entry"), "entryId");
  await getPairingForWrite(ctx, original.pairingId, "entryId");
  if (original.source === LedgerSource.CORRECTION) {
    throw badInput("entryId", msg("请更正原始记录,而非更正记录", "Correct the original entry, not a correction"));
  }
  if (original.source !== LedgerSource.REPORTED) {
    throw badInput(
      "entryId",
      msg("该记录由业务数据生成,请在对应模块更正", "This entry comes from a module's record; correct it there"),
    );
  }
  const amount = toBaseUnits(input.amount, original.indicator, "amount");
  if (amount === 0) throw badInput("amount", msg("更正数额不能为零", "The adjustment cannot be zero"));
  const [{ net }] = (await ctx.manager.query(
    `SELECT (SUM(amount))::bigint AS net FROM ledger_entry WHERE id = $1 OR corrects_id = $1`,
    [original.id],
  )) as { net: number }[];
  if (Number(net) + amount < 0) {
    throw badInput(
      "amount",
      msg(
        `更正后数额不能为负(当前为 ${formatQuantity(Number(net), INDICATOR_UNIT[original.indicator])})`,
        "Would make the figure negative",
      ),
    );
  }

  // A correction is dated on its original's day, unless that month's reporting period is approved
  // (locked, docs/reporting.md): then it goes into the current open period, today, pointing at the original.
  const [{ locked }] = (await ctx.manager.query(`SELECT reporting_period_locked($1, $2::date) AS locked`, [
    original.pairingId,
    original.occurredOn,
  ])) as { locked: boolean }[];
  const entry = await appendLedgerEntry(ctx, {
    pairingId: original.pairingId,
    indicator: original.indicator,
    amount,
    occurredOn: locked ? today() : original.occurredOn,
    source: LedgerSource.CORRECTION,
    sourceDocument: original.sourceDocument,
    note: input.reason.trim(),
    correctsId: original.id,
  });
  const unit = INDICATOR_UNIT[original.indicator];
  await recordAudit(ctx, {
    action: "LEDGER_ENTRY_CORRECTED",
    entityType: "LedgerEntry",
    entityId: original.id,
    change: {
      correctionId: entry.id,
      adjustment: formatQuantity(amount, unit),
      before: formatQuantity(Number(net), unit),
      after: formatQuantity(Number(net) + amount, unit),
      reason: entry.note,
      ...(locked ? { occurredOn: entry.occurredOn } : {}),
    },
  });
  return entry;
}

/** The entries behind a pairing's figures, newest first; the pairing must be in scope. */
export async function listLedgerEntries(
  ctx: RequestContext,
  filter: LedgerEntryFilter,
  offset: number,
  first: number,
): Promise<Page<LedgerEntry>> {
  const pairing = await getPairing(ctx, filter.pairingId);
  const qb = ctx.manager.getRepository(LedgerEntry).createQueryBuilder("l");
  if (filter.includeEnclosed === false) {
    qb.where("l.pairing_id = :pid", { pid: pairing.id });
  } else {
    // The pairings this one encloses (its two sides' subtrees), as far as the caller's scope goes.
    andWhere(qb, cond`l.pairing_id IN ${pairingIdsEnclosedBy(ctx, pairing)}`);
  }
  if (filter.year)
    qb.andWhere("l.occurred_on >= :from AND l.occurred_on < :to", {
      from: `${filter.year}-01-01`,
      to: `${filter.year + 1}-01-01`,
    });
  if (filter.indicator) qb.andWhere("l.indicator = :ind", { ind: filter.indicator });
  if (filter.source) qb.andWhere("l.source = :src", { src: filter.source });
  qb.orderBy("l.occurred_on", "DESC").addOrderBy("l.seq", "DESC");
  const [nodes, totalCount] = await qb.offset(offset).limit(first).getManyAndCount();
  return { nodes, totalCount, offset, first };
}

/** Who may record: only coordinators and admins (county officials read). */
export const LEDGER_WRITERS = [Role.ADMIN, Role.COORDINATOR];

/**
 * The reported figures already in the ledger for these pairings, by "pairingId\u0000indicator\u0000date",
 * (summed, corrections aside): one query for a whole spreadsheet (modules/imports; the natural key of a
 * reported figure is its pairing, indicator and date).
 */
export async function reportedFiguresOf(ctx: RequestContext, pairingIds: string[]): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  if (!pairingIds.length) return found;
  const rows: { pairing_id: string; indicator: string; occurred_on: string; amount: number }[] =
    await ctx.manager.query(
      `SELECT e.pairing_id, e.indicator, e.occurred_on, sum(e.amount)::bigint AS amount
       FROM ledger_entry e
      WHERE e.pairing_id = ANY($1::uuid[]) AND e.source = 'REPORTED'
      GROUP BY e.pairing_id, e.indicator, e.occurred_on`,
      [[...new Set(pairingIds)]],
    );
  for (const r of rows) found.set(`${r.pairing_id}\u0000${r.indicator}\u0000${r.occurred_on}`, Number(r.amount));
  return found;
}

/** The pairing of each of these entries (for links to its page; no scope: callers are system jobs). */
export async function pairingIdsOfEntries(ctx: RequestContext, entryIds: string[]): Promise<Map<string, string>> {
  if (!entryIds.length) return new Map();
  const rows: { id: string; pairing_id: string }[] = await ctx.manager.query(
    `SELECT id, pairing_id FROM ledger_entry WHERE id = ANY($1::uuid[])`,
    [entryIds],
  );
  return new Map(rows.map((r) => [r.id, r.pairing_id]));
}
