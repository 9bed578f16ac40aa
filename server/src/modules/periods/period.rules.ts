import { msg, type Message } from "../../shared/messages";
import { formatQuantity, INDICATOR_UNIT, Indicator, IndicatorUnit } from "../agreements/indicator";

/**
 * 数据质量规则: what looks wrong in one pairing's month before its county submits it. Each rule has a
 * stable code, a severity and a message in both languages, and each finding points at what it is
 * about (an indicator, an entry). Every finding must be explained to submit (docs/reporting.md).
 * The pure part lives here (unit-tested); period.service.ts gathers the figures.
 */
export enum DataQualityRule {
  /** 建档立卡脱贫劳动力就业数高于就业总数 */
  POOR_ABOVE_PLACED = "POOR_ABOVE_PLACED",
  /** 本月数远高于往月(超过前 12 个月有数月份中位数的 3 倍) */
  MONTH_SPIKE = "MONTH_SPIKE",
  /** 大额(≥¥100万)无已核实佐证材料 */
  LARGE_WITHOUT_EVIDENCE = "LARGE_WITHOUT_EVIDENCE",
  /** 招商项目到位资金超过签约金额 */
  TRANCHE_ABOVE_CONTRACT = "TRANCHE_ABOVE_CONTRACT",
  /** 财政援助项目支出超过已下达资金 */
  SPENDING_ABOVE_ALLOCATION = "SPENDING_ABOVE_ALLOCATION",
}

export enum FindingSeverity {
  ERROR = "ERROR",
  WARNING = "WARNING",
}

export const RULE_SEVERITY: Record<DataQualityRule, FindingSeverity> = {
  [DataQualityRule.POOR_ABOVE_PLACED]: FindingSeverity.ERROR,
  [DataQualityRule.MONTH_SPIKE]: FindingSeverity.WARNING,
  [DataQualityRule.LARGE_WITHOUT_EVIDENCE]: FindingSeverity.WARNING,
  [DataQualityRule.TRANCHE_ABOVE_CONTRACT]: FindingSeverity.WARNING,
  [DataQualityRule.SPENDING_ABOVE_ALLOCATION]: FindingSeverity.ERROR,
};

/** What a finding about a record (not a ledger entry) points at. */
export enum FindingRecordType {
  INVESTMENT_PROJECT = "INVESTMENT_PROJECT",
  FISCAL_PROJECT = "FISCAL_PROJECT",
}

/** A month's figure is a spike above this many times the median of the earlier months. */
export const SPIKE_FACTOR = 3;
/** …of at least this many earlier months with a figure (fewer: no usual to compare with). */
export const SPIKE_MIN_MONTHS = 3;
/** ¥100万 in fen: a money figure this large needs verified evidence. */
export const LARGE_AMOUNT_FEN = 100_000_000;

export interface Finding {
  /** Stable within the period: rule code and what it points at ("MONTH_SPIKE:FISCAL_AID"). */
  key: string;
  rule: DataQualityRule;
  severity: FindingSeverity;
  indicator: Indicator | null;
  entryId: string | null;
  /** The record it points at when not a ledger entry (a project). */
  record?: { type: FindingRecordType; id: string } | null;
  message: Message;
}

/** The month `n` months after `month` (n may be negative). */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split("-").map(Number);
  const i = y * 12 + (m - 1) + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
}

/** The median of whole numbers, as a fraction's two halves kept integral: 2 × median. */
export function twiceMedian(values: number[]): number {
  const v = [...values].sort((a, b) => a - b);
  const n = v.length;
  if (!n) return 0;
  return n % 2 ? 2 * v[(n - 1) / 2] : v[n / 2 - 1] + v[n / 2];
}

/** True when `amount` > SPIKE_FACTOR × median(earlier), over at least SPIKE_MIN_MONTHS positive months (exact, in integers). */
export function isSpike(amount: number, earlier: number[]): boolean {
  const months = earlier.filter((x) => x > 0);
  if (months.length < SPIKE_MIN_MONTHS || amount <= 0) return false;
  return 2 * amount > SPIKE_FACTOR * twiceMedian(months);
}

const show = (amount: number, indicator: Indicator) => {
  const unit = INDICATOR_UNIT[indicator];
  return unit === IndicatorUnit.YUAN ? `¥${formatQuantity(amount, unit)}` : formatQuantity(amount, unit);
};

/** The rules over the ledger's month figures: `month` = the period's sums per indicator, `earlier` = each earlier month's. */
export function ledgerFindings(
  month: Map<Indicator, number>,
  earlier: Map<Indicator, number[]>,
  largeUnbacked: { entryId: string; indicator: Indicator; net: number }[],
): Finding[] {
  const out: Finding[] = [];
  const placed = month.get(Indicator.LABOURERS_PLACED) ?? 0;
  const poor = month.get(Indicator.POOR_LABOURERS_PLACED) ?? 0;
  if (poor > placed)
    out.push({
      key: DataQualityRule.POOR_ABOVE_PLACED,
      rule: DataQualityRule.POOR_ABOVE_PLACED,
      severity: RULE_SEVERITY.POOR_ABOVE_PLACED,
      indicator: Indicator.POOR_LABOURERS_PLACED,
      entryId: null,
      message: msg(
        `脱贫劳动力就业 ${poor} 人,高于就业总数 ${placed} 人`,
        `${poor} registered-poor placed, more than all ${placed} placed`,
      ),
    });
  for (const [indicator, amount] of [...month.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const before = earlier.get(indicator) ?? [];
    if (!isSpike(amount, before)) continue;
    const median = twiceMedian(before.filter((x) => x > 0)) / 2;
    out.push({
      key: `${DataQualityRule.MONTH_SPIKE}:${indicator}`,
      rule: DataQualityRule.MONTH_SPIKE,
      severity: RULE_SEVERITY.MONTH_SPIKE,
      indicator,
      entryId: null,
      message: msg(
        `本月 ${show(amount, indicator)},超过往月中位数 ${show(Math.floor(median), indicator)} 的 ${SPIKE_FACTOR} 倍`,
        `This month ${show(amount, indicator)}, more than ${SPIKE_FACTOR}× the usual month (median ${show(Math.floor(median), indicator)})`,
      ),
    });
  }
  for (const e of largeUnbacked)
    out.push({
      key: `${DataQualityRule.LARGE_WITHOUT_EVIDENCE}:${e.entryId}`,
      rule: DataQualityRule.LARGE_WITHOUT_EVIDENCE,
      severity: RULE_SEVERITY.LARGE_WITHOUT_EVIDENCE,
      indicator: e.indicator,
      entryId: e.entryId,
      message: msg(
        `${show(e.net, e.indicator)} 的大额数据没有已核实的佐证材料`,
        `A large figure of ${show(e.net, e.indicator)} has no verified evidence`,
      ),
    });
  return out;
}

const yuan = (fen: number) => show(fen, Indicator.FISCAL_AID);

/**
 * The rules over other modules' records, gathered by their services for the month: investment
 * projects whose funds in place exceed the contract, fiscal projects whose spending exceeds the allocation.
 */
export function recordFindings(
  tranches: { projectId: string; name: string; contract: number; inPlace: number }[],
  spending: { projectId: string; name: string; allocated: number; spent: number }[],
): Finding[] {
  const out: Finding[] = [];
  for (const t of tranches)
    out.push({
      key: `${DataQualityRule.TRANCHE_ABOVE_CONTRACT}:${t.projectId}`,
      rule: DataQualityRule.TRANCHE_ABOVE_CONTRACT,
      severity: RULE_SEVERITY.TRANCHE_ABOVE_CONTRACT,
      indicator: Indicator.INVESTMENT_IN_PLACE,
      entryId: null,
      record: { type: FindingRecordType.INVESTMENT_PROJECT, id: t.projectId },
      message: msg(
        `招商项目「${t.name}」到位资金 ${yuan(t.inPlace)},超过签约金额 ${yuan(t.contract)}`,
        `Investment project "${t.name}": ${yuan(t.inPlace)} in place, more than the contracted ${yuan(t.contract)}`,
      ),
    });
  for (const f of spending)
    out.push({
      key: `${DataQualityRule.SPENDING_ABOVE_ALLOCATION}:${f.projectId}`,
      rule: DataQualityRule.SPENDING_ABOVE_ALLOCATION,
      severity: RULE_SEVERITY.SPENDING_ABOVE_ALLOCATION,
      indicator: Indicator.FISCAL_AID,
      entryId: null,
      record: { type: FindingRecordType.FISCAL_PROJECT, id: f.projectId },
      message: msg(
        `财政援助项目「${f.name}」截至月末支出 ${yuan(f.spent)},超过已下达资金 ${yuan(f.allocated)}`,
        `Fiscal aid project "${f.name}": ${yuan(f.spent)} spent by the month's end, more than the ${yuan(f.allocated)} allocated`,
      ),
    });
  return out;
}
