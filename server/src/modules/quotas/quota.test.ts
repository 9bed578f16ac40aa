import { describe, expect, it } from "vitest";
import { QuotaBasis } from "./quota.entity";
import { daysLeftIn, deriveQuotaAmount } from "./quota.service";

describe("quota amounts", () => {
  it("derives canteen budget × rate exactly, rounding half a fen up", () => {
    expect(deriveQuotaAmount({ basis: QuotaBasis.CANTEEN_BUDGET, baseAmount: 300_000_000 })).toBe(30_000_000); // ¥3,000,000 × 10%
    expect(
      deriveQuotaAmount({ basis: QuotaBasis.CANTEEN_BUDGET, baseAmount: 123_456_789, rateBasisPoints: 1000 }),
    ).toBe(12_345_679);
    expect(
      deriveQuotaAmount({ basis: QuotaBasis.CANTEEN_BUDGET, baseAmount: 99_999_999_999_999, rateBasisPoints: 3000 }),
    ).toBe(30_000_000_000_000);
  });
  it("derives headcount × yuan per head, and takes a typed amount as it is", () => {
    expect(deriveQuotaAmount({ basis: QuotaBasis.HEADCOUNT, headcount: 420, perHead: 50_000 })).toBe(21_000_000);
    expect(deriveQuotaAmount({ basis: QuotaBasis.FIXED, amount: 12_345 })).toBe(12_345);
  });
  it("counts the days left in the year on China's calendar", () => {
    expect(daysLeftIn(2026, new Date("2026-12-31T03:00:00Z"))).toBe(0);
    expect(daysLeftIn(2026, new Date("2026-12-30T17:00:00Z"))).toBe(0); // already 31 December in Beijing
    expect(daysLeftIn(2026, new Date("2026-01-01T00:00:00Z"))).toBe(364);
    expect(daysLeftIn(2025, new Date("2026-06-01T00:00:00Z"))).toBe(0);
    expect(daysLeftIn(2027, new Date("2026-06-01T00:00:00Z"))).toBe(365);
  });
});
