import { describe, expect, it } from "vitest";
import DonationsPage from "./DonationsPage.vue";
import { fakeLink, mountApp, settle } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT } from "@/test/user";

const donation = (over: Record<string, unknown>) => ({
  __typename: "Donation",
  id: "d1",
  kind: "MONEY",
  donorKind: "ORGANISATION",
  donor: "胶州市慈善总会",
  donorCount: null,
  goodsDescription: null,
  valuationBasis: null,
  purpose: "助学",
  emergency: "NONE",
  receivedOn: "2025-09-01",
  receiptNo: "JZJZ-2025-034",
  amount: "2000000.00",
  reversesId: null,
  reverses: null,
  reason: null,
  reversed: false,
  county: { __typename: "Region", id: "c1", shortName: "镇宁县" },
  ...over,
});
const row = (donorKind: string, amount: string) => ({
  __typename: "DonationSummaryRow",
  key: donorKind,
  label: donorKind,
  amount,
  count: 1,
});

describe("DonationsPage (社会帮扶资金)", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("shows the summary and the year's donations; individuals as 个人捐赠; reversed rows cannot be reversed again", async () => {
    const calls: { name: string; variables: Record<string, unknown> }[] = [];
    const link = fakeLink((name, variables) => {
      calls.push({ name, variables });
      if (name === "DonationsPage")
        return {
          data: {
            donations: {
              __typename: "DonationConnection",
              totalCount: 3,
              pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
              nodes: [
                donation({}),
                donation({
                  id: "d2",
                  donorKind: "INDIVIDUAL",
                  donor: "个人捐赠",
                  donorCount: 35,
                  receiptNo: "R-2",
                  amount: "860000.00",
                }),
                donation({ id: "d3", reversed: true, receiptNo: "R-3", amount: "200000.00" }),
                donation({
                  id: "d4",
                  reversesId: "d3",
                  // Made after September was locked: dated when made, its original's date shown as such.
                  receivedOn: "2025-11-03",
                  reverses: { __typename: "Donation", id: "d3", receivedOn: "2025-09-01" },
                  reason: "金额少录一个零",
                  receiptNo: "R-3",
                  amount: "-200000.00",
                }),
              ],
            },
          },
        };
      if (name === "DonationsSummary")
        return {
          data: {
            donationSummary: {
              __typename: "DonationSummary",
              total: "2860000.00",
              count: 2,
              goods: "0.00",
              emergency: "0.00",
              byDonorKind: [row("ORGANISATION", "2000000.00"), row("INDIVIDUAL", "860000.00")],
              byCounty: [{ ...row("c1", "2860000.00"), label: "镇宁县", count: 2 }],
            },
          },
        };
      return { data: null };
    });
    const { wrapper } = await mountApp(DonationsPage, { role: "COORDINATOR", link });
    await settle(10);
    expect(wrapper.get('[data-testid="donation-summary"]').text()).toContain("286");
    const text = wrapper.text();
    expect(text).toContain("个人捐赠");
    expect(text).toContain("35 人");
    expect(text).toContain("金额少录一个零");
    expect(text).toContain("已冲正");
    const reversalOf = wrapper.findAll('[data-testid="donation-reversal-of"]');
    expect(reversalOf.length).toBeGreaterThan(0);
    for (const r of reversalOf) expect(r.text()).toMatch(/^冲正 .*2025.*9.*1.* 到账的捐赠$/);
    // The original and the individual can be reversed; the reversed one and the reversal cannot.
    expect(wrapper.findAll('[data-testid="donation-reverse"]')).toHaveLength(2);
    const asked = calls.find((c) => c.name === "DonationsPage")!.variables;
    expect(asked.filter).toMatchObject({ year: new Date().getFullYear() });
  });
});
