import { describe, expect, it } from "vitest";
import ConsumptionPage from "./ConsumptionPage.vue";
import { fakeLink, mountApp, settle } from "@/test/mountApp";

const buyer = (id: string, name: string, group: string) => ({ __typename: "Buyer", id, name, group });
const row = (
  b: ReturnType<typeof buyer>,
  quota: string | null,
  counted: string,
  remaining: string,
  completion: number | null,
) => ({
  __typename: "QuotaCompletion",
  quota,
  counted,
  // confirmed (已确认) is at least what counts from payment: here 1.5 × counted, to tell them apart
  confirmed: (Number(counted) * 1.5).toFixed(2),
  remaining,
  completion,
  buyer: b,
});
const link = fakeLink((name) =>
  name === "QuotaBoard"
    ? {
        data: {
          quotaBoard: {
            __typename: "QuotaBoard",
            year: 2026,
            counted: "331000100.00",
            confirmed: "412000000.00",
            countsFrom: "PAID",
            daysLeft: 37,
            groups: [
              {
                __typename: "GroupCompletion",
                group: "RETAIL",
                buyers: 1,
                target: "600000.00",
                counted: "54100.00",
                confirmed: "81150.00",
                completion: 0.0901,
              },
              {
                __typename: "GroupCompletion",
                group: "OTHER",
                buyers: 1,
                target: null,
                counted: "5188.00",
                confirmed: "5188.00",
                completion: null,
              },
              {
                __typename: "GroupCompletion",
                group: "ENTERPRISE",
                buyers: 1,
                target: "200000.00",
                counted: "0.00",
                confirmed: "0.00",
                completion: 0,
              },
            ],
            buyers: {
              __typename: "QuotaCompletionConnection",
              totalCount: 23,
              pageInfo: { __typename: "PageInfo", hasNextPage: true, endCursor: "bzoy" },
              nodes: [
                row(buyer("b2", "胶州湾实业", "ENTERPRISE"), "150000.00", "0.00", "150000.00", 0),
                row(buyer("b1", "胶州利群商厦", "RETAIL"), "500000.00", "54100.00", "445900.00", 0.1082),
                row(buyer("b3", "胶州市慈善总会", "OTHER"), null, "5188.00", "0.00", null),
              ],
            },
            byCounty: [],
            byChannel: [],
          },
        },
      }
    : { data: null },
);

describe("ConsumptionPage", () => {
  it("lists groups and buyers furthest behind first, in ¥ with 万/亿, a bar per row", async () => {
    const { wrapper } = await mountApp(ConsumptionPage, { role: "COORDINATOR", link });
    await settle(10);
    expect(wrapper.text()).toContain("¥3.31亿");
    // Both figures: 已计入 (from the year's counting point) and 已确认, and the point itself.
    expect(wrapper.get("[data-testid=board-confirmed]").text()).toBe("¥4.12亿");
    expect(wrapper.get("[data-testid=board-counting-point]").text()).toContain("计入节点：付款后计入");
    expect(wrapper.text()).toContain("今年剩余 37 天");
    const groups = wrapper.get("[data-testid=board-groups]");
    const groupRows = groups.findAll("tbody tr").map((r) => r.text());
    expect(groupRows[0]).toContain("企业");
    expect(groupRows[1]).toContain("商超");
    expect(groupRows[1]).toContain("¥60万");
    expect(groupRows[2]).toContain("社会组织及个人");
    const buyers = wrapper
      .get("[data-testid=board-buyers]")
      .findAll("tbody tr")
      .map((r) => r.text());
    expect(buyers[0]).toContain("胶州湾实业");
    expect(buyers[1]).toContain("胶州利群商厦");
    expect(buyers[2]).toContain("胶州市慈善总会");
    expect(buyers[1]).toContain("¥44.59万");
    expect(buyers[1]).toContain("10.82%");
    expect(wrapper.findAll("[data-testid=board-buyers] .ratio-bar")).toHaveLength(3);
    // One page of the scope's buyers, with the pager saying how many there are in all.
    expect(wrapper.get("[data-testid=pager-info]").text()).toContain("23");
    wrapper.unmount();
  });
});

describe("ConsumptionPage when the board fails", () => {
  it("shows what failed and 重试, never empty tables", async () => {
    const failing = fakeLink((name) =>
      name === "QuotaBoard"
        ? ({ errors: [{ message: "数据库暂不可用", extensions: { code: "SERVICE_UNAVAILABLE" } }] } as never)
        : { data: null },
    );
    const { wrapper } = await mountApp(ConsumptionPage, { role: "COORDINATOR", link: failing });
    await settle(10);
    expect(wrapper.get("[data-testid=query-state-failed]").text()).toContain("加载失败");
    expect(wrapper.text()).toContain("重试");
    expect(wrapper.text()).not.toContain("暂无数据");
    expect(wrapper.find("[data-testid=board-groups]").exists()).toBe(false);
    wrapper.unmount();
  });
});
