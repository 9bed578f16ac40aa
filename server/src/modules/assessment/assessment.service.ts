import { loader, type RequestContext } from "../../shared/context";
import { msg } from "../../shared/messages";
import { AppError } from "../../shared/errors";
import { targetsFor } from "../agreements/agreement.service";
import { formatQuantity, INDICATOR_UNIT, type Indicator, type IndicatorUnit } from "../agreements/indicator";
import { CODE_ZH } from "../audit/audit.labels";
import { evidenceCoverageOf, entryEvidence } from "../evidence/evidence.service";
import { checkYear, schemeFor, scorePairing } from "../grading/grading.service";
import { frac, max0, percent } from "../grading/grading.math";
import type { LedgerEntry } from "../ledger/ledger.entity";
import { noteIn } from "../ledger/ledger.notes";
import { listLedgerEntries } from "../ledger/ledger.service";
import { pairingProgress, progressByPairingYear } from "../ledger/progress.service";
import { getPairing } from "../pairings/pairing.service";
import { regionById } from "../regions/region.loaders";
import type { Region } from "../regions/region.entity";
import { UUID } from "../../shared/sql";
import { INDICATORS_BY_LINE, LINE_OF, type LineOfWork } from "./assessment.lines";

/** At most this many ledger entries listed in one package (a pairing's year has hundreds; Jiaozhou's all-time pairs ~500). */
export const ASSESSMENT_ENTRY_MAX = 20_000;
/** Figures without verified evidence named per indicator in the report's gaps. */
const GAPS_PER_INDICATOR = 5;

/** One indicator of the summary (总表): every figure as the API's text (Quantity: yuan with 2 places, or whole numbers). */
export interface AssessmentRow {
  line: LineOfWork;
  indicator: Indicator;
  label: string;
  unit: IndicatorUnit;
  target: string | null;
  /** From records (delivered − reported), 上报 (typed-in reported figures) and their total, as progress gives them. */
  recorded: string;
  reported: string;
  delivered: string;
  /** delivered ÷ target in percent, 2 places truncated (as the grading breakdown's completion); null without a target. */
  completion: string | null;
  /** Points earned in the year's grading scheme (null: no scheme, no weight or no target). */
  gradePoints: string | null;
  /** Evidence coverage as a ratio to 4 places (Query.evidenceCoverage's ratio); null when nothing was delivered. */
  coverage: string | null;
  /** Delivered amount backed by verified evidence (Quantity text). */
  covered: string;
  /** Figures without verified evidence, largest first (the first few), and how many there are. */
  missingCount: number;
  missing: { entry: LedgerEntry; amount: string }[];
  /** Base units (fen for yuan): for sorting and the chart only. */
  deliveredBase: number;
  targetBase: number | null;
}

export interface AssessmentEntry {
  /** The entry's number in its indicator's sheet (1 = earliest), for the correction link. */
  no: number;
  id: string;
  indicator: Indicator;
  occurredOn: string;
  source: string;
  sourceDocument: string | null;
  note: string | null;
  amount: string;
  amountBase: number;
  correctsId: string | null;
  /** The corrected entry's number in the same sheet (null when it lies in another year). */
  correctsNo: number | null;
  evidence: { fileName: string; sha256: string; status: string }[];
}

export interface AssessmentPackage {
  pairingId: string;
  pairingName: string;
  year: number;
  /** The overall score in the year's scheme (percent, 2 places) and whether a scheme exists. */
  hasScheme: boolean;
  score: string | null;
  rows: AssessmentRow[];
  entries: Map<Indicator, AssessmentEntry[]>;
  entryCount: number;
  entriesTruncated: boolean;
}

/** "0.7500" (a ratio to 4 places) → "75.00" (percent, 2 places), by moving the point: no float. */
export function ratioToPercent(ratio: string | null): string | null {
  if (ratio == null) return null;
  const neg = ratio.startsWith("-");
  const [int, dec] = (neg ? ratio.slice(1) : ratio).split(".");
  const digits = `${int}${dec.slice(0, 2)}`.replace(/^0+(?=\d)/, "");
  return `${neg ? "-" : ""}${digits}.${dec.slice(2, 4)}`;
}

/** The pairing's query parameters: a UUID and a year (BAD_USER_INPUT naming the field, never echoing it). */
export function parseAssessmentQuery(query: Record<string, unknown>): { pairingId: string; year: number } {
  const pairingId = query.pairingId;
  if (typeof pairingId !== "string" || !UUID.test(pairingId))
    throw new AppError("BAD_USER_INPUT", msg("结对关系无效", "Invalid pairing"), { field: "pairingId" });
  const year = Number(query.year);
  if (typeof query.year !== "string" || !Number.isInteger(year) || year < 2000 || year > 2100)
    throw new AppError("BAD_USER_INPUT", msg("年份须在 2000–2100 之间", "Year must be 2000–2100"), { field: "year" });
  return { pairingId, year };
}

/**
 * 考核材料: the figures of one pairing's year as the API gives them — progress (records and 上报),
 * the grading breakdown's points, evidence coverage — and every ledger entry behind them with its
 * evidence files. Reuses the services behind those queries, so each number equals the API's.
 * The pairing must be visible to the caller (NOT_FOUND otherwise, as the API).
 */
export async function assessmentPackage(
  ctx: RequestContext,
  pairingId: string,
  year: number,
): Promise<AssessmentPackage> {
  checkYear(year);
  const pairing = await getPairing(ctx, pairingId);
  const [east, west] = (await loader(ctx, regionById).loadMany([
    pairing.eastRegionId,
    pairing.westRegionId,
  ])) as Region[];
  const [progress, coverage, scheme, sums, targets, page] = await Promise.all([
    pairingProgress(ctx, pairing.id, year),
    evidenceCoverageOf(ctx, pairing.id, year, GAPS_PER_INDICATOR),
    schemeFor(ctx, year),
    loader(ctx, progressByPairingYear).load(`${pairing.id}|${year}`),
    targetsFor(ctx, pairing.id, year),
    listLedgerEntries(ctx, { pairingId: pairing.id, year }, 0, ASSESSMENT_ENTRY_MAX),
  ]);
  // The grading breakdown for this pairing, computed as pairingGrades computes it.
  const graded = scheme
    ? scorePairing(scheme, new Map([...sums].map(([i, s]) => [i, s.delivered])), targets)
    : { score: null, breakdown: [] };

  const rows: AssessmentRow[] = INDICATORS_BY_LINE.map((indicator) => {
    const p = progress.find((c) => c.indicator === indicator)!;
    const c = coverage.find((x) => x.indicator === indicator);
    const unit = INDICATOR_UNIT[indicator];
    const deliveredBase = sums.get(indicator)?.delivered ?? 0;
    const targetBase = targets.get(indicator) ?? null;
    return {
      line: LINE_OF[indicator],
      indicator,
      label: CODE_ZH.indicator[indicator] ?? indicator,
      unit,
      target: p.target,
      recorded: p.recorded,
      reported: p.reported,
      delivered: p.delivered,
      completion: targetBase ? percent(max0(frac(deliveredBase, targetBase))) : null,
      gradePoints: graded.breakdown.find((b) => b.indicator === indicator)?.pointsEarned ?? null,
      coverage: c?.ratio ?? null,
      covered: c?.covered ?? formatQuantity(0, unit),
      missingCount: c?.missingCount ?? 0,
      missing: c?.missing ?? [],
      deliveredBase,
      targetBase,
    };
  });

  // Entries oldest first per indicator, numbered, with their files (one query for all, scoped).
  const nodes = [...page.nodes].reverse();
  const files = await Promise.all(nodes.map((e) => entryEvidence(ctx, e.id)));
  const entries = new Map<Indicator, AssessmentEntry[]>();
  const noOf = new Map<string, number>();
  nodes.forEach((e, i) => {
    const list = entries.get(e.indicator) ?? [];
    entries.set(e.indicator, list);
    const no = list.length + 1;
    noOf.set(e.id, no);
    const unit = INDICATOR_UNIT[e.indicator];
    list.push({
      no,
      id: e.id,
      indicator: e.indicator,
      occurredOn: e.occurredOn,
      source: e.source,
      sourceDocument: e.sourceDocument,
      note: noteIn(e, "zh-CN"),
      amount: formatQuantity(Number(e.amount), unit),
      amountBase: Number(e.amount),
      correctsId: e.correctsId,
      correctsNo: e.correctsId ? (noOf.get(e.correctsId) ?? null) : null,
      evidence: files[i].map((f) => ({ fileName: f.fileName, sha256: f.sha256, status: f.status })),
    });
  });

  return {
    pairingId: pairing.id,
    pairingName: `${east.shortName}—${west.shortName}`,
    year,
    hasScheme: !!scheme,
    score: graded.score ? percent(graded.score) : null,
    rows,
    entries,
    entryCount: page.totalCount,
    entriesTruncated: page.totalCount > page.nodes.length,
  };
}
