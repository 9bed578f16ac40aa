import { describe, expect, it } from "vitest";
import { homeFor, mayOpen, navFor } from "./nav";

describe("role-based navigation", () => {
  it("coordinators and admins see progress, consumption assistance (board, suppliers, quotas, orders) and the audit log", () => {
    for (const role of ["COORDINATOR", "ADMIN"] as const) {
      expect(navFor(role).map((i) => i.testId)).toEqual([
        "nav-progress",
        "nav-consumption",
        "nav-channels",
        "nav-suppliers",
        "nav-quotas",
        "nav-all-orders",
        "nav-investment-board",
        "nav-labour-board",
        "nav-audit",
        "nav-login-log",
      ]);
      expect(navFor(role).map((i) => i.path)).toEqual([
        "/progress",
        "/consumption",
        "/channels",
        "/suppliers",
        "/quotas",
        "/all-orders",
        "/investment-board",
        "/labour-board",
        "/audit",
        "/admin/login-log",
      ]);
      expect(navFor(role)[0].label).toBe("nav.progress");
      expect(homeFor(role)).toBe("/progress");
    }
  });
  it("county officials see progress, marked read-only, and their incoming sub-orders", () => {
    const items = navFor("COUNTY_OFFICIAL");
    expect(items.map((i) => i.path)).toEqual([
      "/progress",
      "/incoming",
      "/supply",
      "/investment",
      "/workers",
      "/workshops",
    ]);
    expect(items[0].label).toBe("nav.progressReadOnly");
    expect(items[0].testId).toBe("nav-progress");
  });
  it("buyers land on the catalogue, with their orders and quota", () => {
    expect(navFor("BUYER").map((i) => i.path)).toEqual(["/catalogue", "/orders", "/quota"]);
    expect(homeFor("BUYER")).toBe("/catalogue");
  });
  it("enterprises land on their investment leads, then their job postings", () => {
    expect(navFor("ENTERPRISE").map((i) => i.path)).toEqual(["/leads", "/postings"]);
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
    expect(mayOpen("investment", "COORDINATOR")).toBe(true); // browses the leads from the board
    expect(mayOpen("investmentBoard", "COORDINATOR")).toBe(true);
    expect(mayOpen("investmentBoard", "COUNTY_OFFICIAL")).toBe(false);
    expect(mayOpen("welcome", "BUYER")).toBe(true);
    expect(mayOpen("workers", "COUNTY_OFFICIAL")).toBe(true);
    expect(mayOpen("workers", "ENTERPRISE")).toBe(false);
    expect(mayOpen("workshops", "COORDINATOR")).toBe(false);
    expect(mayOpen("postings", "ENTERPRISE")).toBe(true);
    expect(mayOpen("postings", "COUNTY_OFFICIAL")).toBe(false);
    expect(mayOpen("labourBoard", "COORDINATOR")).toBe(true);
    expect(mayOpen("labourBoard", "ENTERPRISE")).toBe(false);
  });
  it("only coordinators and admins open the supplier review, quota and order management pages", () => {
    for (const page of ["suppliers", "quotas", "allOrders"] as const) {
      expect(mayOpen(page, "COORDINATOR")).toBe(true);
      expect(mayOpen(page, "ADMIN")).toBe(true);
      for (const role of ["COUNTY_OFFICIAL", "BUYER", "ENTERPRISE", null] as const)
        expect(mayOpen(page, role)).toBe(false);
    }
  });
});
