import { beforeEach, describe, expect, it } from "vitest";
import CartDrawer from "./CartDrawer.vue";
import { fakeLink, mountApp, settle } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT, click, within } from "@/test/user";
import { useCartStore } from "@/stores/cart";

const honey = {
  productId: "p1",
  name: "镇宁土蜂蜜",
  unitPrice: "68.00",
  unit: "瓶",
  spec: "500g/瓶",
  stock: 10,
  countyName: "镇宁县",
  supplierName: "蜂之源",
  countsTowardQuota: true,
};
const water = {
  productId: "p2",
  name: "镇宁山泉矿泉水",
  unitPrice: "36.00",
  unit: "箱",
  spec: "24瓶/箱",
  stock: 10,
  countyName: "镇宁县",
  supplierName: "山泉",
  countsTowardQuota: false,
};

describe("CartDrawer checkout", { timeout: USER_FLOW_TIMEOUT }, () => {
  beforeEach(() => localStorage.clear());

  it("shows what does not count, retries with the same key after out of stock, and empties the cart on success", async () => {
    const keys: string[] = [];
    let attempt = 0;
    const link = fakeLink((name, variables) => {
      if (name === "CartFairs") return { data: { fairs: [] } };
      if (name !== "PlaceOrder") return { data: null };
      keys.push((variables.input as { idempotencyKey: string }).idempotencyKey);
      attempt += 1;
      if (attempt === 1)
        return {
          data: {
            placeOrder: {
              __typename: "OutOfStockError",
              code: "OUT_OF_STOCK",
              message: "库存不足 / Out of stock",
              productId: "p1",
              available: 1,
              requested: 3,
            },
          },
        };
      return {
        data: {
          placeOrder: {
            __typename: "Order",
            id: "o1",
            total: "240.00",
            subOrders: [{ __typename: "SubOrder", id: "s1", status: "PLACED" }],
          },
        },
      };
    });
    const { wrapper } = await mountApp(CartDrawer, { role: "BUYER", link }, { props: { modelValue: true } });
    const cart = useCartStore();
    cart.add(honey, 3);
    cart.add(water, 1);
    await settle(10);
    const body = document.body;
    expect(body.querySelector("[data-testid=cart-total]")!.textContent).toBe("¥240.00");
    expect(body.textContent).toContain("以下产品不计入消费任务：镇宁山泉矿泉水");

    const lines = () => [...body.querySelectorAll<HTMLElement>("[data-testid=cart-line]")];

    await click("提交订单 · ¥240.00");
    await settle(5);
    expect(body.querySelector("[data-testid=order-problem]")!.textContent).toContain("镇宁土蜂蜜 仅剩 1");
    expect(lines()).toHaveLength(2);
    expect(cart.idempotencyKey).toBe(keys[0]);

    // The buyer takes the one jar left and tries again: the same order, so the same key.
    await within(lines().find((l) => l.textContent!.includes("镇宁土蜂蜜"))!).fill("数量", 1);
    expect(body.querySelector("[data-testid=cart-total]")!.textContent).toBe("¥104.00");
    await click("提交订单 · ¥104.00");
    await settle(5);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(lines()).toHaveLength(0);
    expect(body.querySelector("[data-testid=cart-drawer]")!.textContent).toContain("购物车是空的");
    expect(cart.idempotencyKey).toBeNull();
    wrapper.unmount();
  });
});
