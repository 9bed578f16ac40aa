import { describe, expect, it } from "vitest";
import type { RouteRecordRaw } from "vue-router";
import { homeFor, mayOpen, navFor, navGroupsFor, ROUTE_ROLES } from "./nav";
import { routes } from "@/router";
import type { Role } from "@/gql/graphql";

describe("role-based navigation", () => {
  it("coordinators and admins see progress, consumption assistance (board, suppliers, quotas, orders) and the audit log; admins tamper evidence too", () => {
    for (const role of ["COORDINATOR", "ADMIN"] as const) {
      expect(navFor(role).map((i) => i.testId)).toEqual([
        "nav-progress",
        "nav-grading",
        "nav-reporting",
        "nav-fiscal-aid",
        "nav-donations",
        "nav-talent",
        "nav-unit-pairs",
        "nav-joint-work",
        "nav-consumption",
        "nav-channels",
        "nav-suppliers",
        "nav-quotas",
        "nav-all-orders",
        "nav-investment-board",
        "nav-admin-enterprises",
        "nav-labour-board",
        "nav-users",
        "nav-admin-regions",
        "nav-admin-pairings",
        "nav-admin-agreements",
        "nav-imports",
        "nav-login-log",
        "nav-audit",
        // 防篡改 (issue 13): administrators only.
        ...(role === "ADMIN" ? ["nav-admin-integrity"] : []),
      ]);
      expect(navFor(role).map((i) => i.path)).toEqual([
        "/progress",
        "/grading",
        "/reporting",
        "/fiscal-aid",
        "/donations",
        "/talent",
        "/unit-pairs",
        "/joint-work",
        "/consumption",
        "/channels",
        "/suppliers",
        "/quotas",
        "/all-orders",
        "/investment-board",
        "/admin/enterprises",
        "/labour-board",
        "/admin/users",
        "/admin/regions",
        "/admin/pairings",
        "/admin/agreements",
        "/admin/imports",
        "/admin/login-log",
        "/audit",
        ...(role === "ADMIN" ? ["/admin/integrity"] : []),
      ]);
      expect(navFor(role)[0].label).toBe("nav.progress");
      expect(homeFor(role)).toBe("/progress");
    }
  });
  it("county officials see progress, marked read-only, and their incoming sub-orders", () => {
    const items = navFor("COUNTY_OFFICIAL");
    expect(items.map((i) => i.path)).toEqual([
      "/progress",
      "/grading",
      "/reporting",
      "/fiscal-aid",
      "/donations",
      "/talent",
      "/unit-pairs",
      "/joint-work",
      "/incoming",
      "/supply",
      "/investment",
      "/workers",
      "/workshops",
      "/admin/imports",
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
    expect(mayOpen("jointWork", "COUNTY_OFFICIAL")).toBe(true);
    expect(mayOpen("jointWork", "BUYER")).toBe(false);
    expect(mayOpen("welcome", "BUYER")).toBe(true);
    expect(mayOpen("workers", "COUNTY_OFFICIAL")).toBe(true);
    expect(mayOpen("workers", "ENTERPRISE")).toBe(false);
    expect(mayOpen("workshops", "COORDINATOR")).toBe(false);
    expect(mayOpen("postings", "ENTERPRISE")).toBe(true);
    expect(mayOpen("postings", "COUNTY_OFFICIAL")).toBe(false);
    expect(mayOpen("labourBoard", "COORDINATOR")).toBe(true);
    expect(mayOpen("labourBoard", "ENTERPRISE")).toBe(false);
    expect(mayOpen("donations", "COUNTY_OFFICIAL")).toBe(true);
    expect(mayOpen("donations", "BUYER")).toBe(false);
    expect(mayOpen("donations", "ENTERPRISE")).toBe(false);
    expect(mayOpen("fiscalAid", "COORDINATOR")).toBe(true);
    expect(mayOpen("fiscalAid", "COUNTY_OFFICIAL")).toBe(true);
    expect(mayOpen("fiscalAid", "BUYER")).toBe(false);
    expect(mayOpen("fiscalAid", "ENTERPRISE")).toBe(false);
  });
  it("only coordinators and admins open the supplier review, quota and order management pages", () => {
    for (const page of ["suppliers", "quotas", "allOrders"] as const) {
      expect(mayOpen(page, "COORDINATOR")).toBe(true);
      expect(mayOpen(page, "ADMIN")).toBe(true);
      for (const role of ["COUNTY_OFFICIAL", "BUYER", "ENTERPRISE", null] as const)
        expect(mayOpen(page, role)).toBe(false);
    }
  });
  it("coordinators' entries are grouped 协作进展 / 协作事项 / 消费帮扶 / 招商引资 / 劳务协作 / 系统管理; buyers and enterprises have one group", () => {
    expect(navGroupsFor("COORDINATOR").map((g) => g.key)).toEqual([
      "progress",
      "cooperation",
      "consumption",
      "investment",
      "labour",
      "admin",
    ]);
    expect(navGroupsFor("BUYER")).toHaveLength(1);
    expect(navGroupsFor("ENTERPRISE")).toHaveLength(1);
  });
  it("each role's menu holds only pages that role may open", () => {
    const byName = new Map<string, RouteRecordRaw>();
    const walk = (rs: RouteRecordRaw[]) =>
      rs.forEach((r) => {
        if (r.name) byName.set(String(r.name), r);
        if (r.children) walk(r.children);
      });
    walk(routes);
    for (const role of ["ADMIN", "COORDINATOR", "COUNTY_OFFICIAL", "BUYER", "ENTERPRISE"] as Role[]) {
      for (const item of navFor(role)) {
        const access = byName.get(item.name)?.meta?.access as keyof typeof ROUTE_ROLES | undefined;
        expect(access, `${role} → ${item.name}`).toBeDefined();
        expect(mayOpen(access!, role), `${role} may open ${item.name}`).toBe(true);
      }
    }
  });
});
