import { describe, expect, it } from "vitest";
import {
  checkAmountInput,
  formatDate,
  formatDateTime,
  formatMoney,
  formatMoneyCompact,
  formatPercent,
  formatQuantity,
  gradeOf,
  groupDigits,
  hundredthsToText,
  maskIdNumber,
  maskPhone,
  parseHundredths,
  progressWidth,
  ratioOf,
  roundDiv,
  sumHundredths,
  todayIso,
  tryParseHundredths,
} from "./format";

describe("parseHundredths", () => {
  it("reads exact decimal text into integer hundredths", () => {
    expect(parseHundredths("1234.50")).toBe(123450n);
    expect(parseHundredths("1234.5")).toBe(123450n);
    expect(parseHundredths("1234")).toBe(123400n);
    expect(parseHundredths("0")).toBe(0n);
    expect(parseHundredths("0.05")).toBe(5n);
    expect(parseHundredths("-12.34")).toBe(-1234n);
    expect(parseHundredths("+7")).toBe(700n);
    expect(parseHundredths(" 8 ")).toBe(800n);
  });
  it("stays exact beyond float precision", () => {
    expect(parseHundredths("90071992547409.93")).toBe(9007199254740993n);
  });
  it("refuses anything finer than a fen, and non-numbers", () => {
    expect(() => parseHundredths("1.005")).toThrow();
    expect(() => parseHundredths("abc")).toThrow();
    expect(() => parseHundredths("")).toThrow();
    expect(() => parseHundredths("1e5")).toThrow();
  });
  it("tryParseHundredths answers null instead of throwing", () => {
    expect(tryParseHundredths(null)).toBeNull();
    expect(tryParseHundredths(undefined)).toBeNull();
    expect(tryParseHundredths("  ")).toBeNull();
    expect(tryParseHundredths("x")).toBeNull();
    expect(tryParseHundredths("2.5")).toBe(250n);
  });
});

describe("integer helpers", () => {
  it("hundredthsToText", () => {
    expect(hundredthsToText(123450n)).toBe("1234.50");
    expect(hundredthsToText(5n)).toBe("0.05");
    expect(hundredthsToText(0n)).toBe("0.00");
    expect(hundredthsToText(-1234n)).toBe("-12.34");
  });
  it("groupDigits", () => {
    expect(groupDigits(0n)).toBe("0");
    expect(groupDigits(999n)).toBe("999");
    expect(groupDigits(1000n)).toBe("1,000");
    expect(groupDigits(1234567n)).toBe("1,234,567");
  });
  it("roundDiv rounds half away from zero", () => {
    expect(roundDiv(15n, 10n)).toBe(2n);
    expect(roundDiv(14n, 10n)).toBe(1n);
    expect(roundDiv(-15n, 10n)).toBe(-2n);
    expect(roundDiv(-14n, 10n)).toBe(-1n);
    expect(roundDiv(0n, 10n)).toBe(0n);
  });
  it("sumHundredths skips empty values", () => {
    expect(sumHundredths(["1.10", null, "2", undefined, "", "-0.10"])).toBe(300n);
    expect(sumHundredths([])).toBe(0n);
  });
});

describe("formatMoney (exact)", () => {
  it("shows yuan with two decimals and grouped digits", () => {
    expect(formatMoney("1234.5")).toBe("¥1,234.50");
    expect(formatMoney("1234.50")).toBe("¥1,234.50");
    expect(formatMoney("3310000000.00")).toBe("¥3,310,000,000.00");
    expect(formatMoney("0.05")).toBe("¥0.05");
  });
  it("zero and negatives", () => {
    expect(formatMoney("0")).toBe("¥0.00");
    expect(formatMoney("-1234.5")).toBe("-¥1,234.50");
  });
});

describe("formatMoneyCompact", () => {
  it("zh: 亿 and 万 as people write them", () => {
    expect(formatMoneyCompact("331000000.00", "zh-CN")).toBe("¥3.31亿");
    expect(formatMoneyCompact("284000000", "zh-CN")).toBe("¥2.84亿");
    expect(formatMoneyCompact("100000000", "zh-CN")).toBe("¥1亿");
    expect(formatMoneyCompact("3415000000", "zh-CN")).toBe("¥34.15亿");
    expect(formatMoneyCompact("42950000.00", "zh-CN")).toBe("¥4,295万");
    expect(formatMoneyCompact("3280000", "zh-CN")).toBe("¥328万");
    expect(formatMoneyCompact("10000", "zh-CN")).toBe("¥1万");
    expect(formatMoneyCompact("12345.67", "zh-CN")).toBe("¥1.23万");
    expect(formatMoneyCompact("12350", "zh-CN")).toBe("¥1.24万"); // half up
  });
  it("zh: below 1万 the exact amount; zero and negatives", () => {
    expect(formatMoneyCompact("9999.99", "zh-CN")).toBe("¥9,999.99");
    expect(formatMoneyCompact("0", "zh-CN")).toBe("¥0.00");
    expect(formatMoneyCompact("-3280000", "zh-CN")).toBe("-¥328万");
    expect(formatMoneyCompact("-331000000", "zh-CN")).toBe("-¥3.31亿");
    expect(formatMoneyCompact("-12.5", "zh-CN")).toBe("-¥12.50");
  });
  it("en: millions and billions with two decimals", () => {
    expect(formatMoneyCompact("331000000.00", "en")).toBe("¥331.00M");
    expect(formatMoneyCompact("42950000", "en")).toBe("¥42.95M");
    expect(formatMoneyCompact("3280000", "en")).toBe("¥3.28M");
    expect(formatMoneyCompact("1060000000", "en")).toBe("¥1.06B");
    expect(formatMoneyCompact("-3280000", "en")).toBe("-¥3.28M");
  });
  it("en: below a million the exact amount; zero", () => {
    expect(formatMoneyCompact("999999.99", "en")).toBe("¥999,999.99");
    expect(formatMoneyCompact("0", "en")).toBe("¥0.00");
  });
});

describe("formatQuantity", () => {
  it("YUAN is money, compact unless exact is asked", () => {
    expect(formatQuantity("331000000.00", "YUAN", "zh-CN")).toBe("¥3.31亿");
    expect(formatQuantity("331000000.00", "YUAN", "en")).toBe("¥331.00M");
    expect(formatQuantity("331000000.00", "YUAN", "zh-CN", { exact: true })).toBe("¥331,000,000.00");
  });
  it("PEOPLE with its unit word", () => {
    expect(formatQuantity("795", "PEOPLE", "zh-CN")).toBe("795人");
    expect(formatQuantity("795", "PEOPLE", "en")).toBe("795 people");
    expect(formatQuantity("1516", "PEOPLE", "zh-CN")).toBe("1,516人");
    expect(formatQuantity("1", "PEOPLE", "en")).toBe("1 person");
    expect(formatQuantity("-1", "PEOPLE", "en")).toBe("-1 person");
    expect(formatQuantity("0", "PEOPLE", "en")).toBe("0 people");
    expect(formatQuantity("-5", "PEOPLE", "zh-CN")).toBe("-5人");
  });
  it("COUNT with 个 in Chinese, bare in English", () => {
    expect(formatQuantity("68", "COUNT", "zh-CN")).toBe("68个");
    expect(formatQuantity("68", "COUNT", "en")).toBe("68");
    expect(formatQuantity("0", "COUNT", "zh-CN")).toBe("0个");
    expect(formatQuantity("-2", "COUNT", "en")).toBe("-2");
    expect(formatQuantity("1500.00", "COUNT", "en")).toBe("1,500");
  });
  it("a fractional count (should not happen) is still shown exactly", () => {
    expect(formatQuantity("2.50", "COUNT", "en")).toBe("2.5");
  });
  it("missing values show a dash", () => {
    expect(formatQuantity(null, "YUAN", "zh-CN")).toBe("—");
    expect(formatQuantity(undefined, "PEOPLE", "en")).toBe("—");
    expect(formatQuantity("", "COUNT", "en")).toBe("—");
  });
});

describe("percentages and ratios", () => {
  it("formatPercent", () => {
    expect(formatPercent(1.4127)).toBe("141.27%");
    expect(formatPercent(0)).toBe("0.00%");
    expect(formatPercent(0.5, 0)).toBe("50%");
    expect(formatPercent(-0.25)).toBe("-25.00%");
    expect(formatPercent(-0.00001)).toBe("0.00%");
    expect(formatPercent(null)).toBe("—");
    expect(formatPercent(undefined)).toBe("—");
    expect(formatPercent(Number.NaN)).toBe("—");
  });
  it("ratioOf is exact over integers", () => {
    // 316 ÷ 223 (the 832-platform example: ¥316M bought of ¥223M reserved)
    expect(formatPercent(ratioOf(parseHundredths("316000000"), parseHundredths("223000000")))).toBe("141.70%");
    expect(ratioOf(0n, 100n)).toBe(0);
    expect(ratioOf(50n, 100n)).toBe(0.5);
    expect(ratioOf(-50n, 100n)).toBe(-0.5);
    expect(ratioOf(5n, null)).toBeNull();
    expect(ratioOf(5n, 0n)).toBeNull();
  });
  it("progressWidth clamps to 0–100", () => {
    expect(progressWidth(0.4567)).toBe(45.7);
    expect(progressWidth(1.4127)).toBe(100);
    expect(progressWidth(0)).toBe(0);
    expect(progressWidth(-0.2)).toBe(0);
    expect(progressWidth(null)).toBe(0);
  });
  it("gradeOf", () => {
    expect(gradeOf(1)).toBe("done");
    expect(gradeOf(1.5)).toBe("done");
    expect(gradeOf(0.7)).toBe("near");
    expect(gradeOf(0.69)).toBe("behind");
    expect(gradeOf(-1)).toBe("behind");
    expect(gradeOf(null)).toBe("none");
  });
});

describe("dates", () => {
  it("formatDate", () => {
    expect(formatDate("2020-06-30", "zh-CN")).toBe("2020年6月30日");
    expect(formatDate("2020-06-30", "en")).toBe("30 Jun 2020");
    expect(formatDate("2026-01-05", "en")).toBe("5 Jan 2026");
    expect(formatDate(null, "en")).toBe("—");
    expect(formatDate("", "zh-CN")).toBe("—");
    expect(formatDate("30/06/2020", "en")).toBe("30/06/2020");
    expect(formatDate("2020-13-01", "en")).toBe("2020-13-01");
  });
  it("formatDateTime shows China Standard Time", () => {
    expect(formatDateTime("2026-11-23T07:14:05.000Z")).toBe("2026-11-23 15:14");
    expect(formatDateTime("2026-12-31T16:30:00Z")).toBe("2027-01-01 00:30");
    expect(formatDateTime("2026-11-23T07:14:05Z", "UTC")).toBe("2026-11-23 07:14");
    expect(formatDateTime(null)).toBe("—");
    expect(formatDateTime("not a date")).toBe("not a date");
  });
  it("todayIso in China Standard Time", () => {
    expect(todayIso(new Date("2026-11-23T17:00:00Z"))).toBe("2026-11-24");
    expect(todayIso(new Date("2026-11-23T15:59:00Z"))).toBe("2026-11-23");
  });
});

describe("masks for personal data", () => {
  it("maskIdNumber keeps the first and last four", () => {
    expect(maskIdNumber("520423199001011234")).toBe("5204**********1234");
    expect(maskIdNumber("52042319900101123X")).toBe("5204**********123X");
    expect(maskIdNumber("123456789")).toBe("1234*6789");
    expect(maskIdNumber("12345678")).toBe("********");
    expect(maskIdNumber("")).toBe("");
    expect(maskIdNumber(null)).toBe("");
  });
  it("maskPhone keeps the first three and last four", () => {
    expect(maskPhone("13812345678")).toBe("138****5678");
    expect(maskPhone("138 1234 5678")).toBe("138****5678");
    expect(maskPhone("138-1234-5678")).toBe("138****5678");
    expect(maskPhone("1234567")).toBe("*******");
    expect(maskPhone("12345678")).toBe("123*5678");
    expect(maskPhone(undefined)).toBe("");
  });
});

describe("checkAmountInput", () => {
  it("YUAN accepts up to two decimals and normalises", () => {
    expect(checkAmountInput("1234.5", "YUAN")).toEqual({ ok: true, value: "1234.50" });
    expect(checkAmountInput(" 1,234 ", "YUAN")).toEqual({ ok: true, value: "1234.00" });
    expect(checkAmountInput("1.005", "YUAN")).toEqual({ ok: false, error: "format" });
    expect(checkAmountInput("abc", "YUAN")).toEqual({ ok: false, error: "format" });
    expect(checkAmountInput("", "YUAN")).toEqual({ ok: false, error: "format" });
  });
  it("PEOPLE and COUNT accept whole numbers only", () => {
    expect(checkAmountInput("795", "PEOPLE")).toEqual({ ok: true, value: "795" });
    expect(checkAmountInput("12.5", "PEOPLE")).toEqual({ ok: false, error: "format" });
    expect(checkAmountInput("68", "COUNT")).toEqual({ ok: true, value: "68" });
  });
  it("zero is refused; negatives only where allowed (corrections)", () => {
    expect(checkAmountInput("0", "COUNT")).toEqual({ ok: false, error: "nonzero" });
    expect(checkAmountInput("0.00", "YUAN")).toEqual({ ok: false, error: "nonzero" });
    expect(checkAmountInput("-5", "PEOPLE")).toEqual({ ok: false, error: "positive" });
    expect(checkAmountInput("-5", "PEOPLE", { allowNegative: true })).toEqual({ ok: true, value: "-5" });
    expect(checkAmountInput("-0.5", "YUAN", { allowNegative: true })).toEqual({ ok: true, value: "-0.50" });
  });
});
