import { parseHundredths } from "@/lib/format";

const DIGITS = "零壹贰叁肆伍陆柒捌玖";
const IN_GROUP = ["", "拾", "佰", "仟"];
const GROUPS = ["", "万", "亿", "万亿"];

/** One group of four digits (0 < n < 10000) in capitals, zeros read as one 零 between digits. */
function group(n: number): string {
  let words = "";
  let zero = false;
  for (let i = 3; i >= 0; i--) {
    const d = Math.floor(n / 10 ** i) % 10;
    if (d === 0) {
      zero = words !== "";
      continue;
    }
    if (zero) words += "零";
    zero = false;
    words += DIGITS[d] + IN_GROUP[i];
  }
  return words;
}

/**
 * 金额大写: an amount as written on Chinese receipts and invoices (壹万贰仟叁佰肆拾伍元陆角柒分,
 * 壹佰元整, 壹仟零伍元零捌分), exact from the money text ("12345.67"), never through a float.
 * Used on the printed order, the page a canteen files with its receipts.
 */
export function amountInWords(text: string): string {
  let fen = parseHundredths(text);
  const negative = fen < 0n;
  if (negative) fen = -fen;
  const yuan = fen / 100n;
  const jiao = Number((fen / 10n) % 10n);
  const cents = Number(fen % 10n);
  const groups: number[] = []; // lowest first
  for (let rest = yuan; rest > 0n; rest /= 10000n) groups.push(Number(rest % 10000n));
  if (groups.length > GROUPS.length) throw new RangeError("amount too large");
  let whole = "";
  let skipped = false;
  for (let g = groups.length - 1; g >= 0; g--) {
    const n = groups[g];
    if (n === 0) {
      skipped = whole !== "";
      continue;
    }
    // 壹万零伍, 壹亿零壹万: a gap under a higher group reads as one 零.
    if (whole && (skipped || n < 1000)) whole += "零";
    skipped = false;
    whole += group(n) + GROUPS[g];
  }
  let out: string;
  if (jiao === 0 && cents === 0) out = `${whole || "零"}元整`;
  else {
    out = whole ? `${whole}元` : "";
    if (jiao > 0) out += `${DIGITS[jiao]}角`;
    else if (whole) out += "零";
    if (cents > 0) out += `${DIGITS[cents]}分`;
  }
  return (negative ? "负" : "") + out;
}
