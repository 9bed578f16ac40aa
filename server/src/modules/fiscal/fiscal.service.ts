import { Role } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";
import { recordedDate } from "../../shared/dates";
import { badInput, conflict, forbidden, isUniqueViolation, notFound } from "../../shared/errors";
import { msg } from "../../shared/messages";
import { formatFen } from "../../shared/money";
import type { Page } from "../../shared/pagination";
import { andWhere, findInScope } from "../../shared/scoped";
import { containsPattern, rowsOf, UUID } from "../../shared/sql";
import { Indicator } from "../agreements/indicator";
import { recordAudit } from "../audit/audit.service";
import { LedgerSource } from "../ledger/ledger.entity";
import { ledgerNote } from "../ledger/ledger.notes";
import { appendLedgerEntry, appendReversalEntry, openDayFor } from "../ledger/ledger.service";
import { getPairingForWrite, PAIRING_ENDED } from "../pairings/pairing.service";
import { inSubtree, isWithin, westCountyNamed } from "../regions/region.service";
import { FiscalProgressReport, FiscalProject, FiscalTransaction, FiscalTransactionKind as Kind } from "./fiscal.entity";
import { statusOf } from "./fiscal.figures";
import {
  FiscalAction,
  type CreateFiscalProjectInput,
  type FiscalProjectFilter,
  type RecordFiscalTransactionInput,
  type ReportFiscalProgressInput,
  type ReverseFiscalTransactionInput,
} from "./fiscal.inputs";
import { fiscalProjectScope } from "./fiscal.scope";

const PROJECT = msg("财政援助项目", "Fiscal aid project");
const TRANSACTION = msg("资金记录", "Transaction");

/**
 * Who records what (the east side allocates, the west side spends):
 * - 下达 ALLOCATED: coordinators in scope and admins only (a county official: FORBIDDEN);
 * - 拨付 DISBURSED, 支出 SPENT and works progress: the project's county officials, and also coordinators
 *   and admins, so the office can enter a county's paper report or correct a mistake (the same
 *   choice as investment tranches). Reversals follow the kind they reverse.
 */
const WRITERS: Record<Kind, Role[]> = {
  [Kind.ALLOCATED]: [Role.ADMIN, Role.COORDINATOR],
  [Kind.DISBURSED]: [Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL],
  [Kind.SPENT]: [Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL],
};
const PROGRESS_WRITERS = [Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL];

const mayWrite = (ctx: RequestContext, kind: Kind) => !!ctx.user && WRITERS[kind].includes(ctx.user.role);

/** The actions the caller may take on a project it sees (role-based: every project in scope is writable). */
export function allowedFiscalActions(ctx: RequestContext): FiscalAction[] {
  const out: FiscalAction[] = [];
  if (mayWrite(ctx, Kind.ALLOCATED)) out.push(FiscalAction.RECORD_ALLOCATION);
  if (mayWrite(ctx, Kind.DISBURSED)) out.push(FiscalAction.RECORD_DISBURSEMENT);
  if (mayWrite(ctx, Kind.SPENT)) out.push(FiscalAction.RECORD_SPENDING);
  if (ctx.user && PROGRESS_WRITERS.includes(ctx.user.role)) out.push(FiscalAction.REPORT_PROGRESS);
  return out;
}

function positiveMoney(amount: number, field: string): number {
  if (!Number.isSafeInteger(amount) || amount <= 0)
    throw badInput(field, msg("金额须大于零", "The amount must be more than zero"));
  return amount;
}

function count(n: number, field: string): number {
  if (!Number.isInteger(n) || n < 0 || n > 10_000_000)
    throw badInput(field, msg("人数须为非负整数", "Must be a whole number ≥ 0"));
  return n;
}

function text(value: string | undefined | null, field: string, what: ReturnType<typeof msg>): string {
  const t = (value ?? "").trim();
  if (!t) throw badInput(field, what);
  return t;
}

export const getFiscalProject = (ctx: RequestContext, id: string, field?: string): Promise<FiscalProject> =>
  findInScope(ctx, FiscalProject, "f", fiscalProjectScope(ctx, "f"), id, PROJECT, field);

/** The project row in scope, locked for the rest of the transaction (money rules are checked under it). */
async function lockFiscalProject(ctx: RequestContext, id: string, field = "projectId"): Promise<FiscalProject> {
  const { sql, params } = fiscalProjectScope(ctx, "f");
  const p = UUID.test(id)
    ? await ctx.manager
        .getRepository(FiscalProject)
        .createQueryBuilder("f")
        .where(sql, params)
        .andWhere("f.id = :id", { id })
        .setLock("pessimistic_write")
        .getOne()
    : null;
  if (!p) throw notFound(PROJECT, field);
  return p;
}

export interface FiscalTotals {
  allocated: number;
  disbursed: number;
  spent: number;
}

/** Net sums per kind of one project (reversals included). Read after the lock, so they are current. */
async function totalsOf(ctx: RequestContext, projectId: string): Promise<FiscalTotals> {
  const rows = rowsOf<{ kind: Kind; amount: string | number }>(
    await ctx.manager.query(
      `SELECT kind, COALESCE(SUM(amount), 0)::bigint AS amount FROM fiscal_transaction WHERE project_id = $1 GROUP BY kind`,
      [projectId],
    ),
  );
  const t: FiscalTotals = { allocated: 0, disbursed: 0, spent: 0 };
  for (const r of rows) {
    const n = Number(r.amount);
    if (r.kind === Kind.ALLOCATED) t.allocated = n;
    else if (r.kind === Kind.DISBURSED) t.disbursed = n;
    else t.spent = n;
  }
  return t;
}

/** 立项: coordinators (pairings in scope) and admins. */
export async function createFiscalProject(
  ctx: RequestContext,
  input: CreateFiscalProjectInput,
): Promise<FiscalProject> {
  const pairing = await getPairingForWrite(ctx, input.pairingId);
  if (pairing.endedOn) throw badInput("pairingId", PAIRING_ENDED);
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100)
    throw badInput("year", msg("年份须在 2000–2100 之间", "Year must be 2000–2100"));
  const county = await westCountyNamed(ctx, input.countyId, "countyId");
  if (!(await isWithin(ctx, county.id, pairing.westRegionId)))
    throw badInput("countyId", msg("该县不在此结对的受援地区内", "The county is not on this pairing's west side"));
  const name = text(input.name, "name", msg("请输入项目名称", "Enter the name"));
  const implementingUnit = text(
    input.implementingUnit,
    "implementingUnit",
    msg("请输入实施单位", "Enter the implementing unit"),
  );
  const town = input.town?.trim() || null;
  const plannedBeneficiaries = count(input.plannedBeneficiaries, "plannedBeneficiaries");
  const plannedPoorBeneficiaries = count(input.plannedPoorBeneficiaries, "plannedPoorBeneficiaries");
  if (plannedPoorBeneficiaries > plannedBeneficiaries)
    throw badInput(
      "plannedPoorBeneficiaries",
      msg("贫困人口不能多于受益人数", "Cannot exceed the planned beneficiaries"),
    );
  if (input.startsOn < "2000-01-01") throw badInput("startsOn", msg("日期过早", "Date too early"));
  if (input.plannedEndOn < input.startsOn)
    throw badInput("plannedEndOn", msg("计划完工日期不能早于开工日期", "The planned end is before the start"));
  const repo = ctx.manager.getRepository(FiscalProject);
  let id: string;
  try {
    const { identifiers } = await repo.insert({
      pairingId: pairing.id,
      year: input.year,
      countyId: county.id,
      town,
      name,
      sector: input.sector,
      implementingUnit,
      plannedBeneficiaries,
      plannedPoorBeneficiaries,
      startsOn: input.startsOn,
      plannedEndOn: input.plannedEndOn,
      createdById: ctx.user?.id || null,
    });
    id = identifiers[0].id as string;
  } catch (e) {
    if (isUniqueViolation(e))
      throw conflict(
        msg(`该结对 ${input.year} 年已有同名项目`, "This pairing already has a project of that name this year"),
        "name",
      );
    throw e;
  }
  await recordAudit(ctx, {
    action: "FISCAL_PROJECT_CREATED",
    entityType: "FiscalProject",
    entityId: id,
    change: {
      pairingId: pairing.id,
      year: input.year,
      county: county.code,
      town,
      name,
      sector: input.sector,
      implementingUnit,
      plannedBeneficiaries,
      plannedPoorBeneficiaries,
      startsOn: input.startsOn,
      plannedEndOn: input.plannedEndOn,
    },
  });
  return repo.findOneByOrFail({ id });
}

const OVER_ALLOCATED = (available: number) =>
  msg(
    `累计拨付不能超过已下达资金(尚可拨付 ${formatFen(available)} 元)`,
    `Disbursed in total cannot exceed the allocation (${formatFen(available)} yuan left)`,
  );
const OVER_DISBURSED = (available: number) =>
  msg(
    `累计支出不能超过已拨付资金(尚可支出 ${formatFen(available)} 元)`,
    `Spent in total cannot exceed the disbursement (${formatFen(available)} yuan left)`,
  );

/**
 * A dated 下达/拨付/支出 with its document reference. Under the project's row lock (so two at once are
 * checked one after the other): cumulative disbursed ≤ allocated and spent ≤ disbursed, else
 * BAD_USER_INPUT on "amount" and nothing written. ALLOCATED: +amount FISCAL_AID on its date to the
 * project's pairing.
 */
export async function recordFiscalTransaction(
  ctx: RequestContext,
  input: RecordFiscalTransactionInput,
): Promise<FiscalTransaction> {
  const p = await lockFiscalProject(ctx, input.projectId);
  if (!mayWrite(ctx, input.kind))
    throw forbidden(msg("资金下达由协作办登记", "Allocations are recorded by the east office"));
  const amount = positiveMoney(input.amount, "amount");
  const occurredOn = recordedDate(input.occurredOn, "occurredOn");
  const reference = text(input.reference, "reference", msg("请输入文号或凭证号", "Enter the document reference"));
  const t = await totalsOf(ctx, p.id);
  if (input.kind === Kind.DISBURSED && t.disbursed + amount > t.allocated)
    throw badInput("amount", OVER_ALLOCATED(Math.max(0, t.allocated - t.disbursed)));
  if (input.kind === Kind.SPENT && t.spent + amount > t.disbursed)
    throw badInput("amount", OVER_DISBURSED(Math.max(0, t.disbursed - t.spent)));
  const repo = ctx.manager.getRepository(FiscalTransaction);
  const { identifiers } = await repo.insert({
    projectId: p.id,
    kind: input.kind,
    amount,
    occurredOn,
    reference,
    reversesId: null,
    reason: null,
    recordedById: ctx.user?.id || null,
  });
  const id = identifiers[0].id as string;
  if (input.kind === Kind.ALLOCATED) {
    await appendLedgerEntry(ctx, {
      pairingId: p.pairingId,
      indicator: Indicator.FISCAL_AID,
      amount,
      occurredOn,
      source: LedgerSource.FISCAL_FUNDS,
      sourceId: id,
      sourceDocument: reference,
      note: ledgerNote("fiscalAllocated", { project: p.name }),
    });
  }
  await recordAudit(ctx, {
    action: "FISCAL_TRANSACTION_RECORDED",
    entityType: "FiscalProject",
    entityId: p.id,
    change: { transactionId: id, kind: input.kind, amount: formatFen(amount), occurredOn, reference },
  });
  return repo.findOneByOrFail({ id });
}

/**
 * 冲正: a new row with the negated amount, the original's date and reference, and a reason; once per
 * transaction (CONFLICT, also under concurrency by the unique index), never of a reversal
 * (BAD_USER_INPUT). Refused when it would break the rules: reversing an allocation that would leave
 * disbursed > allocated, or a disbursement that would leave spent > disbursed (BAD_USER_INPUT on
 * "transactionId"). ALLOCATED: −amount FISCAL_AID, same date, correcting the original's entry.
 * When the original's month is approved and locked (docs/reporting.md, "Corrections after locking"),
 * the reversal is dated today — the open period — and points at what it reverses (`reversesId`, whose
 * date is the day it belongs to); an allocation's −FISCAL_AID goes in on the same day (openDayFor
 * dates both; appendDueEntry's note names the month). The locked month's figures stay as approved.
 */
export async function reverseFiscalTransaction(
  ctx: RequestContext,
  input: ReverseFiscalTransactionInput,
): Promise<FiscalTransaction> {
  const { sql, params } = fiscalProjectScope(ctx, "f");
  const original = UUID.test(input.transactionId)
    ? await ctx.manager
        .getRepository(FiscalTransaction)
        .createQueryBuilder("t")
        .where(`t.project_id IN (SELECT f.id FROM fiscal_project f WHERE ${sql})`, params)
        .andWhere("t.id = :id", { id: input.transactionId })
        .getOne()
    : null;
  if (!original) throw notFound(TRANSACTION, "transactionId");
  const p = await lockFiscalProject(ctx, original.projectId, "transactionId");
  if (!mayWrite(ctx, original.kind))
    throw forbidden(msg("资金下达由协作办登记", "Allocations are recorded by the east office"));
  if (original.reversesId) throw badInput("transactionId", msg("冲正记录不能再冲正", "A reversal cannot be reversed"));
  const repo = ctx.manager.getRepository(FiscalTransaction);
  if (await repo.findOneBy({ reversesId: original.id }))
    throw conflict(msg("该笔资金已冲正", "This transaction has already been reversed"), "transactionId");
  const reason = text(input.reason, "reason", msg("请说明冲正原因", "Give the reason for the reversal"));
  const t = await totalsOf(ctx, p.id);
  if (original.kind === Kind.ALLOCATED && t.allocated - original.amount < t.disbursed)
    throw badInput(
      "transactionId",
      msg(
        "冲正后已拨付资金将超过已下达资金,请先冲正拨付",
        "Disbursed would exceed the allocation: reverse disbursements first",
      ),
    );
  if (original.kind === Kind.DISBURSED && t.disbursed - original.amount < t.spent)
    throw badInput(
      "transactionId",
      msg(
        "冲正后已支出资金将超过已拨付资金,请先冲正支出",
        "Spent would exceed the disbursement: reverse spending first",
      ),
    );
  const occurredOn = await openDayFor(ctx, p.pairingId, original.occurredOn);
  let id: string;
  try {
    const { identifiers } = await repo.insert({
      projectId: p.id,
      kind: original.kind,
      amount: -original.amount,
      occurredOn,
      reference: original.reference,
      reversesId: original.id,
      reason,
      recordedById: ctx.user?.id || null,
    });
    id = identifiers[0].id as string;
  } catch (e) {
    if (isUniqueViolation(e))
      throw conflict(msg("该笔资金已冲正", "This transaction has already been reversed"), "transactionId");
    throw e;
  }
  if (original.kind === Kind.ALLOCATED) {
    await appendReversalEntry(
      ctx,
      {
        id: original.id,
        pairingId: p.pairingId,
        indicator: Indicator.FISCAL_AID,
        amount: original.amount,
        occurredOn: original.occurredOn,
        source: LedgerSource.FISCAL_FUNDS,
        sourceDocument: original.reference,
      },
      { id, reason },
      occurredOn,
    );
  }
  await recordAudit(ctx, {
    action: "FISCAL_TRANSACTION_REVERSED",
    entityType: "FiscalProject",
    entityId: p.id,
    change: {
      transactionId: original.id,
      reversalId: id,
      kind: original.kind,
      amount: formatFen(-original.amount),
      occurredOn,
      reason,
    },
  });
  return repo.findOneByOrFail({ id });
}

/** 工程进度: a dated report (any value 0–100; the history is kept, the latest by date is current). */
export async function reportFiscalProgress(
  ctx: RequestContext,
  input: ReportFiscalProgressInput,
): Promise<FiscalProgressReport> {
  const p = await getFiscalProject(ctx, input.projectId, "projectId");
  if (!ctx.user || !PROGRESS_WRITERS.includes(ctx.user.role)) throw forbidden();
  const reportedOn = recordedDate(input.reportedOn, "reportedOn", { date: p.startsOn, what: "开工日期" });
  if (!Number.isInteger(input.percent) || input.percent < 0 || input.percent > 100)
    throw badInput("percent", msg("进度须在 0–100 之间", "Progress must be 0–100"));
  const note = input.note?.trim() || null;
  const repo = ctx.manager.getRepository(FiscalProgressReport);
  const { identifiers } = await repo.insert({
    projectId: p.id,
    reportedOn,
    percent: input.percent,
    note,
    recordedById: ctx.user?.id || null,
  });
  const id = identifiers[0].id as string;
  await recordAudit(ctx, {
    action: "FISCAL_PROGRESS_REPORTED",
    entityType: "FiscalProject",
    entityId: p.id,
    change: { reportId: id, reportedOn, percent: input.percent, note },
  });
  return repo.findOneByOrFail({ id });
}

export async function listFiscalProjects(
  ctx: RequestContext,
  filter: FiscalProjectFilter | undefined,
  offset: number,
  first: number,
): Promise<Page<FiscalProject>> {
  const { sql, params } = fiscalProjectScope(ctx, "f");
  const qb = ctx.manager.getRepository(FiscalProject).createQueryBuilder("f").where(sql, params);
  if (filter?.year != null) qb.andWhere("f.year = :fy", { fy: filter.year });
  if (filter?.countyId) andWhere(qb, inSubtree("f.county_id", filter.countyId));
  if (filter?.pairingId) {
    if (!UUID.test(filter.pairingId)) return { nodes: [], totalCount: 0, offset, first };
    qb.andWhere("f.pairing_id = :fp", { fp: filter.pairingId });
  }
  if (filter?.sector) qb.andWhere("f.sector = :fs", { fs: filter.sector });
  if (filter?.status) qb.andWhere(`${statusOf("f")} = :fst`, { fst: filter.status });
  if (filter?.text?.trim())
    qb.andWhere("(f.name ILIKE :ft OR f.implementing_unit ILIKE :ft OR f.town ILIKE :ft)", {
      ft: containsPattern(filter.text),
    });
  qb.orderBy("f.year", "DESC").addOrderBy("f.seq", "ASC");
  const [nodes, totalCount] = await qb.offset(offset).limit(first).getManyAndCount();
  return { nodes, totalCount, offset, first };
}
