/**
 * Pace and projection to 31 December (预计完成): the arithmetic the ledger's progress and the
 * buyers' quota completion share. Integers only (amounts in base units: fen, or whole people), in
 * BigInt while multiplying so no product overflows; every division rounds half away from zero.
 *
 * - FINAL: the year is over (asOf after 31 December): the projection is what was delivered.
 * - NONE: the year has not begun (asOf before 1 January): no pace to project from (null).
 * - SEASONAL: last year has entries and, by the same calendar day (month and day, 29 February
 *   reads as 28 February), had delivered at least 1/20 (5%) of its year: projected = delivered ×
 *   last year's total ÷ last year's amount by that day. Below 5% the share is too small to divide
 *   by (an early-January ratio would multiply noise twentyfold): linear instead.
 * - LINEAR: projected = delivered × days in the year ÷ days elapsed (1 January counts as day 1).
 */
export enum ProjectionMethod {
  FINAL = "FINAL",
  NONE = "NONE",
  SEASONAL = "SEASONAL",
  LINEAR = "LINEAR",
}

/** The smallest share of last year's total delivered by this day that seasonality may divide by (1/20). */
export const MIN_SEASONAL_SHARE_DENOMINATOR = 20n;

const DAY_MS = 86_400_000;
const utc = (date: string) => Date.parse(`${date}T00:00:00Z`);

export const daysInYear = (year: number) => (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / DAY_MS;

/** Days of `year` elapsed by the end of `asOf` ("YYYY-MM-DD"): 0 before 1 January, all after 31 December. */
export function daysElapsed(year: number, asOf: string): number {
  const n = Math.floor((utc(asOf) - Date.UTC(year, 0, 1)) / DAY_MS) + 1;
  return Math.min(Math.max(n, 0), daysInYear(year));
}

/** Last year's date with the same month and day as `asOf` (29 February → 28 February). */
export function sameDayLastYear(asOf: string): string {
  const y = Number(asOf.slice(0, 4)) - 1;
  const md = asOf.slice(5) === "02-29" ? "02-28" : asOf.slice(5);
  return `${String(y).padStart(4, "0")}-${md}`;
}

/** a ÷ b rounded half away from zero (b > 0). */
export function divRound(a: bigint, b: bigint): bigint {
  const q = a / b;
  const r = a % b;
  if (2n * (r < 0n ? -r : r) >= b) return a < 0n ? q - 1n : q + 1n;
  return q;
}

export interface PaceInput {
  year: number;
  asOf: string;
  delivered: number;
  /** Last year's total and its part by the same calendar day (0 when last year has no entries). */
  lastYearTotal?: number;
  lastYearToDate?: number;
}

export interface Projection {
  projected: number | null;
  method: ProjectionMethod;
}

export function project({ year, asOf, delivered, lastYearTotal = 0, lastYearToDate = 0 }: PaceInput): Projection {
  const elapsed = daysElapsed(year, asOf);
  const total = daysInYear(year);
  if (elapsed === 0) return { projected: null, method: ProjectionMethod.NONE };
  if (elapsed >= total) return { projected: delivered, method: ProjectionMethod.FINAL };
  const last = BigInt(lastYearTotal);
  const lastToDate = BigInt(lastYearToDate);
  if (last > 0n && lastToDate > 0n && lastToDate * MIN_SEASONAL_SHARE_DENOMINATOR >= last) {
    return { projected: Number(divRound(BigInt(delivered) * last, lastToDate)), method: ProjectionMethod.SEASONAL };
  }
  return {
    projected: Number(divRound(BigInt(delivered) * BigInt(total), BigInt(elapsed))),
    method: ProjectionMethod.LINEAR,
  };
}

/** At risk (预计未完成): there is a target and the projection falls short of it. */
export const atRisk = (target: number | null | undefined, p: Projection) =>
  target != null && target > 0 && p.projected != null && p.projected < target;

/**
 * The amount expected by `asOf` at an even pace: target × days elapsed ÷ days in the year
 * (rounded half away from zero); the whole target once the year is over, 0 before it begins.
 */
export function expectedByNow(target: number, year: number, asOf: string): number {
  return Number(divRound(BigInt(target) * BigInt(daysElapsed(year, asOf)), BigInt(daysInYear(year))));
}
