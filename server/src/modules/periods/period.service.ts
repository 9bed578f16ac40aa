import DataLoader from "dataloader";
import { Role } from "../../shared/auth";
import { loader, type RequestContext } from "../../shared/context";
import { today } from "../../shared/dates";
import { badInput, forbidden } from "../../shared/errors";
import { msg } from "../../shared/messages";
import type { InvalidStateError } from "../../shared/outcomes";
import { Transitions } from "../../shared/transitions";
import { recordAudit } from "../audit/audit.service";
import { formatQuantity, INDICATOR_UNIT, type Indicator } from "../agreements/indicator";
import { verifiedEntryIds } from "../evidence/evidence.service";
import { largeUnbackedEntries, monthlyTotals } from "../ledger/ledger.months";
import { getPairing, listPairings } from "../pairings/pairing.service";
import type { Pairing } from "../pairings/pairing.entity";
import {
  type FindingExplanation,
  ReportingAction,
  ReportingPeriod,
  ReportingPeriodState,
  ReportingPeriodStep,
} from "./period.entity";
import { addMonths, type Finding, LARGE_AMOUNT_FEN, ledgerFindings, recordFindings } from "./period.rules";
import { tranchesAboveContract } from "../investment/investment.months";
import { spendingAboveAllocation } from "../fiscal/fiscal.months";

const S = ReportingPeriodState;

/**
 * 报送与审核, the one table of who may take which step from which state (docs/reporting.md): the
 * county official submits its county's month, the east side's coordinator (or an admin) approves,
 * returns it with a reason, or unlocks an approved month with a reason.
 */
export const PERIOD_STEPS = new Transitions<ReportingAction, ReportingPeriodState>({
  [ReportingAction.SUBMIT]: {
    from: [S.OPEN, S.RETURNED, S.REOPENED],
    to: S.SUBMITTED,
    by: [Role.COUNTY_OFFICIAL, Role.ADMIN],
  },
  [ReportingAction.APPROVE]: { from: [S.SUBMITTED], to: S.APPROVED, by: [Role.COORDINATOR, Role.ADMIN] },
  [ReportingAction.RETURN]: { from: [S.SUBMITTED], to: S.RETURNED, by: [Role.COORDINATOR, Role.ADMIN] },
  [ReportingAction.UNLOCK]: { from: [S.APPROVED], to: S.REOPENED, by: [Role.COORDINATOR, Role.ADMIN] },
});

/** Who may read periods and the board: the roles that take some step. */
export const PERIOD_READERS = PERIOD_STEPS.anyRoles();

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const EXPLANATION_MAX = 500;

/** "YYYY-MM" of a day. */
export const monthOf = (day: string) => day.slice(0, 7);

/** A month the caller named: YYYY-MM from 2000-01 to the current month, else BAD_USER_INPUT naming `month`. */
export function checkedMonth(month: string, field = "month"): string {
  const m = MONTH.exec(month ?? "");
  if (!m || Number(m[1]) < 2000 || month > monthOf(today()))
    throw badInput(field, msg("月份应为 YYYY-MM,且不晚于本月", "A month as YYYY-MM, not after this month"));
  return month;
}

/** A period as stored, or OPEN when nobody has acted on it yet. */
async function periodRow(ctx: RequestContext, pairingId: string, month: string, lock = false) {
  const qb = ctx.manager
    .getRepository(ReportingPeriod)
    .createQueryBuilder("rp")
    .where("rp.pairing_id = :pairingId AND rp.month = :month", { pairingId, month });
  if (lock) qb.setLock("pessimistic_write");
  return qb.getOne();
}

function openPeriod(pairingId: string, month: string): ReportingPeriod {
  return Object.assign(new ReportingPeriod(), {
    pairingId,
    month,
    state: S.OPEN,
    submittedById: null,
    submittedAt: null,
    decidedById: null,
    decidedAt: null,
    reason: null,
    explanations: [],
  });
}

/** One period of a pairing the caller may see (NOT_FOUND otherwise: we do not confirm that it exists). */
export async function getReportingPeriod(
  ctx: RequestContext,
  pairingId: string,
  month: string,
): Promise<ReportingPeriod> {
  const pairing = await getPairing(ctx, pairingId);
  checkedMonth(month);
  return (await periodRow(ctx, pairing.id, month)) ?? openPeriod(pairing.id, month);
}

/** The month's figures per indicator (base units), the pairing's own entries. */
export async function periodFigures(ctx: RequestContext, period: { pairingId: string; month: string }) {
  const rows = await monthlyTotals(ctx, period.pairingId, period.month, period.month);
  return rows.map((r) => ({ indicator: r.indicator, amount: r.amount }));
}

/** The data-quality findings of a period (period.rules.ts), computed now from the ledger and the evidence. */
export async function periodFindings(
  ctx: RequestContext,
  period: { pairingId: string; month: string },
): Promise<Finding[]> {
  const rows = await monthlyTotals(ctx, period.pairingId, addMonths(period.month, -12), period.month);
  const month = new Map<Indicator, number>();
  const earlier = new Map<Indicator, number[]>();
  for (const r of rows) {
    if (r.month === period.month) month.set(r.indicator, r.amount);
    else earlier.set(r.indicator, [...(earlier.get(r.indicator) ?? []), r.amount]);
  }
  const moneyIndicators = (Object.keys(INDICATOR_UNIT) as Indicator[]).filter((i) => INDICATOR_UNIT[i] === "YUAN");
  const large = await largeUnbackedEntries(
    ctx,
    period.pairingId,
    period.month,
    moneyIndicators,
    LARGE_AMOUNT_FEN,
    verifiedEntryIds(),
  );
  return [
    ...ledgerFindings(month, earlier, large),
    ...recordFindings(
      await tranchesAboveContract(ctx, period.pairingId, period.month),
      await spendingAboveAllocation(ctx, period.pairingId, period.month),
    ),
  ];
}

/** The steps taken on a period, oldest first (one query per request for all periods asked). */
function stepsOfPeriods(ctx: RequestContext) {
  return new DataLoader<string, ReportingPeriodStep[]>(async (keys) => {
    const pairs = keys.map((k) => k.split("|"));
    const rows = await ctx.manager
      .getRepository(ReportingPeriodStep)
      .createQueryBuilder("s")
      .where("(s.pairing_id, s.month) IN (SELECT * FROM unnest(:pids::uuid[], :months::text[]))", {
        pids: pairs.map((p) => p[0]),
        months: pairs.map((p) => p[1]),
      })
      .orderBy("s.seq", "ASC")
      .getMany();
    return pairs.map(([pid, month]) => rows.filter((r) => r.pairingId === pid && r.month === month));
  });
}
export const periodSteps = (ctx: RequestContext, p: { pairingId: string; month: string }) =>
  loader(ctx, stepsOfPeriods).load(`${p.pairingId}|${p.month}`);

export interface PeriodStepInput {
  pairingId: string;
  month: string;
  reason?: string | null;
  explanations?: FindingExplanation[] | null;
}

const AUDIT_ACTION: Record<ReportingAction, string> = {
  [ReportingAction.SUBMIT]: "REPORTING_PERIOD_SUBMITTED",
  [ReportingAction.APPROVE]: "REPORTING_PERIOD_APPROVED",
  [ReportingAction.RETURN]: "REPORTING_PERIOD_RETURNED",
  [ReportingAction.UNLOCK]: "REPORTING_PERIOD_UNLOCKED",
};

/**
 * Takes one step on a period: role (FORBIDDEN), scope (NOT_FOUND), input (BAD_USER_INPUT), state
 * (InvalidStateError), all before anything is written; then the period, its history and the audit.
 */
export async function takePeriodStep(
  ctx: RequestContext,
  action: ReportingAction,
  input: PeriodStepInput,
): Promise<ReportingPeriod | InvalidStateError> {
  if (!ctx.user || !PERIOD_STEPS.roles(action).includes(ctx.user.role)) throw forbidden();
  const pairing: Pairing = await getPairing(ctx, input.pairingId);
  const month = checkedMonth(input.month);
  const reason = (input.reason ?? "").trim();
  if (action === ReportingAction.RETURN || action === ReportingAction.UNLOCK) {
    if (!reason) throw badInput("reason", msg("请填写原因", "Give a reason"));
    if (reason.length > EXPLANATION_MAX) throw badInput("reason", msg("原因不能超过 500 字", "At most 500 characters"));
  }
  let explanations: FindingExplanation[] = [];
  if (action === ReportingAction.SUBMIT) {
    // A period can be submitted once its month has ended: its figures are complete, and a locked
    // month can then never hold today, where corrections of locked months are dated.
    if (month >= monthOf(today()))
      throw badInput(
        "month",
        msg("该月尚未结束,月末后才能报送", "The month has not ended yet; submit it after its last day"),
      );
    if (month < monthOf(pairing.since))
      throw badInput("month", msg("该月早于结对开始", "The month is before the pairing began"));
    const given = new Map((input.explanations ?? []).map((e) => [e.key, (e.text ?? "").trim()]));
    const findings = await periodFindings(ctx, { pairingId: pairing.id, month });
    for (const f of findings) {
      const text = given.get(f.key) ?? "";
      if (!text)
        throw badInput(
          "explanations",
          msg("请逐项说明数据质量提示后再报送", "Explain each data-quality finding before submitting"),
        );
      if (text.length > EXPLANATION_MAX)
        throw badInput("explanations", msg("说明不能超过 500 字", "Explanations are limited to 500 characters"));
      explanations.push({ key: f.key, text });
    }
  }

  await ctx.manager.query(
    `INSERT INTO reporting_period (pairing_id, month, state) VALUES ($1, $2, 'OPEN') ON CONFLICT DO NOTHING`,
    [pairing.id, month],
  );
  const period = (await periodRow(ctx, pairing.id, month, true))!;
  const refused = PERIOD_STEPS.refusal(ctx, action, period.state, `${pairing.id}/${month}`);
  if (refused) return refused;
  const to = PERIOD_STEPS.steps[action].to;
  const now = new Date();
  const changes: Partial<ReportingPeriod> =
    action === ReportingAction.SUBMIT
      ? { state: to, submittedById: ctx.user!.id || null, submittedAt: now, explanations, reason: null }
      : { state: to, decidedById: ctx.user!.id || null, decidedAt: now, reason: reason || null };
  await ctx.manager.getRepository(ReportingPeriod).update({ pairingId: pairing.id, month }, {
    ...changes,
    explanations: changes.explanations ?? period.explanations,
  } as never);
  await ctx.manager.getRepository(ReportingPeriodStep).insert({
    pairingId: pairing.id,
    month,
    action,
    fromState: period.state,
    toState: to,
    actorId: ctx.user!.id || null,
    reason: reason || null,
    explanations: action === ReportingAction.SUBMIT ? explanations : null,
  });
  await recordAudit(ctx, {
    action: AUDIT_ACTION[action],
    entityType: "ReportingPeriod",
    entityId: `${pairing.id}/${month}`,
    change: {
      pairingId: pairing.id,
      month,
      status: { before: period.state, after: to },
      ...(reason ? { reason } : {}),
      ...(action === ReportingAction.SUBMIT && explanations.length ? { explanations } : {}),
    },
  });
  return (await periodRow(ctx, pairing.id, month))!;
}

export interface BoardRow {
  pairing: Pairing;
  cells: { month: string; state: ReportingPeriodState; due: boolean }[];
}

/**
 * 报送情况: per pairing in the caller's scope (rows) and month of a year (columns), the state; a month
 * is due once it has ended and the pairing had begun. Coordinators see their pairings, county officials their county's.
 */
export async function reportingBoard(
  ctx: RequestContext,
  year: number,
  asOf: string = today(),
): Promise<{ months: string[]; rows: BoardRow[] }> {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput("year", msg("年份无效", "Invalid year"));
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`);
  const pairings = (await listPairings(ctx, undefined, undefined, 0, 500)).nodes;
  if (!pairings.length) return { months, rows: [] };
  const stored: { pairing_id: string; month: string; state: ReportingPeriodState }[] = await ctx.manager.query(
    `SELECT rp.pairing_id, rp.month, rp.state FROM reporting_period rp
      WHERE rp.pairing_id = ANY($1::uuid[]) AND rp.month >= $2 AND rp.month <= $3`,
    [pairings.map((p) => p.id), months[0], months[11]],
  );
  const state = new Map(stored.map((r) => [`${r.pairing_id}|${r.month}`, r.state]));
  const current = monthOf(asOf);
  return {
    months,
    rows: pairings.map((p) => ({
      pairing: p,
      cells: months.map((m) => ({
        month: m,
        state: state.get(`${p.id}|${m}`) ?? S.OPEN,
        due: m < current && m >= monthOf(p.since) && (!p.endedOn || m <= monthOf(p.endedOn)),
      })),
    })),
  };
}

const NOT_SUBMITTED = [S.OPEN, S.RETURNED, S.REOPENED];

/** The board with its counts: per row the due months not submitted, per month due / submitted / approved / missing. */
export async function reportingBoardWithTotals(ctx: RequestContext, year: number) {
  const b = await reportingBoard(ctx, year);
  const rows = b.rows.map((r) => ({
    ...r,
    missing: r.cells.filter((c) => c.due && NOT_SUBMITTED.includes(c.state)).length,
  }));
  const totals = b.months.map((month, i) => {
    const cells = b.rows.map((r) => r.cells[i]).filter((c) => c.due);
    return {
      month,
      due: cells.length,
      submitted: cells.filter((c) => c.state === S.SUBMITTED).length,
      approved: cells.filter((c) => c.state === S.APPROVED).length,
      missing: cells.filter((c) => NOT_SUBMITTED.includes(c.state)).length,
    };
  });
  return { year, months: b.months, rows, totals };
}

/**
 * For the reminders: the periods in the caller's scope whose month has ended by `asOf` (a day), in
 * asOf's year (and last December in January), and which are not submitted (OPEN, RETURNED or REOPENED), oldest first.
 */
export async function unsubmittedPeriods(
  ctx: RequestContext,
  asOf: string,
): Promise<{ pairingId: string; countyId: string; month: string }[]> {
  // asOf's year, and in January last December too (the month then most likely outstanding).
  const year = Number(asOf.slice(0, 4));
  const lastDecember = `${year - 1}-12`;
  const boards = await Promise.all(
    (asOf.slice(5, 7) === "01" ? [year - 1, year] : [year]).map((y) => reportingBoard(ctx, y, asOf)),
  );
  return boards
    .flatMap(({ rows }) => rows)
    .flatMap((r) =>
      r.cells
        .filter((c) => c.month.startsWith(String(year)) || c.month === lastDecember)
        .filter((c) => c.due && NOT_SUBMITTED.includes(c.state))
        .map((c) => ({ pairingId: r.pairing.id, countyId: r.pairing.westRegionId, month: c.month })),
    );
}

/** An amount of an indicator in its unit's text form ("1234.50"). */
export const shownAmount = (indicator: Indicator, amount: number) => formatQuantity(amount, INDICATOR_UNIT[indicator]);
