import { describe, expect, it } from "vitest";
import { formatFen, formatYuanCompact, parseHundredths, parseMoneyInput } from "./money";

describe("money", () => {
  it("parses exact decimal text into fen", () => {
    expect(parseHundredths("12345.6")).toBe(1234560);
    expect(parseHundredths("12345.60")).toBe(1234560);
    expect(parseHundredths("0")).toBe(0);
    expect(parseHundredths("-3.05")).toBe(-305);
    expect(parseHundredths(" 7 ")).toBe(700);
  });
  it("rejects fractions of a fen and non-numbers", () => {
    expect(parseHundredths("1.005")).toBeNull();
    expect(parseHundredths("1e5")).toBeNull();
    expect(parseHundredths("abc")).toBeNull();
    expect(parseHundredths("")).toBeNull();
    expect(parseHundredths("1.")).toBeNull();
    expect(parseHundredths("9999999999999999")).toBeNull();
  });
  it("accepts whole JSON numbers and refuses JSON floats, as the contract says", () => {
    expect(parseMoneyInput(12)).toBe(1200);
    expect(parseMoneyInput(-3)).toBe(-300);
    expect(parseMoneyInput("12.5")).toBe(1250);
    expect(parseMoneyInput(12.5)).toBeNull();
    expect(parseMoneyInput(0.1 + 0.2)).toBeNull();
    expect(parseMoneyInput(2 ** 53)).toBeNull();
    expect(parseMoneyInput(Number.NaN)).toBeNull();
    expect(parseMoneyInput(true)).toBeNull();
  });
  it("formats fen as yuan with two decimals", () => {
    expect(formatFen(1234560)).toBe("12345.60");
    expect(formatFen(5)).toBe("0.05");
    expect(formatFen(-305)).toBe("-3.05");
    expect(formatFen(331000000000)).toBe("3310000000.00");
  });
});

describe("formatYuanCompact (as the web app's formatMoneyCompact)", () => {
  const y = (text: string) => parseHundredths(text)!;
  it("zh: 亿 and 万 as people write them; below 1万 exact", () => {
    expect(formatYuanCompact(y("331000000.00"), "zh-CN")).toBe("¥3.31亿");
    expect(formatYuanCompact(y("100000000"), "zh-CN")).toBe("¥1亿");
    expect(formatYuanCompact(y("42950000.00"), "zh-CN")).toBe("¥4,295万");
    expect(formatYuanCompact(y("10000"), "zh-CN")).toBe("¥1万");
    expect(formatYuanCompact(y("12345.67"), "zh-CN")).toBe("¥1.23万");
    expect(formatYuanCompact(y("12350"), "zh-CN")).toBe("¥1.24万"); // half up
    expect(formatYuanCompact(y("354000.00"), "zh-CN")).toBe("¥35.4万");
    expect(formatYuanCompact(y("9999.99"), "zh-CN")).toBe("¥9,999.99");
    expect(formatYuanCompact(0, "zh-CN")).toBe("¥0.00");
    expect(formatYuanCompact(y("-3280000"), "zh-CN")).toBe("-¥328万");
  });
  it("en: millions and billions with two decimals; below a million exact with separators", () => {
    expect(formatYuanCompact(y("331000000.00"), "en")).toBe("¥331.00M");
    expect(formatYuanCompact(y("1060000000"), "en")).toBe("¥1.06B");
    expect(formatYuanCompact(y("3280000"), "en")).toBe("¥3.28M");
    expect(formatYuanCompact(y("354000.00"), "en")).toBe("¥354,000.00");
    expect(formatYuanCompact(y("-12.5"), "en")).toBe("-¥12.50");
  });
});
