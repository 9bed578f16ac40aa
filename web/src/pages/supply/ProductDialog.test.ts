import { afterEach, describe, expect, it, vi } from "vitest";
import { enableAutoUnmount } from "@vue/test-utils";
import ProductDialog, { type EditableProduct } from "./ProductDialog.vue";
import { fakeLink, mountApp } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT, clear, click, messages, valueOf } from "@/test/user";

enableAutoUnmount(afterEach);
const WAIT = { timeout: 4000, interval: 20 };

const product: EditableProduct = {
  id: "6f1c1d2e-0000-4000-8000-000000000001",
  supplierId: "6f1c1d2e-0000-4000-8000-000000000002",
  name: "镇宁蜂糖李",
  category: "水果",
  spec: "5斤装",
  unit: "箱",
  price: "88.00",
  stock: 40,
  active: true,
  certificateNo: "黔扶认〔2020〕520423-017",
  certificateAuthority: "贵州省乡村振兴局",
  certificateValidFrom: "2026-01-01",
  certificateValidTo: "2026-12-31",
  images: [],
};

describe("ProductDialog (编辑产品)", { timeout: USER_FLOW_TIMEOUT }, () => {
  it('clears a certificate with null, never "" (not a date: the server refuses it), and sends only what changed', async () => {
    const sent: Array<Record<string, any>> = [];
    const link = fakeLink((name, variables) => {
      if (name === "UpdateProduct") sent.push(variables);
      return {
        data: {
          updateProduct: {
            __typename: "Product",
            id: product.id,
            name: product.name,
            price: product.price,
            stock: product.stock,
            active: true,
            certificateStatus: "MISSING",
          },
        },
      };
    });
    const { wrapper } = await mountApp(
      ProductDialog,
      { role: "COUNTY_OFFICIAL", link },
      { props: { modelValue: false, product, suppliers: [] } },
    );
    await wrapper.setProps({ modelValue: true });
    expect(valueOf("认定证书编号")).toBe(product.certificateNo);
    for (const label of ["认定证书编号", "认定机关", "有效期自", "有效期至"]) await clear(label);
    await click("保存");
    await vi.waitFor(() => expect(sent).toHaveLength(1), WAIT);
    const input = sent[0].input;
    expect(input).toMatchObject({
      productId: product.id,
      certificateNo: null,
      certificateAuthority: null,
      certificateValidFrom: null,
      certificateValidTo: null,
    });
    // Untouched fields are left out: null would ask to clear them.
    for (const k of ["name", "price", "active", "stockChange"]) expect(input[k]).toBeUndefined();
    await vi.waitFor(() => expect(wrapper.emitted("saved")).toHaveLength(1), WAIT);
    expect(messages()).toContain("已保存：镇宁蜂糖李");
  });
});
