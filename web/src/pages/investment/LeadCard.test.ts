import { afterEach, describe, expect, it } from "vitest";
import { enableAutoUnmount } from "@vue/test-utils";
import LeadCard from "./LeadCard.vue";
import { mountApp } from "@/test/mountApp";

enableAutoUnmount(afterEach);

const lead = {
  id: "l1",
  title: "辣椒深加工扩建",
  industry: "辣椒种植加工",
  plannedInvestment: "50000000",
  visibility: "PUBLIC" as const,
  needsLand: true,
  needsLabour: false,
  needsRawMaterial: false,
  contactName: "李经理",
  contactPhone: null,
  enterprise: { name: "红星山海科技有限公司" },
  preferredCounties: [
    { id: "c1", name: "镇宁县" },
    { id: "c2", name: "徽县" },
  ],
  interests: [],
  projects: [],
};

// The UX walkthrough found Chinese punctuation (：、) written into the templates showing in English pages.
describe("LeadCard's labels and lists follow the language's punctuation", () => {
  it("English: “Preferred counties: 镇宁县, 徽县”", async () => {
    const { wrapper } = await mountApp(LeadCard, { locale: "en" }, { props: { lead } });
    expect(wrapper.text()).toContain("Preferred counties: 镇宁县, 徽县");
    expect(wrapper.text()).not.toMatch(/[：、]/);
  });
  it("Chinese: “意向合作县：镇宁县、徽县”", async () => {
    const { wrapper } = await mountApp(LeadCard, { locale: "zh-CN" }, { props: { lead } });
    expect(wrapper.text()).toContain("意向合作县：镇宁县、徽县");
  });
});

describe("LeadCard's contact phone", () => {
  it("a county official seeing a masked number is told it shows whole once the county expresses interest", async () => {
    const masked = { ...lead, contactPhone: "139****5678" };
    const { wrapper } = await mountApp(LeadCard, { role: "COUNTY_OFFICIAL" }, { props: { lead: masked } });
    expect(wrapper.text()).toContain("李经理 139****5678");
    expect(wrapper.find("[data-testid=lead-phone-hint]").text()).toContain("表达意向后可见完整电话");
  });
  it("no hint with the whole number, nor for the enterprise", async () => {
    const whole = { ...lead, contactPhone: "13912345678" };
    const a = await mountApp(LeadCard, { role: "COUNTY_OFFICIAL" }, { props: { lead: whole } });
    expect(a.wrapper.find("[data-testid=lead-phone-hint]").exists()).toBe(false);
    const b = await mountApp(
      LeadCard,
      { role: "ENTERPRISE" },
      { props: { lead: { ...lead, contactPhone: "139****5678" } } },
    );
    expect(b.wrapper.find("[data-testid=lead-phone-hint]").exists()).toBe(false);
  });
});
