/**
 * Display formatting shared by every page: money (¥, 万, 亿), indicator quantities, percentages,
 * dates, and masks for personal data.
 *
 * Money arrives as exact decimal text (the `Money` and `Quantity` scalars, e.g. "3310000000.00").
 * It is parsed into integer fen (分) as a BigInt and never goes through a float, so what is shown
 * is exactly what was recorded (DESIGN.md, "Money").
 */

import type { IndicatorUnit } from "@/gql/graphql";

export type AppLocale = "zh-CN" | "en";

const DECIMAL = /^([+-])?(\d+)(?:\.(\d{1,2}))?$/;

/** Parses exact decimal text ("12345.6", "-3", "0.05") into hundredths (fen for yuan). */
export function parseHundredths(text: string): bigint {
  const m = DECIMAL.exec(text.trim());
  if (!m) throw new Error(`Not an exact decimal: ${JSON.stringify(text)}`);
  const [, sign, whole, frac = ""] = m;
  const value = BigInt(whole) * 100n + BigInt(frac.padEnd(2, "0"));
  return sign === "-" ? -value : value;
}

/** Like parseHundredths, but null for null, empty or malformed text. */
export function tryParseHundredths(text: string | null | undefined): bigint | null {
  if (text == null || text.trim() === "") return null;
  try {
    return parseHundredths(text);
  } catch {
    return null;
  }
}

/** Writes hundredths back as exact decimal text with two decimals: 123450n → "1234.50". */
export function hundredthsToText(value: bigint): string {
  const neg = value < 0n;
  const abs = neg ? -value : value;
  return `${neg ? "-" : ""}${abs / 100n}.${(abs % 100n).toString().padStart(2, "0")}`;
}

/** Groups the digits of a non-negative integer in threes: 1234567n → "1,234,567". */
export function groupDigits(value: bigint): string {
  return value.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Divides and rounds half away from zero (for display only; sums stay exact). */
export function roundDiv(value: bigint, divisor: bigint): bigint {
  const neg = value < 0n;
  const abs = neg ? -value : value;
  const q = (abs * 2n + divisor) / (divisor * 2n);
  return neg ? -q : q;
}

/** A number of hundredths of the unit, shown with `decimals` (0–2) decimals, digits grouped. */
function fixed(hundredths: bigint, decimals: 0 | 1 | 2, trim: boolean): string {
  const scale = 10n ** BigInt(2 - decimals);
  const rounded = roundDiv(hundredths < 0n ? -hundredths : hundredths, scale);
  const base = 10n ** BigInt(decimals);
  let text = groupDigits(rounded / base);
  if (decimals > 0) {
    let frac = (rounded % base).toString().padStart(decimals, "0");
    if (trim) frac = frac.replace(/0+$/, "");
    if (frac) text += `.${frac}`;
  }
  return text;
}

const sign = (v: bigint) => (v < 0n ? "-" : "");

/** Exact money: "1234.5" → "¥1,234.50"; negatives as "-¥1,234.50". */
export function formatMoney(text: string): string {
  const fen = parseHundredths(text);
  return `${sign(fen)}¥${fixed(fen, 2, false)}`;
}

const FEN_PER_WAN = 1_000_000n; // 10⁴ yuan
const FEN_PER_YI = 10_000_000_000n; // 10⁸ yuan
const FEN_PER_MILLION = 100_000_000n;
const FEN_PER_BILLION = 100_000_000_000n;

/**
 * Money the way people read large sums. zh: "¥3.31亿", "¥4,295万", "¥328万" (up to two decimals,
 * trailing zeros dropped); below 1万 the exact amount. en: "¥331.00M", "¥1.06B"; below 1M exact.
 */
export function formatMoneyCompact(text: string, locale: AppLocale): string {
  const fen = parseHundredths(text);
  const abs = fen < 0n ? -fen : fen;
  const s = sign(fen);
  if (locale === "zh-CN") {
    if (abs >= FEN_PER_YI) return `${s}¥${fixed(roundDiv(abs, FEN_PER_YI / 100n), 2, true)}亿`;
    if (abs >= FEN_PER_WAN) return `${s}¥${fixed(roundDiv(abs, FEN_PER_WAN / 100n), 2, true)}万`;
    return formatMoney(text);
  }
  if (abs >= FEN_PER_BILLION) return `${s}¥${fixed(roundDiv(abs, FEN_PER_BILLION / 100n), 2, false)}B`;
  if (abs >= FEN_PER_MILLION) return `${s}¥${fixed(roundDiv(abs, FEN_PER_MILLION / 100n), 2, false)}M`;
  return formatMoney(text);
}

/** A whole count with its unit word: "795人" / "795 people", "68个" / "68". */
function formatCount(text: string, unit: Exclude<IndicatorUnit, "YUAN">, locale: AppLocale): string {
  const h = parseHundredths(text);
  const n = `${sign(h)}${fixed(h, h % 100n === 0n ? 0 : 2, true)}`;
  if (unit === "PEOPLE") {
    if (locale === "zh-CN") return `${n}人`;
    return `${n} ${h === 100n || h === -100n ? "person" : "people"}`;
  }
  return locale === "zh-CN" ? `${n}个` : n;
}

/**
 * An indicator quantity in its unit. YUAN is money (compact by default: 万/亿 or M/B);
 * PEOPLE and COUNT are whole numbers with their unit word.
 */
export function formatQuantity(
  text: string | null | undefined,
  unit: IndicatorUnit,
  locale: AppLocale,
  opts: { exact?: boolean } = {},
): string {
  if (text == null || text === "") return "—";
  if (unit === "YUAN") return opts.exact ? formatMoney(text) : formatMoneyCompact(text, locale);
  return formatCount(text, unit, locale);
}

/** A ratio (1.4127) as a percentage with two decimals: "141.27%". Null (no target) → "—". */
export function formatPercent(ratio: number | null | undefined, decimals = 2): string {
  if (ratio == null || !Number.isFinite(ratio)) return "—";
  const pct = ratio * 100;
  // Avoid "-0.00%" for tiny negatives that round to zero.
  const text = (Math.abs(pct) < 0.5 * 10 ** -decimals ? 0 : pct).toFixed(decimals);
  return `${text}%`;
}

/**
 * Exact completion ratio from two quantities, computed over integers: delivered ÷ target.
 * Null when there is no target or it is zero (nothing to complete against).
 */
export function ratioOf(delivered: bigint, target: bigint | null): number | null {
  if (target == null || target === 0n) return null;
  // Ten-thousandths of a percent are plenty for display and bars.
  return Number((delivered * 1_000_000n) / target) / 1_000_000;
}

/** Sums exact decimal texts; null entries are skipped. */
export function sumHundredths(texts: Array<string | null | undefined>): bigint {
  let total = 0n;
  for (const t of texts) if (t != null && t !== "") total += parseHundredths(t);
  return total;
}

/** Width of a progress bar (0–100) for a ratio; over-delivery fills the bar. */
export function progressWidth(ratio: number | null | undefined): number {
  if (ratio == null || !Number.isFinite(ratio) || ratio <= 0) return 0;
  return Math.min(100, Math.round(ratio * 1000) / 10);
}

/**
 * Grade of completion, after the SBA scorecard idea (DOMAIN.md): "done" at ≥ 100 %,
 * "near" at ≥ 70 %, "behind" below, "none" without a target.
 */
export type Grade = "done" | "near" | "behind" | "none";
export function gradeOf(ratio: number | null | undefined): Grade {
  if (ratio == null || !Number.isFinite(ratio)) return "none";
  if (ratio >= 1) return "done";
  if (ratio >= 0.7) return "near";
  return "behind";
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A calendar date ("2020-06-30") as "2020年6月30日" / "30 Jun 2020". Unknown text is returned as is. */
export function formatDate(text: string | null | undefined, locale: AppLocale): string {
  if (!text) return "—";
  const m = ISO_DATE.exec(text);
  if (!m) return text;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12) return text;
  return locale === "zh-CN" ? `${y}年${mo}月${d}日` : `${d} ${EN_MONTHS[mo - 1]} ${y}`;
}

/**
 * A moment (ISO 8601) as "2026-11-23 15:14" in China Standard Time, the time the platform's
 * users live in, whatever the browser's zone.
 */
export function formatDateTime(text: string | null | undefined, timeZone = "Asia/Shanghai"): string {
  if (!text) return "—";
  const d = new Date(text);
  if (Number.isNaN(d.getTime())) return text;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** Today's date in China Standard Time as "YYYY-MM-DD" (the default date of a new record). */
export function todayIso(now = new Date(), timeZone = "Asia/Shanghai"): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/**
 * Masks a resident ID number, keeping the first four (province and city) and last four
 * characters: "520423199001011234" → "5204**********1234". Short input is masked whole.
 */
export function maskIdNumber(id: string | null | undefined): string {
  if (!id) return "";
  const s = id.trim();
  if (s.length <= 8) return "*".repeat(s.length);
  return `${s.slice(0, 4)}${"*".repeat(s.length - 8)}${s.slice(-4)}`;
}

/** Masks a phone number, keeping the first three and last four digits: "138****5678". */
export function maskPhone(phone: string | null | undefined): string {
  if (!phone) return "";
  const s = phone.replace(/[\s-]/g, "");
  if (s.length < 8) return "*".repeat(s.length);
  return `${s.slice(0, 3)}${"*".repeat(s.length - 7)}${s.slice(-4)}`;
}

/**
 * Checks what a person typed as an indicator amount before it is sent (the server checks again).
 * YUAN: up to two decimals; PEOPLE and COUNT: whole numbers. Returns the normalised text to send,
 * or an error key ("format" | "positive" | "nonzero").
 */
export function checkAmountInput(
  raw: string,
  unit: IndicatorUnit,
  opts: { allowNegative?: boolean } = {},
): { ok: true; value: string } | { ok: false; error: "format" | "positive" | "nonzero" } {
  const text = raw.trim().replace(/,/g, "");
  const pattern = unit === "YUAN" ? /^[+-]?\d+(\.\d{1,2})?$/ : /^[+-]?\d+$/;
  if (!pattern.test(text)) return { ok: false, error: "format" };
  const h = parseHundredths(text);
  if (h === 0n) return { ok: false, error: "nonzero" };
  if (h < 0n && !opts.allowNegative) return { ok: false, error: "positive" };
  const value = unit === "YUAN" ? hundredthsToText(h) : (h / 100n).toString();
  return { ok: true, value };
}
