import { describe, expect, it } from "vitest";
import { homeFor, mayOpen, navFor } from "./nav";

describe("role-based navigation", () => {
  it("coordinators and admins see progress and the audit log", () => {
    for (const role of ["COORDINATOR", "ADMIN"] as const) {
      expect(navFor(role).map((i) => i.testId)).toEqual(["nav-progress", "nav-audit"]);
      expect(navFor(role)[0].label).toBe("nav.progress");
      expect(homeFor(role)).toBe("/progress");
    }
  });
  it("county officials see progress only, marked read-only", () => {
    const items = navFor("COUNTY_OFFICIAL");
    expect(items.map((i) => i.path)).toEqual(["/progress"]);
    expect(items[0].label).toBe("nav.progressReadOnly");
    expect(items[0].testId).toBe("nav-progress");
  });
  it("buyers and enterprises get the welcome page", () => {
    for (const role of ["BUYER", "ENTERPRISE"] as const) {
      expect(navFor(role).map((i) => i.path)).toEqual(["/welcome"]);
      expect(homeFor(role)).toBe("/welcome");
    }
  });
  it("no role, no menu", () => {
    expect(navFor(null)).toEqual([]);
    expect(homeFor(undefined)).toBe("/login");
  });
  it("page access follows the same roles", () => {
    expect(mayOpen("audit", "COORDINATOR")).toBe(true);
    expect(mayOpen("audit", "COUNTY_OFFICIAL")).toBe(false);
    expect(mayOpen("progress", "COUNTY_OFFICIAL")).toBe(true);
    expect(mayOpen("pairing", "BUYER")).toBe(false);
    expect(mayOpen("welcome", "ENTERPRISE")).toBe(true);
    expect(mayOpen("progress", null)).toBe(false);
  });
});
