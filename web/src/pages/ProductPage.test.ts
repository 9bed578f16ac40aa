import { describe, expect, it } from "vitest";
import ProductPage from "./ProductPage.vue";
import { fakeLink, mountApp, settle } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT, click, fill } from "@/test/user";
import { useCartStore } from "@/stores/cart";

const product = {
  __typename: "Product",
  id: "p1",
  name: "镇宁土蜂蜜",
  category: "蜂产品",
  spec: "500g/瓶",
  unit: "瓶",
  price: "68.00",
  stock: 12,
  active: true,
  certificateNo: "黔扶认〔2026〕0423-015",
  certificateAuthority: "镇宁县乡村振兴局",
  certificateValidFrom: "2026-01-01",
  certificateValidTo: "2027-12-31",
  certificateStatus: "VALID",
  countsTowardQuota: true,
  county: { __typename: "Region", id: "c1", name: "镇宁布依族苗族自治县" },
  supplier: {
    __typename: "Supplier",
    id: "s1",
    name: "镇宁蜂之源养殖专业合作社",
    status: "APPROVED",
    county: { __typename: "Region", id: "c1", name: "镇宁布依族苗族自治县" },
    rating: { __typename: "SupplierRating", average: 4.5, count: 12 },
  },
  images: [
    { __typename: "ProductImage", id: "i1", kind: "PHOTO", url: "/images/i1" },
    { __typename: "ProductImage", id: "i2", kind: "CERTIFICATE", url: "/images/i2?sig=1.x" },
  ],
};

describe("ProductPage", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("shows the certificate with its scan, the supplier's rating, and adds a typed quantity to the cart", async () => {
    localStorage.clear();
    const link = fakeLink((name) => (name === "ProductPage" ? { data: { product } } : { data: null }));
    const { wrapper } = await mountApp(ProductPage, { role: "BUYER", link }, { props: { id: "p1" } });
    await settle(5);
    const page = document.body.querySelector<HTMLElement>("[data-testid=product-page]")!;
    expect(page.textContent).toContain("黔扶认〔2026〕0423-015");
    expect(page.textContent).toContain("镇宁县乡村振兴局");
    expect(page.querySelector("[data-testid=certificate-status]")!.textContent).toBe("认定有效");
    expect(page.querySelectorAll("[data-testid=certificate-scan]")).toHaveLength(1);
    expect(page.querySelector("[data-testid=supplier-rating]")!.textContent).toContain("4.5 分 · 12 条评价");
    expect(page.querySelector("[data-testid=product-stock]")!.textContent).toBe("12 瓶");

    await fill("数量", 5);
    expect(page.textContent).toContain("¥340.00");
    await click("加入购物车");
    const cart = useCartStore();
    expect(cart.items).toEqual([expect.objectContaining({ productId: "p1", quantity: 5, unitPrice: "68.00" })]);
    // What is in the cart is taken off what may still be added: 7 left.
    expect(page.textContent).toContain("购物车中已有 5瓶");
    await fill("数量", 9);
    await click("加入购物车");
    expect(cart.items[0].quantity).toBe(12);
    wrapper.unmount();
  });

  it("a product outside the caller's catalogue is a failure with 重试, not an empty page; no cart for a county official", async () => {
    let calls = 0;
    const link = fakeLink((name) => {
      if (name !== "ProductPage") return { data: null };
      calls += 1;
      return calls === 1
        ? { errors: [{ message: "产品不存在 / Product not found", extensions: { code: "NOT_FOUND" } }] }
        : { data: { product: { ...product, supplier: { ...product.supplier, rating: null } } } };
    });
    const { wrapper } = await mountApp(ProductPage, { role: "COUNTY_OFFICIAL", link }, { props: { id: "p1" } });
    await settle(5);
    expect(document.body.querySelector("[data-testid=query-state-failed]")!.textContent).toContain("产品不存在");
    expect(document.body.querySelector("[data-testid=product-page]")).toBeNull();
    await click("重试");
    await settle(5);
    expect(document.body.querySelector("[data-testid=supplier-rating]")!.textContent).toContain("暂无评价");
    expect(document.body.querySelector("[data-testid=product-buy]")).toBeNull();
    wrapper.unmount();
  });
});
