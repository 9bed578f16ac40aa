import { beforeEach, describe, expect, it } from "vitest";
import CataloguePage from "./CataloguePage.vue";
import { fakeLink, holdOperation, mountApp, settle } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT, click, fill } from "@/test/user";
import { useCartStore } from "@/stores/cart";

const product = (id: string, name: string, price: string, stock: number) => ({
  __typename: "Product",
  id,
  name,
  category: "蜂产品",
  spec: "500g/瓶",
  unit: "瓶",
  price,
  stock,
  certificateNo: "GZ-1",
  certificateValidTo: "2099-12-31",
  certificateStatus: "VALID",
  countsTowardQuota: true,
  county: { __typename: "Region", id: "c1", name: "镇宁县" },
  supplier: { __typename: "Supplier", id: "s1", name: "蜂之源" },
  images: [],
});
const products = {
  data: {
    products: {
      __typename: "ProductConnection",
      pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
      nodes: [
        product("p1", "镇宁土蜂蜜", "68.00", 5),
        product("p2", "镇宁山泉矿泉水", "36.00", 2),
        product("p3", "徽县核桃", "50.00", 0),
      ],
    },
  },
};
const count = { data: { products: { __typename: "ProductConnection", totalCount: 3, totalCountExact: true } } };
const link = fakeLink((name) => {
  if (name === "CatalogueProducts") return products as never;
  if (name === "CatalogueCount") return count;
  if (name === "CatalogueCounties") return { data: { regions: { __typename: "RegionConnection", nodes: [] } } };
  return { data: null };
});

/** The table row that names `name`. */
const rowOf = (name: string) =>
  [...document.querySelectorAll<HTMLElement>(".el-table__body tr")].find((tr) => tr.textContent?.includes(name))!;
const tick = async (name: string) => {
  rowOf(name).querySelector<HTMLInputElement>(".el-checkbox input")!.click();
  await settle();
};

describe("CataloguePage: several rows into the cart at once", { timeout: USER_FLOW_TIMEOUT }, () => {
  beforeEach(() => localStorage.clear());

  it("ticks rows, a quantity each (1 by default, capped at the stock left), adds them together", async () => {
    const { wrapper } = await mountApp(CataloguePage, { role: "BUYER", link });
    await settle(10);
    const cart = useCartStore();
    // One bottle of water is in the cart already: one more is all the stock allows.
    cart.add({
      productId: "p2",
      name: "镇宁山泉矿泉水",
      unitPrice: "36.00",
      unit: "瓶",
      spec: "500g/瓶",
      stock: 2,
      countyName: "镇宁县",
      supplierName: "蜂之源",
      countsTowardQuota: true,
    });
    await settle();
    expect(wrapper.find("[data-testid=selection-bar]").exists()).toBe(false);
    // Out of stock: cannot be ticked.
    expect(rowOf("徽县核桃").querySelector(".el-checkbox")!.classList.contains("is-disabled")).toBe(true);

    await tick("镇宁土蜂蜜");
    await tick("镇宁山泉矿泉水");
    expect(wrapper.get("[data-testid=selection-bar]").text()).toContain("已选 2 种");
    const honeyQty = rowOf("镇宁土蜂蜜").querySelector<HTMLInputElement>("[data-testid=select-qty] input")!;
    expect(honeyQty.value).toBe("1");
    await fill("镇宁土蜂蜜 数量", 3);
    await fill("镇宁山泉矿泉水 数量", 9); // more than the one left
    await settle();
    expect(rowOf("镇宁山泉矿泉水").querySelector<HTMLInputElement>("[data-testid=select-qty] input")!.value).toBe("1");

    await click("加入采购单（2）");
    expect(cart.items.map((i) => [i.productId, i.quantity]).sort()).toEqual([
      ["p1", 3],
      ["p2", 2],
    ]);
    // The selection is cleared once added.
    expect(wrapper.find("[data-testid=selection-bar]").exists()).toBe(false);
    wrapper.unmount();
  });

  it("keeps to the stock even when a quantity was not changed after the cart filled up", async () => {
    const { wrapper } = await mountApp(CataloguePage, { role: "BUYER", link });
    await settle(10);
    const cart = useCartStore();
    await tick("镇宁土蜂蜜");
    await fill("镇宁土蜂蜜 数量", 5);
    // Meanwhile the cart got 4 bottles from the product page: only 1 more fits.
    cart.add(
      {
        ...cart.items[0],
        productId: "p1",
        name: "镇宁土蜂蜜",
        unitPrice: "68.00",
        unit: "瓶",
        spec: "",
        stock: 5,
        countyName: "",
        supplierName: "",
        countsTowardQuota: true,
      },
      4,
    );
    await settle();
    await click("加入采购单（1）");
    expect(cart.items.find((i) => i.productId === "p1")!.quantity).toBe(5);
    wrapper.unmount();
  });
});

describe("CataloguePage: the count apart from the page", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("shows the rows without waiting for the count; turning a page does not count again", async () => {
    const sent: { name: string; variables: Record<string, unknown> }[] = [];
    const twoPages = {
      data: {
        products: {
          ...products.data.products,
          pageInfo: { __typename: "PageInfo", hasNextPage: true, endCursor: "c1" },
        },
      },
    };
    const answers = fakeLink((name, variables) => {
      sent.push({ name, variables });
      if (name === "CatalogueProducts") return twoPages as never;
      if (name === "CatalogueCount") return { data: { products: { ...count.data.products, totalCount: 45 } } };
      if (name === "CatalogueCounties") return { data: { regions: { __typename: "RegionConnection", nodes: [] } } };
      return { data: null };
    });
    // The count answers only when released: a slow count (a name search at the 832 scale).
    const slowCount = holdOperation("CatalogueCount", answers);
    const { wrapper } = await mountApp(CataloguePage, { role: "BUYER", link: slowCount.link });
    await settle(10);
    expect(document.body.textContent).toContain("镇宁土蜂蜜");
    expect(wrapper.get("[data-testid=pager-info]").text()).toBe("第 1 页");
    slowCount.release();
    await settle(10);
    expect(wrapper.get("[data-testid=pager-info]").text()).toBe("第 1 页，共 3 页 · 45 条");
    await wrapper.get("[data-testid=pager-next]").trigger("click");
    await settle(10);
    expect(sent.filter((s) => s.name === "CatalogueProducts").map((s) => s.variables.after)).toEqual([null, "c1"]);
    expect(sent.filter((s) => s.name === "CatalogueCount")).toHaveLength(1);
    expect(wrapper.get("[data-testid=pager-info]").text()).toBe("第 2 页，共 3 页 · 45 条");
    wrapper.unmount();
  });
});
