import { describe, expect, it } from "vitest";
import { typedToYuan, typicalCheck, yuanToTyped } from "./money";
import { checkAmountInput } from "./format";

describe("typedToYuan: what is typed, as the exact yuan the API takes", () => {
  it("shifts 万元 to 元 exactly", () => {
    expect(typedToYuan("3500", "WAN")).toBe("35000000.00");
    expect(typedToYuan("0.35", "WAN")).toBe("3500.00");
    expect(typedToYuan("1.234567", "WAN")).toBe("12345.67");
    expect(typedToYuan("0.000001", "WAN")).toBe("0.01");
    expect(typedToYuan("3,500", "WAN")).toBe("35000000.00");
    expect(typedToYuan("3，500", "WAN")).toBe("35000000.00");
  });
  it("keeps 元 as typed, to the fen", () => {
    expect(typedToYuan("0.01", "YUAN")).toBe("0.01");
    expect(typedToYuan("12,500,000", "YUAN")).toBe("12500000.00");
    expect(typedToYuan("68.5", "YUAN")).toBe("68.50");
    expect(typedToYuan("7.", "YUAN")).toBe("7.00");
    expect(typedToYuan("-5", "YUAN")).toBe("-5.00");
  });
  it("refuses more decimals than whole fen and anything not a number", () => {
    expect(typedToYuan("12.345", "YUAN")).toBe(false);
    expect(typedToYuan("1.2345678", "WAN")).toBe(false);
    expect(typedToYuan("1e5", "YUAN")).toBe(false);
    expect(typedToYuan("abc", "WAN")).toBe(false);
    expect(typedToYuan(".5", "YUAN")).toBe(false);
    expect(typedToYuan("", "YUAN")).toBe(null);
    expect(typedToYuan("  ", "WAN")).toBe(null);
  });
  it("stays exact past 2^53 fen", () => {
    // 2^53 fen ≈ 9.0e13 yuan; 9,876,543,210,987.654321 万元 is far beyond.
    expect(typedToYuan("9876543210987.654321", "WAN")).toBe("98765432109876543.21");
    expect(typedToYuan("90071992547409.93", "YUAN")).toBe("90071992547409.93");
  });
  it("gives text checkAmountInput accepts as is", () => {
    const v = typedToYuan("3500", "WAN") as string;
    expect(checkAmountInput(v, "YUAN")).toEqual({ ok: true, value: v });
  });
});

describe("yuanToTyped: exact yuan shown in the unit of the field", () => {
  it("shifts back without trailing zeros", () => {
    expect(yuanToTyped("35000000.00", "WAN")).toBe("3500");
    expect(yuanToTyped("12345.67", "WAN")).toBe("1.234567");
    expect(yuanToTyped("0.01", "WAN")).toBe("0.000001");
    expect(yuanToTyped("12345.60", "YUAN")).toBe("12345.6");
    expect(yuanToTyped("0.01", "YUAN")).toBe("0.01");
    expect(yuanToTyped("-50000.00", "WAN")).toBe("-5");
    expect(yuanToTyped("98765432109876543.21", "WAN")).toBe("9876543210987.654321");
  });
  it("is null for nothing or malformed text", () => {
    expect(yuanToTyped("", "WAN")).toBe(null);
    expect(yuanToTyped(null, "YUAN")).toBe(null);
    expect(yuanToTyped("x", "YUAN")).toBe(null);
  });
  it("round-trips", () => {
    for (const y of ["1.00", "0.01", "35000000.00", "123456789012345678.99"])
      for (const u of ["YUAN", "WAN"] as const) expect(typedToYuan(yuanToTyped(y, u)!, u)).toBe(y);
  });
});

describe("typicalCheck", () => {
  const typical = { min: "1000000.00", max: "100000000000.00" };
  it("flags amounts far outside the typical range, not an error", () => {
    expect(typicalCheck("3500.00", typical)).toBe("low");
    expect(typicalCheck("35000000.00", typical)).toBe(null);
    expect(typicalCheck("350000000000.00", typical)).toBe("high");
    expect(typicalCheck(null, typical)).toBe(null);
    expect(typicalCheck(false, typical)).toBe(null);
    expect(typicalCheck("3500.00", undefined)).toBe(null);
  });
});
