import { beforeEach, describe, expect, it } from "vitest";
import CartDrawer from "./CartDrawer.vue";
import { fakeLink, mountApp, settle } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT, clear, click, errorOf, fill, valueOf, within } from "@/test/user";
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

/** The buyer's last checkout, as the server remembers it: the form starts from it. */
const remembered = {
  __typename: "RememberedDelivery",
  deliveryAddress: "山东省青岛市胶州市徐州路 29 号 食堂库房",
  deliveryContact: "刘海燕",
  deliveryPhone: "13853261208",
  invoiceTitle: "胶州市人民医院",
  taxNumber: "12370281MB1234567B",
};

describe("CartDrawer checkout", { timeout: USER_FLOW_TIMEOUT }, () => {
  beforeEach(() => localStorage.clear());

  it("shows what does not count, retries with the same key after out of stock, and empties the cart on success", async () => {
    const keys: string[] = [];
    let attempt = 0;
    const link = fakeLink((name, variables) => {
      if (name === "CartFairs") return { data: { fairs: [] } };
      if (name === "CheckoutRemembered") return { data: { rememberedDelivery: remembered } };
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

  it("takes typed quantities (at least 1, at most the stock) and sums each line and the total exactly", async () => {
    const link = fakeLink((name) =>
      name === "CheckoutRemembered" ? { data: { rememberedDelivery: null } } : { data: null },
    );
    const { wrapper } = await mountApp(CartDrawer, { role: "BUYER", link }, { props: { modelValue: true } });
    const cart = useCartStore();
    cart.add({ ...honey, unitPrice: "0.10" }, 1);
    cart.add(water, 1);
    await settle(5);
    const body = document.body;
    const line = () => [...body.querySelectorAll<HTMLElement>("[data-testid=cart-line]")][0];
    await within(line()).fill("数量", 7);
    expect(cart.items[0].quantity).toBe(7);
    expect(line().textContent).toContain("¥0.70");
    expect(body.querySelector("[data-testid=cart-total]")!.textContent).toBe("¥36.70");
    // More than the stock: held at the stock (10); zero: held at 1 — removing is its own button.
    await within(line()).fill("数量", 25);
    expect(cart.items[0].quantity).toBe(10);
    await within(line()).fill("数量", 0);
    expect(cart.items[0].quantity).toBe(1);
    await within(line()).click("移除");
    expect(cart.items.map((i) => i.productId)).toEqual(["p2"]);
    expect(body.querySelector("[data-testid=cart-total]")!.textContent).toBe("¥36.00");
    wrapper.unmount();
  });

  it("asks an online order for delivery and invoice, refuses a bad tax number beside the field, and sends the checkout", async () => {
    const sent: Record<string, unknown>[] = [];
    const link = fakeLink((name, variables) => {
      if (name === "CheckoutRemembered") return { data: { rememberedDelivery: null } };
      if (name !== "PlaceOrder") return { data: null };
      sent.push(variables.input as Record<string, unknown>);
      return {
        data: {
          placeOrder: {
            __typename: "Order",
            id: "o9",
            total: "68.00",
            subOrders: [{ __typename: "SubOrder", id: "s9", status: "PLACED" }],
          },
        },
      };
    });
    const { wrapper } = await mountApp(CartDrawer, { role: "BUYER", link }, { props: { modelValue: true } });
    const cart = useCartStore();
    cart.add(honey, 1);
    await settle(5);
    await click("提交订单 · ¥68.00");
    // async-validator answers after a few turns of the event loop (more on a loaded machine).
    for (const label of ["收货地址", "收货联系人", "联系电话", "发票抬头", "纳税人识别号"])
      await expect.poll(() => errorOf(label), { message: label }).toBe("请填写此项");
    expect(sent).toHaveLength(0);

    await fill("收货地址", "山东省青岛市胶州市扬州路 29 号");
    await fill("收货联系人", "王建国");
    await fill("联系电话", "138 0000 5678");
    await fill("发票抬头", "胶州市第九中学");
    await fill("纳税人识别号", "91110000600037341A");
    await fill("备注", "工作日上午送达");
    await click("提交订单 · ¥68.00");
    await settle(2);
    expect(sent).toHaveLength(0);
    expect(errorOf("纳税人识别号")).toBe("统一社会信用代码校验不通过，请核对");
    expect(errorOf("收货地址")).toBeNull();

    await clear("纳税人识别号");
    await fill("纳税人识别号", "91110000600037341l");
    await click("提交订单 · ¥68.00");
    await settle(5);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      deliveryAddress: "山东省青岛市胶州市扬州路 29 号",
      deliveryContact: "王建国",
      deliveryPhone: "13800005678",
      invoiceTitle: "胶州市第九中学",
      taxNumber: "91110000600037341L",
      note: "工作日上午送达",
    });
    expect(cart.items).toHaveLength(0);
    wrapper.unmount();
  });

  it("starts from the buyer's last delivery; at the sales centre it asks for none", async () => {
    const link = fakeLink((name) => {
      if (name === "CheckoutRemembered") return { data: { rememberedDelivery: remembered } };
      if (name === "CartSalesCentres") return { data: { salesCentres: [] } };
      return { data: null };
    });
    const { wrapper } = await mountApp(CartDrawer, { role: "BUYER", link }, { props: { modelValue: true } });
    useCartStore().add(honey, 1);
    await settle(5);
    expect(valueOf("收货地址")).toBe(remembered.deliveryAddress);
    expect(valueOf("联系电话")).toBe("13853261208");
    expect(valueOf("纳税人识别号")).toBe("12370281MB1234567B");
    await within(document.body).choose("采购渠道", "消费帮扶专馆");
    await settle(2);
    expect(document.body.querySelector("[data-testid=checkout-address]")).toBeNull();
    expect(document.body.textContent).toContain("现场交付");
    wrapper.unmount();
  });
});
