import { describe, expect, it } from "vitest";
import type { QuotaBasis } from "@/gql/graphql";
import {
  basisPointsToPercent,
  derivedQuotaFen,
  moneyToFen,
  percentToBasisPoints,
  splitsFen,
  type QuotaForm,
} from "./quotaMath";

const form = (over: Partial<QuotaForm>): QuotaForm => ({
  basis: "FIXED" as QuotaBasis,
  amount: "",
  baseAmount: "",
  ratePercent: "10",
  headcount: "",
  perHead: "",
  ...over,
});

describe("quota arithmetic (exact, BigInt fen)", () => {
  it("converts a rate in percent to basis points and back", () => {
    expect(percentToBasisPoints("10")).toBe(1000);
    expect(percentToBasisPoints("12.5")).toBe(1250);
    expect(percentToBasisPoints(" 0.01 % ")).toBe(1);
    expect(percentToBasisPoints("100")).toBe(10_000);
    for (const bad of ["0", "100.01", "12.345", "-5", "abc", "", "1e2"])
      expect(percentToBasisPoints(bad), bad).toBeNull();
    expect(basisPointsToPercent(1000)).toBe("10");
    expect(basisPointsToPercent(1250)).toBe("12.5");
    expect(basisPointsToPercent(1)).toBe("0.01");
    expect(basisPointsToPercent(10_000)).toBe("100");
  });

  it("derives canteen budget × rate, rounding half a fen up as the server does", () => {
    const canteen = (baseAmount: string, ratePercent: string) =>
      derivedQuotaFen(form({ basis: "CANTEEN_BUDGET" as QuotaBasis, baseAmount, ratePercent }));
    expect(canteen("3000000", "10")).toBe(30_000_000n); // ¥3,000,000 × 10% = ¥300,000.00
    expect(canteen("1234567.89", "10")).toBe(12_345_679n); // 123,456.789 → ¥123,456.79
    expect(canteen("876543.21", "12.5")).toBe(10_956_790n); // 109,567.90125 → ¥109,567.90
    expect(canteen("0.05", "10")).toBe(1n); // half a fen rounds up
    expect(canteen("0.04", "10")).toBe(0n);
    // Far beyond a float's exact range: still exact.
    expect(canteen("999999999999999.99", "33.33")).toBe(33_330_000_000_000_000n);
    expect(canteen("1,000,000", "")).toBe(10_000_000n); // empty rate = the default 10%
    expect(canteen("100", "abc")).toBeNull();
    expect(canteen("12.345", "10")).toBeNull();
  });

  it("derives headcount × yuan per head, and takes a typed amount as it is", () => {
    expect(derivedQuotaFen(form({ basis: "HEADCOUNT" as QuotaBasis, headcount: "420", perHead: "500" }))).toBe(
      21_000_000n,
    );
    expect(derivedQuotaFen(form({ basis: "HEADCOUNT" as QuotaBasis, headcount: "3", perHead: "0.33" }))).toBe(99n);
    expect(derivedQuotaFen(form({ basis: "HEADCOUNT" as QuotaBasis, headcount: "4.5", perHead: "500" }))).toBeNull();
    expect(derivedQuotaFen(form({ basis: "HEADCOUNT" as QuotaBasis, headcount: "0", perHead: "500" }))).toBeNull();
    expect(derivedQuotaFen(form({ amount: "200000" }))).toBe(20_000_000n);
    expect(derivedQuotaFen(form({ amount: "-1" }))).toBeNull();
  });

  it("parses typed money and sums the county splits", () => {
    expect(moneyToFen("1,234.5")).toBe(123_450n);
    expect(moneyToFen("0.1")).toBe(10n);
    expect(moneyToFen("1.005")).toBeNull();
    expect(splitsFen([{ amount: "600" }, { amount: "400.01" }, { amount: "oops" }])).toBe(100_001n);
  });
});
