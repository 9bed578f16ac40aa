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
