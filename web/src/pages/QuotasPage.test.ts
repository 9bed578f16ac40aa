import { describe, expect, it } from "vitest";
import QuotasPage from "./QuotasPage.vue";
import { fakeLink, mountApp, settle } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT, choose, click, confirm, within } from "@/test/user";

const quota = (over: Record<string, unknown>) => ({
  __typename: "Quota",
  id: `q-${Math.random()}`,
  amount: "300000.00",
  basis: "FIXED",
  baseAmount: null,
  rateBasisPoints: null,
  headcount: null,
  perHead: null,
  countySplits: [],
  ...over,
});
const buyers = [
  {
    __typename: "Buyer",
    id: "b1",
    name: "胶州市人民医院",
    group: "HEALTHCARE",
    quota: quota({ basis: "CANTEEN_BUDGET", baseAmount: "3000000.00", rateBasisPoints: 1000 }),
  },
  {
    __typename: "Buyer",
    id: "b2",
    name: "胶州市机关事务服务中心",
    group: "GOVERNMENT",
    quota: quota({ amount: "210000.00", basis: "HEADCOUNT", headcount: 420, perHead: "500.00" }),
  },
  {
    __typename: "Buyer",
    id: "b3",
    name: "胶州利群商厦",
    group: "RETAIL",
    quota: quota({
      amount: "500000.00",
      countySplits: [
        {
          __typename: "QuotaCountySplit",
          amount: "200000.00",
          county: { __typename: "Region", id: "c1", name: "镇宁布依族苗族自治县" },
        },
      ],
    }),
  },
  { __typename: "Buyer", id: "b4", name: "胶州市慈善总会", group: "OTHER", quota: null },
  { __typename: "Buyer", id: "b5", name: "胶州市第三人民医院", group: "HEALTHCARE", quota: null },
];

describe("QuotasPage", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("lists buyers with their quota and basis for the year, filters by group, removes a quota, and shows the group targets", async () => {
    const calls: { name: string; variables: Record<string, unknown> }[] = [];
    const link = fakeLink((name, variables) => {
      calls.push({ name, variables });
      if (name === "ManagedBuyers")
        return {
          data: {
            buyers: {
              __typename: "BuyerConnection",
              totalCount: 5,
              pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
              nodes: buyers,
            },
          },
        };
      if (name === "GroupTargets")
        return {
          data: {
            groupTargets: [
              {
                __typename: "GroupTarget",
                group: "RETAIL",
                year: 2026,
                amount: "600000.00",
                eastRegion: { __typename: "Region", id: "r1", name: "胶州市" },
              },
            ],
          },
        };
      if (name === "WestCounties") return { data: { regions: { __typename: "RegionConnection", nodes: [] } } };
      if (name === "RemoveQuota") return { data: { removeQuota: true } };
      return { data: null };
    });
    const { wrapper } = await mountApp(QuotasPage, { role: "COORDINATOR", link });
    await settle(10);
    const rows = wrapper
      .get("[data-testid=quota-buyers]")
      .findAll("tbody tr")
      .map((r) => r.text());
    expect(rows[0]).toContain("¥30万");
    expect(rows[0]).toContain("食堂预算 ¥300万 × 10%");
    expect(rows[1]).toContain("420人 × ¥500.00");
    expect(rows[2]).toContain("直接设定");
    expect(rows[2]).toContain("镇宁布依族苗族自治县 ¥20万");
    expect(rows[3]).toContain("不设任务");
    expect(rows[4]).toContain("未设定");
    // The N group gets no buttons; a buyer without a quota nothing to remove.
    const trs = wrapper.get("[data-testid=quota-buyers]").findAll("tbody tr");
    expect(trs[3].findAll("[data-testid=quota-set]")).toHaveLength(0);
    expect(trs[4].findAll("[data-testid=quota-set]")).toHaveLength(1);
    expect(trs[4].findAll("[data-testid=quota-remove]")).toHaveLength(0);
    const year = new Date().getFullYear();
    expect(calls.find((c) => c.name === "ManagedBuyers")!.variables).toMatchObject({ year, filter: {} });

    // Group targets: the five groups, the ones not set say so.
    const targets = wrapper
      .get("[data-testid=group-targets]")
      .findAll("tbody tr")
      .map((r) => r.text());
    expect(targets).toHaveLength(5);
    expect(targets.find((r) => r.includes("商超"))).toContain("¥60万");
    expect(targets.find((r) => r.includes("医院"))).toContain("未设定");

    // Removing asks first; declining sends nothing, confirming sends the buyer and the year.
    const removed = () => calls.filter((c) => c.name === "RemoveQuota").map((c) => c.variables);
    await within(trs[1].element).click("删除");
    await confirm(`删除胶州市机关事务服务中心的 ${year} 年任务？`, false);
    expect(removed()).toEqual([]);
    await within(trs[1].element).click("删除");
    await confirm(`删除胶州市机关事务服务中心的 ${year} 年任务？`);
    await settle(5);
    expect(removed()).toEqual([{ buyerId: "b2", year }]);

    await choose("类别", "医院");
    await settle(5);
    expect(calls.filter((c) => c.name === "ManagedBuyers").at(-1)!.variables).toMatchObject({
      filter: { group: "HEALTHCARE" },
      after: null,
    });
    wrapper.unmount();
  });

  it("a failed load says what failed and offers 重试, never an empty list", async () => {
    let fail = true;
    const link = fakeLink((name) => {
      if (name !== "ManagedBuyers") return { data: null };
      if (fail) return { errors: [{ message: "boom", extensions: { code: "SERVICE_UNAVAILABLE" } }] };
      const pageInfo = { __typename: "PageInfo", hasNextPage: false, endCursor: null };
      return {
        data: { buyers: { __typename: "BuyerConnection", totalCount: 1, pageInfo, nodes: buyers.slice(0, 1) } },
      };
    });
    const { wrapper } = await mountApp(QuotasPage, { role: "COORDINATOR", link });
    await settle(10);
    expect(wrapper.get("[data-testid=query-state-failed]").text()).toContain("消费任务加载失败");
    expect(wrapper.find("[data-testid=quota-buyers]").exists()).toBe(false);
    fail = false;
    await click("重试");
    await settle(10);
    expect(wrapper.find("[data-testid=query-state-failed]").exists()).toBe(false);
    expect(wrapper.find("[data-testid=quota-buyers]").text()).toContain(buyers[0].name);
    wrapper.unmount();
  });
});
