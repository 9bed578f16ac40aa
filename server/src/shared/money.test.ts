import { describe, expect, it } from "vitest";
import { formatFen, parseHundredths, parseMoneyInput } from "./money";

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
