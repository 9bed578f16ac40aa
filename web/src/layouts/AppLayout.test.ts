import { afterEach, describe, expect, it } from "vitest";
import { enableAutoUnmount } from "@vue/test-utils";
import AppLayout from "./AppLayout.vue";
import { mountApp, settle } from "@/test/mountApp";

enableAutoUnmount(afterEach);

const testIds = (html: Element) =>
  [...html.querySelectorAll("[data-testid^='nav-']")].map((e) => e.getAttribute("data-testid"));

describe("AppLayout navigation follows the role", () => {
  it("coordinator: progress, consumption board and audit log, name, role and region in the header", async () => {
    const { wrapper } = await mountApp(AppLayout, { role: "COORDINATOR", path: "/progress" });
    await settle();
    expect(testIds(wrapper.element)).toEqual([
      "nav-progress",
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
    ]);
    // Groups of more than one entry show their heading (a group of one shows as its entry).
    const groups = [...wrapper.element.querySelectorAll("[data-testid^='navgroup-']")];
    expect(groups.map((e) => e.getAttribute("data-testid"))).toEqual([
      "navgroup-consumption",
      "navgroup-investment",
      "navgroup-admin",
    ]);
    expect(groups[0].textContent).toContain("消费帮扶");
    expect(wrapper.text()).toContain("协作·东西部协作平台");
    expect(wrapper.get("[data-testid=current-user]").text()).toContain("胶州市扶贫协作办 协调员");
    expect(wrapper.get("[data-testid=current-role]").text()).toBe("协作办协调员");
    expect(wrapper.text()).toContain("胶州市");
    expect(wrapper.find("[data-testid=logout]").exists()).toBe(true);
    expect(wrapper.find("[data-testid=locale-switch]").exists()).toBe(true);
  });

  it("admin: the same menu as a coordinator", async () => {
    const { wrapper } = await mountApp(AppLayout, { role: "ADMIN", path: "/progress" });
    await settle();
    expect(testIds(wrapper.element)).toEqual([
      "nav-progress",
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
    ]);
  });

  it("county official: progress (read-only) and incoming sub-orders", async () => {
    const { wrapper } = await mountApp(AppLayout, { role: "COUNTY_OFFICIAL", path: "/progress" });
    await settle();
    expect(testIds(wrapper.element)).toEqual([
      "nav-progress",
      "nav-incoming",
      "nav-supply",
      "nav-investment",
      "nav-workers",
      "nav-workshops",
      "nav-imports",
    ]);
    expect(wrapper.get("[data-testid=nav-progress]").text()).toContain("只读");
  });

  it("buyer: catalogue, orders and quota; enterprise: its investment leads and job postings", async () => {
    const expected = { BUYER: ["nav-catalogue", "nav-orders", "nav-quota"], ENTERPRISE: ["nav-leads", "nav-postings"] };
    for (const role of ["BUYER", "ENTERPRISE"] as const) {
      const { wrapper } = await mountApp(AppLayout, { role, path: "/welcome" });
      await settle();
      expect(testIds(wrapper.element)).toEqual(expected[role]);
      wrapper.unmount();
    }
  });

  it("English labels after switching the locale", async () => {
    const { wrapper } = await mountApp(AppLayout, { role: "COORDINATOR", locale: "en", path: "/progress" });
    await settle();
    expect(wrapper.get("[data-testid=nav-progress]").text()).toContain("Progress");
    expect(wrapper.get("[data-testid=nav-audit]").text()).toContain("Audit log");
    expect(wrapper.get("[data-testid=current-role]").text()).toBe("Coordinator");
  });
});
