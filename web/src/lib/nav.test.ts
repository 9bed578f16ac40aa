import { describe, expect, it } from "vitest";
import { homeFor, mayOpen, navFor } from "./nav";

describe("role-based navigation", () => {
  it("coordinators and admins see progress and the audit log", () => {
    for (const role of ["COORDINATOR", "ADMIN"] as const) {
      expect(navFor(role).map((i) => i.testId)).toEqual(["nav-progress", "nav-consumption", "nav-channels", "nav-audit", "nav-investment-board"]);
      expect(navFor(role)[0].label).toBe("nav.progress");
      expect(homeFor(role)).toBe("/progress");
    }
  });
  it("county officials see progress, marked read-only, and their incoming sub-orders", () => {
    const items = navFor("COUNTY_OFFICIAL");
    expect(items.map((i) => i.path)).toEqual(["/progress", "/incoming", "/supply", "/investment"]);
    expect(items[0].label).toBe("nav.progressReadOnly");
    expect(items[0].testId).toBe("nav-progress");
  });
  it("buyers land on the catalogue, with their orders and quota", () => {
    expect(navFor("BUYER").map((i) => i.path)).toEqual(["/catalogue", "/orders", "/quota"]);
    expect(homeFor("BUYER")).toBe("/catalogue");
  });
  it("enterprises land on their investment leads", () => {
    expect(navFor("ENTERPRISE").map((i) => i.path)).toEqual(["/leads"]);
    expect(homeFor("ENTERPRISE")).toBe("/leads");
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
    expect(mayOpen("catalogue", "BUYER")).toBe(true);
    expect(mayOpen("catalogue", "COORDINATOR")).toBe(false);
    expect(mayOpen("incoming", "COUNTY_OFFICIAL")).toBe(true);
    expect(mayOpen("incoming", "BUYER")).toBe(false);
    expect(mayOpen("consumption", "ADMIN")).toBe(true);
    expect(mayOpen("consumption", "COUNTY_OFFICIAL")).toBe(false);
    expect(mayOpen("leads", "ENTERPRISE")).toBe(true);
    expect(mayOpen("leads", "COUNTY_OFFICIAL")).toBe(false);
    expect(mayOpen("investment", "COUNTY_OFFICIAL")).toBe(true);
    expect(mayOpen("investment", "ENTERPRISE")).toBe(false);
    expect(mayOpen("investmentBoard", "COORDINATOR")).toBe(true);
    expect(mayOpen("investmentBoard", "COUNTY_OFFICIAL")).toBe(false);
    expect(mayOpen("welcome", "BUYER")).toBe(true);
  });
});
