/**
 * Money as people type it: in 元 or in 万元 (where the domain speaks in 万: project investment,
 * lead amounts, funds in place, quotas of large units). The API takes exact yuan text with two
 * decimals (the `Money` scalar, "35000000.00"); converting 万元 ↔ 元 shifts the decimal point in
 * the text, through BigInt fen, never a float — exact to the fen for any size.
 */
import { hundredthsToText, parseHundredths } from "./format";

export type MoneyUnit = "YUAN" | "WAN";

/** Decimals a unit allows so that the amount is whole fen: 2 of 元, 6 of 万元. */
export const UNIT_DECIMALS: Record<MoneyUnit, number> = { YUAN: 2, WAN: 6 };
/** Fen in one of the unit. */
const FEN_PER: Record<MoneyUnit, bigint> = { YUAN: 100n, WAN: 1_000_000n };

const TYPED = /^([+-])?(\d+)(?:\.(\d*))?$/;

/**
 * What was typed in `unit` as exact yuan text: "3500" 万元 → "35000000.00", "0.01" 元 → "0.01".
 * Digit-group commas (also full-width ones) and spaces are ignored. Empty → null; more decimals
 * than whole fen allow, or anything not a number → false.
 */
export function typedToYuan(raw: string, unit: MoneyUnit): string | null | false {
  const text = raw.replace(/[,，\s]/g, "").replace(/．/g, ".");
  if (text === "") return null;
  const m = TYPED.exec(text);
  if (!m) return false;
  const [, sign, whole, frac = ""] = m;
  const decimals = UNIT_DECIMALS[unit];
  if (frac.length > decimals) return false;
  const fen = BigInt(whole) * FEN_PER[unit] + BigInt(frac.padEnd(decimals, "0") || "0");
  return hundredthsToText(sign === "-" ? -fen : fen);
}

/**
 * Exact yuan text shown in `unit`, without trailing zeros: "35000000.00" → "3500" 万元,
 * "12345.60" → "12345.6" 元. Null for empty or malformed text.
 */
export function yuanToTyped(yuan: string | null | undefined, unit: MoneyUnit): string | null {
  if (yuan == null || yuan.trim() === "") return null;
  let fen: bigint;
  try {
    fen = parseHundredths(yuan);
  } catch {
    return null;
  }
  const neg = fen < 0n;
  const abs = neg ? -fen : fen;
  const per = FEN_PER[unit];
  const frac = (abs % per).toString().padStart(UNIT_DECIMALS[unit], "0").replace(/0+$/, "");
  return `${neg ? "-" : ""}${abs / per}${frac ? `.${frac}` : ""}`;
}

/** Where an amount lies against a typical range (yuan text): far below, far above, or fine. */
export function typicalCheck(
  yuan: string | null | false,
  typical: { min?: string; max?: string } | undefined,
): "low" | "high" | null {
  if (!yuan || !typical) return null;
  const fen = parseHundredths(yuan);
  if (fen <= 0n) return null;
  if (typical.min && fen < parseHundredths(typical.min)) return "low";
  if (typical.max && fen > parseHundredths(typical.max)) return "high";
  return null;
}

/**
 * A project's amounts (planned investment, contract, funds in place): from ¥10万 to ¥1,000亿 is
 * usual; a figure outside is more likely typed in the wrong unit.
 */
export const TYPICAL_PROJECT = { min: "100000.00", max: "100000000000.00" } as const;
