import { describe, expect, it, vi } from "vitest";
import OrdersPage from "./OrdersPage.vue";
import { fakeLink, mountApp, settle } from "@/test/mountApp";
import { click, USER_FLOW_TIMEOUT } from "@/test/user";

const subOrder = {
  __typename: "SubOrder",
  id: "s1",
  status: "PLACED",
  allowedActions: [],
  total: "120.00",
  countable: "120.00",
  reason: null,
  paymentReference: null,
  invoiceNumber: null,
  rating: null,
  supplier: { __typename: "Supplier", id: "sup1", name: "镇宁县蜂蜜合作社" },
  county: { __typename: "Region", id: "c1", name: "镇宁县" },
  lines: [
    {
      __typename: "OrderLine",
      id: "l1",
      quantity: "2",
      amount: "120.00",
      countsTowardQuota: true,
      product: { __typename: "Product", id: "p1", name: "高原蜂蜜", unit: "瓶" },
    },
  ],
};
const orders = {
  data: {
    orders: {
      __typename: "OrderConnection",
      totalCount: 1,
      pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
      nodes: [
        {
          __typename: "Order",
          id: "o1",
          orderedOn: "2026-05-01",
          channel: "ONLINE",
          total: "120.00",
          fair: null,
          subOrders: [subOrder],
        },
      ],
    },
  },
};
const failure = { errors: [{ message: "数据库暂不可用", extensions: { code: "SERVICE_UNAVAILABLE" } }] };

/** Answers MyOrders with the given answers in turn (the last one repeats). */
function answering(...answers: object[]) {
  let n = 0;
  return fakeLink((name) => {
    if (name !== "MyOrders") return { data: null };
    return answers[Math.min(n++, answers.length - 1)] as never;
  });
}

describe("OrdersPage states", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("a failed load shows what failed and 重试, never the empty text; 重试 loads the orders", async () => {
    const { wrapper } = await mountApp(OrdersPage, { role: "BUYER", link: answering(failure, orders) });
    await settle(10);
    const failed = wrapper.find("[data-testid=query-state-failed]");
    expect(failed.exists()).toBe(true);
    expect(failed.text()).toContain("我的订单加载失败");
    expect(wrapper.text()).not.toContain("还没有订单");
    expect(wrapper.text()).not.toContain("暂无数据");
    await click("重试");
    await settle(10);
    expect(wrapper.find("[data-testid=query-state-failed]").exists()).toBe(false);
    expect(wrapper.text()).toContain("高原蜂蜜");
    wrapper.unmount();
  });

  it("a failed refresh keeps the orders on screen under a stale banner with 重试", async () => {
    const { wrapper, apollo } = await mountApp(OrdersPage, { role: "BUYER", link: answering(orders, failure, orders) });
    await settle(10);
    expect(wrapper.text()).toContain("高原蜂蜜");
    await apollo.refetchQueries({ include: ["MyOrders"] }).catch(() => undefined);
    await settle(10);
    const stale = wrapper.find("[data-testid=query-state-stale]");
    expect(stale.exists()).toBe(true);
    expect(stale.text()).toContain("数据可能已过期 — 刷新失败");
    expect(wrapper.text()).toContain("高原蜂蜜");
    expect(wrapper.find("[data-testid=query-state-failed]").exists()).toBe(false);
    await click("重试");
    await settle(10);
    expect(wrapper.find("[data-testid=query-state-stale]").exists()).toBe(false);
    expect(wrapper.text()).toContain("高原蜂蜜");
    wrapper.unmount();
  });

  it("says the failure in English too", async () => {
    const { wrapper } = await mountApp(OrdersPage, { role: "BUYER", locale: "en", link: answering(failure) });
    await settle(10);
    expect(wrapper.get("[data-testid=query-state-failed]").text()).toContain("failed to load");
    expect(wrapper.text()).toContain("Retry");
    wrapper.unmount();
  });
});

describe("OrdersPage export", () => {
  it("导出 Excel downloads the buyer's orders with the filters in the URL", async () => {
    // fetch, not a mock of lib/download: with one module graph for the suite (isolate: false) an
    // earlier file has already bound the composable to the real module.
    const fetchMock = vi.fn(async () => ({ ok: false, status: 500 }) as Response);
    vi.stubGlobal("fetch", fetchMock);
    const county = "11111111-2222-4333-8444-555555555555";
    const { wrapper } = await mountApp(OrdersPage, {
      role: "BUYER",
      link: answering(orders),
      path: `/?status=PAID&from=2026-03-01&to=2026-04-30&county=${county}&number=xz2026`,
    });
    await settle(10);
    await wrapper.get("[data-testid=export-xlsx]").trigger("click");
    await settle(2);
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.headers).toMatchObject({ authorization: "Bearer test-token" });
    const [path, query] = url.split("?");
    expect(path).toBe("/exports/orders.xlsx");
    // A date range replaces the year, as in the list's own filter.
    expect(Object.fromEntries(new URLSearchParams(query))).toEqual({
      status: "PAID",
      from: "2026-03-01",
      to: "2026-04-30",
      countyId: county,
      orderNumber: "XZ2026",
    });
    vi.unstubAllGlobals();
    wrapper.unmount();
  });
});
