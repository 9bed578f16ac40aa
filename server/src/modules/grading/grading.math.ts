/**
 * Exact arithmetic of grading (docs/grading.md): fractions of BigInts, so that a band's boundary is
 * decided exactly (delivered × 10000 against target × threshold), never with floats.
 */
export interface Fraction {
  n: bigint;
  d: bigint; // > 0
}

export const frac = (n: bigint | number, d: bigint | number = 1n): Fraction => ({ n: BigInt(n), d: BigInt(d) });
export const add = (a: Fraction, b: Fraction): Fraction => ({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
export const sub = (a: Fraction, b: Fraction): Fraction => ({ n: a.n * b.d - b.n * a.d, d: a.d * b.d });
export const mul = (a: Fraction, b: Fraction): Fraction => ({ n: a.n * b.n, d: a.d * b.d });
export const cmp = (a: Fraction, b: Fraction): number => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};
export const max0 = (a: Fraction): Fraction => (a.n < 0n ? frac(0) : a);

/** A completion ratio (1 = 100%) at or above a threshold in basis points (9000 = 90.00%). */
export const atLeastBp = (ratio: Fraction, bp: number): boolean => ratio.n * 10000n >= BigInt(bp) * ratio.d;

/** A non-negative value with 2 places, truncated: 87.5 → "87.50", 119.999 → "119.99". */
export function fixed2(v: Fraction): string {
  const hundredths = (v.n * 100n) / v.d; // BigInt division truncates towards zero
  const neg = hundredths < 0n;
  const abs = neg ? -hundredths : hundredths;
  const s = `${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
  return neg ? `-${s}` : s;
}

/** A ratio (1 = 100%) as percent with 2 places, truncated. */
export const percent = (ratio: Fraction): string => fixed2(mul(ratio, frac(100)));

/**
 * Ranks best first, ties sharing a rank (1, 1, 3); items without a value get no rank and come last
 * (in the order given).
 */
export function rankBy<T>(items: T[], value: (t: T) => Fraction | null): { item: T; rank: number | null }[] {
  const valued = items.filter((t) => value(t) !== null);
  const sorted = [...valued].sort((a, b) => cmp(value(b)!, value(a)!));
  const out: { item: T; rank: number | null }[] = [];
  sorted.forEach((item, i) => {
    const prev = out[i - 1];
    const rank = prev && cmp(value(sorted[i - 1])!, value(item)!) === 0 ? prev.rank : i + 1;
    out.push({ item, rank });
  });
  for (const t of items) if (value(t) === null) out.push({ item: t, rank: null });
  return out;
}
