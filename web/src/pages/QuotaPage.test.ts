import { describe, expect, it } from "vitest";
import QuotaPage from "./QuotaPage.vue";
import { fakeLink, mountApp, settle } from "@/test/mountApp";

const buyer = { __typename: "Buyer", id: "b1", name: "胶州市第一中学食堂", group: "EDUCATION" };
const link = fakeLink((name) => {
  if (name === "MyBuyer") return { data: { me: { __typename: "User", id: "u1", buyerId: "b1", buyer } } };
  if (name === "QuotaCompletion")
    return {
      data: {
        quotaCompletion: {
          __typename: "QuotaCompletion",
          year: 2026,
          quota: "500000.00",
          counted: "123456.78",
          remaining: "376543.22",
          completion: 0.2469,
          daysLeft: 38,
          buyer,
          byCounty: [
            {
              __typename: "CountyCount",
              counted: "123456.78",
              quota: "300000.00",
              county: { __typename: "Region", id: "c1", name: "镇宁县" },
            },
          ],
          byChannel: [{ __typename: "ChannelCount", channel: "FAIR", counted: "123456.78" }],
        },
      },
    };
  return { data: null };
});

describe("QuotaPage", () => {
  it("shows quota, counted, remaining (万), completion and days left, split by county and channel", async () => {
    const { wrapper } = await mountApp(QuotaPage, { role: "BUYER", path: "/", link });
    await settle(10);
    const text = (id: string) => wrapper.get(`[data-testid=${id}]`).text();
    expect(text("quota-amount")).toBe("¥50万");
    expect(text("quota-counted")).toBe("¥12.35万");
    expect(wrapper.get("[data-testid=quota-counted]").attributes("title")).toBe("¥123,456.78");
    expect(text("quota-remaining")).toBe("¥37.65万");
    expect(text("quota-ratio")).toBe("24.69%");
    expect(text("quota-days-left")).toBe("38 天");
    expect(text("quota-by-county")).toContain("镇宁县");
    expect(text("quota-by-channel")).toContain("展销大集");
    wrapper.unmount();
  });
});
