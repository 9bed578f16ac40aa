import { beforeEach, describe, expect, it } from "vitest";
import { createPinia, setActivePinia } from "pinia";
import { nextTick } from "vue";
import { CART_KEY, useCartStore } from "./cart";

const honey = {
  productId: "p1",
  name: "镇宁蜂蜜",
  unitPrice: "0.10",
  unit: "瓶",
  spec: "500g/瓶",
  stock: 100,
  countyName: "镇宁县",
  supplierName: "镇宁蜂业",
  countsTowardQuota: true,
};
const water = {
  productId: "p2",
  name: "矿泉水",
  unitPrice: "0.20",
  unit: "箱",
  spec: "24瓶/箱",
  stock: 100,
  countyName: "镇宁县",
  supplierName: "镇宁水业",
  countsTowardQuota: false,
};

describe("cart store", () => {
  beforeEach(() => {
    localStorage.clear();
    setActivePinia(createPinia());
  });

  it("sums exactly in integer fen (0.10 × 3 + 0.20 = 0.50, no float drift)", () => {
    const cart = useCartStore();
    cart.add(honey, 3);
    cart.add(water);
    expect(cart.totalFen).toBe(50n);
    expect(cart.total).toBe("0.50");
    expect(cart.countable).toBe("0.30");
    cart.add({ ...honey, unitPrice: "99999999.99" }, 1000);
    expect(cart.items[0].quantity).toBe(1003);
    expect(cart.total).toBe("100299999990.17");
  });

  it("keeps the idempotency key after a failed attempt, so a retry reuses it", () => {
    const cart = useCartStore();
    cart.add(honey);
    const first = cart.checkoutKey();
    expect(first).toMatch(/.{16,}/);
    // The attempt failed (out of stock, network): nothing calls succeeded().
    expect(cart.checkoutKey()).toBe(first);
    expect(cart.items).toHaveLength(1);
  });

  it("clears the cart and the key on success; the next order gets a new key", () => {
    const cart = useCartStore();
    cart.add(honey);
    const first = cart.checkoutKey();
    cart.succeeded();
    expect(cart.items).toHaveLength(0);
    expect(cart.idempotencyKey).toBeNull();
    cart.add(water);
    expect(cart.checkoutKey()).not.toBe(first);
  });

  it("persists in localStorage, key included, across reloads", async () => {
    const cart = useCartStore();
    cart.add(honey, 2);
    const key = cart.checkoutKey();
    await nextTick();
    expect(JSON.parse(localStorage.getItem(CART_KEY)!).idempotencyKey).toBe(key);
    setActivePinia(createPinia());
    const again = useCartStore();
    expect(again.items[0].quantity).toBe(2);
    expect(again.checkoutKey()).toBe(key);
  });

  it("removes a line when its quantity drops to zero", () => {
    const cart = useCartStore();
    cart.add(honey, 2);
    cart.setQuantity("p1", 0);
    expect(cart.items).toHaveLength(0);
  });
});
