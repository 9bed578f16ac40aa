import { afterEach, describe, expect, it, vi } from "vitest";
import { h } from "vue";
import SubOrderTable, { type SubOrderRow } from "./SubOrderTable.vue";
import AllOrdersPage from "@/pages/AllOrdersPage.vue";
import { USER_FLOW_TIMEOUT } from "@/test/user";
import { fakeLink, mountApp, settle } from "@/test/mountApp";

const honey = { __typename: "Product", id: "p1", name: "镇宁土蜂蜜", unit: "瓶" } as const;
const water = { __typename: "Product", id: "p2", name: "镇宁山泉矿泉水", unit: "箱" } as const;
const order1 = {
  id: "o1",
  orderNumber: "XZ20260302-000001",
  orderedOn: "2026-03-02",
  channel: "ONLINE",
  total: "240.00",
  fair: null,
} as const;
const order2 = {
  id: "o2",
  orderNumber: "XZ20260305-000007",
  orderedOn: "2026-03-05",
  channel: "FAIR",
  total: "68.00",
  fair: { name: "青岛展销大集" },
} as const;

function subOrder(
  id: string,
  status: SubOrderRow["status"],
  lines: Array<{ product: typeof honey | typeof water; quantity: string; amount: string; counts: boolean }>,
  extra: Partial<SubOrderRow> = {},
) {
  const total = lines.reduce((s, l) => s + Number(l.amount), 0).toFixed(2);
  return {
    __typename: "SubOrder",
    id,
    number: `XZ20260302-000001-${id}`,
    status,
    total,
    countable: lines
      .filter((l) => l.counts)
      .reduce((s, l) => s + Number(l.amount), 0)
      .toFixed(2),
    reason: null,
    paymentReference: null,
    invoiceNumber: null,
    rating: null,
    carrier: null,
    waybillNumber: null,
    supplier: { __typename: "Supplier", id: `s-${id}`, name: `合作社${id}` },
    county: { __typename: "Region", id: "c1", name: "镇宁县" },
    lines: lines.map((l, i) => ({
      __typename: "OrderLine",
      id: `${id}-${i}`,
      quantity: l.quantity,
      amount: l.amount,
      countsTowardQuota: l.counts,
      product: l.product,
    })),
    ...extra,
  } as SubOrderRow & { __typename: "SubOrder" };
}

/** A buyer's two orders: the first split over two suppliers. */
const byOrderRows: SubOrderRow[] = [
  { ...subOrder("a", "CONFIRMED", [{ product: honey, quantity: "3", amount: "204.00", counts: true }]), order: order1 },
  { ...subOrder("b", "PLACED", [{ product: water, quantity: "1", amount: "36.00", counts: false }]), order: order1 },
  {
    ...subOrder("c", "RECEIVED", [{ product: honey, quantity: "1", amount: "68.00", counts: true }], {
      rating: 4,
      paymentReference: "HX20260305",
    }),
    order: order2,
  },
];

const Actions = {
  actions: ({ row }: { row: SubOrderRow }) =>
    h("button", { "data-testid": "act", "data-id": row.id, onClick: () => clicked.push(row.id) }, "办理"),
};
let clicked: string[] = [];

function phone(matches: boolean) {
  vi.stubGlobal("matchMedia", (query: string) => ({
    matches,
    media: query,
    addEventListener() {},
    removeEventListener() {},
  }));
}

describe("SubOrderTable", { timeout: USER_FLOW_TIMEOUT }, () => {
  afterEach(() => {
    document.body.innerHTML = "";
    vi.unstubAllGlobals();
    clicked = [];
  });

  it("shows each order once beside its sub-orders, with lines, what counts, status and the row's steps", async () => {
    const { wrapper } = await mountApp(
      SubOrderTable,
      {},
      { props: { rows: byOrderRows, emptyText: "暂无订单", testid: "orders-table", byOrder: true }, slots: Actions },
    );
    await settle();
    const table = wrapper.get("[data-testid=orders-table]");
    const trs = table.findAll("tbody tr");
    expect(trs).toHaveLength(3);
    // The order cell spans its two sub-orders; the second row has no cell of its own for it.
    expect(trs[0].findAll("td")[0].attributes("rowspan")).toBe("2");
    expect(trs[0].text()).toContain("¥240.00");
    expect(trs[1].text()).not.toContain("¥240.00");
    expect(trs[1].text()).toContain("镇宁山泉矿泉水 × 1箱");
    expect(trs[1].text()).toContain("不计入消费任务");
    expect(trs[0].text()).not.toContain("不计入消费任务");
    expect(trs[2].text()).toContain("青岛展销大集");
    expect(trs[2].text()).toContain("★★★★");
    expect(trs[2].text()).toContain("HX20260305");
    expect(table.findAll("[data-testid=suborder-status]").map((s) => s.text())).toEqual(["已确认", "已下单", "已收货"]);

    await trs[1].get("[data-testid=act]").trigger("click");
    expect(clicked).toEqual(["b"]);
    wrapper.unmount();
  });

  it("on a phone: a card per order with its sub-orders inside, the steps within reach", async () => {
    phone(true);
    const { wrapper } = await mountApp(
      SubOrderTable,
      {},
      { props: { rows: byOrderRows, emptyText: "暂无订单", testid: "orders-table", byOrder: true }, slots: Actions },
    );
    await settle();
    const cards = wrapper.get("[data-testid=orders-table]").findAll(".ocard");
    expect(cards).toHaveLength(2);
    expect(cards[0].findAll(".sub")).toHaveLength(2);
    expect(cards[0].find(".ocard-head").text()).toContain("¥240.00");
    expect(cards[1].find(".ocard-head").text()).toContain("青岛展销大集");
    await cards[1].get("[data-testid=act]").trigger("click");
    expect(clicked).toEqual(["c"]);
    expect(wrapper.find("table").exists()).toBe(false);
    wrapper.unmount();
  });

  it("says so when there are no sub-orders", async () => {
    phone(true);
    const { wrapper } = await mountApp(
      SubOrderTable,
      {},
      { props: { rows: [], emptyText: "暂无订单", testid: "orders-table" } },
    );
    await settle();
    expect(wrapper.text()).toContain("暂无订单");
    wrapper.unmount();
  });

  it("on the region's orders page: the page's query spreads the table's fragments, and each row names its buyer, read-only", async () => {
    const node = (id: string, buyer: string) => ({
      ...subOrder(id, "CONFIRMED", [{ product: honey, quantity: "2", amount: "136.00", counts: true }]),
      buyer: { __typename: "Buyer", id: `b-${id}`, name: buyer, group: "HEALTHCARE" },
      order: {
        __typename: "Order",
        id: `o-${id}`,
        orderNumber: `XZ20260401-00000${id === "a" ? 1 : 2}`,
        orderedOn: "2026-04-01",
        channel: "SALES_CENTRE",
      },
    });
    const link = fakeLink((name) => {
      if (name === "RegionSubOrders")
        return {
          data: {
            subOrders: {
              __typename: "SubOrderConnection",
              totalCount: 2,
              pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: "x" },
              nodes: [node("a", "胶州市人民医院"), node("b", "胶州市第一中学")],
            },
          },
        };
      if (name === "OrderBuyers") return { data: { buyers: { __typename: "BuyerConnection", nodes: [] } } };
      if (name === "AgreementYears") return { data: { agreementYears: [2026, 2025] } };
      return { data: null };
    });
    const { wrapper } = await mountApp(AllOrdersPage, { link });
    await settle(10);
    const trs = wrapper.get("[data-testid=all-orders-table]").findAll("tbody tr");
    expect(trs.map((tr) => tr.findAll("td")[1].text())).toEqual(["胶州市人民医院医院", "胶州市第一中学医院"]);
    expect(trs[0].text()).toContain("镇宁土蜂蜜 × 2瓶");
    // Read-only: each row opens its order's details (and 佐证材料 to review), and offers no step.
    const buttons = wrapper.get("[data-testid=all-orders-table]").findAll("button");
    expect(new Set(buttons.map((b) => b.attributes("data-testid")))).toEqual(new Set(["order-detail-open"]));
    expect(trs.every((tr) => tr.find("[data-testid=order-detail-open]").exists())).toBe(true);
    expect(wrapper.get("[data-testid=all-orders-page-sum]").text()).toContain("¥272.00");
    wrapper.unmount();
  });
});
