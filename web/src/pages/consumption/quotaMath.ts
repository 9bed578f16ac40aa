import { hundredthsToText, parseHundredths } from "@/lib/format";
import type { QuotaBasis } from "@/gql/graphql";

/**
 * The quota dialog's arithmetic, in exact integers (BigInt fen), the same as the server's
 * deriveQuotaAmount: canteen food budget × rate rounded half up to the fen, or headcount × yuan
 * per head. What it shows before saving is a preview; the amount the server returns is the truth.
 */

const MONEY = /^\d+(\.\d{1,2})?$/;
const PERCENT = /^\d{1,3}(\.\d{1,2})?$/;

/** The default rate: 10 % of the canteen food budget (财库〔2021〕20号). */
export const DEFAULT_RATE_BP = 1000;

/** A typed yuan amount ("1,234.5", "300000") → fen, or null when it is not a non-negative amount with at most two decimals. */
export function moneyToFen(text: string | null | undefined): bigint | null {
  const t = (text ?? "").trim().replace(/,/g, "");
  return MONEY.test(t) ? parseHundredths(t) : null;
}

/** Fen back to the Money scalar's text: 12345n → "123.45". */
export const fenToMoney = (fen: bigint): string => hundredthsToText(fen);

/** A rate typed in percent ("10", "12.5", "0.01") → basis points (1000, 1250, 1), or null outside 0.01 %–100 %. */
export function percentToBasisPoints(text: string | null | undefined): number | null {
  const t = (text ?? "").trim().replace(/%$/, "").trim();
  if (!PERCENT.test(t)) return null;
  const bp = Number(parseHundredths(t));
  return bp >= 1 && bp <= 10_000 ? bp : null;
}

/** Basis points shown as a percentage without trailing zeros: 1000 → "10", 1250 → "12.5", 1 → "0.01". */
export function basisPointsToPercent(bp: number): string {
  const text = hundredthsToText(BigInt(bp));
  return text.replace(/\.?0+$/, "");
}

/** A whole positive headcount ("420") → 420, or null. */
export function parseHeadcount(text: string | null | undefined): number | null {
  const t = (text ?? "").trim().replace(/,/g, "");
  if (!/^\d{1,8}$/.test(t)) return null;
  const n = Number(t);
  return n >= 1 && n <= 10_000_000 ? n : null;
}

export interface QuotaForm {
  basis: QuotaBasis;
  amount: string;
  baseAmount: string;
  ratePercent: string;
  headcount: string;
  perHead: string;
}

/** The quota the form describes, in fen; null while something it needs is missing or malformed. */
export function derivedQuotaFen(f: QuotaForm): bigint | null {
  switch (f.basis) {
    case "FIXED":
      return moneyToFen(f.amount);
    case "CANTEEN_BUDGET": {
      const base = moneyToFen(f.baseAmount);
      const bp = f.ratePercent.trim() === "" ? DEFAULT_RATE_BP : percentToBasisPoints(f.ratePercent);
      if (base == null || bp == null) return null;
      return (base * BigInt(bp) + 5000n) / 10000n; // half a fen rounds up, as on the server
    }
    case "HEADCOUNT": {
      const n = parseHeadcount(f.headcount);
      const per = moneyToFen(f.perHead);
      return n == null || per == null ? null : BigInt(n) * per;
    }
    default:
      return null;
  }
}

/** Sum of the county splits typed so far (malformed ones count as zero; the form flags them). */
export function splitsFen(splits: { amount: string }[]): bigint {
  return splits.reduce((t, s) => t + (moneyToFen(s.amount) ?? 0n), 0n);
}
