import { loader, type RequestContext } from "../../shared/context";
import { badInput } from "../../shared/errors";
import { msg } from "../../shared/messages";
import { recordAudit } from "../audit/audit.service";
import { agreementFor, targetsFor } from "../agreements/agreement.service";
import { INDICATORS, type Indicator } from "../agreements/indicator";
import { progressByPairingYear } from "../ledger/progress.service";
import { listPairings } from "../pairings/pairing.service";
import { getQuotaBoard, quotaBoardBuyers } from "../quotas/quota.service";
import { regionById } from "../regions/region.loaders";
import { RegionLevel, RegionSide, type Region } from "../regions/region.entity";
import { isUuid } from "../../shared/input-rules";
import { GradingScheme, type IndicatorWeight, type StoredCountyClass } from "./grading.entity";
import {
  type BuyerScorecard,
  type CountyClass,
  type CountyClassInput,
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

const MAX_CLASSES = 20;
const MAX_CLASS_NAME = 40;

/**
 * County classes as stored: names trimmed, 1–40 characters and unique; every id a west county
 * (level COUNTY, side WEST); a county in at most one class; each class with a county. Any refusal
 * names `countyClasses` and never repeats the name or id sent.
 */
async function checkCountyClasses(
  ctx: RequestContext,
  input: CountyClassInput[] | null | undefined,
): Promise<StoredCountyClass[]> {
  const classes = input ?? [];
  const refuse = (zh: string, en: string) => badInput("countyClasses", msg(zh, en));
  if (classes.length > MAX_CLASSES) throw refuse("县类别最多 20 个", "At most 20 county classes");
  const names = new Set<string>();
  const seen = new Set<string>();
  const out: StoredCountyClass[] = [];
  for (const c of classes) {
    const name = (c.name ?? "").trim();
    if (!name || name.length > MAX_CLASS_NAME)
      throw refuse("县类别名称须为 1 至 40 个字符", "A county class's name is 1 to 40 characters");
    if (names.has(name)) throw refuse("县类别名称重复", "Two county classes have the same name");
    names.add(name);
    if (!c.countyIds.length) throw refuse("每个县类别须至少包含一个县", "Give each county class at least one county");
    for (const id of c.countyIds) {
      if (!isUuid(id)) throw refuse("县的编号格式不正确", "Not a valid county id");
      if (seen.has(id)) throw refuse("一个县只能属于一个类别", "A county can be in one class only");
      seen.add(id);
    }
    out.push({ name, countyIds: [...c.countyIds] });
  }
  const regions = (await loader(ctx, regionById).loadMany([...seen])) as (Region | Error | null)[];
  if (regions.some((r) => !r || r instanceof Error || r.level !== RegionLevel.COUNTY || r.side !== RegionSide.WEST))
    throw refuse("县类别只能包含受援方的县", "A county class holds west counties only");
  return out;
}

/** The class of each classed county id, by the scheme's stored classes. */
const classOfCounty = (s: GradingScheme): Map<string, string> =>
  new Map((s.countyClasses ?? []).flatMap((c) => c.countyIds.map((id) => [id, c.name] as const)));

/** The scheme's classes with their counties (loaded through the region loader, in the order stored). */
export async function schemeCountyClasses(ctx: RequestContext, s: GradingScheme): Promise<CountyClass[]> {
  return Promise.all(
    (s.countyClasses ?? []).map(async (c) => ({
      name: c.name,
      counties: ((await loader(ctx, regionById).loadMany(c.countyIds)) as (Region | Error | null)[]).filter(
        (r): r is Region => !!r && !(r instanceof Error),
      ),
    })),
  );
}

/**
 * Rank within each class, on the same values and rule as the overall rank (ties share, the next
 * skips); an item without a class gets null.
 */
function classRanks<T>(
  items: T[],
  classOf: (t: T) => string | null,
  value: (t: T) => Fraction | null,
): Map<T, number | null> {
  const out = new Map<T, number | null>();
  const byClass = new Map<string, T[]>();
  for (const t of items) {
    const c = classOf(t);
    if (c === null) out.set(t, null);
    else byClass.set(c, [...(byClass.get(c) ?? []), t]);
  }
  for (const members of byClass.values()) for (const { item, rank } of rankBy(members, value)) out.set(item, rank);
  return out;
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
  const countyClasses = await checkCountyClasses(ctx, input.countyClasses);
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
    countyClasses,
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
    countyClasses: x.countyClasses ?? [],
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
  // Pairings are classed by their west county; a prefecture-level west side has no class.
  const classOf = classOfCounty(scheme);
  const pairingClass = (x: (typeof scored)[number]) => classOf.get(x.pairing.westRegionId) ?? null;
  const pairingClassRank = classRanks(scored, pairingClass, (x) => x.score);
  const ranked: PairingGrade[] = rankBy(scored, (x) => x.score).map(({ item, rank }) => ({
    pairing: item.pairing,
    score: item.score ? percent(item.score) : null,
    grade: item.score ? pairingBand(scheme, item.score) : null,
    rank,
    countyClass: pairingClass(item),
    classRank: pairingClassRank.get(item) ?? null,
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
  const countyClass = (x: (typeof countyScores)[number]) => classOf.get(x.county.id) ?? null;
  const countyClassRank = classRanks(countyScores, countyClass, (x) => x.score);
  const countyGrades: CountyGrade[] = rankBy(countyScores, (x) => x.score).map(({ item, rank }) => ({
    county: item.county,
    pairings: item.pairings,
    score: item.score ? percent(item.score) : null,
    grade: item.score ? pairingBand(scheme, item.score) : null,
    rank,
    countyClass: countyClass(item),
    classRank: countyClassRank.get(item) ?? null,
  }));
  return {
    year,
    pairings: ranked,
    counties: countyGrades,
    countyClasses: (scheme.countyClasses ?? []).map((c) => c.name),
  };
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
  // Every buyer is ranked, so all of them (not the board's first page).
  const boardBuyers = await quotaBoardBuyers(ctx, board);
  const ratioOf = (counted: number, of: number | null) => (of != null && of > 0 ? max0(frac(counted, of)) : null);
  const buyers = rankBy(
    [...boardBuyers].sort((a, b) => a.buyer.name.localeCompare(b.buyer.name, "zh-CN")),
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
