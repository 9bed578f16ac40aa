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
    ]);
    // Groups of more than one entry show their heading (a group of one shows as its entry).
    const groups = [...wrapper.element.querySelectorAll("[data-testid^='navgroup-']")];
    expect(groups.map((e) => e.getAttribute("data-testid"))).toEqual([
      "navgroup-progress",
      "navgroup-cooperation",
      "navgroup-consumption",
      "navgroup-investment",
      "navgroup-admin",
    ]);
    expect(groups[0].textContent).toContain("考核评级");
    expect(groups[1].textContent).toContain("协作事项");
    expect(groups[2].textContent).toContain("消费帮扶");
    expect(wrapper.text()).toContain("协作·东西部协作平台");
    expect(wrapper.get("[data-testid=current-user]").text()).toContain("胶州市扶贫协作办 协调员");
    expect(wrapper.get("[data-testid=current-role]").text()).toBe("协作办协调员");
    expect(wrapper.text()).toContain("胶州市");
    expect(wrapper.find("[data-testid=logout]").exists()).toBe(true);
    expect(wrapper.find("[data-testid=locale-switch]").exists()).toBe(true);
  });

  it("admin: the same menu as a coordinator, and tamper evidence last", async () => {
    const { wrapper } = await mountApp(AppLayout, { role: "ADMIN", path: "/progress" });
    await settle();
    expect(testIds(wrapper.element)).toEqual([
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
      "nav-admin-integrity",
    ]);
  });

  it("county official: progress (read-only) and incoming sub-orders", async () => {
    const { wrapper } = await mountApp(AppLayout, { role: "COUNTY_OFFICIAL", path: "/progress" });
    await settle();
    expect(testIds(wrapper.element)).toEqual([
      "nav-progress",
      "nav-grading",
      "nav-reporting",
      "nav-fiscal-aid",
      "nav-donations",
      "nav-talent",
      "nav-unit-pairs",
      "nav-joint-work",
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

  it("the header says each thing once: name, role tag, and the affiliation that applies", async () => {
    const { wrapper, session } = await mountApp(AppLayout, { role: "ADMIN", path: "/progress" });
    await settle();
    const header = () => ({
      name: wrapper.find("[data-testid=current-name]").exists()
        ? wrapper.get("[data-testid=current-name]").text()
        : null,
      role: wrapper.get("[data-testid=current-role]").text(),
      affiliation: wrapper.find("[data-testid=current-affiliation]").exists()
        ? wrapper.get("[data-testid=current-affiliation]").text()
        : null,
    });
    const as = async (user: Partial<NonNullable<typeof session.user>>) => {
      session.user = { id: "u1", username: "x", displayName: "x", role: "ADMIN", region: null, ...user };
      await settle();
      return header();
    };
    // An administrator called 系统管理员: the role once, no "全部地区".
    expect(await as({ displayName: "系统管理员", role: "ADMIN", region: null })).toEqual({
      name: null,
      role: "系统管理员",
      affiliation: null,
    });
    expect(wrapper.text()).not.toContain("全部地区");
    // A coordinator: the region, unless the name already says it.
    expect(await as({ displayName: "王芳", role: "COORDINATOR", region: { id: "r1", name: "胶州市" } })).toEqual({
      name: "王芳",
      role: "协作办协调员",
      affiliation: "胶州市",
    });
    expect(
      (await as({ displayName: "胶州市扶贫协作办", role: "COORDINATOR", region: { id: "r1", name: "胶州市" } }))
        .affiliation,
    ).toBeNull();
    // A buyer: its organisation; an enterprise: the enterprise, never "全部地区".
    const buyer = await as({ displayName: "李采购", role: "BUYER", buyer: { id: "b1", name: "青岛市第一中学" } });
    expect(buyer.affiliation).toBe("青岛市第一中学");
    const ent = await as({ displayName: "赵经理", role: "ENTERPRISE", enterprise: { id: "e1", name: "海尔集团" } });
    expect(ent.affiliation).toBe("海尔集团");
    expect(wrapper.text()).not.toContain("全部地区");
  });

  it("English labels after switching the locale", async () => {
    const { wrapper } = await mountApp(AppLayout, { role: "COORDINATOR", locale: "en", path: "/progress" });
    await settle();
    expect(wrapper.get("[data-testid=nav-progress]").text()).toContain("Progress");
    expect(wrapper.get("[data-testid=nav-audit]").text()).toContain("Audit log");
    expect(wrapper.get("[data-testid=current-role]").text()).toBe("Coordinator");
  });
});
