import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { pastDeadline } from "./declaration.service";

describe("the declaration's lock (30 June, China's calendar)", () => {
  it("locks from 1 July 00:00 in Beijing, which is 30 June 16:00 UTC", () => {
    expect(pastDeadline(2026, new Date("2026-06-30T15:59:59Z"))).toBe(false); // 23:59:59 on 30 June in China
    expect(pastDeadline(2026, new Date("2026-06-30T16:00:00Z"))).toBe(true); // 00:00 on 1 July in China
    expect(pastDeadline(2026, new Date("2026-01-01T00:00:00Z"))).toBe(false);
    expect(pastDeadline(2025, new Date("2026-01-01T00:00:00Z"))).toBe(true);
    expect(pastDeadline(2027, new Date("2026-12-31T23:00:00Z"))).toBe(false);
  });
});
