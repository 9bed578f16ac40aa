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
