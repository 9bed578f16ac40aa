/**
 * Exact amounts. Money is integer fen (分) everywhere in the server; indicator quantities are
 * integers in the indicator's base unit (fen for YUAN, people or items otherwise).
 * Text forms: yuan with exactly two decimals ("12345.60"); counts as whole numbers ("795").
 */

const DECIMAL = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;

/** Parses decimal text with at most two decimals into hundredths. Returns null when not exact. */
export function parseHundredths(text: string): number | null {
  const m = DECIMAL.exec(text.trim());
  if (!m) return null;
  const [, sign, whole, frac = ""] = m;
  if (whole.length > 15) return null;
  const value = Number(whole) * 100 + Number(frac.padEnd(2, "0"));
  if (!Number.isSafeInteger(value)) return null;
  return sign ? -value : value;
}

/** Integer fen → "12345.60". */
export function formatFen(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not an integer amount of fen: ${fen}`);
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  const yuan = Math.trunc(abs / 100);
  const cents = abs % 100;
  return `${sign}${yuan}.${cents.toString().padStart(2, "0")}`;
}

/**
 * Value accepted from JSON: decimal text exact to the fen, or a whole number of yuan. A JSON float
 * (12.5) is refused, as docs/api-contract.md says: binary floats cannot carry fen exactly (0.1 + 0.2),
 * so fractions travel as text.
 */
export function parseMoneyInput(value: unknown): number | null {
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value) || !Number.isSafeInteger(value * 100)) return null;
    return value * 100;
  }
  if (typeof value === "string") return parseHundredths(value);
  return null;
}

// ---------------------------------------------------------------------------------------------
// Money as people read it in a sentence (reminder texts and mails): the same rules as the web
// app's formatMoneyCompact (web/src/lib/format.ts), so the bell, the mail and the pages agree.

const FEN_PER_WAN = 1_000_000n; // 10⁴ yuan
const FEN_PER_YI = 10_000_000_000n; // 10⁸ yuan
const FEN_PER_MILLION = 100_000_000n;
const FEN_PER_BILLION = 100_000_000_000n;

/** Divides and rounds half away from zero (display only; sums stay exact). */
function roundDiv(value: bigint, divisor: bigint): bigint {
  return (value * 2n + divisor) / (divisor * 2n);
}

/** Hundredths of a unit with two decimals, digits grouped in threes; `trim` drops trailing zeros. */
function twoDecimals(hundredths: bigint, trim: boolean): string {
  let text = (hundredths / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  let frac = (hundredths % 100n).toString().padStart(2, "0");
  if (trim) frac = frac.replace(/0+$/, "");
  if (frac) text += `.${frac}`;
  return text;
}

/**
 * Integer fen as a sum is written: zh "¥3.31亿", "¥4,295万", "¥1.23万" (two decimals at most,
 * trailing zeros dropped), below 1万 exact ("¥9,999.99"); en "¥331.00M", "¥1.06B", below a
 * million exact ("¥999,999.99"). BigInt throughout: no float touches the amount.
 */
export function formatYuanCompact(fen: number, locale: "zh-CN" | "en"): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not an integer amount of fen: ${fen}`);
  const v = BigInt(fen);
  const abs = v < 0n ? -v : v;
  const s = v < 0n ? "-" : "";
  if (locale === "zh-CN") {
    if (abs >= FEN_PER_YI) return `${s}¥${twoDecimals(roundDiv(abs, FEN_PER_YI / 100n), true)}亿`;
    if (abs >= FEN_PER_WAN) return `${s}¥${twoDecimals(roundDiv(abs, FEN_PER_WAN / 100n), true)}万`;
  } else {
    if (abs >= FEN_PER_BILLION) return `${s}¥${twoDecimals(roundDiv(abs, FEN_PER_BILLION / 100n), false)}B`;
    if (abs >= FEN_PER_MILLION) return `${s}¥${twoDecimals(roundDiv(abs, FEN_PER_MILLION / 100n), false)}M`;
  }
  return `${s}¥${twoDecimals(abs, false)}`;
}
