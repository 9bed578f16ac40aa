import { loader, type RequestContext } from "../../shared/context";
import { badInput } from "../../shared/errors";
import { msg } from "../../shared/messages";
import { recordAudit } from "../audit/audit.service";
import { agreementFor, targetsFor } from "../agreements/agreement.service";
import { INDICATORS, type Indicator } from "../agreements/indicator";
import { progressByPairingYear } from "../ledger/progress.service";
import { listPairings } from "../pairings/pairing.service";
import { getQuotaBoard } from "../quotas/quota.service";
import { regionById } from "../regions/region.loaders";
import { RegionLevel, type Region } from "../regions/region.entity";
import { GradingScheme, type IndicatorWeight } from "./grading.entity";
import {
  type BuyerScorecard,
  type CountyGrade,
  type GradeBreakdown,
  PairingGradeBand,
  type PairingGrade,
  type PairingGrades,
  ScorecardBand,
  type SetGradingSchemeInput,
} from "./grading.inputs";
import { add, atLeastBp, cmp, type Fraction, fixed2, frac, max0, mul, percent, rankBy, sub } from "./grading.math";

const MAX_WEIGHT = 1000;
const MAX_BP = 100_000; // 1000%

export const checkYear = (year: number) => {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput("year", msg("年份无效", "Invalid year"));
};

const BANDS_DESCENDING = msg(
  "等次阈值须从高到低严格递减且大于 0",
  "Band thresholds must be strictly descending and above 0",
);

/** Bands strictly descending and above 0; the first field out of order is named. */
function checkBands(input: SetGradingSchemeInput, fields: (keyof SetGradingSchemeInput)[]) {
  let above = MAX_BP + 1;
  for (const f of fields) {
    const v = input[f] as number;
    if (!Number.isInteger(v) || v <= 0 || v >= above) throw badInput(f, BANDS_DESCENDING);
    above = v;
  }
}

export function schemeFor(ctx: RequestContext, year: number): Promise<GradingScheme | null> {
  return ctx.manager.getRepository(GradingScheme).findOneBy({ year });
}

export function schemeWeights(s: GradingScheme): IndicatorWeight[] {
  return INDICATORS.map((indicator) => ({ indicator, weight: s.weights[indicator] ?? 0 }));
}

/** 设定考核评级方案 (administrators): one per year, replaced whole; audited with before and after. */
export async function setGradingScheme(ctx: RequestContext, input: SetGradingSchemeInput): Promise<GradingScheme> {
  checkYear(input.year);
  const weights: Partial<Record<Indicator, number>> = {};
  for (const w of input.weights) {
    if (!Number.isInteger(w.weight) || w.weight < 0 || w.weight > MAX_WEIGHT)
      throw badInput("weights", msg("权重须为 0 至 1000 的整数", "A weight is a whole number from 0 to 1000"));
    if (w.indicator in weights) throw badInput("weights", msg("指标重复", "An indicator is listed twice"));
    weights[w.indicator] = w.weight;
  }
  if (!Object.values(weights).some((w) => w > 0))
    throw badInput("weights", msg("至少一项指标的权重须大于 0", "Give at least one indicator a weight above 0"));
  checkBands(input, ["goodFrom", "fairFrom", "averageFrom"]);
  checkBands(input, ["aPlusFrom", "aFrom", "bFrom", "cFrom", "dFrom"]);
  const repo = ctx.manager.getRepository(GradingScheme);
  const before = await repo.findOneBy({ year: input.year });
  const values = {
    year: input.year,
    weights,
    goodFrom: input.goodFrom,
    fairFrom: input.fairFrom,
    averageFrom: input.averageFrom,
    capAt100: input.capAt100,
    aPlusFrom: input.aPlusFrom,
    aFrom: input.aFrom,
    bFrom: input.bFrom,
    cFrom: input.cFrom,
    dFrom: input.dFrom,
    updatedBy: ctx.user?.id || null, // the demo's system user has no id
  };
  const snapshot = (x: GradingScheme) => ({
    weights: x.weights,
    goodFrom: x.goodFrom,
    fairFrom: x.fairFrom,
    averageFrom: x.averageFrom,
    capAt100: x.capAt100,
    aPlusFrom: x.aPlusFrom,
    aFrom: x.aFrom,
    bFrom: x.bFrom,
    cFrom: x.cFrom,
    dFrom: x.dFrom,
  });
  const was = before ? snapshot(before) : null;
  const saved = await repo.save(before ? Object.assign(before, values) : repo.create(values));
  await recordAudit(ctx, {
    action: "GRADING_SCHEME_SET",
    entityType: "GradingScheme",
    entityId: saved.id,
    change: was
      ? { year: input.year, before: was, after: snapshot(saved) }
      : { year: input.year, after: snapshot(saved) },
  });
  return saved;
}

function pairingBand(s: GradingScheme, score: Fraction): PairingGradeBand {
  if (atLeastBp(score, s.goodFrom)) return PairingGradeBand.GOOD;
  if (atLeastBp(score, s.fairFrom)) return PairingGradeBand.FAIR;
  if (atLeastBp(score, s.averageFrom)) return PairingGradeBand.AVERAGE;
  return PairingGradeBand.POOR;
}

function scorecardBand(s: GradingScheme, completion: Fraction): ScorecardBand {
  if (atLeastBp(completion, s.aPlusFrom)) return ScorecardBand.A_PLUS;
  if (atLeastBp(completion, s.aFrom)) return ScorecardBand.A;
  if (atLeastBp(completion, s.bFrom)) return ScorecardBand.B;
  if (atLeastBp(completion, s.cFrom)) return ScorecardBand.C;
  if (atLeastBp(completion, s.dFrom)) return ScorecardBand.D;
  return ScorecardBand.F;
}

/**
 * One pairing's score (docs/grading.md): over the indicators with a target above 0 and a weight
 * above 0, completion = delivered ÷ target (capped at 1 when the scheme says so, never below 0),
 * score = Σ weight × completion ÷ Σ weight. Null when no indicator qualifies.
 */
export function scorePairing(
  s: GradingScheme,
  delivered: Map<Indicator, number>,
  targets: Map<Indicator, number>,
): { score: Fraction | null; breakdown: GradeBreakdown[] } {
  const rows = INDICATORS.filter((i) => (s.weights[i] ?? 0) > 0 && (targets.get(i) ?? 0) > 0).map((indicator) => {
    const weight = s.weights[indicator]!;
    const raw = max0(frac(delivered.get(indicator) ?? 0, targets.get(indicator)!));
    const capped = s.capAt100 && cmp(raw, frac(1)) > 0;
    return { indicator, weight, raw, counted: capped ? frac(1) : raw, capped };
  });
  const total = rows.reduce((t, r) => t + r.weight, 0);
  if (!total) return { score: null, breakdown: [] };
  let score = frac(0);
  const breakdown = rows.map((r) => {
    const share = frac(r.weight * 100, total); // points out of 100 this indicator can earn
    const earned = mul(share, r.counted);
    score = add(score, mul(frac(r.weight, total), r.counted));
    return {
      indicator: r.indicator,
      weight: r.weight,
      completion: percent(r.raw),
      capped: r.capped,
      pointsEarned: fixed2(earned),
      pointsLost: fixed2(max0(sub(share, earned))),
    };
  });
  return { score, breakdown };
}

/**
 * 考核评级: every pairing in the caller's scope with an agreement that year, scored and ranked (ties
 * share a rank), and the west counties ranked by the mean score of their graded pairings. Null
 * without a scheme for the year.
 */
export async function pairingGrades(ctx: RequestContext, year: number): Promise<PairingGrades | null> {
  checkYear(year);
  const scheme = await schemeFor(ctx, year);
  if (!scheme) return null;
  const { nodes } = await listPairings(ctx, undefined, undefined, 0, 100_000);
  const agreed = (await Promise.all(nodes.map((p) => agreementFor(ctx, p.id, year)))).map((a, i) =>
    a ? nodes[i] : null,
  );
  const pairings = agreed.filter((p) => p !== null);
  const scored = await Promise.all(
    pairings.map(async (pairing) => {
      const [sums, targets] = await Promise.all([
        loader(ctx, progressByPairingYear).load(`${pairing.id}|${year}`),
        targetsFor(ctx, pairing.id, year),
      ]);
      const delivered = new Map([...sums].map(([i, s]) => [i, s.delivered]));
      return { pairing, ...scorePairing(scheme, delivered, targets) };
    }),
  );
  const ranked: PairingGrade[] = rankBy(scored, (x) => x.score).map(({ item, rank }) => ({
    pairing: item.pairing,
    score: item.score ? percent(item.score) : null,
    grade: item.score ? pairingBand(scheme, item.score) : null,
    rank,
    breakdown: item.breakdown,
  }));

  const westIds = [...new Set(scored.map((x) => x.pairing.westRegionId))];
  const regions = (await loader(ctx, regionById).loadMany(westIds)) as (Region | null)[];
  const counties = regions.filter((r): r is Region => !!r && r.level === RegionLevel.COUNTY);
  const countyScores = counties.map((county) => {
    const mine = scored.filter((x) => x.pairing.westRegionId === county.id && x.score);
    const mean = mine.length ? mine.reduce((t, x) => add(t, x.score!), frac(0)) : null;
    return { county, pairings: mine.length, score: mean ? { n: mean.n, d: mean.d * BigInt(mine.length) } : null };
  });
  countyScores.sort((a, b) => a.county.code.localeCompare(b.county.code));
  const countyGrades: CountyGrade[] = rankBy(countyScores, (x) => x.score).map(({ item, rank }) => ({
    county: item.county,
    pairings: item.pairings,
    score: item.score ? percent(item.score) : null,
    grade: item.score ? pairingBand(scheme, item.score) : null,
    rank,
  }));
  return { year, pairings: ranked, counties: countyGrades };
}

/**
 * 消费帮扶考核: each buyer's quota completion (the quotas module's counted ÷ quota) with its
 * scorecard band, ranked, and each buyer group's completion ranked. Scope as the quota board's.
 * Null without a scheme for the year.
 */
export async function buyerScorecard(ctx: RequestContext, year: number): Promise<BuyerScorecard | null> {
  checkYear(year);
  const scheme = await schemeFor(ctx, year);
  if (!scheme) return null;
  const board = await getQuotaBoard(ctx, year);
  const ratioOf = (counted: number, of: number | null) => (of != null && of > 0 ? max0(frac(counted, of)) : null);
  const buyers = rankBy(
    [...board.buyers].sort((a, b) => a.buyer.name.localeCompare(b.buyer.name, "zh-CN")),
    (b) => ratioOf(b.counted, b.quota),
  ).map(({ item, rank }) => {
    const r = ratioOf(item.counted, item.quota);
    return {
      buyer: item.buyer,
      quota: item.quota,
      counted: item.counted,
      completion: r ? percent(r) : null,
      band: r ? scorecardBand(scheme, r) : null,
      rank,
    };
  });
  const groups = rankBy(board.groups, (g) => ratioOf(g.counted, g.target)).map(({ item, rank }) => {
    const r = ratioOf(item.counted, item.target);
    return {
      group: item.group,
      target: item.target,
      counted: item.counted,
      completion: r ? percent(r) : null,
      band: r ? scorecardBand(scheme, r) : null,
      rank,
    };
  });
  return { year, buyers, groups };
}
