import { describe, expect, it } from "vitest";
import { currentYear, today } from "./dates";

describe("platform dates", () => {
  it("uses China's calendar day, not UTC's", () => {
    expect(today(new Date("2026-11-23T16:30:00Z"))).toBe("2026-11-24");
    expect(today(new Date("2026-11-23T15:59:59Z"))).toBe("2026-11-23");
    expect(currentYear(new Date("2026-12-31T16:00:00Z"))).toBe(2027);
  });
});
