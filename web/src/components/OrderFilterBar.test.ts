import { afterEach, describe, expect, it } from "vitest";
import { enableAutoUnmount } from "@vue/test-utils";
import OrderFilterBar from "./OrderFilterBar.vue";
import { fakeLink, mountApp, settle } from "@/test/mountApp";

enableAutoUnmount(afterEach);

const empty = { status: null, from: null, to: null, supplierId: null, countyId: null, orderNumber: null };
const link = () =>
  fakeLink((name) =>
    name === "WestCounties"
      ? { data: { regions: { __typename: "RegionConnection", nodes: [] } } }
      : name === "OrderFilterSuppliers"
        ? { data: { suppliers: { __typename: "SupplierConnection", nodes: [] } } }
        : { data: null },
  );

describe("OrderFilterBar", () => {
  it("sends the order number on Enter, without spaces and in capitals; the dates as typed", async () => {
    const { wrapper } = await mountApp(OrderFilterBar, { link: link() }, { props: { state: empty } });
    await settle();
    const number = wrapper.get("input[data-testid=filter-number]");
    await number.setValue(" xz20261129-000123 ");
    await number.trigger("keyup", { key: "Enter" });
    const from = wrapper.get("[data-testid=filter-from]");
    await from.setValue("2026-03-01");
    expect(wrapper.emitted("set")).toEqual([[{ orderNumber: "XZ20261129-000123" }], [{ from: "2026-03-01" }]]);
  });

  it("hides the state and county where the page has its own (待处理 tabs, one county)", async () => {
    const { wrapper } = await mountApp(
      OrderFilterBar,
      { link: link(), locale: "en" },
      { props: { state: { ...empty, orderNumber: "XZ1" }, noStatus: true, noCounty: true, active: true } },
    );
    await settle();
    expect(wrapper.find("[data-testid=filter-status]").exists()).toBe(false);
    expect(wrapper.find("[data-testid=filter-county]").exists()).toBe(false);
    expect(wrapper.get("[data-testid=filter-clear]").text()).toBe("Clear filters");
    await wrapper.get("[data-testid=filter-clear]").trigger("click");
    expect(wrapper.emitted("clear")).toHaveLength(1);
  });
});
