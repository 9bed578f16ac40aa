import { describe, expect, it } from "vitest";
import { addMonths, stableFrom } from "./placement.service";

// 稳岗 starts six calendar months after the start of employment, clamped to the month's end as
// PostgreSQL's `date + interval '6 months'` is (the retention figures use that SQL).
describe("stableFrom", () => {
  it("is six calendar months after the start, clamped like PostgreSQL", () => {
    expect(stableFrom("2026-03-15")).toBe("2026-09-15");
    expect(stableFrom("2025-08-31")).toBe("2026-02-28");
    expect(stableFrom("2023-08-31")).toBe("2024-02-29");
    expect(addMonths("2026-11-30", 6)).toBe("2027-05-30");
    expect(stableFrom(null)).toBeNull();
  });
});
