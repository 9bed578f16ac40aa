import { describe, expect, it } from "vitest";
import {
  atRisk,
  daysElapsed,
  daysInYear,
  divRound,
  expectedByNow,
  project,
  ProjectionMethod,
  sameDayLastYear,
} from "./pace";

describe("pace: the projection to 31 December, hand-computed", () => {
  it("counts days in China's calendar terms: 1 January is day 1, leap years have 366", () => {
    expect(daysInYear(2025)).toBe(365);
    expect(daysInYear(2024)).toBe(366);
    expect(daysElapsed(2025, "2025-01-01")).toBe(1);
    expect(daysElapsed(2025, "2025-04-10")).toBe(31 + 28 + 31 + 10);
    expect(daysElapsed(2025, "2024-12-31")).toBe(0);
    expect(daysElapsed(2025, "2026-03-01")).toBe(365);
    expect(sameDayLastYear("2025-04-10")).toBe("2024-04-10");
    expect(sameDayLastYear("2024-02-29")).toBe("2023-02-28");
  });

  it("rounds half away from zero", () => {
    expect(divRound(5n, 2n)).toBe(3n);
    expect(divRound(-5n, 2n)).toBe(-3n);
    expect(divRound(7n, 3n)).toBe(2n);
    expect(divRound(8n, 3n)).toBe(3n);
  });

  it("projects linearly without last year: delivered × 365 ÷ 100 on 10 April", () => {
    // ¥10,000.01 by day 100 → 1,000,001 fen × 365 ÷ 100 = 3,650,003.65 → 3,650,004 fen.
    const p = project({ year: 2025, asOf: "2025-04-10", delivered: 1_000_001 });
    expect(p).toEqual({ projected: 3_650_004, method: ProjectionMethod.LINEAR });
    expect(atRisk(4_000_000, p)).toBe(true);
    expect(atRisk(3_650_004, p)).toBe(false);
    expect(atRisk(null, p)).toBe(false);
  });

  it("uses last year's seasonality: 450 now, last year 300 of 1,200 by the same day → 1,800", () => {
    const p = project({ year: 2025, asOf: "2025-04-10", delivered: 450, lastYearTotal: 1200, lastYearToDate: 300 });
    expect(p).toEqual({ projected: 1800, method: ProjectionMethod.SEASONAL });
    // 1/3 share: 100 × 1200 ÷ 400 = 300; 7 × 1000 ÷ 333 = 21.02 → 21
    expect(project({ year: 2025, asOf: "2025-06-01", delivered: 7, lastYearTotal: 1000, lastYearToDate: 333 })).toEqual(
      {
        projected: 21,
        method: ProjectionMethod.SEASONAL,
      },
    );
  });

  it("falls back to linear when last year's share by this day is under 5%", () => {
    // 50 of 1,200 = 4.2%: dividing by it would multiply noise; 60 of 1,200 = 5% is enough.
    const linear = project({ year: 2025, asOf: "2025-04-10", delivered: 100, lastYearTotal: 1200, lastYearToDate: 50 });
    expect(linear).toEqual({ projected: 365, method: ProjectionMethod.LINEAR });
    const seasonal = project({
      year: 2025,
      asOf: "2025-04-10",
      delivered: 100,
      lastYearTotal: 1200,
      lastYearToDate: 60,
    });
    expect(seasonal).toEqual({ projected: 2000, method: ProjectionMethod.SEASONAL });
  });

  it("is what was delivered once the year is over, and nothing before it begins", () => {
    expect(project({ year: 2025, asOf: "2026-01-05", delivered: 42 })).toEqual({
      projected: 42,
      method: ProjectionMethod.FINAL,
    });
    const none = project({ year: 2025, asOf: "2024-12-31", delivered: 0 });
    expect(none).toEqual({ projected: null, method: ProjectionMethod.NONE });
    expect(atRisk(100, none)).toBe(false);
  });

  it("expects target × elapsed ÷ days in the year by now", () => {
    expect(expectedByNow(365_000, 2025, "2025-04-10")).toBe(100_000);
    expect(expectedByNow(100, 2025, "2025-01-01")).toBe(0); // 100 ÷ 365 = 0.27 → 0
    expect(expectedByNow(100, 2025, "2025-12-31")).toBe(100);
    expect(expectedByNow(100, 2025, "2024-06-01")).toBe(0);
  });
});
